# Maailm „Paroolitipp“. Inimesed, nimed ja meeskonnad on välja mõeldud.
# pw-rank: viis parooli jäävad muutmata. pw-build-first: sõnades 1, 2 ja 6 on kolm tähte,
# teistes viis või rohkem. Parim vastus ei ole kunagi kõige pikem.

world-password-peak = Paroolitipp

## Tase 1: kes tohib su parooli teada

level-pw-who-to-tell-title = Kes tohib seda teada?
level-pw-who-to-tell-instruction = Loe, mis juhtub. Vali iga kord parim vastus.
level-pw-who-to-tell-learned = Sinu parool on ainult sinu jaoks. Täiskasvanu, keda usaldad ja kes sinu eest hoolitseb, võib sind sellega aidata.
level-pw-who-to-tell-hint-1 = Küsi endalt: kas see inimene tõesti vajab mu parooli?
level-pw-who-to-tell-hint-2 = Sõbrad ja mängu moderaatorid ei vaja seda kunagi. Sinu vanem või hooldaja võib aidata seda turvaliselt hoida.
level-pw-who-to-tell-hint-3 = Mänguvestluses ära vasta. Teata sellest.

pw-who-to-tell-friend-prompt = Sinu parim sõber Zoe küsib: „Mis su mängu parool on? Tahan su uut taset proovida.“
pw-who-to-tell-friend-tell = Ütlen talle parooli ära. Ta on ju mu parim sõber.
pw-who-to-tell-friend-tell-reason = Isegi parimad sõbrad võivad kogemata teistele rääkida. Ja sõbrad lähevad mõnikord tülli.
pw-who-to-tell-friend-say-no = Ütlen: „Vabandust, see on ainult mulle.“
pw-who-to-tell-friend-say-no-reason = Tubli! Te saate ikka koos mängida. Hea sõber saab aru.
pw-who-to-tell-friend-swap = Vahetame omavahel paroolid, et oleks aus.
pw-who-to-tell-friend-swap-reason = Siis on ühe asemel väljas kaks parooli. Vahetamine ei tee seda turvalisemaks.

pw-who-to-tell-moderator-prompt = Mänguvestluses kirjutab „Mod_Max“: „Olen moderaator. Saada oma parool või su konto suletakse!“
pw-who-to-tell-moderator-send = Saadan kiiresti ja räägin siis täiskasvanule.
pw-who-to-tell-moderator-send-reason = Täiskasvanule rääkimine on hea, aga ära kunagi saada parooli. Päris moderaatorid ei küsi kunagi su parooli.
pw-who-to-tell-moderator-proof = Palun tal tõestada, et ta on moderaator.
pw-who-to-tell-moderator-proof-reason = Petised suudavad iga tõendi võltsida. Keegi mängust ei vaja su parooli, seega ära saada seda.
pw-who-to-tell-moderator-report = Ei vasta. Teatan ja räägin täiskasvanule.
pw-who-to-tell-moderator-report-reason = Õige! Mängu moderaatorid ei vaja kunagi su parooli. Teatamine aitab petise peatada.

pw-who-to-tell-parent-prompt = Sinu vanem või hooldaja aitab sul uut tahvelarvutit seadistada. Ta küsib, millise parooli sa valisid.
pw-who-to-tell-parent-tell-mum = Ütlen talle. Ta hoolitseb minu eest.
pw-who-to-tell-parent-tell-mum-reason = Jah! Täiskasvanu, keda usaldad ja kes sinu eest hoolitseb, nagu vanem või hooldaja, võib seda teada ja aidata seda kaitsta.
pw-who-to-tell-parent-nobody = Ei ütle kellelegi, isegi mitte talle.
pw-who-to-tell-parent-nobody-reason = Hoia seda sõprade ja võõraste eest. Aga vanem või hooldaja, kes sinu eest hoolitseb, võib sind aidata.
pw-who-to-tell-parent-class-chat = Panen selle klassivestlusse, et ma seda ei unustaks.
pw-who-to-tell-parent-class-chat-reason = Kõik vestluses võiksid seda lugeda. Palu täiskasvanul, keda usaldad, aidata sul seda turvaliselt meeles pidada.

