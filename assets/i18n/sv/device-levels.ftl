# The "Device Dock" world: looking after your tablet or phone, and after yourself.
# Item texts stay short (about 60 characters). Apps, companies and addresses are made up.

world-device-dock = Enhetsdockan

## Level 1: updates and pop-ups (pick_reply)

level-device-update-title = Dags att uppdatera
level-device-update-instruction = Din surfplatta visar ett meddelande. Välj det bästa du kan göra.
level-device-update-learned = Riktiga uppdateringar kommer från surfplattans inställningar och håller den säker. Popupfönster som skrämmer dig är trick.
level-device-update-hint-1 = Var kommer meddelandet ifrån: från själva surfplattan eller från en webbsida?
level-device-update-hint-2 = Uppdateringar lagar svaga punkter. En webbsida kan inte se in i din surfplatta.
level-device-update-hint-3 = Ett meddelande från själva surfplattan är en riktig uppdatering. Att installera den håller surfplattan säker.

device-update-system-prompt = Din surfplatta säger: ”En systemuppdatering är klar. Installera nu?”
device-update-system-ignore = Strunta i den för alltid. Uppdateringar är tråkiga.
device-update-system-ignore-reason = Uppdateringar lagar svaga punkter som skadlig programvara kan utnyttja. Utan dem är din surfplatta mindre säker.
device-update-system-install = Installera den, eller be en vuxen om hjälp.
device-update-system-install-reason = Det här meddelandet kommer från själva surfplattan. Uppdateringar håller den säker och gör att den fungerar bra.
device-update-system-switch-off = Stänga av surfplattan så att den slutar fråga.
device-update-system-switch-off-reason = Uppdateringen frågar bara igen senare. Att installera den är sättet att hålla din surfplatta säker.

device-update-popup-prompt = En webbsida dyker upp: ”Din surfplatta har 5 virus! Ladda ner CleanerPro nu!”
device-update-popup-download = Ladda ner CleanerPro snabbt.
device-update-popup-download-reason = Det här är ett trick. Nedladdningen kan vara själva den skadliga programvaran.
device-update-popup-ok-button = Trycka på ”OK” i popupen så att den försvinner.
device-update-popup-ok-button-reason = Knappar i en falsk popup kan starta en nedladdning. Stäng hela sidan i stället.
device-update-popup-close = Stänga sidan och berätta för en vuxen.
device-update-popup-close-reason = En webbsida kan inte se in i din surfplatta, så virusen är påhittade. Att stänga sidan är säkert.

device-update-battery-prompt = Uppdateringen vill starta, men batteriet är på 5%.
device-update-battery-charge = Sätta i laddaren först, sedan uppdatera.
device-update-battery-charge-reason = En uppdatering behöver ström tills den är klar. Med laddaren i kan den bli klar på ett säkert sätt.
device-update-battery-start = Starta nu och be en vuxen att titta på under tiden.
device-update-battery-start-reason = Att titta på hjälper inte om batteriet tar slut mitt i: uppdateringen kan gå fel. Ladda först.
device-update-battery-cancel = Avbryta och aldrig uppdatera igen.
device-update-battery-cancel-reason = Uppdateringen är fortfarande viktig för surfplattans säkerhet. Ladda den bara först.

## Level 2: what a torch app may use (sort)

device-bin-makes-sense = Rimligt
device-bin-no-sense = Inte rimligt

level-device-permissions-title = Ficklampsappen
level-device-permissions-instruction = Du öppnar en ny ficklampsapp. Medan den körs ber den om att få använda de här sakerna. Är det rimligt?
level-device-permissions-learned = Appar frågar medan du använder dem. Tryck på ”Tillåt inte” för det som en app inte behöver. Du kan ändra det senare i Inställningar.
level-device-permissions-hint-1 = Vad behöver en ficklampsapp för att göra sitt jobb?
level-device-permissions-hint-2 = En ficklampa behöver bara göra ljus. Allt annat hör inte till dess jobb.
level-device-permissions-hint-3 = En ficklampa har ingenting med dina kontakter att göra.

