# Svět „Sdílej bezpečně“, úrovně 2 a dál. Lidé, místa a hry jsou vymyšlené.
# Ulice a škola vymyšlené pro češtinu: Javorová ulice, škola Doubravka.

## Úroveň 2: nastavení herního profilu

level-privacy-profile-title = Lenin profil
level-privacy-profile-instruction = Tohle je Lenin herní profil. Ťukni na každé nastavení, které sdílí moc, a oprav ho.
level-privacy-profile-learned = Profil měj jen pro kamarády. Používej vymyšlené herní jméno a kreslený obrázek a polohu a číslo si nech pro sebe.
level-privacy-profile-hint-1 = Přečti si každý řádek. Mohl by podle něj cizí člověk Lenu najít?
level-privacy-profile-hint-2 = Vymyšlené herní jméno a kreslený obrázek jsou bezpečné. Skutečná jména, místa a čísla ne.
level-privacy-profile-hint-3 = Podívej se, kdo profil vidí, a na telefonní číslo.

privacy-profile-visibility = Kdo vidí můj profil: Všichni
privacy-profile-visibility-reason = Všichni znamená i cizí lidé. Nastav to jen pro kamarády.
privacy-profile-visibility-fixed = Kdo vidí můj profil: Jen kamarádi
privacy-profile-name = Zobrazené jméno: Lena Schmidt (celé jméno)
privacy-profile-name-reason = Celé jméno pomáhá cizím lidem Lenu najít. Vymyšlené herní jméno stačí.
privacy-profile-name-fixed = Zobrazené jméno: StarFox22 (herní jméno)
privacy-profile-game-name = Herní jméno: StarFox22
privacy-profile-game-name-reason = Vymyšlené herní jméno nikomu neřekne, kdo Lena doopravdy je. Dobrá volba!
privacy-profile-avatar = Avatar: kreslená liška
privacy-profile-avatar-reason = Kreslený obrázek neukazuje Lenin obličej. To je bezpečné.
privacy-profile-location = Sdílet moji polohu: Zapnuto
privacy-profile-location-reason = Tohle lidem ukazuje, kde Lena právě je. Nech to vypnuté.
privacy-profile-location-fixed = Sdílet moji polohu: Vypnuto
privacy-profile-game = Oblíbená hra: Block Builders
privacy-profile-game-reason = Tuhle hru má rádo hodně dětí. Nikomu neřekne, kde Lena je.
privacy-profile-phone = Telefonní číslo: vidí ho všichni
privacy-profile-phone-reason = Cizí lidé by mohli Leně volat nebo psát. Telefonní číslo si nech pro sebe.
privacy-profile-phone-fixed = Telefonní číslo: skryté

## Úroveň 3: příspěvek s fotkou

level-privacy-photo-title = Slunečná fotka
level-privacy-photo-instruction = Ťukni na každou stopu v tomhle příspěvku, která ukazuje, kde bydlíš nebo kam chodíš do školy.
level-privacy-photo-learned = Než zveřejníš fotku, hledej cedule s ulicí, čísla domů, loga škol a štítky s polohou.
level-privacy-photo-hint-1 = Dívej se i na pozadí, nejen na sebe a na psa.
level-privacy-photo-hint-2 = Názvy ulic, čísla domů a loga škol ukazují cizím lidem, kde tě najdou.
level-privacy-photo-hint-3 = Cedule s ulicí za tebou je jedna stopa. Jsou tam ještě tři další.

privacy-photo-photo = Fotka: já a můj pes na zahradě
privacy-photo-photo-reason = Fotku s tvým zvířátkem můžeš s kamarády klidně sdílet. Jen zkontroluj, co dalšího na ní je.
privacy-photo-sign = Za námi: cedule s ulicí „Javorová“
privacy-photo-sign-reason = Cedule všem řekne, ve které ulici bydlíš. Fotografuj tam, kde žádné cedule nejsou.
privacy-photo-door = Na dveřích: číslo domu 12
privacy-photo-door-reason = S názvem ulice ukáže číslo přesně tvůj dům. Nech ho mimo fotku.
privacy-photo-shirt = Moje tričko s logem školy Doubravka
privacy-photo-shirt-reason = Logo ukazuje, do které školy chodíš. Cizí lidé by věděli, kde každý den jsi.
privacy-photo-caption = Popisek: Slunečná sobota s Rexem!
privacy-photo-caption-reason = Jméno psa sdílet můžeš. Jen ho nikdy nepoužívej jako heslo.
privacy-photo-location = Štítek s polohou: Javorová 12
privacy-photo-location-reason = Štítek dává všem tvoji celou adresu. Vypni štítky s polohou.
privacy-photo-comment = Komentář od Bena: Roztomilý pes!
privacy-photo-comment-reason = Milý komentář od kamaráda je v pořádku. Nic neprozradí.

## Úroveň 4: otázky, které chtějí moc

level-privacy-stranger-asks-title = Kdo to chce vědět?
level-privacy-stranger-asks-instruction = Pokaždé vyber nejlepší odpověď.
level-privacy-stranger-asks-learned = Vždycky můžeš říct ne. Svou školu, ulici a čísla kamarádů si nech pro sebe. Když se někdo pořád vyptává, řekni to dospělému.
level-privacy-stranger-asks-hint-1 = Přemýšlej: kdo moji odpověď uvidí a co by s ní mohl udělat?
level-privacy-stranger-asks-hint-2 = Tvoje údaje i čísla kamarádů patří jen tobě a jim. Vždycky můžeš říct ne.
level-privacy-stranger-asks-hint-3 = Hra funguje dál, i když ke kontaktům řekneš ne.