## Tase 2: nõrgimast tugevaimani

level-pw-rank-title = Nõrk või tugev?
level-pw-rank-instruction = Pane paroolid järjekorda. Alusta kõige nõrgemast ja lõpeta kõige tugevamaga.
level-pw-rank-learned = Mitmest juhuslikust sõnast saab pika parooli. See on palju tugevam kui üks sõna numbriga.
level-pw-rank-hint-1 = Millist parooli prooviks äraarvaja kõigepealt?
level-pw-rank-hint-2 = Äraarvajad proovivad kõigepealt tavalisi paroole ja sõnu. Pikad paroolid juhuslikest sõnadest tulevad viimasena.
level-pw-rank-hint-3 = 123456 on kõige nõrgem: see on üks enim kasutatud paroole.

pw-rank-digits = 123456
pw-rank-digits-reason = See tuleb esimesena: see on kõige nõrgem. See on üks maailma enim kasutatud paroole, seega arvatakse see kohe ära.
pw-rank-one-word = sunshine
pw-rank-one-word-reason = See on teine: üks tavaline sõna. Äraarvajad proovivad pikki selliste sõnade nimekirju väga vara.
pw-rank-word-and-number = Sunshine1
pw-rank-word-and-number-reason = See on keskel. Suur algustäht ja 1 lõpus on nipid, mida äraarvajad hästi tunnevad.
pw-rank-two-words = tiger-Lamp7
pw-rank-two-words-reason = See on neljas. Kahte kokku mittesobivat sõna on raskem ära arvata, aga kaks on ikka vähe.
pw-rank-four-words = violet-cactus-harbour-drum
pw-rank-four-words-reason = See tuleb viimasena: see on kõige tugevam. Neljast juhuslikust sõnast saab pika parooli, mida on lihtne meeles pidada.

## Tase 3: esimene sõnadest parool

level-pw-build-first-title = Sinu esimene sõnaparool
level-pw-build-first-instruction = Puuduta sõnaklotse ja pane kokku tugev parool vähemalt 3 sõnast.
level-pw-build-first-learned = Kolmest juhuslikust sõnast saab pika ja tugeva parooli. Jäta välja see, mida teised sinust teavad.
level-pw-build-first-hint-1 = Kas mõni klots räägib sinust midagi?
level-pw-build-first-hint-2 = Vali juhuslikud sõnad, millel pole sinuga mingit pistmist. Tee see pikk: 15 tähte või rohkem.
level-pw-build-first-hint-3 = Rex on su koera nimi, seega jäta see välja.

pw-build-first-word-1 = kuu
pw-build-first-word-2 = puu
pw-build-first-word-3 = rakett
pw-build-first-word-4 = kilpkonn
pw-build-first-word-5 = lumepall
pw-build-first-word-6 = jää
pw-build-first-pet = Rex
pw-build-first-pet-reason = Rex on su koera nimi. Su sõbrad teavad seda ja ka kõik, kes näevad su koerapilte.
pw-build-first-year = 2016
pw-build-first-year-reason = See on aasta, mil sa sündisid. Paljud teavad seda ja äraarvajad proovivad aastaid esimesena.

## Tase 4: head ja riskantsed harjumused

level-pw-habits-title = Head harjumused
level-pw-habits-instruction = Kas see on hea harjumus või riskantne? Sorteeri iga kaart.
level-pw-habits-learned = Kasuta igas mängus eri parooli, hoia see saladuses ja logi jagatud tahvelarvutites välja.
level-pw-habits-hint-1 = Kujuta ette, et keegi teine leiab su tahvelarvuti. Mida ta saaks teha?
level-pw-habits-hint-2 = Head harjumused hoiavad su parooli saladuses ja konto teistele suletuna.
level-pw-habits-hint-3 = Jagatud tahvelarvutist välja logimine on hea harjumus.

pw-habits-bin-good = Hea harjumus
pw-habits-bin-risky = Riskantne

