# An domhan “Slán le Chéile”. Tá leibhéil 6 agus 7 don ghrúpa 12–14 amháin: socair, gan mionsonraí, gan an locht a chur ar an dalta.
# Is cumtha iad na daoine go léir. Bíonn sé ceart i gcónaí é a insint do dhuine fásta a bhfuil muinín agat as.

world-safe-together = Slán le Chéile

safe-bin-good = Smaoineamh maith
safe-bin-bad = Ní smaoineamh maith é

## Cá bhfaighfear cabhair: cuireann an cluiche ceann díobh seo in { $helpline }.

helpline-call = Is féidir leat glaoch ar líne chabhrach do pháistí freisin: { $service }, { $number }.
helpline-ask-adult = Chun líne chabhrach do pháistí i do thír a aimsiú, fiafraigh de dhuine fásta a bhfuil muinín agat as.

## Leibhéal 1: cara nua ó chluiche

level-safe-new-friend-title = Cara nua ó chluiche
level-safe-new-friend-instruction = Scríobhann duine ó chluiche chugat. Tapáil gach bratach dhearg.
level-safe-new-friend-learned = Is bratacha dearga iad rúin, grianghraif, comhráite príobháideacha agus cruinnithe. Stad agus inis do dhuine fásta a bhfuil muinín agat as.
level-safe-new-friend-hint-1 = Léigh gach líne. An gcuirfeadh cara ar d'aois ceist mar seo?
level-safe-new-friend-hint-2 = Bí cúramach nuair a bhíonn duine ag iarraidh rún, grianghraf, do shonraí nó cruinniú.
level-safe-new-friend-hint-3 = Féach go géar ar na línte faoi do thuismitheoirí agus faoi do scoil.

safe-new-friend-sender = Ó: Kai_Star (imreoir ó do chluiche)
safe-new-friend-sender-reason = Is féidir le comhrá le himreoirí a bheith spraíúil. Ach níl ar eolas agat ach an méid a deir Kai faoi féin.
safe-new-friend-game = Cluiche maith inniu! Cén leibhéal ar a bhfuil tú?
safe-new-friend-game-reason = Is gnách labhairt faoin gcluiche. Tá an líne seo ceart go leor.
safe-new-friend-secret = Ná hinis do do thuismitheoirí fúmsa, ceart go leor?
safe-new-friend-secret-reason = Ní iarrann cara maith ort é a cheilt ar do theaghlach. Is comhartha rabhaidh é seo.
safe-new-friend-private = Bímis ag caint in aip eile. Sinne beirt amháin.
safe-new-friend-private-reason = Is comhartha rabhaidh é nuair a bhogann duine thú go comhrá príobháideach, i bhfad ó dhaoine eile.
safe-new-friend-photo = Seol grianghraf díot chugam. Domsa amháin!
safe-new-friend-photo-reason = Ná seol riamh grianghraif díot féin chuig duine nach bhfuil aithne agat air ach ar líne.
safe-new-friend-school = Cén scoil a dtéann tú ann?
safe-new-friend-school-reason = Insíonn do scoil do strainséir cá bhfaighidh sé thú. Coinnigh príobháideach í.
safe-new-friend-meet = Buailimis le chéile sa pháirc Dé Sathairn!
safe-new-friend-meet-reason = Ná buail riamh le duine nach bhfuil aithne agat air ach ar líne. Inis do dhuine fásta a bhfuil muinín agat as.

## Leibhéal 2: cad a dhéanfaidh tú

level-safe-what-to-do-title = Cad a dhéanfaidh tú?
level-safe-what-to-do-instruction = Tá níos mó ag teastáil ó Kai ón gcluiche. Roghnaigh an freagra is fearr gach uair.
level-safe-what-to-do-learned = Is féidir leat “ní hea” a rá i gcónaí. Cuir bac ar an duine agus inis do dhuine fásta a bhfuil muinín agat as. Ní ortsa a bhíonn an locht riamh.
level-safe-what-to-do-hint-1 = Cé a d'fhéadfadh cabhrú leat a sheiceáil an é Kai an duine a deir sé?
level-safe-what-to-do-hint-2 = Is comharthaí rabhaidh iad rúin agus cruinnithe le cairde ar líne. Faigh cabhair, ná téigh ann i d'aonar.
level-safe-what-to-do-hint-3 = Nuair a thagann fearg ar Kai, ní gá duit freagra a thabhairt ar chor ar bith.

