# Pasaulis „Įrenginių prieplauka“: rūpinkis planšete ar telefonu ir savimi. Programėlės,
# įmonės, numeriai ir adresai išgalvoti: jie lieka nepakeisti. Telefono numerių nėra.

world-device-dock = Įrenginių prieplauka

## 1 lygis: atnaujinimai ir iššokantys langai

level-device-update-title = Laikas atnaujinti
level-device-update-instruction = Tavo planšetė rodo žinutę. Pasirink geriausią veiksmą.
level-device-update-learned = Tikri atnaujinimai ateina iš planšetės nustatymų ir saugo ją. Gąsdinantys iššokantys langai – gudrybės.
level-device-update-hint-1 = Iš kur ta žinutė: iš pačios planšetės ar iš tinklalapio?
level-device-update-hint-2 = Atnaujinimai sutvarko silpnas vietas. Tinklalapis negali pažiūrėti į tavo planšetės vidų.
level-device-update-hint-3 = Žinutė iš pačios planšetės – tikras atnaujinimas. Jį įdiegus planšetė lieka saugi.

device-update-system-prompt = Tavo planšetė sako: „Paruoštas sistemos atnaujinimas. Įdiegti dabar?“
device-update-system-ignore = Nekreipiu dėmesio. Atnaujinimai nuobodūs.
device-update-system-ignore-reason = Atnaujinimai sutvarko silpnas vietas, kuriomis galėtų pasinaudoti kenkėjiška programa. Be jų planšetė mažiau saugi.
device-update-system-install = Įdiegiu arba paprašau suaugusiojo padėti.
device-update-system-install-reason = Ši žinutė iš pačios planšetės. Atnaujinimai ją saugo ir padeda gerai veikti.
device-update-system-switch-off = Išjungiu planšetę, kad nustotų klausinėti.
device-update-system-switch-off-reason = Atnaujinimas vėliau vėl paklaus. Įdiegti jį – būdas apsaugoti planšetę.

device-update-popup-prompt = Iššoka tinklalapis: „Tavo planšetėje 5 virusai! Tuoj atsisiųsk CleanerPro!“
device-update-popup-download = Greitai atsisiunčiu CleanerPro.
device-update-popup-download-reason = Tai gudrybė. Atsisiunčiamas failas gali pats būti kenkėjiška programa.
device-update-popup-ok-button = Paliečiu „Gerai“ lange, kad jis dingtų.
device-update-popup-ok-button-reason = Netikro lango mygtukai gali pradėti atsisiuntimą. Verčiau uždaryk visą puslapį.
device-update-popup-close = Uždarau ir pasakau suaugusiajam.
device-update-popup-close-reason = Tinklalapis negali pažiūrėti į planšetės vidų, todėl virusai išgalvoti. Uždaryti puslapį saugu.

device-update-battery-prompt = Atnaujinimas nori prasidėti, bet akumuliatoriuje liko 5 %.
device-update-battery-charge = Pirma prijungiu kroviklį, tada atnaujinu.
device-update-battery-charge-reason = Atnaujinimui reikia energijos, kol jis baigsis. Prijungus kroviklį jis gali saugiai baigtis.
device-update-battery-start = Pradedu dabar ir paprašau suaugusiojo stebėti.
device-update-battery-start-reason = Stebėjimas nepadės, jei akumuliatorius išsikraus viduryje: atnaujinimas gali nepavykti. Pirma įkrauk.
device-update-battery-cancel = Atšaukiu ir daugiau niekada nebeatnaujinu.
device-update-battery-cancel-reason = Atnaujinimas vis tiek svarbus planšetės saugumui. Tiesiog pirma ją įkrauk.

## 2 lygis: ką gali naudoti žibintuvėlio programėlė

device-bin-makes-sense = Turi prasmę
device-bin-no-sense = Neturi prasmės

level-device-permissions-title = Žibintuvėlio programėlė
level-device-permissions-instruction = Atsidarai naują žibintuvėlio programėlę. Veikdama ji prašo leidimo naudoti šiuos dalykus. Ar tai turi prasmę?
level-device-permissions-learned = Programėlės prašo leidimų, kai jomis naudojiesi. Paliesk „Neleisti“ tam, ko programėlei nereikia. Vėliau tai gali pakeisti nustatymuose.
level-device-permissions-hint-1 = Ko reikia žibintuvėlio programėlei, kad atliktų savo darbą?
level-device-permissions-hint-2 = Žibintuvėliui reikia tik šviesti. Visa kita – ne jo darbas.
level-device-permissions-hint-3 = Žibintuvėlis neturi nieko bendra su tavo kontaktais.

