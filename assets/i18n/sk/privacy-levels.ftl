# Svet „Zdieľaj bezpečne“, od úrovne 2. Ľudia, miesta a hry sú vymyslené. Ulica a škola sú
# vymyslené pre každý jazyk (Javorová ulica, ZŠ Dubová).

## Úroveň 2: nastavenia herného profilu

level-privacy-profile-title = Lenin profil
level-privacy-profile-instruction = Toto je herný profil, ktorý patrí Lene. Ťukni na každé nastavenie, ktoré prezrádza priveľa, a oprav ho.
level-privacy-profile-learned = Profil nechaj len pre kamarátov. Použi vymyslené herné meno a kreslený obrázok a polohu aj číslo si nechaj pre seba.
level-privacy-profile-hint-1 = Prečítaj každý riadok. Mohol by to cudzí človek použiť, aby Lenu našiel?
level-privacy-profile-hint-2 = Vymyslené herné meno a kreslený obrázok sú bezpečné. Skutočné mená, miesta a čísla nie.
level-privacy-profile-hint-3 = Pozri sa, kto vidí profil, a na telefónne číslo.

privacy-profile-visibility = Kto vidí môj profil: všetci
privacy-profile-visibility-reason = Všetci znamená aj cudzí ľudia. Nastav len kamaráti.
privacy-profile-visibility-fixed = Kto vidí môj profil: len kamaráti
privacy-profile-name = Zobrazené meno: Lena Horváthová (celé meno)
privacy-profile-name-reason = Celé meno pomáha cudzím nájsť Lenu. Stačí vymyslené herné meno.
privacy-profile-name-fixed = Zobrazené meno: StarFox22 (herné meno)
privacy-profile-game-name = Herné meno: StarFox22
privacy-profile-game-name-reason = Vymyslené herné meno nikomu neprezradí, kto je Lena naozaj. Dobrá voľba!
privacy-profile-avatar = Avatar: kreslená líška
privacy-profile-avatar-reason = Kreslený obrázok neukazuje Leninu tvár. To je bezpečné.
privacy-profile-location = Zdieľať moju polohu: Zap.
privacy-profile-location-reason = Toto ukazuje ľuďom, kde je Lena práve teraz. Nechaj to vypnuté.
privacy-profile-location-fixed = Zdieľať moju polohu: Vyp.
privacy-profile-game = Obľúbená hra: Block Builders
privacy-profile-game-reason = Túto hru má rado veľa detí. Nikomu neprezradí, kde Lena je.
privacy-profile-phone = Telefónne číslo: vidia ho všetci
privacy-profile-phone-reason = Cudzí ľudia by mohli Lene volať alebo písať. Telefónne číslo si nechaj pre seba.
privacy-profile-phone-fixed = Telefónne číslo: skryté

## Úroveň 3: príspevok s fotkou, opísaný riadok po riadku

level-privacy-photo-title = Slnečná fotka
level-privacy-photo-instruction = Ťukni na každú stopu v tomto príspevku, ktorá ukazuje, kde bývaš alebo chodíš do školy.
level-privacy-photo-learned = Skôr než zverejníš fotku, hľadaj na nej tabule s ulicami, čísla domov, logá školy a značky polohy.
level-privacy-photo-hint-1 = Pozri sa aj na pozadie, nielen na seba a psa.
level-privacy-photo-hint-2 = Názvy ulíc, čísla domov a logá školy ukazujú cudzím, kde ťa nájdu.
level-privacy-photo-hint-3 = Tabuľa s ulicou za tebou je jedna stopa. Sú tam ešte tri ďalšie.

privacy-photo-photo = Fotka: ja a môj pes v záhrade
privacy-photo-photo-reason = Fotku so zvieratkom môžeš zdieľať s kamarátmi. Len skontroluj, čo ešte je na nej.
privacy-photo-sign = Za nami: tabuľa s nápisom „Javorová“
privacy-photo-sign-reason = Tabuľa všetkým prezradí, na ktorej ulici bývaš. Fotografuj tam, kde nie sú tabule.
privacy-photo-door = Na dverách: číslo domu 12
privacy-photo-door-reason = Spolu s ulicou ukazuje číslo presne tvoj domov. Nechaj ho mimo fotky.
privacy-photo-shirt = Moje tričko s logom ZŠ Dubová
privacy-photo-shirt-reason = Logo ukazuje, do ktorej školy chodíš. Cudzí by vedeli, kde si každý deň.
privacy-photo-caption = Popis: Slnečná sobota s Rexom!
privacy-photo-caption-reason = Meno tvojho psa môžeš zdieľať. Len ho nikdy nepoužívaj ako heslo.
privacy-photo-location = Značka polohy: Javorová 12
privacy-photo-location-reason = Značka dáva tvoju celú adresu všetkým. Vypni značky polohy.
privacy-photo-comment = Komentár od Borisa: Zlatý psík!
privacy-photo-comment-reason = Milý komentár od kamaráta je v poriadku. Nič neprezrádza.

## Úroveň 4: otázky, ktoré chcú priveľa

level-privacy-stranger-asks-title = Kto to chce vedieť?
level-privacy-stranger-asks-instruction = Zakaždým vyber najlepšiu odpoveď.
level-privacy-stranger-asks-learned = Vždy môžeš povedať nie. Svoju školu, ulicu a čísla kamarátov si nechaj pre seba. Keď sa niekto stále pýta, povedz to dospelému.
level-privacy-stranger-asks-hint-1 = Zamysli sa: kto uvidí moju odpoveď a čo by s ňou mohol urobiť?
level-privacy-stranger-asks-hint-2 = Tvoje údaje a čísla tvojich kamarátov patria len vám. Vždy môžeš povedať nie.
level-privacy-stranger-asks-hint-3 = Hra funguje, aj keď k svojim kontaktom povieš nie.

