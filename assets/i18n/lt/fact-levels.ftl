# Pasaulis „Faktų detektyvai“: informacijos vertinimas (antraštės, reklamos, šaltiniai,
# netikros naujienos). Vardai, adresai ir skaičiai lieka nepakeisti; tik .example adresai.

world-fact-finders = Faktų detektyvai

fact-bin-trustworthy = Atrodo patikima
fact-bin-check-first = Pirma patikrink
fact-bin-advert = Reklama
fact-bin-not-advert = Ne reklama

## 1 lygis: antraštės

level-fact-headlines-title = Antraščių patikra
level-fact-headlines-instruction = Ar ši antraštė atrodo patikima, ar pirma reikėtų ją patikrinti?
level-fact-headlines-learned = Pasitikėk naujienomis iš tų, kurie tikrai žino, pavyzdžiui, savivaldybės ar tavo mokyklos. Šaukiančias, neįtikėtinas ar bevardes naujienas pirma patikrink.
level-fact-headlines-hint-1 = Paklausk: kas tai sako ir iš kur jis tai žino?
level-fact-headlines-hint-2 = Šūksniai, paslaptys ir neįtikėtini pažadai reiškia: pirma patikrink. Kasdienės atsakingųjų naujienos atrodo patikimos.
level-fact-headlines-hint-3 = Antraštė apie kates šaukia ir kalba apie didelę paslaptį. Pirma ją patikrink!

fact-headlines-cats = ŠOKAS!!! Katės kalba, mokslininkai tai slepia!
fact-headlines-cats-reason = Didžiosios raidės, daug „!“ ir didelė paslaptis – pavojaus ženklai. Pirma ieškok patikimose svetainėse.
fact-headlines-library = Savivaldybė: ketvirtadieniais biblioteka dirba ilgiau
fact-headlines-library-reason = Biblioteką valdo savivaldybė, todėl jos svetainė žino darbo laiką.
fact-headlines-grow = Ši gudrybė per naktį paaugina 10 cm!
fact-headlines-grow-reason = Skamba per gerai, kad būtų tiesa. Tokios antraštės nori tavo paspaudimų, o ne papasakoti faktus.
fact-headlines-weather = Orų tarnyba: šeštadienį tikimasi lietaus
fact-headlines-weather-reason = Prognozės – orų tarnybos darbas. Tai tinkama vieta šiai naujienai.
fact-headlines-no-name = Įrašas be vardo: visos mokyklos mėnesiui užsidaro!
fact-headlines-no-name-reason = Niekas nesako, kas tai parašė. Tokia didelė naujiena būtų mokyklos ar savivaldybės svetainėje.
fact-headlines-sports-day = Mokyklos naujienlaiškis: sporto diena perkelta į penktadienį
fact-headlines-sports-day-reason = Tavo mokykla žino savo planus. Naujienos iš pačios mokyklos – geras šaltinis.

## 2 lygis: reklama ar ne?

level-fact-ad-or-not-title = Reklama ar ne?
level-fact-ad-or-not-instruction = Ar tai reklama? Sudėk kiekvieną kortelę į tinkamą dėžę.
level-fact-ad-or-not-learned = Reklamos nori, kad ką nors nupirktum. Ieškok žymų „Remiama“, „Reklama“ ar „#reklama“.
level-fact-ad-or-not-hint-1 = Paklausk: ar kažkas nori, kad ką nors nupirkčiau?
level-fact-ad-or-not-hint-2 = „Remiama“, „Reklama“ ir „#reklama“ reiškia, kad kažkas sumokėjo, kad tai ten būtų.
level-fact-ad-or-not-hint-3 = Brangakmenių langas ir įrašas su „#reklama“ yra reklamos.

