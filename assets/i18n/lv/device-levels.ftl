# The "Device Dock" world: looking after your tablet or phone, and after yourself. Item texts
# stay short (about 60 characters). Apps, companies and addresses are made up; no phone numbers.

world-device-dock = Ierīču piestātne

## Level 1: updates and pop-ups (pick_reply)

level-device-update-title = Laiks atjauninājumam
level-device-update-instruction = Tava planšete rāda ziņu. Izvēlies labāko, ko darīt.
level-device-update-learned = Īsti atjauninājumi nāk no planšetes iestatījumiem un sargā to. Uznirstošie logi, kas biedē, ir triki.
level-device-update-hint-1 = No kurienes nāk ziņa: no pašas planšetes vai no tīmekļa lapas?
level-device-update-hint-2 = Atjauninājumi salabo vājās vietas. Tīmekļa lapa nevar ieskatīties tavā planšetē.
level-device-update-hint-3 = Ziņa no pašas planšetes ir īsts atjauninājums. Tā instalēšana sargā planšeti.

device-update-system-prompt = Tava planšete saka: „Sistēmas atjauninājums ir gatavs. Instalēt tagad?”
device-update-system-ignore = Ignorēt to uz visiem laikiem. Tas ir garlaicīgi.
device-update-system-ignore-reason = Atjauninājumi salabo vājās vietas, ko varētu izmantot kaitīgas programmas. Bez tiem planšete ir mazāk droša.
device-update-system-install = Instalēt vai palūgt pieaugušajam palīdzību.
device-update-system-install-reason = Šī ziņa nāk no pašas planšetes. Atjauninājumi to sargā un palīdz tai labi darboties.
device-update-system-switch-off = Izslēgt planšeti, lai tā beidz jautāt.
device-update-system-switch-off-reason = Atjauninājums vēlāk jautās atkal. Instalēšana ir veids, kā sargāt planšeti.

device-update-popup-prompt = Uznirst tīmekļa lapa: „Tavā planšetē ir 5 vīrusi! Lejupielādē CleanerPro tagad!”
device-update-popup-download = Ātri lejupielādēt CleanerPro.
device-update-popup-download-reason = Tas ir triks. Lejupielāde pati var būt kaitīgā programma.
device-update-popup-ok-button = Pieskarties „OK” uznirstošajā logā, lai tas pazūd.
device-update-popup-ok-button-reason = Viltota loga pogas var sākt lejupielādi. Labāk aizver visu lapu.
device-update-popup-close = Aizvērt lapu un pastāstīt pieaugušajam.
device-update-popup-close-reason = Tīmekļa lapa nevar ieskatīties tavā planšetē, tāpēc vīrusi ir izdomāti. Aizvērt lapu ir droši.

device-update-battery-prompt = Atjauninājums grib sākties, bet akumulatorā ir 5 %.
device-update-battery-charge = Vispirms pieslēgt lādētāju, tad atjaunināt.
device-update-battery-charge-reason = Atjauninājumam vajag strāvu līdz pašām beigām. Ar lādētāju tas var droši pabeigties.
device-update-battery-start = Sākt tagad un palūgt pieaugušajam pieskatīt.
device-update-battery-start-reason = Pieskatīšana nepalīdz, ja akumulators izlādējas pa vidu: atjauninājums var izgāzties. Vispirms uzlādē.
device-update-battery-cancel = Atcelt to un nekad vairs neatjaunināt.
device-update-battery-cancel-reason = Atjauninājums joprojām ir svarīgs planšetes drošībai. Tikai vispirms uzlādē.

## Level 2: what a torch app may use (sort)

device-bin-makes-sense = Ir jēga
device-bin-no-sense = Nav jēgas

level-device-permissions-title = Lukturīša lietotne
level-device-permissions-instruction = Tu atver jaunu lukturīša lietotni. Darbojoties tā lūdz atļauju izmantot šīs lietas. Vai tam ir jēga?
level-device-permissions-learned = Lietotnes jautā, kamēr tu tās lieto. Pieskaries „Neatļaut” tam, kas lietotnei nav vajadzīgs. Vēlāk to var mainīt Iestatījumos.
level-device-permissions-hint-1 = Kas lukturīša lietotnei vajadzīgs tās darbam?
level-device-permissions-hint-2 = Lukturītim tikai jāspīd. Viss pārējais nav tā darbs.
level-device-permissions-hint-3 = Lukturītim nav nekāda sakara ar taviem kontaktiem.

