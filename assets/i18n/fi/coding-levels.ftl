# Ohjelmointimaailmat ja niiden tasot. Käytä robot.ftl:n palikoiden nimiä.

world-robot-road = Robottitie
world-loop-lagoon = Silmukkalaguuni
world-helper-hills = Apurikukkulat
world-choice-canyon = Valintakanjoni
world-sensor-springs = Sensorilähteet
world-number-harbour = Numerosatama
world-signal-station = Signaaliasema
world-bug-bay = Bugilahti

## Robottitie

level-robot-first-steps-title = Ensimmäiset askeleet
level-robot-first-steps-instruction = Rakenna ohjelma, joka vie robotin lipulle. Napauta sitten ”Käynnistä”.
level-robot-first-steps-learned = Ohjelma on lista askelia. Robotti tekee ne yksi kerrallaan, järjestyksessä.
level-robot-first-steps-hint-1 = Katso lippua. Mihin suuntaan robotti nyt katsoo?
level-robot-first-steps-hint-2 = Eteenpäin siirtää robottia yhden ruudun. Käänny oikealle kääntää sitä paikallaan.
level-robot-first-steps-hint-3 = Aloita näin: Eteenpäin, Eteenpäin, Käänny oikealle.

level-robot-turn-left-title = Käänny vasemmalle
level-robot-turn-left-instruction = Vie robotti lipulle. Tällä kertaa sen pitää kääntyä vasemmalle.
level-robot-turn-left-learned = Käänny vasemmalle ja Käänny oikealle muuttavat, mihin robotti katsoo. Ne eivät liikuta sitä.
level-robot-turn-left-hint-1 = Robotti katsoo ylös. Missä tie kääntyy?
level-robot-turn-left-hint-2 = Kun olet käyttänyt palikkaa Käänny vasemmalle, Eteenpäin vie robottia uuteen suuntaan.
level-robot-turn-left-hint-3 = Aloita näin: Eteenpäin, Eteenpäin, Käänny vasemmalle.

level-robot-zigzag-title = Siksak-portaat
level-robot-zigzag-instruction = Mene portaita alas lipulle. Tie kääntyy jokaisen askelman jälkeen.
level-robot-zigzag-learned = Pitkä tie on vain pieniä askelia ja käännöksiä peräkkäin.
level-robot-zigzag-hint-1 = Seuraa tietä sormella. Laske käännökset.
level-robot-zigzag-hint-2 = Käänny oikealle mennäksesi alas. Käänny vasemmalle mennäksesi taas sivulle.
level-robot-zigzag-hint-3 = Aloita näin: Eteenpäin, Käänny oikealle, Eteenpäin, Käänny vasemmalle.

level-robot-around-rocks-title = Seinän ympäri
level-robot-around-rocks-instruction = Seinä on tiellä. Aja sen ympäri lipulle.
level-robot-around-rocks-learned = Kun tie on tukossa, voit suunnitella reitin sen ympäri.
level-robot-around-rocks-hint-1 = Robotti ei pääse suoraan lipulle. Mistä pääsee ympäri?
level-robot-around-rocks-hint-2 = Ensin ylös, sitten sivulle ja sitten alas.
level-robot-around-rocks-hint-3 = Aloita näin: Eteenpäin, Eteenpäin, Käänny oikealle.

level-robot-fix-the-path-title = Korjaa reitti
level-robot-fix-the-path-instruction = Tässä ohjelmassa on bugi: robotti törmää seinään. Seuraa sitä ”Askel”-napilla ja korjaa sitten ohjelma.
level-robot-fix-the-path-learned = Bugi on virhe ohjelmassa. Yksi ylimääräinen palikka voi ohjata robotin seinään. Poista se, niin ohjelma toimii.
level-robot-fix-the-path-hint-1 = Napauta ”Askel”, niin etenet palikka kerrallaan. Missä robotti törmää seinään?
level-robot-fix-the-path-hint-2 = Robotti menee ruudun liian pitkälle ennen kääntymistä. Yksi palikka on liikaa.
level-robot-fix-the-path-hint-3 = Ylimääräinen palikka on ennen ensimmäistä käännöstä.

level-robot-first-lamp-title = Valot päälle
level-robot-first-lamp-instruction = Aja lampun luo. Käytä sitten Sytytä-palikkaa ja sytytä se.
level-robot-first-lamp-learned = Sytytä toimii vain, kun robotti seisoo lampun päällä.
level-robot-first-lamp-hint-1 = Montako ruutua lamppuun on?
level-robot-first-lamp-hint-2 = Ensin robotin pitää seistä lampun päällä. Sitten Sytytä sytyttää sen.
level-robot-first-lamp-hint-3 = Lamppu on kolmen ruudun päässä robotin edessä.

