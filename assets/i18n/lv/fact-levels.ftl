# The "Fact Finders" world: judging information. Item texts stay short (about 60 characters
# at most). People, places, sites and brands are made up; only .example web addresses.

world-fact-finders = Faktu meklētāji

fact-bin-trustworthy = Šķiet uzticams
fact-bin-check-first = Vispirms pārbaudīt
fact-bin-advert = Reklāma
fact-bin-not-advert = Nav reklāma

## Level 1: headlines (sort)

level-fact-headlines-title = Virsrakstu pārbaude
level-fact-headlines-instruction = Vai šis virsraksts šķiet uzticams, vai arī to vispirms jāpārbauda?
level-fact-headlines-learned = Uzticies ziņām no tiem, kas tiešām zina, piemēram, tavas pilsētas vai skolas. Ziņas, kas kliedz, sola brīnumus vai kam nav autora, vispirms pārbaudi.
level-fact-headlines-hint-1 = Pajautā: kas to saka, un kā viņi to varētu zināt?
level-fact-headlines-hint-2 = Kliegšana, noslēpumi un brīnumaini solījumi nozīmē: vispirms pārbaudi. Ikdienas ziņas no atbildīgajiem šķiet uzticamas.
level-fact-headlines-hint-3 = Virsraksts par kaķiem kliedz un runā par lielu noslēpumu. Vispirms pārbaudi to!

fact-headlines-cats = ŠOKS!!! Kaķi prot runāt, zinātnieki to slēpj!
fact-headlines-cats-reason = Lielie burti, daudz „!” un liels noslēpums ir brīdinājuma zīmes. Vispirms meklē to uzticamās vietnēs.
fact-headlines-library = Pilsētas vietne: bibliotēka ceturtdienās strādā ilgāk
fact-headlines-library-reason = Bibliotēku vada pilsēta, tāpēc tās vietne zina darba laiku.
fact-headlines-grow = Šis triks liek tev izaugt par 10 cm vienā naktī!
fact-headlines-grow-reason = Tas izklausās pārāk labi, lai būtu patiesi. Šādi virsraksti grib tavus klikšķus, nevis dot faktus.
fact-headlines-weather = Meteoroloģijas dienests: sestdien gaidāms lietus
fact-headlines-weather-reason = Laika prognozes ir meteoroloģijas dienesta darbs. Tā ir īstā vieta šai ziņai.
fact-headlines-no-name = Ieraksts bez vārda: visas skolas slēgs uz mēnesi!
fact-headlines-no-name-reason = Neviens nepasaka, kas to uzrakstīja. Tik liela ziņa būtu skolas vai pilsētas vietnē.
fact-headlines-sports-day = Skolas ziņu lapa: sporta diena pārcelta uz piektdienu
fact-headlines-sports-day-reason = Tava skola zina savus plānus. Ziņas no pašas skolas ir labs avots.

## Level 2: advert or not? (sort)

level-fact-ad-or-not-title = Reklāma vai nē?
level-fact-ad-or-not-instruction = Vai tā ir reklāma? Sašķiro katru kartīti pareizajā kastē.
level-fact-ad-or-not-learned = Reklāmas grib, lai tu kaut ko nopērc. Meklē norādes, piemēram, „Sponsorēts”, „Reklāma” vai „#reklāma”.
level-fact-ad-or-not-hint-1 = Pajautā: vai kāds grib, lai es kaut ko nopērku?
level-fact-ad-or-not-hint-2 = „Sponsorēts”, „Reklāma” un „#reklāma” nozīmē, ka kāds ir samaksājis, lai tas tur būtu.
level-fact-ad-or-not-hint-3 = Uznirstošais logs ar dārgakmeņiem un ieraksts ar „#reklāma” ir reklāmas.

