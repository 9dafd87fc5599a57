# Maailma ”Ystävällinen nurkka”: ystävällisyys netissä ja mitä tehdä, kun joku ei ole ystävällinen.
# Ihmiset ovat keksittyjä. Lempeä sävy: kerro aina, mitä tehdä, ja että luotettavalle aikuiselle kertominen on hyvä.

world-kind-corner = Ystävällinen nurkka

## Taso 1: ystävälliset vastaukset

level-kind-reply-title = Sano jotain mukavaa
level-kind-reply-instruction = Valitse joka kerta ystävällisin vastaus.
level-kind-reply-learned = Ystävälliset sanat netissä tuovat muille hyvän mielen. Kysy ennen julkaisemista: miltä heistä tuntuu?
level-kind-reply-hint-1 = Kuvittele olevasi se toinen. Minkä vastauksen haluaisit saada?
level-kind-reply-hint-2 = Ystävällinen vastaus on mukava, rehellinen ja kertoo toisesta, ei sinusta.
level-kind-reply-hint-3 = Mialle: kysymys hänen piirustuksestaan näyttää, että katsoit sitä oikeasti.

kind-reply-drawing-prompt = Kaverisi Mia julkaisee piirustuksen, jonka hän teki kissastaan. Mitä kirjoitat?
kind-reply-drawing-praise = Ihanat värit! Miten piirsit sen?
kind-reply-drawing-praise-reason = Ystävällinen ja aito kehu ilahduttaa Miaa. Kysymys näyttää, että katsoit oikeasti.
kind-reply-drawing-brother = Mun pikkuveli piirtää paremmin kuin tuo.
kind-reply-drawing-brother-reason = Tämä loukkaisi Miaa. Vitsinäkin se saa hänet tuntemaan olonsa huonoksi työnsä takia.
kind-reply-drawing-mine = Katso mieluummin mun piirustusta!
kind-reply-drawing-mine-reason = Mia halusi jakaa piirustuksensa. Tämä vastaus kääntää puheen sinuun.

kind-reply-game-prompt = Nettipelissä joukkuekaverisi Leo tekee virheen. Joukkueenne häviää.
kind-reply-game-blame = Sinä hävitit sen meiltä kaikilta, Leo! Kiitos vaan.
kind-reply-game-blame-reason = Kaikki tekevät virheitä. Leon syyttäminen koko joukkueen edessä saa hänet tuntemaan olonsa kurjaksi.
kind-reply-game-kick = Potkitaan Leo pois joukkueesta.
kind-reply-game-kick-reason = Jonkun jättäminen ulkopuolelle yhden virheen takia on epäystävällistä. Pelit ovat hauskempia, kun kaikki ovat tervetulleita.
kind-reply-game-cheer = Hyvä yritys, Leo! Voitetaan seuraava.
kind-reply-game-cheer-reason = Ystävällinen sana tappion jälkeen piristää koko joukkuetta. Se on vain peli.

kind-reply-sad-prompt = Luokkakaverisi Ava kirjoittaa: ”kukaan ei tykkää musta tänään”.
kind-reply-sad-drama = Älä ole noin dramaattinen.
kind-reply-sad-drama-reason = Ava kertoo sinulle olevansa surullinen. Tämä vastaus kertoo hänelle, ettei hänen tunteillaan ole väliä.
kind-reply-sad-message = Viesti Avalle: ”Mä tykkään susta! Jutellaanko?”
kind-reply-sad-message-reason = Ystävällinen yksityisviesti näyttää Avalle, että joku välittää. Jos hän vaikuttaa hyvin surulliselta, kerro myös luotettavalle aikuiselle.
kind-reply-sad-scroll = Selaan ohi. Hänen vanhempansa kyllä hoitavat sen.
kind-reply-sad-scroll-reason = Ava voi tuntea olonsa vielä yksinäisemmäksi, eivätkä hänen vanhempansa ehkä tiedä. Muutama ystävällinen sana sinulta voi auttaa paljon.

## Taso 2: ystävälliset vai epäystävälliset kommentit

