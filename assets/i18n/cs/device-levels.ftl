# Svět „Přístaviště zařízení“: péče o tablet nebo mobil a o sebe.
# Aplikace, firmy a adresy jsou vymyšlené: neměnit. Žádná telefonní čísla.

world-device-dock = Přístaviště zařízení

## Úroveň 1: aktualizace a vyskakovací okna

level-device-update-title = Čas na aktualizaci
level-device-update-instruction = Tablet ukazuje zprávu. Vyber, co je nejlepší udělat.
level-device-update-learned = Skutečné aktualizace přicházejí z nastavení tabletu a chrání ho. Vyskakovací okna, která tě straší, jsou podvody.
level-device-update-hint-1 = Odkud zpráva přichází: ze samotného tabletu, nebo z webové stránky?
level-device-update-hint-2 = Aktualizace opravují slabá místa. Webová stránka do tvého tabletu nevidí.
level-device-update-hint-3 = Zpráva ze samotného tabletu je skutečná aktualizace. Když ji nainstaluješ, tablet zůstane v bezpečí.

device-update-system-prompt = Tablet píše: „Aktualizace systému je připravená. Nainstalovat teď?“
device-update-system-ignore = Budu ji navždy ignorovat. Aktualizace jsou nuda.
device-update-system-ignore-reason = Aktualizace opravují slabá místa, která by mohl zneužít škodlivý program. Bez nich je tablet méně bezpečný.
device-update-system-install = Nainstaluju ji, nebo požádám dospělého.
device-update-system-install-reason = Tahle zpráva přichází ze samotného tabletu. Aktualizace ho chrání a udržují v dobré kondici.
device-update-system-switch-off = Vypnu tablet, ať se přestane ptát.
device-update-system-switch-off-reason = Aktualizace se zeptá znovu později. Nainstalovat ji je způsob, jak tablet udržet v bezpečí.

device-update-popup-prompt = Vyskočí webová stránka: „Tvůj tablet má 5 virů! Stáhni hned CleanerPro!“
device-update-popup-download = Rychle stáhnu CleanerPro.
device-update-popup-download-reason = To je podvod. Stahovaný soubor může být právě ten škodlivý program.
device-update-popup-ok-button = Ťuknu v okně na „OK“, ať to okno zmizí.
device-update-popup-ok-button-reason = Tlačítka ve falešném vyskakovacím okně můžou spustit stahování. Zavři raději celou stránku.
device-update-popup-close = Zavřu stránku a řeknu to dospělému.
device-update-popup-close-reason = Webová stránka do tabletu nevidí, takže viry jsou vymyšlené. Zavřít stránku je bezpečné.

device-update-battery-prompt = Aktualizace chce začít, ale baterie má jen 5 %.
device-update-battery-charge = Nejdřív připojím nabíječku.
device-update-battery-charge-reason = Aktualizace potřebuje energii, dokud neskončí. S nabíječkou se může bezpečně dokončit.
device-update-battery-start = Spustím ji hned a dospělý se bude dívat.
device-update-battery-start-reason = Dívání nepomůže, když se baterie vybije uprostřed: aktualizace se může pokazit. Nejdřív nabíjej.
device-update-battery-cancel = Zruším ji a už nikdy nebudu aktualizovat.
device-update-battery-cancel-reason = Aktualizace je pro bezpečí tabletu pořád důležitá. Jen ho nejdřív nabij.

## Úroveň 2: co smí používat aplikace baterky

device-bin-makes-sense = Dává smysl
device-bin-no-sense = Nedává smysl

level-device-permissions-title = Aplikace baterka
level-device-permissions-instruction = Otevřeš novou aplikaci baterky. Zatímco běží, žádá o tyhle věci. Dává to smysl?
level-device-permissions-learned = Aplikace žádají o povolení, když je používáš. U toho, co aplikace nepotřebuje, ťukni na „Nepovolit“. Později to můžeš změnit v Nastavení.
level-device-permissions-hint-1 = Co potřebuje aplikace baterky ke své práci?
level-device-permissions-hint-2 = Baterka potřebuje jen svítit. Všechno ostatní k její práci nepatří.
level-device-permissions-hint-3 = Baterka nemá s tvými kontakty nic společného.

