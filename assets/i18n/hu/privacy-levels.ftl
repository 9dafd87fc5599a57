# The "Share Safe" world, levels 2 and up. Item texts stay short (about 60 characters at
# most). People, places and games are made up; street and school names are Hungarian ones.

## Level 2: a game profile's settings (screen: profile)

level-privacy-profile-title = Léna profilja
level-privacy-profile-instruction = Ez Léna játékprofilja. Koppints minden beállításra, amely túl sokat oszt meg, hogy kijavítsd.
level-privacy-profile-learned = A profilod csak a barátaidnak szóljon. Használj kitalált játéknevet és rajzfilmes képet, a helyedet és a számodat pedig tartsd titokban.
level-privacy-profile-hint-1 = Olvasd el az összes sort. Megtalálhatná ebből egy idegen Lénát?
level-privacy-profile-hint-2 = A kitalált játéknév és a rajzfilmes kép biztonságos. A valódi nevek, helyek és számok nem.
level-privacy-profile-hint-3 = Nézd meg, ki láthatja a profilt, és nézd meg a telefonszámot.

privacy-profile-visibility = Ki láthatja a profilomat: Mindenki
privacy-profile-visibility-reason = A mindenki az idegeneket is jelenti. Állítsd „Csak barátok”-ra.
privacy-profile-visibility-fixed = Ki láthatja a profilomat: Csak barátok
privacy-profile-name = Megjelenített név: Kovács Léna (teljes név)
privacy-profile-name-reason = A teljes név segít az idegeneknek megtalálni Lénát. Egy kitalált játéknév elég.
privacy-profile-name-fixed = Megjelenített név: StarFox22 (játéknév)
privacy-profile-game-name = Játéknév: StarFox22
privacy-profile-game-name-reason = Egy kitalált játéknév senkinek sem árulja el, ki Léna valójában. Jó választás!
privacy-profile-avatar = Avatar: egy rajzfilmes róka
privacy-profile-avatar-reason = A rajzfilmes kép nem mutatja Léna arcát. Ez biztonságos.
privacy-profile-location = Helyem megosztása: Be
privacy-profile-location-reason = Ez megmutatja, hol van most Léna. Maradjon kikapcsolva.
privacy-profile-location-fixed = Helyem megosztása: Ki
privacy-profile-game = Kedvenc játék: Block Builders
privacy-profile-game-reason = Sok gyerek szereti ezt a játékot. Senkinek sem árulja el, hol van Léna.
privacy-profile-phone = Telefonszám: mindenki láthatja
privacy-profile-phone-reason = Idegenek felhívhatnák Lénát, vagy írhatnának neki. Tartsd titokban a telefonszámodat.
privacy-profile-phone-fixed = Telefonszám: rejtett

## Level 3: a photo post, described line by line (screen: post)

level-privacy-photo-title = Napsütéses fotó
level-privacy-photo-instruction = Koppints minden nyomra ebben a bejegyzésben, amely elárulja, hol laksz vagy hová jársz iskolába.
level-privacy-photo-learned = Mielőtt fotót posztolsz, keress utcanévtáblákat, házszámokat, iskolai logókat és helymegjelöléseket.
level-privacy-photo-hint-1 = A hátteret is nézd meg, ne csak magadat és a kutyát.
level-privacy-photo-hint-2 = Az utcanevek, a házszámok és az iskolai logók megmutatják az idegeneknek, hol találnak meg.
level-privacy-photo-hint-3 = A mögötted lévő utcanévtábla az egyik nyom. Van még három.

privacy-photo-photo = Fotó: én és a kutyám a kertben
privacy-photo-photo-reason = Egy fotót rólad és a kisállatodról megoszthatsz a barátaiddal. Csak nézd meg, mi van még rajta.
privacy-photo-sign = Mögöttünk: utcanévtábla, „Juhar utca”
privacy-photo-sign-reason = A tábla mindenkinek elárulja, melyik utcában laksz. Olyan helyen fotózz, ahol nincs tábla.
privacy-photo-door = Az ajtón: 12-es házszám
privacy-photo-door-reason = Az utcanévvel együtt a szám pontosan megmutatja az otthonodat. Maradjon ki a fotóból.
privacy-photo-shirt = A pólóm a Tölgyfa Iskola logójával
privacy-photo-shirt-reason = A logó megmutatja, melyik iskolába jársz. Az idegenek tudnák, hol vagy minden nap.
privacy-photo-caption = Felirat: Napsütéses szombat Rexszel!
privacy-photo-caption-reason = A kutyád nevét megoszthatod. Csak jelszónak ne használd soha.
privacy-photo-location = Helymegjelölés: Juhar utca 12.
privacy-photo-location-reason = A megjelölés mindenkinek megadja a teljes címedet. Kapcsold ki a helymegjelölést.
privacy-photo-comment = Bálint hozzászólása: Cuki kutya!
privacy-photo-comment-reason = Egy barát kedves hozzászólása rendben van. Semmit sem árul el.

## Level 4: questions that ask for too much (pick the best reply)

level-privacy-stranger-asks-title = Ki akarja tudni?
level-privacy-stranger-asks-instruction = Válaszd ki mindig a legjobb választ.
level-privacy-stranger-asks-learned = Mindig mondhatsz nemet. Az iskoládat, az utcádat és a barátaid számát tartsd meg magadnak. Ha valaki tovább kérdezget, szólj egy felnőttnek.
level-privacy-stranger-asks-hint-1 = Gondold végig: ki látja a válaszomat, és mit kezdhet vele?
level-privacy-stranger-asks-hint-2 = Az adataidat és a barátaid számát megtarthatod magadnak. Mindig mondhatsz nemet.
level-privacy-stranger-asks-hint-3 = Egy játék akkor is működik, ha nem adsz hozzáférést a névjegyeidhez.

