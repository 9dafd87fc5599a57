# An domhan “Duga na nGléasanna”: aire a thabhairt do do tháibléad nó d'fhón, agus duit féin. Is cumtha iad na haipeanna, na comhlachtaí agus na seoltaí.

world-device-dock = Duga na nGléasanna

## Leibhéal 1: nuashonruithe agus preabfhuinneoga

level-device-update-title = Am nuashonraithe
level-device-update-instruction = Taispeánann do tháibléad teachtaireacht. Roghnaigh an rud is fearr le déanamh.
level-device-update-learned = Tagann fíornuashonruithe ó shocruithe do tháibléid agus coinníonn siad slán é. Is cleasanna iad preabfhuinneoga a chuireann eagla ort.
level-device-update-hint-1 = Cá as a dtagann an teachtaireacht: ón táibléad féin nó ó leathanach gréasáin?
level-device-update-hint-2 = Deisíonn nuashonruithe laigí. Ní féidir le leathanach gréasáin féachaint isteach i do tháibléad.
level-device-update-hint-3 = Is fíornuashonrú é teachtaireacht ón táibléad féin. Má shuiteálann tú é, coinnítear an táibléad slán.

device-update-system-prompt = Deir do tháibléad: “Tá nuashonrú córais réidh. Suiteáil anois?”
device-update-system-ignore = Déan neamhaird de go deo. Tá nuashonruithe leadránach.
device-update-system-ignore-reason = Deisíonn nuashonruithe laigí a d'fhéadfadh drochbhogearraí a úsáid. Gan iad, níl do tháibléad chomh slán.
device-update-system-install = Suiteáil é, nó iarr ar dhuine fásta cabhrú.
device-update-system-install-reason = Tagann an teachtaireacht seo ón táibléad féin. Coinníonn nuashonruithe slán é agus ag obair go maith.
device-update-system-switch-off = Múch an táibléad ionas go stopfaidh sé ag fiafraí.
device-update-system-switch-off-reason = Fiafróidh an nuashonrú arís níos déanaí. Is é a shuiteáil an bealach chun do tháibléad a choinneáil slán.

device-update-popup-prompt = Tagann leathanach gréasáin aníos: “Tá 5 víreas ar do tháibléad! Íoslódáil CleanerPro anois!”
device-update-popup-download = Íoslódáil CleanerPro go tapa.
device-update-popup-download-reason = Is cleas é seo. D'fhéadfadh gurb é an t-íoslódáil féin an drochbhogearra.
device-update-popup-ok-button = Tapáil “OK” sa phreabfhuinneog chun í a chur as an mbealach.
device-update-popup-ok-button-reason = Is féidir le cnaipí i bpreabfhuinneog bhréige íoslódáil a thosú. Dún an leathanach ar fad ina ionad.
device-update-popup-close = Dún an leathanach agus inis do dhuine fásta.
device-update-popup-close-reason = Ní féidir le leathanach gréasáin féachaint isteach i do tháibléad, mar sin is cumtha iad na víris. Is sábháilte an leathanach a dhúnadh.

device-update-battery-prompt = Tá an nuashonrú ag iarraidh tosú, ach tá an ceallra ag 5%.
device-update-battery-charge = Luchtaigh ar dtús, ansin nuashonraigh.
device-update-battery-charge-reason = Teastaíonn cumhacht ó nuashonrú go dtí go mbíonn sé críochnaithe. Leis an luchtaire isteach, is féidir leis críochnú go sábháilte.
device-update-battery-start = Tosaigh anois é, agus iarr ar dhuine fásta faire air.
device-update-battery-start-reason = Ní chabhraíonn faire má ritheann an ceallra amach sa lár: d'fhéadfadh an nuashonrú dul amú. Luchtaigh ar dtús.
device-update-battery-cancel = Cealaigh é agus ná nuashonraigh arís go deo.
device-update-battery-cancel-reason = Tá an nuashonrú fós tábhachtach do shábháilteacht do tháibléid. Luchtaigh é ar dtús, sin uile.

