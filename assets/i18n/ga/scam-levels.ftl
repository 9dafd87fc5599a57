# An domhan “Bleachtairí na gCleas”: tapálann an dalta na bratacha dearga ar scáileán.
# Is cumtha iad na daoine, na comhlachtaí, na huimhreacha agus na seoltaí agus fanann siad gan athrú.

world-scam-spotters = Bleachtairí na gCleas

## Leibhéal 1: teachtaireacht faoi dhuais

level-flags-prize-message-title = Duais gan choinne?
level-flags-prize-message-instruction = Tapáil gach bratach dhearg sa teachtaireacht seo.
level-flags-prize-message-learned = Is cleas é duais gan choinne ó strainséir, mar sin ná seol do shonraí chucu riamh.
level-flags-prize-message-hint-1 = Léigh gach líne go mall. An scríobhfadh cara é seo?
level-flags-prize-message-hint-2 = Is comharthaí rabhaidh iad strainséirí, duaiseanna gan choinne agus ceisteanna fút féin.
level-flags-prize-message-hint-3 = Féach cé a sheol é. Tá dhá bhratach dhearga eile níos faide síos.

flags-prize-message-sender = Ó: Uimhir anaithnid
flags-prize-message-sender-reason = Níl aithne agat ar an uimhir seo. Bí cúramach nuair a scríobhann strainséir chugat.
flags-prize-message-greeting = Haigh!
flags-prize-message-greeting-reason = Is gnách beannú cairdiúil. Ní comhartha rabhaidh é leis féin.
flags-prize-message-prize = Comhghairdeas! Bhuaigh tú táibléad nua!
flags-prize-message-prize-reason = Ní raibh aon chomórtas ann, ach tá duais ann? Is cleas é duais gan choinne ó strainséir.
flags-prize-message-picture = Pictiúr: táibléad lonrach le ribín dearg
flags-prize-message-picture-reason = Ní comhartha rabhaidh é pictiúr leis féin. Léigh na focail timpeall air freisin.
flags-prize-message-request = Chun é a fháil, seol d'ainm agus do sheoladh baile chugainn.
flags-prize-message-request-reason = Ná tabhair do sheoladh baile do strainséir riamh. Fiafraigh de dhuine fásta sula bhfreagraíonn tú.
flags-prize-message-signoff = Bíodh lá iontach agat!
flags-prize-message-signoff-reason = Is gnách slán deas. Ní dhéanann focail dheasa amháin teachtaireacht maith ná olc.

## Leibhéal 2: ríomhphost bréige faoi bheart

level-flags-parcel-email-title = An ríomhphost faoin mbeart
level-flags-parcel-email-instruction = Tapáil gach bratach dhearg sa ríomhphost seo.
level-flags-parcel-email-learned = Ní iarrann fíorchomhlacht do phasfhocal riamh i ríomhphost. Is cleas é brú a chur ort.
level-flags-parcel-email-hint-1 = Léigh gach líne. An as comhlacht beart a thagann sé seo i ndáiríre?
level-flags-parcel-email-hint-2 = Tagann ríomhphoist bhréige ó sheoltaí aisteacha, cuireann siad brú ort agus iarrann siad rúin.
level-flags-parcel-email-hint-3 = Féach cé a sheol é agus ar an nasc. Tá tuilleadh bratacha dearga ann.

flags-parcel-email-sender = Ó: QuickBox Parcels <qb.help.2291@free-mail.example>
flags-parcel-email-sender-reason = Scríobhann comhlacht beart óna sheoladh féin. Níl anseo ach seoladh ríomhphoist saor in aisce.
flags-parcel-email-subject = Ábhar: Níorbh fhéidir linn do bheart a sheachadadh
flags-parcel-email-subject-reason = Uaireanta ní sheachadtar beart i ndáiríre. Ní comhartha rabhaidh é an t-ábhar leis féin.
flags-parcel-email-greeting = Dia duit,
flags-parcel-email-greeting-reason = Is gnách beannú simplí. Ní comhartha rabhaidh é leis féin.
flags-parcel-email-urgency = Íoc táille bheag laistigh de 1 uair, nó rachaidh sé ar ais!
flags-parcel-email-urgency-reason = Cuireann cleasaithe brú ort ionas nach stopfaidh tú chun smaoineamh. Tugann fíorchomhlacht am duit.
flags-parcel-email-link = Cliceáil anseo: parcel-help.example/pay-now
flags-parcel-email-link-reason = Téann an nasc chuig parcel-help, ní chuig QuickBox. Iarr ar dhuine fásta seiceáil ar an bhfíorshuíomh gréasáin.
flags-parcel-email-request = Ansin clóscríobh do phasfhocal agus uimhir do chárta.
flags-parcel-email-request-reason = Ní theastaíonn do phasfhocal ó aon chomhlacht beart. Ná clóscríobh pasfhocal ná uimhir chárta riamh tar éis nasc i ríomhphost.
flags-parcel-email-signoff = Go raibh maith agat, foireann QuickBox
flags-parcel-email-signoff-reason = Is gnách síniú le hainm. Ach is féidir le duine ar bith ainm ar bith a chlóscríobh, mar sin seiceáil na línte eile freisin.

