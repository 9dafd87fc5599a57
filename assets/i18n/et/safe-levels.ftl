# Maailm „Koos turvaliselt“. Tasemed 6 ja 7 ainult 12–14-aastastele: rahulikult, ilma
# üksikasjadeta, õpilast kunagi süüdistamata. Täiskasvanule rääkimine on alati õige.

world-safe-together = Koos turvaliselt

safe-bin-good = Hea mõte
safe-bin-bad = Pole hea mõte

## Kust abi saada: mäng täidab kohta { $helpline } ühega neist.

helpline-call = Võid helistada ka lasteabi telefonile: { $service }, { $number }.
helpline-ask-adult = Et teada saada oma riigi lasteabi telefoni, küsi täiskasvanult, keda usaldad.

## Tase 1: uus sõber mängust

level-safe-new-friend-title = Uus sõber mängust
level-safe-new-friend-instruction = Keegi mängust kirjutab sulle. Puuduta igat ohumärki.
level-safe-new-friend-learned = Saladused, fotod, privaatvestlused ja kohtumised on ohumärgid. Peatu ja räägi täiskasvanule, keda usaldad.
level-safe-new-friend-hint-1 = Loe iga rida. Kas sinuvanune sõber küsiks seda?
level-safe-new-friend-hint-2 = Ole ettevaatlik, kui keegi tahab saladusi, fotosid, su andmeid või kohtumist.
level-safe-new-friend-hint-3 = Vaata hoolikalt ridu, mis räägivad su vanematest ja koolist.

safe-new-friend-sender = Saatja: Kai_Star (mängija sinu mängust)
safe-new-friend-sender-reason = Mängijatega vestlemine võib olla lõbus. Aga sa tead ainult seda, mida Kai endast räägib.
safe-new-friend-game = Hea mäng täna! Mis tasemel sa oled?
safe-new-friend-game-reason = Mängust rääkimine on tavaline. See rida on korras.
safe-new-friend-secret = Ära räägi minust oma vanematele, eks?
safe-new-friend-secret-reason = Hea sõber ei palu sul teda pere eest varjata. See on ohumärk.
safe-new-friend-private = Räägime teises rakenduses. Ainult meie kahekesi.
safe-new-friend-private-reason = Kui keegi viib sind privaatvestlusse, teistest eemale, on see ohumärk.
safe-new-friend-photo = Saada mulle pilt endast. Ainult mulle!
safe-new-friend-photo-reason = Ära kunagi saada endast pilte kellelegi, keda tunned ainult internetist.
safe-new-friend-school = Mis koolis sa käid?
safe-new-friend-school-reason = Sinu kool ütleb võõrale, kust sind leida. Hoia see endale.
safe-new-friend-meet = Kohtume laupäeval pargis!
safe-new-friend-meet-reason = Ära kunagi kohtu kellegagi, keda tunned ainult internetist. Räägi täiskasvanule, keda usaldad.

## Tase 2: mida sa teed

level-safe-what-to-do-title = Mida sa teed?
level-safe-what-to-do-instruction = Kai mängust tahab rohkem. Vali iga kord parim vastus.
level-safe-what-to-do-learned = Sa võid alati öelda ei. Blokeeri see inimene ja räägi täiskasvanule, keda usaldad. See pole kunagi sinu süü.
level-safe-what-to-do-hint-1 = Kes saaks aidata sul kontrollida, kas Kai on see, kes ta väidab end olevat?
level-safe-what-to-do-hint-2 = Saladused ja kohtumised veebisõpradega on ohumärgid. Otsi abi, ära mine üksi.
level-safe-what-to-do-hint-3 = Kui Kai vihastab, ei pea sa üldse vastama.