level-robot-two-lamps-title = Kaksi lamppua
level-robot-two-lamps-instruction = Sytytä molemmat lamput. Lippua ei ole: tehtävä on valmis, kun kaikki lamput palavat.
level-robot-two-lamps-learned = Robotti voi tehdä tehtävän matkan varrella: pysähtyä, sytyttää lampun ja jatkaa.
level-robot-two-lamps-hint-1 = Ohitat ensimmäisen lampun matkalla toiselle.
level-robot-two-lamps-hint-2 = Laita Sytytä heti sen palikan jälkeen, joka vie robotin lampulle.
level-robot-two-lamps-hint-3 = Aloita näin: Eteenpäin, Eteenpäin, Sytytä.

level-robot-lamps-and-flag-title = Lamput ja lippu
level-robot-lamps-and-flag-instruction = Sytytä molemmat lamput. Mene sitten lipulle.
level-robot-lamps-and-flag-learned = Tehtävässä voi olla monta osaa. Robotin pitää tehdä ne kaikki.
level-robot-lamps-and-flag-hint-1 = Lippu lasketaan vasta, kun kaikki lamput palavat.
level-robot-lamps-and-flag-hint-2 = Suunnittele reitti, joka kulkee molempien lamppujen kautta ennen lippua.
level-robot-lamps-and-flag-hint-3 = Aloita näin: Eteenpäin, Sytytä, Käänny oikealle.

level-robot-turn-around-title = Täyskäännös
level-robot-turn-around-instruction = Sytytä lamppu. Tee sitten täyskäännös ja mene lipulle.
level-robot-turn-around-learned = Kaksi käännöstä samaan suuntaan saa robotin katsomaan sinne, mistä se tuli.
level-robot-turn-around-hint-1 = Lamppu ja lippu ovat robotin eri puolilla.
level-robot-turn-around-hint-2 = Täyskäännökseen tarvitaan kaksi käännöstä: Käänny vasemmalle, Käänny vasemmalle.
level-robot-turn-around-hint-3 = Aloita näin: Eteenpäin, Eteenpäin, Sytytä.

level-robot-long-road-title = Pitkä kierros
level-robot-long-road-instruction = Sytytä molemmat lamput ja päätä lipulle. Kumpi kierros on lyhyempi?
level-robot-long-road-learned = Reittejä voi olla useampi. Mieti ensin ja valitse sitten lyhyempi.
level-robot-long-road-hint-1 = Suoraan alas pääsee lipulle, mutta silloin lamput ovat yhä pimeinä.
level-robot-long-road-hint-2 = Kulje ensin yläreunaa, sitten alas ja sitten takaisin alareunaa.
level-robot-long-road-hint-3 = Aloita näin: Eteenpäin, Sytytä, Eteenpäin, Käänny oikealle.

## Silmukkalaguuni

level-loop-first-loop-title = Ensimmäinen silmukka
level-loop-first-loop-instruction = Mene lipulle. Ohjelmaasi mahtuu vain 3 palikkaa, joten käytä Toista-palikkaa.
level-loop-first-loop-learned = Toista-palikka ajaa sisällään olevat palikat yhä uudelleen. Yksi silmukka tekee monen palikan työn.
level-loop-first-loop-hint-1 = Laske ruudut robotin ja lipun välillä.
level-loop-first-loop-hint-2 = Laita Eteenpäin Toista-palikan sisään. Napauta sitten ”Enemmän kertoja” ja aseta luku.
level-loop-first-loop-hint-3 = Eteenpäin menee silmukan sisään. Aseta luvuksi laskemiesi ruutujen määrä.

level-loop-lamp-row-title = Lamppurivi
level-loop-lamp-row-instruction = Sytytä kaikki viisi lamppua. Ohjelmaasi mahtuu vain 5 palikkaa, joten käytä silmukkaa.
level-loop-lamp-row-learned = Silmukka voi toistaa useampaa kuin yhtä palikkaa. Tässä se toistaa askeleen ja sytytyksen.
level-loop-lamp-row-hint-1 = Jokainen lamppu on vain yhden ruudun päässä edellisestä.
level-loop-lamp-row-hint-2 = Laita kaksi palikkaa yhden Toista-palikan sisään. Silmukka tekee molemmat yhä uudelleen.
level-loop-lamp-row-hint-3 = Silmukan sisällä: Eteenpäin, sitten Sytytä. Montako kertaa?