device-permissions-camera-light = Tända lampan bredvid kameran
device-permissions-camera-light-reason = Den lilla lampan är ficklampan. Appen behöver den för att göra sitt jobb.
device-permissions-contacts = Komma åt dina kontakter
device-permissions-contacts-reason = En ficklampa behöver inte dina kompisars namn och nummer. Tryck på ”Tillåt inte”.
device-permissions-location = Komma åt enhetens plats
device-permissions-location-reason = En ficklampa fungerar likadant överallt. Den behöver inte veta var du är.
device-permissions-screen-bright = Göra skärmen klart vit
device-permissions-screen-bright-reason = Vissa ficklampor lyser upp hela skärmen. Det hör till att vara en ficklampa.
device-permissions-microphone = Spela in ljud
device-permissions-microphone-reason = En ficklampa behöver inte höra dig. Tryck på ”Tillåt inte”: ficklampan fungerar ändå.
device-permissions-notifications = Skicka aviseringar till dig
device-permissions-notifications-reason = En ficklampa har inget att berätta för dig. Aviseringar skulle bara vara reklam eller påminnelser om att öppna den.
device-permissions-photos = Komma åt bilder och videor på enheten
device-permissions-photos-reason = Dina bilder är privata. En ficklampa behöver dem inte för att göra ljus.

## Level 3: a fake virus warning (spot_flags, screen: web)

level-device-fake-virus-title = Viruslarm!
level-device-fake-virus-instruction = Tryck på varje varningssignal på den här webbsidan.
level-device-fake-virus-learned = En webbsida kan inte hitta virus på din surfplatta. Stäng läskiga sidor och berätta för en vuxen.
level-device-fake-virus-hint-1 = Börja högst upp. Vems sida är det här?
level-device-fake-virus-hint-2 = Falska varningar skriker, stressar dig och vill att du laddar ner något eller ringer.
level-device-fake-virus-hint-3 = Den stora blinkande varningen är en varningssignal. Det finns fyra till på sidan.

device-fake-virus-address = tablet-safety-scan.example/alert
device-fake-virus-address-reason = Det här är en slumpmässig webbsida, inte din surfplatta. En webbsida kan inte skanna din surfplatta efter virus.
device-fake-virus-warning = Blinkande rött: VARNING! 5 VIRUS HITTADE!
device-fake-virus-warning-reason = Blinkande och stora bokstäver vill skrämma dig så att du slutar tänka. Virusen är påhittade.
device-fake-virus-picture = Bild: en surfplatta med en blå sköld
device-fake-virus-picture-reason = En bild i sig är ingen varningssignal. Läs orden runt den.
device-fake-virus-countdown = Gör något inom 60 sekunder!
device-fake-virus-countdown-reason = Klockan vill att du skyndar dig. Bedragare stressar dig så att du inte frågar någon.
device-fake-virus-download = Ladda ner CleanerPro.apk för att rensa din surfplatta
device-fake-virus-download-reason = Den här nedladdningen kan vara skadlig programvara. Hämta bara appar från den officiella appbutiken, tillsammans med en vuxen.
device-fake-virus-phone = Eller ring vårt hjälpnummer nu!
device-fake-virus-phone-reason = Riktiga tillverkare av surfplattor ber dig inte ringa från en webbsida. Ring aldrig ett sådant nummer.
device-fake-virus-menu = Hjälp · Om oss · Kontakt
device-fake-virus-menu-reason = Menylänkar finns på de flesta webbsidor. De är ingen varningssignal i sig.

## Level 4: getting a new app safely (order_steps)

level-device-install-app-title = En ny app
level-device-install-app-instruction = Du vill ha ett nytt spel, och en vuxen har sagt ja. Sätt stegen i den ordning de händer.
level-device-install-app-learned = Hämta appar från den officiella butiken och kolla först åldersgränsen och Datasäkerhet. När appen är installerad tillåter du bara det den behöver.
level-device-install-app-hint-1 = Var kommer säkra appar ifrån?
level-device-install-app-hint-2 = Du kan bara läsa om en app när du har hittat den, och den kan bara be dig om saker när den är installerad.
level-device-install-app-hint-3 = Börja i den officiella appbutiken. Åldersgränsen och Datasäkerhet finns på appens sida.

