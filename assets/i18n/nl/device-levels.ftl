# The "Device Dock" world: looking after your tablet or phone, and after yourself.
# Item texts stay short (about 60 characters). Apps, companies and addresses are made up.

world-device-dock = Apparatenhaven

## Level 1: updates and pop-ups (pick_reply)

level-device-update-title = Tijd voor een update
level-device-update-instruction = Je tablet laat een bericht zien. Kies het beste wat je kunt doen.
level-device-update-learned = Echte updates komen uit de instellingen van je tablet en houden hem veilig. Pop-ups die je bang maken, zijn trucs.
level-device-update-hint-1 = Waar komt het bericht vandaan: van de tablet zelf of van een webpagina?
level-device-update-hint-2 = Updates repareren zwakke plekken. Een webpagina kan niet in je tablet kijken.
level-device-update-hint-3 = Een bericht van de tablet zelf is een echte update. Installeren houdt de tablet veilig.

device-update-system-prompt = Je tablet zegt: “Er staat een systeemupdate klaar. Nu installeren?”
device-update-system-ignore = Voor altijd negeren. Updates zijn saai.
device-update-system-ignore-reason = Updates repareren zwakke plekken die schadelijke software kan gebruiken. Zonder updates is je tablet minder veilig.
device-update-system-install = Installeren, of een volwassene om hulp vragen.
device-update-system-install-reason = Dit bericht komt van de tablet zelf. Updates houden hem veilig en zorgen dat hij goed werkt.
device-update-system-switch-off = De tablet uitzetten, zodat hij stopt met vragen.
device-update-system-switch-off-reason = De update vraagt het later gewoon opnieuw. Installeren is de manier om je tablet veilig te houden.

device-update-popup-prompt = Er springt een webpagina open: “Je tablet heeft 5 virussen! Download nu CleanerPro!”
device-update-popup-download = CleanerPro snel downloaden.
device-update-popup-download-reason = Dit is een truc. De download kan zelf de schadelijke software zijn.
device-update-popup-ok-button = Op “OK” tikken in de pop-up, zodat hij weggaat.
device-update-popup-ok-button-reason = Knoppen in een neppe pop-up kunnen een download starten. Sluit liever de hele pagina.
device-update-popup-close = De pagina sluiten en een volwassene inlichten.
device-update-popup-close-reason = Een webpagina kan niet in je tablet kijken, dus de virussen zijn verzonnen. De pagina sluiten is veilig.

device-update-battery-prompt = De update wil beginnen, maar de batterij staat op 5%.
device-update-battery-charge = Eerst de oplader insteken, dan updaten.
device-update-battery-charge-reason = Een update heeft stroom nodig tot hij klaar is. Met de oplader erin kan hij veilig afmaken.
device-update-battery-start = Nu starten, en een volwassene laten meekijken.
device-update-battery-start-reason = Meekijken helpt niet als de batterij halverwege leeg raakt: dan kan de update mislukken. Laad eerst op.
device-update-battery-cancel = Annuleren en nooit meer updaten.
device-update-battery-cancel-reason = De update is nog steeds belangrijk voor de veiligheid van je tablet. Laad hem gewoon eerst op.

## Level 2: what a torch app may use (sort)

device-bin-makes-sense = Logisch
device-bin-no-sense = Niet logisch

level-device-permissions-title = De zaklamp-app
level-device-permissions-instruction = Je opent een nieuwe zaklamp-app. Terwijl hij draait, vraagt hij om deze dingen te gebruiken. Is dat logisch?
level-device-permissions-learned = Apps vragen het terwijl je ze gebruikt. Tik op “Niet toestaan” voor wat een app niet nodig heeft. Je kunt het later veranderen in Instellingen.
level-device-permissions-hint-1 = Wat heeft een zaklamp-app nodig om zijn werk te doen?
level-device-permissions-hint-2 = Een zaklamp hoeft alleen licht te maken. Al het andere hoort niet bij zijn werk.
level-device-permissions-hint-3 = Een zaklamp heeft niets te maken met je contacten.

