# An domhan “AI agus Mise”: róbhéiteanna comhrá, AI a fhoghlaimíonn ó shamplaí, moltaí, pictiúir agus guthanna déanta ag AI,
# agus AI don obair scoile. Is cumtha iad na daoine, na haipeanna agus na cuntais. Tá cártaí “Múin an robat” in training.ftl.

world-ai-and-me = AI agus Mise

ai-bin-ok-to-ask = Ceart le fiafraí
ai-bin-good-use = Úsáid mhaith
ai-bin-not-ok = Níl sé ceart

## Leibhéal 2: cad a insíonn tú do chomhráiteoir

level-ai-what-to-tell-title = Ag caint le comhráiteoir
level-ai-what-to-tell-instruction = An bhfuil sé ceart go leor é seo a fhiafraí de chomhráiteoir, nó ar cheart é a choinneáil príobháideach?
level-ai-what-to-tell-learned = Fiafraigh de chomhráiteoir faoin domhan, ní fút féin. Fanann ainmneacha, seoltaí, grianghraif, pasfhocail agus rúin príobháideach.
level-ai-what-to-tell-hint-1 = Cuir ceist ort féin: an bhfuil sé seo faoin domhan, nó fúmsa agus faoi mo chairde?
level-ai-what-to-tell-hint-2 = Is féidir leis an gcomhlacht a ritheann comhráiteoir an méid a chlóscríobhann tú a léamh. Coinnigh príobháideach gach rud a thaispeánann cé thú.
level-ai-what-to-tell-hint-3 = Is féidir leat smaointe a iarraidh don scéal faoin dragan. Ní féidir do sheoladh a thabhairt.

ai-what-to-tell-volcano = Conas a oibríonn bolcáin?
ai-what-to-tell-volcano-reason = Ní sceitheann ceist faoin domhan faic. Seiceáil an freagra i leabhar freisin.
ai-what-to-tell-address = Do sheoladh baile
ai-what-to-tell-address-reason = Ní gá do chomhráiteoir a fhios a bheith aige cá bhfuil tú i do chónaí. Is féidir leis an gcomhlacht taobh thiar de an méid a chlóscríobhann tú a léamh.
ai-what-to-tell-name-school = D'ainm iomlán agus do scoil
ai-what-to-tell-name-school-reason = Le chéile insíonn siad d'aon duine a léann iad cé thú agus cá bhfaighidh siad thú. Coinnigh príobháideach iad.
ai-what-to-tell-dragon = Smaointe do scéal faoi dhragan
ai-what-to-tell-dragon-reason = Tá sé ceart go leor smaointe a iarraidh. Ansin déan do scéal féin de.
ai-what-to-tell-password = Do phasfhocal, ionas go gcuimhneoidh sé air
ai-what-to-tell-password-reason = Ní theastaíonn do phasfhocal riamh ó chomhráiteoir. Coinnigh agat féin é agus ag an duine fásta a chabhraíonn leat leis.
ai-what-to-tell-face-photo = Grianghraf de d'aghaidh
ai-what-to-tell-face-photo-reason = Is rud pearsanta é grianghraf díot. Coinnigh as comhráiteoirí é, agus fiafraigh de dhuine fásta a bhfuil muinín agat as sula roinneann tú grianghraif.
ai-what-to-tell-perimeter = Cad is brí le “imlíne”?
ai-what-to-tell-perimeter-reason = Tá sé ceart go leor a fhiafraí cad is brí le focal. Is féidir le do mhúinteoir an freagra a sheiceáil leat.
ai-what-to-tell-friend-secret = Rún a d'inis cara duit
ai-what-to-tell-friend-secret-reason = Is é rún do charad é. Ní leatsa é le roinnt, le comhráiteoir ná le haon duine.

## Leibhéal 1: múin an robat