fact-ad-or-not-sponsored = Remiama: paragauk naujų Crunchy Stars dribsnių!
fact-ad-or-not-sponsored-reason = „Remiama“ reiškia, kad įmonė sumokėjo, kad tau tai parodytų. Ji nori, kad nupirktum jos dribsnius.
fact-ad-or-not-news = Naujiena: Riverton atidarytas naujas tiltas
fact-ad-or-not-news-reason = Naujiena pasakoja, kas nutiko. Niekas tau nieko neparduoda.
fact-ad-or-not-influencer = Mia_Plays: Dievinu šiuos sportbačius! #reklama
fact-ad-or-not-influencer-reason = „#reklama“ reiškia, kad įmonė sumokėjo Mia_Plays už šį įrašą. Jai moka, kad sakytų, jog juos dievina.
fact-ad-or-not-encyclopedia = Enciklopedijos straipsnis: kaip bitės gamina medų
fact-ad-or-not-encyclopedia-reason = Enciklopedija aiškina dalykus. Ji nebando tau parduoti medaus.
fact-ad-or-not-search = Pirmas paieškos rezultatas, pažymėtas „Remiama“
fact-ad-or-not-search-reason = Įmonė sumokėjo, kad būtų viršuje. Geriausias atsakymas gali būti žemiau.
fact-ad-or-not-gems = Žaidimo langas: pirk 500 brangakmenių dabar!
fact-ad-or-not-gems-reason = Žaidimas nori, kad išleistum tikrus pinigus. Prieš ką nors perkant visada paklausk suaugusiojo.
fact-ad-or-not-friend = Draugo įrašas: pažiūrėk į mano smėlio pilį!
fact-ad-or-not-friend-reason = Tavo draugas dalijasi kažkuo smagiu. Niekas už tai nesumokėjo, todėl tai ne reklama.

## 3 lygis: kur ieškoti

level-fact-which-source-title = Kur ieškoti?
level-fact-which-source-instruction = Kiekvieną kartą pasirink geriausią atsakymą.
level-fact-which-source-learned = Faktų ieškok ten, kur juos rašo ekspertai. Prieš patikint istorija ar ja dalijantis, patikrink ją patikimose svetainėse.
level-fact-which-source-hint-1 = Paklausk: kas tai sukūrė ir ar jie tikrai tai išmano?
level-fact-which-source-hint-2 = Geri šaltiniai nurodo, kas juos sukūrė, o ekspertai juos tikrina.
level-fact-which-source-hint-3 = Ugnikalnių faktams rinkis enciklopediją ar muziejaus puslapį.

fact-which-source-volcanoes = Namų darbams reikia faktų apie ugnikalnius. Kur ieškai?
fact-which-source-volcanoes-video = Pirmame rastame juokingame vaizdo įraše.
fact-which-source-volcanoes-video-reason = Juokingi vaizdo įrašai nori tave prajuokinti. Jie gali klysti dėl faktų.
fact-which-source-volcanoes-encyclopedia = Vaikų enciklopedijoje ar muziejaus svetainėje.
fact-which-source-volcanoes-encyclopedia-reason = Šaunu! Juos rašo ir tikrina ekspertai. Jie nurodo, kas juos sukūrė.
fact-which-source-volcanoes-game-chat = Klausiu žaidimo pokalbyje. Kas nors ten tikrai žinos.
fact-which-source-volcanoes-game-chat-reason = Žmonės žaidimo pokalbyje gali tiesiog spėlioti. Negali žinoti, ar jie tikrai išmano.
fact-which-source-chocolate = Vaizdo įrašas sako: „Valgant šokoladą išgydomos slogos!“ Ką darai?
fact-which-source-chocolate-believe = Kitą kartą sergant valgau daug šokolado.
fact-which-source-chocolate-believe-reason = Vienas vaizdo įrašas – ne įrodymas. Daug šokolado slogos nepanaikins.
fact-which-source-chocolate-share = Nusiunčiu močiutei, kad ji būtų sveika.
fact-which-source-chocolate-share-reason = Močiutė irgi gali patikėti, o tai netiesa. Pirma patikrink, tada dalinkis tik tuo, kas tiesa.
fact-which-source-chocolate-check = Prašau suaugusiojo padėti patikrinti.
fact-which-source-chocolate-check-reason = Teisingai! Kartu galite paieškoti patikimoje sveikatos svetainėje. Gydytojai išmano apie slogą.
fact-which-source-screenshot = Kažkas klasės pokalbyje pasidalija „naujienos“ ekrano kopija. Nuorodos nėra.
fact-which-source-screenshot-search = Ieškau jos patikimoje naujienų svetainėje.
fact-which-source-screenshot-search-reason = Geras detektyvo darbas! Jei tai tiesa, patikimos naujienų svetainės irgi apie tai rašys.
fact-which-source-screenshot-forward = Persiunčiu į kitus pokalbius, kad visi žinotų.
fact-which-source-screenshot-forward-reason = Be nuorodos negali žinoti, kas ją sukūrė. Ji gali būti išgalvota.
fact-which-source-screenshot-believe = Patikiu: ekrano kopija yra įrodymas.
fact-which-source-screenshot-believe-reason = Bet kas gali sukurti vaizdą, kuris atrodo kaip naujiena. Ekrano kopijas lengva suklastoti.

