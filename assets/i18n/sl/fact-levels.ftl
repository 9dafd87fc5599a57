# The "Fact Finders" world: judging information. Item texts stay short (about 60
# characters). People, places, sites and brands are made up: keep them unchanged.

world-fact-finders = Iskalci dejstev

# Boxes of the sorting levels in this world.
fact-bin-trustworthy = Videti zanesljivo
fact-bin-check-first = Najprej preveri
fact-bin-advert = Oglas
fact-bin-not-advert = Ni oglas

## Level 1: headlines (sort: seems trustworthy / check first)

level-fact-headlines-title = Preverjanje naslovov
level-fact-headlines-instruction = Se ti ta naslov zdi zanesljiv ali ga moraš najprej preveriti?
level-fact-headlines-learned = Zaupaj novicam tistih, ki res vedo, na primer tvoje občine ali šole. Kričeče, neverjetne ali nepodpisane novice najprej preveri.
level-fact-headlines-hint-1 = Vprašaj: kdo to pravi in kako bi to vedel?
level-fact-headlines-hint-2 = Kričanje, skrivnosti in neverjetne obljube pomenijo: najprej preveri. Vsakdanje novice tistih, ki so za stvar odgovorni, se zdijo zanesljive.
level-fact-headlines-hint-3 = Naslov o mačkah kriči in govori o veliki skrivnosti. Najprej ga preveri!

fact-headlines-cats = ŠOKANTNO!!! Mačke znajo govoriti, znanstveniki to skrivajo!
fact-headlines-cats-reason = Velike črke, veliko „!“ in velika skrivnost so opozorilni znaki. Najprej to poišči na zanesljivih straneh.
fact-headlines-library = Spletna stran občine: Knjižnica ob četrtkih dlje odprta
fact-headlines-library-reason = Knjižnico vodi občina, zato njena spletna stran pozna urnik.
fact-headlines-grow = S tem enim trikom zrasteš 10 cm v eni noči!
fact-headlines-grow-reason = Sliši se predobro, da bi bilo res. Takšni naslovi hočejo tvoje klike, ne da bi ti povedali dejstva.
fact-headlines-weather = Vremenska služba: V soboto pričakujemo dež
fact-headlines-weather-reason = Vremenske napovedi so delo vremenske službe. To je pravo mesto za to novico.
fact-headlines-no-name = Objava brez imena: Vse šole zaprte za en mesec!
fact-headlines-no-name-reason = Nihče ne pove, kdo je to napisal. Tako velika novica bi bila na spletni strani šole ali občine.
fact-headlines-sports-day = Šolsko glasilo: Športni dan prestavljen na petek
fact-headlines-sports-day-reason = Tvoja šola pozna svoje načrte. Novice same šole so dober vir.

## Level 2: advert or not? (sort: advert / not an advert)

level-fact-ad-or-not-title = Oglas ali ne?
level-fact-ad-or-not-instruction = Je to oglas? Vsako kartico razvrsti v pravo škatlo.
level-fact-ad-or-not-learned = Oglasi hočejo, da nekaj kupiš. Išči oznake, kot so „Sponzorirano“, „Oglas“ ali „#ad“.
level-fact-ad-or-not-hint-1 = Vprašaj: ali hoče nekdo, da nekaj kupim?
level-fact-ad-or-not-hint-2 = „Sponzorirano“, „Oglas“ in „#ad“ pomenijo, da je nekdo plačal, da je to tam.
level-fact-ad-or-not-hint-3 = Pojavno okno z dragulji in objava z „#ad“ sta oglasa.