## Leibhéal 2: cad is féidir le haip tóirse a úsáid

device-bin-makes-sense = Tá ciall leis
device-bin-no-sense = Níl ciall leis

level-device-permissions-title = An aip tóirse
level-device-permissions-instruction = Osclaíonn tú aip tóirse nua. Agus í ag rith, iarrann sí cead na rudaí seo a úsáid. An bhfuil ciall leis?
level-device-permissions-learned = Iarrann aipeanna cead agus tú á n-úsáid. Tapáil “Ná ceadaigh” don rud nach dteastaíonn ó aip. Is féidir leat é a athrú níos déanaí sna Socruithe.
level-device-permissions-hint-1 = Cad a theastaíonn ó aip tóirse chun a jab a dhéanamh?
level-device-permissions-hint-2 = Ní gá do thóirse ach solas a dhéanamh. Níl aon rud eile mar chuid dá jab.
level-device-permissions-hint-3 = Níl baint ar bith ag tóirse le do theagmhálaithe.

device-permissions-camera-light = An solas in aice leis an gceamara a chasadh air
device-permissions-camera-light-reason = Is é an solas beag sin an tóirse. Teastaíonn sé ón aip chun a jab a dhéanamh.
device-permissions-contacts = Rochtain ar do theagmhálaithe
device-permissions-contacts-reason = Ní theastaíonn ainmneacha ná uimhreacha do chairde ó thóirse. Tapáil “Ná ceadaigh”.
device-permissions-location = Rochtain ar shuíomh an ghléis seo
device-permissions-location-reason = Oibríonn tóirse mar an gcéanna i ngach áit. Ní gá dó a fhios a bheith aige cá bhfuil tú.
device-permissions-screen-bright = An scáileán a dhéanamh geal bán
device-permissions-screen-bright-reason = Lasann roinnt tóirsí an scáileán ar fad. Is cuid de bheith i do thóirse é sin.
device-permissions-microphone = Fuaim a thaifeadadh
device-permissions-microphone-reason = Ní gá do thóirse tú a chloisteáil. Tapáil “Ná ceadaigh”: oibríonn an tóirse fós.
device-permissions-notifications = Fógraí a sheoladh chugat
device-permissions-notifications-reason = Níl aon rud le hinsint ag tóirse duit. Ní bheadh sna fógraí ach fógraíocht nó meabhrúcháin chun í a oscailt.
device-permissions-photos = Rochtain ar ghrianghraif agus ar fhíseáin ar an ngléas seo
device-permissions-photos-reason = Tá do ghrianghraif príobháideach. Ní theastaíonn siad ó thóirse chun solas a dhéanamh.

## Leibhéal 3: rabhadh bréige faoi víreas

level-device-fake-virus-title = Aláram víris!
level-device-fake-virus-instruction = Tapáil gach bratach dhearg ar an leathanach gréasáin seo.
level-device-fake-virus-learned = Ní féidir le leathanach gréasáin víris a aimsiú ar do tháibléad. Dún leathanaigh scanrúla agus inis do dhuine fásta.
level-device-fake-virus-hint-1 = Tosaigh ag an mbarr. Cé leis an leathanach seo?
level-device-fake-virus-hint-2 = Bíonn rabhaidh bhréige ag béicíl, cuireann siad brú ort, agus bíonn siad ag iarraidh ort rud a íoslódáil nó glaoch.
level-device-fake-virus-hint-3 = Is bratach dhearg amháin é an rabhadh mór atá ag splancadh. Tá ceithre cinn eile ar an leathanach.