## 4 lygis: netikras naujienų puslapis

level-fact-fake-news-page-title = Karšta naujiena?
level-fact-fake-news-page-instruction = Paliesk kiekvieną pavojaus ženklą šiame naujienų puslapyje.
level-fact-fake-news-page-learned = Netikros naujienos dažnai šaukia, slepia, kas jas parašė, seną istoriją pateikia kaip naują ir skubina dalintis.
level-fact-fake-news-page-hint-1 = Skaityk kaip detektyvas: kas tai parašė ir kada?
level-fact-fake-news-page-hint-2 = Šūksniai, trūkstamas vardas, sena data ir skubinimas dalintis – pavojaus ženklai.
level-fact-fake-news-page-hint-3 = Pažiūrėk į antraštę, autoriaus eilutę ir datą.

fact-fake-news-page-address = daily-truth-now.example/big-news
fact-fake-news-page-address-reason = Apie šią svetainę niekada negirdėjai. Bet kas gali įrašyti „truth“ (tiesa) į pavadinimą, todėl išsiaiškink, kas ją valdo.
fact-fake-news-page-menu = Pradžia · Naujienos · Sportas
fact-fake-news-page-menu-reason = Dauguma naujienų svetainių turi tokį meniu. Tai ne pavojaus ženklas.
fact-fake-news-page-headline = MAPLETON PARKE IŠSIRITO DINOZAURO KIAUŠINIS!!!
fact-fake-news-page-headline-reason = Didžiosios raidės ir daug „!“ bando tave sujaudinti. Tikros naujienos pasakoja ramiai.
fact-fake-news-page-author = Autorius: (be vardo)
fact-fake-news-page-author-reason = Tikros naujienos nurodo, kas jas parašė. Be vardo už istorijos niekas nestovi.
fact-fake-news-page-date = Paskelbta prieš 6 metus, bet pažymėta „NAUJA!“
fact-fake-news-page-date-reason = Ši sena istorija skelbiama taip, lyg būtų nutikusi šiandien. Visada patikrink datą.
fact-fake-news-page-photo = Nuotrauka: ramus parkas su medžiais
fact-fake-news-page-photo-reason = Įprasta nuotrauka pati savaime nėra pavojaus ženklas. Perskaityk ir žodžius aplink.
fact-fake-news-page-share = Dalinkis, kol to neištrynė!
fact-fake-news-page-share-reason = Tai nori, kad skubėtum ir negalvotum. Tikros naujienos neprašo jomis dalintis.

## 5 lygis: patikrink istoriją prieš dalijantis (pirmieji SIFT metodo žingsniai)

level-fact-check-a-story-title = Sustok ir patikrink
level-fact-check-a-story-instruction = Matai stebinančią istoriją. Sudėliok faktų tikrintojų žingsnius iš eilės.
level-fact-check-a-story-learned = Faktų tikrintojai pirma sustoja, tada išsiaiškina, kas sukūrė istoriją, tada ieško jos patikimose svetainėse ir tik tada sprendžia, ar dalintis.
level-fact-check-a-story-hint-1 = Ką turėtum padaryti, kol pirštas nepalietė „Dalintis“?
level-fact-check-a-story-hint-2 = Faktų tikrintojai pirma žiūri, kas sukūrė istoriją, ir tik tada ieško kitur. Sprendimas – paskutinis.
level-fact-check-a-story-hint-3 = 1 žingsnis – sustoti ir dar nesidalinti.

fact-check-a-story-stop = Sustok: dar nesidalink.
fact-check-a-story-stop-reason = Padaryk tai pirmiausia. Faktų tikrintojai pradeda nuo sustojimo: pasidalijus istorija, jos nebeatšauksi.
fact-check-a-story-who = Išsiaiškink, kas ją sukūrė ir kodėl.
fact-check-a-story-who-reason = Toliau pažiūrėk į šaltinį. Ar jis nori tave informuoti, ką nors parduoti ar gauti paspaudimų?
fact-check-a-story-others = Ieškok jos kitose patikimose svetainėse. Patikrink datą.
fact-check-a-story-others-reason = Tada palygink. Jei tai tiesa, patikimos naujienų svetainės irgi apie tai praneša. Senos istorijos dažnai skelbiamos kaip naujos.
fact-check-a-story-decide = Tada nuspręsk: dalintis ar ne.
fact-check-a-story-decide-reason = Spręsk pabaigoje, kai žinai, kas sukūrė istoriją ir kas dar apie ją praneša. Dalinkis tik tuo, ką patikrinai.
