# Maailm „Faktiuurijad“: teabe hindamine. Inimesed, kohad, saidid ja kaubamärgid on välja mõeldud.

world-fact-finders = Faktiuurijad

fact-bin-trustworthy = Tundub usaldusväärne
fact-bin-check-first = Kontrolli enne
fact-bin-advert = Reklaam
fact-bin-not-advert = Pole reklaam

## Tase 1: pealkirjad

level-fact-headlines-title = Pealkirjade kontroll
level-fact-headlines-instruction = Kas see pealkiri tundub usaldusväärne või peaksid seda enne kontrollima?
level-fact-headlines-learned = Usalda uudiseid neilt, kes tõesti teavad, näiteks oma vallalt või koolilt. Kontrolli enne karjuvaid, uskumatuid või nimeta uudiseid.
level-fact-headlines-hint-1 = Küsi: kes seda ütleb ja kust ta seda teaks?
level-fact-headlines-hint-2 = Karjumine, saladused ja uskumatud lubadused tähendavad: kontrolli enne. Igapäevased uudised nendelt, kes asja eest vastutavad, tunduvad usaldusväärsed.
level-fact-headlines-hint-3 = Kasside pealkiri karjub ja räägib suurest saladusest. Kontrolli seda enne!

fact-headlines-cats = ŠOKK!!! Kassid oskavad rääkida, teadlased varjavad!
fact-headlines-cats-reason = Suured tähed, palju „!“ ja suur saladus on ohumärgid. Otsi seda enne usaldusväärsetelt saitidelt.
fact-headlines-library = Valla koduleht: raamatukogu on neljapäeviti kauem lahti
fact-headlines-library-reason = Raamatukogu peab vald, seega teab valla enda leht lahtiolekuaegu.
fact-headlines-grow = Selle nipiga kasvad ööga 10 cm!
fact-headlines-grow-reason = See kõlab liiga hästi, et olla tõsi. Sellised pealkirjad tahavad su klikke, mitte rääkida fakte.
fact-headlines-weather = Ilmateenistus: laupäeval on oodata vihma
fact-headlines-weather-reason = Ilmaennustuste tegemine on ilmateenistuse töö. See on selle uudise jaoks õige koht.
fact-headlines-no-name = Nimeta postitus: kõik koolid suletakse kuuks!
fact-headlines-no-name-reason = Keegi ei ütle, kes selle kirjutas. Nii suur uudis oleks kooli või valla kodulehel.
fact-headlines-sports-day = Kooli infoleht: spordipäev kolib reedele
fact-headlines-sports-day-reason = Sinu kool teab oma plaane. Uudised koolilt endalt on hea allikas.

## Tase 2: reklaam või mitte?

level-fact-ad-or-not-title = Reklaam või mitte?
level-fact-ad-or-not-instruction = Kas see on reklaam? Sorteeri iga kaart õigesse kasti.
level-fact-ad-or-not-learned = Reklaamid tahavad, et sa midagi ostaksid. Otsi silte nagu „Sponsitud“, „Reklaam“ või „#reklaam“.
level-fact-ad-or-not-hint-1 = Küsi: kas keegi tahab, et ma midagi ostaksin?
level-fact-ad-or-not-hint-2 = „Sponsitud“, „Reklaam“ ja „#reklaam“ tähendavad, et keegi maksis, et see seal oleks.
level-fact-ad-or-not-hint-3 = Kalliskivide hüpikaken ja „#reklaam“ postitus on reklaamid.

