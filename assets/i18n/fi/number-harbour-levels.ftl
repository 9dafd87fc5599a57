# Numerosatama: silmukat ja Jos-palikat apurien sisällä, apurit, jotka saavat luvun, ja laskuri.

## Silmukat ja Jos-palikat apurien sisällä

level-number-loop-in-helper-title = Silmukka apurissa
level-number-loop-in-helper-instruction = Sytytä kolme lamppua pitkien sivujen päissä. Pääohjelmaan mahtuu vain 3 palikkaa ja Apuri 1:een vain 4.
level-number-loop-in-helper-learned = Apurissa voi olla silmukka. Aina kun Pääohjelma kutsuu apuria, sen silmukka käy taas alusta.
level-number-loop-in-helper-hint-1 = Kolme sivua ovat samanlaisia: yhtä pitkiä, ja lopussa lamppu ja käännös. Mitä robotti tekee yhdellä sivulla?
level-number-loop-in-helper-hint-2 = Neljä Eteenpäin-palikkaa ja käännös eivät mahdu Apuri 1:een. Laita apurin sisään Toista-palikka.
level-number-loop-in-helper-hint-3 = Apuri 1: Toista 4 kertaa, sisällä Eteenpäin, sitten Käänny oikealle.

level-number-round-the-basin-title = Altaan ympäri
level-number-round-the-basin-instruction = Sytytä kaikki lamput satama-altaan ympäriltä. Pääohjelmaan mahtuu vain yksi palikka, joten Apuri 1:n pitää kutsua itseään.
level-number-round-the-basin-learned = Apurissa voi olla silmukka, ja silti se voi kutsua itseään. Silmukka tekee yhden sivun, ja kutsu aloittaa seuraavan.
level-number-round-the-basin-hint-1 = Jokainen sivu näyttää samalta. Montako lamppua yhdellä sivulla on?
level-number-round-the-basin-hint-2 = Yksi sivu on: kolme kertaa Eteenpäin ja Sytytä, sitten käännös. Rakenna se Apuri 1:een silmukalla, ja anna Apuri 1:n kutsua itseään lopussa.
level-number-round-the-basin-hint-3 = Apuri 1 alkaa palikalla Toista 3 kertaa, sisällä Eteenpäin ja Sytytä.

level-number-if-in-helper-title = Punaiset kulmat
level-number-if-in-helper-instruction = Sytytä kaikki lamput satamamuurin vierestä. Punaisella ruudulla tie kääntyy vasemmalle. Pääohjelmaan mahtuu vain 3 palikkaa.
level-number-if-in-helper-learned = Apurissa voi olla Jos-palikka. Joka kerta kun apuri käy, se kysyy kysymyksensä uudelleen, joten yksi apuri sopii sekä suorille että kulmille.
level-number-if-in-helper-hint-1 = Lampusta seuraavaan on aina kaksi askelta. Joskus välissä oleva ruutu on punainen.
level-number-if-in-helper-hint-2 = Anna Apuri 1:n viedä robotti lampulta seuraavalle. Matkalla se kysyy: olenko punaisella? Pääohjelma sytyttää lampun ja toistaa, kunnes valmis.
level-number-if-in-helper-hint-3 = Apuri 1 alkaa palikalla Eteenpäin, sitten Jos punaisella.

## Apurit, jotka saavat luvun

level-number-walk-n-title = Kulje n ruutua
level-number-walk-n-instruction = Mene lipulle. Tien suorat pätkät ovat eri pituisia, ja Pääohjelmaan mahtuu vain 5 palikkaa. Käytä palikkaa Apuri 1 luvun kanssa.
level-number-walk-n-learned = Voit antaa apurille luvun, kun kutsut sitä. Apurin sisällä Toista n kertaa toistaa niin monta kertaa kuin luku sanoo.
level-number-walk-n-hint-1 = Laske tien jokaisen suoran pätkän ruudut.
level-number-walk-n-hint-2 = Laita Apuri 1:ssä Eteenpäin palikan Toista n kertaa sisään. Silloin Apuri 1 luvulla 3 kulkee 3 ruutua ja Apuri 1 luvulla 6 kulkee 6.
level-number-walk-n-hint-3 = Pääohjelma alkaa näin: Apuri 1 luvulla 3, sitten Käänny oikealle.

level-number-spiral-title = Spiraali
level-number-spiral-instruction = Seuraa spiraalia keskellä olevalle lipulle. Jokainen suora pätkä on ruudun lyhyempi kuin edellinen.
level-number-spiral-learned = Apuri pysyy samana, vain sen luku muuttuu kutsusta toiseen. Pääohjelma kertoo vain, kuinka pitkälle.
level-number-spiral-hint-1 = Kuinka pitkä kukin suora pätkä on? Mitä robotti tekee jokaisen lopussa?
level-number-spiral-hint-2 = Apuri 1 voi kulkea n ruutua ja sitten kääntyä. Pääohjelma kutsuu sitä neljästi, joka kerta pienemmällä luvulla.
level-number-spiral-hint-3 = Apuri 1 loppuu palikkaan Käänny oikealle.