safe-what-to-do-secret-prompt = Scríobhann Kai: “Coinnímis ár gcomhráite faoi rún.” Cad a dhéanfaidh tú?
safe-what-to-do-secret-keep = Coinnigh an rún. Bíonn Kai deas liom.
safe-what-to-do-secret-keep-reason = Is féidir le focail dheasa cleas a cheilt. Ní theastaíonn rúin ó do theaghlach ó chara ceart.
safe-what-to-do-secret-ask-why = Fiafraigh de Kai cén fáth ar dtús, ansin socraigh tú féin.
safe-what-to-do-secret-ask-why-reason = B'fhéidir go mbeadh freagra cliste ag Kai. Ná socraigh i d'aonar: fiafraigh de dhuine a bhfuil muinín agat as.
safe-what-to-do-secret-tell = Inis faoi na comhráite do dhuine fásta.
safe-what-to-do-secret-tell-reason = Is ea! Is comhartha rabhaidh é rúin a iarraidh. Is féidir le duine fásta a bhfuil muinín agat as cabhrú leat seiceáil.

safe-what-to-do-meet-prompt = Iarrann Kai bualadh leat sa pháirc. Cad a dhéanfaidh tú?
safe-what-to-do-meet-go-with-friend = Téigh ann, ach tabhair cara ón rang leat.
safe-what-to-do-meet-go-with-friend-reason = Níl beirt pháistí sábháilte go leor. Ná buail riamh le duine nach bhfuil aithne agat air ach ar líne.
safe-what-to-do-meet-say-no = Abair “ní hea”, agus inis do dhuine fásta.
safe-what-to-do-meet-say-no-reason = Ceart. Abair “ní hea”, agus lig do dhuine fásta a bhfuil muinín agat as cabhrú leat le Kai.
safe-what-to-do-meet-go-tell-later = Téigh ann, agus inis do dhuine fásta ina dhiaidh sin.
safe-what-to-do-meet-go-tell-later-reason = Is maith é a insint do dhuine fásta, ach ná téigh ann. Ná buail riamh le duine nach bhfuil aithne agat air ach ar líne.

safe-what-to-do-angry-prompt = Dúirt tú “ní hea”. Anois seolann Kai teachtaireachtaí feargacha chugat.
safe-what-to-do-angry-block = Cuir bac ar Kai agus inis do dhuine fásta.
safe-what-to-do-angry-block-reason = Is ea. Ní gá duit freagra a thabhairt. Cuir bac ar Kai agus faigh cabhair ó dhuine fásta a bhfuil muinín agat as.
safe-what-to-do-angry-sorry = Abair go bhfuil brón ort agus déan an rud atá Kai ag iarraidh.
safe-what-to-do-angry-sorry-reason = Ní dhearna tú faic mícheart. Bhí an ceart agat “ní hea” a rá.
safe-what-to-do-angry-argue = Lean ort ag freagairt go dtí go n-iarrann Kai pardún.
safe-what-to-do-angry-argue-reason = Coinníonn argóint Kai ag caint leat. Stop ag freagairt ina ionad.

## Leibhéal 3: bac agus tuairiscigh

level-safe-block-report-title = Bac agus tuairiscigh
level-safe-block-report-instruction = Cuireann duine ar líne olc ort. An smaoineamh maith gach ceann acu seo nó nach ea?
level-safe-block-report-learned = Sábháil na teachtaireachtaí, cuir bac ar an duine, tuairiscigh iad san aip agus inis do dhuine fásta a bhfuil muinín agat as.
level-safe-block-report-hint-1 = Cé na smaointe a fheabhsaíonn cúrsaí, agus cé na cinn a dhéanann níos measa iad?
level-safe-block-report-hint-2 = Coinnigh cruthúnas, stop na teachtaireachtaí agus faigh cabhair.
level-safe-block-report-hint-3 = Ní smaoineamh maith é an comhrá a scriosadh: bheadh an cruthúnas imithe.

