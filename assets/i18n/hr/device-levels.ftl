# The "Device Dock" world: looking after your tablet or phone, and after yourself.
# Apps, companies and addresses are made up; keep them unchanged.

world-device-dock = Luka uređaja

## Level 1: updates and pop-ups

level-device-update-title = Vrijeme za ažuriranje
level-device-update-instruction = Tablet prikazuje poruku. Odaberi što je najbolje učiniti.
level-device-update-learned = Prava ažuriranja dolaze iz postavki tableta i štite ga. Skočni prozori koji plaše su trikovi.
level-device-update-hint-1 = Odakle dolazi poruka: od samog tableta ili s web-stranice?
level-device-update-hint-2 = Ažuriranja popravljaju slaba mjesta. Web-stranica ne može vidjeti unutrašnjost tvog tableta.
level-device-update-hint-3 = Poruka od samog tableta pravo je ažuriranje. Njegovo instaliranje štiti tablet.

device-update-system-prompt = Tablet kaže: „Ažuriranje sustava je spremno. Instalirati sada?“
device-update-system-ignore = Zauvijek ga zanemari. Ažuriranja su dosadna.
device-update-system-ignore-reason = Ažuriranja popravljaju slaba mjesta koja bi zlonamjerni programi mogli iskoristiti. Bez njih je tvoj tablet manje siguran.
device-update-system-install = Instaliraj ga ili pitaj odraslu osobu.
device-update-system-install-reason = Ova poruka dolazi od samog tableta. Ažuriranja ga štite i pomažu mu da dobro radi.
device-update-system-switch-off = Isključi tablet da prestane pitati.
device-update-system-switch-off-reason = Ažuriranje će samo ponovno pitati kasnije. Instaliranje je način da tablet ostane siguran.

device-update-popup-prompt = Iskoči web-stranica: „Tvoj tablet ima 5 virusa! Preuzmi CleanerPro odmah!“
device-update-popup-download = Brzo preuzmi CleanerPro.
device-update-popup-download-reason = Ovo je trik. Preuzimanje bi moglo biti sam zlonamjerni program.
device-update-popup-ok-button = Dodirni „U redu“ u skočnom prozoru da nestane.
device-update-popup-ok-button-reason = Gumbi u lažnom skočnom prozoru mogu pokrenuti preuzimanje. Umjesto toga zatvori cijelu stranicu.
device-update-popup-close = Zatvori stranicu i reci odrasloj osobi.
device-update-popup-close-reason = Web-stranica ne može pogledati u tvoj tablet pa su virusi izmišljeni. Zatvoriti stranicu je sigurno.

device-update-battery-prompt = Ažuriranje želi početi, ali baterija je na 5 %.
device-update-battery-charge = Prvo uključi punjač, zatim ažuriraj.
device-update-battery-charge-reason = Ažuriranju treba struja dok ne završi. S uključenim punjačem može sigurno završiti.
device-update-battery-start = Pokreni ga sada i zamoli odraslu osobu da gleda.
device-update-battery-start-reason = Gledanje ne pomaže ako se baterija isprazni usred ažuriranja: ono može poći po zlu. Prvo napuni.
device-update-battery-cancel = Otkaži ga i nikad više ne ažuriraj.
device-update-battery-cancel-reason = Ažuriranje je i dalje važno za sigurnost tableta. Samo ga prvo napuni.

## Level 2: what a torch app may use

device-bin-makes-sense = Ima smisla
device-bin-no-sense = Nema smisla

level-device-permissions-title = Aplikacija svjetiljka
level-device-permissions-instruction = Otvaraš novu aplikaciju svjetiljku. Dok radi, traži pristup ovim stvarima. Ima li to smisla?
level-device-permissions-learned = Aplikacije pitaju dok ih koristiš. Za ono što aplikaciji ne treba dodirni „Ne dopusti“. To kasnije možeš promijeniti u Postavkama.
level-device-permissions-hint-1 = Što svjetiljci treba da obavi svoj posao?
level-device-permissions-hint-2 = Svjetiljka samo treba svijetliti. Sve ostalo nije njezin posao.
level-device-permissions-hint-3 = Svjetiljka nema nikakve veze s tvojim kontaktima.

