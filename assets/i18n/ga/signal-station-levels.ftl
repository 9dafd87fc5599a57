# Stáisiún na gComharthaí: imeachtaí. Ritheann cuid an imeachta léi féin gach uair a tharlaíonn an t-imeacht.
# Ainmnigh an chuid de réir a teidil: “Nuair a sheasann an robat ar lampa”; an cnaipe: “Athraigh an t-imeacht”.

## An chéad imeacht, dath, an t-imeacht ceart

level-signal-first-event-title = Lampaí anseo is ansiúd
level-signal-first-event-instruction = Las gach lampa, ansin stad ag an mbratach. Níl spás sa Phríomhchlár ach do 3 bhloc, mar sin ní féidir leis é a dhéanamh leis féin. Bain triail as an gcuid nua: “Nuair a sheasann an robat ar lampa”.
level-signal-first-event-learned = Is éard is imeacht ann ná rud a tharlaíonn, mar shampla an robat ag seasamh ar lampa. Ritheann na bloic in “Nuair a sheasann an robat ar lampa” gach uair a tharlaíonn sé. Ansin leanann an robat air leis an bPríomhchlár.
level-signal-first-event-hint-1 = Níl an fad céanna idir na lampaí. An gá don Phríomhchlár a fhios a bheith aige cá bhfuil gach lampa?
level-signal-first-event-hint-2 = Lig don Phríomhchlár tiomáint go dtí an bhratach, sin uile. Gach uair a sheasann an robat ar lampa, ritheann “Nuair a sheasann an robat ar lampa” leis féin.
level-signal-first-event-hint-3 = Cuir Las in “Nuair a sheasann an robat ar lampa”.

level-signal-blue-corners-title = Cúinní gorma
level-signal-blue-corners-instruction = Tiomáin go dtí an bhratach sa lár. Taispeánann na cearnóga gorma cá gcasann an bóthar. Níl spás sa Phríomhchlár ach do 3 bhloc.
level-signal-blue-corners-learned = Is féidir le dath a bheith ina imeacht freisin. Ritheann “Nuair a sheasann an robat ar ghorm” gach uair a thugann Ar aghaidh an robat ar chearnóg ghorm.
level-signal-blue-corners-hint-1 = Cén treo a gcasann an bóthar ag gach cearnóg ghorm? An é an treo céanna gach uair é?
level-signal-blue-corners-hint-2 = Ní dhéanann an Príomhchlár ach tiomáint chun tosaigh. Baineann na casanna le “Nuair a sheasann an robat ar ghorm”.
level-signal-blue-corners-hint-3 = Is é an Príomhchlár Athdhéan go deireadh, le Ar aghaidh istigh ann.

level-signal-which-event-title = Cén dath?
level-signal-which-event-instruction = Tiomáin go dtí an bhratach. Casann an bóthar ar clé ag roinnt cearnóg daite. Féach go géar ar na dathanna, ansin roghnaigh an t-imeacht ceart.
level-signal-which-event-learned = Roghnaíonn “Athraigh an t-imeacht” cad a fhreagraíonn an robat. Roghnaigh an t-imeacht a tharlaíonn díreach san áit a gcaithfidh an robat rud a dhéanamh.
level-signal-which-event-hint-1 = Cá gcasann an bóthar? Cén dath atá ar na cearnóga sin?
level-signal-which-event-hint-2 = Tá na cearnóga dearga ar chodanna díreacha. Thabharfadh casadh ansin isteach i gcaochbhealach thú. Tapáil “Athraigh an t-imeacht”.
level-signal-which-event-hint-3 = Cuir Cas ar clé in “Nuair a sheasann an robat ar ghlas”.

## Tuilleadh i gcuid an imeachta: dhá bhloc, an comhaireamh, ceisteanna, cúntóir

level-signal-corner-lamps-title = Lampaí sna cúinní
level-signal-corner-lamps-instruction = Tiomáin timpeall an fháinne uair amháin, las na ceithre lampa agus stad ag an mbratach taobh thiar den robat. Tá gach lampa i gcúinne.
level-signal-corner-lamps-learned = Is féidir níos mó ná bloc amháin a bheith i gcuid an imeachta. Gach uair a tharlaíonn an t-imeacht, ritheann a bloic go léir, ceann i ndiaidh a chéile.
level-signal-corner-lamps-hint-1 = Cad a chaithfidh an robat a dhéanamh i ngach cúinne?
level-signal-corner-lamps-hint-2 = Ag gach lampa tá dhá jab: an lampa a lasadh agus casadh. Téann an dá cheann in “Nuair a sheasann an robat ar lampa”.
level-signal-corner-lamps-hint-3 = Cuir Las in “Nuair a sheasann an robat ar lampa”. Cad eile a tharlaíonn i gcúinne?