level-number-lamp-rows-title = Lamppurivit
level-number-lamp-rows-instruction = Sytytä 5 lampun rivi ja 3 lampun rivi. Pääohjelmaan mahtuu vain 3 palikkaa.
level-number-lamp-rows-learned = Luvun ei tarvitse laskea askelia. Tässä se laskee lamppuja: Apuri 1 luvulla 5 sytyttää 5 lamppua.
level-number-lamp-rows-hint-1 = Jokaisen lampun kohdalla robotti astuu sille ja sytyttää sen.
level-number-lamp-rows-hint-2 = Laita Eteenpäin ja Sytytä palikan Toista n kertaa sisään. Silloin n kertoo, montako lamppua Apuri 1 sytyttää.
level-number-lamp-rows-hint-3 = Pääohjelma: Apuri 1 luvulla 5, sitten Käänny oikealle ja sitten vielä yksi palikka.

## Robotin laskuri

level-number-third-opening-title = Kolmas sivutie
level-number-third-opening-instruction = Tie lipulle on kolmas sivutie oikealla. Anna robotin laskea sivutiet, joiden ohi se ajaa.
level-number-third-opening-learned = Robotilla on laskuri, joka alkaa nollasta. Lisää laskuriin 1 lisää yhden, ja ”Jos laskuri on 3” kysyy, montako kertaa jotain on tapahtunut.
level-number-third-opening-hint-1 = Kaksi ensimmäistä sivutietä oikealla vievät vain takaisin tielle. Vain kolmas vie lipulle.
level-number-third-opening-hint-2 = Aina kun oikealla on tie, lisää laskuriin yksi. Käänny oikealle vain, kun laskuri on 3.
level-number-third-opening-hint-3 = Palikan Toista kunnes valmis sisällä: Eteenpäin, sitten Jos tie oikealla.

level-number-counting-helper-title = Apuri, joka laskee
level-number-counting-helper-instruction = Käänny kolmannelle sivutielle oikealle ja mene lipulle. Pääohjelmaan mahtuu vain 4 palikkaa, joten Apuri 1:n pitää hoitaa laskeminen.
level-number-counting-helper-learned = Pääohjelmalla ja apureilla on yhteinen laskuri. Apuri voi lisätä siihen ja kysyä siitä, ja luku säilyy, kun apuri loppuu.
level-number-counting-helper-hint-1 = Tällä kertaa robotti ajaa vasemmalle, joten sen oikea puoli on laudan yläreuna.
level-number-counting-helper-hint-2 = Pääohjelma ajaa ja kysyy: onko oikealla tie? Kun on, se kutsuu Apuri 1:tä. Apuri 1 laskee ja kääntyy oikealle, kun laskuri on 3.
level-number-counting-helper-hint-3 = Apuri 1 alkaa palikalla Lisää laskuriin 1.

level-number-second-red-title = Toinen punainen ruutu
level-number-second-red-instruction = Mene lipulle. Käänny vasemmalle toisella punaisella ruudulla, älä ensimmäisellä.
level-number-second-red-learned = Laskuri voi laskea mitä tahansa, mitä robotti osaa kysyä: sivuteitä, värejä ja muuta.
level-number-second-red-hint-1 = Molemmilla punaisilla ruuduilla on tie vasemmalla. Kumpi vie lipulle?
level-number-second-red-hint-2 = Lisää jokaisella punaisella ruudulla laskuriin yksi. Käänny vasemmalle vain, kun laskuri on 2.
level-number-second-red-hint-3 = Palikan Toista kunnes valmis sisällä: Eteenpäin, sitten Jos punaisella.

level-number-fix-the-count-title = Laske uudelleen
level-number-fix-the-count-instruction = Robotin pitäisi kääntyä vasemmalle joka toisella punaisella ruudulla. Toisella se kääntyy, mutta neljännellä se ajaa suoraan seinään. Korjaa ohjelma.
level-number-fix-the-count-learned = Luku kasvaa, kunnes nollaat sen. Aseta laskuriksi 0 aloittaa uuden laskukierroksen.
level-number-fix-the-count-hint-1 = Napauta ”Askel” ja katso laskuria askelnumeron vieressä. Mikä laskurin lukema on neljännellä punaisella ruudulla?
level-number-fix-the-count-hint-2 = Ensimmäisen käännöksen jälkeen robotin pitäisi laskea taas nollasta.
level-number-fix-the-count-hint-3 = Katso, mitä tapahtuu heti sen jälkeen, kun robotti kääntyy vasemmalle.
