# An domhan “Roinn go Sábháilte”, leibhéal 2 ar aghaidh. Is cumtha iad na daoine, na háiteanna agus na cluichí.
# Cumtar an tsráid agus an scoil do gach teanga.

## Leibhéal 2: socruithe próifíle cluiche

level-privacy-profile-title = Próifíl Lena
level-privacy-profile-instruction = Seo próifíl chluiche Lena. Tapáil gach socrú a roinneann an iomarca chun é a dheisiú.
level-privacy-profile-learned = Coinnigh do phróifíl do chairde amháin. Úsáid ainm cluiche cumtha agus pictiúr cartúin, agus coinnigh do shuíomh agus d'uimhir príobháideach.
level-privacy-profile-hint-1 = Léigh gach líne. An bhféadfadh strainséir í a úsáid chun teacht ar Lena?
level-privacy-profile-hint-2 = Tá ainm cluiche cumtha agus pictiúr cartúin sábháilte. Níl fíorainmneacha, áiteanna ná uimhreacha.
level-privacy-profile-hint-3 = Féach cé atá in ann an phróifíl a fheiceáil, agus féach ar an uimhir theileafóin.

privacy-profile-visibility = Cé atá in ann mo phróifíl a fheiceáil: Gach duine
privacy-profile-visibility-reason = Ciallaíonn gach duine strainséirí freisin. Socraigh é ar chairde amháin.
privacy-profile-visibility-fixed = Cé atá in ann mo phróifíl a fheiceáil: Cairde amháin
privacy-profile-name = Ainm le feiceáil: Lena Ní Bhriain (ainm iomlán)
privacy-profile-name-reason = Cuidíonn ainm iomlán le strainséirí teacht ar Lena. Is leor ainm cluiche cumtha.
privacy-profile-name-fixed = Ainm le feiceáil: StarFox22 (ainm cluiche)
privacy-profile-game-name = Ainm cluiche: StarFox22
privacy-profile-game-name-reason = Ní insíonn ainm cluiche cumtha d'aon duine cé hí Lena i ndáiríre. Rogha mhaith!
privacy-profile-avatar = Abhatár: sionnach cartúin
privacy-profile-avatar-reason = Ní thaispeánann pictiúr cartúin aghaidh Lena. Tá sé sin sábháilte.
privacy-profile-location = Roinn mo shuíomh: Ar siúl
privacy-profile-location-reason = Taispeánann sé seo do dhaoine cá bhfuil Lena díreach anois. Coinnigh múchta é.
privacy-profile-location-fixed = Roinn mo shuíomh: Múchta
privacy-profile-game = An cluiche is fearr liom: Block Builders
privacy-profile-game-reason = Is maith le go leor páistí an cluiche seo. Ní insíonn sé d'aon duine cá bhfuil Lena.
privacy-profile-phone = Uimhir theileafóin: le feiceáil ag gach duine
privacy-profile-phone-reason = D'fhéadfadh strainséirí glaoch ar Lena nó téacs a chur chuici. Coinnigh d'uimhir theileafóin príobháideach.
privacy-profile-phone-fixed = Uimhir theileafóin: i bhfolach

## Leibhéal 3: postáil grianghraif

level-privacy-photo-title = Grianghraf grianmhar
level-privacy-photo-instruction = Tapáil gach leid sa phostáil seo a thaispeánann cá bhfuil tú i do chónaí nó cén scoil a dtéann tú ann.
level-privacy-photo-learned = Sula bpostálann tú grianghraf, lorg comharthaí sráide, uimhreacha tí, lógónna scoile agus clibeanna suímh.
level-privacy-photo-hint-1 = Féach ar an gcúlra freisin, ní ortsa agus ar an madra amháin.
level-privacy-photo-hint-2 = Taispeánann ainmneacha sráide, uimhreacha tí agus lógónna scoile do strainséirí cá bhfaighidh siad thú.
level-privacy-photo-hint-3 = Is leid amháin é an comhartha sráide taobh thiar díot. Tá trí cinn eile ann.