safe-block-report-screenshot = Tóg gabhálacha scáileáin de na teachtaireachtaí
safe-block-report-screenshot-reason = Is cruthúnas iad gabhálacha scáileáin. Tóg iad sula gcuireann tú bac, ar eagla go n-imeodh an comhrá.
safe-block-report-delete = Scrios an comhrá ar fad ionas nach bhfeicfidh aon duine é
safe-block-report-delete-reason = Ansin bíonn an cruthúnas imithe. Coinnigh na teachtaireachtaí ionas gur féidir le duine fásta cabhrú.
safe-block-report-block = Cuir bac ar an duine
safe-block-report-block-reason = Stopann bac iad ó theachtaireachtaí a sheoladh chugat.
safe-block-report-reply-mean = Seol teachtaireacht ghránna ar ais
safe-block-report-reply-mean-reason = D'fhéadfadh sé sin cúrsaí a dhéanamh níos measa. Ná freagair ar chor ar bith.
safe-block-report-report = Tuairiscigh an phróifíl san aip
safe-block-report-report-reason = Seiceálann foireann na haipe tuairiscí agus is féidir leo an cuntas a stopadh.
safe-block-report-unblock = Bain an bac chun a fheiceáil an bhfuil brón orthu
safe-block-report-unblock-reason = Ligeann sé sin dóibh scríobh chugat arís. Coinnigh an bac orthu.
safe-block-report-tell = Inis do dhuine fásta cad a tharla
safe-block-report-tell-reason = Is féidir le duine fásta a bhfuil muinín agat as cabhrú leat é a thuairisciú agus mothú níos fearr.

## Leibhéal 4: an cód logála isteach

level-safe-login-code-title = An cód rúnda logála isteach
level-safe-login-code-instruction = Roghnaigh an freagra is fearr gach uair.
level-safe-login-code-learned = Is duitse amháin cód logála isteach. Ná tabhair d'aon duine riamh é, fiú do chara nó do “thacaíocht”.
level-safe-login-code-hint-1 = Cé a bhfuil an cód a thagann ar d'fhón ag teastáil uaidh?
level-safe-login-code-hint-2 = Is dara glas ar do chuntas é an cód. Oibríonn sé cosúil le heochair.
level-safe-login-code-hint-3 = Ní iarrann fíorfhoirne tacaíochta do chód riamh.

safe-login-code-why-prompt = I ndiaidh do phasfhocail, seolann an aip cód chuig d'fhón. Cén fáth?
safe-login-code-why-ads = Mar go bhfuil d'uimhir ag teastáil ón aip le haghaidh fógraí.
safe-login-code-why-ads-reason = Ní hea. Tá an cód ann chun do chuntas a choinneáil slán.
safe-login-code-why-second-lock = Is dara glas é, ionas nach féidir ach leatsa dul isteach.
safe-login-code-why-second-lock-reason = Is ea. Seo logáil isteach dhá chéim. Teastaíonn an cód fós ó ghadaí a bhfuil do phasfhocal aige.
safe-login-code-why-phone-check = Chun a sheiceáil go n-oibríonn d'fhón fós.
safe-login-code-why-phone-check-reason = Ní hea. Cruthaíonn an cód gur tusa atá ag logáil isteach i ndáiríre.

safe-login-code-friend-prompt = Teachtaireacht ó Mia: “Úps, tháinig mo chód chugatsa. An seolfá chugam é?”
safe-login-code-friend-send = Seol go tapa é. Is í Mia mo chara agus teastaíonn sé uaithi.
safe-login-code-friend-send-reason = B'fhéidir go bhfuil cuntas Mia haiceáilte. Ligfeadh an cód do strainséir dul isteach i DO chuntas.
safe-login-code-friend-half = Ná seol ach an chéad leath den chód.
safe-login-code-friend-half-reason = Cabhraíonn leath chóid fós le gadaí. Coinnigh an cód ar fad agat féin.
safe-login-code-friend-ask = Ná seol é. Fiafraigh de Mia duine le duine nó ar an bhfón.
safe-login-code-friend-ask-reason = Ceart. Seiceáil le Mia ar bhealach eile. Is dócha gur cleas é.