device-permissions-camera-light = Zapnout světlo vedle fotoaparátu
device-permissions-camera-light-reason = To malé světýlko je baterka. Aplikace ho ke své práci potřebuje.
device-permissions-contacts = Přístup ke kontaktům
device-permissions-contacts-reason = Baterka nepotřebuje jména a čísla tvých kamarádů. Ťukni na „Nepovolit“.
device-permissions-location = Přístup k poloze zařízení
device-permissions-location-reason = Baterka funguje všude stejně. Nepotřebuje vědět, kde jsi.
device-permissions-screen-bright = Rozsvítit obrazovku jasně bíle
device-permissions-screen-bright-reason = Některé baterky rozsvítí celou obrazovku. To k baterce patří.
device-permissions-microphone = Nahrávat zvuk
device-permissions-microphone-reason = Baterka tě nepotřebuje slyšet. Ťukni na „Nepovolit“: baterka bude fungovat dál.
device-permissions-notifications = Posílat ti oznámení
device-permissions-notifications-reason = Baterka ti nemá co říct. Oznámení by byla jen reklama nebo připomínky, ať ji otevřeš.
device-permissions-photos = Přístup k fotkám a videím v zařízení
device-permissions-photos-reason = Tvoje fotky jsou soukromé. Baterka je ke svícení nepotřebuje.

## Úroveň 3: falešné varování před virem

level-device-fake-virus-title = Virový poplach!
level-device-fake-virus-instruction = Ťukni na každý varovný signál na této webové stránce.
level-device-fake-virus-learned = Webová stránka nemůže najít viry v tvém tabletu. Strašidelné stránky zavři a řekni to dospělému.
level-device-fake-virus-hint-1 = Začni nahoře. Čí je tahle stránka?
level-device-fake-virus-hint-2 = Falešná varování křičí, spěchají a chtějí, ať něco stáhneš nebo zavoláš.
level-device-fake-virus-hint-3 = Velké blikající varování je jeden varovný signál. Na stránce jsou ještě čtyři další.

device-fake-virus-address = tablet-safety-scan.example/alert
device-fake-virus-address-reason = Tohle je nějaká náhodná webová stránka, ne tvůj tablet. Webová stránka nemůže tablet prohledat na viry.
device-fake-virus-warning = Bliká červeně: VAROVÁNÍ! NALEZENO 5 VIRŮ!
device-fake-virus-warning-reason = Blikání a velká písmena tě chtějí vystrašit, ať přestaneš přemýšlet. Viry jsou vymyšlené.
device-fake-virus-picture = Obrázek: tablet s modrým štítem
device-fake-virus-picture-reason = Obrázek sám o sobě není varovný signál. Přečti si slova kolem něj.
device-fake-virus-countdown = Jednej do 60 sekund!
device-fake-virus-countdown-reason = Odpočet tě chce popohnat. Podvodníci spěchají, ať se nikoho nezeptáš.
device-fake-virus-download = Stáhni CleanerPro.apk a vyčisti tablet
device-fake-virus-download-reason = Tenhle soubor může být škodlivý program. Aplikace stahuj jen z oficiálního obchodu, s dospělým.
device-fake-virus-phone = Nebo hned zavolej na naši linku pomoci!
device-fake-virus-phone-reason = Skuteční výrobci tabletů nechtějí, ať jim voláš z webové stránky. Na takové číslo nikdy nevolej.
device-fake-virus-menu = Nápověda · O nás · Kontakt
device-fake-virus-menu-reason = Odkazy v menu má většina webových stránek. Samy o sobě nejsou varovný signál.

## Úroveň 4: bezpečně k nové aplikaci

level-device-install-app-title = Nová aplikace
level-device-install-app-instruction = Chceš novou hru a dospělý řekl ano. Seřaď kroky tak, jak jdou po sobě.
level-device-install-app-learned = Aplikace získávej z oficiálního obchodu a nejdřív zkontroluj věkové hodnocení a Bezpečnost údajů. Po instalaci povol jen to, co aplikace potřebuje.
level-device-install-app-hint-1 = Odkud pocházejí bezpečné aplikace?
level-device-install-app-hint-2 = Číst o aplikaci můžeš, až když ji najdeš, a žádat tě o něco může, až když je nainstalovaná.
level-device-install-app-hint-3 = Začni v oficiálním obchodě s aplikacemi. Věkové hodnocení a Bezpečnost údajů jsou na stránce aplikace.