device-permissions-camera-light = Uključivanje svjetla pokraj kamere
device-permissions-camera-light-reason = To malo svjetlo jest svjetiljka. Aplikaciji treba da obavi svoj posao.
device-permissions-contacts = Pristup tvojim kontaktima
device-permissions-contacts-reason = Svjetiljci ne trebaju imena i brojevi tvojih prijatelja. Dodirni „Ne dopusti“.
device-permissions-location = Pristup lokaciji uređaja
device-permissions-location-reason = Svjetiljka radi jednako posvuda. Ne treba znati gdje si.
device-permissions-screen-bright = Jarko bijeli zaslon
device-permissions-screen-bright-reason = Neke svjetiljke osvijetle cijeli zaslon. To je dio posla svjetiljke.
device-permissions-microphone = Snimanje zvuka
device-permissions-microphone-reason = Svjetiljka te ne treba čuti. Dodirni „Ne dopusti“: svjetiljka i dalje radi.
device-permissions-notifications = Slanje obavijesti
device-permissions-notifications-reason = Svjetiljka ti nema što reći. Obavijesti bi bile samo reklame ili podsjetnici da je otvoriš.
device-permissions-photos = Pristup fotografijama i videima na uređaju
device-permissions-photos-reason = Tvoje fotografije su privatne. Svjetiljci ne trebaju da bi svijetlila.

## Level 3: a fake virus warning

level-device-fake-virus-title = Uzbuna, virus!
level-device-fake-virus-instruction = Dodirni svaki znak upozorenja na ovoj web-stranici.
level-device-fake-virus-learned = Web-stranica ne može pronaći viruse na tvom tabletu. Zatvori stranice koje plaše i reci odrasloj osobi.
level-device-fake-virus-hint-1 = Počni od vrha. Čija je ovo stranica?
level-device-fake-virus-hint-2 = Lažna upozorenja viču, požuruju te i žele da nešto preuzmeš ili nazoveš.
level-device-fake-virus-hint-3 = Veliko treperavo upozorenje jedan je znak upozorenja. Još četiri su na stranici.

device-fake-virus-address = tablet-safety-scan.example/alert
device-fake-virus-address-reason = Ovo je neka nasumična web-stranica, a ne tvoj tablet. Web-stranica ne može pretražiti tvoj tablet u potrazi za virusima.
device-fake-virus-warning = Treperi crveno: UPOZORENJE! PRONAĐENO 5 VIRUSA!
device-fake-virus-warning-reason = Treperenje i velika slova žele te uplašiti da prestaneš razmišljati. Virusi su izmišljeni.
device-fake-virus-picture = Slika: tablet s plavim štitom
device-fake-virus-picture-reason = Sama slika nije znak upozorenja. Pročitaj riječi oko nje.
device-fake-virus-countdown = Djeluj u roku od 60 sekundi!
device-fake-virus-countdown-reason = Sat te želi požuriti. Prevaranti te požuruju da nikoga ne pitaš.
device-fake-virus-download = Preuzmi CleanerPro.apk da očistiš tablet
device-fake-virus-download-reason = Ovo bi mogao biti zlonamjerni program. Aplikacije preuzimaj samo iz službene trgovine, uz odraslu osobu.
device-fake-virus-phone = Ili odmah nazovi naš broj za pomoć!
device-fake-virus-phone-reason = Pravi proizvođači tableta ne traže da ih zoveš s web-stranice. Nikad ne zovi takav broj.
device-fake-virus-menu = Pomoć · O nama · Kontakt
device-fake-virus-menu-reason = Poveznice izbornika ima većina web-stranica. Same po sebi nisu znak upozorenja.

## Level 4: getting a new app safely

level-device-install-app-title = Nova aplikacija
level-device-install-app-instruction = Želiš novu igru i odrasla osoba je rekla „da“. Poredaj korake redom kojim se događaju.
level-device-install-app-learned = Aplikacije preuzimaj iz službene trgovine i prvo provjeri dobnu oznaku i „Sigurnost podataka“. Nakon instalacije dopusti samo ono što aplikaciji treba.
level-device-install-app-hint-1 = Odakle dolaze sigurne aplikacije?
level-device-install-app-hint-2 = O aplikaciji možeš čitati tek kad je pronađeš, a ona te može nešto tražiti tek kad je instalirana.
level-device-install-app-hint-3 = Počni u službenoj trgovini aplikacija. Dobna oznaka i „Sigurnost podataka“ nalaze se na stranici aplikacije.

