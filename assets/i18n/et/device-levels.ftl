# Maailm „Seadmete sadam“: tahvelarvuti või telefoni ja iseenda eest hoolitsemine.
# Rakendused, ettevõtted ja aadressid on välja mõeldud: ära muuda neid. Telefoninumbreid pole.

world-device-dock = Seadmete sadam

## Tase 1: uuendused ja hüpikaknad

level-device-update-title = Uuenduse aeg
level-device-update-instruction = Sinu tahvelarvuti näitab teadet. Vali, mida on kõige parem teha.
level-device-update-learned = Päris uuendused tulevad tahvelarvuti seadetest ja hoiavad seda turvalisena. Hirmutavad hüpikaknad on pettused.
level-device-update-hint-1 = Kust teade tuleb: tahvelarvutist endast või veebilehelt?
level-device-update-hint-2 = Uuendused parandavad nõrku kohti. Veebileht ei näe sinu tahvelarvuti sisse.
level-device-update-hint-3 = Tahvelarvuti enda teade on päris uuendus. Selle paigaldamine hoiab tahvelarvuti turvalisena.

device-update-system-prompt = Sinu tahvelarvuti ütleb: „Süsteemiuuendus on valmis. Kas paigaldada kohe?“
device-update-system-ignore = Eiran seda igavesti. Uuendused on igavad.
device-update-system-ignore-reason = Uuendused parandavad nõrku kohti, mida pahavara võiks ära kasutada. Ilma nendeta on su tahvelarvuti vähem turvaline.
device-update-system-install = Paigaldan selle või palun täiskasvanult abi.
device-update-system-install-reason = See teade tuleb tahvelarvutist endast. Uuendused hoiavad seda turvalisena ja töökorras.
device-update-system-switch-off = Lülitan tahvelarvuti välja, et see lõpetaks küsimise.
device-update-system-switch-off-reason = Uuendus küsib hiljem uuesti. Paigaldamine on viis hoida tahvelarvuti turvalisena.

device-update-popup-prompt = Hüppab ette veebileht: „Sinu tahvelarvutis on 5 viirust! Laadi kohe alla CleanerPro!“
device-update-popup-download = Laadin CleanerPro kiiresti alla.
device-update-popup-download-reason = See on pettus. Allalaaditav fail võib olla pahavara ise.
device-update-popup-ok-button = Puudutan aknas „OK“, et see ära kaoks.
device-update-popup-ok-button-reason = Võlts-hüpikakna nupud võivad alustada allalaadimist. Sulge parem terve leht.
device-update-popup-close = Sulgen lehe, räägin täiskasvanule.
device-update-popup-close-reason = Veebileht ei saa tahvelarvuti sisse vaadata, seega on viirused välja mõeldud. Lehe sulgemine on turvaline.

device-update-battery-prompt = Uuendus tahab alata, aga akut on 5%.
device-update-battery-charge = Panen laadija külge ja siis uuendan.
device-update-battery-charge-reason = Uuendus vajab voolu lõpuni. Laadijaga saab see turvaliselt valmis.
device-update-battery-start = Alustan kohe ja palun täiskasvanul vaadata.
device-update-battery-start-reason = Vaatamine ei aita, kui aku saab poole pealt tühjaks: uuendus võib nurjuda. Lae enne.
device-update-battery-cancel = Tühistan selle ega uuenda enam kunagi.
device-update-battery-cancel-reason = Uuendus on tahvelarvuti turvalisuse jaoks ikka tähtis. Lae see lihtsalt enne täis.

## Tase 2: mida taskulambirakendus tohib kasutada

device-bin-makes-sense = On mõistlik
device-bin-no-sense = Pole mõistlik

level-device-permissions-title = Taskulambirakendus
level-device-permissions-instruction = Avad uue taskulambirakenduse. Töötamise ajal küsib see luba neid asju kasutada. Kas see on mõistlik?
level-device-permissions-learned = Rakendused küsivad lube siis, kui sa neid kasutad. Puuduta „Ära luba“, kui rakendus midagi ei vaja. Hiljem saad seda muuta Seadetes.
level-device-permissions-hint-1 = Mida vajab taskulambirakendus oma töö tegemiseks?
level-device-permissions-hint-2 = Taskulamp peab ainult valgust tegema. Kõik muu pole osa tema tööst.
level-device-permissions-hint-3 = Taskulambil pole sinu kontaktidega mingit pistmist.