safe-login-code-support-prompt = Deir comhrá: “Tacaíocht an chluiche anseo. Inis dúinn do chód chun do chuntas a choinneáil slán.”
safe-login-code-support-give = Tabhair dóibh é. Is iad an fhoireann tacaíochta iad.
safe-login-code-support-give-reason = Ní iarrann fíorfhoirne tacaíochta do chód riamh. Is cleas é seo.
safe-login-code-support-say-no = Diúltaigh. Ní theastaíonn mo chód ón tacaíocht.
safe-login-code-support-say-no-reason = Ceart. Deir fíorchomhlachtaí é freisin: ní iarrann siad do chód riamh.
safe-login-code-support-adult-reads = Iarr ar dhuine fásta an cód a léamh amach dóibh.
safe-login-code-support-adult-reads-reason = Níor cheart d'aon duine an cód a thabhairt uaidh, duine fásta ná páiste. Taispeáin an teachtaireacht do dhuine fásta ina ionad.

## Leibhéal 5: cá bhfaighfear cabhair

level-safe-get-help-title = Cá bhfaighfear cabhair
level-safe-get-help-instruction = Tá rud éigin ar líne ag cur imní ort. Roghnaigh an freagra is fearr gach uair.
level-safe-get-help-learned = Ní bhíonn tú i d'aonar riamh. Labhair le duine fásta a bhfuil muinín agat as. { $helpline }
level-safe-get-help-hint-1 = An fearr imní a choinneáil istigh nó í a roinnt?
level-safe-get-help-hint-2 = Éisteann daoine fásta a bhfuil muinín agat astu agus línte cabhrach do pháistí, agus cabhraíonn siad.
level-safe-get-help-hint-3 = Is uimhir do pháistí é 116 111 i go leor tíortha.

safe-get-help-worried-prompt = Chonaic tú rud éigin ar líne a chuireann eagla ort. Cad is mó a chabhraíonn?
safe-get-help-worried-keep = Coinnigh agat féin é agus déan iarracht é a dhearmad.
safe-get-help-worried-keep-reason = Fásann imní nuair a choinníonn tú istigh í. Cabhraíonn sé é a insint do dhuine.
safe-get-help-worried-tell = Inis do dhuine fásta cad a chonaic tú.
safe-get-help-worried-tell-reason = Is ea! Is féidir le tuismitheoir, cúramóir nó múinteoir cabhrú leat.
safe-get-help-worried-search = Cuardaigh ar líne tuilleadh faoi.
safe-get-help-worried-search-reason = D'fhéadfá rudaí níos scanrúla fós a aimsiú. Labhair le duine ar dtús.

safe-get-help-nobody-prompt = Níl tú ag iarraidh labhairt le haon duine a bhfuil aithne agat air. Cad is féidir leat a dhéanamh?
safe-get-help-nobody-forum = Fiafraigh de strainséirí i bhfóram cad ba cheart a dhéanamh.
safe-get-help-nobody-forum-reason = B'fhéidir nach mbeadh strainséirí ar líne cineálta ná ceart. Tá líne chabhrach ann chun cabhrú leat.
safe-get-help-nobody-wait = Fan go n-imeoidh an fhadhb.
safe-get-help-nobody-wait-reason = Go minic ní imíonn fadhbanna leo féin. Tá sé ceart go leor cabhair a iarraidh.
safe-get-help-nobody-helpline = Glaoigh ar líne chabhrach do pháistí.
safe-get-help-nobody-helpline-reason = Is ea. Éisteann línte cabhrach do pháistí le páistí. Ní gá duit d'ainm a thabhairt.

