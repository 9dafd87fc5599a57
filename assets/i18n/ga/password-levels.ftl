# An domhan “Binn na bPasfhocal”: cé a fhéadfaidh pasfhocal a bheith ar eolas aige, cad a dhéanann láidir é,
# nósanna maithe, fíorú dhá chéim agus bainisteoirí pasfhocal. Fanann pasfhocail pw-rank gan athrú.
# Focail pw-build-*: gnáthainmfhocail, litreacha beaga (tá trí litir i bhfocail 1, 2 agus 6 de pw-build-first).

world-password-peak = Binn na bPasfhocal

## Leibhéal 1: cé a fhéadfaidh do phasfhocal a bheith ar eolas aige

level-pw-who-to-tell-title = Cé a fhéadfaidh é a bheith aige?
level-pw-who-to-tell-instruction = Léigh cad a tharlaíonn. Roghnaigh an freagra is fearr gach uair.
level-pw-who-to-tell-learned = Is duitse amháin do phasfhocal. Is féidir le duine fásta a bhfuil muinín agat as agus a thugann aire duit cabhrú leat leis.
level-pw-who-to-tell-hint-1 = Cuir ceist ort féin: an bhfuil mo phasfhocal ag teastáil ón duine seo i ndáiríre?
level-pw-who-to-tell-hint-2 = Ní theastaíonn sé riamh ó chairde ná ó mhodhnóirí cluiche. Is féidir le tuismitheoir nó cúramóir cabhrú leat é a choinneáil slán.
level-pw-who-to-tell-hint-3 = I gcomhrá an chluiche, ná freagair. Tuairiscigh é.

pw-who-to-tell-friend-prompt = Fiafraíonn do chara is fearr, Zoe: “Cad é do phasfhocal cluiche? Ba mhaith liom triail a bhaint as do leibhéal nua.”
pw-who-to-tell-friend-tell = Inis di. Is í mo chara is fearr í.
pw-who-to-tell-friend-tell-reason = Is féidir fiú le cairde is fearr é a insint do dhaoine eile de thimpiste. Agus titeann cairde amach le chéile uaireanta.
pw-who-to-tell-friend-say-no = Abair: “Tá brón orm, is liomsa amháin é.”
pw-who-to-tell-friend-say-no-reason = Maith thú! Is féidir libh imirt le chéile fós. Tuigeann cara maith.
pw-who-to-tell-friend-swap = Babhtáil pasfhocail léi, ionas go mbeidh sé cothrom.
pw-who-to-tell-friend-swap-reason = Ansin bíonn dhá phasfhocal amuigh in áit ceann amháin. Ní dhéanann babhtáil níos sábháilte é.

pw-who-to-tell-moderator-prompt = I gcomhrá cluiche, scríobhann “Mod_Max”: “Is modhnóir mé. Seol do phasfhocal chugam nó dúnfar do chuntas!”
pw-who-to-tell-moderator-send = Seol go tapa é, ansin inis do dhuine fásta cad a rinne mé.
pw-who-to-tell-moderator-send-reason = Is maith é a insint do dhuine fásta, ach ná seol riamh é. Ní iarrann fíormhodhnóirí do phasfhocal riamh.
pw-who-to-tell-moderator-proof = Iarr orthu a chruthú gur modhnóir iad.
pw-who-to-tell-moderator-proof-reason = Is féidir le cleasaithe cruthúnas ar bith a chumadh. Ní theastaíonn do phasfhocal ó aon duine ón gcluiche, mar sin ná seol é.
pw-who-to-tell-moderator-report = Ná freagair. Tuairiscigh é agus inis do dhuine fásta.
pw-who-to-tell-moderator-report-reason = Ceart! Ní theastaíonn do phasfhocal riamh ó mhodhnóirí an chluiche. Cuidíonn tuairisciú leis an gcleasaí a stopadh.

pw-who-to-tell-parent-prompt = Cuidíonn tuismitheoir nó cúramóir leat do tháibléad nua a shocrú. Fiafraíonn siad cén pasfhocal a roghnaigh tú.
pw-who-to-tell-parent-tell-mum = Inis dóibh. Tugann siad aire dom.
pw-who-to-tell-parent-tell-mum-reason = Is ea! Is féidir le duine fásta a bhfuil muinín agat as agus a thugann aire duit, cosúil le tuismitheoir nó cúramóir, é a bheith ar eolas aige agus cabhrú leat é a choinneáil slán.
pw-who-to-tell-parent-nobody = Ná hinis d'aon duine, fiú dóibh siúd.
pw-who-to-tell-parent-nobody-reason = Coinnigh ó chairde agus ó strainséirí é. Ach is féidir le tuismitheoir nó cúramóir a thugann aire duit cabhrú leat.
pw-who-to-tell-parent-class-chat = Cuir sa chomhrá ranga é, ionas nach ndéanfaidh mé dearmad air.
pw-who-to-tell-parent-class-chat-reason = D'fhéadfadh gach duine sa chomhrá é a léamh. Iarr ar dhuine fásta a bhfuil muinín agat as cabhrú leat é a choinneáil i gcuimhne go sábháilte.

