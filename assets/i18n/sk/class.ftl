# Správy, ktoré vracia Rust časť stránky pre učiteľov (vykanie).

## Kompetencie DigComp 2.2
digcomp-1-1 = Prehliadanie, vyhľadávanie a filtrovanie údajov, informácií a digitálneho obsahu
digcomp-1-2 = Hodnotenie údajov, informácií a digitálneho obsahu
digcomp-1-3 = Správa údajov, informácií a digitálneho obsahu
digcomp-2-5 = Netiketa
digcomp-2-6 = Správa digitálnej identity
digcomp-3-4 = Programovanie
digcomp-4-1 = Ochrana zariadení
digcomp-4-2 = Ochrana osobných údajov a súkromia
digcomp-4-3 = Ochrana zdravia a pohody
digcomp-5-1 = Riešenie technických problémov

## Kompetencie DigComp 3.0
digcomp3-1-1 = Prehliadanie, vyhľadávanie a filtrovanie informácií
digcomp3-1-2 = Hodnotenie informácií
digcomp3-1-3 = Správa informácií
digcomp3-2-1 = Interakcia prostredníctvom digitálnych technológií a s nimi
digcomp3-2-2 = Zdieľanie prostredníctvom digitálnych technológií
digcomp3-2-3 = Občianska angažovanosť prostredníctvom digitálnych technológií
digcomp3-2-4 = Spolupráca prostredníctvom digitálnych technológií
digcomp3-2-5 = Digitálne správanie
digcomp3-2-6 = Správa digitálnej identity
digcomp3-3-1 = Tvorba digitálneho obsahu
digcomp3-3-2 = Integrácia a prepracovanie digitálneho obsahu
digcomp3-3-3 = Autorské práva a licencie
digcomp3-3-4 = Informatické myslenie a programovanie
digcomp3-4-1 = Ochrana zariadení
digcomp3-4-2 = Ochrana osobných údajov a súkromia
digcomp3-4-3 = Podpora pohody
digcomp3-4-4 = Vplyv digitálnych technológií na životné prostredie
digcomp3-5-1 = Identifikácia a riešenie technických problémov
digcomp3-5-2 = Identifikácia potrieb a digitálnych technologických riešení
digcomp3-5-3 = Identifikácia tvorivých riešení pomocou digitálnych technológií
digcomp3-5-4 = Identifikácia a riešenie potrieb v oblasti digitálnych kompetencií

## Uložené údaje triedy
class-load-damaged = Údaje triedy uložené v tomto prehliadači sa nepodarilo prečítať. Boli odložené bokom a stránka začína prázdna.
class-load-newer = Údaje triedy v tomto prehliadači uložila novšia verzia Byte Bridge. Táto stránka ich nechá bez zmeny a začne prázdna: nič, čo tu teraz urobíte, sa neuloží. Otvorte novšiu stránku pre učiteľov, aby ste videli svoju triedu.

## Vytvorenie zadania
class-assign-failed = Zadanie sa nepodarilo vytvoriť. Skúste to znova.
class-assign-no-levels = Vyberte aspoň jednu úroveň.
class-assign-no-random = Tento prehliadač nevie vytvoriť bezpečný kľúč triedy, preto sa odkaz nevytvoril. Otvorte túto stránku v aktuálnom prehliadači.
class-assign-too-many = Vyberte najviac { $max } { $max ->
        [one] úroveň
        [few] úrovne
        [many] úrovne
       *[other] úrovní
    } pre jeden odkaz.
class-assign-no-name = Dajte triede názov, napríklad „4.B“.

## Načítanie súborov a kódov
class-imported = { $nickname }: { $count ->
    [0] nič nové (už je tu).
    [one] 1 nový pokus.
    [few] { $count } nové pokusy.
    [many] { $count } nového pokusu.
   *[other] { $count } nových pokusov.
}
class-imported-altered = { $nickname }: tento súbor bol zmenený potom, čo ho hra zapísala, alebo nemá podpis svojej triedy. Nič z neho sa nezapočítalo.
class-import-too-large = { $file } je na súbor žiaka príliš veľký, preto sa nečítal.
class-import-not-ours = { $file } nie je súbor z Byte Bridge.
class-import-players-file = { $file } je súbor hráčov na presun hráčov medzi tabletmi. Na tablete žiaka použite namiesto toho „Poslať učiteľovi“.
class-import-truncated = { $file } je neúplný. Požiadajte žiaka, aby ho uložil znova.
class-import-newer = { $file } vytvorila novšia verzia Byte Bridge. Na jeho prečítanie otvorte novšiu stránku pre učiteľov.
class-import-damaged = { $file } je poškodený a nedal sa prečítať. Požiadajte žiaka, aby ho uložil znova.
class-import-over-limits = { $file } obsahuje viac, než Byte Bridge kedy uchováva pre jedného žiaka (príliš dlhé programy, príliš veľa pokusov, úrovní alebo odpovedí), samostatne alebo spolu s tým, čo táto stránka o žiakovi už má. Pravdepodobne bol vytvorený ručne. Nič z neho sa nenačítalo.
class-code-not-ours = Tento QR kód nie je z Byte Bridge.
class-code-newer = Tento QR kód pochádza z novšej verzie Byte Bridge.
class-code-damaged = Tento QR kód sa nepodarilo prečítať celý. Skúste to znova, trochu bližšie.
class-no-such-pupil = Tento žiak už nie je v údajoch triedy.

## Mriežka a prehľad
class-avatar = { $picture }, { $colour }
class-decimal-separator = ,
class-problem-mistakes = Nesprávne odpovede cestou
class-outcome-hit-wall = Robot narazil do steny
class-outcome-left-board = Robot by opustil hraciu plochu
class-outcome-no-lamp = Pokus rozsvietiť tam, kde nie je lampa
class-outcome-out-of-commands = Program sa zastavil priskoro
class-outcome-step-budget = Program išiel stále dokola
class-outcome-too-many-calls = Pomocníci sa volali priveľakrát
class-outcome-finished = Dokončené
class-outcome-other = Nedokončené

## Nadpisy stĺpcov CSV
class-csv-pupil-id = ID žiaka
class-csv-nickname = Herné meno
class-csv-note = Skutočné meno (poznámka učiteľa)
class-csv-classes = Trieda
class-csv-level-id = ID úrovne
class-csv-level = Úroveň
class-csv-stars = Hviezdy
class-csv-attempts = Pokusy
class-csv-seconds = Čas (sekundy)
class-csv-hints = Nápovedy
class-csv-finished = Dokončené
class-csv-yes = áno
class-csv-no = nie