fact-ad-or-not-sponsored = Sponsorēts: izmēģini jaunās Crunchy Stars pārslas!
fact-ad-or-not-sponsored-reason = „Sponsorēts” nozīmē, ka uzņēmums samaksāja, lai tev to parādītu. Tas grib, lai tu nopērc tā pārslas.
fact-ad-or-not-news = Ziņa: Rivertonā atklāj jaunu tiltu
fact-ad-or-not-news-reason = Ziņa pastāsta, kas notika. Neviens tev neko nepārdod.
fact-ad-or-not-influencer = Mia_Plays: Es dievinu šīs kedas! #reklāma
fact-ad-or-not-influencer-reason = „#reklāma” nozīmē, ka uzņēmums samaksāja Mia_Plays par šo ierakstu. Viņai maksā, lai viņa teiktu, ka tās dievina.
fact-ad-or-not-encyclopedia = Enciklopēdijas raksts: kā bites taisa medu
fact-ad-or-not-encyclopedia-reason = Enciklopēdija izskaidro lietas. Tā nemēģina tev pārdot medu.
fact-ad-or-not-search = Pirmais meklēšanas rezultāts ar norādi „Sponsorēts”
fact-ad-or-not-search-reason = Uzņēmums samaksāja, lai būtu augšā. Labākā atbilde var būt zemāk.
fact-ad-or-not-gems = Uznirstošais logs spēlē: pērc tagad 500 dārgakmeņus!
fact-ad-or-not-gems-reason = Spēle grib, lai tu tērē īstu naudu. Vienmēr pajautā pieaugušajam, pirms kaut ko pērc.
fact-ad-or-not-friend = Tava drauga ieraksts: Paskatieties uz manu smilšu pili!
fact-ad-or-not-friend-reason = Tavs draugs dalās ar ko jautru. Neviens par to nemaksāja, tāpēc tā nav reklāma.

## Level 3: where to look (pick the best reply)

level-fact-which-source-title = Kur meklēt?
level-fact-which-source-instruction = Katru reizi izvēlies labāko atbildi.
level-fact-which-source-learned = Meklē faktus tur, kur tos raksta eksperti. Pārbaudi stāstu uzticamās vietnēs, pirms tam tici vai dalies ar to.
level-fact-which-source-hint-1 = Pajautā: kas to izveidoja, un vai viņi tiešām par to zina?
level-fact-which-source-hint-2 = Labi avoti pasaka, kas tos izveidoja, un eksperti tos pārbauda.
level-fact-which-source-hint-3 = Faktiem par vulkāniem izvēlies enciklopēdiju vai muzeja vietni.

fact-which-source-volcanoes = Mājasdarbam tev vajag faktus par vulkāniem. Kur tu meklē?
fact-which-source-volcanoes-video = Pirmajā smieklīgajā video, ko atrodu.
fact-which-source-volcanoes-video-reason = Smieklīgi video grib tevi sasmīdināt. Tajos fakti var būt nepareizi.
fact-which-source-volcanoes-encyclopedia = Bērnu enciklopēdijā vai muzeja vietnē.
fact-which-source-volcanoes-encyclopedia-reason = Labi izdarīts! Tos raksta un pārbauda eksperti. Tie pasaka, kas tos izveidoja.
fact-which-source-volcanoes-game-chat = Pajautāt spēles tērzēšanā. Kāds jau zinās.
fact-which-source-volcanoes-game-chat-reason = Cilvēki spēles tērzēšanā var tikai minēt. Tu nevari zināt, vai viņi tiešām zina.
fact-which-source-chocolate = Video saka: „Šokolāde izārstē iesnas!” Ko tu dari?
fact-which-source-chocolate-believe = Nākamreiz, kad būs iesnas, ēst daudz šokolādes.
fact-which-source-chocolate-believe-reason = Viens video nav pierādījums. Daudz šokolādes iesnas nepadzīs.
fact-which-source-chocolate-share = Aizsūtīt to vecmāmiņai, lai viņa būtu vesela.
fact-which-source-chocolate-share-reason = Vecmāmiņa arī var tam noticēt, bet tā nav taisnība. Vispirms pārbaudi, tad dalies tikai ar to, kas ir patiesība.
fact-which-source-chocolate-check = Palūgt pieaugušajam palīdzēt to pārbaudīt.
fact-which-source-chocolate-check-reason = Pareizi! Kopā jūs varat paskatīties uzticamā veselības vietnē. Ārsti zina par iesnām.
fact-which-source-screenshot = Kāds klases tērzēšanā dalās ar „ziņas” ekrānuzņēmumu. Saites nav.
fact-which-source-screenshot-search = Meklēt to uzticamā ziņu vietnē.
fact-which-source-screenshot-search-reason = Labs detektīva darbs! Ja tā ir patiesība, uzticamās ziņu vietnēs tā arī būs.
fact-which-source-screenshot-forward = Pārsūtīt to uz citām sarunām, lai visi zina.
fact-which-source-screenshot-forward-reason = Bez saites tu nevari zināt, kas to izveidoja. Tas var būt izdomāts.
fact-which-source-screenshot-believe = Noticēt: ekrānuzņēmums ir pierādījums.
fact-which-source-screenshot-believe-reason = Ikviens var izveidot attēlu, kas izskatās pēc ziņas. Ekrānuzņēmumus ir viegli viltot.