kind-bin-kind = Ystävällinen
kind-bin-unkind = Epäystävällinen

level-kind-comments-title = Ystävällinen vai ei?
level-kind-comments-instruction = Lajittele jokainen kommentti: onko se ystävällinen vai epäystävällinen?
level-kind-comments-learned = Voit sanoa, mitä ajattelet, ja olla silti ystävällinen. Ilkeät kommentit satuttavat, vaikka ne olisi tarkoitettu vitsiksi.
level-kind-comments-hint-1 = Lue jokainen kommentti kuin joku olisi kirjoittanut sen sinulle.
level-kind-comments-hint-2 = Ystävälliset kommentit kehuvat, auttavat tai ovat kohteliaasti eri mieltä. Epäystävälliset kiusaavat tai vähättelevät.
level-kind-comments-hint-3 = Kommentit siitä, miltä joku näyttää tai miten hän liikkuu, ovat usein epäystävällisiä, vaikka ne olisi tarkoitettu vitsiksi.

kind-comments-great-goal = Mikä huippumaali videollasi!
kind-comments-great-goal-reason = Kehu jostain hyvin tehdystä saa toisen ylpeäksi. Se on ystävällistä.
kind-comments-weird-hair = Sun hiukset näyttää tosi oudoilta tässä kuvassa.
kind-comments-weird-hair-reason = Kommentit ulkonäöstä voivat satuttaa todella. Jos et sanoisi sitä päin naamaa, älä julkaise sitä.
kind-comments-get-well = Parane pian!
kind-comments-get-well-reason = Hyvän toivominen toiselle näyttää, että välität hänestä. Se on ystävällistä.
kind-comments-nobody-asked = Kukaan ei kysynyt sun mielipidettä.
kind-comments-nobody-asked-reason = Tämä käskee toista olemaan hiljaa ja sanoo, ettei hänellä ole väliä. Se on epäystävällistä.
kind-comments-different-ending = Olisin tykännyt eri lopusta, mutta tarina oli hauska!
kind-comments-different-ending-reason = Voit olla eri mieltä ja silti ystävällinen. Tämä kommentti on rehellinen ja mukava.
kind-comments-penguin = Hah hah, juokset kuin pingviini!
kind-comments-penguin-reason = Nauraminen sille, miten joku liikkuu, on kiusaamista. Se voi satuttaa, vaikka tarkoittaisit sen vitsiksi.
kind-comments-thanks-help = Kiitos, että autoit mua läksyissä!
kind-comments-thanks-help-reason = Kiittäminen saa ihmiset iloitsemaan siitä, että auttoivat. Se on ystävällistä.

## Taso 3: kun joku lähettää jatkuvasti ilkeitä viestejä

level-kind-when-bullied-title = Ilkeät viestit
level-kind-when-bullied-instruction = Joku lähettää sinulle jatkuvasti ilkeitä viestejä. Onko tämä hyvä tehdä, vai parempi ei?
level-kind-when-bullied-learned = Älä vastaa, säilytä todisteet, estä, ilmoita ja kerro luotettavalle aikuiselle milloin tahansa. Se ei ole koskaan sinun syytäsi.
level-kind-when-bullied-hint-1 = Mitkä näistä lopettavat viestit, säilyttävät todisteet tai tuovat sinulle apua?
level-kind-when-bullied-hint-2 = Hyvät teot säilyttävät todisteet, lopettavat viestit ja tuovat apua. Takaisin iskeminen tai salaaminen eivät auta.
level-kind-when-bullied-hint-3 = Luotettavalle aikuiselle kertominen on aina oikein, milloin tahansa.

kind-bin-good-step = Hyvä tehdä
kind-bin-not-step = Parempi ei