level-loop-corner-title = Kulman taakse
level-loop-corner-instruction = Mene lipulle. Käytä silmukkaa kummallekin pitkälle pätkälle ja käännöstä niiden välissä.
level-loop-corner-learned = Ohjelmassa voi olla monta silmukkaa peräkkäin.
level-loop-corner-hint-1 = Tiessä on kaksi pitkää suoraa pätkää.
level-loop-corner-hint-2 = Ensin silmukka yläpätkälle. Sitten Käänny oikealle. Sitten silmukka alas menevälle pätkälle.
level-loop-corner-hint-3 = Aloita näin: Toista 4 kertaa, sisällä Eteenpäin. Sitten Käänny oikealle.

level-loop-stairs-title = Silmukkaportaat
level-loop-stairs-instruction = Kiipeä portaat lipulle. Etsi osa, joka toistuu.
level-loop-stairs-learned = Kun kuvio toistuu, rakenna se kerran silmukan sisään. Silmukka hoitaa loput.
level-loop-stairs-hint-1 = Katso yhtä askelmaa. Mitä robotti tekee sillä?
level-loop-stairs-hint-2 = Silmukassa voi olla myös käännöksiä. Laita yksi askelma Toista-palikan sisään.
level-loop-stairs-hint-3 = Yksi askelma on: Eteenpäin, Käänny vasemmalle, Eteenpäin, Käänny oikealle.

level-loop-square-title = Lamppuneliö
level-loop-square-instruction = Sytytä kulmien kolme lamppua. Käytä silmukkaa.
level-loop-square-learned = Silmukka, jonka sisällä on käännös, voi viedä robotin neliön ympäri.
level-loop-square-hint-1 = Neliön jokainen sivu näyttää samalta.
level-loop-square-hint-2 = Laita yhden sivun ja yhden kulman palikat Toista-palikan sisään.
level-loop-square-hint-3 = Yksi sivu on: Eteenpäin, Eteenpäin, Sytytä, Käänny oikealle.

level-loop-fix-the-loop-title = Korjaa silmukka
level-loop-fix-the-loop-instruction = Tämän silmukan pitäisi sytyttää kaikki kolme lamppua. Ensimmäisen lampun jälkeen robotti törmää seinään. Korjaa silmukka.
level-loop-fix-the-loop-learned = Silmukka tekee samat palikat joka kierroksella. Siksi jokaisen kierroksen pitää päättyä niin, että robotti katsoo samaan suuntaan kuin alussa.
level-loop-fix-the-loop-hint-1 = Napauta ”Askel”. Mihin robotti katsoo, kun silmukka alkaa uudelleen?
level-loop-fix-the-loop-hint-2 = Jokaisen kierroksen lopussa robotin pitää katsoa samaan suuntaan kuin alussa.
level-loop-fix-the-loop-hint-3 = Silmukan lopusta puuttuu käännös.

level-loop-in-a-loop-title = Silmukka silmukassa
level-loop-in-a-loop-instruction = Sytytä kaikki lamput neliön ympäriltä. Laita silmukka toisen silmukan sisään.
level-loop-in-a-loop-learned = Silmukka voi olla toisen silmukan sisällä. Aina kun ulompi silmukka käy kerran, sisempi käy kaikki kierroksensa.
level-loop-in-a-loop-hint-1 = Katso yhtä sivua: kolme lamppua rivissä ja sitten kulma.
level-loop-in-a-loop-hint-2 = Sisempi silmukka sytyttää yhden sivun. Ulompi tekee sen jokaiselle sivulle.
level-loop-in-a-loop-hint-3 = Sisempi silmukka: Toista 3 kertaa, sisällä Eteenpäin ja Sytytä.

level-loop-lamp-stairs-title = Lamppuportaat
level-loop-lamp-stairs-instruction = Mene portaat alas ja sytytä lamppu jokaisella askelmalla.
level-loop-lamp-stairs-learned = Silmukka voi liikkua, kääntyä ja tehdä tehtävän. Joka kierroksella se tekee yhden kokonaisen askelman.
level-loop-lamp-stairs-hint-1 = Mitä robotti tekee yhdellä askelmalla? Katso, missä lamppu on.
level-loop-lamp-stairs-hint-2 = Etsi yhden askelman palikat niin, että Sytytä on oikeassa kohdassa. Toista ne sitten.
level-loop-lamp-stairs-hint-3 = Yksi askelma alkaa näin: Eteenpäin, Käänny oikealle, Eteenpäin.

