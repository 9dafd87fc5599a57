# The "Device Dock" world: looking after your tablet or phone, and after yourself.
# Item texts stay short (about 60 characters). Apps, companies and addresses are made up.

world-device-dock = Pristan naprav

## Level 1: updates and pop-ups (pick_reply)

level-device-update-title = Čas za posodobitev
level-device-update-instruction = Tablica prikaže sporočilo. Izberi najboljše, kar lahko narediš.
level-device-update-learned = Prave posodobitve pridejo iz nastavitev tablice in jo varujejo. Pojavna okna, ki te strašijo, so zvijače.
level-device-update-hint-1 = Od kod je sporočilo: od same tablice ali s spletne strani?
level-device-update-hint-2 = Posodobitve popravijo šibke točke. Spletna stran ne more pogledati v tvojo tablico.
level-device-update-hint-3 = Sporočilo same tablice je prava posodobitev. Namestitev tablico varuje.

device-update-system-prompt = Tablica pravi: „Sistemska posodobitev je pripravljena. Jo namestim zdaj?“
device-update-system-ignore = Za vedno jo prezrem, ker so posodobitve dolgočasne.
device-update-system-ignore-reason = Posodobitve popravijo šibke točke, ki bi jih lahko izkoristila škodljiva programska oprema. Brez njih je tablica manj varna.
device-update-system-install = Namestim jo ali prosim odraslo osebo za pomoč.
device-update-system-install-reason = To sporočilo prihaja od same tablice. Posodobitve jo ohranjajo varno in delujočo.
device-update-system-switch-off = Ugasnem tablico, da neha spraševati.
device-update-system-switch-off-reason = Posodobitev bo kasneje spet vprašala. Namestitev je način, da tablica ostane varna.

device-update-popup-prompt = Odpre se spletna stran: „Tvoja tablica ima 5 virusov! Takoj prenesi CleanerPro!“
device-update-popup-download = Hitro prenesem CleanerPro.
device-update-popup-download-reason = To je zvijača. Prenos je lahko prav škodljiva programska oprema.
device-update-popup-ok-button = V pojavnem oknu tapnem „V redu“, da izgine.
device-update-popup-ok-button-reason = Gumbi v lažnem pojavnem oknu lahko začnejo prenos. Raje zapri celo stran.
device-update-popup-close = Zaprem stran in povem odrasli osebi.
device-update-popup-close-reason = Spletna stran ne more pogledati v tvojo tablico, zato so virusi izmišljeni. Zapreti stran je varno.

device-update-battery-prompt = Posodobitev bi se rada začela, a baterija je na 5%.
device-update-battery-charge = Najprej priključim polnilnik, nato posodobim.
device-update-battery-charge-reason = Posodobitev potrebuje elektriko, dokler ni končana. S priključenim polnilnikom se lahko varno konča.
device-update-battery-start = Začnem zdaj in prosim odraslo osebo, naj gleda.
device-update-battery-start-reason = Gledanje ne pomaga, če se baterija sredi posodobitve izprazni: takrat gre lahko kaj narobe. Najprej napolni.
device-update-battery-cancel = Prekličem in nikoli več ne posodabljam.
device-update-battery-cancel-reason = Posodobitev je še vedno pomembna za varnost tablice. Samo najprej jo napolni.

## Level 2: what a torch app may use (sort)

device-bin-makes-sense = Smiselno
device-bin-no-sense = Ni smiselno

level-device-permissions-title = Aplikacija svetilka
level-device-permissions-instruction = Odpreš novo aplikacijo svetilko. Med delovanjem prosi za uporabo teh stvari. Je to smiselno?
level-device-permissions-learned = Aplikacije sprašujejo, ko jih uporabljaš. Tapni „Ne dovoli“ za to, česar aplikacija ne potrebuje. Kasneje lahko to spremeniš v Nastavitvah.
level-device-permissions-hint-1 = Kaj aplikacija svetilka potrebuje za svoje delo?
level-device-permissions-hint-2 = Svetilka mora samo svetiti. Vse drugo ni del njenega dela.
level-device-permissions-hint-3 = Svetilka nima nič s tvojimi stiki.