safe-get-help-number-prompt = Tá 116 111 ar phóstaer ar scoil. Cén uimhir í sin?
safe-get-help-number-helpline = Líne chabhrach do pháistí i go leor tíortha san Eoraip
safe-get-help-number-helpline-reason = Is ea. I go leor tíortha Eorpacha is líne chabhrach do pháistí é 116 111. Úsáideann roinnt tíortha uimhir eile.
safe-get-help-number-prize = Uimhir inar féidir leat duaiseanna a bhuachan
safe-get-help-number-prize-reason = Ní hea. Is líne chabhrach í inar féidir le páistí labhairt faoi imní.
safe-get-help-number-adults = Uimhir nach bhfuil cead ach ag daoine fásta glaoch uirthi
safe-get-help-number-adults-reason = Ní hea. Is féidir le páistí féin glaoch ar líne chabhrach do pháistí.

## Leibhéal 6 (12–14 amháin): nuair a bhagraíonn duine

level-safe-threats-title = Nuair a bhagraíonn duine
level-safe-threats-instruction = Bagraíonn duine grianghraf príobháideach a roinnt. Roghnaigh an freagra is fearr.
level-safe-threats-learned = Ní ortsa a bhíonn an locht riamh. Ná híoc, stop ag freagairt, coinnigh na teachtaireachtaí, inis do dhuine fásta a bhfuil muinín agat as agus tuairiscigh é.
level-safe-threats-hint-1 = Cad atá ag teastáil uait ón duine atá ag bagairt?
level-safe-threats-hint-2 = Ní stopann íoc ná tuilleadh a sheoladh na bagairtí. Stopann cabhair iad.
level-safe-threats-hint-3 = Coinnigh an comhrá mar chruthúnas, ach stop ag freagairt.

safe-threats-pay-prompt = Scríobhann cara ar líne: “Íoc mé, nó roinnfidh mé an grianghraf príobháideach a sheol tú.”
safe-threats-pay-pay = Íoc go tapa iad, le go bhfanfaidh an grianghraf faoi rún.
safe-threats-pay-pay-reason = Ní stopann íoc iad. De ghnáth iarrann siad tuilleadh.
safe-threats-pay-stop = Stop ag freagairt agus inis do dhuine fásta.
safe-threats-pay-stop-reason = Is ea. Stop gach teagmháil agus faigh cabhair. Is féidir le duine fásta cabhrú leat é a thuairisciú.
safe-threats-pay-more = Seol grianghraf eile ionas go socróidh siad síos.
safe-threats-pay-more-reason = Ná seol tuilleadh riamh. Ní stopfaidh siad. Faigh cabhair ina ionad.

safe-threats-chat-prompt = Tá tú trína chéile agus ba mhaith leat go n-imeodh an comhrá. Cad a dhéanfaidh tú leis?
safe-threats-chat-delete = Scrios an comhrá ar fad agus mo chuntas freisin, láithreach.
safe-threats-chat-delete-reason = Is cruthúnas é an comhrá. Teastaíonn sé ón aip agus ó na póilíní chun iad a stopadh.
safe-threats-chat-forward = Cuir an comhrá ar aghaidh chuig cairde le ceist a chur.
safe-threats-chat-forward-reason = Ná cuir ar aghaidh é. Coinnigh é idir tú féin agus duine fásta a bhfuil muinín agat as.
safe-threats-chat-keep = Coinnigh an comhrá, ansin cuir bac agus tuairiscigh.
safe-threats-chat-keep-reason = Ceart. Coinnigh na teachtaireachtaí mar chruthúnas, ansin cuir bac ar an gcuntas agus tuairiscigh é.