level-loop-big-ring-title = Iso kehä
level-loop-big-ring-instruction = Sytytä ison kehän kulmien lamput. Sivut ovat pitkiä, joten käytä silmukkaa silmukassa.
level-loop-big-ring-learned = Sisempi silmukka kulkee pitkän sivun. Ulompi tekee sivun, käännöksen ja sytytyksen jokaisessa kulmassa.
level-loop-big-ring-hint-1 = Kulmasta seuraavaan on neljä ruutua.
level-loop-big-ring-hint-2 = Sisempi silmukka kulkee yhden sivun. Ulompi lisää käännöksen ja sytytyksen, kerran jokaista kulmaa kohden.
level-loop-big-ring-hint-3 = Sisempi silmukka: Toista 4 kertaa, sisällä Eteenpäin.

level-choice-until-goal-title = Kunnes valmis
level-choice-until-goal-instruction = Mene lipulle. Käytä palikkaa Toista kunnes valmis: se jatkaa, kunnes tehtävä on tehty.
level-choice-until-goal-learned = Toista kunnes valmis ajaa palikoitaan yhä uudelleen ja lopettaa, kun tehtävä on tehty. Sinun ei tarvitse laskea.
level-choice-until-goal-hint-1 = Kuinka kaukana lippu on? Tällä kertaa sitä ei tarvitse tietää.
level-choice-until-goal-hint-2 = Toista kunnes valmis toistaa sisällään olevia palikoita, kunnes robotti on lipulla.
level-choice-until-goal-hint-3 = Eteenpäin menee silmukan sisään. Mitään lukua ei tarvitse asettaa.

## Apurikukkulat

level-helper-first-helper-title = Ensimmäinen apurisi
level-helper-first-helper-instruction = Sytytä kolme lamppua. Rakenna Apuri 1:een yhden lampun palikat. Käytä sitten Pääohjelmassa Apuri 1 -palikkaa.
level-helper-first-helper-learned = Apuri on nimetty lista palikoita. Sen palikka kutsuu apuria: se ajaa koko listan, niin monta kertaa kuin haluat.
level-helper-first-helper-hint-1 = Lamput ovat kulmissa. Mitä robotti tekee päästäkseen yhdelle lampulle?
level-helper-first-helper-hint-2 = Rakenna Apuri 1:een yhden lampun palikat. Laita Pääohjelmaan Apuri 1 -palikka kerran jokaista lamppua kohden.
level-helper-first-helper-hint-3 = Apuri 1 voi olla: Eteenpäin, Eteenpäin, Sytytä, Käänny oikealle.

level-helper-zigzag-title = Apuri ja käännökset
level-helper-zigzag-instruction = Sytytä kolme lamppua. Anna Apuri 1:n kulkea ja sytyttää. Pääohjelma tekee käännökset.
level-helper-zigzag-learned = Pääohjelma voi sekoittaa apuripalikoita ja muita palikoita.
level-helper-zigzag-hint-1 = Lamppujen välissä tie kääntyy. Kääntyykö se joka kerta samaan suuntaan?
level-helper-zigzag-hint-2 = Suora pätkä on joka kerta sama, joten laita se Apuri 1:een. Laita käännökset Pääohjelmaan.
level-helper-zigzag-hint-3 = Apuri 1: Eteenpäin, Eteenpäin, Eteenpäin, Sytytä.

level-helper-lamp-stairs-title = Apuriportaat
level-helper-lamp-stairs-instruction = Kiipeä portaat ja sytytä lamppu jokaisella askelmalla. Käytä Apuri 1:tä.
level-helper-lamp-stairs-learned = Apuriin mahtuu isompi kuvio, jossa on liikkeitä, käännöksiä ja sytytyksiä.
level-helper-lamp-stairs-hint-1 = Katso yhtä askelmaa. Missä sen lamppu on?
level-helper-lamp-stairs-hint-2 = Laita yksi kokonainen askelma Apuri 1:een. Käytä sitten Apuri 1:tä kerran jokaista askelmaa kohden.
level-helper-lamp-stairs-hint-3 = Yksi askelma alkaa näin: Eteenpäin, Käänny vasemmalle, Eteenpäin.

level-helper-call-itself-title = Toistuva apuri
level-helper-call-itself-instruction = Kiipeä pitkät portaat lipulle. Pääohjelmaan mahtuu vain 3 palikkaa. Voiko Apuri 1 kutsua itseään ja jatkaa kuin Toista kunnes valmis?
level-helper-call-itself-learned = Apuri voi kutsua itseään lopussaan. Silloin se alkaa uudelleen kuin silmukka, kunnes tehtävä on valmis.
level-helper-call-itself-hint-1 = Askelmia on enemmän kuin Pääohjelmaan mahtuu.
level-helper-call-itself-hint-2 = Laita Apuri 1 -palikka viimeiseksi Apuri 1:n sisään. Silloin Apuri 1 käy yhä uudelleen.
level-helper-call-itself-hint-3 = Apuri 1 alkaa näin: Eteenpäin, Käänny vasemmalle, Eteenpäin, Käänny oikealle.