device-permissions-camera-light = Het lampje naast de camera aanzetten
device-permissions-camera-light-reason = Dat lampje is de zaklamp. De app heeft het nodig voor zijn werk.
device-permissions-contacts = Toegang tot je contacten
device-permissions-contacts-reason = Een zaklamp heeft de namen en nummers van je vrienden niet nodig. Tik op “Niet toestaan”.
device-permissions-location = Toegang tot de locatie van dit apparaat
device-permissions-location-reason = Een zaklamp werkt overal hetzelfde. Hij hoeft niet te weten waar je bent.
device-permissions-screen-bright = Het scherm fel wit maken
device-permissions-screen-bright-reason = Sommige zaklampen laten het hele scherm oplichten. Dat hoort bij een zaklamp.
device-permissions-microphone = Geluid opnemen
device-permissions-microphone-reason = Een zaklamp hoeft je niet te horen. Tik op “Niet toestaan”: de zaklamp werkt nog steeds.
device-permissions-notifications = Je meldingen sturen
device-permissions-notifications-reason = Een zaklamp heeft je niets te vertellen. Meldingen zouden alleen reclame zijn of herinneringen om hem te openen.
device-permissions-photos = Toegang tot foto's en video's op dit apparaat
device-permissions-photos-reason = Je foto's zijn privé. Een zaklamp heeft ze niet nodig om licht te maken.

## Level 3: a fake virus warning (spot_flags, screen: web)

level-device-fake-virus-title = Virusalarm!
level-device-fake-virus-instruction = Tik op elk alarmsignaal op deze webpagina.
level-device-fake-virus-learned = Een webpagina kan geen virussen op je tablet vinden. Sluit enge pagina's en vertel het een volwassene.
level-device-fake-virus-hint-1 = Begin bovenaan. Van wie is deze pagina?
level-device-fake-virus-hint-2 = Neppe waarschuwingen schreeuwen, jagen je op en willen dat je iets downloadt of belt.
level-device-fake-virus-hint-3 = De grote knipperende waarschuwing is één alarmsignaal. Er staan er nog vier op de pagina.

device-fake-virus-address = tablet-safety-scan.example/alert
device-fake-virus-address-reason = Dit is een willekeurige webpagina, niet je tablet. Een webpagina kan je tablet niet op virussen scannen.
device-fake-virus-warning = Knipperend rood: WAARSCHUWING! 5 VIRUSSEN GEVONDEN!
device-fake-virus-warning-reason = Knipperen en grote letters willen je bang maken, zodat je niet meer nadenkt. De virussen zijn verzonnen.
device-fake-virus-picture = Plaatje: een tablet met een blauw schild
device-fake-virus-picture-reason = Een plaatje alleen is geen alarmsignaal. Lees de woorden eromheen.
device-fake-virus-countdown = Doe iets binnen 60 seconden!
device-fake-virus-countdown-reason = De klok wil dat je je haast. Oplichters jagen je op, zodat je niemand iets vraagt.
device-fake-virus-download = Download CleanerPro.apk om je tablet schoon te maken
device-fake-virus-download-reason = Deze download kan schadelijke software zijn. Haal apps alleen uit de officiële appwinkel, samen met een volwassene.
device-fake-virus-phone = Of bel nu ons hulpnummer!
device-fake-virus-phone-reason = Echte tabletmakers vragen je niet om vanaf een webpagina te bellen. Bel nooit zo'n nummer.
device-fake-virus-menu = Hulp · Over ons · Contact
device-fake-virus-menu-reason = Menulinks staan op de meeste webpagina's. Op zichzelf zijn ze geen alarmsignaal.

## Level 4: getting a new app safely (order_steps)

level-device-install-app-title = Een nieuwe app
level-device-install-app-instruction = Je wilt een nieuw spel, en een volwassene zei ja. Zet de stappen in de volgorde waarin ze gebeuren.
level-device-install-app-learned = Haal apps uit de officiële winkel en bekijk eerst de leeftijdsgrens en Gegevensveiligheid. Sta na het installeren alleen toe wat de app nodig heeft.
level-device-install-app-hint-1 = Waar komen veilige apps vandaan?
level-device-install-app-hint-2 = Je kunt pas over een app lezen als je hem hebt gevonden, en hij kan je pas iets vragen als hij is geïnstalleerd.
level-device-install-app-hint-3 = Begin in de officiële appwinkel. De leeftijdsgrens en Gegevensveiligheid staan op de pagina van de app.