safe-what-to-do-secret-prompt = Kai kirjutab: „Hoiame oma vestlused saladuses.“ Mida sa teed?
safe-what-to-do-secret-keep = Hoian saladust. Kai on minu vastu kena.
safe-what-to-do-secret-keep-reason = Kenad sõnad võivad peita nippi. Päris sõber ei vaja saladusi su pere eest.
safe-what-to-do-secret-ask-why = Küsin Kailt enne, miks, ja otsustan siis ise.
safe-what-to-do-secret-ask-why-reason = Kail võib olla nutikas vastus. Ära otsusta üksi: küsi kelleltki, keda usaldad.
safe-what-to-do-secret-tell = Räägin vestlustest täiskasvanule.
safe-what-to-do-secret-tell-reason = Jah! Saladuste palumine on ohumärk. Täiskasvanu, keda usaldad, saab aidata seda kontrollida.

safe-what-to-do-meet-prompt = Kai tahab sinuga pargis kohtuda. Mida sa teed?
safe-what-to-do-meet-go-with-friend = Lähen, aga võtan klassikaaslase kaasa.
safe-what-to-do-meet-go-with-friend-reason = Kaks last pole piisavalt turvaline. Ära kunagi kohtu kellegagi, keda tunned ainult internetist.
safe-what-to-do-meet-say-no = Ütlen ei ja räägin täiskasvanule.
safe-what-to-do-meet-say-no-reason = Õige. Ütle ei ja lase täiskasvanul, keda usaldad, sind Kaiga aidata.
safe-what-to-do-meet-go-tell-later = Lähen ja räägin pärast täiskasvanule.
safe-what-to-do-meet-go-tell-later-reason = Täiskasvanule rääkimine on hea, aga ära mine. Ära kunagi kohtu kellegagi, keda tunned ainult internetist.

safe-what-to-do-angry-prompt = Sa ütlesid ei. Nüüd saadab Kai sulle vihaseid sõnumeid.
safe-what-to-do-angry-block = Blokeerin Kai ja räägin täiskasvanule.
safe-what-to-do-angry-block-reason = Jah. Sa ei pea vastama. Blokeeri Kai ja otsi abi täiskasvanult, keda usaldad.
safe-what-to-do-angry-sorry = Palun vabandust ja teen, mida Kai tahab.
safe-what-to-do-angry-sorry-reason = Sa ei teinud midagi valesti. Ei ütlemine oli õige.
safe-what-to-do-angry-argue = Kirjutan vastu, kuni Kai vabandab.
safe-what-to-do-angry-argue-reason = Vaidlemine hoiab Kai sinuga rääkimas. Lõpeta parem vastamine.

## Tase 3: blokeeri ja teata

level-safe-block-report-title = Blokeeri ja teata
level-safe-block-report-instruction = Keegi internetis paneb sind end halvasti tundma. Kas iga mõte on hea või mitte?
level-safe-block-report-learned = Salvesta sõnumid, blokeeri see inimene, teata temast rakenduses ja räägi täiskasvanule, keda usaldad.
level-safe-block-report-hint-1 = Millised mõtted teevad asja paremaks ja millised hullemaks?
level-safe-block-report-hint-2 = Hoia tõendid alles, peata sõnumid ja otsi abi.
level-safe-block-report-hint-3 = Vestluse kustutamine pole hea mõte: tõendid kaoksid.

safe-block-report-screenshot = Tee sõnumitest kuvatõmmiseid
safe-block-report-screenshot-reason = Kuvatõmmised on tõendid. Tee need enne blokeerimist, juhuks kui vestlus kaob.
safe-block-report-delete = Kustuta kogu vestlus, et keegi seda ei näeks
safe-block-report-delete-reason = Siis on tõendid kadunud. Hoia sõnumid alles, et täiskasvanu saaks aidata.
safe-block-report-block = Blokeeri see inimene
safe-block-report-block-reason = Blokeerimine peatab tema sõnumid sulle.
safe-block-report-reply-mean = Saada talle õel sõnum vastu
safe-block-report-reply-mean-reason = See võib asja hullemaks teha. Ära vasta üldse.
safe-block-report-report = Teata profiilist rakenduses
safe-block-report-report-reason = Rakenduse meeskond kontrollib teateid ja võib konto peatada.
safe-block-report-unblock = Eemalda blokeering, et näha, kas ta kahetseb
safe-block-report-unblock-reason = Siis saab ta sulle jälle kirjutada. Hoia ta blokeerituna.
safe-block-report-tell = Räägi täiskasvanule, keda usaldad, mis juhtus
safe-block-report-tell-reason = Täiskasvanu, keda usaldad, saab aidata sul teatada ja end paremini tunda.