level-helper-round-and-round-title = Ympäri ja ympäri
level-helper-round-and-round-instruction = Sytytä kaikki neljä lamppua. Anna Apuri 1:n kiertää ympäri kutsumalla itseään.
level-helper-round-and-round-learned = Apuri, joka kutsuu itseään, jatkaa, kunnes kaikki lamput palavat.
level-helper-round-and-round-hint-1 = Jokaisella sivulla on yksi lamppu, keskellä.
level-helper-round-and-round-hint-2 = Yhdelle sivulle: kulje, sytytä, kulje, käänny. Sitten Apuri 1 aloittaa itse uudelleen.
level-helper-round-and-round-hint-3 = Apuri 1 alkaa näin: Eteenpäin, Sytytä, Eteenpäin.

level-helper-fix-the-helper-title = Apuri, joka pysähtyy
level-helper-fix-the-helper-instruction = Apuri 1:n pitäisi kiertää neliö ja sytyttää kaikki kolme lamppua, mutta se pysähtyy ensimmäisen jälkeen. Korjaa Apuri 1.
level-helper-fix-the-helper-learned = Apuri, jonka pitää jatkaa, kutsuu itseään lopussaan. Ilman sitä kutsua se käy kerran ja pysähtyy.
level-helper-fix-the-helper-hint-1 = Napauta ”Askel”. Mitä tapahtuu, kun Apuri 1 tulee loppuunsa?
level-helper-fix-the-helper-hint-2 = Pääohjelma kutsuu Apuri 1:tä vain kerran. Miten Apuri 1 voisi käynnistää itsensä uudelleen?
level-helper-fix-the-helper-hint-3 = Apuri 1:n lopusta puuttuu jotain.

level-helper-second-helper-title = Kaksi apuria
level-helper-second-helper-instruction = Sytytä kaikki lamput neliön ympäriltä. Apuri 1 voi kutsua Apuri 2:ta. Kolmeen tähteen Apuri 1 kutsuu myös itseään.
level-helper-second-helper-learned = Apuri voi kutsua toista apuria. Pienistä osista rakennetaan isompia osia.
level-helper-second-helper-hint-1 = Mikä on pienin kuvio? Katso yhtä lamppua.
level-helper-second-helper-hint-2 = Laita pienin kuvio Apuri 2:een. Apuri 1 kutsuu sitä tehdäkseen yhden sivun, kääntyy ja kutsuu sitten itseään.
level-helper-second-helper-hint-3 = Apuri 2: Eteenpäin, Sytytä.

level-helper-walk-then-loop-title = Kävele ja toista
level-helper-walk-then-loop-instruction = Kävele ensin portaille. Anna sitten Apuri 1:n kiivetä ne ja sytyttää jokainen lamppu: se kutsuu itseään lopussaan.
level-helper-walk-then-loop-learned = Pääohjelma voi tehdä tehtävän ensimmäisen osan ja antaa loput apurille.
level-helper-walk-then-loop-hint-1 = Portaat eivät ala siitä, missä robotti seisoo. Ensimmäinen lamppu on kolmen ruudun päässä edessä.
level-helper-walk-then-loop-hint-2 = Kävele Pääohjelmalla portaille. Kutsu sitten Apuri 1:tä: se kiipeää askelman, sytyttää sen lampun ja kutsuu itseään.
level-helper-walk-then-loop-hint-3 = Pääohjelma: Eteenpäin, Eteenpäin, Apuri 1.

level-helper-big-ring-title = Apurit kiertävät
level-helper-big-ring-instruction = Sytytä kolme lamppua neliön ympäriltä. Käänny vasemmalle -palikkaa ei ole: rakenna se apuriin. Pääohjelmaan mahtuu vain yksi palikka, joten jonkin apurin pitää kutsua itseään.
level-helper-big-ring-learned = Apuri voi olla palikka, jota sinulla ei ole: kolme Käänny oikealle -palikkaa tekee yhden Käänny vasemmalle.
level-helper-big-ring-hint-1 = Tie kääntyy jokaisessa kulmassa vasemmalle, mutta sinulla on vain Käänny oikealle.
level-helper-big-ring-hint-2 = Kolmen Käänny oikealle -palikan jälkeen robotti katsoo samaan suuntaan kuin yhden Käänny vasemmalle -palikan jälkeen. Laita ne omaan apuriinsa.
level-helper-big-ring-hint-3 = Yksi apuri voi olla: Käänny oikealle, Käänny oikealle, Käänny oikealle.

## Valintakanjoni