privacy-stranger-asks-school = SkyRider9, kamarát, ktorého poznáš len z internetu, sa pýta: „Do ktorej školy chodíš?“
privacy-stranger-asks-school-tell = Poviem mu to a potom to poviem dospelému.
privacy-stranger-asks-school-tell-reason = Povedať to dospelému je dobré, ale SkyRider9 už pozná tvoju školu. Radšej ju vôbec neprezrádzaj.
privacy-stranger-asks-school-town = Poviem mu len svoje mesto.
privacy-stranger-asks-school-town-reason = Tvoje mesto je tiež stopa k tomu, kde si. Nechaj si aj ho pre seba.
privacy-stranger-asks-school-say-no = Poviem nie a poviem to dospelému.
privacy-stranger-asks-school-say-no-reason = Výborne! Nie sa dá povedať aj milo. Dospelý pomôže, keď sa SkyRider9 bude pýtať ďalej.
privacy-stranger-asks-contacts = Počas hrania sa hra pýta: „Povoliť Block Builders prístup ku kontaktom?“
privacy-stranger-asks-contacts-allow = Ťuknem na „Povoliť“, nech rýchlo nájdem kamarátov.
privacy-stranger-asks-contacts-allow-reason = Tvoje kontakty sú čísla iných ľudí. Hra by ich dostala bez toho, aby sa ich niekto spýtal.
privacy-stranger-asks-contacts-not-now = Ťuknem na „Nepovoliť“. Hra funguje ďalej.
privacy-stranger-asks-contacts-not-now-reason = Správne! Čísla tvojich kontaktov nie sú tvoje na rozdávanie. Kamarátov môžeš pridať podľa ich herných mien.
privacy-stranger-asks-contacts-allow-then-delete = Povolím to a neskôr celú hru vymažem.
privacy-stranger-asks-contacts-allow-then-delete-reason = Keď už hra čísla má, vymazanie hry ich nevráti.
privacy-stranger-asks-quiz = Zábavný kvíz hovorí: „Tvoje meno superhrdinu = tvoja ulica + tvoja škola!“
privacy-stranger-asks-quiz-skip = Preskočím ho, alebo použijem vymyslené slová.
privacy-stranger-asks-quiz-skip-reason = Dobre vymyslené! Tvoja ulica a škola ukazujú, kde ťa nájsť. Vymyslené slová sú rovnako zábavné.
privacy-stranger-asks-quiz-post = Napíšem svoje skutočné meno superhrdinu do komentárov.
privacy-stranger-asks-quiz-post-reason = Teraz všetci poznajú tvoju ulicu a školu. Spolu ukazujú, kde ťa nájsť.
privacy-stranger-asks-quiz-send-friend = Pošlem ho v správe len jednému kamarátovi.
privacy-stranger-asks-quiz-send-friend-reason = Správy sa dajú preposlať. Skutočné odpovede si nechaj pre seba.

## Úroveň 5: skôr než zverejníš fotku

level-privacy-before-posting-title = Pripravené na zverejnenie?
level-privacy-before-posting-instruction = Chceš zverejniť fotku. Je toto dobrý krok pred zverejnením, alebo radšej nie?
level-privacy-before-posting-learned = Pred zverejnením skontroluj na fotke stopy, spýtaj sa ľudí na nej a vyber len kamarátov. Značky polohy nechaj vypnuté.
level-privacy-before-posting-hint-1 = Zamysli sa: keď už je fotka zverejnená, kto ju môže vidieť a čo sa z nej dozvie?
level-privacy-before-posting-hint-2 = Dobré kroky držia stopy a cudzích mimo a pýtajú sa ľudí na fotke. Riskantné šíria fotku alebo to, kde si.
level-privacy-before-posting-hint-3 = Značku polohy treba vynechať.

privacy-bin-do = Urob to
privacy-bin-dont = Radšej nie

privacy-before-posting-clues = Skontrolovať na fotke tabule a čísla domov.
privacy-before-posting-clues-reason = Dobre! Orež ich alebo vyber inú fotku, aby nikto nezistil, kde bývaš.
privacy-before-posting-location = Pridať značku polohy, aby ťa kamaráti našli.
privacy-before-posting-location-reason = Značka polohy ukazuje všetkým, kde si. Nechaj ju vypnutú.
privacy-before-posting-ask = Spýtať sa všetkých na fotke, či súhlasia.
privacy-before-posting-ask-reason = Je to aj ich fotka. Zverejni ju, len keď povedia áno.
privacy-before-posting-everyone = Zverejniť ju pre všetkých, kvôli viac lajkom.
privacy-before-posting-everyone-reason = Všetci znamená aj cudzí ľudia. Lajky za to nestoja.
privacy-before-posting-audience = Vybrať, kto ju uvidí: len kamaráti.
privacy-before-posting-audience-reason = Dobre! Len kamaráti znamená, že cudzí ju neuvidia.
privacy-before-posting-surprise = Zverejniť bláznivú fotku kamaráta ako prekvapenie.
privacy-before-posting-surprise-reason = Najprv sa spýtaj. Kamarát tú fotku možno nechce na internete.