device-permissions-camera-light = Ieslēgt gaismu blakus kamerai
device-permissions-camera-light-reason = Šī mazā gaisma ir pats lukturītis. Lietotnei tā vajadzīga darbam.
device-permissions-contacts = Piekļūt taviem kontaktiem
device-permissions-contacts-reason = Lukturītim nav vajadzīgi tavu draugu vārdi un numuri. Pieskaries „Neatļaut”.
device-permissions-location = Piekļūt šīs ierīces atrašanās vietai
device-permissions-location-reason = Lukturītis visur strādā vienādi. Tam nav jāzina, kur tu esi.
device-permissions-screen-bright = Padarīt ekrānu spilgti baltu
device-permissions-screen-bright-reason = Daži lukturīši izgaismo visu ekrānu. Tas ir lukturīša darbs.
device-permissions-microphone = Ierakstīt skaņu
device-permissions-microphone-reason = Lukturītim nav tevi jādzird. Pieskaries „Neatļaut”: lukturītis tik un tā strādā.
device-permissions-notifications = Sūtīt tev paziņojumus
device-permissions-notifications-reason = Lukturītim nav ko tev teikt. Paziņojumi būtu tikai reklāmas vai atgādinājumi to atvērt.
device-permissions-photos = Piekļūt fotoattēliem un video šajā ierīcē
device-permissions-photos-reason = Tavas bildes ir privātas. Lukturītim tās nav vajadzīgas, lai spīdētu.

## Level 3: a fake virus warning (spot_flags, screen: web)

level-device-fake-virus-title = Vīrusu trauksme!
level-device-fake-virus-instruction = Pieskaries katrai brīdinājuma zīmei šajā tīmekļa lapā.
level-device-fake-virus-learned = Tīmekļa lapa nevar atrast vīrusus tavā planšetē. Aizver biedējošas lapas un pastāsti pieaugušajam.
level-device-fake-virus-hint-1 = Sāc augšā. Kam pieder šī lapa?
level-device-fake-virus-hint-2 = Viltoti brīdinājumi kliedz, steidzina un grib, lai tu kaut ko lejupielādē vai piezvani.
level-device-fake-virus-hint-3 = Lielais, mirgojošais brīdinājums ir viena brīdinājuma zīme. Lapā ir vēl četras.

device-fake-virus-address = tablet-safety-scan.example/alert
device-fake-virus-address-reason = Šī ir nejauša tīmekļa lapa, nevis tava planšete. Tīmekļa lapa nevar pārbaudīt planšeti, vai tajā ir vīrusi.
device-fake-virus-warning = Mirgo sarkans: UZMANĪBU! ATRASTI 5 VĪRUSI!
device-fake-virus-warning-reason = Mirgošana un lieli burti grib tevi nobiedēt, lai tu beidz domāt. Vīrusi ir izdomāti.
device-fake-virus-picture = Attēls: planšete ar zilu vairogu
device-fake-virus-picture-reason = Attēls pats par sevi nav brīdinājuma zīme. Izlasi vārdus ap to.
device-fake-virus-countdown = Rīkojies 60 sekunžu laikā!
device-fake-virus-countdown-reason = Pulkstenis grib, lai tu steidzies. Krāpnieki steidzina, lai tu nevienam nepajautātu.
device-fake-virus-download = Lejupielādē CleanerPro.apk, lai iztīrītu planšeti
device-fake-virus-download-reason = Šī lejupielāde var būt kaitīga programma. Lejupielādē lietotnes tikai no oficiālā veikala, kopā ar pieaugušo.
device-fake-virus-phone = Vai arī tūlīt zvani uz mūsu palīdzības numuru!
device-fake-virus-phone-reason = Īsti planšešu ražotāji neliek zvanīt no tīmekļa lapas. Nekad nezvani uz šādu numuru.
device-fake-virus-menu = Palīdzība · Par mums · Kontakti
device-fake-virus-menu-reason = Izvēlnes saites ir lielākajā daļā tīmekļa lapu. Pašas par sevi tās nav brīdinājuma zīme.

## Level 4: getting a new app safely (order_steps)

level-device-install-app-title = Jauna lietotne
level-device-install-app-instruction = Tu gribi jaunu spēli, un pieaugušais atļāva. Sakārto soļus tādā secībā, kādā tie notiek.
level-device-install-app-learned = Ņem lietotnes no oficiālā veikala un vispirms pārbaudi vecuma ierobežojumu un sadaļu „Datu drošība”. Pēc instalēšanas atļauj tikai to, kas lietotnei vajadzīgs.
level-device-install-app-hint-1 = No kurienes nāk drošas lietotnes?
level-device-install-app-hint-2 = Par lietotni var izlasīt tikai tad, kad tā ir atrasta, un tā var tev kaut ko prasīt tikai tad, kad ir instalēta.
level-device-install-app-hint-3 = Sāc oficiālajā lietotņu veikalā. Vecuma ierobežojums un „Datu drošība” ir lietotnes lapā.