kind-when-bullied-no-reply = Älä vastaa ilkeisiin viesteihin.
kind-when-bullied-no-reply-reason = Ilkeät viestit haluavat reaktion. Jos et vastaa, ne eivät saa mitään.
kind-when-bullied-screenshot = Ota kuvakaappauksia todisteiksi.
kind-when-bullied-screenshot-reason = Todisteet näyttävät, mitä tapahtui. Ota kuvakaappaukset ennen estämistä: estäminen voi piilottaa viestit.
kind-when-bullied-hit-back = Lähetä jotain ilkeää takaisin.
kind-when-bullied-hit-back-reason = Se voi pahentaa asioita, ja se antaa heille reaktion, jota he haluavat.
kind-when-bullied-block = Estä se henkilö.
kind-when-bullied-block-reason = Silloin ilkeät viestit lakkaavat tulemasta sinulle.
kind-when-bullied-tell = Kerro luotettavalle aikuiselle ja näytä viestit.
kind-when-bullied-tell-reason = Oikein milloin tahansa: ensimmäisenä, viimeisenä tai siinä välissä. Tästä ei koskaan tarvitse selvitä yksin.
kind-when-bullied-secret = Pidä se salaisuutena ja toivo, että se loppuu.
kind-when-bullied-secret-reason = Sinun ei tarvitse selvitä tästä yksin. Kerro luotettavalle aikuiselle. Se ei ole koskaan sinun syytäsi.
kind-when-bullied-report = Ilmoita hänestä sovelluksessa.
kind-when-bullied-report-reason = Sovellus voi varoittaa tai pysäyttää sen henkilön. Kuvakaappauksesi auttavat.
kind-when-bullied-delete-all = Poista kaikki viestit heti.
kind-when-bullied-delete-all-reason = Silloin todisteet katoavat. Ota ensin kuvakaappaukset, sitten estä ja ilmoita.

## Taso 4: kun näet, että jotakuta kohdellaan huonosti

level-kind-bystander-title = Puolusta toista
level-kind-bystander-instruction = Näet, että jotakuta kohdellaan huonosti. Valitse paras tapa toimia.
level-kind-bystander-learned = Älä lähde mukaan. Ole ystävällinen sille henkilölle ja kerro luotettavalle aikuiselle. Se auttaa paljon.
level-kind-bystander-hint-1 = Ajattele sitä, jota kohdellaan huonosti. Mikä auttaisi häntä?
level-kind-bystander-hint-2 = Mukaan lähteminen tai hiljaa oleminen ei auta. Ystävällisyys ja avun hakeminen auttavat.
level-kind-bystander-hint-3 = Finnille pelkkä kutsu voi piristää koko päivän.

kind-bystander-chat-prompt = Luokkasi ryhmächatissa jotkut pilkkaavat jatkuvasti Noahia.
kind-bystander-chat-join = Lähetän minäkin naurunaaman.
kind-bystander-chat-join-reason = Yksikin naurunaama on mukaan lähtemistä. Noahista tuntuu, että kaikki ovat häntä vastaan.
kind-bystander-chat-silent = En sano mitään. Opettaja näkee sen kuitenkin.
kind-bystander-chat-silent-reason = Opettajat eivät lue jokaista chattia, ja Noah voi luulla kaikkien olevan samaa mieltä. Kerro itse luotettavalle aikuiselle.
kind-bystander-chat-support = Viestin Noahille ja kerron aikuiselle.
kind-bystander-chat-support-reason = Ystävällinen viesti näyttää Noahille, ettei hän ole yksin. Luotettava aikuinen voi auttaa lopettamaan kiusaamisen.

kind-bystander-photo-prompt = Joku jakaa typerän kuvan luokkakaveristasi Zoesta, jotta hänelle naurettaisiin.
kind-bystander-photo-share = Jaan sen useammille kavereille.
kind-bystander-photo-share-reason = Jokainen jako levittää kuvaa ja satuttaa Zoeta lisää. Kenenkään ei pitäisi jakaa kuvaa toisesta nauraakseen hänelle.
kind-bystander-photo-stop = Ilmoitan siitä ja kerron aikuiselle.
kind-bystander-photo-stop-reason = Kuva pysähtyy sinuun. Ilmoittaminen voi saada sen poistetuksi, ja aikuinen voi auttaa Zoeta.
kind-bystander-photo-like = Tykkään siitä, koska muutkin tykkäsivät.
kind-bystander-photo-like-reason = Tykkäys kertoo lähettäjälle, että kuva on hauska. Se voi saada hänet julkaisemaan lisää.

