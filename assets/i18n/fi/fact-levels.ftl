# Maailma ”Faktantutkijat”: tiedon arviointi. Ihmiset, paikat, sivustot ja merkit ovat keksittyjä.

world-fact-finders = Faktantutkijat

fact-bin-trustworthy = Vaikuttaa luotettavalta
fact-bin-check-first = Tarkista ensin
fact-bin-advert = Mainos
fact-bin-not-advert = Ei mainos

## Taso 1: otsikot

level-fact-headlines-title = Otsikkotarkistus
level-fact-headlines-instruction = Vaikuttaako tämä otsikko luotettavalta, vai pitäisikö se tarkistaa ensin?
level-fact-headlines-learned = Luota uutisiin, jotka tulevat asiasta oikeasti tietäviltä, kuten kunnalta tai koululta. Tarkista ensin huutavat, ihmeelliset tai nimettömät uutiset.
level-fact-headlines-hint-1 = Kysy: kuka tämän sanoo, ja mistä hän sen tietäisi?
level-fact-headlines-hint-2 = Huutaminen, salaisuudet ja ihmeelliset lupaukset tarkoittavat: tarkista ensin. Arkiset uutiset asiasta vastaavilta vaikuttavat luotettavilta.
level-fact-headlines-hint-3 = Kissaotsikko huutaa ja puhuu suuresta salaisuudesta. Tarkista se ensin!

fact-headlines-cats = SHOKKI!!! Kissat osaavat puhua, tutkijat salaavat sen!
fact-headlines-cats-reason = Isot kirjaimet, monta ”!”-merkkiä ja suuri salaisuus ovat varoitusmerkkejä. Etsi tieto ensin luotettavilta sivustoilta.
fact-headlines-library = Kunnan sivut: Kirjasto on torstaisin auki pidempään
fact-headlines-library-reason = Kunta ylläpitää kirjastoa, joten sen omat sivut tietävät aukioloajat.
fact-headlines-grow = Tällä tempulla kasvat yössä 10 cm!
fact-headlines-grow-reason = Liian hyvää ollakseen totta. Tällaiset otsikot haluavat klikkauksesi, eivät kertoa faktoja.
fact-headlines-weather = Sääpalvelu: Lauantaiksi odotetaan sadetta
fact-headlines-weather-reason = Ennusteiden tekeminen on sääpalvelun työtä. Se on oikea paikka tälle uutiselle.
fact-headlines-no-name = Nimetön julkaisu: Kaikki koulut kiinni kuukaudeksi!
fact-headlines-no-name-reason = Kukaan ei kerro, kuka tämän kirjoitti. Näin iso uutinen olisi koulun tai kunnan sivuilla.
fact-headlines-sports-day = Koulun tiedote: Urheilupäivä siirtyy perjantaille
fact-headlines-sports-day-reason = Koulusi tuntee omat suunnitelmansa. Koulun omat uutiset ovat hyvä lähde.

## Taso 2: mainos vai ei?

level-fact-ad-or-not-title = Mainos vai ei?
level-fact-ad-or-not-instruction = Onko tämä mainos? Lajittele jokainen kortti oikeaan laatikkoon.
level-fact-ad-or-not-learned = Mainokset haluavat sinun ostavan jotain. Etsi merkintöjä kuten ”Sponsoroitu”, ”Mainos” tai ”#mainos”.
level-fact-ad-or-not-hint-1 = Kysy: haluaako joku, että ostan jotain?
level-fact-ad-or-not-hint-2 = ”Sponsoroitu”, ”Mainos” ja ”#mainos” tarkoittavat, että joku maksoi siitä, että se on siinä.
level-fact-ad-or-not-hint-3 = Jalokiviponnahdusikkuna ja ”#mainos”-julkaisu ovat mainoksia.