## Level 4: a fake news page (screen: web)

level-fact-fake-news-page-title = Karstās ziņas?
level-fact-fake-news-page-instruction = Pieskaries katrai brīdinājuma zīmei šajā ziņu lapā.
level-fact-fake-news-page-learned = Viltus ziņas bieži kliedz, slēpj, kas tās uzrakstīja, uzdod vecus stāstus par jauniem un steidzina dalīties.
level-fact-fake-news-page-hint-1 = Lasi kā detektīvs: kas to uzrakstīja un kad?
level-fact-fake-news-page-hint-2 = Kliegšana, trūkstošs vārds, vecs datums un steiga dalīties ir brīdinājuma zīmes.
level-fact-fake-news-page-hint-3 = Paskaties uz virsrakstu, autora rindu un datumu.

fact-fake-news-page-address = daily-truth-now.example/big-news
fact-fake-news-page-address-reason = Šī vietne tev ir pilnīgi nepazīstama. Ikviens var ielikt nosaukumā „truth” (patiesība), tāpēc noskaidro, kam tā pieder.
fact-fake-news-page-menu = Sākums · Ziņas · Sports
fact-fake-news-page-menu-reason = Lielākajai daļai ziņu vietņu ir šāda izvēlne. Tā nav brīdinājuma zīme.
fact-fake-news-page-headline = MAPLETONAS PARKĀ IZŠĶĪLUSIES DINOZAURA OLA!!!
fact-fake-news-page-headline-reason = Lielie burti un daudz „!” cenšas tevi saviļņot. Īstas ziņas stāsta mierīgi.
fact-fake-news-page-author = Autors: (nav vārda)
fact-fake-news-page-author-reason = Īstas ziņas pasaka, kas tās uzrakstīja. Bez vārda neviens neatbild par stāstu.
fact-fake-news-page-date = Publicēts pirms 6 gadiem, bet atzīmēts „JAUNS!”
fact-fake-news-page-date-reason = Šo veco stāstu izplata tā, it kā tas būtu noticis šodien. Vienmēr pārbaudi datumu.
fact-fake-news-page-photo = Bilde: kluss parks ar kokiem
fact-fake-news-page-photo-reason = Parasta bilde pati par sevi nav brīdinājuma zīme. Izlasi arī vārdus ap to.
fact-fake-news-page-share = Dalies, pirms viņi to izdzēš!
fact-fake-news-page-share-reason = Tas grib, lai tu steidzies un nedomā. Īstas ziņas nelūdzas, lai ar tām dalās.

## Level 5: check a story before you share it (order_steps, the SIFT method)

level-fact-check-a-story-title = Apstājies un pārbaudi
level-fact-check-a-story-instruction = Tu redzi pārsteidzošu stāstu. Sakārto faktu pārbaudītāju soļus pareizā secībā.
level-fact-check-a-story-learned = Faktu pārbaudītāji vispirms apstājas, tad noskaidro, kas stāstu izveidoja, tad meklē to uzticamās vietnēs un tikai tad izlemj, vai dalīties.
level-fact-check-a-story-hint-1 = Kas jādara, pirms tavs pirksts pieskaras pogai „Kopīgot”?
level-fact-check-a-story-hint-2 = Faktu pārbaudītāji paskatās, kas stāstu izveidoja, pirms meklē citur. Lēmums nāk pēdējais.
level-fact-check-a-story-hint-3 = 1. solis ir apstāties un vēl nedalīties.

fact-check-a-story-stop = Apstājies: vēl nedalies.
fact-check-a-story-stop-reason = Dari to vispirms. Faktu pārbaudītāji sāk ar apstāšanos: kad stāsts jau ir kopīgots, to vairs nevar paņemt atpakaļ.
fact-check-a-story-who = Noskaidro, kas to izveidoja un kāpēc.
fact-check-a-story-who-reason = Tālāk paskaties uz avotu. Vai tas grib tevi informēt, kaut ko pārdot vai dabūt klikšķus?
fact-check-a-story-others = Meklē to citās uzticamās vietnēs. Pārbaudi datumu.
fact-check-a-story-others-reason = Tad salīdzini. Ja tā ir patiesība, uzticamās ziņu vietnes arī par to raksta. Vecus stāstus bieži izplata kā jaunus.
fact-check-a-story-decide = Tad izlem: dalīties vai nē.
fact-check-a-story-decide-reason = Izlem pašās beigās, kad zini, kas to izveidoja un kas vēl par to raksta. Dalies tikai ar to, kas ir pārbaudīts.
