# An domhan “Aimsitheoirí Fíricí”: ceannlínte, fógraí, foinsí, nuacht bhréige. Fanann ainmneacha, seoltaí agus uimhreacha gan athrú.

world-fact-finders = Aimsitheoirí Fíricí

fact-bin-trustworthy = Iontaofa, is cosúil
fact-bin-check-first = Seiceáil ar dtús
fact-bin-advert = Fógra
fact-bin-not-advert = Ní fógra é

## Leibhéal 1: ceannlínte

level-fact-headlines-title = Seiceáil an cheannlíne
level-fact-headlines-instruction = An bhfuil cuma iontaofa ar an gceannlíne seo, nó ar cheart duit í a sheiceáil ar dtús?
level-fact-headlines-learned = Bíodh muinín agat as nuacht ó dhaoine a bhfuil eolas acu i ndáiríre, cosúil le do bhaile nó do scoil. Seiceáil ar dtús nuacht a bhíonn ag béicíl, iontach nó gan ainm.
level-fact-headlines-hint-1 = Fiafraigh: cé a deir é seo, agus conas a bheadh a fhios acu?
level-fact-headlines-hint-2 = Ciallaíonn béicíl, rúin agus geallúintí iontacha: seiceáil ar dtús. Is cosúil go bhfuil gnáthnuacht ó na daoine atá i bhfeighil iontaofa.
level-fact-headlines-hint-3 = Bíonn ceannlíne na gcat ag béicíl agus ag caint faoi rún mór. Seiceáil ar dtús í!

fact-headlines-cats = UAFÁSACH!!! Is féidir le cait labhairt, ceileann eolaithe é!
fact-headlines-cats-reason = Is comharthaí rabhaidh iad ceannlitreacha, a lán “!” agus rún mór. Lorg é ar shuíomhanna iontaofa ar dtús.
fact-headlines-library = Suíomh an bhaile: Oscailte go déanach Déardaoin sa leabharlann
fact-headlines-library-reason = Ritheann an baile an leabharlann, mar sin tá na huaireanta oscailte ar eolas ag a shuíomh féin.
fact-headlines-grow = Fásfaidh tú 10 cm thar oíche leis an gcleas seo!
fact-headlines-grow-reason = Tá sé rómhaith le bheith fíor. Bíonn ceannlínte mar seo ag iarraidh do chlic, ní fíricí a insint duit.
fact-headlines-weather = Seirbhís na haimsire: Báisteach ag súil léi Dé Sathairn
fact-headlines-weather-reason = Is é jab na seirbhíse aimsire réamhaisnéisí a dhéanamh. Is é an áit cheart don nuacht seo é.
fact-headlines-no-name = Postáil gan ainm: Dúnfaidh gach scoil ar feadh míosa!
fact-headlines-no-name-reason = Ní deir aon duine cé a scríobh é seo. Bheadh nuacht mhór mar seo ar shuíomh na scoile nó an bhaile.
fact-headlines-sports-day = Nuachtlitir na scoile: Lá spóirt bogtha go dtí an Aoine
fact-headlines-sports-day-reason = Tá a pleananna féin ar eolas ag do scoil. Is foinse mhaith í nuacht ón scoil féin.

## Leibhéal 2: fógra nó nach ea?

level-fact-ad-or-not-title = Fógra nó nach ea?
level-fact-ad-or-not-instruction = An fógra é seo? Sórtáil gach cárta isteach sa bhosca ceart.
level-fact-ad-or-not-learned = Bíonn fógraí ag iarraidh ort rud a cheannach. Lorg lipéid cosúil le “Urraithe”, “Fógra” nó “#ad”.
level-fact-ad-or-not-hint-1 = Fiafraigh: an bhfuil duine ag iarraidh orm rud éigin a cheannach?
level-fact-ad-or-not-hint-2 = Ciallaíonn “Urraithe”, “Fógra” agus “#ad” gur íoc duine éigin chun é a bheith ann.
level-fact-ad-or-not-hint-3 = Is fógraí iad preabfhuinneog na seod agus an phostáil “#ad”.