device-permissions-camera-light = Lülitada sisse kaamera kõrval olev tuli
device-permissions-camera-light-reason = See väike tuli ongi taskulamp. Rakendus vajab seda oma tööks.
device-permissions-contacts = Pääseda ligi sinu kontaktidele
device-permissions-contacts-reason = Taskulamp ei vaja su sõprade nimesid ja numbreid. Puuduta „Ära luba“.
device-permissions-location = Pääseda ligi selle seadme asukohale
device-permissions-location-reason = Taskulamp töötab igal pool ühtemoodi. See ei pea teadma, kus sa oled.
device-permissions-screen-bright = Teha ekraan eredalt valgeks
device-permissions-screen-bright-reason = Mõni taskulamp valgustab kogu ekraani. See kuulub taskulambi töö juurde.
device-permissions-microphone = Salvestada heli
device-permissions-microphone-reason = Taskulamp ei pea sind kuulma. Puuduta „Ära luba“: taskulamp töötab ikka.
device-permissions-notifications = Saata sulle teavitusi
device-permissions-notifications-reason = Taskulambil pole sulle midagi öelda. Teavitused oleksid ainult reklaamid või meeldetuletused seda avada.
device-permissions-photos = Pääseda ligi selle seadme fotodele ja videotele
device-permissions-photos-reason = Sinu fotod on privaatsed. Taskulamp ei vaja neid valguse tegemiseks.

## Tase 3: võlts viirusehoiatus

level-device-fake-virus-title = Viirusehäire!
level-device-fake-virus-instruction = Puuduta igat ohumärki sellel veebilehel.
level-device-fake-virus-learned = Veebileht ei saa sinu tahvelarvutist viiruseid leida. Sulge hirmutavad lehed ja räägi täiskasvanule.
level-device-fake-virus-hint-1 = Alusta ülevalt. Kelle leht see on?
level-device-fake-virus-hint-2 = Võltshoiatused karjuvad, kiirustavad ja tahavad, et laadiksid midagi alla või helistaksid.
level-device-fake-virus-hint-3 = Suur vilkuv hoiatus on üks ohumärk. Lehel on veel neli.

device-fake-virus-address = tablet-safety-scan.example/alert
device-fake-virus-address-reason = See on suvaline veebileht, mitte sinu tahvelarvuti. Veebileht ei saa tahvelarvutit viiruste suhtes kontrollida.
device-fake-virus-warning = Vilgub punaselt: HOIATUS! LEITI 5 VIIRUST!
device-fake-virus-warning-reason = Vilkumine ja suured tähed tahavad sind hirmutada, et sa mõtlemise lõpetaksid. Viirused on välja mõeldud.
device-fake-virus-picture = Pilt: tahvelarvuti sinise kilbiga
device-fake-virus-picture-reason = Pilt üksi pole ohumärk. Loe selle ümber olevaid sõnu.
device-fake-virus-countdown = Tegutse 60 sekundi jooksul!
device-fake-virus-countdown-reason = Kell tahab, et sa kiirustaksid. Petised kiirustavad, et sa kelleltki ei küsiks.
device-fake-virus-download = Laadi alla CleanerPro.apk ja puhasta tahvelarvuti
device-fake-virus-download-reason = See allalaadimine võib olla pahavara. Too rakendusi ainult ametlikust rakenduste poest, koos täiskasvanuga.
device-fake-virus-phone = Või helista kohe meie abinumbril!
device-fake-virus-phone-reason = Päris tahvelarvutite tootjad ei palu veebilehelt helistada. Ära kunagi helista sellisele numbrile.
device-fake-virus-menu = Abi · Meist · Kontakt
device-fake-virus-menu-reason = Menüülingid on enamikul veebilehtedel. Need üksi pole ohumärk.

## Tase 4: uus rakendus turvaliselt

level-device-install-app-title = Uus rakendus
level-device-install-app-instruction = Sa tahad uut mängu ja täiskasvanu ütles jah. Pane sammud järjekorda, nagu need toimuvad.
level-device-install-app-learned = Too rakendusi ametlikust poest ning kontrolli enne vanusepiirangut ja andmeohutust. Pärast paigaldamist luba ainult seda, mida rakendus vajab.
level-device-install-app-hint-1 = Kust tulevad turvalised rakendused?
level-device-install-app-hint-2 = Rakenduse kohta saad lugeda alles siis, kui oled selle leidnud, ja see saab sinult midagi küsida alles siis, kui on paigaldatud.
level-device-install-app-hint-3 = Alusta ametlikust rakenduste poest. Vanusepiirang ja andmeohutus on rakenduse lehel.

