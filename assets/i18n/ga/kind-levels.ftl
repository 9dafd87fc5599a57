# An domhan “Cúinne na Cineáltais”: a bheith cineálta ar líne, agus cad is féidir a dhéanamh nuair nach bhfuil duine cineálta.
# Is cumtha iad na daoine go léir. Ton séimh: abair i gcónaí cad is féidir a dhéanamh, agus gur maith é a insint do dhuine fásta.

world-kind-corner = Cúinne na Cineáltais

## Leibhéal 1: freagraí cineálta

level-kind-reply-title = Abair rud éigin cineálta
level-kind-reply-instruction = Roghnaigh an freagra is cineálta gach uair.
level-kind-reply-learned = Cuireann focail chineálta ar líne áthas ar dhaoine. Sula bpostálann tú, fiafraigh: conas a mhothóidh siad?
level-kind-reply-hint-1 = Samhlaigh gur tusa an duine eile. Cén freagra ba mhaith leat a fháil?
level-kind-reply-hint-2 = Bíonn freagra cineálta cairdiúil, macánta agus faoin duine eile, ní fútsa.
level-kind-reply-hint-3 = Do Mia: taispeánann ceist faoina líníocht gur fhéach tú i ndáiríre.

kind-reply-drawing-prompt = Postálann do chara Mia líníocht a rinne sí dá cat. Cad a scríobhfaidh tú?
kind-reply-drawing-praise = Is breá liom na dathanna! Conas a tharraing tú é?
kind-reply-drawing-praise-reason = Cuireann moladh cineálta fírinneach áthas ar Mia. Taispeánann ceist gur fhéach tú i ndáiríre.
kind-reply-drawing-brother = Tarraingíonn mo dheartháir beag níos fearr ná sin.
kind-reply-drawing-brother-reason = Ghortódh sé seo Mia. Fiú mar mhagadh, cuireann sé drochmheas uirthi ar a cuid oibre.
kind-reply-drawing-mine = Féach ar mo líníocht féin ina ionad!
kind-reply-drawing-mine-reason = Bhí Mia ag iarraidh a líníocht a roinnt. Casann an freagra seo an comhrá chugatsa.

kind-reply-game-prompt = I gcluiche ar líne, déanann do chomhimreoir Leo botún. Cailleann d'fhoireann.
kind-reply-game-blame = Chaill tú é dúinn go léir, Leo! Go raibh míle maith agat.
kind-reply-game-blame-reason = Déanann gach duine botúin. Má chuireann tú an locht ar Leo os comhair na foirne, mothaíonn sé go huafásach.
kind-reply-game-kick = Caithimis Leo amach as an bhfoireann.
kind-reply-game-kick-reason = Ní cineálta é duine a fhágáil amuigh mar gheall ar bhotún amháin. Is mó an spraoi i gcluichí nuair a bhíonn fáilte roimh gach duine.
kind-reply-game-cheer = Iarracht mhaith, Leo! Buafaimid an chéad cheann eile.
kind-reply-game-cheer-reason = Ardaíonn focal cairdiúil i ndiaidh cailliúna croí na foirne ar fad. Níl ann ach cluiche.

kind-reply-sad-prompt = Postálann Ava, duine as do rang: “níl duine ar bith ag iarraidh a bheith liom inniu”.
kind-reply-sad-drama = Stop den drámaíocht sin.
kind-reply-sad-drama-reason = Tá Ava ag insint duit go bhfuil brón uirthi. Insíonn an freagra seo di nach bhfuil tábhacht lena mothúcháin.
kind-reply-sad-message = Scríobh chuig Ava: “Is maith liom thú! An labhróimid?”
kind-reply-sad-message-reason = Taispeánann teachtaireacht phríobháideach chineálta do Ava go bhfuil cúram ag duine di. Má tá an-bhrón uirthi, inis do dhuine fásta freisin.
kind-reply-sad-scroll = Scrollaigh thairis. Réiteoidh a tuismitheoirí é go cinnte.
kind-reply-sad-scroll-reason = B'fhéidir go mbraithfeadh Ava níos uaigní fós, agus b'fhéidir nach bhfuil a fhios ag a tuismitheoirí. Is féidir le cúpla focal cineálta uaitse cabhrú go mór.

## Leibhéal 2: tráchtanna cineálta nó míchineálta

kind-bin-kind = Cineálta
kind-bin-unkind = Míchineálta

