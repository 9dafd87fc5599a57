# Cuan na nUimhreacha: lúba agus Má i gcúntóirí, cúntóirí a fhaigheann uimhir, agus comhaireamh an robait.

## Lúba agus Má i gcúntóirí

level-number-loop-in-helper-title = Lúb i gcúntóir
level-number-loop-in-helper-instruction = Las na trí lampa ag foircinn na dtaobhanna fada. Níl spás sa Phríomhchlár ach do 3 bhloc, agus i gCúntóir 1 ach do 4.
level-number-loop-in-helper-learned = Is féidir lúb a chur i gcúntóir. Gach uair a ghlaonn an Príomhchlár ar an gcúntóir, ritheann a lúb arís ón tús.
level-number-loop-in-helper-hint-1 = Tá na trí thaobh cosúil lena chéile: an fad céanna, le lampa agus casadh ag an deireadh. Cad a dhéanann an robat ar thaobh amháin?
level-number-loop-in-helper-hint-2 = Ní luíonn ceithre bhloc Ar aghaidh agus casadh i gCúntóir 1. Cuir Athdhéan taobh istigh den chúntóir ina ionad.
level-number-loop-in-helper-hint-3 = Cúntóir 1: Athdhéan 4 huaire le Ar aghaidh istigh ann, ansin Cas ar dheis.

level-number-round-the-basin-title = Timpeall an duga
level-number-round-the-basin-instruction = Las gach lampa timpeall dhuga an chuain. Níl spás sa Phríomhchlár ach do bhloc amháin, mar sin caithfidh Cúntóir 1 glaoch air féin.
level-number-round-the-basin-learned = Is féidir lúb a bheith i gcúntóir agus fós is féidir leis glaoch air féin. Déanann an lúb taobh amháin, agus tosaíonn an glaoch an chéad taobh eile.
level-number-round-the-basin-hint-1 = Tá an chuma chéanna ar gach taobh. Cé mhéad lampa atá ar thaobh amháin?
level-number-round-the-basin-hint-2 = Seo taobh amháin: trí huaire Ar aghaidh agus Las, ansin casadh. Tóg é sin i gCúntóir 1 le lúb, agus lig do Chúntóir 1 glaoch air féin ag an deireadh.
level-number-round-the-basin-hint-3 = Tosaíonn Cúntóir 1 leis an mbloc Athdhéan 3 huaire, le Ar aghaidh agus Las istigh ann.

level-number-if-in-helper-title = Cúinní dearga
level-number-if-in-helper-instruction = Las na lampaí go léir feadh bhalla an chuain. Ar chearnóg dhearg casann an bóthar ar clé. Níl spás sa Phríomhchlár ach do 3 bhloc.
level-number-if-in-helper-learned = Is féidir Má a chur i gcúntóir. Gach uair a ritheann an cúntóir, cuireann sé a cheist arís, mar sin oireann cúntóir amháin do bhóithre díreacha agus do chúinní araon.
level-number-if-in-helper-hint-1 = Bíonn dhá chéim i gcónaí ó lampa amháin go dtí an chéad cheann eile. Uaireanta bíonn an chearnóg eatarthu dearg.
level-number-if-in-helper-hint-2 = Lig do Chúntóir 1 an robat a thabhairt ó lampa amháin go dtí an chéad cheann eile. Ar an mbealach, fiafraíonn sé: an bhfuil mé ar dhearg? Lasann an Príomhchlár an lampa agus athdhéanann sé go deireadh.
level-number-if-in-helper-hint-3 = Tosaíonn Cúntóir 1 le Ar aghaidh, ansin Má ar dhearg.

## Cúntóirí le huimhir

level-number-walk-n-title = Siúil n cearnóg
level-number-walk-n-instruction = Sroich an bhratach. Tá faid éagsúla ar chodanna díreacha an bhóthair, agus níl spás sa Phríomhchlár ach do 5 bhloc. Úsáid Cúntóir 1 le huimhir.
level-number-walk-n-learned = Is féidir leat uimhir a thabhairt do chúntóir nuair a ghlaonn tú air. Taobh istigh den chúntóir, athdhéanann Athdhéan n uair chomh minic agus a deir an uimhir sin.
level-number-walk-n-hint-1 = Comhair cearnóga gach coda dírí den bhóthar.
level-number-walk-n-hint-2 = I gCúntóir 1, cuir Ar aghaidh taobh istigh d'Athdhéan n uair. Ansin siúlann Cúntóir 1 le 3 trí chearnóg, agus Cúntóir 1 le 6 sé chearnóg.
level-number-walk-n-hint-3 = Tosaíonn an Príomhchlár le Cúntóir 1 le 3, ansin Cas ar dheis.

level-number-spiral-title = An bíseach
level-number-spiral-instruction = Lean an bíseach go dtí an bhratach sa lár. Tá gach cuid dhíreach cearnóg amháin níos giorra ná an ceann roimhe.
level-number-spiral-learned = Fanann an cúntóir mar an gcéanna, agus ní athraíonn ach a uimhir ó ghlaoch go glaoch. Ní insíonn an Príomhchlár ach cé chomh fada.
level-number-spiral-hint-1 = Cé chomh fada is atá gach cuid dhíreach? Cad a dhéanann an robat ag deireadh gach ceann acu?
level-number-spiral-hint-2 = Is féidir le Cúntóir 1 n cearnóg a shiúl agus ansin casadh. Glaonn an Príomhchlár air ceithre huaire, le huimhir níos lú gach uair.
level-number-spiral-hint-3 = Críochnaíonn Cúntóir 1 le Cas ar dheis.