kind-bystander-game-prompt = Jotkut jättävät Finnin tahallaan pois nettipelistä.
kind-bystander-game-invite = Kutsun Finnin pelaamaan kanssani.
kind-bystander-game-invite-reason = Pelkkä kutsu voi piristää Finnin päivää. Jos hänet jätetään jatkuvasti ulkopuolelle, kerro luotettavalle aikuiselle.
kind-bystander-game-along = Pelaan ilman häntä. Heidän pelinsä, heidän sääntönsä.
kind-bystander-game-along-reason = Tahallinen ulkopuolelle jättäminen satuttaa. Mukaan lähteminen saa Finnin tuntemaan itsensä vielä yksinäisemmäksi.
kind-bystander-game-pretend = Teeskentelen, etten nähnyt sitä.
kind-bystander-game-pretend-reason = Katseen kääntäminen pois on helppoa, mutta Finn tuntee olonsa silti ulkopuoliseksi. Pieni ystävällinen teko voi auttaa häntä.

## Taso 5: luokan ryhmächatti

level-kind-group-chat-title = Luokan chatti
level-kind-group-chat-instruction = Napauta jokaista epäystävällistä viestiä tässä luokan chatissa.
level-kind-group-chat-learned = Pilkkaaminen, ulkopuolelle jättäminen, kuvien jakaminen kysymättä ja mukana nauraminen ovat epäystävällisiä. Älä lähde mukaan.
level-kind-group-chat-hint-1 = Lue jokainen viesti. Miltä Samista tuntuisi lukea se?
level-kind-group-chat-hint-2 = Epäystävälliset viestit pilkkaavat jotakuta, jättävät hänet ulkopuolelle tai jakavat hänen kuvansa.
level-kind-group-chat-hint-3 = Ben kirjoittaa kaksi epäystävällisistä viesteistä.

kind-group-chat-trip = Mia: Kuka on valmis huomiseen luokkaretkeen?
kind-group-chat-trip-reason = Ystävällinen kysymys koko luokalle. Tämä viesti on kunnossa.
kind-group-chat-bottle = Leo: Minä! Muistakaa vesipullot.
kind-group-chat-bottle-reason = Hyödyllinen muistutus kaikille. Tämä viesti on kunnossa.
kind-group-chat-shoes = Ben: Näittekö Samin kengät tänään? Tosi rumat lol
kind-group-chat-shoes-reason = Tämä pilkkaa Samia koko luokan edessä. Älä lähde mukaan, ja ole ystävällinen Samille.
kind-group-chat-laugh = Max: HAHAHA (viisi naurunaamaa)
kind-group-chat-laugh-reason = Mukana nauraminen lisää kiusaamista ja pahentaa sitä. Sivuun jääminen on jo parempi.
kind-group-chat-homework = Finn: Voiko joku lähettää mulle läksysivun?
kind-group-chat-homework-reason = Läksyapua saa pyytää. Luokan chatit sopivat siihen hyvin.
kind-group-chat-photo = Ben: Katsokaa! Kuva Samista kompastumassa pihalla.
kind-group-chat-photo-reason = Sam ei suostunut tämän kuvan jakamiseen. Kysy ennen kuin jaat kuvan jostakusta, ja kerro tästä kuvasta aikuiselle.
kind-group-chat-party = Ava: Juhlat meillä! Älkää kutsuko Samia.
kind-group-chat-party-reason = Kaikkien kehottaminen jättämään Sam ulkopuolelle satuttaa häntä paljon. Ketään ei pitäisi jättää tahallaan ulkopuolelle.
kind-group-chat-thanks = Zoe: Sam auttoi mua tänään projektissa. Kiitos, Sam!
kind-group-chat-thanks-reason = Kiittäminen koko luokan edessä on ystävällistä. Tämä viesti on kunnossa.