level-kind-comments-title = Cineálta nó míchineálta?
level-kind-comments-instruction = Sórtáil gach trácht: an bhfuil sé cineálta nó míchineálta?
level-kind-comments-learned = Is féidir leat do thuairim a rá agus a bheith cineálta fós. Gortaíonn tráchtanna gránna, fiú mar mhagadh.
level-kind-comments-hint-1 = Léigh gach trácht amhail is dá mbeadh duine á scríobh chugatsa.
level-kind-comments-hint-2 = Molann tráchtanna cineálta, cabhraíonn siad nó easaontaíonn siad go béasach. Déanann na cinn mhíchineálta magadh nó cuireann siad daoine síos.
level-kind-comments-hint-3 = Is minic a bhíonn tráchtanna faoin gcuma atá ar dhuine nó faoin gcaoi a mbogann sé míchineálta, fiú nuair is mar mhagadh atá siad.

kind-comments-great-goal = Cúl iontach i d'fhíseán!
kind-comments-great-goal-reason = Cuireann moladh ar rud a rinne duine go maith bród air. Tá sé sin cineálta.
kind-comments-weird-hair = Tá cuma an-aisteach ar do chuid gruaige sa ghrianghraf seo.
kind-comments-weird-hair-reason = Is féidir le tráchtanna faoin gcuma atá ar dhuine gortú i ndáiríre. Mura ndéarfá lena aghaidh é, ná postáil é.
kind-comments-get-well = Tá súil agam go mbeidh biseach ort go luath!
kind-comments-get-well-reason = Nuair a ghuíonn tú gach rath ar dhuine, taispeánann tú go bhfuil cúram agat dó. Tá sé sin cineálta.
kind-comments-nobody-asked = Níor iarr aon duine do thuairim.
kind-comments-nobody-asked-reason = Insíonn sé seo do dhuine a bheith ciúin agus nach bhfuil tábhacht leis. Tá sé sin míchineálta.
kind-comments-different-ending = B'fhearr liom deireadh eile, ach bhí an scéal go hiontach!
kind-comments-different-ending-reason = Is féidir leat easaontú agus a bheith cineálta fós. Tá an trácht seo macánta agus cairdiúil.
kind-comments-penguin = Ha ha, ritheann tú cosúil le piongain!
kind-comments-penguin-reason = Is magadh é gáire a dhéanamh faoin gcaoi a mbogann duine. Is féidir leis gortú, fiú más mar mhagadh a bhí sé.
kind-comments-thanks-help = Go raibh maith agat as cabhrú liom le m'obair bhaile!
kind-comments-thanks-help-reason = Nuair a ghabhann tú buíochas, bíonn daoine sásta gur chabhraigh siad. Tá sé sin cineálta.

## Leibhéal 3: nuair a choinníonn duine ag seoladh teachtaireachtaí gránna

level-kind-when-bullied-title = Teachtaireachtaí gránna
level-kind-when-bullied-instruction = Coinníonn duine ag seoladh teachtaireachtaí gránna chugat. An rud maith é seo le déanamh, nó an fearr gan?
level-kind-when-bullied-learned = Ná freagair, coinnigh cruthúnas, cuir bac, tuairiscigh, agus inis do dhuine fásta a bhfuil muinín agat as am ar bith. Ní ortsa a bhíonn an locht riamh.
level-kind-when-bullied-hint-1 = Cé acu díobh seo a stopann na teachtaireachtaí, a choinníonn cruthúnas nó a fhaigheann cabhair duit?
level-kind-when-bullied-hint-2 = Coinníonn céimeanna maithe cruthúnas, stopann siad na teachtaireachtaí agus faigheann siad cabhair duit. Ní chabhraíonn buille ar ais ná é a cheilt.
level-kind-when-bullied-hint-3 = Bíonn sé ceart i gcónaí, am ar bith, é a insint do dhuine fásta a bhfuil muinín agat as.

kind-bin-good-step = Maith le déanamh
kind-bin-not-step = Is fearr gan

