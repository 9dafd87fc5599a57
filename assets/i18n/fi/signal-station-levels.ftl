# Signaaliasema: tapahtumat. Nimeä tapahtumaosa sen otsikolla, kuten oppilaat sen näkevät.

## Ensimmäinen tapahtuma, väri, oikea tapahtuma

level-signal-first-event-title = Lamppuja siellä täällä
level-signal-first-event-instruction = Sytytä kaikki lamput ja pysähdy lipulle. Pääohjelmaan mahtuu vain 3 palikkaa, joten se ei pysty siihen yksin. Kokeile uutta osaa: ”Kun robotti astuu lampulle”.
level-signal-first-event-learned = Tapahtuma on jotain, mikä tapahtuu, kuten että robotti astuu lampulle. Osan ”Kun robotti astuu lampulle” palikat ajetaan joka kerta, kun se tapahtuu. Sitten robotti jatkaa Pääohjelmaa.
level-signal-first-event-hint-1 = Lamput eivät ole yhtä kaukana toisistaan. Pitääkö Pääohjelman tietää, missä kukin lamppu on?
level-signal-first-event-hint-2 = Anna Pääohjelman vain ajaa lipulle. Joka kerta kun robotti astuu lampulle, ”Kun robotti astuu lampulle” käy itsestään.
level-signal-first-event-hint-3 = Laita Sytytä osaan ”Kun robotti astuu lampulle”.

level-signal-blue-corners-title = Siniset kulmat
level-signal-blue-corners-instruction = Aja keskellä olevalle lipulle. Siniset ruudut näyttävät, missä tie kääntyy. Pääohjelmaan mahtuu vain 3 palikkaa.
level-signal-blue-corners-learned = Tapahtuma voi olla myös väri. ”Kun robotti astuu siniselle” käy joka kerta, kun Eteenpäin vie robotin siniselle ruudulle.
level-signal-blue-corners-hint-1 = Mihin suuntaan tie kääntyy kullakin sinisellä ruudulla? Onko suunta joka kerta sama?
level-signal-blue-corners-hint-2 = Pääohjelma vain ajaa eteenpäin. Käännökset kuuluvat osaan ”Kun robotti astuu siniselle”.
level-signal-blue-corners-hint-3 = Pääohjelma on Toista kunnes valmis, sisällä Eteenpäin.

level-signal-which-event-title = Mikä väri?
level-signal-which-event-instruction = Aja lipulle. Tie kääntyy vasemmalle joillakin värillisillä ruuduilla. Katso värejä tarkkaan ja valitse oikea tapahtuma.
level-signal-which-event-learned = ”Vaihda tapahtuma” valitsee, mihin robotti vastaa. Valitse tapahtuma, joka tapahtuu juuri siellä, missä robotin pitää toimia.
level-signal-which-event-hint-1 = Missä tie kääntyy? Minkä värisiä ne ruudut ovat?
level-signal-which-event-hint-2 = Punaiset ruudut ovat suorilla pätkillä. Käännös niissä vie umpikujaan. Napauta ”Vaihda tapahtuma”.
level-signal-which-event-hint-3 = Laita Käänny vasemmalle osaan ”Kun robotti astuu vihreälle”.

## Lisää tapahtumaosassa: kaksi palikkaa, laskuri, kysymykset, apuri

level-signal-corner-lamps-title = Lamput kulmissa
level-signal-corner-lamps-instruction = Aja kerran kehän ympäri, sytytä neljä lamppua ja pysähdy robotin takana olevalle lipulle. Jokainen lamppu on kulmassa.
level-signal-corner-lamps-learned = Tapahtumaosassa voi olla useampi palikka. Aina kun tapahtuma tapahtuu, kaikki sen palikat ajetaan peräkkäin.
level-signal-corner-lamps-hint-1 = Mitä robotin pitää tehdä jokaisessa kulmassa?
level-signal-corner-lamps-hint-2 = Jokaisen lampun kohdalla on kaksi tehtävää: sytytä lamppu ja käänny. Molemmat kuuluvat osaan ”Kun robotti astuu lampulle”.
level-signal-corner-lamps-hint-3 = Laita Sytytä osaan ”Kun robotti astuu lampulle”. Mitä muuta kulmassa tapahtuu?