device-install-app-store = Otevři oficiální obchod s aplikacemi (Play Store).
device-install-app-store-reason = Tohle je první. Aplikace v oficiálním obchodě se kontrolují kvůli škodlivým programům. Aplikace odjinud je můžou skrývat.
device-install-app-read = Na stránce aplikace zkontroluj věk a Bezpečnost údajů.
device-install-app-read-reason = Další krok. Věkové hodnocení (ve většině Evropy PEGI) říká, pro koho aplikace je. V Bezpečnosti údajů autoři píšou, jaká data sbírají a sdílejí.
device-install-app-install = Ťukni na „Instalovat“.
device-install-app-install-reason = Teď ji nainstaluj, když už máš přečtenou její stránku. Předtím tě aplikace nemůže o nic žádat.
device-install-app-say-no = Otevři aplikaci. Povol jen to, co potřebuje.
device-install-app-say-no-reason = Aplikace žádají o povolení, když je používáš, ne předem. U toho, co nepotřebuje, ťukni na „Nepovolit“. Později to můžeš změnit v Nastavení.
device-install-app-check = Už ji nepoužíváš? Smaž ji.
device-install-app-check-reason = Tohle je poslední. Aplikace, kterou nepoužíváš, pořád zabírá místo a může mít tvoje data.

## Úroveň 5: rovnováha

level-device-screen-time-title = Čas na pauzu?
level-device-screen-time-instruction = Vyber, co je nejlepší pro tebe a tvoje tělo.
level-device-screen-time-learned = Přestávky, spánek a skuteční kamarádi jsou důležitější než jakákoli odměna nebo série ve hře.
level-device-screen-time-hint-1 = Mysli na svoje oči, svůj spánek a svůj čas.
level-device-screen-time-hint-2 = Hry a aplikace se snaží udržet tě u obrazovky. Ty rozhoduješ, kdy přestat.
level-device-screen-time-hint-3 = K truhle: spánek je důležitější než jakákoli odměna ve hře.

device-screen-time-eyes-prompt = Hraješ už dvě hodiny. Oči tě pálí a jsou unavené.
device-screen-time-eyes-one-more = Poprosím dospělého o hodinu navíc, pak si odpočinu.
device-screen-time-eyes-one-more-reason = Unavené oči potřebují odpočinek hned, ne za hodinu, i když dospělý řekne ano. Poslouchej své tělo.
device-screen-time-eyes-break = Dám si pauzu: podívám se do dálky a protáhnu se.
device-screen-time-eyes-break-reason = Pohled do dálky oči odpočine a pohyb dělá dobře tělu.
device-screen-time-eyes-brighter = Zesvětlím obrazovku a budu hrát dál.
device-screen-time-eyes-brighter-reason = Jasnější obrazovka unaveným očím nepomůže. Potřebují pauzu od obrazovky.

device-screen-time-chest-prompt = Hra píše: „Vrať se za 10 minut pro truhlu zdarma!“ Je čas jít spát.
device-screen-time-chest-stay-up = Kvůli truhle zůstanu vzhůru ještě 10 minut.
device-screen-time-chest-stay-up-reason = Hry používají malé odměny, ať hraješ dál. Z deseti minut bývá víc.
device-screen-time-chest-alarm = Nastavím si budík a v noci si pro ni vstanu.
device-screen-time-chest-alarm-reason = Vstávat kvůli hře ti přeruší spánek. Zítra budeš bez energie.
device-screen-time-chest-sleep = Jdu spát. Truhla počká.
device-screen-time-chest-sleep-reason = Spánek ti pomáhá růst, učit se a cítit se dobře. Žádná odměna ve hře nestojí za ztracený spánek.

device-screen-time-streak-prompt = Kamarád chce, abyste si každý den udrželi sérii v chatu. Dnes máš hrozně moc práce.
device-screen-time-streak-tell = Napíšu mu: „Dneska nestíhám, ozvu se!“
device-screen-time-streak-tell-reason = Skutečný kamarád to pochopí. Aplikace používají série, ať se vracíš, ale kamarádství žádnou nepotřebuje.
device-screen-time-streak-homework = Přestanu dělat úkoly kvůli sérii.
device-screen-time-streak-homework-reason = Úkoly jsou důležitější než číslo v aplikaci. Série nestojí za ten stres.
device-screen-time-streak-password = Dám kamarádovi svoje heslo, ať sérii udrží.
device-screen-time-streak-password-reason = Nikdy nesdílej heslo, ani s dobrým kamarádem. Je to klíč k tvému účtu.
