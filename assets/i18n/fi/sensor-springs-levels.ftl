# Sensorilähteet: Toista niin kauan kuin, ja sanat ei, ja, tai.

level-sensor-first-while-title = Pitkät käytävät
level-sensor-first-while-instruction = Sytytä lamppu kahden pitkän käytävän päässä. Kokeile uutta palikkaa: Toista niin kauan kuin.
level-sensor-first-while-learned = Toista niin kauan kuin kysyy kysymyksensä ennen jokaista kierrosta. Niin kauan kuin vastaus on kyllä, se ajaa palikkansa uudelleen. Kun vastaus on ei, se lopettaa.
level-sensor-first-while-hint-1 = Montako ruutua kukin käytävä on? Tällä kertaa sinun ei tarvitse laskea.
level-sensor-first-while-hint-2 = ”Toista niin kauan kuin tie edessä” vie robottia eteen, kunnes sen edessä on seinä.
level-sensor-first-while-hint-3 = Käytä jokaiselle käytävälle yhtä Toista niin kauan kuin -palikkaa, sisällä Eteenpäin.

level-sensor-blue-stripe-title = Seuraa sinistä
level-sensor-blue-stripe-instruction = Sininen raita vie lampulle. Sytytä se. Varo: tie jatkuu lampun ohi!
level-sensor-blue-stripe-learned = Toista niin kauan kuin voi kysyä myös väristä. ”Toista niin kauan kuin sinisellä” jatkaa, kunnes robotti astuu pois sinisiltä ruuduilta.
level-sensor-blue-stripe-hint-1 = Missä sininen raita loppuu? Loppuuko tie siihen myös?
level-sensor-blue-stripe-hint-2 = ”Tie edessä” veisi robotin lampun ohi seinään asti. Kysy mieluummin väristä.
level-sensor-blue-stripe-hint-3 = Robotti aloittaa harmaalta ruudulta. Astu ensin raidalle, käytä sitten Toista niin kauan kuin sinisellä.

level-sensor-three-stripes-title = Kolme raitaa
level-sensor-three-stripes-instruction = Sytytä kaikki kolme lamppua. Jokainen sininen raita vie lampulle, ja raidat ovat eri pituisia.
level-sensor-three-stripes-learned = Toista niin kauan kuin voi olla Toista-palikan sisällä. Joka kierroksella sisempi silmukka käy, kunnes sen vastaus on ei.
level-sensor-three-stripes-hint-1 = Mitä robotti tekee yhdelle raidalle? Onko se sama kahdelle muulle?
level-sensor-three-stripes-hint-2 = Jokaiselle raidalle: astu sille, aja niin kauan kuin olet sinisellä, sytytä lamppu. Tee se kolmesti.
level-sensor-three-stripes-hint-3 = Laita Toista niin kauan kuin sinisellä palikan Toista 3 kertaa sisään.

level-sensor-stop-on-red-title = Pysähdy punaiselle
level-sensor-stop-on-red-instruction = Mene lipulle. Se on heti punaisen ruudun vieressä.
level-sensor-stop-on-red-learned = ”ei” kääntää kysymyksen toisin päin. ”Toista niin kauan kuin ei punaisella” jatkaa, kunnes robotti seisoo punaisella.
level-sensor-stop-on-red-hint-1 = Punaisen ruudun kohdalla ei ole seinää. Mitä robotti voi tarkistaa siinä?
level-sensor-stop-on-red-hint-2 = Napauta ”Vaihda ei / ja / tai”, niin saat ”ei” kysymyksen eteen. ”Ei punaisella” on kyllä jokaisessa ruudussa, joka ei ole punainen.
level-sensor-stop-on-red-hint-3 = Aloita palikalla Toista niin kauan kuin ei punaisella, sisällä Eteenpäin. Käänny sitten lippua kohti.

level-sensor-fix-the-while-title = Ympäri ja ympäri
level-sensor-fix-the-while-instruction = Punaiset ruudut merkitsevät kulmat: käänny oikealle jokaisella. Mutta tämä robotti kiertää pientä neliötä. Korjaa ohjelma.
level-sensor-fix-the-while-learned = Toista niin kauan kuin -palikan sisällä olevat palikat ajetaan joka kierroksella. Käännöksen, joka kuuluu silmukan jälkeen, pitää olla sen jälkeen, ei sisällä.
level-sensor-fix-the-while-hint-1 = Napauta ”Askel”. Milloin robotti kääntyy? Seisooko se silloin punaisella?
level-sensor-fix-the-while-hint-2 = Robotin pitäisi kääntyä vasta, kun se seisoo punaisella, eikä jokaisen askeleen jälkeen.
level-sensor-fix-the-while-hint-3 = Katso Toista niin kauan kuin -palikan sisällä olevia palikoita.