pw-habits-one-per-game = Igas mängus eri parool
pw-habits-one-per-game-reason = Kui keegi saab ühe parooli teada, jäävad su teised mängud turvaliseks.
pw-habits-sticky-note = Sinu parool tahvelarvutile kleebitud sedelil
pw-habits-sticky-note-reason = Igaüks, kes tahvelarvuti kätte võtab, saab seda lugeda. Küsi täiskasvanult, kus seda turvaliselt hoida.
pw-habits-log-out = Jagatud tahvelarvutist välja logimine
pw-habits-log-out-reason = Siis ei saa järgmine inimene sinu nimel mängida. Logi jagamisel alati välja.
pw-habits-name-birthday = Sinu nimi ja sünnipäev paroolina
pw-habits-name-birthday-reason = Paljud teavad su nime ja sünnipäeva. Äraarvajad proovivad neid esimesena.
pw-habits-best-friend = Parooli ütlemine parimale sõbrale
pw-habits-best-friend-reason = Sõbrad võivad kogemata teistele rääkida. Hoia parool endale.
pw-habits-ask-adult = Täiskasvanult küsimine, kui sa pole kindel
pw-habits-ask-adult-reason = Täiskasvanu, keda usaldad, saab sind aidata. Küsimine on alati hea mõte.

## Tase 5: väga tugev sõnaparool

level-pw-build-strong-title = Väga tugev!
level-pw-build-strong-instruction = Pane kokku väga tugev parool vähemalt 4 sõnaklotsist.
level-pw-build-strong-learned = Neljast juhuslikust sõnast saab väga tugeva parooli. Hüüdnimesid, koole ja meeskondi on lihtne ära arvata.
level-pw-build-strong-hint-1 = Mõni klots näeb välja nagu sõna, aga räägib sinust. Millised?
level-pw-build-strong-hint-2 = Sinu hüüdnime, kooli ja meeskonda on lihtne teada saada.
level-pw-build-strong-hint-3 = Zippy on su hüüdnimi, seega jäta see välja.

pw-build-strong-word-1 = lumi
pw-build-strong-word-2 = leht
pw-build-strong-word-3 = võti
pw-build-strong-word-4 = kivi
pw-build-strong-word-5 = trumm
pw-build-strong-word-6 = seen
pw-build-strong-word-7 = konn
pw-build-strong-nickname = Zippy
pw-build-strong-nickname-reason = Zippy on su hüüdnimi. Su sõbrad ja kogu klass teavad seda.
pw-build-strong-school = Tammiku
pw-build-strong-school-reason = Tammiku on su kool. Paljud teavad, millises koolis sa käid.
pw-build-strong-team = Rovers
pw-build-strong-team-reason = Kõik teavad, et sa armastad Roversit. Äraarvaja prooviks su meeskonda varakult.

## Tase 6: kaheastmeline kinnitamine

level-pw-two-step-title = Kood on ainult sulle
level-pw-two-step-instruction = Loe, mis juhtub. Vali iga kord parim vastus.
level-pw-two-step-learned = Kaheastmeline kinnitamine küsib lisaks paroolile koodi. Ära kunagi jaga koodi, isegi kui keegi küsib.
level-pw-two-step-hint-1 = Kellele kood on: sulle või kõigile, kes küsivad?
level-pw-two-step-hint-2 = Kood on teine võti. Ainult sina kasutad seda ja keegi teine ei vaja seda kunagi.
level-pw-two-step-hint-3 = Kui sõber küsib su koodi, hoia see endale.

pw-two-step-what-prompt = Su mäng küsib: „Kas lülitada sisse kaheastmeline kinnitamine?“ Mida see teeb?
pw-two-step-what-longer = See teeb su parooli kaks korda pikemaks.
pw-two-step-what-longer-reason = Su parool jääb samaks. Lisandub teine samm: kood.
pw-two-step-what-code = See küsib sinult ka koodi.
pw-two-step-what-code-reason = Õige! Isegi keegi, kes teab su parooli, ei saa ilma koodita sisse. Palu täiskasvanul aidata see sisse lülitada.
pw-two-step-what-friends = Sõbrad saavad sinu eest sisse logida.
pw-two-step-what-friends-reason = Ei. See tagab, et sisse saad logida ainult sina.