device-permissions-camera-light = Įjungti lemputę šalia kameros
device-permissions-camera-light-reason = Ta maža lemputė ir yra žibintuvėlis. Programėlei jos reikia darbui atlikti.
device-permissions-contacts = Pasiekti tavo kontaktus
device-permissions-contacts-reason = Žibintuvėliui nereikia tavo draugų vardų ir numerių. Paliesk „Neleisti“.
device-permissions-location = Pasiekti šio įrenginio buvimo vietą
device-permissions-location-reason = Žibintuvėlis visur veikia vienodai. Jam nereikia žinoti, kur esi.
device-permissions-screen-bright = Padaryti ekraną ryškiai baltą
device-permissions-screen-bright-reason = Kai kurie žibintuvėliai apšviečia visą ekraną. Tai žibintuvėlio darbo dalis.
device-permissions-microphone = Įrašyti garsą
device-permissions-microphone-reason = Žibintuvėliui nereikia tavęs girdėti. Paliesk „Neleisti“: žibintuvėlis vis tiek veiks.
device-permissions-notifications = Siųsti tau pranešimus
device-permissions-notifications-reason = Žibintuvėliui nėra ką tau pranešti. Pranešimai būtų tik reklamos ar priminimai jį atidaryti.
device-permissions-photos = Pasiekti nuotraukas ir vaizdo įrašus šiame įrenginyje
device-permissions-photos-reason = Tavo nuotraukos privačios. Žibintuvėliui jų nereikia, kad šviestų.

## 3 lygis: netikras įspėjimas apie virusą

level-device-fake-virus-title = Viruso pavojus!
level-device-fake-virus-instruction = Paliesk kiekvieną pavojaus ženklą šiame tinklalapyje.
level-device-fake-virus-learned = Tinklalapis negali rasti virusų tavo planšetėje. Uždaryk gąsdinančius puslapius ir pasakyk suaugusiajam.
level-device-fake-virus-hint-1 = Pradėk nuo viršaus. Kieno tai puslapis?
level-device-fake-virus-hint-2 = Netikri įspėjimai šaukia, skubina ir nori, kad ką nors atsisiųstum ar paskambintum.
level-device-fake-virus-hint-3 = Didelis mirksintis įspėjimas – vienas pavojaus ženklas. Puslapyje yra dar keturi.

device-fake-virus-address = tablet-safety-scan.example/alert
device-fake-virus-address-reason = Tai atsitiktinis tinklalapis, o ne tavo planšetė. Tinklalapis negali patikrinti planšetės, ar nėra virusų.
device-fake-virus-warning = Mirksi raudonai: ĮSPĖJIMAS! RASTI 5 VIRUSAI!
device-fake-virus-warning-reason = Mirksėjimas ir didelės raidės nori tave išgąsdinti, kad nustotum galvoti. Virusai išgalvoti.
device-fake-virus-picture = Paveikslėlis: planšetė su mėlynu skydu
device-fake-virus-picture-reason = Paveikslėlis pats savaime nėra pavojaus ženklas. Perskaityk žodžius aplink.
device-fake-virus-countdown = Veik per 60 sekundžių!
device-fake-virus-countdown-reason = Laikrodis nori, kad skubėtum. Sukčiai skubina, kad nieko nepaklaustum.
device-fake-virus-download = Atsisiųsk CleanerPro.apk ir išvalyk planšetę
device-fake-virus-download-reason = Šis failas gali būti kenkėjiška programa. Programėles imk tik iš oficialios parduotuvės, kartu su suaugusiuoju.
device-fake-virus-phone = Arba skambink mūsų pagalbos numeriu dabar!
device-fake-virus-phone-reason = Tikri planšečių gamintojai neprašo skambinti iš tinklalapio. Niekada neskambink tokiu numeriu.
device-fake-virus-menu = Pagalba · Apie mus · Kontaktai
device-fake-virus-menu-reason = Meniu nuorodos yra daugumoje tinklalapių. Pačios savaime jos nėra pavojaus ženklas.

## 4 lygis: saugiai gauti naują programėlę

level-device-install-app-title = Nauja programėlė
level-device-install-app-instruction = Nori naujo žaidimo, ir suaugęs žmogus sutiko. Sudėliok žingsnius ta tvarka, kuria jie vyksta.
level-device-install-app-learned = Programėles imk iš oficialios parduotuvės ir pirma pažiūrėk amžiaus reitingą bei duomenų saugą. Įdiegus leisk tik tai, ko programėlei reikia.
level-device-install-app-hint-1 = Iš kur ateina saugios programėlės?
level-device-install-app-hint-2 = Apie programėlę gali paskaityti tik ją suradus, o ji ko nors paprašyti gali tik įdiegta.
level-device-install-app-hint-3 = Pradėk oficialioje programėlių parduotuvėje. Amžiaus reitingas ir duomenų sauga yra programėlės puslapyje.