level-ai-teach-the-robot-title = Múin an robat
level-ai-teach-the-robot-instruction = Sórtáil na cártaí chun a mhúineadh don robat cad is cat ann. Ansin tástáil é.
level-ai-teach-the-robot-learned = Ní fhoghlaimíonn robat ach óna shamplaí. Taispeáin go leor cineálacha cat dó, agus aithneoidh sé cait nua freisin.
level-ai-teach-the-robot-hint-1 = Féach ar na cait ar fhoghlaim an robat uathu. Conas atá siad go léir cosúil lena chéile?
level-ai-teach-the-robot-hint-2 = Bhí gach cat a chonaic sé beag agus oráiste. Teastaíonn cait uaidh a bhfuil cuma dhifriúil orthu.
level-ai-teach-the-robot-hint-3 = Cuir cat leis atá liath, mór nó clúmhach.

## Leibhéal 3: cinnte, ach mícheart

level-ai-chatbot-sure-title = Cinnte, ach mícheart
level-ai-chatbot-sure-instruction = Tá cuma an-chinnte ar chomhráiteoir. Cad a dhéanfaidh tú?
level-ai-chatbot-sure-learned = Is féidir le comhráiteoir a bheith cinnte agus a bheith mícheart fós. Seiceáil i leabhar nó ar shuíomh iontaofa, nó fiafraigh de dhuine fásta.
level-ai-chatbot-sure-hint-1 = An ndéanann fuaim chinnte rud fíor?
level-ai-chatbot-sure-hint-2 = Seiceáil le foinse nach é an comhráiteoir í.
level-ai-chatbot-sure-hint-3 = Maidir leis an damhán alla: is féidir le leabhar eolaíochta é a insint duit.

ai-chatbot-sure-spider-prompt = Don obair bhaile, fiafraíonn tú de chomhráiteoir: “An feithid é damhán alla?” Deir sé: “Is ea, is feithidí iad damháin alla.”
ai-chatbot-sure-spider-copy = Scríobh síos é. Tá sé an-chinnte.
ai-chatbot-sure-spider-copy-reason = Ní hionann a bheith cinnte agus a bheith ceart. Tá 8 gcos ag damháin alla, 6 chos ag feithidí.
ai-chatbot-sure-spider-check = Seiceáil i leabhar eolaíochta nó ar shuíomh iontaofa
ai-chatbot-sure-spider-check-reason = Ceart! Taispeánann foinse eile go raibh an comhráiteoir mícheart: ní feithidí iad damháin alla.
ai-chatbot-sure-spider-ask-again = Fiafraigh den chomhráiteoir: “An bhfuil tú cinnte?”
ai-chatbot-sure-spider-ask-again-reason = B'fhéidir go ndéarfadh sé “is ea” arís. Seiceáil le foinse nach é an comhráiteoir í.
ai-chatbot-sure-talk-prompt = Tugann comhráiteoir fíric iontach duit do do chaint ranga. Ní féidir leat í a aimsiú áit ar bith eile.
ai-chatbot-sure-talk-use-it = Úsáid í: caithfidh go bhfuil níos mó ar eolas aige ná againne
ai-chatbot-sure-talk-use-it-reason = Is féidir le comhráiteoirí fíricí a chumadh a bhfuil cuma fhíor orthu. Mura ndeir aon duine eile é, fág amach é.
ai-chatbot-sure-talk-leave-out = Fág amach í, nó fiafraigh de do mhúinteoir fúithi
ai-chatbot-sure-talk-leave-out-reason = Go maith. Níl fíric nach féidir leat a sheiceáil réidh do do chaint.
ai-chatbot-sure-talk-tell-friends = Inis do do chairde go bhfuil sí fíor
ai-chatbot-sure-talk-tell-friends-reason = Scaipeann sé sin fíric nár sheiceáil aon duine. Seiceáil ar dtús í.

## Leibhéal 4: cén fáth an físeán seo?

level-ai-why-this-video-title = Cén fáth an físeán seo?
level-ai-why-this-video-instruction = Oibrigh amach cén fáth a dtaispeánann an aip an méid a thaispeánann sí duit.
level-ai-why-this-video-learned = Foghlaimíonn aipeanna ón méid a bhféachann tú air, a dtugann tú “is maith liom” dó agus a gcuardaíonn tú. Lorg rudaí nua, agus inis don aip cad nach bhfuil uait.
level-ai-why-this-video-hint-1 = Smaoinigh ar cad a rinne tú san aip roimhe seo.
level-ai-why-this-video-hint-2 = Roghnaíonn an aip físeáin ón méid a bhféachann tú air, a dtugann tú “is maith liom” dó agus a gcuardaíonn tú.
level-ai-why-this-video-hint-3 = Chun rudaí eile a fheiceáil, taispeáin don aip rudaí eile a thaitníonn leat.