privacy-stranger-asks-school = SkyRider9, egy internetes barát, akivel sosem találkoztál, megkérdezi: „Melyik iskolába jársz?”
privacy-stranger-asks-school-tell = Megmondom, utána szólok róla egy felnőttnek.
privacy-stranger-asks-school-tell-reason = Jó szólni egy felnőttnek, de most már SkyRider9 tudja az iskoládat. Eleve ne oszd meg.
privacy-stranger-asks-school-town = Csak a városomat mondom meg helyette.
privacy-stranger-asks-school-town-reason = A városod is nyom arra, hol vagy. Azt is tartsd titokban.
privacy-stranger-asks-school-say-no = Nemet mondok, és szólok egy felnőttnek.
privacy-stranger-asks-school-say-no-reason = Ügyes! Kedvesen is mondhatsz nemet. Egy felnőtt segíthet, ha SkyRider9 tovább kérdezget.
privacy-stranger-asks-contacts = Játék közben egy játék megkérdezi: „Engedélyezed, hogy a Block Builders hozzáférjen a névjegyeidhez?”
privacy-stranger-asks-contacts-allow = „Engedélyezem”, hogy gyorsan barátokat találjak.
privacy-stranger-asks-contacts-allow-reason = A névjegyeid más emberek számai. A játék megkapná őket, anélkül hogy megkérdezné azokat az embereket.
privacy-stranger-asks-contacts-not-now = „Nem engedélyezem”. A játék így is működik.
privacy-stranger-asks-contacts-not-now-reason = Így van! A névjegyeid számai nem a tieid, hogy kiadd őket. Barátokat a játéknevük alapján is felvehetsz.
privacy-stranger-asks-contacts-allow-then-delete = Engedélyezem, aztán később törlöm az egész játékot.
privacy-stranger-asks-contacts-allow-then-delete-reason = Ha a játéknál már ott vannak a számok, a törlés nem hozza vissza őket.
privacy-stranger-asks-quiz = Egy vicces kvíz azt írja: „A szuperhősneved = az utcád + az iskolád!”
privacy-stranger-asks-quiz-skip = Kihagyom, vagy kitalált szavakkal játszom.
privacy-stranger-asks-quiz-skip-reason = Jól gondolod! Az utcád és az iskolád megmutatja, hol találnak meg. A kitalált szavak ugyanolyan viccesek.
privacy-stranger-asks-quiz-post = Kiírom az igazi szuperhősnevem a hozzászólásokba.
privacy-stranger-asks-quiz-post-reason = Most mindenki tudja az utcádat és az iskoládat. Együtt megmutatják, hol találnak meg.
privacy-stranger-asks-quiz-send-friend = Csak egy barátomnak küldöm el üzenetben.
privacy-stranger-asks-quiz-send-friend-reason = Az üzeneteket tovább lehet küldeni. Az igazi válaszaidat tartsd meg magadnak.

## Level 5: before you post a photo (sort)

level-privacy-before-posting-title = Mehet a poszt?
level-privacy-before-posting-instruction = Fotót szeretnél posztolni. Jó lépés ez posztolás előtt, vagy inkább ne?
level-privacy-before-posting-learned = Posztolás előtt keress nyomokat a fotón, kérdezd meg a rajta lévőket, és válaszd a „Csak barátok” beállítást. A helymegjelölést hagyd kikapcsolva.
level-privacy-before-posting-hint-1 = Gondold végig: ha kikerül, ki láthatja a fotót, és mit tudhat meg belőle?
level-privacy-before-posting-hint-2 = A jó lépések kint tartják a nyomokat és az idegeneket, és megkérdezik a fotón lévőket. A kockázatosak terjesztik a fotót vagy azt, hogy hol vagy.
level-privacy-before-posting-hint-3 = A helymegjelölést jobb kihagyni.

privacy-bin-do = Megteszem
privacy-bin-dont = Inkább ne

privacy-before-posting-clues = Megnézem, van-e a fotón tábla vagy házszám.
privacy-before-posting-clues-reason = Jó! Vágd le őket, vagy válassz másik fotót, hogy senki ne tudja meg, hol laksz.
privacy-before-posting-location = Helymegjelölést teszek rá, hogy a barátaim megtaláljanak.
privacy-before-posting-location-reason = A helymegjelölés mindenkinek megmutatja, hol vagy. Hagyd kikapcsolva.
privacy-before-posting-ask = Megkérdezek mindenkit a fotón, hogy rendben van-e.
privacy-before-posting-ask-reason = Ez az ő fotójuk is. Csak akkor posztold, ha igent mondanak.
privacy-before-posting-everyone = Mindenkinek posztolom, hogy több lájkot kapjak.
privacy-before-posting-everyone-reason = A mindenki az idegeneket is jelenti. A lájkok ezt nem érik meg.
privacy-before-posting-audience = Kiválasztom, ki láthatja: csak a barátok.
privacy-before-posting-audience-reason = Jó! A „Csak barátok” kint tartja az idegeneket.
privacy-before-posting-surprise = Meglepetésként posztolom egy barátom vicces fotóját.
privacy-before-posting-surprise-reason = Előbb kérdezd meg. Lehet, hogy a barátod nem szeretné, hogy az a fotó fent legyen.
