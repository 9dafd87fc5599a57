language-name = Čeština
app-title = Byte Bridge
app-tagline = Nauč se programovat a buď na internetu v bezpečí
title-play = Hrát
language-picker = Jazyk
language-open = Jazyk: { $language }
language-loading = Stahuje se jazyk { $language }…
language-not-on-device = Jazyk { $language } na tomto tabletu ještě není. Jednou se připoj k internetu, ať se stáhne. Na tomto tabletu: { $ready }
language-damaged = Jazyk { $language } nedorazil celý. Zkus to znovu později. Na tomto tabletu: { $ready }

back = Zpět
notice-dismiss = OK

map-title = Úrovně
level-status-locked = zamčeno
level-status-new = ještě nehráno
level-status-stars = { $stars } ze 3 hvězd
map-level = { $number }. { $title }, { $status }
map-locked-hint = Dokonči předchozí úroveň, aby se tahle otevřela.
map-world = { $title }, { $status }
map-world-stars = { $stars } z { $max } { $max ->
        [one] hvězdy
        [few] hvězd
        [many] hvězdy
       *[other] hvězd
    }

result-title = Úroveň splněna!
result-stars = { $stars } ze 3 hvězd
result-new-best = Nový rekord!
result-learned-heading = Co už umíš
result-next = Další úroveň
result-retry = Hrát znovu
result-levels = Všechny úrovně

storage-unavailable = Tento tablet teď nemůže ukládat. Hrát můžeš, ale po zavření stránky hvězdy zmizí.
storage-recovered-damaged = Uloženého hráče nejde přečíst a nebyla žádná dobrá kopie. Na tomto tabletu byl odložen stranou.
storage-recovered-backup = Některé uložené hvězdy byly poškozené. Vrátila se poslední dobrá kopie.
storage-newer-version = Někteří hráči byli uloženi novější verzí Byte Bridge. Jsou v bezpečí: aktualizuj hru a uvidíš je.
storage-full = Úložiště tabletu je plné. Ulož hvězdy do souboru, ať se nic neztratí.

hint = Nápověda
hint-shown = Nápověda { $number }: { $hint }

read-aloud = Přečíst nahlas
read-aloud-stop = Zastavit čtení
settings-open = Nastavení
settings-title = Nastavení
settings-read-everything = Číst vše nahlas
settings-read-everything-about = Hra přečte nahlas každou úroveň, nápovědu i výsledek, jakmile se objeví.
settings-no-voice = Tento tablet zatím nemá hlas pro tento jazyk. Dospělý ho může přidat.
settings-robot-speed = Rychlost robota: { $speed }
settings-calm = Méně pohybu
settings-calm-about = Robot skáče z pole na pole, místo aby plynule jel. Je to zapnuté hned od začátku, když je tablet nastavený tak, aby ukazoval méně pohybu.
settings-contrast = Vysoký kontrast
settings-contrast-about = Pozadí bude černé, písmo bílé a tlačítka dostanou bílé okraje. Někomu se tak vidí lépe.
settings-text-size = Velikost písma: { $size }
settings-text-size-about = Ťukni znovu a slova budou větší, až dvakrát tak velká. Pak zase normální.
text-size-normal = normální
text-size-big = velká
text-size-bigger = větší
text-size-biggest = největší
settings-more-space = Víc místa
settings-more-space-about = Víc místa mezi písmeny a mezi řádky. Někomu se tak čte lépe.