device-install-app-store = Open de officiële appwinkel (Play Store).
device-install-app-store-reason = Doe dit eerst. Apps in de officiële winkel worden gecontroleerd op schadelijke software. Apps van andere plekken kunnen die verbergen.
device-install-app-read = Bekijk op de app-pagina de leeftijdsgrens en Gegevensveiligheid.
device-install-app-read-reason = Daarna. De leeftijdsgrens (PEGI in het grootste deel van Europa) zegt voor wie de app is. Bij Gegevensveiligheid zeggen de makers welke gegevens de app verzamelt en deelt.
device-install-app-install = Tik op “Installeren”.
device-install-app-install-reason = Installeer hem nu, als je de pagina hebt gelezen. Daarvoor kan de app je nog niets vragen.
device-install-app-say-no = Open de app. Sta alleen toe wat hij nodig heeft.
device-install-app-say-no-reason = Apps vragen het terwijl je ze gebruikt, niet vooraf. Tik op “Niet toestaan” voor wat hij niet nodig heeft. Je kunt het later veranderen in Instellingen.
device-install-app-check = Gebruik je hem niet meer? Verwijder hem.
device-install-app-check-reason = Doe dit als laatste. Een app die je niet gebruikt, neemt nog steeds ruimte in en heeft misschien nog steeds je gegevens.

## Level 5: balance (pick_reply)

level-device-screen-time-title = Tijd voor een pauze?
level-device-screen-time-instruction = Kies het beste wat je kunt doen voor jezelf en je lichaam.
level-device-screen-time-learned = Pauzes, slaap en echte vrienden zijn belangrijker dan welke beloning of reeks in een spel ook.
level-device-screen-time-hint-1 = Denk aan je ogen, je slaap en je tijd.
level-device-screen-time-hint-2 = Spellen en apps proberen je op het scherm te houden. Jij beslist wanneer je stopt.
level-device-screen-time-hint-3 = Voor de schatkist: slaap is belangrijker dan welke beloning in een spel ook.

device-screen-time-eyes-prompt = Je speelt al twee uur. Je ogen voelen moe.
device-screen-time-eyes-one-more = Een volwassene om nog een uur vragen, dan rusten.
device-screen-time-eyes-one-more-reason = Moeie ogen hebben nu rust nodig, niet over een uur, ook als een volwassene ja zegt. Luister naar je lichaam.
device-screen-time-eyes-break = Pauze nemen: ver weg kijken en bewegen.
device-screen-time-eyes-break-reason = Ver weg kijken laat je ogen rusten, en bewegen is goed voor je lichaam.
device-screen-time-eyes-brighter = Het scherm feller zetten en doorgaan.
device-screen-time-eyes-brighter-reason = Een feller scherm helpt niet tegen moeie ogen. Ze hebben een pauze nodig, weg van het scherm.

device-screen-time-chest-prompt = Een spel zegt: “Kom over 10 minuten terug voor een gratis schatkist!” Het is bedtijd.
device-screen-time-chest-stay-up = Nog 10 minuten opblijven voor de schatkist.
device-screen-time-chest-stay-up-reason = Spellen gebruiken kleine beloningen om je te laten doorspelen. Tien minuten worden vaak meer.
device-screen-time-chest-alarm = Een wekker zetten om er 's nachts voor op te staan.
device-screen-time-chest-alarm-reason = Wakker worden voor een spel verstoort je slaap. Morgen ben je dan moe.
device-screen-time-chest-sleep = Gaan slapen. De schatkist kan wachten.
device-screen-time-chest-sleep-reason = Slaap helpt je groeien, leren en je goed voelen. Een beloning in een spel is het nooit waard om slaap te missen.

device-screen-time-streak-prompt = Een vriend wil dat je elke dag een chatreeks bijhoudt. Vandaag heb je het heel druk.
device-screen-time-streak-tell = Tegen je vriend zeggen: “Druk vandaag, spreek je snel!”
device-screen-time-streak-tell-reason = Een echte vriend begrijpt het. Apps gebruiken reeksen om je terug te laten komen, maar vriendschap heeft er geen nodig.
device-screen-time-streak-homework = Stoppen met je huiswerk om de reeks te houden.
device-screen-time-streak-homework-reason = Je huiswerk is belangrijker dan een getal in een app. De reeks is de stress niet waard.
device-screen-time-streak-password = Je vriend je wachtwoord geven, zodat de reeks doorgaat.
device-screen-time-streak-password-reason = Deel je wachtwoord nooit, ook niet met een goede vriend. Het is de sleutel tot je account.