## Leibhéal 2: ón gceann is laige go dtí an ceann is láidre

level-pw-rank-title = Lag nó láidir?
level-pw-rank-instruction = Cuir na pasfhocail in ord. Tosaigh leis an gceann is laige, críochnaigh leis an gceann is láidre.
level-pw-rank-learned = Déanann roinnt focal randamach pasfhocal fada. Tá sé sin i bhfad níos láidre ná focal amháin le huimhir.
level-pw-rank-hint-1 = Cén pasfhocal a thriailfeadh tomhasóir ar dtús?
level-pw-rank-hint-2 = Triaileann tomhasóirí pasfhocail agus focail choitianta ar dtús. Tagann pasfhocail fhada le focail randamacha ag an deireadh.
level-pw-rank-hint-3 = Is é 123456 an ceann is laige: tá sé ar cheann de na pasfhocail is mó a úsáidtear.

pw-rank-digits = 123456
pw-rank-digits-reason = Tagann sé seo ar dtús: is é an ceann is laige é. Tá sé ar cheann de na pasfhocail is mó a úsáidtear ar domhan, mar sin tomhaistear é láithreach.
pw-rank-one-word = sunshine
pw-rank-one-word-reason = Is é seo an dara ceann: focal coitianta amháin. Triaileann tomhasóirí liostaí fada d'fhocail mar seo go han-luath.
pw-rank-word-and-number = Sunshine1
pw-rank-word-and-number-reason = Tá sé seo sa lár. Is cleasanna iad ceannlitir ar dtús agus 1 ag an deireadh a bhfuil aithne mhaith ag tomhasóirí orthu.
pw-rank-two-words = tiger-Lamp7
pw-rank-two-words-reason = Is é seo an ceathrú ceann. Is deacra dhá fhocal nach mbaineann le chéile a thomhas, ach is gearr fós dhá fhocal.
pw-rank-four-words = violet-cactus-harbour-drum
pw-rank-four-words-reason = Tagann sé seo ag an deireadh: is é an ceann is láidre é. Déanann ceithre fhocal randamacha pasfhocal fada atá éasca le cuimhneamh air.

## Leibhéal 3: an chéad phasfhocal focal

level-pw-build-first-title = Do chéad phasfhocal focal
level-pw-build-first-instruction = Tapáil tíleanna focal chun pasfhocal láidir a thógáil as 3 fhocal ar a laghad.
level-pw-build-first-learned = Déanann trí fhocal randamacha pasfhocal fada láidir. Fág amach rudaí atá ar eolas ag daoine eile fút.
level-pw-build-first-hint-1 = An insíonn aon cheann de na tíleanna rud éigin fút?
level-pw-build-first-hint-2 = Roghnaigh focail randamacha nach bhfuil baint acu leat. Déan fada é: 15 litir nó níos mó.
level-pw-build-first-hint-3 = Is é Rex ainm do mhadra, mar sin fág amach é.

pw-build-first-word-1 = bád
pw-build-first-word-2 = muc
pw-build-first-word-3 = roicéad
pw-build-first-word-4 = piliúr
pw-build-first-word-5 = turtar
pw-build-first-word-6 = cnó
pw-build-first-pet = Rex
pw-build-first-pet-reason = Is é Rex ainm do mhadra. Tá sé ar eolas ag do chairde, agus ag aon duine a fheiceann na grianghraif de do mhadra.
pw-build-first-year = 2016
pw-build-first-year-reason = Seo an bhliain ar rugadh thú. Tá sí ar eolas ag go leor daoine, agus triaileann tomhasóirí blianta ar dtús.

## Leibhéal 4: nósanna maithe agus nósanna contúirteacha

level-pw-habits-title = Nósanna maithe
level-pw-habits-instruction = An nós maith é, nó an bhfuil sé contúirteach? Sórtáil gach cárta.
level-pw-habits-learned = Úsáid pasfhocal difriúil do gach cluiche, coinnigh faoi rún é, agus logáil amach ar tháibléid roinnte.
level-pw-habits-hint-1 = Samhlaigh go n-aimsíonn duine eile do tháibléad. Cad a d'fhéadfaidís a dhéanamh?
level-pw-habits-hint-2 = Coinníonn nósanna maithe do phasfhocal faoi rún agus do chuntas dúnta do dhaoine eile.
level-pw-habits-hint-3 = Is nós maith é logáil amach ar tháibléad roinnte.

pw-habits-bin-good = Nós maith
pw-habits-bin-risky = Contúirteach