device-fake-virus-address = tablet-safety-scan.example/alert
device-fake-virus-address-reason = Is leathanach gréasáin randamach é seo, ní do tháibléad. Ní féidir le leathanach gréasáin do tháibléad a scanadh le haghaidh víreas.
device-fake-virus-warning = Dearg ag splancadh: RABHADH! 5 VÍREAS AIMSITHE!
device-fake-virus-warning-reason = Tá splancadh agus litreacha móra ag iarraidh eagla a chur ort ionas go stopfaidh tú ag smaoineamh. Is cumtha iad na víris.
device-fake-virus-picture = Pictiúr: táibléad le sciath ghorm
device-fake-virus-picture-reason = Ní bratach dhearg é pictiúr leis féin. Léigh na focail timpeall air.
device-fake-virus-countdown = Déan rud éigin i 60 soicind!
device-fake-virus-countdown-reason = Tá an clog ag iarraidh ort brostú. Cuireann cleasaithe brú ort ionas nach gcuirfidh tú ceist ar aon duine.
device-fake-virus-download = Íoslódáil CleanerPro.apk chun do tháibléad a ghlanadh
device-fake-virus-download-reason = D'fhéadfadh an t-íoslódáil seo a bheith ina dhrochbhogearra. Ná faigh aipeanna ach ón siopa oifigiúil aipeanna, le duine fásta.
device-fake-virus-phone = Nó glaoigh ar ár n-uimhir chabhrach anois!
device-fake-virus-phone-reason = Ní iarrann fíordhéantóirí táibléad ort glaoch ó leathanach gréasáin. Ná glaoigh riamh ar uimhir mar sin.
device-fake-virus-menu = Cabhair · Fúinn · Teagmháil
device-fake-virus-menu-reason = Bíonn naisc roghchláir ar fhormhór na leathanach gréasáin. Ní bratach dhearg iad leo féin.

## Leibhéal 4: aip nua a fháil go sábháilte

level-device-install-app-title = Aip nua
level-device-install-app-instruction = Ba mhaith leat cluiche nua, agus dúirt duine fásta “is ea”. Cuir na céimeanna san ord ina dtarlaíonn siad.
level-device-install-app-learned = Faigh aipeanna ón siopa oifigiúil agus seiceáil an rátáil aoise agus Sábháilteacht sonraí ar dtús. Nuair atá sí suiteáilte, ná ceadaigh ach an méid a theastaíonn ón aip.
level-device-install-app-hint-1 = Cá as a dtagann aipeanna sábháilte?
level-device-install-app-hint-2 = Ní féidir leat léamh faoi aip go dtí go n-aimsíonn tú í, agus ní féidir léi rudaí a iarraidh ort go dtí go bhfuil sí suiteáilte.
level-device-install-app-hint-3 = Tosaigh sa siopa oifigiúil aipeanna. Tá an rátáil aoise agus Sábháilteacht sonraí ar leathanach na haipe.

device-install-app-store = Oscail an siopa oifigiúil aipeanna (Play Store).
device-install-app-store-reason = Déan é seo ar dtús. Seiceáiltear aipeanna sa siopa oifigiúil le haghaidh bogearraí díobhálacha. Is féidir le haipeanna ó áiteanna eile iad a cheilt.
device-install-app-read = Ar leathanach na haipe, seiceáil an rátáil aoise agus Sábháilteacht sonraí.
device-install-app-read-reason = Ansin é seo. Insíonn an rátáil aoise (PEGI i bhformhór na hEorpa) cé dó an aip. Faoi Sábháilteacht sonraí insíonn a déantóirí cé na sonraí a bhailíonn agus a roinneann sí.
device-install-app-install = Tapáil “Suiteáil”.
device-install-app-install-reason = Anois suiteáil í, nuair atá a leathanach léite agat. Roimhe seo, ní raibh an aip in ann rud ar bith a iarraidh ort.
device-install-app-say-no = Oscail an aip. Ná ceadaigh ach an méid a theastaíonn uaithi.
device-install-app-say-no-reason = Iarrann aipeanna agus tú á n-úsáid, ní roimh ré. Tapáil “Ná ceadaigh” don rud nach dteastaíonn uaithi. Is féidir leat é a athrú níos déanaí sna Socruithe.
device-install-app-check = Níl tú á húsáid a thuilleadh? Scrios í.
device-install-app-check-reason = Déan é seo ag an deireadh. Tógann aip nach n-úsáideann tú spás fós agus d'fhéadfadh do shonraí a bheith aici fós.

