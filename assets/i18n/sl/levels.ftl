# The digital-literacy worlds and levels (the coding ones are in coding-levels.ftl).

world-share-safe = Varno deljenje

level-share-or-keep-title = Deliti ali obdržati zase?
level-share-or-keep-instruction = Ali je to v redu deliti na spletu ali je bolje, da ostane zasebno?
level-share-or-keep-learned = Stvari, ki so ti všeč, celo ime hišnega ljubljenčka, lahko deliš. Kje te je mogoče najti in tvoja gesla ostanejo zasebni.
level-share-or-keep-hint-1 = Vprašaj se: bi lahko neznanec s tem našel mene ali prišel v moj račun?
level-share-or-keep-hint-2 = Stvari, ki so ti všeč, lahko deliš. Kar pokaže, kje si, ali odpre tvoje račune, ostane zasebno.
level-share-or-keep-hint-3 = Kako je hišnemu ljubljenčku ime, lahko poveš, a nikoli kot geslo. Domači naslov ostane zaseben.

card-favourite-colour = Tvoja najljubša barva
reason-favourite-colour = Isto barvo ima rado veliko ljudi, zato ne pokaže, kdo si ali kje si.
card-home-address = Tvoj domači naslov
reason-home-address = Neznanec bi z njim lahko našel, kje živiš.
card-favourite-game = Tvoja najljubša igra
reason-favourite-game = Pogovor o igrah, ki so ti všeč, je zabaven in nikomur ne pove, kje si.
card-password = Tvoje geslo
reason-password = Geslo je ključ. Poznati ga smete samo ti in tvoj starš ali skrbnik.
card-pet-name = Ime tvojega hišnega ljubljenčka
reason-pet-name = To lahko deliš. Le nikoli ga ne uporabi kot geslo: kdor ga pozna, bi ga lahko uganil.
card-favourite-animal = Tvoja najljubša žival
reason-favourite-animal = Zabavno jo je deliti in nič ne pove o tem, kje živiš.
card-school-name = Ime tvoje šole
reason-school-name = Ljudem pove, kje te lahko najdejo vsak dan.