level-signal-count-reds-title = An tríú cearnóg dhearg
level-signal-count-reds-instruction = Sroich an bhratach. Tá bóthar ar clé ag gach cearnóg dhearg, ach ní théann ach an tríú ceann go dtí an bhratach. Lig don robat na cearnóga dearga a chomhaireamh.
level-signal-count-reds-learned = Is féidir le cuid an imeachta an comhaireamh a úsáid freisin. Cuireann “Nuair a sheasann an robat ar dhearg” 1 leis ar gach cearnóg dhearg, mar sin ní gá don Phríomhchlár ach tiomáint.
level-signal-count-reds-hint-1 = Tá an chuma chéanna ar na trí chearnóg dhearga. Conas is féidir leis an robat a aithint cé acu an tríú ceann?
level-signal-count-reds-hint-2 = Gach uair a sheasann an robat ar dhearg, cuir 1 leis an gcomhaireamh. Nuair is 3 an comhaireamh, cas ar clé.
level-signal-count-reds-hint-3 = Tosaíonn “Nuair a sheasann an robat ar dhearg” le Cuir 1 leis an gcomhaireamh.

level-signal-winding-road-title = An bóthar casta
level-signal-winding-road-instruction = Lean an bóthar casta, las gach lampa agus sroich an bhratach. Níl na lampaí sna cúinní.
level-signal-winding-road-learned = Is féidir leis an bPríomhchlár agus le cuid an imeachta jab amháin an ceann a dhéanamh. Anseo leanann an Príomhchlár an bóthar, agus lasann “Nuair a sheasann an robat ar lampa” na lampaí ar an mbealach.
level-signal-winding-road-hint-1 = Cén treo a gcasann an bóthar i ngach cúinne?
level-signal-winding-road-hint-2 = Tiomáineann an Príomhchlár chun tosaigh agus casann sé ar dheis cibé áit a bhfuil bealach ar dheis. Is jab do “Nuair a sheasann an robat ar lampa” iad na lampaí.
level-signal-winding-road-hint-3 = Sa Phríomhchlár, taobh istigh d'Athdhéan go deireadh: Ar aghaidh, ansin Má bealach ar dheis.

level-signal-fix-the-event-title = An t-imeacht mícheart
level-signal-fix-the-event-instruction = Ar gach cearnóg ghorm ba cheart don robat casadh sa treo a dtéann an bóthar. Ach casann sé róluath agus tiomáineann sé isteach i mballa. Deisigh an ríomhchlár.
level-signal-fix-the-event-learned = Má dhéanann cuid imeachta an rud ceart ag an am mícheart, seiceáil a himeacht ar dtús. Is féidir le tapáil amháin ar “Athraigh an t-imeacht” é a dheisiú.
level-signal-fix-the-event-hint-1 = Tapáil Céim agus féach. Cén chearnóg ar a gcasann an robat den chéad uair?
level-signal-fix-the-event-hint-2 = Tá bloic chuid an imeachta ceart. Ní dhéanann siad ach rith ar na cearnóga míchearta.
level-signal-fix-the-event-hint-3 = Léigh an teideal os cionn an Má … seachas sin. An é sin an rud a tharlaíonn sna cúinní?

level-signal-side-steps-title = Céimeanna taoibh
level-signal-side-steps-instruction = Sroich an bhratach. Ag gach cearnóg dhearg bogann an bóthar cearnóg amháin, ar thaobh na láimhe deise den robat. Níl spás in “Nuair a sheasann an robat ar dhearg” ach do 2 bhloc.
level-signal-side-steps-learned = Is féidir le cuid an imeachta glaoch ar chúntóir, díreach cosúil leis an bPríomhchlár. Ritheann bloic an chúntóra, agus ansin leanann an robat air leis an bPríomhchlár.
level-signal-side-steps-hint-1 = Cad a dhéanann an robat ar chearnóg dhearg chun an chéad chuid eile den bhóthar a bhaint amach?
level-signal-side-steps-hint-2 = Teastaíonn trí bhloc do chéim taoibh, ach níl spás i gcuid an imeachta ach do 2. Tóg an chéim taoibh i gCúntóir 1 agus glaoigh air ó “Nuair a sheasann an robat ar dhearg”.
level-signal-side-steps-hint-3 = Tosaíonn Cúntóir 1 le Cas ar dheis.