## Leibhéal 5: cothromaíocht

level-device-screen-time-title = Am sosa?
level-device-screen-time-instruction = Roghnaigh an rud is fearr duitse agus do do chorp.
level-device-screen-time-learned = Is tábhachtaí sosanna, codladh agus fíorchairde ná aon duais chluiche ná sraith.
level-device-screen-time-hint-1 = Smaoinigh ar do shúile, ar do chodladh agus ar do chuid ama.
level-device-screen-time-hint-2 = Déanann cluichí agus aipeanna iarracht tú a choinneáil ar an scáileán. Is tusa a shocraíonn cathain a stopfaidh tú.
level-device-screen-time-hint-3 = Maidir leis an gcófra: is tábhachtaí codladh ná aon duais chluiche.

device-screen-time-eyes-prompt = Tá tú ag imirt le dhá uair an chloig. Tá tuirse ar do shúile.
device-screen-time-eyes-one-more = Iarr uair eile ar dhuine fásta, ansin glac sos.
device-screen-time-eyes-one-more-reason = Teastaíonn sos ó shúile tuirseacha anois, ní i gceann uaire, fiú má deir duine fásta “is ea”. Éist le do chorp.
device-screen-time-eyes-break = Glac sos: féach i bhfad uait agus bog thart.
device-screen-time-eyes-break-reason = Tugann féachaint i bhfad uait sos do do shúile, agus is maith bogadh do do chorp.
device-screen-time-eyes-brighter = Déan an scáileán níos gile agus lean ort.
device-screen-time-eyes-brighter-reason = Ní chabhraíonn scáileán níos gile le súile tuirseacha. Teastaíonn sos uathu ón scáileán.

device-screen-time-chest-prompt = Deir cluiche: “Tar ar ais i gceann 10 nóiméad le haghaidh cófra saor in aisce!” Tá sé in am leapa.
device-screen-time-chest-stay-up = Fan i do shuí 10 nóiméad eile don chófra.
device-screen-time-chest-stay-up-reason = Úsáideann cluichí duaiseanna beaga chun tú a choinneáil ag imirt. Is minic a éiríonn deich nóiméad níos faide.
device-screen-time-chest-alarm = Socraigh aláram chun éirí san oíche dó.
device-screen-time-chest-alarm-reason = Briseann dúiseacht do chluiche do chodladh. Beidh tuirse ort amárach.
device-screen-time-chest-sleep = Téigh a chodladh. Fanfaidh an cófra.
device-screen-time-chest-sleep-reason = Cabhraíonn codladh leat fás, foghlaim agus mothú go maith. Ní fiú codladh a chailleadh riamh ar son duais chluiche.

device-screen-time-streak-prompt = Tá cara ag iarraidh go gcoinneofá sraith comhrá gach lá. Inniu tá tú an-ghnóthach.
device-screen-time-streak-tell = Abair: “Táim gnóthach inniu, labhróimid go luath!”
device-screen-time-streak-tell-reason = Tuigeann fíorchara. Úsáideann aipeanna sraitheanna chun go dtiocfá ar ais, ach ní theastaíonn sraith ó chairdeas.
device-screen-time-streak-homework = Stop d'obair bhaile chun an tsraith a choinneáil.
device-screen-time-streak-homework-reason = Is tábhachtaí d'obair bhaile ná uimhir in aip. Ní fiú an strus an tsraith.
device-screen-time-streak-password = Tabhair do phasfhocal do do chara ar son na sraithe.
device-screen-time-streak-password-reason = Ná roinn do phasfhocal riamh, fiú le cara maith. Is é eochair do chuntais é.