fact-ad-or-not-sponsored = Sponzorirano: Poskusi nove kosmiče Crunchy Stars!
fact-ad-or-not-sponsored-reason = „Sponzorirano“ pomeni, da je podjetje plačalo, da ti to pokaže. Hoče, da kupiš njegove kosmiče.
fact-ad-or-not-news = Novica: V Rivertonu odprli nov most
fact-ad-or-not-news-reason = Novica pove, kaj se je zgodilo. Nihče ti ničesar ne prodaja.
fact-ad-or-not-influencer = Mia_Plays: Obožujem te superge! #ad
fact-ad-or-not-influencer-reason = „#ad“ pomeni, da je podjetje Mii plačalo za to objavo. Plačana je, da reče, da jih obožuje.
fact-ad-or-not-encyclopedia = Članek v enciklopediji: Kako čebele delajo med
fact-ad-or-not-encyclopedia-reason = Enciklopedija razlaga stvari. Ne poskuša ti prodati medu.
fact-ad-or-not-search = Prvi zadetek iskanja z oznako „Sponzorirano“
fact-ad-or-not-search-reason = Podjetje je plačalo, da je na vrhu. Najboljši odgovor je morda nižje.
fact-ad-or-not-gems = Pojavno okno v igri: Kupi 500 draguljev zdaj!
fact-ad-or-not-gems-reason = Igra hoče, da porabiš pravi denar. Preden kaj kupiš, vedno vprašaj odraslo osebo.
fact-ad-or-not-friend = Objava prijatelja: Poglej moj peščeni grad!
fact-ad-or-not-friend-reason = Tvoj prijatelj deli nekaj zabavnega. Nihče ni plačal za to, zato ni oglas.

## Level 3: where to look (pick the best reply)

level-fact-which-source-title = Kje iskati?
level-fact-which-source-instruction = Vsakič izberi najboljši odgovor.
level-fact-which-source-learned = Dejstva išči tam, kjer jih pišejo strokovnjaki. Zgodbo preveri na zanesljivih straneh, preden ji verjameš ali jo deliš.
level-fact-which-source-hint-1 = Vprašaj: kdo je to naredil in ali se na to res spozna?
level-fact-which-source-hint-2 = Dobri viri povedo, kdo jih je naredil, strokovnjaki pa jih preverijo.
level-fact-which-source-hint-3 = Za dejstva o vulkanih izberi enciklopedijo ali stran muzeja.

fact-which-source-volcanoes = Za domačo nalogo potrebuješ dejstva o vulkanih. Kje iščeš?
fact-which-source-volcanoes-video = Prvi smešni video, ki ga najdem.
fact-which-source-volcanoes-video-reason = Smešni videi te hočejo nasmejati. Dejstva imajo lahko narobe.
fact-which-source-volcanoes-encyclopedia = V otroški enciklopediji ali na strani muzeja.
fact-which-source-volcanoes-encyclopedia-reason = Bravo! To pišejo in preverjajo strokovnjaki. Povedo, kdo jih je naredil.
fact-which-source-volcanoes-game-chat = Vprašam v klepetu igre, tam bo kdo zagotovo vedel.
fact-which-source-volcanoes-game-chat-reason = Ljudje v klepetu igre morda samo ugibajo. Ne moreš vedeti, ali res vedo.
fact-which-source-chocolate = Video pravi: „Čokolada zdravi prehlad!“ Kaj narediš?
fact-which-source-chocolate-believe = Pri naslednjem prehladu pojem veliko čokolade.
fact-which-source-chocolate-believe-reason = En video ni dokaz. Veliko čokolade ne prežene prehlada.
fact-which-source-chocolate-share = Pošljem babici, da ostane zdrava.
fact-which-source-chocolate-share-reason = Babica bi morda tudi verjela, a to ni res. Najprej preveri in deli samo, kar je res.
fact-which-source-chocolate-check = Prosim odraslo osebo, da pomaga preveriti.
fact-which-source-chocolate-check-reason = Pravilno! Skupaj lahko pogledata na zanesljivo zdravstveno stran. Zdravniki se spoznajo na prehlad.
fact-which-source-screenshot = Nekdo v razrednem klepetu deli posnetek zaslona „novice“. Povezave ni.
fact-which-source-screenshot-search = Poiščem jo na zanesljivi novičarski strani.
fact-which-source-screenshot-search-reason = Dobro detektivsko delo! Če je res, jo imajo tudi zanesljive novičarske strani.
fact-which-source-screenshot-forward = Pošljem jo naprej v vse druge klepete, da vsi izvejo.
fact-which-source-screenshot-forward-reason = Brez povezave ne veš, kdo jo je naredil. Lahko je izmišljena.
fact-which-source-screenshot-believe = Verjamem: posnetek zaslona je dokaz.
fact-which-source-screenshot-believe-reason = Vsak lahko naredi sliko, ki je videti kot novica. Posnetke zaslona je lahko ponarediti.