pw-habits-one-per-game = Pasfhocal difriúil do gach cluiche
pw-habits-one-per-game-reason = Má fhaigheann duine amach pasfhocal amháin, fanann do chluichí eile slán.
pw-habits-sticky-note = Do phasfhocal ar nóta greamaithe den táibléad
pw-habits-sticky-note-reason = Is féidir le duine ar bith a phiocann suas an táibléad é a léamh. Iarr ar dhuine fásta cá háit lena choinneáil slán.
pw-habits-log-out = Logáil amach ar tháibléad roinnte
pw-habits-log-out-reason = Ansin ní féidir leis an gcéad duine eile imirt mar thusa. Logáil amach i gcónaí nuair a roinneann tú.
pw-habits-name-birthday = D'ainm agus do bhreithlá mar phasfhocal
pw-habits-name-birthday-reason = Tá d'ainm agus do bhreithlá ar eolas ag go leor daoine. Triaileann tomhasóirí iad ar dtús.
pw-habits-best-friend = Do phasfhocal a insint do do chara is fearr
pw-habits-best-friend-reason = Is féidir le cairde é a insint do dhaoine eile de thimpiste. Coinnigh do phasfhocal agat féin.
pw-habits-ask-adult = Ceist a chur ar dhuine fásta nuair nach bhfuil tú cinnte
pw-habits-ask-adult-reason = Is féidir le duine fásta a bhfuil muinín agat as cabhrú leat. Is smaoineamh maith i gcónaí é ceist a chur.

## Leibhéal 5: pasfhocal focal an-láidir

level-pw-build-strong-title = An-láidir!
level-pw-build-strong-instruction = Tóg pasfhocal an-láidir as 4 thíl focal ar a laghad.
level-pw-build-strong-learned = Déanann ceithre fhocal randamacha pasfhocal an-láidir. Is furasta leasainmneacha, scoileanna agus foirne a thomhas.
level-pw-build-strong-hint-1 = Tá cuma focal ar roinnt tíleanna, ach baineann siad leatsa. Cé acu?
level-pw-build-strong-hint-2 = Is furasta do leasainm, do scoil agus d'fhoireann a fháil amach.
level-pw-build-strong-hint-3 = Is é Zippy do leasainm, mar sin fág amach é.

pw-build-strong-word-1 = gealach
pw-build-strong-word-2 = duilleog
pw-build-strong-word-3 = sneachta
pw-build-strong-word-4 = eochair
pw-build-strong-word-5 = bosca
pw-build-strong-word-6 = frog
pw-build-strong-word-7 = druma
pw-build-strong-nickname = Zippy
pw-build-strong-nickname-reason = Is é Zippy do leasainm. Tá sé ar eolas ag do chairde agus ag do rang ar fad.
pw-build-strong-school = Oakfield
pw-build-strong-school-reason = Is é Oakfield do scoil. Tá a fhios ag go leor daoine cén scoil a dtéann tú ann.
pw-build-strong-team = Rovers
pw-build-strong-team-reason = Tá a fhios ag gach duine go bhfuil an-dúil agat sna Rovers. Thriailfeadh tomhasóir d'fhoireann go luath.

## Leibhéal 6: fíorú dhá chéim

level-pw-two-step-title = Is duitse amháin an cód
level-pw-two-step-instruction = Léigh cad a tharlaíonn. Roghnaigh an freagra is fearr gach uair.
level-pw-two-step-learned = Iarrann fíorú dhá chéim cód chomh maith le do phasfhocal. Ná roinn an cód riamh, fiú má iarrann duine é.
level-pw-two-step-hint-1 = Cé dó an cód: duitse, nó d'aon duine a iarrann é?
level-pw-two-step-hint-2 = Is dara heochair é an cód. Ní úsáideann aon duine é ach tusa, agus ní theastaíonn sé riamh ó aon duine eile.
level-pw-two-step-hint-3 = Nuair a iarrann cara do chód, coinnigh agat féin é.

pw-two-step-what-prompt = Fiafraíonn do chluiche: “Fíorú dhá chéim a chasadh air?” Cad a dhéanann sé?
pw-two-step-what-longer = Déanann sé do phasfhocal faoi dhó chomh fada.
pw-two-step-what-longer-reason = Fanann do phasfhocal mar an gcéanna. Cuireann sé dara céim leis: cód.
pw-two-step-what-code = Iarrann sé cód ort freisin.
pw-two-step-what-code-reason = Ceart! Fiú duine a bhfuil do phasfhocal aige, ní féidir leis logáil isteach gan an cód. Iarr ar dhuine fásta cabhrú leat é a chasadh air.
pw-two-step-what-friends = Is féidir le cairde logáil isteach ar do shon.
pw-two-step-what-friends-reason = Ní féidir. Déanann sé cinnte nach féidir ach leatsa logáil isteach.