level-signal-count-reds-title = Kolmas punainen ruutu
level-signal-count-reds-instruction = Mene lipulle. Jokaisella punaisella ruudulla on tie vasemmalla, mutta vain kolmas vie lipulle. Anna robotin laskea punaiset ruudut.
level-signal-count-reds-learned = Tapahtumaosa voi käyttää myös laskuria. ”Kun robotti astuu punaiselle” lisää yhden jokaisella punaisella ruudulla, joten Pääohjelman tarvitsee vain ajaa.
level-signal-count-reds-hint-1 = Kolme punaista ruutua näyttävät samalta. Miten robotti tietää, mikä on kolmas?
level-signal-count-reds-hint-2 = Joka kerta kun robotti astuu punaiselle, lisää laskuriin yksi. Kun laskuri on 3, käänny vasemmalle.
level-signal-count-reds-hint-3 = ”Kun robotti astuu punaiselle” alkaa palikalla Lisää laskuriin 1.

level-signal-winding-road-title = Mutkainen tie
level-signal-winding-road-instruction = Seuraa mutkaista tietä, sytytä kaikki lamput ja mene lipulle. Lamput eivät ole kulmissa.
level-signal-winding-road-learned = Pääohjelma ja tapahtumaosa voivat kumpikin hoitaa oman tehtävänsä. Tässä Pääohjelma seuraa tietä ja ”Kun robotti astuu lampulle” sytyttää lamput matkan varrella.
level-signal-winding-road-hint-1 = Mihin suuntaan tie kääntyy jokaisessa kulmassa?
level-signal-winding-road-hint-2 = Pääohjelma ajaa ja kääntyy oikealle aina, kun oikealla on tie. Lamput ovat tehtävä osalle ”Kun robotti astuu lampulle”.
level-signal-winding-road-hint-3 = Pääohjelmassa, palikan Toista kunnes valmis sisällä: Eteenpäin, sitten Jos tie oikealla.

level-signal-fix-the-event-title = Väärä tapahtuma
level-signal-fix-the-event-instruction = Jokaisella sinisellä ruudulla robotin pitäisi kääntyä tien suuntaan. Mutta se kääntyy liian aikaisin ja ajaa seinään. Korjaa ohjelma.
level-signal-fix-the-event-learned = Jos tapahtumaosa tekee oikean asian väärällä hetkellä, tarkista ensin sen tapahtuma. Yksi napautus ”Vaihda tapahtuma” -nappiin voi korjata sen.
level-signal-fix-the-event-hint-1 = Napauta ”Askel” ja katso. Millä ruudulla robotti kääntyy ensimmäisen kerran?
level-signal-fix-the-event-hint-2 = Tapahtumaosan palikat ovat oikein. Ne vain käyvät väärillä ruuduilla.
level-signal-fix-the-event-hint-3 = Lue otsikko Jos … muuten -palikan yläpuolelta. Tapahtuuko kulmissa juuri se?

level-signal-side-steps-title = Sivuaskeleet
level-signal-side-steps-instruction = Mene lipulle. Jokaisella punaisella ruudulla tie siirtyy yhden ruudun robotin oikealle puolelle. Osaan ”Kun robotti astuu punaiselle” mahtuu vain 2 palikkaa.
level-signal-side-steps-learned = Tapahtumaosa voi kutsua apuria, aivan kuten Pääohjelma. Apurin palikat ajetaan, ja sitten robotti jatkaa Pääohjelmaa.
level-signal-side-steps-hint-1 = Mitä robotti tekee punaisella ruudulla päästäkseen tien seuraavalle pätkälle?
level-signal-side-steps-hint-2 = Sivuaskel vaatii kolme palikkaa, mutta tapahtumaosaan mahtuu vain 2. Rakenna sivuaskel Apuri 1:een ja kutsu sitä osasta ”Kun robotti astuu punaiselle”.
level-signal-side-steps-hint-3 = Apuri 1 alkaa palikalla Käänny oikealle.
