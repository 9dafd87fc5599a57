# Svety a úrovne digitálnej gramotnosti (programátorské sú v coding-levels.ftl).

world-share-safe = Zdieľaj bezpečne

level-share-or-keep-title = Zdieľať, alebo si nechať?
level-share-or-keep-instruction = Môžeš to zdieľať na internete, alebo si to radšej necháš pre seba?
level-share-or-keep-learned = Veci, ktoré sa ti páčia, aj meno tvojho zvieratka, môžeš zdieľať. Kde ťa nájsť a tvoje heslá zostávajú súkromné.
level-share-or-keep-hint-1 = Spýtaj sa: mohol by to cudzí človek použiť, aby ma našiel alebo sa dostal do môjho účtu?
level-share-or-keep-hint-2 = Veci, ktoré sa ti páčia, môžeš zdieľať. Čo ukazuje, kde ťa nájsť, alebo otvára tvoje účty, zostáva súkromné.
level-share-or-keep-hint-3 = Ako sa volá zvieratko, povedať môžeš, ale nikdy to nepouži ako heslo. Adresa domov zostáva súkromná.

card-favourite-colour = Tvoja obľúbená farba
reason-favourite-colour = Rovnakú farbu má rado veľa ľudí, takže neprezradí, kto si ani kde si.
card-home-address = Tvoja adresa bydliska
reason-home-address = Cudzí človek by podľa nej našiel, kde bývaš.
card-favourite-game = Tvoja obľúbená hra
reason-favourite-game = Rozprávať sa o hrách, ktoré sa ti páčia, je zábava a nikomu to neprezradí, kde si.
card-password = Tvoje heslo
reason-password = Heslo je kľúč. Mal by ho poznať len ty a tvoj rodič alebo niekto, kto sa o teba stará.
card-pet-name = Meno tvojho zvieratka
reason-pet-name = To môžeš zdieľať. Len ho nikdy nepoužívaj ako heslo: kto ho pozná, mohol by ho uhádnuť.
card-favourite-animal = Tvoje obľúbené zviera
reason-favourite-animal = Je zábavné o ňom povedať a neprezradí nič o tom, kde bývaš.
card-school-name = Názov tvojej školy
reason-school-name = Prezradí ľuďom, kde ťa nájdu každý deň.