## Tase 4: sisselogimiskood

level-safe-login-code-title = Salajane sisselogimiskood
level-safe-login-code-instruction = Vali iga kord parim vastus.
level-safe-login-code-learned = Sisselogimiskood on ainult sulle. Ära anna seda kunagi kellelegi, isegi mitte sõbrale ega „toele“.
level-safe-login-code-hint-1 = Kes vajab koodi, mis su telefoni saabub?
level-safe-login-code-hint-2 = Kood on su konto teine lukk. See toimib nagu võti.
level-safe-login-code-hint-3 = Päris tugimeeskonnad ei küsi kunagi su koodi.

safe-login-code-why-prompt = Pärast parooli saadab rakendus su telefoni koodi. Miks?
safe-login-code-why-ads = Sest rakendus tahab su numbrit reklaamide saatmiseks.
safe-login-code-why-ads-reason = Ei. Kood on selleks, et su kontot turvaliselt hoida.
safe-login-code-why-second-lock = See on teine lukk, et ainult mina sisse saaksin.
safe-login-code-why-second-lock-reason = Jah. See on kaheastmeline sisselogimine. Varas vajab lisaks su paroolile ka koodi.
safe-login-code-why-phone-check = Et kontrollida, kas telefon veel töötab.
safe-login-code-why-phone-check-reason = Ei. Kood tõestab, et sisse logid päriselt sina.

safe-login-code-friend-prompt = Sõnum Mialt: „Ups, mu kood tuli sulle. Kas saadad selle mulle?“
safe-login-code-friend-send = Saadan kiiresti. Mia on mu sõber ja vajab seda.
safe-login-code-friend-send-reason = Mia konto võib olla häkitud. Kood laseks võõra SINU kontole.
safe-login-code-friend-half = Saadan ainult koodi esimese poole.
safe-login-code-friend-half-reason = Ka pool koodi aitab varast. Hoia kogu kood endale.
safe-login-code-friend-ask = Ei saada. Küsin Mialt silmast silma.
safe-login-code-friend-ask-reason = Õige. Kontrolli Miaga teist teed pidi. Tõenäoliselt on see pettus.

safe-login-code-support-prompt = Vestlus ütleb: „Siin mängu tugi. Ütle oma kood, et su konto turvaliselt hoida.“
safe-login-code-support-give = Annan selle. Nad on tugimeeskond.
safe-login-code-support-give-reason = Päris tugimeeskonnad ei küsi kunagi su koodi. See on pettus.
safe-login-code-support-say-no = Ütlen ei. Tugi ei vaja mu koodi.
safe-login-code-support-say-no-reason = Õige. Päris ettevõtted ütlevad seda ka ise: nad ei küsi kunagi su koodi.
safe-login-code-support-adult-reads = Palun täiskasvanul neile koodi ette lugeda.
safe-login-code-support-adult-reads-reason = Keegi ei tohiks koodi ära anda, ei täiskasvanu ega laps. Näita parem sõnumit täiskasvanule.

## Tase 5: kust abi saada

level-safe-get-help-title = Kust abi saada
level-safe-get-help-instruction = Miski internetis teeb sulle muret. Vali iga kord parim vastus.
level-safe-get-help-learned = Sa pole kunagi üksi. Räägi täiskasvanuga, keda usaldad. { $helpline }
level-safe-get-help-hint-1 = Kas on parem mure endasse hoida või seda jagada?
level-safe-get-help-hint-2 = Täiskasvanud, keda usaldad, ja lasteabi telefonid kuulavad ja aitavad.
level-safe-get-help-hint-3 = 116 111 on paljudes riikides laste number.