device-install-app-store = Otvori službenu trgovinu (Trgovina Play).
device-install-app-store-reason = Ovo je prvo. Aplikacije u službenoj trgovini provjeravaju se na štetne programe. Aplikacije s drugih mjesta mogu ih skrivati.
device-install-app-read = Na stranici aplikacije provjeri dob i „Sigurnost podataka“.
device-install-app-read-reason = Zatim ovo. Dobna oznaka (u većini Europe PEGI) govori kome je aplikacija namijenjena. U „Sigurnosti podataka“ autori kažu koje podatke prikupljaju i dijele.
device-install-app-install = Dodirni „Instaliraj“.
device-install-app-install-reason = Sada je instaliraj, kad je njezina stranica pročitana. Prije toga aplikacija ne može ništa tražiti od tebe.
device-install-app-say-no = Otvori aplikaciju. Dopusti samo ono što joj treba.
device-install-app-say-no-reason = Aplikacije pitaju dok ih koristiš, ne prije. Za ono što joj ne treba dodirni „Ne dopusti“. To kasnije možeš promijeniti u Postavkama.
device-install-app-check = Više je ne koristiš? Obriši je.
device-install-app-check-reason = Ovo je zadnje. Aplikacija koju ne koristiš i dalje zauzima mjesto i možda još ima tvoje podatke.

## Level 5: balance

level-device-screen-time-title = Vrijeme za odmor?
level-device-screen-time-instruction = Odaberi ono što je najbolje za tebe i tvoje tijelo.
level-device-screen-time-learned = Odmori, san i pravi prijatelji važniji su od bilo koje nagrade ili niza u igri.
level-device-screen-time-hint-1 = Razmisli o očima, o snu i o svom vremenu.
level-device-screen-time-hint-2 = Igre i aplikacije pokušavaju te zadržati pred zaslonom. Ti odlučuješ kad ćeš stati.
level-device-screen-time-hint-3 = Za škrinju: san je važniji od bilo koje nagrade u igri.

device-screen-time-eyes-prompt = Igraš već dva sata. Oči su ti umorne.
device-screen-time-eyes-one-more = Zamoli odraslu osobu za još jedan sat, pa se odmori.
device-screen-time-eyes-one-more-reason = Umornim očima odmor treba sada, a ne za sat, čak i ako odrasla osoba kaže „da“. Slušaj svoje tijelo.
device-screen-time-eyes-break = Odmori se: gledaj u daljinu i malo se pokreni.
device-screen-time-eyes-break-reason = Gledanje u daljinu odmara oči, a kretanje je dobro za tijelo.
device-screen-time-eyes-brighter = Pojačaj svjetlinu zaslona i nastavi.
device-screen-time-eyes-brighter-reason = Svjetliji zaslon ne pomaže umornim očima. Trebaju odmor od zaslona.

device-screen-time-chest-prompt = Igra kaže: „Vrati se za 10 minuta po besplatnu škrinju!“ Vrijeme je za spavanje.
device-screen-time-chest-stay-up = Ne idi spavati još 10 minuta zbog škrinje.
device-screen-time-chest-stay-up-reason = Igre koriste male nagrade da te drže u igri. Deset minuta često postane više.
device-screen-time-chest-alarm = Navij budilicu da se probudiš po nju noću.
device-screen-time-chest-alarm-reason = Buđenje zbog igre prekida san. Sutra ćeš se osjećati umorno.
device-screen-time-chest-sleep = Idi spavati. Škrinja može čekati.
device-screen-time-chest-sleep-reason = San ti pomaže da rasteš, učiš i dobro se osjećaš. Nagrada u igri nikad nije vrijedna izgubljenog sna.

device-screen-time-streak-prompt = Prijatelj želi da svaki dan održavate niz u razgovoru. Danas imaš jako puno obaveza.
device-screen-time-streak-tell = Napiši: „Danas ne stignem, čujemo se!“
device-screen-time-streak-tell-reason = Pravi prijatelj razumije. Aplikacije koriste nizove da se vraćaš, ali prijateljstvu oni ne trebaju.
device-screen-time-streak-homework = Prekini domaću zadaću da održiš niz.
device-screen-time-streak-homework-reason = Domaća zadaća važnija je od broja u aplikaciji. Niz nije vrijedan stresa.
device-screen-time-streak-password = Daj prijatelju lozinku da on održava niz.
device-screen-time-streak-password-reason = Nikad ne dijeli lozinku, čak ni s dobrim prijateljem. Ona je ključ tvog računa.