device-install-app-store = Atsidaryti oficialią programėlių parduotuvę (Play Store).
device-install-app-store-reason = Padaryk tai pirmiausia. Oficialioje parduotuvėje programėlės tikrinamos, ar nėra kenkėjiškų programų. Programėlės iš kitur gali jas slėpti.
device-install-app-read = Programėlės puslapyje pažiūrėti amžių ir duomenų saugą.
device-install-app-read-reason = Toliau. Amžiaus reitingas (daugumoje Europos – PEGI) sako, kam skirta programėlė. Duomenų saugos skiltyje kūrėjai nurodo, kokius duomenis ji renka ir kuo dalijasi.
device-install-app-install = Paliesti „Įdiegti“.
device-install-app-install-reason = Dabar įdiek, kai jau perskaitei puslapį. Iki tol programėlė negali tavęs nieko paprašyti.
device-install-app-say-no = Atidaryti programėlę. Leisti tik tai, ko reikia.
device-install-app-say-no-reason = Programėlės prašo leidimų, kai jomis naudojiesi, o ne iš anksto. Paliesk „Neleisti“ tam, ko jai nereikia. Vėliau tai gali pakeisti nustatymuose.
device-install-app-check = Nebenaudoji? Ištrink ją.
device-install-app-check-reason = Padaryk tai paskutinį. Nenaudojama programėlė vis tiek užima vietą ir gali turėti tavo duomenų.

## 5 lygis: pusiausvyra

level-device-screen-time-title = Laikas pertraukai?
level-device-screen-time-instruction = Pasirink, kas geriausia tau ir tavo kūnui.
level-device-screen-time-learned = Pertraukos, miegas ir tikri draugai svarbiau už bet kokį žaidimo prizą ar seriją.
level-device-screen-time-hint-1 = Pagalvok apie savo akis, miegą ir laiką.
level-device-screen-time-hint-2 = Žaidimai ir programėlės stengiasi išlaikyti tave prie ekrano. Kada sustoti, sprendi tu.
level-device-screen-time-hint-3 = Dėl skrynios: miegas svarbiau už bet kokį žaidimo prizą.

device-screen-time-eyes-prompt = Žaidi jau dvi valandas. Akys pavargusios.
device-screen-time-eyes-one-more = Paprašau suaugusiojo dar valandos, tada ilsiuosi.
device-screen-time-eyes-one-more-reason = Pavargusioms akims poilsio reikia dabar, ne po valandos, net jei suaugęs sutinka. Klausyk savo kūno.
device-screen-time-eyes-break = Darau pertrauką: žiūriu į tolį ir judu.
device-screen-time-eyes-break-reason = Žiūrėjimas į tolį ilsina akis, o judėjimas naudingas kūnui.
device-screen-time-eyes-brighter = Padarau ekraną ryškesnį ir žaidžiu toliau.
device-screen-time-eyes-brighter-reason = Ryškesnis ekranas pavargusioms akims nepadeda. Joms reikia pertraukos nuo ekrano.

device-screen-time-chest-prompt = Žaidimas sako: „Grįžk po 10 minučių ir gauk nemokamą skrynią!“ Jau laikas miegoti.
device-screen-time-chest-stay-up = Dėl skrynios nemiegu dar 10 minučių.
device-screen-time-chest-stay-up-reason = Žaidimai naudoja mažus prizus, kad žaistum toliau. Dešimt minučių dažnai virsta daugiau.
device-screen-time-chest-alarm = Nusistatau žadintuvą, kad naktį atsikelčiau.
device-screen-time-chest-alarm-reason = Keltis dėl žaidimo – tai sugadinti miegą. Rytoj tave kamuos nuovargis.
device-screen-time-chest-sleep = Einu miegoti. Skrynia palauks.
device-screen-time-chest-sleep-reason = Miegas padeda augti, mokytis ir gerai jaustis. Joks žaidimo prizas nevertas prarasto miego.

device-screen-time-streak-prompt = Draugas nori, kad kasdien palaikytum pokalbių seriją. Šiandien labai daug darbų.
device-screen-time-streak-tell = Sakau: „Šiandien negaliu, iki rytojaus!“
device-screen-time-streak-tell-reason = Tikras draugas supras. Programėlės naudoja serijas, kad sugrįžtum, bet draugystei jų nereikia.
device-screen-time-streak-homework = Dėl serijos metu namų darbus.
device-screen-time-streak-homework-reason = Namų darbai svarbiau už skaičių programėlėje. Serija neverta streso.
device-screen-time-streak-password = Duodu draugui slaptažodį, kad serija tęstųsi.
device-screen-time-streak-password-reason = Niekada nesidalink slaptažodžiu, net su geru draugu. Tai tavo paskyros raktas.