fact-ad-or-not-sponsored = Urraithe: Bain triail as gránach nua Crunchy Stars!
fact-ad-or-not-sponsored-reason = Ciallaíonn “Urraithe” gur íoc comhlacht chun é seo a thaispeáint duit. Tá sé ag iarraidh ort a ghránach a cheannach.
fact-ad-or-not-news = Tuairisc nuachta: Droichead nua ag oscailt in Riverton
fact-ad-or-not-news-reason = Insíonn tuairisc nuachta duit cad a tharla. Níl aon duine ag díol faic leat.
fact-ad-or-not-influencer = Mia_Plays: Is breá liom na bróga reatha seo! #ad
fact-ad-or-not-influencer-reason = Ciallaíonn “#ad” gur íoc comhlacht Mia as an bpostáil seo. Faigheann sí airgead as a rá gur breá léi iad.
fact-ad-or-not-encyclopedia = Alt ciclipéide: Conas a dhéanann beacha mil
fact-ad-or-not-encyclopedia-reason = Míníonn ciclipéid rudaí. Níl sí ag iarraidh mil a dhíol leat.
fact-ad-or-not-search = An chéad toradh cuardaigh, marcáilte “Urraithe”
fact-ad-or-not-search-reason = D'íoc an comhlacht le bheith ag an mbarr. B'fhéidir go bhfuil an freagra is fearr níos faide síos.
fact-ad-or-not-gems = Preabfhuinneog cluiche: Ceannaigh 500 seod anois!
fact-ad-or-not-gems-reason = Tá an cluiche ag iarraidh ort fíorairgead a chaitheamh. Fiafraigh de dhuine fásta i gcónaí sula gceannaíonn tú rud ar bith.
fact-ad-or-not-friend = Postáil do charad: Féach ar mo chaisleán gainimh!
fact-ad-or-not-friend-reason = Tá do chara ag roinnt rud éigin spraíúil. Níor íoc aon duine as, mar sin ní fógra é.

## Leibhéal 3: cá háit le breathnú

level-fact-which-source-title = Cá háit le breathnú?
level-fact-which-source-instruction = Roghnaigh an freagra is fearr gach uair.
level-fact-which-source-learned = Lorg fíricí san áit a scríobhann saineolaithe iad. Seiceáil scéal ar shuíomhanna iontaofa sula gcreideann tú é nó sula roinneann tú é.
level-fact-which-source-hint-1 = Fiafraigh: cé a rinne é seo, agus an bhfuil eolas acu air i ndáiríre?
level-fact-which-source-hint-2 = Insíonn foinsí maithe cé a rinne iad, agus seiceálann saineolaithe iad.
level-fact-which-source-hint-3 = Le haghaidh fíricí faoi bholcáin, roghnaigh an chiclipéid nó suíomh an mhúsaeim.

fact-which-source-volcanoes = Don obair bhaile, teastaíonn fíricí uait faoi bholcáin. Cá háit a mbreathnaíonn tú?
fact-which-source-volcanoes-video = An chéad fhíseán greannmhar a aimsíonn tú.
fact-which-source-volcanoes-video-reason = Bíonn físeáin ghreannmhara ag iarraidh gáire a bhaint asat. Is féidir leo fíricí a fháil mícheart.
fact-which-source-volcanoes-encyclopedia = Ciclipéid do pháistí nó suíomh músaeim.
fact-which-source-volcanoes-encyclopedia-reason = Maith thú! Scríobhann agus seiceálann saineolaithe iad seo. Insíonn siad cé a rinne iad.
fact-which-source-volcanoes-game-chat = Fiafraigh i gcomhrá cluiche. Beidh a fhios ag duine éigin.
fact-which-source-volcanoes-game-chat-reason = B'fhéidir nach ndéanann daoine i gcomhrá cluiche ach buille faoi thuairim. Ní féidir leat a rá an bhfuil eolas acu i ndáiríre.
fact-which-source-chocolate = Deir físeán: “Leigheasann seacláid slaghdáin!” Cad a dhéanfaidh tú?
fact-which-source-chocolate-believe = Ith a lán seacláide an chéad uair eile a bhíonn slaghdán ort.
fact-which-source-chocolate-believe-reason = Ní cruthúnas é físeán amháin. Ní chuirfidh a lán seacláide slaghdán chun bealaigh.
fact-which-source-chocolate-share = Seol chuig Mamó é ionas go bhfanfaidh sí sláintiúil.
fact-which-source-chocolate-share-reason = D'fhéadfadh Mamó é a chreidiúint freisin, agus níl sé fíor. Seiceáil ar dtús, ansin ná roinn ach an méid atá fíor.
fact-which-source-chocolate-check = Iarr ar dhuine fásta cabhrú leat é a sheiceáil.
fact-which-source-chocolate-check-reason = Ceart! Le chéile is féidir libh breathnú ar shuíomh sláinte iontaofa. Tá eolas ag dochtúirí ar shlaghdáin.
fact-which-source-screenshot = Roinneann duine gabháil scáileáin de “nuacht” i gcomhrá an ranga. Níl aon nasc ann.
fact-which-source-screenshot-search = Lorg é ar shuíomh nuachta iontaofa.
fact-which-source-screenshot-search-reason = Obair mhaith bleachtaireachta! Más fíor é, beidh sé ag suíomhanna nuachta iontaofa freisin.
fact-which-source-screenshot-forward = Seol chuig do chomhráite eile é, ionas go bhfeicfidh cách é.
fact-which-source-screenshot-forward-reason = Gan nasc, ní féidir leat a rá cé a rinne é. D'fhéadfadh sé a bheith cumtha.
fact-which-source-screenshot-believe = Creid é: is cruthúnas é gabháil scáileáin.
fact-which-source-screenshot-believe-reason = Is féidir le duine ar bith pictiúr a dhéanamh a bhfuil cuma nuachta air. Is furasta gabhálacha scáileáin a bhrionnú.