fact-ad-or-not-sponsored = Sponsoroitu: Maista uusia Crunchy Stars -muroja!
fact-ad-or-not-sponsored-reason = ”Sponsoroitu” tarkoittaa, että yritys maksoi näyttääkseen tämän sinulle. Se haluaa sinun ostavan muroja.
fact-ad-or-not-news = Uutinen: Rivertoniin avataan uusi silta
fact-ad-or-not-news-reason = Uutinen kertoo, mitä tapahtui. Kukaan ei myy sinulle mitään.
fact-ad-or-not-influencer = Mia_Plays: Ihanat lenkkarit, rakastan näitä! #mainos
fact-ad-or-not-influencer-reason = ”#mainos” tarkoittaa, että yritys maksoi Mialle tästä julkaisusta. Hänelle maksetaan siitä, että hän sanoo rakastavansa niitä.
fact-ad-or-not-encyclopedia = Tietosanakirjan artikkeli: Miten mehiläiset tekevät hunajaa
fact-ad-or-not-encyclopedia-reason = Tietosanakirja selittää asioita. Se ei yritä myydä sinulle hunajaa.
fact-ad-or-not-search = Ylin hakutulos, merkitty ”Sponsoroitu”
fact-ad-or-not-search-reason = Yritys maksoi päästäkseen ylimmäksi. Paras vastaus voi olla alempana.
fact-ad-or-not-gems = Pelin ikkuna: Osta 500 jalokiveä nyt!
fact-ad-or-not-gems-reason = Peli haluaa sinun käyttävän oikeaa rahaa. Kysy aina aikuiselta ennen kuin ostat mitään.
fact-ad-or-not-friend = Kaverin julkaisu: Katso mun hiekkalinnaa!
fact-ad-or-not-friend-reason = Kaverisi jakaa jotain hauskaa. Kukaan ei maksanut siitä, joten se ei ole mainos.

## Taso 3: mistä etsiä

level-fact-which-source-title = Mistä etsiä?
level-fact-which-source-instruction = Valitse joka kerta paras vastaus.
level-fact-which-source-learned = Etsi faktoja sieltä, minne asiantuntijat niitä kirjoittavat. Tarkista juttu luotettavilta sivustoilta ennen kuin uskot tai jaat sen.
level-fact-which-source-hint-1 = Kysy: kuka tämän teki, ja tietääkö hän siitä oikeasti?
level-fact-which-source-hint-2 = Hyvät lähteet kertovat, kuka ne teki, ja asiantuntijat tarkistavat ne.
level-fact-which-source-hint-3 = Tulivuorifaktoihin valitse tietosanakirja tai museon sivusto.

fact-which-source-volcanoes = Tarvitset läksyihin faktoja tulivuorista. Mistä etsit?
fact-which-source-volcanoes-video = Ensimmäisestä hauskasta videosta, jonka löydän.
fact-which-source-volcanoes-video-reason = Hauskat videot haluavat naurattaa sinua. Niissä voi olla faktat väärin.
fact-which-source-volcanoes-encyclopedia = Lasten tietosanakirjasta tai museon sivuilta.
fact-which-source-volcanoes-encyclopedia-reason = Hienoa! Asiantuntijat kirjoittavat ja tarkistavat ne. Niissä kerrotaan, kuka ne teki.
fact-which-source-volcanoes-game-chat = Kysyn pelichatissa. Joku siellä kyllä tietää.
fact-which-source-volcanoes-game-chat-reason = Pelichatissa ihmiset voivat vain arvata. Et voi tietää, tietävätkö he oikeasti.
fact-which-source-chocolate = Video sanoo: ”Suklaa parantaa flunssan!” Mitä teet?
fact-which-source-chocolate-believe = Syön ensi flunssassa paljon suklaata.
fact-which-source-chocolate-believe-reason = Yksi video ei ole todiste. Paljon suklaata ei vie flunssaa pois.
fact-which-source-chocolate-share = Lähetän sen mummolle, jotta hän pysyy terveenä.
fact-which-source-chocolate-share-reason = Mummokin voisi uskoa sen, eikä se ole totta. Tarkista ensin ja jaa sitten vain se, mikä on totta.
fact-which-source-chocolate-check = Pyydän aikuista auttamaan tarkistuksessa.
fact-which-source-chocolate-check-reason = Oikein! Yhdessä voitte katsoa luotettavalta terveyssivustolta. Lääkärit tietävät flunssasta.
fact-which-source-screenshot = Joku jakaa luokan chatissa kuvakaappauksen ”uutisesta”. Linkkiä ei ole.
fact-which-source-screenshot-search = Etsin sitä luotettavalta uutissivustolta.
fact-which-source-screenshot-search-reason = Hyvää salapoliisityötä! Jos se on totta, luotettavilla uutissivustoilla on se myös.
fact-which-source-screenshot-forward = Lähetän sen muihin chatteihini, jotta kaikki tietävät.
fact-which-source-screenshot-forward-reason = Ilman linkkiä et tiedä, kuka sen teki. Se voi olla keksitty.
fact-which-source-screenshot-believe = Uskon sen: kuvakaappaus on todiste.
fact-which-source-screenshot-believe-reason = Kuka tahansa voi tehdä kuvan, joka näyttää uutiselta. Kuvakaappauksia on helppo väärentää.

## Taso 4: valeuutissivu