device-install-app-store = Ava ametlik rakenduste pood (Play pood).
device-install-app-store-reason = See on esimene. Ametliku poe rakendusi kontrollitakse pahavara suhtes. Mujalt pärit rakendused võivad seda peita.
device-install-app-read = Kontrolli rakenduse lehel vanust ja andmeohutust.
device-install-app-read-reason = Järgmiseks. Vanusepiirang (enamikus Euroopas PEGI) ütleb, kellele rakendus on. Andmeohutuse all ütlevad tegijad, milliseid andmeid see kogub ja jagab.
device-install-app-install = Puuduta „Installi“.
device-install-app-install-reason = Nüüd paigalda see, kui oled selle lehe läbi lugenud. Enne seda ei saa rakendus sinult midagi küsida.
device-install-app-say-no = Ava rakendus. Luba ainult seda, mida see vajab.
device-install-app-say-no-reason = Rakendused küsivad lube kasutamise ajal, mitte enne. Puuduta „Ära luba“ selle puhul, mida see ei vaja. Hiljem saad seda Seadetes muuta.
device-install-app-check = Ei kasuta seda enam? Kustuta see.
device-install-app-check-reason = See on viimane. Rakendus, mida sa ei kasuta, võtab ikka ruumi ja võib ikka su andmeid hoida.

## Tase 5: tasakaal

level-device-screen-time-title = Aeg pausiks?
level-device-screen-time-instruction = Vali, mis on parim sulle ja su kehale.
level-device-screen-time-learned = Pausid, uni ja päris sõbrad on tähtsamad kui ükski mängu auhind või seeria.
level-device-screen-time-hint-1 = Mõtle oma silmadele, unele ja ajale.
level-device-screen-time-hint-2 = Mängud ja rakendused püüavad sind ekraani ees hoida. Sina otsustad, millal lõpetada.
level-device-screen-time-hint-3 = Kirstu kohta: uni on tähtsam kui ükski mängu auhind.

device-screen-time-eyes-prompt = Oled mänginud kaks tundi. Silmad on väsinud.
device-screen-time-eyes-one-more = Palun täiskasvanult veel tunni, siis puhkan.
device-screen-time-eyes-one-more-reason = Väsinud silmad vajavad puhkust kohe, mitte tunni pärast, isegi kui täiskasvanu ütleb jah. Kuula oma keha.
device-screen-time-eyes-break = Teen pausi: vaatan kaugele ja liigun.
device-screen-time-eyes-break-reason = Kaugusse vaatamine puhkab silmi ja liikumine teeb kehale head.
device-screen-time-eyes-brighter = Teen ekraani heledamaks ja jätkan.
device-screen-time-eyes-brighter-reason = Heledam ekraan ei aita väsinud silmi. Need vajavad pausi ekraanist.

device-screen-time-chest-prompt = Mäng ütleb: „Tule 10 minuti pärast tagasi ja saad tasuta kirstu!“ On magamamineku aeg.
device-screen-time-chest-stay-up = Jään kirstu pärast veel 10 minutiks üles.
device-screen-time-chest-stay-up-reason = Mängud kasutavad väikesi auhindu, et sa edasi mängiksid. Kümnest minutist saab sageli rohkem.
device-screen-time-chest-alarm = Panen äratuse ja tõusen öösel selle järele.
device-screen-time-chest-alarm-reason = Mängu pärast ärkamine katkestab su une. Homme oled väsinud.
device-screen-time-chest-sleep = Lähen magama. Kirst võib oodata.
device-screen-time-chest-sleep-reason = Uni aitab sul kasvada, õppida ja end hästi tunda. Ükski mängu auhind pole une kaotamist väärt.

device-screen-time-streak-prompt = Sõber tahab, et hoiaksite iga päev vestlusseeriat. Täna on sul väga kiire.
device-screen-time-streak-tell = Ütlen: „Täna on kiire, räägime varsti!“
device-screen-time-streak-tell-reason = Päris sõber saab aru. Rakendused kasutavad seeriaid, et sa tagasi tuleksid, aga sõprus ei vaja seda.
device-screen-time-streak-homework = Jätan kodutöö pooleli, et seeriat hoida.
device-screen-time-streak-homework-reason = Kodutöö on tähtsam kui number rakenduses. Seeria pole seda stressi väärt.
device-screen-time-streak-password = Annan sõbrale oma parooli, et seeria jätkuks.
device-screen-time-streak-password-reason = Ära kunagi jaga oma parooli, isegi mitte hea sõbraga. See on su konto võti.