fact-ad-or-not-sponsored = Sponsitud: proovi uusi Crunchy Stars helbeid!
fact-ad-or-not-sponsored-reason = „Sponsitud“ tähendab, et ettevõte maksis, et seda sulle näidata. Ta tahab, et ostaksid tema helbeid.
fact-ad-or-not-news = Uudis: Rivertonis avatakse uus sild
fact-ad-or-not-news-reason = Uudis räägib, mis juhtus. Keegi ei müü sulle midagi.
fact-ad-or-not-influencer = Mia_Plays: Ma armastan neid tosse! #reklaam
fact-ad-or-not-influencer-reason = „#reklaam“ tähendab, et ettevõte maksis Miale selle postituse eest. Talle makstakse, et ta ütleks, et armastab neid.
fact-ad-or-not-encyclopedia = Entsüklopeedia artikkel: kuidas mesilased mett teevad
fact-ad-or-not-encyclopedia-reason = Entsüklopeedia seletab asju. See ei püüa sulle mett müüa.
fact-ad-or-not-search = Esimene otsingutulemus, märgitud „Sponsitud“
fact-ad-or-not-search-reason = Ettevõte maksis, et olla kõige ees. Parim vastus võib olla allpool.
fact-ad-or-not-gems = Mängu aken: osta kohe 500 kalliskivi!
fact-ad-or-not-gems-reason = Mäng tahab, et kulutaksid päris raha. Küsi alati enne ostmist täiskasvanult.
fact-ad-or-not-friend = Sõbra postitus: vaata mu liivalossi!
fact-ad-or-not-friend-reason = Sinu sõber jagab midagi lõbusat. Keegi ei maksnud selle eest, seega pole see reklaam.

## Tase 3: kust otsida

level-fact-which-source-title = Kust otsida?
level-fact-which-source-instruction = Vali iga kord parim vastus.
level-fact-which-source-learned = Otsi fakte sealt, kus neid kirjutavad asjatundjad. Kontrolli lugu usaldusväärsetelt saitidelt, enne kui seda usud või jagad.
level-fact-which-source-hint-1 = Küsi: kes selle tegi ja kas ta tõesti teab sellest?
level-fact-which-source-hint-2 = Head allikad ütlevad, kes need tegi, ja asjatundjad kontrollivad neid.
level-fact-which-source-hint-3 = Vulkaanifaktide jaoks vali entsüklopeedia või muuseumi sait.

fact-which-source-volcanoes = Kodutöö jaoks on sul vaja fakte vulkaanide kohta. Kust sa otsid?
fact-which-source-volcanoes-video = Esimesest naljakast videost, mille leian.
fact-which-source-volcanoes-video-reason = Naljakad videod tahavad sind naerma ajada. Neis võivad faktid valed olla.
fact-which-source-volcanoes-encyclopedia = Laste entsüklopeediast või muuseumilt.
fact-which-source-volcanoes-encyclopedia-reason = Tubli! Asjatundjad kirjutavad ja kontrollivad neid. Neis on kirjas, kes need tegi.
fact-which-source-volcanoes-game-chat = Küsin mänguvestluses. Keegi seal ikka teab.
fact-which-source-volcanoes-game-chat-reason = Mänguvestluses võivad inimesed lihtsalt arvata. Sa ei tea, kas nad tõesti teavad.
fact-which-source-chocolate = Video ütleb: „Šokolaad ravib külmetuse!“ Mida sa teed?
fact-which-source-chocolate-believe = Järgmise külmetuse ajal söön palju šokolaadi.
fact-which-source-chocolate-believe-reason = Üks video pole tõend. Palju šokolaadi ei vii külmetust minema.
fact-which-source-chocolate-share = Saadan selle vanaemale, et ta terveks jääks.
fact-which-source-chocolate-share-reason = Vanaema võib seda ka uskuma jääda, aga see pole tõsi. Kontrolli enne, siis jaga ainult seda, mis on tõsi.
fact-which-source-chocolate-check = Palun täiskasvanut aidata seda kontrollida.
fact-which-source-chocolate-check-reason = Õige! Koos saate vaadata usaldusväärselt tervisesaidilt. Arstid teavad külmetusest.
fact-which-source-screenshot = Keegi jagab klassivestluses kuvatõmmist „uudisest“. Linki pole.
fact-which-source-screenshot-search = Otsin seda usaldusväärselt uudistesaidilt.
fact-which-source-screenshot-search-reason = Hea detektiivitöö! Kui see on tõsi, on see ka usaldusväärsetel uudistesaitidel.
fact-which-source-screenshot-forward = Saadan selle oma teistesse vestlustesse, et kõik teaksid.
fact-which-source-screenshot-forward-reason = Ilma lingita ei tea sa, kes selle tegi. See võib olla välja mõeldud.
fact-which-source-screenshot-believe = Usun seda: kuvatõmmis on tõend.
fact-which-source-screenshot-believe-reason = Igaüks võib teha pildi, mis näeb välja nagu uudis. Kuvatõmmiseid on lihtne võltsida.