ai-why-this-video-cakes-prompt = D'fhéach tú ar thrí fhíseán cácaí go dtí an deireadh. Anois taispeánann d'aip a lán físeán cácaí.
ai-why-this-video-cakes-everyone = Tá gach duine ar domhan ag féachaint ar cháca inniu
ai-why-this-video-cakes-everyone-reason = Ní dócha! Roghnaíonn an aip físeáin duit ón méid a rinne tú.
ai-why-this-video-cakes-learned = D'fhoghlaim an aip ón méid ar fhéach tú air
ai-why-this-video-cakes-learned-reason = Ceart. Úsáideann aipeanna an méid a bhféachann tú air, a dtaitníonn leat agus a gcuardaíonn tú chun an chéad rud eile a roghnú.
ai-why-this-video-cakes-teacher = D'inis do mhúinteoir don aip gur maith leat cácaí
ai-why-this-video-cakes-teacher-reason = Ní hea. D'fhoghlaim an aip é ó do thapáil agus ó d'fhéachaint féin.
ai-why-this-video-more-prompt = Ba mhaith leat níos mó ná cácaí a fheiceáil. Cad a chabhraíonn?
ai-why-this-video-more-search = Cuardaigh rudaí nua, tapáil “Níl suim agam ann”
ai-why-this-video-more-search-reason = Is ea! Foghlaimíonn an aip uaidh sin freisin. Tá cnaipe cosúil le “Níl suim agam ann” ag go leor aipeanna.
ai-why-this-video-more-more-cakes = Féach ar níos mó físeán cácaí fós
ai-why-this-video-more-more-cakes-reason = Múineann sé sin don aip nach bhfuil uait ach cácaí.
ai-why-this-video-more-scroll = Lean ort ag scrolláil: athróidh an aip léi féin go luath
ai-why-this-video-more-scroll-reason = Leanann an aip ag roghnú ón méid a rinne tú roimhe seo. Taispeáin di cad eile a thaitníonn leat.
ai-why-this-video-feel-bad-prompt = Cuireann cineál físeáin a choinníonn an aip á thaispeáint duit drochmheas ort féin.
ai-why-this-video-feel-bad-keep-watching = Lean ort ag féachaint, ionas nach gcaillfidh tú faic
ai-why-this-video-feel-bad-keep-watching-reason = Má fhéachann tú níos mó, insíonn tú don aip níos mó de a thaispeáint. Stop agus glac sos.
ai-why-this-video-feel-bad-share = Roinn le cairde é, féachaint an mbraitheann siad go dona
ai-why-this-video-feel-bad-share-reason = Scaipeann sé sin an drochmhothúchán. Stop ag féachaint agus labhair le duine a bhfuil muinín agat as.
ai-why-this-video-feel-bad-stop-tell = Stop ag féachaint agus inis do dhuine fásta
ai-why-this-video-feel-bad-stop-tell-reason = Go maith. Is tábhachtaí an chaoi a mothaíonn tú ná an aip. Is féidir le duine fásta cabhrú leat an méid a thaispeánann sí a athrú.

## Leibhéal 5: fíor nó déanta ag AI?

level-ai-fake-picture-title = Fíor nó déanta ag AI?
level-ai-fake-picture-instruction = Tapáil gach leid go bhféadfadh an pictiúr seo a bheith déanta ag AI nó nach bhfuil sé fíor.
level-ai-fake-picture-learned = Is féidir le AI pictiúir a dhéanamh a bhfuil cuma fhíor orthu. Lorg leideanna, seiceáil foinsí eile, agus fiafraigh de dhuine fásta nuair nach bhfuil tú cinnte.
level-ai-fake-picture-hint-1 = An gcuirfeadh an pictiúr seo iontas ort sa saol fíor?
level-ai-fake-picture-hint-2 = Is leideanna iad rudaí a chuireann iontas ort, rudaí atá rófhoirfe, mionsonraí míchearta agus brú le roinnt go tapa.
level-ai-fake-picture-hint-3 = Léigh an comhartha ar an mbus go cúramach.