kind-when-bullied-no-reply = Ná freagair na teachtaireachtaí gránna.
kind-when-bullied-no-reply-reason = Bíonn teachtaireachtaí gránna ag iarraidh freagairt. Mura bhfreagraíonn tú, ní fhaigheann siad faic.
kind-when-bullied-screenshot = Tóg gabhálacha scáileáin chun cruthúnas a choinneáil.
kind-when-bullied-screenshot-reason = Taispeánann cruthúnas cad a tharla. Tóg gabhálacha scáileáin sula gcuireann tú bac: is féidir le bac na teachtaireachtaí a cheilt.
kind-when-bullied-hit-back = Seol rud éigin gránna ar ais.
kind-when-bullied-hit-back-reason = Is féidir leis cúrsaí a dhéanamh níos measa, agus tugann sé an fhreagairt atá uathu dóibh.
kind-when-bullied-block = Cuir bac ar an duine.
kind-when-bullied-block-reason = Ansin ní thagann na teachtaireachtaí gránna chugat a thuilleadh.
kind-when-bullied-tell = Inis do dhuine fásta agus taispeáin dóibh é.
kind-when-bullied-tell-reason = Ceart am ar bith: ar dtús, ag an deireadh nó idir eatarthu. Ní gá duit déileáil leis seo i d'aonar riamh.
kind-when-bullied-secret = Coinnigh faoi rún é agus bíodh súil agat go stopfaidh sé.
kind-when-bullied-secret-reason = Ní gá duit déileáil leis seo i d'aonar. Inis do dhuine fásta a bhfuil muinín agat as. Ní ortsa a bhíonn an locht riamh.
kind-when-bullied-report = Tuairiscigh iad san aip.
kind-when-bullied-report-reason = Is féidir leis an aip rabhadh a thabhairt don duine nó é a stopadh. Cabhraíonn do ghabhálacha scáileáin.
kind-when-bullied-delete-all = Scrios na teachtaireachtaí go léir láithreach.
kind-when-bullied-delete-all-reason = Ansin bíonn an cruthúnas imithe. Tóg gabhálacha scáileáin ar dtús, ansin cuir bac agus tuairiscigh.

## Leibhéal 4: nuair a fheiceann tú duine eile á chiapadh

level-kind-bystander-title = Seas suas
level-kind-bystander-instruction = Feiceann tú duine á chiapadh. Roghnaigh an rud is fearr le déanamh.
level-kind-bystander-learned = Ná bí páirteach ann. Bí cineálta leis an duine agus inis do dhuine fásta a bhfuil muinín agat as. Cabhraíonn sé sin go mór.
level-kind-bystander-hint-1 = Smaoinigh ar an duine atá á chiapadh. Cad a chabhródh leo?
level-kind-bystander-hint-2 = Ní chabhraíonn páirt a ghlacadh ann ná fanacht ciúin. Cabhraíonn cineáltas agus cabhair a fháil.
level-kind-bystander-hint-3 = Do Finn, is féidir le cuireadh simplí a lá a dhéanamh.

kind-bystander-chat-prompt = I gcomhrá grúpa do ranga, coinníonn roinnt páistí ag magadh faoi Noah.
kind-bystander-chat-join = Seol aghaidh ag gáire freisin.
kind-bystander-chat-join-reason = Fiú aghaidh amháin ag gáire, is páirt sa mhagadh é. Mothaíonn Noah go bhfuil gach duine ina choinne.
kind-bystander-chat-silent = Ná habair faic. Feicfidh múinteoir é pé scéal é.
kind-bystander-chat-silent-reason = Ní léann múinteoirí gach comhrá, agus b'fhéidir go gceapfadh Noah go n-aontaíonn gach duine. Inis féin do dhuine fásta.
kind-bystander-chat-support = Bí cineálta le Noah agus inis do dhuine fásta.
kind-bystander-chat-support-reason = Taispeánann teachtaireacht chineálta do Noah nach bhfuil sé ina aonar. Is féidir le duine fásta cabhrú leis an magadh a stopadh.

kind-bystander-photo-prompt = Roinneann duine grianghraf amaideach de Zoe as do rang chun gáire a dhéanamh fúithi.
kind-bystander-photo-share = Roinn é le tuilleadh cairde.
kind-bystander-photo-share-reason = Scaipeann gach roinnt an grianghraf níos faide agus gortaíonn sé Zoe níos mó. Níor cheart d'aon duine grianghraf de dhuine a roinnt chun gáire a dhéanamh faoi.
kind-bystander-photo-stop = Tuairiscigh é agus inis do dhuine fásta.
kind-bystander-photo-stop-reason = Stopann an grianghraf leatsa. Is féidir le tuairisc é a bhaint anuas, agus is féidir le duine fásta cabhrú le Zoe.
kind-bystander-photo-like = Tabhair “is maith liom” dó, mar go ndearna gach duine eile é.
kind-bystander-photo-like-reason = Insíonn “is maith liom” don seoltóir go bhfuil an grianghraf greannmhar. D'fhéadfadh sé go bpostálfadh siad tuilleadh.