device-permissions-camera-light = Vklop lučke ob kameri
device-permissions-camera-light-reason = Ta lučka je svetilka. Aplikacija jo potrebuje za svoje delo.
device-permissions-contacts = Dostop do tvojih stikov
device-permissions-contacts-reason = Svetilka ne potrebuje imen in številk tvojih prijateljev. Tapni „Ne dovoli“.
device-permissions-location = Dostop do lokacije te naprave
device-permissions-location-reason = Svetilka deluje povsod enako. Ni ji treba vedeti, kje si.
device-permissions-screen-bright = Zaslon, ki sveti močno belo
device-permissions-screen-bright-reason = Nekatere svetilke osvetlijo cel zaslon. To spada k svetilki.
device-permissions-microphone = Snemanje zvoka
device-permissions-microphone-reason = Svetilki te ni treba slišati. Tapni „Ne dovoli“: svetilka še vedno deluje.
device-permissions-notifications = Pošiljanje obvestil
device-permissions-notifications-reason = Svetilka ti nima česa povedati. Obvestila bi bila samo oglasi ali opomniki, da jo odpreš.
device-permissions-photos = Dostop do fotografij in videov v tej napravi
device-permissions-photos-reason = Tvoje fotografije so zasebne. Svetilka jih ne potrebuje, da sveti.

## Level 3: a fake virus warning (spot_flags, screen: web)

level-device-fake-virus-title = Virusni alarm!
level-device-fake-virus-instruction = Tapni vsak opozorilni znak na tej spletni strani.
level-device-fake-virus-learned = Spletna stran ne more najti virusov na tvoji tablici. Zapri strašljive strani in povej odrasli osebi.
level-device-fake-virus-hint-1 = Začni na vrhu. Čigava je ta stran?
level-device-fake-virus-hint-2 = Lažna opozorila kričijo, te priganjajo in hočejo, da nekaj preneseš ali pokličeš.
level-device-fake-virus-hint-3 = Veliko utripajoče opozorilo je en opozorilni znak. Na strani so še štirje.

device-fake-virus-address = tablet-safety-scan.example/alert
device-fake-virus-address-reason = To je naključna spletna stran, ne tvoja tablica. Spletna stran ne more pregledati tablice za viruse.
device-fake-virus-warning = Utripajoče rdeče: OPOZORILO! NAJDENIH 5 VIRUSOV!
device-fake-virus-warning-reason = Utripanje in velike črke te hočejo prestrašiti, da ne razmišljaš. Virusi so izmišljeni.
device-fake-virus-picture = Slika: tablica z modrim ščitom
device-fake-virus-picture-reason = Slika sama po sebi ni opozorilni znak. Preberi besede okoli nje.
device-fake-virus-countdown = Ukrepaj v 60 sekundah!
device-fake-virus-countdown-reason = Ura hoče, da pohitiš. Goljufi te priganjajo, da nikogar ne vprašaš.
device-fake-virus-download = Prenesi CleanerPro.apk za čiščenje tablice
device-fake-virus-download-reason = Ta prenos je lahko škodljiva programska oprema. Aplikacije prenašaj samo iz uradne trgovine z aplikacijami, skupaj z odraslo osebo.
device-fake-virus-phone = Ali takoj pokliči našo številko za pomoč!
device-fake-virus-phone-reason = Pravi proizvajalci tablic te ne prosijo, da kličeš s spletne strani. Nikoli ne kliči take številke.
device-fake-virus-menu = Pomoč · O nas · Stik
device-fake-virus-menu-reason = Povezave v meniju so na večini spletnih strani. Same po sebi niso opozorilni znak.

## Level 4: getting a new app safely (order_steps)

level-device-install-app-title = Nova aplikacija
level-device-install-app-instruction = Želiš novo igro in odrasla oseba je rekla ja. Razvrsti korake v vrstnem redu, v katerem se zgodijo.
level-device-install-app-learned = Aplikacije prenašaj iz uradne trgovine in najprej preveri starostno oznako in Varnost podatkov. Ko je aplikacija nameščena, ji dovoli samo to, kar potrebuje.
level-device-install-app-hint-1 = Od kod prihajajo varne aplikacije?
level-device-install-app-hint-2 = O aplikaciji lahko bereš šele, ko jo najdeš, in te lahko kaj vpraša šele, ko je nameščena.
level-device-install-app-hint-3 = Začni v uradni trgovini z aplikacijami. Starostna oznaka in Varnost podatkov sta na strani aplikacije.