level-number-lamp-rows-title = Rónna lampaí
level-number-lamp-rows-instruction = Las an ró de 5 lampa agus an ró de 3 lampa. Níl spás sa Phríomhchlár ach do 3 bhloc.
level-number-lamp-rows-learned = Ní gá don uimhir céimeanna a chomhaireamh. Anseo comhaireann sí lampaí: lasann Cúntóir 1 le 5 cúig lampa.
level-number-lamp-rows-hint-1 = Do gach lampa, bogann an robat air agus lasann sé é.
level-number-lamp-rows-hint-2 = Cuir Ar aghaidh agus Las taobh istigh d'Athdhéan n uair. Ansin insíonn n cé mhéad lampa a lasann Cúntóir 1.
level-number-lamp-rows-hint-3 = Príomhchlár: Cúntóir 1 le 5, ansin Cas ar dheis, ansin bloc amháin eile.

## Comhaireamh an robait

level-number-third-opening-title = An tríú hoscailt
level-number-third-opening-instruction = Is é an tríú hoscailt ar dheis an bealach go dtí an bhratach. Lig don robat na hoscailtí a théann sé tharstu a chomhaireamh.
level-number-third-opening-learned = Tá comhaireamh ag an robat a thosaíonn ag 0. Cuireann Cuir 1 leis an gcomhaireamh a haon leis, agus fiafraíonn Má comhaireamh = 3 cé mhéad uair a tharla sé.
level-number-third-opening-hint-1 = Ní théann an chéad dá oscailt ar dheis ach ar ais go dtí an bóthar. Ní théann ach an tríú ceann go dtí an bhratach.
level-number-third-opening-hint-2 = Gach uair a bhfuil bealach ar dheis, cuir 1 leis an gcomhaireamh. Ná cas ar dheis ach nuair is 3 an comhaireamh.
level-number-third-opening-hint-3 = Taobh istigh d'Athdhéan go deireadh: Ar aghaidh, ansin Má bealach ar dheis.

level-number-counting-helper-title = Cúntóir a chomhaireann
level-number-counting-helper-instruction = Tóg an tríú hoscailt ar dheis chun an bhratach a shroicheadh. Níl spás sa Phríomhchlár ach do 4 bhloc, mar sin caithfidh Cúntóir 1 an comhaireamh a dhéanamh.
level-number-counting-helper-learned = Roinneann an Príomhchlár agus na cúntóirí comhaireamh amháin. Is féidir le cúntóir cur leis agus ceist a chur faoi, agus fanann an comhaireamh nuair a chríochnaíonn an cúntóir.
level-number-counting-helper-hint-1 = An uair seo tiomáineann an robat ar clé, mar sin is é barr an chláir a thaobh deas.
level-number-counting-helper-hint-2 = Tiomáineann an Príomhchlár agus fiafraíonn sé: an bhfuil bealach ar dheis? Má tá, glaonn sé ar Chúntóir 1. Comhaireann Cúntóir 1, agus casann sé ar dheis nuair is 3 an comhaireamh.
level-number-counting-helper-hint-3 = Tosaíonn Cúntóir 1 le Cuir 1 leis an gcomhaireamh.

level-number-second-red-title = An dara cearnóg dhearg
level-number-second-red-instruction = Sroich an bhratach. Cas ar clé ag an dara cearnóg dhearg, ní ag an gcéad cheann.
level-number-second-red-learned = Is féidir leis an gcomhaireamh rud ar bith a chomhaireamh ar féidir leis an robat ceist a chur faoi: oscailtí, dathanna agus tuilleadh.
level-number-second-red-hint-1 = Tá bóthar ar clé ag an dá chearnóg dhearga. Cé acu a théann go dtí an bhratach?
level-number-second-red-hint-2 = Ar gach cearnóg dhearg, cuir 1 leis an gcomhaireamh. Ná cas ar clé ach nuair is 2 an comhaireamh.
level-number-second-red-hint-3 = Taobh istigh d'Athdhéan go deireadh: Ar aghaidh, ansin Má ar dhearg.

level-number-fix-the-count-title = Comhair arís
level-number-fix-the-count-instruction = Ba cheart don robat casadh ar clé ag gach dara cearnóg dhearg. Casann sé ag an dara ceann, ach ag an gceathrú ceann tiomáineann sé isteach i mballa. Deisigh an ríomhchlár.
level-number-fix-the-count-learned = Fásann comhaireamh go dtí go socraíonn tú ar ais é. Tosaíonn Socraigh an comhaireamh ar 0 babhta nua comhairimh.
level-number-fix-the-count-hint-1 = Tapáil Céim agus féach ar an gcomhaireamh in aice le huimhir na céime. Cad é an comhaireamh ar an gceathrú cearnóg dhearg?
level-number-fix-the-count-hint-2 = I ndiaidh an chéad chasaidh, ba cheart don robat comhaireamh ó 0 arís.
level-number-fix-the-count-hint-3 = Féach ar cad a tharlaíonn díreach i ndiaidh don robat casadh ar clé.