safe-threats-fault-prompt = Smaoiníonn tú: “Is orm atá an locht. Ní féidir liom é a insint d'aon duine.” Cad atá fíor?
safe-threats-fault-my-fault = Is orm an locht, mar sin caithfidh mé é a réiteach liom féin.
safe-threats-fault-my-fault-reason = Ní hea. Is é an duine atá ag bagairt atá ag déanamh an ruda mhícheart, ní tusa.
safe-threats-fault-never = Ní ormsa an locht riamh, agus tá cabhair ann.
safe-threats-fault-never-reason = Is ea. Buaileadh bob ort. Cabhraíonn daoine fásta agus línte cabhrach gan an locht a chur ort.
safe-threats-fault-later = Ná hinis do dhuine fásta ach má éiríonn sé níos measa.
safe-threats-fault-later-reason = Inis do dhuine anois. Dá luaithe a fhaigheann tú cabhair, is ea is luaithe a stopann sé.

safe-threats-online-prompt = Tá imní ort go bhfuil an grianghraf ar líne anois. Cad is féidir cabhrú?
safe-threats-online-take-it-down = Úsáid uirlis cosúil le Take It Down le duine fásta.
safe-threats-online-take-it-down-reason = Cuidíonn Take It Down le grianghraif a tógadh sula raibh tú 18 a bhaint anuas, ó thír ar bith.
safe-threats-online-search = Lean ort ag cuardach an ghrianghraif gach lá chun seiceáil.
safe-threats-online-search-reason = Ní dhéanann sé sin ach go mbraitheann tú níos measa. Lig do dhuine fásta agus d'uirlis an obair a dhéanamh.
safe-threats-online-nothing = Ní féidir le faic cabhrú nuair atá grianghraf ar líne.
safe-threats-online-nothing-reason = Níl sé sin fíor. Is minic is féidir grianghraif a bhaint anuas. Bíonn cabhair ann i gcónaí.

## Leibhéal 7 (12–14 amháin): grianghraf príobháideach de dhuine eile

level-safe-not-yours-title = Grianghraf nach leatsa
level-safe-not-yours-instruction = Roinntear grianghraf príobháideach de dhuine as do rang i gcomhrá. Smaoineamh maith nó nach ea?
level-safe-not-yours-learned = Ná coinnigh agus ná cuir ar aghaidh riamh grianghraf príobháideach de dhuine. Inis do dhuine fásta a bhfuil muinín agat as agus tuairiscigh é.
level-safe-not-yours-hint-1 = Conas a mhothófá dá mba é do ghrianghraf féin é?
level-safe-not-yours-hint-2 = Gortaíonn gach roinnt an duine sa ghrianghraf arís.
level-safe-not-yours-hint-3 = Ní smaoineamh maith riamh é a chur ar aghaidh, fiú chun cabhair a iarraidh.

safe-not-yours-forward = Cuir ar aghaidh chuig cara amháin é
safe-not-yours-forward-reason = Gortaíonn gach roinnt an duine níos mó. I go leor tíortha bíonn sé in aghaidh an dlí freisin.
safe-not-yours-tell = Inis do dhuine fásta faoi
safe-not-yours-tell-reason = Is ea. Is féidir le duine fásta cabhrú leis an scaipeadh a stopadh, gan tusa é a sheoladh.
safe-not-yours-save = Sábháil ar m'fhón é
safe-not-yours-save-reason = Ná coinnigh é. Níor cheart go mbeadh grianghraf mar sin ar d'fhón.
safe-not-yours-report = Tuairiscigh an phostáil san aip
safe-not-yours-report-reason = Is féidir leis an aip é a bhaint anuas. Teastaíonn sé sin ón duine sa ghrianghraf.
safe-not-yours-ask-friend = Seol chuig cara é chun fiafraí cad ba cheart a dhéanamh
safe-not-yours-ask-friend-reason = Ná seol chuig aon duine é, fiú chun cabhair a fháil. Inis dóibh faoi ina ionad.
safe-not-yours-kind = Bí cineálta leis an duine sa ghrianghraf
safe-not-yours-kind-reason = B'fhéidir go bhfuil siad trína chéile. Ní orthu atá an locht.
safe-not-yours-laugh = Déan gáire leo ionas go mbeidh mé istigh leo
safe-not-yours-laugh-reason = Gortaíonn gáire iad níos mó. Is féidir leatsa a bheith ar an duine a stopann é.