safe-get-help-worried-prompt = Nägid internetis midagi, mis sind hirmutab. Mis aitab kõige rohkem?
safe-get-help-worried-keep = Hoian selle endale ja proovin unustada.
safe-get-help-worried-keep-reason = Mured kasvavad, kui hoiad neid endas. Kellelegi rääkimine aitab.
safe-get-help-worried-tell = Räägin täiskasvanule, mida nägin.
safe-get-help-worried-tell-reason = Jah! Vanem, hooldaja või õpetaja saab sind aidata.
safe-get-help-worried-search = Otsin selle kohta internetist rohkem.
safe-get-help-worried-search-reason = Võid leida veel hirmutavamaid asju. Räägi enne kellegagi.

safe-get-help-nobody-prompt = Sa ei taha rääkida kellegagi, keda tunned. Mida saad teha?
safe-get-help-nobody-forum = Küsin foorumis võõrastelt, mida teha.
safe-get-help-nobody-forum-reason = Võõrad internetis ei pruugi olla lahked ega õigus olla. Abitelefon on olemas, et aidata.
safe-get-help-nobody-wait = Ootan, kuni probleem kaob.
safe-get-help-nobody-wait-reason = Probleemid ei kao sageli iseenesest. Abi võib küsida.
safe-get-help-nobody-helpline = Helistan või kirjutan lasteabisse.
safe-get-help-nobody-helpline-reason = Jah. Lasteabi telefonid kuulavad lapsi. Sa ei pea oma nime ütlema.

safe-get-help-number-prompt = Kooli plakatil on 116 111. Mis number see on?
safe-get-help-number-helpline = Lasteabi telefon paljudes Euroopa riikides
safe-get-help-number-helpline-reason = Jah. Paljudes Euroopa riikides on 116 111 lasteabi telefon. Mõnes riigis on teine number.
safe-get-help-number-prize = Number, kust saab auhindu võita
safe-get-help-number-prize-reason = Ei. See on abitelefon, kus lapsed saavad oma muredest rääkida.
safe-get-help-number-adults = Number, kuhu tohivad helistada ainult täiskasvanud
safe-get-help-number-adults-reason = Ei. Lapsed saavad lasteabi telefonile ise helistada.

## Tase 6 (ainult 12–14): kui keegi ähvardab

level-safe-threats-title = Kui keegi ähvardab
level-safe-threats-instruction = Keegi ähvardab jagada privaatset fotot. Vali parim vastus.
level-safe-threats-learned = See pole kunagi sinu süü. Ära maksa, lõpeta vastamine, hoia sõnumid alles, räägi täiskasvanule, keda usaldad, ja teata sellest.
level-safe-threats-hint-1 = Mida ähvardaja sinult tahab?
level-safe-threats-hint-2 = Maksmine või rohkema saatmine ei peata ähvardusi. Abi otsimine peatab.
level-safe-threats-hint-3 = Hoia vestlus tõendiks alles, aga lõpeta vastamine.

safe-threats-pay-prompt = Veebisõber kirjutab: „Maksa mulle või jagan seda privaatset fotot, mille sa saatsid.“
safe-threats-pay-pay = Maksan kiiresti, et foto jääks privaatseks.
safe-threats-pay-pay-reason = Maksmine ei peata neid. Tavaliselt küsivad nad rohkem.
safe-threats-pay-stop = Lõpetan vastamise ja räägin täiskasvanule.
safe-threats-pay-stop-reason = Jah. Katkesta igasugune suhtlus ja otsi abi. Täiskasvanu saab aidata sul sellest teatada.
safe-threats-pay-more = Saadan veel ühe foto, et ta rahuneks.
safe-threats-pay-more-reason = Ära kunagi saada rohkem. Nad ei lõpeta. Otsi parem abi.

safe-threats-chat-prompt = Sul on kohutav tunne ja tahad, et vestlus kaoks. Mida sa sellega teed?
safe-threats-chat-delete = Kustutan kohe kogu vestluse ja ka oma konto.
safe-threats-chat-delete-reason = Vestlus on tõend. Rakendus ja politsei vajavad seda, et neid peatada.
safe-threats-chat-forward = Saadan vestluse sõpradele ja küsin neilt.
safe-threats-chat-forward-reason = Ära saada seda edasi. Hoia see enda ja täiskasvanu vahel, keda usaldad.
safe-threats-chat-keep = Hoian vestluse alles, blokeerin ja teatan.
safe-threats-chat-keep-reason = Õige. Hoia sõnumid tõendiks alles, siis blokeeri konto ja teata sellest.