device-install-app-store = Öppna den officiella appbutiken (Play Butik).
device-install-app-store-reason = Gör det här först. Appar i den officiella butiken kontrolleras för skadlig programvara. Appar från andra ställen kan dölja sådan.
device-install-app-read = Kolla åldersgränsen och Datasäkerhet på appens sida.
device-install-app-read-reason = Sedan det här. Åldersgränsen (PEGI i större delen av Europa) säger vem appen är till för. Under Datasäkerhet berättar utvecklarna vilka data appen samlar in och delar.
device-install-app-install = Tryck på ”Installera”.
device-install-app-install-reason = Installera den nu, när du har läst sidan. Innan dess kan appen inte be dig om något.
device-install-app-say-no = Öppna appen. Tillåt bara det den behöver.
device-install-app-say-no-reason = Appar frågar medan du använder dem, inte innan. Tryck på ”Tillåt inte” för det den inte behöver. Du kan ändra det senare i Inställningar.
device-install-app-check = Använder du den inte längre? Ta bort den.
device-install-app-check-reason = Gör det här sist. En app som du inte använder tar fortfarande plats och kan fortfarande ha dina data.

## Level 5: balance (pick_reply)

level-device-screen-time-title = Dags för en paus?
level-device-screen-time-instruction = Välj det bästa du kan göra för dig själv och din kropp.
level-device-screen-time-learned = Pauser, sömn och riktiga vänner är viktigare än någon belöning eller svit i ett spel.
level-device-screen-time-hint-1 = Tänk på dina ögon, din sömn och din tid.
level-device-screen-time-hint-2 = Spel och appar försöker hålla kvar dig vid skärmen. Du bestämmer när du slutar.
level-device-screen-time-hint-3 = För skattkistan: sömn är viktigare än någon belöning i ett spel.

device-screen-time-eyes-prompt = Du har spelat i två timmar. Dina ögon känns trötta.
device-screen-time-eyes-one-more = Be en vuxen om en timme till, och vila sedan.
device-screen-time-eyes-one-more-reason = Trötta ögon behöver vila nu, inte om en timme, även om en vuxen säger ja. Lyssna på din kropp.
device-screen-time-eyes-break = Ta en paus: titta långt bort och rör på dig.
device-screen-time-eyes-break-reason = Att titta långt bort vilar ögonen, och att röra på sig är bra för kroppen.
device-screen-time-eyes-brighter = Göra skärmen ljusare och fortsätta.
device-screen-time-eyes-brighter-reason = En ljusare skärm hjälper inte trötta ögon. De behöver en paus bort från skärmen.

device-screen-time-chest-prompt = Ett spel säger: ”Kom tillbaka om 10 minuter för en gratis skattkista!” Det är läggdags.
device-screen-time-chest-stay-up = Vara uppe 10 minuter till för skattkistan.
device-screen-time-chest-stay-up-reason = Spel använder små belöningar för att få dig att fortsätta spela. Tio minuter blir ofta fler.
device-screen-time-chest-alarm = Ställa ett larm och gå upp för den på natten.
device-screen-time-chest-alarm-reason = Att vakna för ett spel stör din sömn. Du kommer att vara trött i morgon.
device-screen-time-chest-sleep = Sova. Skattkistan kan vänta.
device-screen-time-chest-sleep-reason = Sömn hjälper dig att växa, lära dig och må bra. En belöning i ett spel är aldrig värd förlorad sömn.

device-screen-time-streak-prompt = En kompis vill att du håller igång en chattsvit varje dag. I dag har du väldigt mycket att göra.
device-screen-time-streak-tell = Säga till kompisen: ”Mycket i dag, hörs snart!”
device-screen-time-streak-tell-reason = En riktig vän förstår. Appar använder sviter för att få dig att komma tillbaka, men vänskap behöver ingen svit.
device-screen-time-streak-homework = Avbryta läxan för att hålla sviten vid liv.
device-screen-time-streak-homework-reason = Din läxa är viktigare än en siffra i en app. Sviten är inte värd stressen.
device-screen-time-streak-password = Ge kompisen ditt lösenord så att sviten fortsätter.
device-screen-time-streak-password-reason = Dela aldrig ditt lösenord, inte ens med en god vän. Det är nyckeln till ditt konto.