## Level 4: a fake news page (screen: web)

level-fact-fake-news-page-title = Udarna novica?
level-fact-fake-news-page-instruction = Tapni vsak opozorilni znak na tej strani z novicami.
level-fact-fake-news-page-learned = Lažne novice pogosto kričijo, skrivajo, kdo jih je napisal, stare zgodbe kažejo kot nove in te priganjajo k deljenju.
level-fact-fake-news-page-hint-1 = Beri kot detektiv: kdo je to napisal in kdaj?
level-fact-fake-news-page-hint-2 = Kričanje, manjkajoče ime, star datum in priganjanje k deljenju so opozorilni znaki.
level-fact-fake-news-page-hint-3 = Poglej naslov, vrstico z avtorjem in datum.

fact-fake-news-page-address = daily-truth-now.example/big-news
fact-fake-news-page-address-reason = Te strani ne poznaš. Vsak lahko v ime napiše „truth“ (resnica), zato ugotovi, kdo jo upravlja.
fact-fake-news-page-menu = Domov · Novice · Šport
fact-fake-news-page-menu-reason = Večina novičarskih strani ima tak meni. To ni opozorilni znak.
fact-fake-news-page-headline = V PARKU MAPLETON SE JE IZLEGEL DINOZAVER!!!
fact-fake-news-page-headline-reason = Velike črke in veliko „!“ te skušajo razburiti. Prave novice poročajo mirno.
fact-fake-news-page-author = Avtor: (brez imena)
fact-fake-news-page-author-reason = Prave novice povedo, kdo jih je napisal. Brez imena za zgodbo ne stoji nihče.
fact-fake-news-page-date = Objavljeno pred 6 leti, a označeno kot „NOVO!“
fact-fake-news-page-date-reason = Ta stara zgodba je deljena, kot da se je zgodila danes. Vedno preveri datum.
fact-fake-news-page-photo = Fotografija: miren park z drevesi
fact-fake-news-page-photo-reason = Navadna fotografija sama po sebi ni opozorilni znak. Preberi tudi besede okoli nje.
fact-fake-news-page-share = Deli, preden to izbrišejo!
fact-fake-news-page-share-reason = To hoče, da pohitiš in ne razmisliš. Prave novice te ne prosijo, da jih deliš.

## Level 5: check a story before you share it (order_steps: the first moves of SIFT)

level-fact-check-a-story-title = Ustavi se in preveri
level-fact-check-a-story-instruction = Vidiš presenetljivo zgodbo. Razvrsti korake preverjevalcev dejstev po vrsti.
level-fact-check-a-story-learned = Preverjevalci dejstev se najprej ustavijo, nato ugotovijo, kdo je zgodbo naredil, nato jo poiščejo na zanesljivih straneh in šele potem odločijo, ali jo delijo.
level-fact-check-a-story-hint-1 = Kaj moraš narediti, preden tvoj prst tapne „Deli“?
level-fact-check-a-story-hint-2 = Preverjevalci dejstev pogledajo, kdo je zgodbo naredil, preden pogledajo kamor koli drugam. Odločitev pride zadnja.
level-fact-check-a-story-hint-3 = Prvi korak je, da se ustaviš in še ne deliš.

fact-check-a-story-stop = Ustavi se: ne deli še.
fact-check-a-story-stop-reason = To naredi najprej. Preverjevalci dejstev začnejo z ustavljanjem: ko enkrat deliš zgodbo, je ne moreš vzeti nazaj.
fact-check-a-story-who = Ugotovi, kdo jo je naredil in zakaj.
fact-check-a-story-who-reason = Nato poglej vir. Te hoče obvestiti, ti kaj prodati ali dobiti klike?
fact-check-a-story-others = Poišči jo na drugih zanesljivih straneh. Preveri datum.
fact-check-a-story-others-reason = Nato primerjaj. Če je res, o njej poročajo tudi zanesljive novičarske strani. Stare zgodbe se pogosto delijo kot nove.
fact-check-a-story-decide = Nato se odloči: deliti ali ne.
fact-check-a-story-decide-reason = Odloči se nazadnje, ko veš, kdo jo je naredil in kdo še poroča o njej. Deli samo preverjeno.
