# The digital-literacy worlds and levels (the coding ones are in coding-levels.ftl).

world-share-safe = Okos megosztás

level-share-or-keep-title = Megosztod vagy megtartod?
level-share-or-keep-instruction = Megoszthatod ezt az interneten, vagy inkább tartsd meg magadnak?
level-share-or-keep-learned = Amit szeretsz, akár a kisállatod nevét, nyugodtan megoszthatod. Hogy hol találnak meg, és a jelszavaid titokban maradnak.
level-share-or-keep-hint-1 = Kérdezd meg magadtól: egy idegen ezzel megtalálhatna, vagy beléphetne a fiókomba?
level-share-or-keep-hint-2 = Amit szeretsz, azt megoszthatod. Ami megmutatja, hol vagy, vagy ami a fiókjaidat nyitja, az titok marad.
level-share-or-keep-hint-3 = A kisállatod nevét megoszthatod, de jelszónak soha ne használd. A lakcímed titok marad.

card-favourite-colour = A kedvenc színed
reason-favourite-colour = Sokan szeretik ugyanazt a színt, így nem árulja el, ki vagy és hol vagy.
card-home-address = A lakcímed
reason-home-address = Egy idegen ebből megtudhatná, hol laksz.
card-favourite-game = A kedvenc játékod
reason-favourite-game = Jó beszélgetni a kedvenc játékaidról, és senkinek sem árulja el, hol vagy.
card-password = A jelszavad
reason-password = A jelszó olyan, mint egy kulcs. Csak te és a szülőd vagy gondviselőd tudhatjátok.
card-pet-name = A kisállatod neve
reason-pet-name = Nyugodtan megoszthatod. Csak jelszónak ne használd soha: aki ismeri, kitalálhatná.
card-favourite-animal = A kedvenc állatod
reason-favourite-animal = Jó megosztani, és semmit sem árul el arról, hol laksz.
card-school-name = Az iskolád neve
reason-school-name = Elárulja, hol találnak meg minden nap.
