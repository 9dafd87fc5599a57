# Maailm „Lahke nurk“: lahkus internetis ja mida teha, kui keegi pole lahke.
# Inimesed on välja mõeldud. Leebe toon: ütle alati, mida teha, ja et täiskasvanule rääkimine on hea.

world-kind-corner = Lahke nurk

## Tase 1: lahked vastused

level-kind-reply-title = Ütle midagi head
level-kind-reply-instruction = Vali iga kord kõige lahkem vastus.
level-kind-reply-learned = Lahked sõnad internetis teevad teistele rõõmu. Enne postitamist küsi: kuidas nad end tunnevad?
level-kind-reply-hint-1 = Kujuta ette, et oled see teine inimene. Millist vastust sa tahaksid saada?
level-kind-reply-hint-2 = Lahke vastus on sõbralik, aus ja räägib teisest, mitte sinust.
level-kind-reply-hint-3 = Miale: küsimus tema joonistuse kohta näitab, et sa tõesti vaatasid.

kind-reply-drawing-prompt = Sinu sõber Mia postitab joonistuse, mille ta tegi oma kassist. Mida sa kirjutad?
kind-reply-drawing-praise = Ilusad värvid! Kuidas sa selle tegid?
kind-reply-drawing-praise-reason = Lahke ja siiras kiitus teeb Miale rõõmu. Küsimus näitab, et sa tõesti vaatasid.
kind-reply-drawing-brother = Mu väike vend joonistab paremini kui see.
kind-reply-drawing-brother-reason = See teeks Miale haiget. Isegi naljana paneb see teda oma töö pärast halvasti tundma.
kind-reply-drawing-mine = Vaata parem minu joonistust!
kind-reply-drawing-mine-reason = Mia tahtis oma joonistust jagada. See vastus teeb sellest jutu sinust.

kind-reply-game-prompt = Veebimängus teeb su meeskonnakaaslane Leo vea. Teie meeskond kaotab.
kind-reply-game-blame = Sa kaotasid meil kõigil mängu, Leo! Suur aitäh.
kind-reply-game-blame-reason = Kõik teevad vigu. Leo süüdistamine kogu meeskonna ees paneb teda end kohutavalt tundma.
kind-reply-game-kick = Viskame Leo meeskonnast välja.
kind-reply-game-kick-reason = Kellegi välja jätmine ühe vea pärast pole lahke. Mängud on lõbusamad, kui kõik on oodatud.
kind-reply-game-cheer = Hea katse, Leo! Järgmise võidame.
kind-reply-game-cheer-reason = Sõbralik sõna pärast kaotust rõõmustab kogu meeskonda. See on ju ainult mäng.

kind-reply-sad-prompt = Su klassikaaslane Ava postitab: „täna ei meeldi ma kellelegi“.
kind-reply-sad-drama = Ära tee sellist draamat.
kind-reply-sad-drama-reason = Ava ütleb sulle, et on kurb. See vastus ütleb talle, et tema tunded pole olulised.
kind-reply-sad-message = Kirjutan Avale: „Sa meeldid mulle! Räägime?“
kind-reply-sad-message-reason = Lahke privaatsõnum näitab Avale, et keegi hoolib. Kui ta tundub väga kurb, räägi ka täiskasvanule, keda usaldad.
kind-reply-sad-scroll = Kerin mööda. Küll tema vanemad lahendavad selle.
kind-reply-sad-scroll-reason = Ava võib end veel üksikumana tunda ja vanemad ei pruugi teada. Mõni lahke sõna sinult võib palju aidata.

## Tase 2: lahked või ebalahked kommentaarid

kind-bin-kind = Lahke
kind-bin-unkind = Ebalahke

level-kind-comments-title = Lahke või ebalahke?
level-kind-comments-instruction = Sorteeri iga kommentaar: kas see on lahke või ebalahke?
level-kind-comments-learned = Sa võid öelda, mida arvad, ja ikka lahke olla. Õelad kommentaarid teevad haiget, isegi naljana.
level-kind-comments-hint-1 = Loe iga kommentaari nii, nagu keegi oleks selle sulle kirjutanud.
level-kind-comments-hint-2 = Lahked kommentaarid kiidavad, aitavad või on viisakalt eri meelt. Ebalahked narrivad või teevad teisi maha.
level-kind-comments-hint-3 = Kommentaarid selle kohta, kuidas keegi välja näeb või liigub, on sageli ebalahked, isegi kui need on mõeldud naljana.