pw-two-step-friend-prompt = Su sõber Sam kirjutab: „Saatsin oma sisselogimiskoodi kogemata sinu tahvelarvutisse. Kas saadad selle mulle?“
pw-two-step-friend-send = Saadan selle. Sam on mu sõber.
pw-two-step-friend-send-reason = See on tuntud nipp. Keegi võib kasutada Sami kontot. Koodiga saab ta sinu konto üle võtta.
pw-two-step-friend-adult-sends = Palun täiskasvanul kodus selle saata.
pw-two-step-friend-adult-sends-reason = Täiskasvanule rääkimine on õige, aga keegi ei tohiks koodi saata. Isegi mitte täiskasvanu.
pw-two-step-friend-keep = Ei saada. Räägin täiskasvanule.
pw-two-step-friend-keep-reason = Õige! Ära kunagi jaga koodi. Räägi Samiga silmast silma ja kontrolli, kas see on päriselt Sam.

pw-two-step-unasked-prompt = Su tahvelarvutisse ilmub sisselogimiskood, aga sa ei proovinud sisse logida.
pw-two-step-unasked-tell = Ei jaga seda kellegagi ja räägin sellest täiskasvanule.
pw-two-step-unasked-tell-reason = Õige! Keegi võib su parooli proovida. Täiskasvanu saab aidata sul seda muuta.
pw-two-step-unasked-class-chat = Panen selle klassivestlusse.
pw-two-step-unasked-class-chat-reason = Siis võiks igaüks vestluses seda kasutada. Kood on ainult sulle. Räägi parem täiskasvanule.
pw-two-step-unasked-reply = Vastan ja küsin, kes selle saatis.
pw-two-step-unasked-reply-reason = Ära vasta. Kood tuli, sest keegi proovis sinu nimel sisse logida. Räägi täiskasvanule.

## Tase 7: paroolihaldur

level-pw-manager-title = Seif paroolidele
level-pw-manager-instruction = See on Mia paroolihaldur. See mäletab tema paroole. Puuduta iga seadet, mis pole turvaline, et see parandada.
level-pw-manager-learned = Paroolihaldur mäletab su paroole. Üks tugev sõnaparool kaitseb kõiki teisi. Seadista see koos täiskasvanuga, keda usaldad.
level-pw-manager-hint-1 = Milline seade aitaks kellelgi Mia paroolid avada?
level-pw-manager-hint-2 = Peaparool kaitseb kõiki teisi, seega peab see olema kõige tugevam.
level-pw-manager-hint-3 = Alusta peaparoolist.

pw-manager-set-up = Seadistatud koos: täiskasvanuga, keda usaldan
pw-manager-set-up-reason = Hea! Täiskasvanu, keda usaldad, saab aidata seda seadistada ja turvaliselt hoida.
pw-manager-main-password = Peaparool: 1234
pw-manager-main-password-reason = See üks parool avab kõik teised. Tee see pikk ja tugev: kolm juhuslikku sõna.
pw-manager-main-password-fixed = Peaparool: kolm juhuslikku sõna
pw-manager-one-each = Salvestab: iga mängu jaoks eri parooli
pw-manager-one-each-reason = Hea! See mäletab neid, nii et igal mängul võib olla oma parool.
pw-manager-make-new = Loo mulle tugevaid paroole: väljas
pw-manager-make-new-reason = See oskab luua pikki juhuslikke paroole ja need sinu eest meeles pidada. Lülita see sisse.
pw-manager-make-new-fixed = Loo mulle tugevaid paroole: sees
pw-manager-lock = Lukusta rakendus, kui selle sulgen: väljas
pw-manager-lock-reason = Siis näeks igaüks, kes tahvelarvuti kätte võtab, kõiki Mia paroole.
pw-manager-lock-fixed = Lukusta rakendus, kui selle sulgen: sees
pw-manager-device = Salvestatud: minu enda tahvelarvutisse kodus
pw-manager-device-reason = Paroolide salvestamine oma tahvelarvutisse on okei. Ära kunagi salvesta neid raamatukogu arvutisse.