## Tase 4: võltsuudiste leht

level-fact-fake-news-page-title = Värske uudis?
level-fact-fake-news-page-instruction = Puuduta igat ohumärki sellel uudistelehel.
level-fact-fake-news-page-learned = Võltsuudised sageli karjuvad, peidavad, kes need kirjutas, esitavad vanu lugusid uutena ja kiirustavad sind jagama.
level-fact-fake-news-page-hint-1 = Loe nagu detektiiv: kes selle kirjutas ja millal?
level-fact-fake-news-page-hint-2 = Karjumine, puuduv nimi, vana kuupäev ja kiirustamine jagamisega on ohumärgid.
level-fact-fake-news-page-hint-3 = Vaata pealkirja, autori rida ja kuupäeva.

fact-fake-news-page-address = daily-truth-now.example/big-news
fact-fake-news-page-address-reason = Sa pole sellest saidist kunagi kuulnud. Igaüks võib panna nimesse sõna „tõde“, seega uuri, kes saiti haldab.
fact-fake-news-page-menu = Avaleht · Uudised · Sport
fact-fake-news-page-menu-reason = Enamikul uudistesaitidel on selline menüü. See pole ohumärk.
fact-fake-news-page-headline = MAPLETONI PARGIS KOORUS DINOSAURUSEMUNA!!!
fact-fake-news-page-headline-reason = Suured tähed ja palju „!“ püüavad sind elevile ajada. Päris uudised räägivad rahulikult.
fact-fake-news-page-author = Kirjutanud: (nimi puudub)
fact-fake-news-page-author-reason = Päris uudised ütlevad, kes need kirjutas. Ilma nimeta ei seisa keegi loo taga.
fact-fake-news-page-date = Postitatud 6 aastat tagasi, aga märgitud „UUS!“
fact-fake-news-page-date-reason = Seda vana lugu jagatakse, nagu see oleks juhtunud täna. Kontrolli alati kuupäeva.
fact-fake-news-page-photo = Foto: vaikne park puudega
fact-fake-news-page-photo-reason = Tavaline foto üksi pole ohumärk. Loe ka selle ümber olevaid sõnu.
fact-fake-news-page-share = Jaga, enne kui selle kustutavad!
fact-fake-news-page-share-reason = See tahab, et sa kiirustaksid ega mõtleks. Päris uudised ei palu end jagada.

## Tase 5: kontrolli lugu enne jagamist

level-fact-check-a-story-title = Peatu ja kontrolli
level-fact-check-a-story-instruction = Näed üllatavat lugu. Pane faktikontrollijate sammud järjekorda.
level-fact-check-a-story-learned = Faktikontrollijad peatuvad kõigepealt, siis uurivad, kes loo tegi, siis otsivad seda usaldusväärsetelt saitidelt ja alles siis otsustavad, kas jagada.
level-fact-check-a-story-hint-1 = Mida peaksid tegema, enne kui su sõrm puudutab „Jaga“?
level-fact-check-a-story-hint-2 = Faktikontrollijad vaatavad, kes loo tegi, enne kui kuskilt mujalt otsivad. Otsustamine tuleb viimasena.
level-fact-check-a-story-hint-3 = 1. samm on peatuda ja veel mitte jagada.

fact-check-a-story-stop = Peatu: ära veel jaga.
fact-check-a-story-stop-reason = See on esimene. Faktikontrollijad alustavad peatumisest: kui oled loo jaganud, ei saa sa seda tagasi võtta.
fact-check-a-story-who = Uuri, kes selle tegi ja miks.
fact-check-a-story-who-reason = Järgmiseks vaata allikat. Kas see tahab sind informeerida, sulle midagi müüa või klikke saada?
fact-check-a-story-others = Otsi seda teistelt usaldusväärsetelt saitidelt. Kontrolli kuupäeva.
fact-check-a-story-others-reason = Siis võrdle. Kui see on tõsi, räägivad sellest ka usaldusväärsed uudistesaidid. Vanu lugusid jagatakse sageli uutena.
fact-check-a-story-decide = Siis otsusta: jagada või mitte.
fact-check-a-story-decide-reason = Otsusta viimasena, kui tead, kes selle tegi ja kes veel sellest räägib. Jaga ainult seda, mida oled kontrollinud.