## Leibhéal 3: leathanach siopa bréige

level-flags-fake-shop-title = An sladmhargadh mór
level-flags-fake-shop-instruction = Tapáil gach bratach dhearg ar an leathanach siopa seo.
level-flags-fake-shop-learned = Seiceáil seoladh agus praghas siopa, agus ná tabhair pasfhocal ná uimhir chárta riamh i gcomhrá.
level-flags-fake-shop-hint-1 = Tosaigh ag an mbarr. An ndéanfadh fíorshiopa é seo go léir?
level-flags-fake-shop-hint-2 = Cóipeálann siopaí bréige fíorainmneacha, bíonn praghsanna bídeacha acu agus cuireann siad brú ort.
level-flags-fake-shop-hint-3 = Léigh an seoladh litir ar litir: tá uimhir i bhfolach ann. Tá trí bhratach dhearga eile thíos.

flags-fake-shop-address = jollyt0y-shop.example/super-sale
flags-fake-shop-address-reason = Féach go géar: tá nialas ann, ní an litir o. Cóipeálann siopaí bréige ainmneacha fíorshiopaí.
flags-fake-shop-welcome = Fáilte go Jollytoy!
flags-fake-shop-welcome-reason = Is gnách líne fáilte ar leathanach siopa. Ní comhartha rabhaidh é leis féin.
flags-fake-shop-picture = Pictiúr: consól cluichí le dhá rialtán
flags-fake-shop-picture-reason = Taispeánann siopaí pictiúir den rud a dhíolann siad. Is gnách é sin.
flags-fake-shop-price = Consól cluichí: 99% lascaine ar an ngnáthphraghas
flags-fake-shop-price-reason = Ní bhíonn consól chomh saor sin riamh. Is cleas é praghas atá rómhaith le bheith fíor.
flags-fake-shop-countdown = Críochnaíonn an tairiscint i 04:59!
flags-fake-shop-countdown-reason = Tá an clog ag iarraidh ort brostú. Cuireann siopaí bréige brú ort ionas nach seiceálfaidh tú.
flags-fake-shop-delivery = Tógann seachadadh 3 go 5 lá.
flags-fake-shop-delivery-reason = Insíonn siopaí duit cé chomh fada a thógann seachadadh. Is gnách é sin.
flags-fake-shop-chat = Comhrá: Seol do phasfhocal agus uimhir do chárta anseo.
flags-fake-shop-chat-reason = Ní iarrann fíorshiopa do phasfhocal riamh. Ní théann uimhreacha cártaí i gcomhrá riamh.

## Leibhéal 4: cé na naisc a théann chuig Moonbank?

addr-brand-moonbank = Moonbank

level-addr-moonbank-title = An é Moonbank i ndáiríre?
level-addr-moonbank-instruction = I ngach nasc, tapáil an chuid a ainmníonn an suíomh. Ansin abair an é suíomh Moonbank é.
level-addr-moonbank-learned = Léigh ainm naisc óna dheireadh: an foirceann díreach roimh an gcéad / aonair, ansin an t-ainm roimhe. Sin é an suíomh. Ní chruthaíonn focail roimhe ná i ndiaidh an / faic.
level-addr-moonbank-hint-1 = Aimsigh an chéad / aonair sa nasc. Críochnaíonn ainm an tsuímh díreach roimhe.
level-addr-moonbank-hint-2 = Léigh siar ón / sin: ar dtús an foirceann .example, ansin an t-ainm roimhe. Le chéile is iad an suíomh.
level-addr-moonbank-hint-3 = Téann an tríú nasc chuig free-gifts.example. Níl san fhocal moonbank i ndiaidh an / ach ainm leathanaigh.

## Leibhéal 5: naisc chosúla

addr-brand-pixelpost = Pixelpost

level-addr-lookalike-title = Naisc chosúla
level-addr-lookalike-instruction = I ngach nasc, tapáil an chuid a ainmníonn an suíomh. Ansin abair an é suíomh Pixelpost é.
level-addr-lookalike-learned = Ceileann cleasaithe an fíorshuíomh i ndiaidh @, cuireann siad focail bhreise leis, nó cuireann siad litreacha cosúla in áit litreacha eile. Léigh an suíomh litir ar litir.
level-addr-lookalike-hint-1 = An bhfuil @ sa nasc? Tagann an suíomh ina dhiaidh.
level-addr-lookalike-hint-2 = Léigh an suíomh litir ar litir. Déanann focal breise nó litir aisteach suíomh difriúil de.
level-addr-lookalike-hint-3 = Féach ar an i sa dara nasc: tagann sé ó aibítir eile. Déanann sé sin suíomh difriúil de.