device-install-app-store = Odpri uradno trgovino z aplikacijami (Trgovina Play).
device-install-app-store-reason = To naredi najprej. Aplikacije v uradni trgovini so pregledane glede škodljive programske opreme. Aplikacije od drugod jo lahko skrivajo.
device-install-app-read = Na strani aplikacije preveri starostno oznako in Varnost podatkov.
device-install-app-read-reason = Nato to. Starostna oznaka (v večini Evrope PEGI) pove, komu je aplikacija namenjena. Pri Varnosti podatkov razvijalci povedo, katere podatke aplikacija zbira in deli.
device-install-app-install = Tapni „Namesti“.
device-install-app-install-reason = Zdaj jo namesti, ko je njena stran prebrana. Prej te aplikacija ne more ničesar vprašati.
device-install-app-say-no = Odpri aplikacijo. Dovoli samo, kar potrebuje.
device-install-app-say-no-reason = Aplikacije sprašujejo med uporabo, ne prej. Tapni „Ne dovoli“ za to, česar ne potrebuje. Kasneje lahko to spremeniš v Nastavitvah.
device-install-app-check = Je ne uporabljaš več? Izbriši jo.
device-install-app-check-reason = To naredi nazadnje. Aplikacija, ki je ne uporabljaš, še vedno zaseda prostor in ima morda še vedno tvoje podatke.

## Level 5: balance (pick_reply)

level-device-screen-time-title = Čas za premor?
level-device-screen-time-instruction = Izberi najboljše, kar lahko narediš zase in za svoje telo.
level-device-screen-time-learned = Premori, spanec in pravi prijatelji so pomembnejši od katere koli nagrade ali niza v igri.
level-device-screen-time-hint-1 = Pomisli na oči, spanec in svoj čas.
level-device-screen-time-hint-2 = Igre in aplikacije te poskušajo zadržati pred zaslonom. Ti odločaš, kdaj nehaš.
level-device-screen-time-hint-3 = Za skrinjo: spanec je pomembnejši od katere koli nagrade v igri.

device-screen-time-eyes-prompt = Igraš že dve uri. Oči so utrujene.
device-screen-time-eyes-one-more = Odraslo osebo prosim še za eno uro, nato pa počivam.
device-screen-time-eyes-one-more-reason = Utrujene oči potrebujejo počitek zdaj, ne čez eno uro, tudi če odrasla oseba reče ja. Prisluhni telesu.
device-screen-time-eyes-break = Vzamem premor: pogledam v daljavo in se razgibam.
device-screen-time-eyes-break-reason = Pogled v daljavo spočije oči, gibanje pa dobro dene telesu.
device-screen-time-eyes-brighter = Zaslon nastavim svetleje in igram naprej.
device-screen-time-eyes-brighter-reason = Svetlejši zaslon utrujenim očem ne pomaga. Potrebujejo premor stran od zaslona.

device-screen-time-chest-prompt = Igra pravi: „Vrni se čez 10 minut po brezplačno skrinjo!“ Čas je za spanje.
device-screen-time-chest-stay-up = Ostanem pokonci še 10 minut zaradi skrinje.
device-screen-time-chest-stay-up-reason = Igre z majhnimi nagradami skrbijo, da igraš naprej. Deset minut se pogosto podaljša.
device-screen-time-chest-alarm = Nastavim budilko, da ponoči vstanem ponjo.
device-screen-time-chest-alarm-reason = Zbujanje zaradi igre pokvari spanec. Zjutraj bo potem težko.
device-screen-time-chest-sleep = Grem spat. Skrinja lahko počaka.
device-screen-time-chest-sleep-reason = Spanec ti pomaga rasti, se učiti in se dobro počutiti. Nobena nagrada v igri ni vredna izgubljenega spanca.

device-screen-time-streak-prompt = Prijatelj želi, da vsak dan ohranjaš niz v klepetu. Danes imaš ogromno dela.
device-screen-time-streak-tell = Prijatelju rečem: „Danes ne utegnem, se slišiva!“
device-screen-time-streak-tell-reason = Pravi prijatelj razume. Aplikacije z nizi skrbijo, da se vračaš, prijateljstvo pa niza ne potrebuje.
device-screen-time-streak-homework = Prekinem domačo nalogo, samo da ohranim niz.
device-screen-time-streak-homework-reason = Domača naloga je pomembnejša od številke v aplikaciji. Niz ni vreden stresa.
device-screen-time-streak-password = Prijatelju dam svoje geslo, da ohrani niz namesto mene.
device-screen-time-streak-password-reason = Gesla nikoli ne deli, tudi z dobrim prijateljem ne. Je ključ do tvojega računa.