## Leibhéal 4: leathanach nuachta bréige

level-fact-fake-news-page-title = Nuacht dhéanach?
level-fact-fake-news-page-instruction = Tapáil gach bratach dhearg ar an leathanach nuachta seo.
level-fact-fake-news-page-learned = Is minic a bhíonn nuacht bhréige ag béicíl, a cheileann sí cé a scríobh í, a chuireann sí seanscéalta i láthair mar scéalta nua agus a bhrúnn sí ort í a roinnt.
level-fact-fake-news-page-hint-1 = Léigh é mar bhleachtaire: cé a scríobh é seo, agus cathain?
level-fact-fake-news-page-hint-2 = Is comharthaí rabhaidh iad béicíl, ainm in easnamh, seandáta agus deifir le roinnt.
level-fact-fake-news-page-hint-3 = Féach ar an gceannlíne, ar líne an údair agus ar an dáta.

fact-fake-news-page-address = daily-truth-now.example/big-news
fact-fake-news-page-address-reason = Níor chuala tú riamh faoin suíomh seo. Is féidir le duine ar bith “truth” (fírinne) a chur in ainm, mar sin faigh amach cé a ritheann é.
fact-fake-news-page-menu = Baile · Nuacht · Spórt
fact-fake-news-page-menu-reason = Bíonn roghchlár mar seo ag formhór na suíomhanna nuachta. Ní comhartha rabhaidh é.
fact-fake-news-page-headline = UBH DHÁINEASÁIR AG GOR I BPÁIRC MAPLETON!!!
fact-fake-news-page-headline-reason = Déanann ceannlitreacha agus a lán “!” iarracht sceitimíní a chur ort. Insíonn fíornuacht rudaí go socair.
fact-fake-news-page-author = Scríofa ag: (gan ainm)
fact-fake-news-page-author-reason = Insíonn fíornuacht cé a scríobh í. Gan ainm, ní sheasann aon duine taobh thiar den scéal.
fact-fake-news-page-date = Postáilte 6 bliana ó shin, ach marcáilte “NUA!”
fact-fake-news-page-date-reason = Roinntear an seanscéal seo amhail is gur tharla sé inniu. Seiceáil an dáta i gcónaí.
fact-fake-news-page-photo = Grianghraf: páirc chiúin le crainn
fact-fake-news-page-photo-reason = Ní comhartha rabhaidh é gnáthghrianghraf leis féin. Léigh na focail timpeall air freisin.
fact-fake-news-page-share = Roinn sula scriosann siad é seo!
fact-fake-news-page-share-reason = Tá sé seo ag iarraidh ort brostú agus gan smaoineamh. Ní iarrann fíornuacht ort í a roinnt.

## Leibhéal 5: seiceáil scéal sula roinneann tú é

level-fact-check-a-story-title = Stop agus seiceáil
level-fact-check-a-story-instruction = Feiceann tú scéal a chuireann iontas ort. Cuir céimeanna na seiceálaithe fíricí in ord.
level-fact-check-a-story-learned = Stopann seiceálaithe fíricí ar dtús, ansin faigheann siad amach cé a rinne scéal, ansin lorgaíonn siad é ar shuíomhanna iontaofa, agus ansin amháin a shocraíonn siad é a roinnt.
level-fact-check-a-story-hint-1 = Cad ba cheart duit a dhéanamh sula dtapálann do mhéar “Roinn”?
level-fact-check-a-story-hint-2 = Féachann seiceálaithe fíricí ar cé a rinne scéal sula bhféachann siad áit ar bith eile. Tagann an cinneadh ag an deireadh.
level-fact-check-a-story-hint-3 = Is é céim 1 stopadh agus gan roinnt fós.

fact-check-a-story-stop = Stop: ná roinn fós é.
fact-check-a-story-stop-reason = Déan é seo ar dtús. Tosaíonn seiceálaithe fíricí le Stop: nuair a roinneann tú scéal, ní féidir leat é a thabhairt ar ais.
fact-check-a-story-who = Faigh amach cé a rinne é, agus cén fáth.
fact-check-a-story-who-reason = Ansin, féach ar an bhfoinse. An bhfuil sí ag iarraidh eolas a thabhairt duit, rud a dhíol leat nó clic a fháil?
fact-check-a-story-others = Lorg é ar shuíomhanna iontaofa eile. Seiceáil an dáta.
fact-check-a-story-others-reason = Ansin déan comparáid. Más fíor é, tuairiscíonn suíomhanna nuachta iontaofa é freisin. Is minic a roinntear seanscéalta mar scéalta nua.
fact-check-a-story-decide = Ansin socraigh: é a roinnt nó gan.
fact-check-a-story-decide-reason = Socraigh ag an deireadh, nuair atá a fhios agat cé a rinne é agus cé eile a thuairiscíonn é. Ná roinn ach an méid a sheiceáil tú.
