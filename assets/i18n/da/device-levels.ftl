# The "Device Dock" world: looking after your tablet or phone, and after yourself. Item texts
# stay short (about 60 characters). Apps, companies and addresses are made up; no phone numbers.

world-device-dock = Enhedshavnen

## Level 1: updates and pop-ups (pick_reply)

level-device-update-title = Tid til opdatering
level-device-update-instruction = Din tablet viser en besked. Vælg det bedste, du kan gøre.
level-device-update-learned = Rigtige opdateringer kommer fra din tablets indstillinger og holder den sikker. Pop op-vinduer, der skræmmer dig, er tricks.
level-device-update-hint-1 = Hvor kommer beskeden fra: fra selve tabletten eller fra en webside?
level-device-update-hint-2 = Opdateringer lukker svage punkter. En webside kan ikke se ind i din tablet.
level-device-update-hint-3 = En besked fra selve tabletten er en rigtig opdatering. At installere den holder tabletten sikker.

device-update-system-prompt = Din tablet siger: »En systemopdatering er klar. Installér nu?«
device-update-system-ignore = Ignorér den for altid. Opdateringer er kedelige.
device-update-system-ignore-reason = Opdateringer lukker svage punkter, som skadelige programmer kunne bruge. Uden dem er din tablet mindre sikker.
device-update-system-install = Installér den, eller bed en voksen om hjælp.
device-update-system-install-reason = Denne besked kommer fra selve tabletten. Opdateringer holder den sikker og velfungerende.
device-update-system-switch-off = Sluk tabletten, så den holder op med at spørge.
device-update-system-switch-off-reason = Opdateringen spørger bare igen senere. At installere den er måden at holde tabletten sikker på.

device-update-popup-prompt = En webside dukker op: »Din tablet har 5 virus! Hent CleanerPro nu!«
device-update-popup-download = Hent CleanerPro hurtigt.
device-update-popup-download-reason = Det er et trick. Det, du henter, kunne selv være det skadelige program.
device-update-popup-ok-button = Tryk på »OK« i pop op-vinduet, så det forsvinder.
device-update-popup-ok-button-reason = Knapper i et falsk pop op-vindue kan starte en download. Luk hellere hele siden.
device-update-popup-close = Luk siden, og sig det til en voksen.
device-update-popup-close-reason = En webside kan ikke kigge ind i din tablet, så virussene er opdigtede. Det er sikkert at lukke siden.

device-update-battery-prompt = Opdateringen vil starte, men batteriet er på 5 %.
device-update-battery-charge = Sæt først opladeren i, og opdatér så.
device-update-battery-charge-reason = En opdatering skal have strøm, til den er færdig. Med opladeren i kan den blive færdig uden problemer.
device-update-battery-start = Start den nu, og bed en voksen om at holde øje.
device-update-battery-start-reason = Det hjælper ikke at holde øje, hvis batteriet løber tør midt i: Opdateringen kan gå galt. Oplad først.
device-update-battery-cancel = Annullér den, og opdatér aldrig igen.
device-update-battery-cancel-reason = Opdateringen er stadig vigtig for din tablets sikkerhed. Oplad den bare først.

## Level 2: what a torch app may use (sort)

device-bin-makes-sense = Giver mening
device-bin-no-sense = Giver ikke mening

level-device-permissions-title = Lommelygte-appen
level-device-permissions-instruction = Du åbner en ny lommelygte-app. Mens den kører, beder den om at bruge disse ting. Giver det mening?
level-device-permissions-learned = Apps spørger, mens du bruger dem. Tryk på »Tillad ikke« til det, en app ikke har brug for. Du kan ændre det senere under Indstillinger.
level-device-permissions-hint-1 = Hvad har en lommelygte-app brug for til sit arbejde?
level-device-permissions-hint-2 = En lommelygte skal kun lave lys. Alt andet hører ikke til dens arbejde.
level-device-permissions-hint-3 = En lommelygte har intet med dine kontakter at gøre.