device-install-app-store = Atvērt oficiālo lietotņu veikalu (Play veikals).
device-install-app-store-reason = Dari to vispirms. Oficiālā veikala lietotnes pārbauda, vai tajās nav kaitīgu programmu. Lietotnes no citurienes var tās slēpt.
device-install-app-read = Lietotnes lapā pārbaudīt vecumu un „Datu drošība”.
device-install-app-read-reason = Nākamais. Vecuma ierobežojums (lielākajā Eiropas daļā PEGI) pasaka, kam lietotne domāta. Sadaļā „Datu drošība” tās veidotāji raksta, kādus datus tā vāc un kopīgo.
device-install-app-install = Pieskarties „Instalēt”.
device-install-app-install-reason = Tagad instalē to, kad tās lapa ir izlasīta. Pirms tam lietotne neko nevar tev prasīt.
device-install-app-say-no = Atvērt lietotni. Atļaut tikai to, kas tai vajadzīgs.
device-install-app-say-no-reason = Lietotnes jautā, kamēr tu tās lieto, nevis pirms tam. Pieskaries „Neatļaut” tam, kas tai nav vajadzīgs. Vēlāk to var mainīt Iestatījumos.
device-install-app-check = Vairs to nelieto? Izdzēs to.
device-install-app-check-reason = Dari to pēdējo. Lietotne, ko nelieto, tik un tā aizņem vietu un var joprojām glabāt tavus datus.

## Level 5: balance (pick_reply)

level-device-screen-time-title = Laiks pauzei?
level-device-screen-time-instruction = Izvēlies to, kas ir labākais tev un tavam ķermenim.
level-device-screen-time-learned = Pauzes, miegs un īsti draugi ir svarīgāki par jebkuru spēles balvu vai sēriju.
level-device-screen-time-hint-1 = Padomā par savām acīm, savu miegu un savu laiku.
level-device-screen-time-hint-2 = Spēles un lietotnes cenšas noturēt tevi pie ekrāna. Tu izlem, kad beigt.
level-device-screen-time-hint-3 = Par lādi: miegs ir svarīgāks par jebkuru spēles balvu.

device-screen-time-eyes-prompt = Tu spēlē jau divas stundas. Tavas acis ir nogurušas.
device-screen-time-eyes-one-more = Palūgt pieaugušajam vēl stundu, tad atpūsties.
device-screen-time-eyes-one-more-reason = Nogurušām acīm atpūta vajadzīga tagad, nevis pēc stundas, pat ja pieaugušais atļauj. Klausies savā ķermenī.
device-screen-time-eyes-break = Ieturēt pauzi: skatīties tālumā un kustēties.
device-screen-time-eyes-break-reason = Skatīšanās tālumā atpūtina acis, un kustība nāk par labu ķermenim.
device-screen-time-eyes-brighter = Padarīt ekrānu gaišāku un turpināt.
device-screen-time-eyes-brighter-reason = Gaišāks ekrāns nogurušām acīm nepalīdz. Tām vajag pauzi prom no ekrāna.

device-screen-time-chest-prompt = Spēle saka: „Atgriezies pēc 10 minūtēm pēc bezmaksas lādes!” Ir laiks gulēt.
device-screen-time-chest-stay-up = Palikt augšā vēl 10 minūtes lādes dēļ.
device-screen-time-chest-stay-up-reason = Spēles ar mazām balvām liek tev turpināt. Desmit minūtes bieži pārvēršas vairāk.
device-screen-time-chest-alarm = Uzlikt modinātāju, lai naktī pieceltos pēc tās.
device-screen-time-chest-alarm-reason = Mošanās spēles dēļ sabojā miegu. Rīt būs grūti.
device-screen-time-chest-sleep = Iet gulēt. Lāde var pagaidīt.
device-screen-time-chest-sleep-reason = Miegs palīdz augt, mācīties un justies labi. Spēles balva nekad nav zaudēta miega vērta.

device-screen-time-streak-prompt = Draugs grib, lai tu katru dienu turpini tērzēšanas sēriju. Šodien tev ir ļoti daudz darāmā.
device-screen-time-streak-tell = Pateikt: „Šodien nav laika, parunāsim drīz!”
device-screen-time-streak-tell-reason = Īsts draugs saprot. Lietotnes izmanto sērijas, lai tu atgrieztos, bet draudzībai sērija nav vajadzīga.
device-screen-time-streak-homework = Pārtraukt mājasdarbus, lai turpinātu sēriju.
device-screen-time-streak-homework-reason = Tavi mājasdarbi ir svarīgāki par skaitli lietotnē. Sērija nav stresa vērta.
device-screen-time-streak-password = Iedot draugam savu paroli, lai sērija turpinās.
device-screen-time-streak-password-reason = Nekad nedalies ar paroli, pat ar labu draugu. Tā ir tava konta atslēga.