safe-threats-fault-prompt = Sa mõtled: „See on minu süü. Ma ei saa kellelegi rääkida.“ Mis on tõsi?
safe-threats-fault-my-fault = See on minu süü, seega pean selle üksi lahendama.
safe-threats-fault-my-fault-reason = Ei. Valesti teeb ähvardaja, mitte sina.
safe-threats-fault-never = See pole kunagi minu süü ja abi on olemas.
safe-threats-fault-never-reason = Jah. Sind peteti. Täiskasvanud ja abitelefonid aitavad sind süüdistamata.
safe-threats-fault-later = Räägin täiskasvanule ainult siis, kui asi läheb hullemaks.
safe-threats-fault-later-reason = Räägi kellelegi kohe. Mida varem abi saad, seda varem see lõpeb.

safe-threats-online-prompt = Sa muretsed, et foto on juba internetis. Mis saab aidata?
safe-threats-online-take-it-down = Kasutan täiskasvanuga Take It Downi.
safe-threats-online-take-it-down-reason = Take It Down aitab eemaldada fotosid, mis on tehtud enne sinu 18-aastaseks saamist, ükskõik mis riigist.
safe-threats-online-search = Otsin fotot iga päev ja kontrollin.
safe-threats-online-search-reason = See paneb sind end ainult halvemini tundma. Las täiskasvanu ja tööriist teevad selle töö.
safe-threats-online-nothing = Kui foto on internetis, ei aita miski.
safe-threats-online-nothing-reason = See pole tõsi. Fotosid saab sageli eemaldada. Abi on alati olemas.

## Tase 7 (ainult 12–14): kellegi teise privaatne foto

level-safe-not-yours-title = Foto, mis pole sinu
level-safe-not-yours-instruction = Vestluses jagatakse klassikaaslase privaatset fotot. Hea mõte või mitte?
level-safe-not-yours-learned = Ära kunagi hoia alles ega saada edasi kellegi privaatset fotot. Räägi täiskasvanule, keda usaldad, ja teata sellest.
level-safe-not-yours-hint-1 = Kuidas sa end tunneksid, kui see oleks sinu foto?
level-safe-not-yours-hint-2 = Iga jagamine teeb fotol olevale inimesele uuesti haiget.
level-safe-not-yours-hint-3 = Edasi saatmine pole kunagi hea mõte, isegi mitte abi küsimiseks.

safe-not-yours-forward = Saada see ühele sõbrale edasi
safe-not-yours-forward-reason = Iga jagamine teeb sellele inimesele rohkem haiget. Paljudes riikides on see ka seadusevastane.
safe-not-yours-tell = Räägi sellest täiskasvanule, keda usaldad
safe-not-yours-tell-reason = Jah. Täiskasvanu saab aidata levikut peatada, ilma et sa peaksid seda saatma.
safe-not-yours-save = Salvesta see oma telefoni
safe-not-yours-save-reason = Ära hoia seda alles. Selline foto ei kuulu sinu telefoni.
safe-not-yours-report = Teata postitusest rakenduses
safe-not-yours-report-reason = Rakendus saab selle eemaldada. Fotol olev inimene vajab seda.
safe-not-yours-ask-friend = Saada see sõbrale, et küsida, mida teha
safe-not-yours-ask-friend-reason = Ära saada seda kellelegi, isegi mitte abi saamiseks. Räägi sellest saatmata.
safe-not-yours-kind = Ole fotol oleva inimese vastu lahke
safe-not-yours-kind-reason = Tal võib olla kohutav tunne. See pole tema süü.
safe-not-yours-laugh = Naera teistega kaasa, et sobituda
safe-not-yours-laugh-reason = Naermine teeb talle veel rohkem haiget. Sina võid olla see, kes selle peatab.