kind-bystander-game-prompt = D'aon ghnó, fágann roinnt páistí Finn amuigh as cluiche ar líne.
kind-bystander-game-invite = Tabhair cuireadh do Finn imirt leat.
kind-bystander-game-invite-reason = Is féidir le cuireadh simplí lá Finn a dhéanamh. Má leanann siad á fhágáil amuigh, inis do dhuine fásta.
kind-bystander-game-along = Imir gan é. A gcluiche féin, a rialacha féin.
kind-bystander-game-along-reason = Gortaíonn sé duine a fhágáil amuigh d'aon ghnó. Má ghlacann tú leis, mothaíonn Finn níos uaigní fós.
kind-bystander-game-pretend = Lig ort nach bhfaca tú é.
kind-bystander-game-pretend-reason = Is furasta féachaint an treo eile, ach mothaíonn Finn fágtha amuigh fós. Is féidir le gníomh beag cineálta cabhrú leis.

## Leibhéal 5: comhrá grúpa ranga

level-kind-group-chat-title = Comhrá an ranga
level-kind-group-chat-instruction = Tapáil gach teachtaireacht mhíchineálta sa chomhrá ranga seo.
level-kind-group-chat-learned = Is míchineálta iad magadh, daoine a fhágáil amuigh, grianghraif a roinnt gan cead agus gáire in éineacht leis an gcuid eile. Ná bí páirteach ann.
level-kind-group-chat-hint-1 = Léigh gach teachtaireacht. Conas a mhothódh Sam á léamh?
level-kind-group-chat-hint-2 = Déanann teachtaireachtaí míchineálta magadh faoi dhuine, fágann siad amuigh iad nó roinneann siad a ngrianghraf.
level-kind-group-chat-hint-3 = Scríobhann Ben dhá cheann de na teachtaireachtaí míchineálta.

kind-group-chat-trip = Mia: Cé atá réidh don turas scoile amárach?
kind-group-chat-trip-reason = Ceist chairdiúil don rang ar fad. Tá an teachtaireacht seo ceart go leor.
kind-group-chat-bottle = Leo: Mise! Ná déan dearmad ar do bhuidéal uisce.
kind-group-chat-bottle-reason = Meabhrúchán cabhrach do chách. Tá an teachtaireacht seo ceart go leor.
kind-group-chat-shoes = Ben: An bhfaca sibh bróga Sam inniu? Chomh gránna lol
kind-group-chat-shoes-reason = Déanann sé seo magadh faoi Sam os comhair an ranga ar fad. Ná bí páirteach ann, agus bí cineálta le Sam.
kind-group-chat-laugh = Max: HAHAHA (cúig aghaidh ag gáire)
kind-group-chat-laugh-reason = Cuireann gáire in éineacht leo leis an magadh agus déanann sé níos measa é. Is fearr cheana fanacht amach as.
kind-group-chat-homework = Finn: An seolfadh duine leathanach na hobair bhaile chugam?
kind-group-chat-homework-reason = Tá sé ceart go leor cabhair a iarraidh le hobair bhaile. Is iontach comhráite ranga chuige sin.
kind-group-chat-photo = Ben: Féach! Grianghraf de Sam ag titim i gclós na scoile.
kind-group-chat-photo-reason = Níor aontaigh Sam go roinnfí an grianghraf seo. Fiafraigh sula roinneann tú grianghraf de dhuine, agus inis do dhuine fásta faoin gceann seo.
kind-group-chat-party = Ava: Cóisir i mo theach! Ná tugaigí cuireadh do Sam.
kind-group-chat-party-reason = Gortaíonn sé Sam go mór nuair a iarrtar ar gach duine é a fhágáil amuigh. Níor cheart duine ar bith a fhágáil amuigh d'aon ghnó.
kind-group-chat-thanks = Zoe: Chuidigh Sam liom le mo thionscadal. Míle buíochas, Sam!
kind-group-chat-thanks-reason = Is cineálta é buíochas a ghabháil os comhair an ranga. Tá an teachtaireacht seo ceart go leor.