ai-fake-picture-account = Postáilte ag: @pic_planet, inniu ag 10:02
ai-fake-picture-account-reason = Ní insíonn an t-ainm agus an t-am leo féin duit an bhfuil pictiúr fíor. Féach ar an bpictiúr féin.
ai-fake-picture-photo = Grianghraf: piongain chomh hard le bus scoile
ai-fake-picture-photo-reason = Is leid é pictiúr a chuireann an-iontas ort. Seiceáil an dtaispeánann an nuacht nó suíomh iontaofa é freisin.
ai-fake-picture-perfect = Tá cuma mhín fhoirfe ar gach rud, cosúil le bréagán
ai-fake-picture-perfect-reason = Is féidir le pictiúir déanta ag AI a bheith rófhoirfe. Is leid é, mar sin seiceáil sula gcreideann tú é.
ai-fake-picture-sign = Deir comhartha an bhus “BUS SOCILE”
ai-fake-picture-sign-reason = Is leid é mionsonraí nach bhfuil ceart, cosúil le litreacha measctha, go bhféadfadh pictiúr a bheith cumtha.
ai-fake-picture-caption = Fotheideal: FÍOR!!! Roinn sula scriostar é!
ai-fake-picture-caption-reason = Is comhartha rabhaidh é brú le roinnt go tapa. Is féidir le fíornuacht fanacht fad is a sheiceálann tú.
ai-fake-picture-question = Trácht: Cén suíomh nuachta a bhfuil sé seo air?
ai-fake-picture-question-reason = Ceist mhaith! Is é an rud ceart é foinsí eile a sheiceáil.
ai-fake-picture-comment = Trácht: Níl piongain chomh mór sin!
ai-fake-picture-comment-reason = Tá an ceart ag an trácht seo amhras a bheith air. Is seiceáil mhaith é an méid atá ar eolas agat a úsáid.

## Leibhéal 6: an iad atá ann i ndáiríre?

level-ai-voice-message-title = An iad atá ann i ndáiríre?
level-ai-voice-message-instruction = Is féidir guthanna agus físeáin a dhéanamh le AI. Cad a dhéanfaidh tú?
level-ai-voice-message-learned = Is féidir le AI guthanna agus aghaidheanna a chóipeáil. Má iarrann teachtaireacht cóid, airgead nó clic tapa, seiceáil ar bhealach eile agus inis do dhuine fásta.
level-ai-voice-message-hint-1 = An gcruthaíonn guth a bhfuil fuaim cheart air cé atá ag caint?
level-ai-voice-message-hint-2 = Seiceáil leis an duine ar bhealach eile, ní tríd an teachtaireacht a fhreagairt.
level-ai-voice-message-hint-3 = Maidir leis an amhránaí: déarfadh a leathanach féin é freisin.