level-choice-first-if-title = Punainen tarkoittaa käännöstä
level-choice-first-if-instruction = Jokainen punainen ruutu tarkoittaa: käänny tässä vasemmalle. Käytä Jos-palikkaa punaisen tarkistamiseen.
level-choice-first-if-learned = Jos-palikka kysyy kysymyksen. Sen sisällä olevat palikat ajetaan vain, kun vastaus on kyllä.
level-choice-first-if-hint-1 = Missä tie kääntyy? Minkä värisiä ne ruudut ovat?
level-choice-first-if-hint-2 = ”Jos punaisella” ajaa palikkansa vain, kun robotti seisoo punaisella ruudulla.
level-choice-first-if-hint-3 = Palikan Toista kunnes valmis sisällä: Eteenpäin, sitten Jos punaisella.

level-choice-green-lamps-title = Vihreä ennen lamppua
level-choice-green-lamps-instruction = Vihreä ruutu tarkoittaa, että seuraavassa ruudussa on lamppu. Sytytä kaikki lamput.
level-choice-green-lamps-learned = Tarkistus voi kertoa robotille, mitä on tulossa, jotta se voi valmistautua.
level-choice-green-lamps-hint-1 = Katso ruutua juuri ennen jokaista lamppua.
level-choice-green-lamps-hint-2 = Kun robotti on vihreällä, se voi astua lampulle ja sytyttää sen.
level-choice-green-lamps-hint-3 = Palikan Toista kunnes valmis sisällä: Eteenpäin, sitten Jos vihreällä.

level-choice-path-right-title = Katso oikealle
level-choice-path-right-instruction = Robotti voi tarkistaa tien. Käänny oikealle aina, kun oikealla on tie.
level-choice-path-right-learned = Robotti tunnistaa seinät. ”Tie oikealla” on kyllä, kun ruutu sen oikealla puolella on vapaa.
level-choice-path-right-hint-1 = Jokaisessa kulmassa tie menee oikealle.
level-choice-path-right-hint-2 = ”Jos tie oikealla” katsoo robotin oikealla puolella olevaa ruutua.
level-choice-path-right-hint-3 = Palikan Toista kunnes valmis sisällä: Eteenpäin, sitten Jos tie oikealla.

level-choice-fix-the-check-title = Liikaa käännöksiä
level-choice-fix-the-check-instruction = Sininen tarkoittaa käänny oikealle. Mutta tämä robotti kääntyy joka ruudussa ja törmää seinään. Korjaa ohjelma.
level-choice-fix-the-check-learned = Jos-palikan sisällä olevat palikat ajetaan vain, kun vastaus on kyllä. Jos-palikan jälkeinen palikka ajetaan joka kerta.
level-choice-fix-the-check-hint-1 = Napauta ”Askel”. Kääntyykö robotti ruudussa, joka ei ole sininen?
level-choice-fix-the-check-hint-2 = Mikä käännös on Jos-palikan sisällä? Mikä ajetaan joka kerta?
level-choice-fix-the-check-hint-3 = Katso silmukan viimeistä palikkaa.

level-choice-if-else-title = Jos tai muuten
level-choice-if-else-instruction = Mene eteenpäin, kun tie edessä on vapaa. Muuten käänny oikealle. Varo pieniä sivuteitä!
level-choice-if-else-learned = Jos … muuten valitsee toisen kahdesta: ensimmäisen osan, kun vastaus on kyllä, ja muuten-osan, kun se on ei.
level-choice-if-else-hint-1 = Pienet sivutiet eivät vie minnekään. Käänny vain, kun edessä on seinä.
level-choice-if-else-hint-2 = Jos … muuten -palikassa on kaksi osaa. Ensimmäinen ajetaan, kun vastaus on kyllä. Muuten-osa ajetaan, kun vastaus on ei.
level-choice-if-else-hint-3 = Käytä palikan Toista kunnes valmis sisällä Jos … muuten -palikkaa kysymyksellä ”tie edessä”, ja laita Eteenpäin ensimmäiseen osaan.

level-choice-colours-title = Punainen ja sininen
level-choice-colours-instruction = Punainen tarkoittaa käänny vasemmalle. Sininen tarkoittaa käänny oikealle. Käytä kahta Jos-palikkaa.
level-choice-colours-learned = Ohjelma voi kysyä useamman kuin yhden kysymyksen. Jokainen Jos-palikka kysyy omansa.
level-choice-colours-hint-1 = Katso niiden ruutujen värejä, joissa tie kääntyy.
level-choice-colours-hint-2 = Laita silmukkaan kaksi Jos-palikkaa: toinen kysyy punaisesta, toinen sinisestä.
level-choice-colours-hint-3 = Aloita palikan Toista kunnes valmis sisällä palikalla Eteenpäin. Sitten Jos punaisella, sisällä Käänny vasemmalle.