kind-comments-great-goal = Milline äge värav su videos!
kind-comments-great-goal-reason = Kiitus millegi hästi tehtu eest teeb inimese uhkeks. See on lahke.
kind-comments-weird-hair = Su juuksed näevad sellel pildil nii veidrad välja.
kind-comments-weird-hair-reason = Kommentaarid välimuse kohta võivad väga haiget teha. Kui sa ei ütleks seda näkku, ära postita seda.
kind-comments-get-well = Saa ruttu terveks!
kind-comments-get-well-reason = Kellelegi head soovides näitad, et hoolid temast. See on lahke.
kind-comments-nobody-asked = Keegi ei küsinud su arvamust.
kind-comments-nobody-asked-reason = See käsib kellelgi vait olla ja ütleb, et ta pole oluline. See on ebalahke.
kind-comments-different-ending = Mulle oleks meeldinud teistsugune lõpp, aga lugu oli lõbus!
kind-comments-different-ending-reason = Võid olla eri meelt ja ikka lahke olla. See kommentaar on aus ja sõbralik.
kind-comments-penguin = Haha, sa jooksed nagu pingviin!
kind-comments-penguin-reason = Naermine selle üle, kuidas keegi liigub, on narrimine. See võib haiget teha, isegi kui mõtlesid seda naljana.
kind-comments-thanks-help = Aitäh, et aitasid mind kodutööga!
kind-comments-thanks-help-reason = Tänamine paneb inimesi aitamise üle rõõmu tundma. See on lahke.

## Tase 3: kui keegi saadab pidevalt õelaid sõnumeid

level-kind-when-bullied-title = Õelad sõnumid
level-kind-when-bullied-instruction = Keegi saadab sulle pidevalt õelaid sõnumeid. Kas seda on hea teha või parem mitte?
level-kind-when-bullied-learned = Ära vasta, hoia tõendid alles, blokeeri, teata ja räägi täiskasvanule, keda usaldad, ükskõik millal. See pole kunagi sinu süü.
level-kind-when-bullied-hint-1 = Mis neist peatab sõnumid, hoiab tõendid alles või toob sulle abi?
level-kind-when-bullied-hint-2 = Head sammud hoiavad tõendid alles, peatavad sõnumid ja toovad abi. Vastu löömine või peitmine ei aita.
level-kind-when-bullied-hint-3 = Täiskasvanule rääkimine, keda usaldad, on alati õige, ükskõik millal.

kind-bin-good-step = Hea teha
kind-bin-not-step = Parem mitte

kind-when-bullied-no-reply = Ära vasta õelatele sõnumitele.
kind-when-bullied-no-reply-reason = Õelad sõnumid tahavad reaktsiooni. Kui sa ei vasta, ei saa nad midagi.
kind-when-bullied-screenshot = Tee tõenditeks kuvatõmmiseid.
kind-when-bullied-screenshot-reason = Tõendid näitavad, mis juhtus. Tee kuvatõmmised enne blokeerimist: blokeerimine võib sõnumid peita.
kind-when-bullied-hit-back = Saada vastu midagi õelat.
kind-when-bullied-hit-back-reason = See võib asja hullemaks teha ja annab neile reaktsiooni, mida nad tahavad.
kind-when-bullied-block = Blokeeri see inimene.
kind-when-bullied-block-reason = Siis õelad sõnumid enam sulle ei tule.
kind-when-bullied-tell = Räägi täiskasvanule, keda usaldad, ja näita talle.
kind-when-bullied-tell-reason = Õige ükskõik millal: esimesena, viimasena või vahepeal. Sa ei pea sellega kunagi üksi hakkama saama.
kind-when-bullied-secret = Hoia see saladuses ja looda, et see lõpeb.
kind-when-bullied-secret-reason = Sa ei pea sellega üksi tegelema. Räägi täiskasvanule, keda usaldad. See pole kunagi sinu süü.
kind-when-bullied-report = Teata temast rakenduses.
kind-when-bullied-report-reason = Rakendus saab seda inimest hoiatada või peatada. Sinu kuvatõmmised aitavad.
kind-when-bullied-delete-all = Kustuta kohe kõik sõnumid.
kind-when-bullied-delete-all-reason = Siis on tõendid kadunud. Tee kõigepealt kuvatõmmised, siis blokeeri ja teata.

## Tase 4: kui näed, et kellegagi käitutakse halvasti

level-kind-bystander-title = Astu välja
level-kind-bystander-instruction = Näed, et kellegagi käitutakse halvasti. Vali, mida on kõige parem teha.
level-kind-bystander-learned = Ära liitu. Ole selle inimese vastu lahke ja räägi täiskasvanule, keda usaldad. See aitab palju.
level-kind-bystander-hint-1 = Mõtle inimesele, kellega halvasti käitutakse. Mis teda aitaks?
level-kind-bystander-hint-2 = Kaasa tegemine või vaikimine ei aita. Lahkus ja abi otsimine aitavad.
level-kind-bystander-hint-3 = Finnile võib lihtne kutse terve päeva rõõmsaks teha.