ai-voice-message-cousin-prompt = Tá teachtaireacht ghutha cosúil le do chol ceathrar Leo: “Chaill mé m'fhón! Seol cód bainc do thuismitheoirí chugam, go tapa!”
ai-voice-message-cousin-send = Seol é: is den teaghlach Leo agus tá imní air
ai-voice-message-cousin-send-reason = Is féidir le AI guth a chóipeáil ó ghearrthóg ghearr. Agus ní iarrfadh fíorchol ceathrar cód bainc.
ai-voice-message-cousin-check = Seiceáil le Leo ar bhealach eile, le duine fásta
ai-voice-message-cousin-check-reason = Ceart. Ná bíodh muinín agat as an nguth amháin. Is féidir le duine fásta glaoch ar Leo ar an uimhir atá acu.
ai-voice-message-cousin-delete-after = Seol an cód, ach iarr air é a scriosadh ina dhiaidh
ai-voice-message-cousin-delete-after-reason = Nuair atá sé seolta, níl sé i do lámha a thuilleadh. Ná seol cóid riamh.
ai-voice-message-singer-prompt = Taispeánann físeán an t-amhránaí Mila Star ag rá: “Cliceáil ar an nasc seo agus faigh táibléad saor in aisce!”
ai-voice-message-singer-click = Cliceáil go tapa, sula mbeidh na táibléid imithe
ai-voice-message-singer-click-reason = Is comhartha rabhaidh é deifir. Is féidir físeáin mar seo a dhéanamh le AI chun bob a bhualadh ort.
ai-voice-message-singer-check = Seiceáil a leathanach féin agus an nuacht
ai-voice-message-singer-check-reason = Is ea. Mura ndeir a leathanach féin agus an nuacht é, is bréige an físeán.
ai-voice-message-singer-aunt = Iarr ar d'aintín cliceáil air ar do shon
ai-voice-message-singer-aunt-reason = Is é an nasc an fhadhb, cibé duine a chliceálann air. Seiceáil ar dtús, ansin taispeáin don duine fásta cén fáth.

## Leibhéal 7: cabhraíonn AI, socraíonn tusa

level-ai-you-decide-title = Cabhraíonn AI, socraíonn tusa
level-ai-you-decide-instruction = An bealach maith é seo le AI a úsáid don scoil, nó níl sé ceart?
level-ai-you-decide-learned = Is féidir le AI cabhrú leat foghlaim. Is tusa a dhéanann an smaoineamh, seiceálann tú a ndeir sé, agus leanann tú rialacha do scoile.
level-ai-you-decide-hint-1 = Fiafraigh: cé atá ag smaoineamh anseo, mise nó an AI?
level-ai-you-decide-hint-2 = Is maith AI a úsáid chun tuiscint a fháil nó chun cleachtadh. Ní maith a chuid oibre a thabhairt isteach mar d'obair féin.
level-ai-you-decide-hint-3 = Is úsáid mhaith é iarraidh air focal a mhíniú.

ai-you-decide-explain-word = Iarr air focal nach bhfuil ar eolas agat a mhíniú
ai-you-decide-explain-word-reason = Cabhraíonn AI a úsáid chun rud a thuiscint leat foghlaim. Seiceáil go bhfuil ciall leis.
ai-you-decide-copy-story = Tabhair isteach scéal a scríobh sé mar do scéal féin
ai-you-decide-copy-story-reason = Ní d'obair féin é sin, agus ní fhoghlaimíonn tú faic. Bí macánta faoin méid a rinne an AI.
ai-you-decide-quiz = Iarr ceisteanna tráth na gceist air chun cleachtadh
ai-you-decide-quiz-reason = Is féidir le cleachtadh lena cheisteanna cabhrú. Seiceáil na freagraí i do nótaí.
ai-you-decide-whole-homework = Lig dó d'obair bhaile go léir a dhéanamh duit
ai-you-decide-whole-homework-reason = Ansin scipeálann tú an smaoineamh atá i gceist leis an obair bhaile. Bain triail as tú féin ar dtús.
ai-you-decide-check-facts = Seiceáil a chuid fíricí i leabhar nó ar shuíomh iontaofa
ai-you-decide-check-facts-reason = Is féidir le AI a bheith mícheart. Is é an seiceáil an rud a dhéanann úsáideoir cliste.
ai-you-decide-fake-photo = Déan grianghraf bréige greannmhar de dhuine as do rang
ai-you-decide-fake-photo-reason = Is féidir le pictiúir bhréige d'fhíordhaoine iad a ghortú. Ná húsáid AI riamh chun magadh a dhéanamh faoi dhuine.
ai-you-decide-own-words = Faigh smaointe, ansin scríobh i d'fhocail féin
ai-you-decide-own-words-reason = Go maith: cabhraíonn na smaointe leat tosú, agus is leatsa an obair.
ai-you-decide-against-rules = Úsáid é nuair a dúirt do mhúinteoir gan é a úsáid
ai-you-decide-against-rules-reason = Is í do scoil a shocraíonn cathain is féidir AI a úsáid. Lean a rialacha.