privacy-stranger-asks-school = SkyRider9, kamarád z internetu, kterého znáš jen online, se ptá: „Do jaké školy chodíš?“
privacy-stranger-asks-school-tell = Řeknu mu to a pak to řeknu i dospělému.
privacy-stranger-asks-school-tell-reason = Říct to dospělému je dobré, ale teď SkyRider9 tvoji školu zná. Vůbec ji neprozrazuj.
privacy-stranger-asks-school-town = Řeknu mu jen, v jakém městě bydlím.
privacy-stranger-asks-school-town-reason = I město je stopa, kde jsi. Nech si ho taky pro sebe.
privacy-stranger-asks-school-say-no = Řeknu ne a řeknu to dospělému.
privacy-stranger-asks-school-say-no-reason = Výborně! Ne můžeš říct přátelsky. Když se SkyRider9 bude dál vyptávat, dospělý ti pomůže.
privacy-stranger-asks-contacts = Během hraní se hra ptá: „Povolit Block Builders přístup ke kontaktům?“
privacy-stranger-asks-contacts-allow = Ťuknu na „Povolit“, ať rychle najdu kamarády.
privacy-stranger-asks-contacts-allow-reason = Tvoje kontakty jsou čísla jiných lidí. Hra by je dostala, aniž by se jich zeptala.
privacy-stranger-asks-contacts-not-now = Ťuknu na „Nepovolit“. Hra funguje dál.
privacy-stranger-asks-contacts-not-now-reason = Správně! Čísla tvých kontaktů nejsou tvoje na rozdávání. Kamarády si můžeš přidat podle herních jmen.
privacy-stranger-asks-contacts-allow-then-delete = Povolím to a pak celou hru smažu.
privacy-stranger-asks-contacts-allow-then-delete-reason = Když už hra čísla má, smazání hry je zpátky nevrátí.
privacy-stranger-asks-quiz = Zábavný kvíz píše: „Tvoje superhrdinské jméno = tvoje ulice + tvoje škola!“
privacy-stranger-asks-quiz-skip = Přeskočím ho, nebo hraju s vymyšlenými slovy.
privacy-stranger-asks-quiz-skip-reason = Chytrý nápad! Tvoje ulice a škola ukazují, kde tě najít. Vymyšlená slova jsou stejná zábava.
privacy-stranger-asks-quiz-post = Napíšu svoje skutečné superhrdinské jméno do komentářů.
privacy-stranger-asks-quiz-post-reason = Teď všichni znají tvoji ulici a školu. Dohromady ukazují, kde tě najít.
privacy-stranger-asks-quiz-send-friend = Pošlu ho jen jednomu kamarádovi ve zprávě.
privacy-stranger-asks-quiz-send-friend-reason = Zprávy se dají přeposlat. Skutečné odpovědi si nech pro sebe.

## Úroveň 5: než zveřejníš fotku

level-privacy-before-posting-title = Připraveno ke zveřejnění?
level-privacy-before-posting-instruction = Chceš zveřejnit fotku. Je tohle dobrý krok před zveřejněním, nebo raději ne?
level-privacy-before-posting-learned = Než něco zveřejníš, zkontroluj na fotce stopy, zeptej se lidí, kteří na ní jsou, a vyber jen kamarády. Štítky s polohou nech vypnuté.
level-privacy-before-posting-hint-1 = Přemýšlej: až bude fotka venku, kdo ji může vidět a co se z ní dozví?
level-privacy-before-posting-hint-2 = Dobré kroky drží stopy a cizí lidi venku a ptají se lidí na fotce. Riskantní šíří fotku nebo to, kde jsi.
level-privacy-before-posting-hint-3 = Štítek s polohou je věc, kterou je lepší vynechat.

privacy-bin-do = Udělej to
privacy-bin-dont = Raději ne

privacy-before-posting-clues = Zkontrolovat na fotce cedule a čísla domů.
privacy-before-posting-clues-reason = Dobře! Ořízni je nebo vyber jinou fotku, ať nikdo nepozná, kde bydlíš.
privacy-before-posting-location = Přidat štítek s polohou, ať tě kamarádi najdou.
privacy-before-posting-location-reason = Štítek s polohou ukazuje všem, kde jsi. Nech ho vypnutý.
privacy-before-posting-ask = Zeptat se všech na fotce, jestli jim to nevadí.
privacy-before-posting-ask-reason = Je to i jejich fotka. Zveřejni ji, jen když řeknou ano.
privacy-before-posting-everyone = Zveřejnit ji pro všechny, ať má víc lajků.
privacy-before-posting-everyone-reason = Všichni znamená i cizí lidé. Lajky za to nestojí.
privacy-before-posting-audience = Vybrat, kdo ji uvidí: jen kamarádi.
privacy-before-posting-audience-reason = Dobře! Jen kamarádi znamená, že cizí lidé zůstanou venku.
privacy-before-posting-surprise = Zveřejnit hloupou fotku kamaráda jako překvapení.
privacy-before-posting-surprise-reason = Nejdřív se zeptej. Kamarád možná tu fotku na internetu nechce.