level-choice-corner-lamps-title = Sytytä vai käänny
level-choice-corner-lamps-instruction = Tämän tien jokainen ruutu on lamppu tai punainen. Punaisella käänny vasemmalle. Kaikissa muissa ruuduissa sytytä lamppu.
level-choice-corner-lamps-learned = Jos … muuten voi kysyä myös väristä: sen ensimmäinen osa ajetaan punaisella, muuten-osa kaikissa muissa ruuduissa.
level-choice-corner-lamps-hint-1 = Missä ruuduissa ei ole lamppua? Mitä robotti tekee niissä?
level-choice-corner-lamps-hint-2 = Yksi Jos … muuten hoitaa molemmat tehtävät: yksi osa punaisille ruuduille, muuten-osa lampuille.
level-choice-corner-lamps-hint-3 = Palikan Toista kunnes valmis sisällä: Eteenpäin, sitten Jos punaisella, ja ensimmäisessä osassa Käänny vasemmalle.

level-choice-two-rules-title = Kaksi sääntöä
level-choice-two-rules-instruction = Punainen tarkoittaa käänny vasemmalle. Seinä edessä tarkoittaa käänny oikealle. Käytä yhteen sääntöön Jos-palikkaa ja toiseen Jos … muuten -palikkaa.
level-choice-two-rules-learned = Yksi ohjelma voi sekoittaa Jos- ja Jos … muuten -palikoita. Kumpikin kysyy oman kysymyksensä, vuorotellen.
level-choice-two-rules-hint-1 = Jotkin tiet jatkuvat punaisen ruudun ohi, mutta eivät vie minnekään. Punaisella käänny vasemmalle.
level-choice-two-rules-hint-2 = Kysy joka kierroksella kaksi kysymystä: olenko punaisella? Onko tie edessä vapaa?
level-choice-two-rules-hint-3 = Aloita palikan Toista kunnes valmis sisällä palikalla Eteenpäin. Sitten Jos punaisella, sisällä Käänny vasemmalle.

level-choice-red-means-left-title = Kanjonin risteys
level-choice-red-means-left-instruction = Mene eteenpäin niin kauan kuin tie edessä on vapaa. Seinän kohdalla katso ruutua: punaisella käänny vasemmalle, kaikilla muilla oikealle.
level-choice-red-means-left-learned = Jos-palikka voi olla toisen Jos-palikan sisällä. Robotti kysyy yhden kysymyksen ja sitten ehkä toisen.
level-choice-red-means-left-hint-1 = Punaisilla ruuduilla on väliä vain seinän kohdalla. Avoimella tiellä aja niiden yli. Yksi tie kiertää ympyrää!
level-choice-red-means-left-hint-2 = Kysy ensin: onko tie edessä vapaa? Vasta kun ei ole, kysy: olenko punaisella?
level-choice-red-means-left-hint-3 = Käytä palikan Toista kunnes valmis sisällä Jos … muuten -palikkaa kysymyksellä ”tie edessä”, ja laita Eteenpäin ensimmäiseen osaan.

## Bugilahti

level-bug-wrong-turn-title = Väärä suunta
level-bug-wrong-turn-instruction = Tämän ohjelman pitäisi viedä robotti lipulle, mutta robotti törmää seinään. Etsi väärä palikka ja korjaa se.
level-bug-wrong-turn-learned = Virheenjäljitys tarkoittaa, että etsit askeleen, joka menee vikaan, ja korjaat vain sen.
level-bug-wrong-turn-hint-1 = Napauta ”Askel”, niin etenet palikka kerrallaan. Missä menee vikaan?
level-bug-wrong-turn-hint-2 = Bugi on usein vain yksi väärä palikka. Vaihda se oikeaan.
level-bug-wrong-turn-hint-3 = Katso käännöstä. Pitäisikö robotin kääntyä vasemmalle vai oikealle?

level-bug-missing-step-title = Puuttuva askel
level-bug-missing-step-instruction = Robotti yrittää sytyttää lamppua kohdassa, jossa sitä ei ole. Etsi, mitä puuttuu.
level-bug-missing-step-learned = Joskus bugi on puuttuva palikka. Tarkista laskemalla ruudut.
level-bug-missing-step-hint-1 = Mikä lamppu jää pimeäksi?
level-bug-missing-step-hint-2 = Laske ruudut kulmasta toiseen lamppuun. Laske myös Eteenpäin-palikat.
level-bug-missing-step-hint-3 = Puuttuva palikka kuuluu heti palikan Käänny oikealle jälkeen. Mikä palikka liikuttaa robottia?