privacy-photo-photo = Grianghraf: mé féin agus mo mhadra sa ghairdín
privacy-photo-photo-reason = Is féidir grianghraf díot féin agus de do pheata a roinnt le cairde. Seiceáil cad eile atá ann, sin uile.
privacy-photo-sign = Taobh thiar dínn: comhartha sráide, “Sráid na Mailpe”
privacy-photo-sign-reason = Insíonn an comhartha do gach duine cén tsráid ina bhfuil tú i do chónaí. Tóg an grianghraf áit nach bhfuil comharthaí.
privacy-photo-door = Ar an doras: uimhir an tí, 12
privacy-photo-door-reason = In éineacht le hainm na sráide, taispeánann an uimhir do theach go beacht. Coinnigh as an ngrianghraf í.
privacy-photo-shirt = Mo T-léine le lógó Scoil Oakfield
privacy-photo-shirt-reason = Taispeánann an lógó cén scoil a dtéann tú ann. Bheadh a fhios ag strainséirí cá mbíonn tú gach lá.
privacy-photo-caption = Fotheideal: Satharn grianmhar le Rex!
privacy-photo-caption-reason = Is féidir ainm do mhadra a roinnt. Ach ná húsáid riamh é mar phasfhocal.
privacy-photo-location = Clib suímh: 12 Sráid na Mailpe
privacy-photo-location-reason = Tugann an chlib do sheoladh iomlán do gach duine. Múch clibeanna suímh.
privacy-photo-comment = Trácht ó Ben: Madra gleoite!
privacy-photo-comment-reason = Is breá an rud trácht cineálta ó chara. Ní sceitheann sé faic.

## Leibhéal 4: ceisteanna a iarrann an iomarca

level-privacy-stranger-asks-title = Cé atá ag iarraidh a fháil amach?
level-privacy-stranger-asks-instruction = Roghnaigh an freagra is fearr gach uair.
level-privacy-stranger-asks-learned = Is féidir leat “ní hea” a rá i gcónaí. Coinnigh agat féin do scoil, do shráid agus uimhreacha do chairde. Má leanann duine ag iarraidh, inis do dhuine fásta.
level-privacy-stranger-asks-hint-1 = Smaoinigh: cé a fheicfidh mo fhreagra, agus cad a d'fhéadfaidís a dhéanamh leis?
level-privacy-stranger-asks-hint-2 = Is leatsa do shonraí agus uimhreacha do chairde le coinneáil. Is féidir leat “ní hea” a rá i gcónaí.
level-privacy-stranger-asks-hint-3 = Oibríonn cluiche fós nuair a deir tú “ní hea” le do theagmhálaithe.

privacy-stranger-asks-school = Fiafraíonn SkyRider9, cara ar líne nár bhuail tú leis riamh: “Cén scoil a dtéann tú ann?”
privacy-stranger-asks-school-tell = Inis dóibh, ansin inis do dhuine fásta go ndearna tú é.
privacy-stranger-asks-school-tell-reason = Is maith é a insint do dhuine fásta, ach anois tá a fhios ag SkyRider9 cén scoil atá agat. Ná roinn é ar chor ar bith.
privacy-stranger-asks-school-town = Inis do bhaile dóibh ina ionad sin.
privacy-stranger-asks-school-town-reason = Is leid é do bhaile fós faoin áit a bhfuil tú. Coinnigh príobháideach é freisin.
privacy-stranger-asks-school-say-no = Abair “ní hea”, agus inis do dhuine fásta.
privacy-stranger-asks-school-say-no-reason = Maith thú! Is féidir leat “ní hea” a rá go cairdiúil. Is féidir le duine fásta cabhrú má leanann SkyRider9 ag iarraidh.
privacy-stranger-asks-contacts = Agus tú ag imirt, fiafraíonn cluiche: “Rochtain ar do theagmhálaithe a cheadú do Block Builders?”
privacy-stranger-asks-contacts-allow = Tapáil “Ceadaigh” chun cairde a aimsiú go tapa.
privacy-stranger-asks-contacts-allow-reason = Is uimhreacha daoine eile iad do theagmhálaithe. Gheobhadh an cluiche iad gan cead a iarraidh ar na daoine sin.
privacy-stranger-asks-contacts-not-now = Tapáil “Ná ceadaigh”. Oibríonn an cluiche fós.
privacy-stranger-asks-contacts-not-now-reason = Ceart! Ní leatsa uimhreacha do theagmhálaithe le tabhairt uait. Is féidir leat cairde a chur leis de réir a n-ainmneacha cluiche ina ionad.
privacy-stranger-asks-contacts-allow-then-delete = Ceadaigh é, ansin scrios an cluiche ar fad níos déanaí.
privacy-stranger-asks-contacts-allow-then-delete-reason = Nuair atá na huimhreacha ag an gcluiche, ní thugann scriosadh an chluiche ar ais iad.
privacy-stranger-asks-quiz = Deir tráth na gceist spraíúil: “D'ainm sárlaoich = do shráid + do scoil!”
privacy-stranger-asks-quiz-skip = Scipeáil é, nó imir le focail chumtha.
privacy-stranger-asks-quiz-skip-reason = Smaoineamh maith! Taispeánann do shráid agus do scoil cá bhfaighfí thú. Tá focail chumtha chomh spraíúil céanna.
privacy-stranger-asks-quiz-post = Postáil d'fhíorainm sárlaoich sna tráchtanna.
privacy-stranger-asks-quiz-post-reason = Anois tá do shráid agus do scoil ar eolas ag gach duine. Le chéile taispeánann siad cá bhfaighfí thú.
privacy-stranger-asks-quiz-send-friend = Ná seol é ach chuig cara amháin i dteachtaireacht.
privacy-stranger-asks-quiz-send-friend-reason = Is féidir teachtaireachtaí a chur ar aghaidh. Coinnigh d'fhíorfhreagraí agat féin.