device-permissions-camera-light = Tænde lyset ved siden af kameraet
device-permissions-camera-light-reason = Det lille lys er selve lommelygten. Appen skal bruge det til sit arbejde.
device-permissions-contacts = Adgang til dine kontakter
device-permissions-contacts-reason = En lommelygte har ikke brug for dine venners navne og numre. Tryk på »Tillad ikke«.
device-permissions-location = Adgang til denne enheds placering
device-permissions-location-reason = En lommelygte virker ens overalt. Den behøver ikke vide, hvor du er.
device-permissions-screen-bright = Gøre skærmen skarpt hvid
device-permissions-screen-bright-reason = Nogle lommelygter lyser hele skærmen op. Det hører med til at være en lommelygte.
device-permissions-microphone = Optage lyd
device-permissions-microphone-reason = En lommelygte behøver ikke høre dig. Tryk på »Tillad ikke«: Lygten virker stadig.
device-permissions-notifications = Sende dig notifikationer
device-permissions-notifications-reason = En lommelygte har intet at fortælle dig. Notifikationer ville bare være reklamer eller påmindelser om at åbne den.
device-permissions-photos = Adgang til billeder og videoer på denne enhed
device-permissions-photos-reason = Dine billeder er private. En lommelygte har ikke brug for dem for at lave lys.

## Level 3: a fake virus warning (spot_flags, screen: web)

level-device-fake-virus-title = Virusalarm!
level-device-fake-virus-instruction = Tryk på hvert faresignal på denne webside.
level-device-fake-virus-learned = En webside kan ikke finde virus på din tablet. Luk skræmmende sider, og sig det til en voksen.
level-device-fake-virus-hint-1 = Start øverst. Hvis side er det her?
level-device-fake-virus-hint-2 = Falske advarsler råber, får dig til at skynde dig og vil have dig til at hente noget eller ringe.
level-device-fake-virus-hint-3 = Den store, blinkende advarsel er ét faresignal. Der er fire mere på siden.

device-fake-virus-address = tablet-safety-scan.example/alert
device-fake-virus-address-reason = Det er en tilfældig webside, ikke din tablet. En webside kan ikke scanne din tablet for virus.
device-fake-virus-warning = Blinkende rødt: ADVARSEL! 5 VIRUS FUNDET!
device-fake-virus-warning-reason = Blink og store bogstaver vil skræmme dig, så du holder op med at tænke. Virussene er opdigtede.
device-fake-virus-picture = Billede: en tablet med et blåt skjold
device-fake-virus-picture-reason = Et billede alene er ikke et faresignal. Læs ordene omkring det.
device-fake-virus-countdown = Handl inden for 60 sekunder!
device-fake-virus-countdown-reason = Uret vil have dig til at skynde dig. Svindlere stresser dig, så du ikke spørger nogen.
device-fake-virus-download = Hent CleanerPro.apk for at rense din tablet
device-fake-virus-download-reason = Det her kunne være et skadeligt program. Hent kun apps fra den officielle appbutik, sammen med en voksen.
device-fake-virus-phone = Eller ring til vores hjælpenummer nu!
device-fake-virus-phone-reason = Rigtige tabletfirmaer beder dig ikke ringe fra en webside. Ring aldrig til et nummer som dette.
device-fake-virus-menu = Hjælp · Om os · Kontakt
device-fake-virus-menu-reason = Menulinks findes på de fleste websider. De er ikke et faresignal i sig selv.

## Level 4: getting a new app safely (order_steps)

level-device-install-app-title = En ny app
level-device-install-app-instruction = Du vil gerne have et nyt spil, og en voksen har sagt ja. Sæt trinene i den rækkefølge, de sker.
level-device-install-app-learned = Hent apps fra den officielle butik, og tjek aldersgrænsen og Datasikkerhed først. Når appen er installeret, så tillad kun det, den har brug for.
level-device-install-app-hint-1 = Hvor kommer sikre apps fra?
level-device-install-app-hint-2 = Du kan først læse om en app, når du har fundet den, og den kan først spørge dig om noget, når den er installeret.
level-device-install-app-hint-3 = Start i den officielle appbutik. Aldersgrænsen og Datasikkerhed står på appens side.