kind-bystander-chat-prompt = Teie klassi grupivestluses teevad mõned pidevalt Noah üle nalja.
kind-bystander-chat-join = Saadan ka naerva näo.
kind-bystander-chat-join-reason = Isegi üks naerev nägu on kaasa tegemine. Noah tunneb, et kõik on tema vastu.
kind-bystander-chat-silent = Ei ütle midagi. Õpetaja näeb seda niikuinii.
kind-bystander-chat-silent-reason = Õpetajad ei loe iga vestlust ja Noah võib arvata, et kõik on nõus. Räägi ise täiskasvanule, keda usaldad.
kind-bystander-chat-support = Kirjutan Noahile ja räägin täiskasvanule.
kind-bystander-chat-support-reason = Lahke sõnum näitab Noahile, et ta pole üksi. Täiskasvanu, keda usaldad, saab aidata narrimise lõpetada.

kind-bystander-photo-prompt = Keegi jagab sinu klassikaaslase Zoe kohta rumalat fotot, et tema üle naerda.
kind-bystander-photo-share = Jagan seda veel sõpradega.
kind-bystander-photo-share-reason = Iga jagamine levitab fotot edasi ja teeb Zoele rohkem haiget. Keegi ei tohiks jagada kellegi fotot, et tema üle naerda.
kind-bystander-photo-stop = Teatan ja räägin täiskasvanule.
kind-bystander-photo-stop-reason = Foto peatub sinu juures. Teatamine võib selle eemaldada ja täiskasvanu saab Zoed aidata.
kind-bystander-photo-like = Panen laigi, sest kõik teised panid ka.
kind-bystander-photo-like-reason = Laik ütleb saatjale, et foto on naljakas. See võib panna teda rohkem postitama.

kind-bystander-game-prompt = Mõned jätavad Finni meelega veebimängust välja.
kind-bystander-game-invite = Kutsun Finni endaga mängima.
kind-bystander-game-invite-reason = Lihtne kutse võib Finni päeva rõõmsaks teha. Kui teda jäetakse ikka välja, räägi täiskasvanule, keda usaldad.
kind-bystander-game-along = Mängin ilma temata. Nende mäng, nende reeglid.
kind-bystander-game-along-reason = Meelega välja jätmine teeb haiget. Kaasa minemine paneb Finni end veel üksikumana tundma.
kind-bystander-game-pretend = Teen näo, et ei näinud seda.
kind-bystander-game-pretend-reason = Mujale vaadata on lihtne, aga Finn tunneb end ikka kõrvale jäetuna. Väike lahke tegu võib teda aidata.

## Tase 5: klassi grupivestlus

level-kind-group-chat-title = Klassi vestlus
level-kind-group-chat-instruction = Puuduta igat ebalahket sõnumit selles klassivestluses.
level-kind-group-chat-learned = Pilkamine, välja jätmine, fotode jagamine küsimata ja kaasa naermine on ebalahke. Ära liitu.
level-kind-group-chat-hint-1 = Loe iga sõnumit. Kuidas Sam end seda lugedes tunneks?
level-kind-group-chat-hint-2 = Ebalahked sõnumid pilkavad kedagi, jätavad ta välja või jagavad tema fotot.
level-kind-group-chat-hint-3 = Ben kirjutab kaks ebalahket sõnumit.

kind-group-chat-trip = Mia: Kes on homseks klassiekskursiooniks valmis?
kind-group-chat-trip-reason = Sõbralik küsimus kogu klassile. See sõnum on korras.
kind-group-chat-bottle = Leo: Mina! Ärge unustage veepudelit.
kind-group-chat-bottle-reason = Kasulik meeldetuletus kõigile. See sõnum on korras.
kind-group-chat-shoes = Ben: Kas nägite täna Sami kingi? Nii koledad lol
kind-group-chat-shoes-reason = See pilkab Sami kogu klassi ees. Ära liitu ja ole Samiga lahke.
kind-group-chat-laugh = Max: HAHAHA (viis naervat nägu)
kind-group-chat-laugh-reason = Kaasa naermine lisab narrimisele hoogu. Kõrvale jäämine on juba parem.
kind-group-chat-homework = Finn: Kas keegi saadaks mulle kodutöö lehekülje?
kind-group-chat-homework-reason = Kodutööga abi küsimine on okei. Klassivestlused sobivad selleks hästi.
kind-group-chat-photo = Ben: Vaadake! Foto, kuidas Sam koolihoovis komistab.
kind-group-chat-photo-reason = Sam ei andnud luba seda fotot jagada. Küsi enne, kui jagad kellegi fotot, ja räägi sellest fotost täiskasvanule.
kind-group-chat-party = Ava: Pidu minu pool! Ärge Sami kutsuge.
kind-group-chat-party-reason = Kõigile ütlemine, et Sam välja jätta, teeb talle väga haiget. Kedagi ei tohiks meelega välja jätta.
kind-group-chat-thanks = Zoe: Sam aitas mind täna projektiga. Aitäh, Sam!
kind-group-chat-thanks-reason = Kogu klassi ees tänamine on lahke. See sõnum on korras.