level-sensor-side-roads-title = Sivutiet
level-sensor-side-roads-instruction = Lamppu on jokaisessa kohdassa, josta alkaa sivutie, vasemmalle tai oikealle. Sytytä kaikki lamput.
level-sensor-side-roads-learned = ”tai” yhdistää kaksi kysymystä. ”Tie vasemmalla tai tie oikealla” on kyllä, kun toinen niistä on kyllä, tai molemmat.
level-sensor-side-roads-hint-1 = Katso lamppuruutuja. Mitä kunkin vieressä on?
level-sensor-side-roads-hint-2 = Yksi Jos-palikka voi kysyä kaksi kysymystä kerralla, ”tai”-sanalla yhdistettynä.
level-sensor-side-roads-hint-3 = Käytä palikkaa Toista niin kauan kuin tie edessä, ja aloita se palikalla Eteenpäin.

level-sensor-blue-and-free-title = Raidat ja seinät
level-sensor-blue-and-free-instruction = Seuraa kolmea sinistä raitaa lipulle. Jotkin raidat päättyvät seinään. Toiset vain loppuvat avoimelle tielle.
level-sensor-blue-and-free-learned = Myös ”ja” yhdistää kaksi kysymystä. ”Tie edessä ja sinisellä” on kyllä vain, kun molemmat ovat kyllä.
level-sensor-blue-and-free-hint-1 = Missä kukin raita loppuu? Missä robotti törmäisi seinään?
level-sensor-blue-and-free-hint-2 = Aja niin kauan kuin kaksi asiaa pitää paikkansa: tie edessä on vapaa ja robotti on sinisellä.
level-sensor-blue-and-free-hint-3 = Toista-palikan jokainen kierros tekee saman: astu raidalle, aja sitä pitkin, käänny oikealle.

level-sensor-spiral-title = Pitkä spiraali
level-sensor-spiral-instruction = Aja spiraali ympäri aina lipulle asti.
level-sensor-spiral-learned = Toista niin kauan kuin voi olla toisen Toista niin kauan kuin -palikan sisällä. Ulompi silmukka ei tarvitse lukua: se kysyy oman kysymyksensä.
level-sensor-spiral-hint-1 = Montako käytävää spiraalissa on? Osaako Toista laskea niin pitkälle?
level-sensor-spiral-hint-2 = Jokaiselle käytävälle: aja seinään asti ja käänny sitten oikealle. Tee niin, niin kauan kuin tie edessä on vapaa.
level-sensor-spiral-hint-3 = Laita yksi Toista niin kauan kuin toisen Toista niin kauan kuin -palikan sisään.

level-sensor-painted-corners-title = Maalatut kulmat
level-sensor-painted-corners-instruction = Sytytä kaikki lamput. Kulmat on maalattu punaisiksi tai sinisiksi: käänny vasemmalle molemmilla väreillä.
level-sensor-painted-corners-learned = Jos … muuten voi kysyä myös yhdistetyn kysymyksen. Kysymyksellä ”punaisella tai sinisellä” sen ensimmäinen osa ajetaan molemmilla väreillä ja muuten-osa kaikissa muissa ruuduissa.
level-sensor-painted-corners-hint-1 = Missä ruuduissa ei ole lamppua? Minkä värisiä ne ovat?
level-sensor-painted-corners-hint-2 = Yksi Jos … muuten riittää: ”punaisella tai sinisellä” kulmille, muuten-osa lampuille.
level-sensor-painted-corners-hint-3 = Aloita palikan Toista kunnes valmis sisällä palikalla Eteenpäin.

level-sensor-maze-title = Labyrintti
level-sensor-maze-instruction = Löydä tie labyrintin läpi lipulle. Käytä mahdollisimman vähän palikoita.
level-sensor-maze-learned = Kun pidät toisen käden koko ajan seinällä, pääset monesta labyrintista läpi. Ohjelmasi noudattaa sitä sääntöä silmukalla silmukassa.
level-sensor-maze-hint-1 = Kuvittele kulkevasi labyrintin läpi oikea käsi koko ajan seinällä.
level-sensor-maze-hint-2 = Yritä joka ruudussa ensin kääntyä oikealle. Kun siinä on seinä, yritä suoraan, sitten vasemmalle ja sitten taaksepäin.
level-sensor-maze-hint-3 = Palikan Toista niin kauan kuin tie edessä sisällä: Eteenpäin, Käänny oikealle ja sitten Toista niin kauan kuin, joka kysyy ”ei tie edessä”.