level-bug-loop-count-title = Laske uudelleen
level-bug-loop-count-instruction = Robotti törmää seinään. Tarkista, montako kertaa kukin silmukka toistuu, ja korjaa se.
level-bug-loop-count-learned = Silmukka, joka toistuu kerran liikaa tai kerran liian vähän, on hyvin yleinen bugi.
level-bug-loop-count-hint-1 = Seuraa ensimmäistä silmukkaa. Missä robotti törmää?
level-bug-loop-count-hint-2 = Laske ruudut ennen kulmaa. Silmukan pitää toistua juuri niin monta kertaa.
level-bug-loop-count-hint-3 = Muuta ensimmäisen silmukan lukua.

level-bug-forgot-light-title = Valot pois
level-bug-forgot-light-instruction = Robotti kiertää neliön, mutta yksikään lamppu ei syty. Korjaa silmukka.
level-bug-forgot-light-learned = Jos jotain ei tapahdu koskaan, tarkista, puuttuuko silmukasta palikka.
level-bug-forgot-light-hint-1 = Mikä palikka sytyttää lampun? Onko se ohjelmassa?
level-bug-forgot-light-hint-2 = Palikka, jonka lisäät silmukan sisään, ajetaan joka kierroksella.
level-bug-forgot-light-hint-3 = Puuttuva palikka kuuluu silmukan sisään. Robotti seisoo lampulla kahden Eteenpäin-palikan jälkeen.

level-bug-helper-turn-title = Apurin bugi
level-bug-helper-turn-instruction = Apuri 1:ssä on bugi. Pääohjelma kutsuu sitä kolmesti, joten bugi tapahtuu joka kerta. Korjaa se kerran.
level-bug-helper-turn-learned = Kun korjaat apurin, korjaat jokaisen kohdan, joka kutsuu sitä.
level-bug-helper-turn-hint-1 = Napauta ”Askel”. Mitä tapahtuu ensimmäisen lampun jälkeen?
level-bug-helper-turn-hint-2 = Tämän neliön jokaisessa kulmassa tie menee oikealle.
level-bug-helper-turn-hint-3 = Katso Apuri 1:n viimeistä palikkaa.

level-bug-wrong-side-title = Väärä puoli
level-bug-wrong-side-instruction = Tie kääntyy aina oikealle, mutta robotti törmää seinään. Jos-palikka kysyy väärän kysymyksen. Korjaa se.
level-bug-wrong-side-learned = Jos-palikka, joka kysyy väärän kysymyksen, voi sotkea koko ohjelman.
level-bug-wrong-side-hint-1 = Mihin suuntaan tie kääntyy? Mihin suuntaan Jos-palikka katsoo?
level-bug-wrong-side-hint-2 = Napauta ohjelmassa Jos-palikkaa. Napauta sitten ”Vaihda kysymys”.
level-bug-wrong-side-hint-3 = Palikka katsoo yhdelle puolelle, tie kääntyy toiselle.

level-bug-two-mistakes-title = Kaksi bugia
level-bug-two-mistakes-instruction = Tässä ohjelmassa on kaksi bugia. Etsi molemmat, jotta robotti kiipeää portaat lipulle.
level-bug-two-mistakes-learned = Ohjelmassa voi olla useampi bugi. Korjaa yksi, aja ohjelma uudelleen ja korjaa sitten seuraava.
level-bug-two-mistakes-hint-1 = Seuraa portaiden ensimmäistä askelmaa. Missä robotti menee vikaan?
level-bug-two-mistakes-hint-2 = Yksi bugi on käännös. Toinen on se, montako kertaa silmukka toistuu.
level-bug-two-mistakes-hint-3 = Joka askelmalla robotti nousee ylös ja kääntyy sitten takaisin kulkusuuntaansa. Tarkista se käännös ja laske sitten askelmat.

level-bug-mixed-colours-title = Värit sekaisin
level-bug-mixed-colours-instruction = Punaisen pitäisi tarkoittaa käänny vasemmalle ja sinisen käänny oikealle. Joku sekoitti ne. Korjaa ohjelma.
level-bug-mixed-colours-learned = Testaa ohjelmasi, katso, missä se tekee jotain, mitä et halunnut, ja korjaa vain se.
level-bug-mixed-colours-hint-1 = Mitä robotti tekee ensimmäisellä sinisellä ruudulla?
level-bug-mixed-colours-hint-2 = Jokainen Jos-palikka kysyy oikeasta väristä, mutta kääntyy väärin.
level-bug-mixed-colours-hint-3 = Vaihda käännös jokaisen Jos-palikan sisällä.