device-install-app-store = Åbn den officielle appbutik (Play Butik).
device-install-app-store-reason = Gør dette først. Apps i den officielle butik bliver tjekket for skadelige programmer. Apps fra andre steder kan skjule dem.
device-install-app-read = Tjek aldersgrænsen og Datasikkerhed på appens side.
device-install-app-read-reason = Dernæst. Aldersgrænsen (PEGI i det meste af Europa) siger, hvem appen er til. Under Datasikkerhed fortæller udviklerne, hvilke data den indsamler og deler.
device-install-app-install = Tryk på »Installér«.
device-install-app-install-reason = Installér den nu, når du har læst dens side. Før dette kan appen ikke spørge dig om noget.
device-install-app-say-no = Åbn appen. Tillad kun det, den har brug for.
device-install-app-say-no-reason = Apps spørger, mens du bruger dem, ikke før. Tryk på »Tillad ikke« til det, den ikke har brug for. Du kan ændre det senere under Indstillinger.
device-install-app-check = Bruger du den ikke mere? Slet den.
device-install-app-check-reason = Gør dette til sidst. En app, du ikke bruger, fylder stadig og kan stadig have dine data.

## Level 5: balance (pick_reply)

level-device-screen-time-title = Tid til en pause?
level-device-screen-time-instruction = Vælg det, der er bedst for dig og din krop.
level-device-screen-time-learned = Pauser, søvn og rigtige venner betyder mere end nogen belønning eller streak i et spil.
level-device-screen-time-hint-1 = Tænk på dine øjne, din søvn og din tid.
level-device-screen-time-hint-2 = Spil og apps prøver at holde dig foran skærmen. Du bestemmer, hvornår du stopper.
level-device-screen-time-hint-3 = Om kisten: Søvn betyder mere end nogen belønning i et spil.

device-screen-time-eyes-prompt = Du har spillet i to timer. Dine øjne er trætte.
device-screen-time-eyes-one-more = Bed en voksen om én time til, og hvil så.
device-screen-time-eyes-one-more-reason = Trætte øjne skal hvile nu, ikke om en time, selv hvis en voksen siger ja. Lyt til din krop.
device-screen-time-eyes-break = Hold pause: Kig langt væk, og bevæg dig.
device-screen-time-eyes-break-reason = At kigge langt væk hviler dine øjne, og bevægelse er godt for din krop.
device-screen-time-eyes-brighter = Skru op for lysstyrken, og fortsæt.
device-screen-time-eyes-brighter-reason = En lysere skærm hjælper ikke trætte øjne. De skal have en pause væk fra skærmen.

device-screen-time-chest-prompt = Et spil siger: »Kom tilbage om 10 minutter, og få en gratis kiste!« Det er sengetid.
device-screen-time-chest-stay-up = Bliv oppe 10 minutter mere for kistens skyld.
device-screen-time-chest-stay-up-reason = Spil bruger små belønninger til at få dig til at blive ved. Ti minutter bliver tit til flere.
device-screen-time-chest-alarm = Sæt et vækkeur, så du kan stå op efter den om natten.
device-screen-time-chest-alarm-reason = At vågne for et spil ødelægger din søvn. Du bliver træt i morgen.
device-screen-time-chest-sleep = Gå i seng. Kisten kan vente.
device-screen-time-chest-sleep-reason = Søvn hjælper dig med at vokse, lære og have det godt. En belønning i et spil er aldrig søvnen værd.

device-screen-time-streak-prompt = En ven vil have, at du holder en chat-streak hver dag. I dag har du meget travlt.
device-screen-time-streak-tell = Sig til din ven: »Travlt i dag, vi snakkes!«
device-screen-time-streak-tell-reason = En rigtig ven forstår det. Apps bruger streaks til at få dig tilbage, men venskab behøver ikke en streak.
device-screen-time-streak-homework = Stop med lektierne for at holde streaken.
device-screen-time-streak-homework-reason = Dine lektier betyder mere end et tal i en app. Streaken er ikke stressen værd.
device-screen-time-streak-password = Giv din ven din adgangskode, så streaken fortsætter.
device-screen-time-streak-password-reason = Del aldrig din adgangskode, heller ikke med en god ven. Den er nøglen til din konto.