## Leibhéal 5: sula bpostálann tú grianghraf

level-privacy-before-posting-title = Réidh le postáil?
level-privacy-before-posting-instruction = Ba mhaith leat grianghraf a phostáil. An céim mhaith í seo roimh phostáil, nó an fearr gan?
level-privacy-before-posting-learned = Sula bpostálann tú, seiceáil an grianghraf le haghaidh leideanna, fiafraigh de na daoine atá ann, agus roghnaigh cairde amháin. Fág clibeanna suímh múchta.
level-privacy-before-posting-hint-1 = Smaoinigh: nuair atá sé postáilte, cé a d'fheicfeadh an grianghraf, agus cad a d'fhéadfaidís a fhoghlaim?
level-privacy-before-posting-hint-2 = Coinníonn céimeanna maithe leideanna agus strainséirí amach agus fiafraíonn siad de na daoine sa ghrianghraf. Scaipeann na cinn chontúirteacha an grianghraf nó an áit a bhfuil tú.
level-privacy-before-posting-hint-3 = Is rud é clib suímh le fágáil amach.

privacy-bin-do = Déan é
privacy-bin-dont = Is fearr gan

privacy-before-posting-clues = Seiceáil an bhfuil comharthaí nó uimhreacha tí sa ghrianghraf.
privacy-before-posting-clues-reason = Go maith! Gearr amach iad nó roghnaigh grianghraf eile, ionas nach mbeidh a fhios ag aon duine cá bhfuil tú i do chónaí.
privacy-before-posting-location = Cuir clib suímh leis ionas go n-aimseoidh cairde thú.
privacy-before-posting-location-reason = Taispeánann clib suímh do gach duine cá bhfuil tú. Fág as é.
privacy-before-posting-ask = Iarr cead ar gach duine atá sa ghrianghraf.
privacy-before-posting-ask-reason = Is leo an grianghraf freisin. Ná postáil é ach má deir siad “is ea”.
privacy-before-posting-everyone = Postáil do gach duine é, chun níos mó “is maith liom” a fháil.
privacy-before-posting-everyone-reason = Ciallaíonn gach duine strainséirí freisin. Ní fiú sin na “is maith liom”.
privacy-before-posting-audience = Roghnaigh cé a fheiceann é: cairde amháin.
privacy-before-posting-audience-reason = Go maith! Coinníonn “cairde amháin” strainséirí amach.
privacy-before-posting-surprise = Postáil grianghraf amaideach de chara mar iontas.
privacy-before-posting-surprise-reason = Fiafraigh ar dtús. B'fhéidir nár mhaith le do chara an grianghraf sin a bheith ar líne.