pw-two-step-friend-prompt = Scríobhann do chara Sam: “Sheol mé mo chód logála isteach chuig do tháibléad de thimpiste. An seolfá chugam é?”
pw-two-step-friend-send = Seol é. Is é Sam mo chara.
pw-two-step-friend-send-reason = Is cleas aitheanta é seo. B'fhéidir go bhfuil duine éigin eile ag úsáid chuntas Sam. Leis an gcód, is féidir leo do chuntas féin a ghoid.
pw-two-step-friend-adult-sends = Iarr ar dhuine fásta sa bhaile an cód a sheoladh ar mo shon.
pw-two-step-friend-adult-sends-reason = Is ceart é a insint do dhuine fásta, ach níor cheart d'aon duine an cód a sheoladh. Fiú duine fásta.
pw-two-step-friend-keep = Coinnigh é. Inis do dhuine fásta a bhfuil muinín agat as.
pw-two-step-friend-keep-reason = Ceart! Ná roinn cód riamh. Labhair le Sam duine le duine chun a sheiceáil an é Sam atá ann i ndáiríre.

pw-two-step-unasked-prompt = Taispeántar cód logála isteach ar do tháibléad, ach ní dhearna tú iarracht logáil isteach.
pw-two-step-unasked-tell = Ná roinn le duine ar bith é, agus inis do dhuine fásta faoi.
pw-two-step-unasked-tell-reason = Ceart! B'fhéidir go bhfuil duine éigin ag baint triail as do phasfhocal. Is féidir le duine fásta cabhrú leat é a athrú.
pw-two-step-unasked-class-chat = Cuir sa chomhrá ranga é.
pw-two-step-unasked-class-chat-reason = Ansin d'fhéadfadh gach duine sa chomhrá é a úsáid. Is duitse amháin an cód. Inis do dhuine fásta ina ionad.
pw-two-step-unasked-reply = Freagair agus fiafraigh cé a sheol é.
pw-two-step-unasked-reply-reason = Ná freagair. Tháinig an cód mar go ndearna duine éigin iarracht logáil isteach mar thusa. Inis do dhuine fásta.

## Leibhéal 7: bainisteoir pasfhocal

level-pw-manager-title = Taisceadán do phasfhocail
level-pw-manager-instruction = Seo bainisteoir pasfhocal Mia. Cuimhníonn sé ar a cuid pasfhocal. Tapáil gach socrú nach bhfuil sábháilte chun é a dheisiú.
level-pw-manager-learned = Cuimhníonn bainisteoir pasfhocal ar do phasfhocail. Cosnaíonn pasfhocal láidir amháin déanta as focail na cinn eile go léir. Socraigh é le duine fásta a bhfuil muinín agat as.
level-pw-manager-hint-1 = Cén socrú a chabhródh le duine pasfhocail Mia a oscailt?
level-pw-manager-hint-2 = Cosnaíonn an príomhphasfhocal na cinn eile go léir, mar sin caithfidh sé a bheith ar an gceann is láidre.
level-pw-manager-hint-3 = Tosaigh leis an bpríomhphasfhocal.

pw-manager-set-up = Socraithe le: duine fásta a bhfuil muinín agam as
pw-manager-set-up-reason = Go maith! Is féidir le duine fásta a bhfuil muinín agat as cabhrú leat é a shocrú agus é a choinneáil slán.
pw-manager-main-password = Príomhphasfhocal: 1234
pw-manager-main-password-reason = Osclaíonn an t-aon phasfhocal seo na cinn eile go léir. Déan fada láidir é: trí fhocal randamacha.
pw-manager-main-password-fixed = Príomhphasfhocal: trí fhocal randamacha
pw-manager-one-each = Sábhálann: pasfhocal difriúil do gach cluiche
pw-manager-one-each-reason = Go maith! Cuimhníonn sé orthu, mar sin is féidir a phasfhocal féin a bheith ag gach cluiche.
pw-manager-make-new = Déan pasfhocail láidre dom: Múchta
pw-manager-make-new-reason = Is féidir leis pasfhocail fhada randamacha a dhéanamh agus cuimhneamh orthu duit. Cas air é.
pw-manager-make-new-fixed = Déan pasfhocail láidre dom: Ar siúl
pw-manager-lock = Cuir an aip faoi ghlas nuair a dhúnaim í: Múchta
pw-manager-lock-reason = Ansin d'fhéadfadh duine ar bith a phiocann suas an táibléad pasfhocail Mia go léir a fheiceáil.
pw-manager-lock-fixed = Cuir an aip faoi ghlas nuair a dhúnaim í: Ar siúl
pw-manager-device = Sábháilte ar: mo tháibléad féin sa bhaile
pw-manager-device-reason = Is féidir pasfhocail a shábháil ar do tháibléad féin. Ná sábháil riamh iad ar ríomhaire leabharlainne.