## Leibhéal 6: cad a dhéanfaidh tú faoi chleas

level-scam-what-to-do-title = Cad a dhéanfaidh tú?
level-scam-what-to-do-instruction = Tagann rud aisteach aníos. Roghnaigh an rud is fearr le déanamh gach uair.
level-scam-what-to-do-learned = Má chuireann teachtaireacht brú ort, má tá cuma aisteach uirthi nó má tá uimhir chárta uaithi, ná tapáil. Seiceáil ar bhealach eile agus inis do dhuine fásta a bhfuil muinín agat as.
level-scam-what-to-do-hint-1 = Stopann bleachtaire maith agus smaoiníonn sé sula dtapálann sé rud ar bith.
level-scam-what-to-do-hint-2 = Cuireann cleasaithe brú ort, úsáideann siad cuntais chairde agus geallann siad duaiseanna. Stop sula dtapálann tú.
level-scam-what-to-do-hint-3 = Nuair a sheolann cuntas cara rud aisteach, seiceáil leis an gcara ar bhealach eile.

scam-what-to-do-account-closed-prompt = Deir teachtaireacht: “Dúnfar do chuntas cluiche INNIU! Tapáil anseo chun é a shábháil: save-my-game.example”
scam-what-to-do-account-closed-tap-fast = Tapáil an nasc go tapa chun mo chuntas a shábháil.
scam-what-to-do-account-closed-tap-fast-reason = Is cleas é an deifir chun tú a stopadh ó smaoineamh. D'fhéadfadh an nasc do phasfhocal a ghoid.
scam-what-to-do-account-closed-tell-adult = Ná tapáil. Taispeáin do dhuine fásta é.
scam-what-to-do-account-closed-tell-adult-reason = Maith thú! Le chéile is féidir libh seiceáil sa chluiche ceart. Is cleas é deifir mar seo.
scam-what-to-do-account-closed-reply = Freagair agus fiafraigh cé hiad féin.
scam-what-to-do-account-closed-reply-reason = Insíonn freagra don chleasaí go léann duine éigin a dteachtaireachtaí. Is fearr gan freagra a thabhairt ar chor ar bith.

scam-what-to-do-friend-link-prompt = Seolann cuntas do charad Sam chugat go tobann: “lol an tusa é seo?? clip-watch.example/v/8812”
scam-what-to-do-friend-link-tap = Tapáil é. Is ó Sam é, mar sin tá sé sábháilte.
scam-what-to-do-friend-link-tap-reason = B'fhéidir go bhfuil duine eile ag úsáid chuntas Sam. Seolann cleasaithe droch-naisc ó chuntais chairde.
scam-what-to-do-friend-link-pass-on = Seol chuig mo chairde eile é freisin.
scam-what-to-do-friend-link-pass-on-reason = Ansin d'fhéadfaidís é a thapáil freisin. Ná cuir nasc ar aghaidh riamh mura bhfuil tú cinnte de.
scam-what-to-do-friend-link-grown-up-phone = Tapáil é, ach ar fhón atá ag duine fásta.
scam-what-to-do-friend-link-grown-up-phone-reason = Tá droch-nasc chomh dona céanna ar aon fhón, agus d'fhéadfadh sé pasfhocal a iarraidh. Seiceáil le Sam ar dtús.
scam-what-to-do-friend-link-ask-another-way = Fiafraigh de Sam duine le duine ar dtús.
scam-what-to-do-friend-link-ask-another-way-reason = Ar fheabhas! Fiafraigh de Sam duine le duine nó ar an bhfón. Mura bhfuil sé seolta ag Sam, inis do dhuine fásta.

scam-what-to-do-won-phone-prompt = Deir preabfhuinneog: “Bhuaigh tú fón nua! Clóscríobh uimhir chárta do thuismitheora chun é a fháil.”
scam-what-to-do-won-phone-close-tell = Dún é agus inis do dhuine fásta.
scam-what-to-do-won-phone-close-tell-reason = Ceart! Ní theastaíonn uimhir chárta riamh ó fhíorduais. Is féidir le duine fásta seiceáil go bhfuil gach rud sábháilte.
scam-what-to-do-won-phone-type-card = Faigh an cárta agus clóscríobh an uimhir.
scam-what-to-do-won-phone-type-card-reason = Níl aon fhón ann. Tá uimhir an chárta ó na cleasaithe chun airgead a thógáil.
scam-what-to-do-won-phone-claim = Tapáil “Éiligh an duais”.
scam-what-to-do-won-phone-claim-reason = D'fhéadfadh cnaipí ar phreabfhuinneog mar seo tuilleadh cleas a oscailt. Dún í ina ionad.