level-fact-fake-news-page-title = Tuore uutinen?
level-fact-fake-news-page-instruction = Napauta jokaista varoitusmerkkiä tällä uutissivulla.
level-fact-fake-news-page-learned = Valeuutiset usein huutavat, piilottavat kirjoittajansa, esittävät vanhoja juttuja uusina ja hoputtavat jakamaan.
level-fact-fake-news-page-hint-1 = Lue kuin salapoliisi: kuka tämän kirjoitti ja milloin?
level-fact-fake-news-page-hint-2 = Huutaminen, puuttuva nimi, vanha päivämäärä ja kiire jakaa ovat varoitusmerkkejä.
level-fact-fake-news-page-hint-3 = Katso otsikkoa, kirjoittajariviä ja päivämäärää.

fact-fake-news-page-address = daily-truth-now.example/big-news
fact-fake-news-page-address-reason = Et ole kuullutkaan tästä sivustosta. Kuka tahansa voi laittaa nimeen sanan ”totuus”, joten selvitä, kuka sivustoa ylläpitää.
fact-fake-news-page-menu = Etusivu · Uutiset · Urheilu
fact-fake-news-page-menu-reason = Useimmilla uutissivustoilla on tällainen valikko. Se ei ole varoitusmerkki.
fact-fake-news-page-headline = DINOSAURUKSEN MUNA KUORIUTUI MAPLETONIN PUISTOSSA!!!
fact-fake-news-page-headline-reason = Isot kirjaimet ja monta ”!”-merkkiä yrittävät innostaa sinua. Oikeat uutiset kerrotaan rauhallisesti.
fact-fake-news-page-author = Kirjoittaja: (ei nimeä)
fact-fake-news-page-author-reason = Oikeat uutiset kertovat, kuka ne kirjoitti. Ilman nimeä kukaan ei seiso jutun takana.
fact-fake-news-page-date = Julkaistu 6 vuotta sitten, mutta merkitty ”UUSI!”
fact-fake-news-page-date-reason = Tätä vanhaa juttua jaetaan kuin se olisi tapahtunut tänään. Tarkista aina päivämäärä.
fact-fake-news-page-photo = Kuva: rauhallinen puisto ja puita
fact-fake-news-page-photo-reason = Tavallinen kuva ei yksinään ole varoitusmerkki. Lue myös sen ympärillä olevat sanat.
fact-fake-news-page-share = Jaa ennen kuin tämä poistetaan!
fact-fake-news-page-share-reason = Tämä haluaa sinun kiirehtivän etkä ajattelevan. Oikeat uutiset eivät kerjää jakamaan niitä.

## Taso 5: tarkista juttu ennen kuin jaat sen

level-fact-check-a-story-title = Pysähdy ja tarkista
level-fact-check-a-story-instruction = Näet yllättävän jutun. Laita faktantarkistajien vaiheet järjestykseen.
level-fact-check-a-story-learned = Faktantarkistajat pysähtyvät ensin, selvittävät sitten, kuka jutun teki, etsivät sitä sitten luotettavilta sivustoilta ja vasta sitten päättävät, jakavatko sen.
level-fact-check-a-story-hint-1 = Mitä sinun pitäisi tehdä ennen kuin sormesi napauttaa ”Jaa”?
level-fact-check-a-story-hint-2 = Faktantarkistajat katsovat, kuka jutun teki, ennen kuin etsivät mistään muualta. Päättäminen tulee viimeisenä.
level-fact-check-a-story-hint-3 = Vaihe 1 on pysähtyä eikä jakaa vielä.

fact-check-a-story-stop = Pysähdy: älä jaa vielä.
fact-check-a-story-stop-reason = Tämä ensin. Faktantarkistajat aloittavat pysähtymällä: kun olet jakanut jutun, et voi ottaa sitä takaisin.
fact-check-a-story-who = Selvitä, kuka sen teki ja miksi.
fact-check-a-story-who-reason = Seuraavaksi katso lähdettä. Haluaako se kertoa sinulle jotain, myydä jotain vai saada klikkauksia?
fact-check-a-story-others = Etsi sitä muilta luotettavilta sivustoilta. Tarkista päivämäärä.
fact-check-a-story-others-reason = Sitten vertaa. Jos se on totta, luotettavat uutissivustot kertovat siitä myös. Vanhoja juttuja jaetaan usein uusina.
fact-check-a-story-decide = Päätä sitten: jaatko vai et.
fact-check-a-story-decide-reason = Päätä viimeisenä, kun tiedät, kuka jutun teki ja kuka muu siitä kertoo. Jaa vain se, minkä olet tarkistanut.
