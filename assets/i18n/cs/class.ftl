# Zprávy z části stránky pro učitele napsané v Rustu.

## Kompetence DigComp 2.2
digcomp-1-1 = Prohlížení, vyhledávání a filtrování dat, informací a digitálního obsahu
digcomp-1-2 = Hodnocení dat, informací a digitálního obsahu
digcomp-1-3 = Správa dat, informací a digitálního obsahu
digcomp-2-5 = Netiketa
digcomp-2-6 = Správa digitální identity
digcomp-3-4 = Programování
digcomp-4-1 = Ochrana zařízení
digcomp-4-2 = Ochrana osobních údajů a soukromí
digcomp-4-3 = Ochrana zdraví a pohody
digcomp-5-1 = Řešení technických problémů

## Kompetence DigComp 3.0
digcomp3-1-1 = Prohlížení, vyhledávání a filtrování informací
digcomp3-1-2 = Hodnocení informací
digcomp3-1-3 = Správa informací
digcomp3-2-1 = Interakce prostřednictvím digitálních technologií a s nimi
digcomp3-2-2 = Sdílení prostřednictvím digitálních technologií
digcomp3-2-3 = Občanská angažovanost prostřednictvím digitálních technologií
digcomp3-2-4 = Spolupráce prostřednictvím digitálních technologií
digcomp3-2-5 = Digitální chování
digcomp3-2-6 = Správa digitální identity
digcomp3-3-1 = Vytváření digitálního obsahu
digcomp3-3-2 = Začleňování a přepracování digitálního obsahu
digcomp3-3-3 = Autorská práva a licence
digcomp3-3-4 = Informatické myšlení a programování
digcomp3-4-1 = Ochrana zařízení
digcomp3-4-2 = Ochrana osobních údajů a soukromí
digcomp3-4-3 = Podpora pohody
digcomp3-4-4 = Dopady digitálních technologií na životní prostředí
digcomp3-5-1 = Rozpoznávání a řešení technických problémů
digcomp3-5-2 = Rozpoznávání potřeb a digitálních technologických řešení
digcomp3-5-3 = Hledání tvořivých řešení pomocí digitálních technologií
digcomp3-5-4 = Rozpoznávání a řešení potřeb v digitálních kompetencích

## Uložená data třídy
class-load-damaged = Data třídy uložená v tomto prohlížeči nejde přečíst. Byla odložena stranou a stránka začíná prázdná.
class-load-newer = Data třídy v tomto prohlížeči uložila novější verze Byte Bridge. Tato stránka je nechává beze změny a začíná prázdná: nic, co tu teď uděláte, se neuloží. Svou třídu uvidíte na novější stránce pro učitele.

## Vytvoření zadání
class-assign-failed = Zadání se nepodařilo vytvořit. Zkuste to prosím znovu.
class-assign-no-levels = Vyberte aspoň jednu úroveň.
class-assign-no-random = Tento prohlížeč neumí vytvořit bezpečný klíč třídy, proto žádný odkaz nevznikl. Otevřete prosím tuto stránku v aktuálním prohlížeči.
class-assign-too-many = Pro jeden odkaz vyberte nejvýš { $max } { $max ->
        [one] úroveň
        [few] úrovně
        [many] úrovně
       *[other] úrovní
    }.
class-assign-no-name = Pojmenujte třídu, například „4.B“.

## Načítání souborů a kódů
class-imported = { $nickname }: { $count ->
    [0] nic nového (už je tu).
    [one] 1 nový pokus.
    [few] { $count } nové pokusy.
    [many] { $count } nového pokusu.
   *[other] { $count } nových pokusů.
}
class-imported-altered = { $nickname }: tento soubor byl změněn poté, co ho hra zapsala, nebo nenese podpis své třídy. Nic z něj se nezapočítalo.
class-import-too-large = { $file } je na soubor žáka moc velký, proto nebyl přečten.
class-import-not-ours = { $file } není soubor z Byte Bridge.
class-import-players-file = { $file } je soubor s hráči pro přesun hráčů mezi tablety. Na tabletu žáka použijte místo toho „Poslat učiteli“.
class-import-truncated = { $file } je useknutý. Požádejte žáka, ať ho uloží znovu.
class-import-newer = { $file } vytvořila novější verze Byte Bridge. Přečtete ho na novější stránce pro učitele.
class-import-damaged = { $file } je poškozený a nejde přečíst. Požádejte žáka, ať ho uloží znovu.
class-import-over-limits = { $file } obsahuje víc, než Byte Bridge kdy uchovává pro jednoho žáka (příliš dlouhé programy, příliš mnoho pokusů, úrovní nebo odpovědí), sám nebo dohromady s tím, co už tato stránka o žákovi má. Nejspíš byl vyroben ručně. Nic z něj se nenačetlo.
class-code-not-ours = Tento QR kód není z Byte Bridge.
class-code-newer = Tento QR kód je z novější verze Byte Bridge.
class-code-damaged = Tento QR kód nejde přečíst celý. Zkuste to znovu, trochu blíž.
class-no-such-pupil = Tento žák už v datech třídy není.

## Tabulka a přehled
class-avatar = { $picture }, { $colour }
class-decimal-separator = ,
class-problem-mistakes = Špatné odpovědi cestou
class-outcome-hit-wall = Robot narazil do zdi
class-outcome-left-board = Robot by vyjel z hrací plochy
class-outcome-no-lamp = Pokus rozsvítit tam, kde není lampa
class-outcome-out-of-commands = Program skončil moc brzy
class-outcome-step-budget = Program se točil dokola
class-outcome-too-many-calls = Pomocníci se volali moc často
class-outcome-finished = Dokončeno
class-outcome-other = Nedokončeno

## Záhlaví sloupců CSV
class-csv-pupil-id = ID žáka
class-csv-nickname = Herní jméno
class-csv-note = Skutečné jméno (poznámka učitele)
class-csv-classes = Třída
class-csv-level-id = ID úrovně
class-csv-level = Úroveň
class-csv-stars = Hvězdy
class-csv-attempts = Pokusy
class-csv-seconds = Čas (sekundy)
class-csv-hints = Nápovědy
class-csv-finished = Dokončeno
class-csv-yes = ano
class-csv-no = ne
