# Na domhain chódaithe agus a leibhéil. In aghaidh an leibhéil: teideal, an tasc, an rud a foghlaimíodh, trí leid.
# Ainmneacha na mbloc mar a thaispeánann an cluiche iad: Ar aghaidh, Cas ar clé, Cas ar dheis, Las, Athdhéan,
# Athdhéan go deireadh, Má, Má … seachas sin, Cúntóir 1, Cúntóir 2; an gnáthamh: Príomhchlár.

world-robot-road = Bóthar na Robat
world-loop-lagoon = Murlach na Lúb
world-helper-hills = Cnoic na gCúntóirí
world-choice-canyon = Canán na Rogha
world-sensor-springs = Fuaráin na mBraiteoirí
world-number-harbour = Cuan na nUimhreacha
world-signal-station = Stáisiún na gComharthaí
world-bug-bay = Bá na bhFabhtanna

## Bóthar na Robat

level-robot-first-steps-title = Na chéad chéimeanna
level-robot-first-steps-instruction = Tóg ríomhchlár a thugann an robat go dtí an bhratach. Ansin tapáil Rith.
level-robot-first-steps-learned = Is liosta céimeanna é ríomhchlár. Déanann an robat iad ceann ar cheann, in ord.
level-robot-first-steps-hint-1 = Féach ar an mbratach. Cén treo a bhfuil an robat ag féachaint anois?
level-robot-first-steps-hint-2 = Bogann Ar aghaidh an robat cearnóg amháin. Casann Cas ar dheis é san áit a bhfuil sé.
level-robot-first-steps-hint-3 = Tosaigh le: Ar aghaidh, Ar aghaidh, Cas ar dheis.

level-robot-turn-left-title = Cas ar clé
level-robot-turn-left-instruction = Tabhair an robat go dtí an bhratach. An uair seo caithfidh sé casadh ar clé.
level-robot-turn-left-learned = Athraíonn Cas ar clé agus Cas ar dheis an treo a bhfuil an robat ag féachaint. Ní bhogann siad é.
level-robot-turn-left-hint-1 = Tá an robat ag féachaint suas. Cá gcasann an bóthar?
level-robot-turn-left-hint-2 = I ndiaidh Cas ar clé, bogann Ar aghaidh an robat sa treo nua.
level-robot-turn-left-hint-3 = Tosaigh le: Ar aghaidh, Ar aghaidh, Cas ar clé.

level-robot-zigzag-title = Céimeanna sigseag
level-robot-zigzag-instruction = Téigh síos na céimeanna go dtí an bhratach. Casann an bóthar i ndiaidh gach céime.
level-robot-zigzag-learned = Níl i mbóthar fada ach céimeanna beaga agus casanna, ceann i ndiaidh a chéile.
level-robot-zigzag-hint-1 = Lean an bóthar le do mhéar. Comhair na casanna.
level-robot-zigzag-hint-2 = Cas ar dheis chun dul síos. Cas ar clé chun dul trasna arís.
level-robot-zigzag-hint-3 = Tosaigh le: Ar aghaidh, Cas ar dheis, Ar aghaidh, Cas ar clé.

level-robot-around-rocks-title = Timpeall an bhalla
level-robot-around-rocks-instruction = Tá balla sa bhealach. Tiomáin timpeall air chun an bhratach a bhaint amach.
level-robot-around-rocks-learned = Nuair atá an bealach blocáilte, is féidir leat cosán timpeall air a phleanáil.
level-robot-around-rocks-hint-1 = Ní féidir leis an robat dul díreach go dtí an bhratach. Cá bhfuil an bealach timpeall?
level-robot-around-rocks-hint-2 = Téigh suas ar dtús, ansin trasna, ansin síos.
level-robot-around-rocks-hint-3 = Tosaigh le: Ar aghaidh, Ar aghaidh, Cas ar dheis.

level-robot-fix-the-path-title = Deisigh an cosán
level-robot-fix-the-path-instruction = Tá fabht sa ríomhchlár seo: buaileann an robat balla. Féach air le Céim, ansin deisigh an ríomhchlár.
level-robot-fix-the-path-learned = Is botún i ríomhchlár é fabht. Is féidir le bloc amháin sa bhreis an robat a chur isteach i mballa. Bain amach é, agus oibríonn an ríomhchlár.
level-robot-fix-the-path-hint-1 = Tapáil Céim chun bloc amháin a rith ag an am. Cá mbuaileann an robat an balla?
level-robot-fix-the-path-hint-2 = Téann an robat cearnóg amháin rófhada sula gcasann sé. Tá bloc amháin sa bhreis.
level-robot-fix-the-path-hint-3 = Tagann an bloc breise roimh an gcéad chasadh.

level-robot-first-lamp-title = Solas!
level-robot-first-lamp-instruction = Tiomáin go dtí an lampa. Ansin úsáid an bloc Las chun é a lasadh.
level-robot-first-lamp-learned = Ní oibríonn Las ach nuair a sheasann an robat ar lampa.
level-robot-first-lamp-hint-1 = Cé mhéad cearnóg uait atá an lampa?
level-robot-first-lamp-hint-2 = Ar dtús caithfidh an robat seasamh ar an lampa. Ansin lasann Las é.
level-robot-first-lamp-hint-3 = Tá an lampa trí chearnóg os comhair an robait.

level-robot-two-lamps-title = Dhá lampa
level-robot-two-lamps-instruction = Las an dá lampa. Níl aon bhratach ann: tá an jab déanta nuair atá gach lampa lasta.
level-robot-two-lamps-learned = Is féidir leis an robat jab a dhéanamh ar an mbealach: stad, las an lampa, ansin lean ort.
level-robot-two-lamps-hint-1 = Téann tú thar an gcéad lampa ar do bhealach go dtí an dara ceann.
level-robot-two-lamps-hint-2 = Cuir Las díreach i ndiaidh an bhloic a thugann an robat ar lampa.
level-robot-two-lamps-hint-3 = Tosaigh le: Ar aghaidh, Ar aghaidh, Las.

level-robot-lamps-and-flag-title = Lampaí agus bratach
level-robot-lamps-and-flag-instruction = Las an dá lampa. Ansin téigh go dtí an bhratach.
level-robot-lamps-and-flag-learned = Is féidir go mbeadh roinnt codanna i jab. Caithfidh an robat iad go léir a chríochnú.
level-robot-lamps-and-flag-hint-1 = Ní áirítear an bhratach ach nuair atá gach lampa lasta.
level-robot-lamps-and-flag-hint-2 = Pleanáil cosán a théann thar an dá lampa sula sroicheann sé an bhratach.
level-robot-lamps-and-flag-hint-3 = Tosaigh le: Ar aghaidh, Las, Cas ar dheis.

level-robot-turn-around-title = Cas timpeall
level-robot-turn-around-instruction = Las an lampa. Ansin cas timpeall agus téigh go dtí an bhratach.
level-robot-turn-around-learned = Le dhá chasadh sa treo céanna, bíonn an robat ag féachaint siar an bealach a dtáinig sé.
level-robot-turn-around-hint-1 = Tá an lampa agus an bhratach ar dhá thaobh éagsúla den robat.
level-robot-turn-around-hint-2 = Chun casadh timpeall, úsáid dhá chasadh: Cas ar clé, Cas ar clé.
level-robot-turn-around-hint-3 = Tosaigh le: Ar aghaidh, Ar aghaidh, Las.

level-robot-long-road-title = An bealach fada timpeall
level-robot-long-road-instruction = Las an dá lampa agus críochnaigh ar an mbratach. Cén bealach timpeall is giorra?
level-robot-long-road-learned = Is féidir go mbeadh níos mó ná cosán amháin ann. Smaoinigh ar dtús, ansin roghnaigh an ceann is giorra.
level-robot-long-road-hint-1 = Má théann tú díreach síos sroichfidh tú an bhratach, ach beidh na lampaí múchta fós.
level-robot-long-road-hint-2 = Téigh feadh an bharr ar dtús, ansin síos, ansin ar ais feadh an bhun.
level-robot-long-road-hint-3 = Tosaigh le: Ar aghaidh, Las, Ar aghaidh, Cas ar dheis.

## Murlach na Lúb

level-loop-first-loop-title = An chéad lúb
level-loop-first-loop-instruction = Sroich an bhratach. Níl spás i do ríomhchlár ach do 3 bhloc, mar sin úsáid an bloc Athdhéan.
level-loop-first-loop-learned = Ritheann bloc Athdhéan na bloic atá istigh ann arís agus arís eile. Is féidir le lúb amháin obair a lán bloc a dhéanamh.
level-loop-first-loop-hint-1 = Comhair na cearnóga idir an robat agus an bhratach.
level-loop-first-loop-hint-2 = Cuir Ar aghaidh taobh istigh de bhloc Athdhéan. Ansin tapáil Níos mó uaireanta chun an uimhir a shocrú.
level-loop-first-loop-hint-3 = Téann Ar aghaidh isteach sa lúb. Socraigh an uimhir ar líon na gcearnóg a chomhair tú.

level-loop-lamp-row-title = Ró lampaí
level-loop-lamp-row-instruction = Las na cúig lampa go léir. Níl spás i do ríomhchlár ach do 5 bhloc, mar sin úsáid lúb.
level-loop-lamp-row-learned = Is féidir le lúb níos mó ná bloc amháin a athdhéanamh. Anseo athdhéanann sí céim agus lasadh.
level-loop-lamp-row-hint-1 = Níl gach lampa ach cearnóg amháin i ndiaidh an chinn roimhe.
level-loop-lamp-row-hint-2 = Cuir dhá bhloc taobh istigh d'Athdhéan amháin. Déanann an lúb an dá cheann, arís agus arís eile.
level-loop-lamp-row-hint-3 = Taobh istigh den lúb: Ar aghaidh, ansin Las. Cé mhéad uair?

level-loop-corner-title = Timpeall an chúinne
level-loop-corner-instruction = Sroich an bhratach. Úsáid lúb do gach bóthar fada, le casadh eatarthu.
level-loop-corner-learned = Is féidir go mbeadh roinnt lúb i ríomhchlár, ceann i ndiaidh a chéile.
level-loop-corner-hint-1 = Tá dhá chuid fhada dhíreacha sa bhóthar.
level-loop-corner-hint-2 = Ar dtús lúb don bhóthar thuas. Ansin Cas ar dheis. Ansin lúb don bhóthar síos.
level-loop-corner-hint-3 = Tosaigh le: Athdhéan 4 huaire, le Ar aghaidh istigh ann. Ansin Cas ar dheis.

level-loop-stairs-title = Staighre lúibe
level-loop-stairs-instruction = Dreap an staighre go dtí an bhratach. Aimsigh an chuid a athdhéantar.
level-loop-stairs-learned = Nuair a athdhéantar patrún, tóg uair amháin é taobh istigh de lúb. Déanann an lúb an chuid eile.
level-loop-stairs-hint-1 = Féach ar chéim amháin den staighre. Cad a dhéanann an robat uirthi?
level-loop-stairs-hint-2 = Is féidir casanna a chur i lúb freisin. Cuir céim amháin taobh istigh d'Athdhéan.
level-loop-stairs-hint-3 = Seo céim amháin: Ar aghaidh, Cas ar clé, Ar aghaidh, Cas ar dheis.

level-loop-square-title = Cearnóg lampaí
level-loop-square-instruction = Las na trí lampa sna cúinní. Úsáid lúb.
level-loop-square-learned = Is féidir le lúb a bhfuil casadh inti an robat a thabhairt timpeall cearnóige.
level-loop-square-hint-1 = Tá an chuma chéanna ar gach taobh den chearnóg.
level-loop-square-hint-2 = Cuir na bloic do thaobh amháin agus do chúinne amháin taobh istigh d'Athdhéan.
level-loop-square-hint-3 = Seo taobh amháin: Ar aghaidh, Ar aghaidh, Las, Cas ar dheis.

level-loop-fix-the-loop-title = Deisigh an lúb
level-loop-fix-the-loop-instruction = Ba cheart don lúb seo na trí lampa go léir a lasadh. I ndiaidh an chéad lampa, buaileann an robat balla. Deisigh an lúb.
level-loop-fix-the-loop-learned = Déanann lúb na bloic chéanna gach babhta. Mar sin caithfidh an robat a bheith ag féachaint ag deireadh gach babhta sa treo inar thosaigh sé.
level-loop-fix-the-loop-hint-1 = Tapáil Céim. Cén treo a bhfuil an robat ag féachaint nuair a thosaíonn an lúb arís?
level-loop-fix-the-loop-hint-2 = Ag deireadh gach babhta, caithfidh an robat a bheith ag féachaint sa treo céanna agus a bhí sé ag an tús.
level-loop-fix-the-loop-hint-3 = Tá casadh in easnamh ag deireadh na lúibe.

level-loop-in-a-loop-title = Lúb i lúb
level-loop-in-a-loop-instruction = Las gach lampa timpeall na cearnóige. Cuir lúb taobh istigh de lúb eile.
level-loop-in-a-loop-learned = Is féidir lúb a chur taobh istigh de lúb eile. Gach uair a ritheann an lúb amuigh uair amháin, ritheann an lúb istigh a babhtaí go léir.
level-loop-in-a-loop-hint-1 = Féach ar thaobh amháin: trí lampa as a chéile, ansin cúinne.
level-loop-in-a-loop-hint-2 = Lasann an lúb istigh taobh amháin. Déanann an lúb amuigh é sin do gach taobh.
level-loop-in-a-loop-hint-3 = An lúb istigh: Athdhéan 3 huaire, le Ar aghaidh agus Las istigh ann.

level-loop-lamp-stairs-title = Staighre lampaí
level-loop-lamp-stairs-instruction = Téigh síos an staighre agus las an lampa ar gach céim.
level-loop-lamp-stairs-learned = Is féidir le lúb bogadh, casadh agus jab a dhéanamh. Gach babhta déanann sí céim iomlán amháin.
level-loop-lamp-stairs-hint-1 = Cad a dhéanann an robat ar chéim amháin? Féach cá bhfuil an lampa.
level-loop-lamp-stairs-hint-2 = Aimsigh na bloic do chéim amháin, le Las san áit cheart. Ansin athdhéan iad.
level-loop-lamp-stairs-hint-3 = Tosaíonn céim amháin le: Ar aghaidh, Cas ar dheis, Ar aghaidh.

level-loop-big-ring-title = An fáinne mór
level-loop-big-ring-instruction = Las na lampaí i gcúinní an fháinne mhóir. Tá na taobhanna fada, mar sin úsáid lúb taobh istigh de lúb.
level-loop-big-ring-learned = Is féidir leis an lúb istigh taobh fada a shiúl. Déanann an lúb amuigh taobh, casadh agus lasadh arís do gach cúinne.
level-loop-big-ring-hint-1 = Tá ceithre chearnóg ó chúinne amháin go dtí an chéad cheann eile.
level-loop-big-ring-hint-2 = Siúlann an lúb istigh taobh amháin. Cuireann an lúb amuigh an casadh agus an lasadh leis, uair amháin do gach cúinne.
level-loop-big-ring-hint-3 = An lúb istigh: Athdhéan 4 huaire, le Ar aghaidh istigh ann.

level-choice-until-goal-title = Go deireadh
level-choice-until-goal-instruction = Sroich an bhratach. Úsáid Athdhéan go deireadh: leanann sé air go dtí go bhfuil an jab críochnaithe.
level-choice-until-goal-learned = Ritheann Athdhéan go deireadh a bhloic arís agus arís eile, agus stopann sé nuair atá an jab críochnaithe. Ní gá duit comhaireamh.
level-choice-until-goal-hint-1 = Cé chomh fada uait atá an bhratach? An uair seo ní gá duit a fhios a bheith agat.
level-choice-until-goal-hint-2 = Athdhéanann Athdhéan go deireadh na bloic istigh ann go dtí go bhfuil an robat ar an mbratach.
level-choice-until-goal-hint-3 = Téann Ar aghaidh isteach sa lúb. Níl aon uimhir le socrú.

## Cnoic na gCúntóirí

level-helper-first-helper-title = Do chéad chúntóir
level-helper-first-helper-instruction = Las na trí lampa. Tóg na bloic do lampa amháin i gCúntóir 1. Ansin úsáid an bloc Cúntóir 1 sa Phríomhchlár.
level-helper-first-helper-learned = Is liosta bloc le hainm é cúntóir. Glaonn a bhloc ar an gcúntóir: ritheann sé an liosta iomlán, chomh minic agus is mian leat.
level-helper-first-helper-hint-1 = Tá na lampaí sna cúinní. Cad a dhéanann an robat chun lampa amháin a shroicheadh?
level-helper-first-helper-hint-2 = Tóg na bloic do lampa amháin i gCúntóir 1. Sa Phríomhchlár, cuir an bloc Cúntóir 1 uair amháin do gach lampa.
level-helper-first-helper-hint-3 = Is féidir gurb é seo Cúntóir 1: Ar aghaidh, Ar aghaidh, Las, Cas ar dheis.

level-helper-zigzag-title = Cúntóir agus casanna
level-helper-zigzag-instruction = Las na trí lampa. Lig do Chúntóir 1 siúl agus lasadh. Déanann an Príomhchlár na casanna.
level-helper-zigzag-learned = Is féidir leis an bPríomhchlár bloic chúntóra a mheascadh le bloic eile.
level-helper-zigzag-hint-1 = Idir na lampaí casann an bóthar. An gcasann sé sa treo céanna gach uair?
level-helper-zigzag-hint-2 = Tá an chuid dhíreach mar an gcéanna gach uair, mar sin cuir i gCúntóir 1 í. Cuir na casanna sa Phríomhchlár.
level-helper-zigzag-hint-3 = Cúntóir 1: Ar aghaidh, Ar aghaidh, Ar aghaidh, Las.

level-helper-lamp-stairs-title = Staighre an chúntóra
level-helper-lamp-stairs-instruction = Dreap an staighre agus las an lampa ar gach céim. Úsáid Cúntóir 1.
level-helper-lamp-stairs-learned = Is féidir patrún níos mó a chur i gcúntóir, le gluaiseachtaí, casanna agus lasadh.
level-helper-lamp-stairs-hint-1 = Féach ar chéim amháin. Cá bhfuil a lampa?
level-helper-lamp-stairs-hint-2 = Cuir céim iomlán amháin i gCúntóir 1. Ansin úsáid Cúntóir 1 uair amháin do gach céim.
level-helper-lamp-stairs-hint-3 = Tosaíonn céim amháin le: Ar aghaidh, Cas ar clé, Ar aghaidh.

level-helper-call-itself-title = Cúntóir a lúbann
level-helper-call-itself-instruction = Dreap an staighre fada go dtí an bhratach. Níl spás sa Phríomhchlár ach do 3 bhloc. An féidir le Cúntóir 1 glaoch air féin, agus leanúint air cosúil le hAthdhéan go deireadh?
level-helper-call-itself-learned = Is féidir le cúntóir glaoch air féin ag a dheireadh. Ansin tosaíonn sé arís, cosúil le lúb, go dtí go bhfuil an jab déanta.
level-helper-call-itself-hint-1 = Tá níos mó céimeanna ann ná mar atá spás dóibh sa Phríomhchlár.
level-helper-call-itself-hint-2 = Cuir an bloc Cúntóir 1 ar deireadh, taobh istigh de Chúntóir 1. Ansin glaonn Cúntóir 1 air féin agus ritheann sé arís agus arís eile.
level-helper-call-itself-hint-3 = Tosaíonn Cúntóir 1 le: Ar aghaidh, Cas ar clé, Ar aghaidh, Cas ar dheis.

level-helper-round-and-round-title = Timpeall is timpeall
level-helper-round-and-round-instruction = Las na ceithre lampa go léir. Lig do Chúntóir 1 dul timpeall trí ghlaoch air féin.
level-helper-round-and-round-learned = Leanann cúntóir a ghlaonn air féin air go dtí go bhfuil gach lampa lasta.
level-helper-round-and-round-hint-1 = Tá lampa amháin ar gach taobh, sa lár.
level-helper-round-and-round-hint-2 = Do thaobh amháin: siúil, las, siúil, cas. Ansin tosaíonn Cúntóir 1 arís leis féin.
level-helper-round-and-round-hint-3 = Tosaíonn Cúntóir 1 le: Ar aghaidh, Las, Ar aghaidh.

level-helper-fix-the-helper-title = An cúntóir a stopann
level-helper-fix-the-helper-instruction = Ba cheart do Chúntóir 1 dul timpeall na cearnóige agus na trí lampa go léir a lasadh, ach stopann sé i ndiaidh an chéad cheann. Deisigh Cúntóir 1.
level-helper-fix-the-helper-learned = Má tá cúntóir le leanúint air, glaonn sé air féin ag a dheireadh. Gan an glaoch sin, ritheann sé uair amháin agus stopann sé.
level-helper-fix-the-helper-hint-1 = Tapáil Céim. Cad a tharlaíonn nuair a shroicheann Cúntóir 1 a dheireadh?
level-helper-fix-the-helper-hint-2 = Ní ghlaonn an Príomhchlár ar Chúntóir 1 ach uair amháin. Conas a d'fhéadfadh Cúntóir 1 é féin a thosú arís?
level-helper-fix-the-helper-hint-3 = Tá rud éigin in easnamh ag deireadh Chúntóir 1.

level-helper-second-helper-title = Dhá chúntóir
level-helper-second-helper-instruction = Las gach lampa timpeall na cearnóige. Is féidir le Cúntóir 1 glaoch ar Chúntóir 2. Le haghaidh trí réalta, glaonn Cúntóir 1 air féin freisin.
level-helper-second-helper-learned = Is féidir le cúntóir glaoch ar chúntóir eile. Tógann codanna beaga codanna níos mó.
level-helper-second-helper-hint-1 = Cad é an patrún is lú? Féach ar lampa amháin.
level-helper-second-helper-hint-2 = Cuir an patrún is lú i gCúntóir 2. Glaonn Cúntóir 1 air chun taobh amháin a dhéanamh, casann sé, agus ansin glaonn sé air féin.
level-helper-second-helper-hint-3 = Cúntóir 2: Ar aghaidh, Las.

level-helper-walk-then-loop-title = Siúl, ansin lúb
level-helper-walk-then-loop-instruction = Siúil go dtí an staighre ar dtús. Ansin lig do Chúntóir 1 é a dhreapadh agus gach lampa a lasadh: glaonn sé air féin ag a dheireadh.
level-helper-walk-then-loop-learned = Is féidir leis an bPríomhchlár an chéad chuid de jab a dhéanamh agus an chuid eile a thabhairt do chúntóir.
level-helper-walk-then-loop-hint-1 = Ní thosaíonn an staighre san áit a bhfuil an robat. Tá an chéad lampa trí chearnóg chun tosaigh.
level-helper-walk-then-loop-hint-2 = Úsáid an Príomhchlár chun siúl suas go dtí an staighre. Ansin glaoigh ar Chúntóir 1: dreapann sé céim amháin, lasann sé a lampa agus glaonn sé air féin.
level-helper-walk-then-loop-hint-3 = Príomhchlár: Ar aghaidh, Ar aghaidh, Cúntóir 1.

level-helper-big-ring-title = Téann cúntóirí timpeall
level-helper-big-ring-instruction = Las na trí lampa timpeall na cearnóige. Níl aon bhloc Cas ar clé ann: tóg ceann i gcúntóir. Níl spás sa Phríomhchlár ach do bhloc amháin, mar sin caithfidh cúntóir glaoch air féin.
level-helper-big-ring-learned = Is féidir le cúntóir a bheith ina bhloc nach bhfuil agat: déanann trí bhloc Cas ar dheis Cas ar clé amháin.
level-helper-big-ring-hint-1 = Casann an bóthar ar clé ag gach cúinne, ach níl agat ach Cas ar dheis.
level-helper-big-ring-hint-2 = I ndiaidh trí bhloc Cas ar dheis, bíonn an robat ag féachaint sa treo céanna agus a bheadh sé i ndiaidh Cas ar clé amháin. Cuir i gcúntóir dá gcuid féin iad.
level-helper-big-ring-hint-3 = Is féidir gurb é seo cúntóir amháin: Cas ar dheis, Cas ar dheis, Cas ar dheis.

## Canán na Rogha

level-choice-first-if-title = Ciallaíonn dearg casadh
level-choice-first-if-instruction = Ciallaíonn gach cearnóg dhearg: cas ar clé anseo. Úsáid bloc Má chun dearg a sheiceáil.
level-choice-first-if-learned = Cuireann bloc Má ceist. Ní ritheann na bloic istigh ann ach nuair is “tá” an freagra.
level-choice-first-if-hint-1 = Cá gcasann an bóthar? Cén dath atá ar na cearnóga sin?
level-choice-first-if-hint-2 = Ní ritheann “Má ar dhearg” a bhloic ach nuair a sheasann an robat ar chearnóg dhearg.
level-choice-first-if-hint-3 = Taobh istigh d'Athdhéan go deireadh: Ar aghaidh, ansin Má ar dhearg.

level-choice-green-lamps-title = Glas roimh lampa
level-choice-green-lamps-instruction = Ciallaíonn cearnóg ghlas go bhfuil lampa ar an gcéad chearnóg eile. Las na lampaí go léir.
level-choice-green-lamps-learned = Is féidir le seiceáil a insint don robat cad atá le teacht, ionas go mbeidh sé réidh.
level-choice-green-lamps-hint-1 = Féach ar an gcearnóg díreach roimh gach lampa.
level-choice-green-lamps-hint-2 = Nuair atá an robat ar ghlas, is féidir leis seasamh ar an lampa agus é a lasadh.
level-choice-green-lamps-hint-3 = Taobh istigh d'Athdhéan go deireadh: Ar aghaidh, ansin Má ar ghlas.

level-choice-path-right-title = Féach ar dheis
level-choice-path-right-instruction = Is féidir leis an robat an bóthar a sheiceáil. Cas ar dheis aon áit a bhfuil bealach ar dheis.
level-choice-path-right-learned = Is féidir leis an robat ballaí a bhrath. Is “tá” an freagra ar “bealach ar dheis” nuair atá an chearnóg ar a dheis saor.
level-choice-path-right-hint-1 = Ag gach cúinne, téann an bóthar ar dheis.
level-choice-path-right-hint-2 = Féachann “Má bealach ar dheis” ar an gcearnóg ar thaobh na láimhe deise den robat.
level-choice-path-right-hint-3 = Taobh istigh d'Athdhéan go deireadh: Ar aghaidh, ansin Má bealach ar dheis.

level-choice-fix-the-check-title = An iomarca casanna
level-choice-fix-the-check-instruction = Ciallaíonn gorm casadh ar dheis. Ach casann an robat seo ar gach cearnóg agus buaileann sé balla. Deisigh an ríomhchlár.
level-choice-fix-the-check-learned = Ní ritheann na bloic taobh istigh de Má ach nuair is “tá” an freagra. Ritheann bloc i ndiaidh an Má gach uair.
level-choice-fix-the-check-hint-1 = Tapáil Céim. An gcasann an robat ar chearnóg nach bhfuil gorm?
level-choice-fix-the-check-hint-2 = Cén casadh atá taobh istigh den Má? Cén ceann a ritheann gach uair?
level-choice-fix-the-check-hint-3 = Féach ar an mbloc deireanach sa lúb.

level-choice-if-else-title = Má nó seachas sin
level-choice-if-else-instruction = Téigh chun tosaigh nuair atá an bealach romhat saor. Seachas sin, cas ar dheis. Fainic na bóithríní beaga taoibh!
level-choice-if-else-learned = Roghnaíonn Má … seachas sin ceann amháin de dhá bhealach: an chéad chuid nuair is “tá” an freagra, an chuid “seachas sin” nuair is “níl”.
level-choice-if-else-hint-1 = Ní théann na bóithríní taoibh áit ar bith. Ná cas ach nuair atá balla romhat.
level-choice-if-else-hint-2 = Tá dhá chuid ag Má … seachas sin. Ritheann an chéad chuid ar “tá”. Ritheann an chuid “seachas sin” ar “níl”.
level-choice-if-else-hint-3 = Taobh istigh d'Athdhéan go deireadh, úsáid Má bealach chun tosaigh, le Ar aghaidh sa chéad chuid.

level-choice-colours-title = Dearg agus gorm
level-choice-colours-instruction = Ciallaíonn dearg casadh ar clé. Ciallaíonn gorm casadh ar dheis. Úsáid dhá bhloc Má.
level-choice-colours-learned = Is féidir le ríomhchlár níos mó ná ceist amháin a chur. Cuireann gach bloc Má a cheist féin.
level-choice-colours-hint-1 = Féach ar dhathanna na gcearnóg ina gcasann an bóthar.
level-choice-colours-hint-2 = Cuir dhá bhloc Má sa lúb: fiafraíonn ceann acu faoi dhearg, an ceann eile faoi ghorm.
level-choice-colours-hint-3 = Taobh istigh d'Athdhéan go deireadh, tosaigh le Ar aghaidh. Ansin Má ar dhearg, le Cas ar clé istigh ann.

level-choice-corner-lamps-title = Las nó cas
level-choice-corner-lamps-instruction = Is lampa nó cearnóg dhearg gach cearnóg den bhóthar seo. Ar dhearg, cas ar clé. Ar gach cearnóg eile, las an lampa.
level-choice-corner-lamps-learned = Is féidir le Má … seachas sin ceist a chur faoi dhath freisin: ritheann a chéad chuid ar dhearg, a chuid “seachas sin” ar gach cearnóg eile.
level-choice-corner-lamps-hint-1 = Cé na cearnóga nach bhfuil lampa orthu? Cad a dhéanann an robat ansin?
level-choice-corner-lamps-hint-2 = Is féidir le Má … seachas sin amháin an dá jab a dhéanamh: cuid amháin do na cearnóga dearga, an chuid “seachas sin” do na lampaí.
level-choice-corner-lamps-hint-3 = Taobh istigh d'Athdhéan go deireadh: Ar aghaidh, ansin Má ar dhearg, le Cas ar clé sa chéad chuid.

level-choice-two-rules-title = Dhá riail
level-choice-two-rules-instruction = Ciallaíonn dearg casadh ar clé. Ciallaíonn balla romhat casadh ar dheis. Úsáid Má do riail amháin agus Má … seachas sin don riail eile.
level-choice-two-rules-learned = Is féidir le ríomhchlár amháin Má agus Má … seachas sin a mheascadh. Cuireann gach ceann a cheist féin, ceann i ndiaidh a chéile.
level-choice-two-rules-hint-1 = Leanann roinnt bóithre thar chearnóg dhearg, ach ní théann siad áit ar bith. Ar dhearg, cas ar clé.
level-choice-two-rules-hint-2 = Gach babhta, cuir dhá cheist: an bhfuil mé ar dhearg? An bhfuil an bealach chun tosaigh saor?
level-choice-two-rules-hint-3 = Taobh istigh d'Athdhéan go deireadh, tosaigh le Ar aghaidh. Ansin Má ar dhearg, le Cas ar clé istigh ann.

level-choice-red-means-left-title = Crosbhóthar an chanáin
level-choice-red-means-left-instruction = Téigh chun tosaigh fad is atá an bealach romhat saor. Ag balla, féach ar an gcearnóg: ar dhearg, cas ar clé; ar aon chearnóg eile, cas ar dheis.
level-choice-red-means-left-learned = Is féidir Má a chur taobh istigh de Má eile. Cuireann an robat ceist amháin, agus ansin ceist eile, b'fhéidir.
level-choice-red-means-left-hint-1 = Ní bhaineann cearnóga dearga le hábhar ach ag balla. Ar bhóthar oscailte, tiomáin tharstu. Téann bóthar amháin timpeall i gciorcal!
level-choice-red-means-left-hint-2 = Fiafraigh ar dtús: an bhfuil an bealach chun tosaigh saor? Nuair nach bhfuil, agus ansin amháin, fiafraigh: an bhfuil mé ar dhearg?
level-choice-red-means-left-hint-3 = Taobh istigh d'Athdhéan go deireadh, úsáid Má bealach chun tosaigh … seachas sin, le Ar aghaidh sa chéad chuid.

## Bá na bhFabhtanna

level-bug-wrong-turn-title = An treo mícheart
level-bug-wrong-turn-instruction = Ba cheart don ríomhchlár seo an robat a thabhairt go dtí an bhratach, ach buaileann an robat balla. Aimsigh an bloc mícheart agus deisigh é.
level-bug-wrong-turn-learned = Is éard is dífhabhtú ann ná an chéim a théann mícheart a aimsiú agus an chéim sin amháin a dheisiú.
level-bug-wrong-turn-hint-1 = Tapáil Céim chun bloc amháin a rith ag an am. Cá dtéann sé mícheart?
level-bug-wrong-turn-hint-2 = Is minic nach bhfuil i bhfabht ach bloc mícheart amháin. Cuir an bloc ceart ina áit.
level-bug-wrong-turn-hint-3 = Féach ar an gcasadh. Ar cheart don robat casadh ar clé nó ar dheis?

level-bug-missing-step-title = Céim in easnamh
level-bug-missing-step-instruction = Déanann an robat iarracht lampa a lasadh san áit nach bhfuil ceann ar bith. Aimsigh cad atá in easnamh.
level-bug-missing-step-learned = Uaireanta is bloc atá in easnamh é fabht. Comhair na cearnóga chun é a sheiceáil.
level-bug-missing-step-hint-1 = Cén lampa a fhanann múchta?
level-bug-missing-step-hint-2 = Comhair na cearnóga ón gcúinne go dtí an dara lampa. Comhair na bloic Ar aghaidh freisin.
level-bug-missing-step-hint-3 = Tá áit an bhloic atá in easnamh díreach i ndiaidh Cas ar dheis. Cén bloc a bhogann an robat?

level-bug-loop-count-title = Comhair arís
level-bug-loop-count-instruction = Buaileann an robat balla. Seiceáil cé mhéad uair a athdhéanann gach lúb, agus deisigh í.
level-bug-loop-count-learned = Is fabht an-choitianta é lúb a athdhéanann uair amháin rómhinic, nó uair amháin ró-annamh.
level-bug-loop-count-hint-1 = Féach ar an gcéad lúb. Cá mbuaileann an robat?
level-bug-loop-count-hint-2 = Comhair na cearnóga roimh an gcúinne. Ba cheart don lúb athdhéanamh an méid sin uaireanta.
level-bug-loop-count-hint-3 = Athraigh uimhir na chéad lúibe.

level-bug-forgot-light-title = Soilse múchta
level-bug-forgot-light-instruction = Téann an robat timpeall na cearnóige, ach ní lasann lampa ar bith. Deisigh an lúb.
level-bug-forgot-light-learned = Mura dtarlaíonn rud éigin riamh, seiceáil an bhfuil bloc in easnamh sa lúb.
level-bug-forgot-light-hint-1 = Cén bloc a lasann lampa? An bhfuil sé sa ríomhchlár?
level-bug-forgot-light-hint-2 = Ritheann bloc a chuireann tú taobh istigh de lúb gach babhta.
level-bug-forgot-light-hint-3 = Téann an bloc atá in easnamh isteach sa lúb. Seasann an robat ar lampa i ndiaidh an dá bhloc Ar aghaidh.

level-bug-helper-turn-title = Fabht an chúntóra
level-bug-helper-turn-instruction = Tá fabht i gCúntóir 1. Glaonn an Príomhchlár air trí huaire, mar sin tarlaíonn an fabht gach uair. Deisigh é uair amháin.
level-bug-helper-turn-learned = Nuair a dheisíonn tú cúntóir, deisíonn tú gach áit a ghlaonn air.
level-bug-helper-turn-hint-1 = Tapáil Céim. Cad a tharlaíonn i ndiaidh an chéad lampa?
level-bug-helper-turn-hint-2 = Ag gach cúinne den chearnóg seo, téann an bóthar ar dheis.
level-bug-helper-turn-hint-3 = Féach ar an mbloc deireanach i gCúntóir 1.

level-bug-wrong-side-title = An taobh mícheart
level-bug-wrong-side-instruction = Casann an bóthar ar dheis i gcónaí, ach buaileann an robat balla. Cuireann an Má an cheist mhícheart. Deisigh í.
level-bug-wrong-side-learned = Nuair a chuireann bloc Má an cheist mhícheart, is féidir leis an ríomhchlár ar fad dul amú.
level-bug-wrong-side-hint-1 = Cén treo a gcasann an bóthar? Cén taobh a bhféachann an Má air?
level-bug-wrong-side-hint-2 = Tapáil an bloc Má sa ríomhchlár. Ansin tapáil Athraigh an cheist.
level-bug-wrong-side-hint-3 = Féachann an Má ar thaobh amháin, ach casann an bóthar ar an taobh eile.

level-bug-two-mistakes-title = Dhá fhabht
level-bug-two-mistakes-instruction = Tá dhá fhabht sa ríomhchlár seo. Aimsigh an dá cheann, ionas go ndreapfaidh an robat an staighre go dtí an bhratach.
level-bug-two-mistakes-learned = Is féidir níos mó ná fabht amháin a bheith i ríomhchlár. Deisigh ceann amháin, rith arís é, ansin deisigh an chéad cheann eile.
level-bug-two-mistakes-hint-1 = Féach ar an gcéad chéim den staighre. Cá dtéann an robat mícheart?
level-bug-two-mistakes-hint-2 = Is casadh é fabht amháin. Is é an fabht eile cé mhéad uair a athdhéanann an lúb.
level-bug-two-mistakes-hint-3 = Ar gach céim téann an robat suas, ansin casann sé ar ais chun féachaint sa treo a raibh sé ag dul. Seiceáil an casadh sin, ansin comhair na céimeanna.

level-bug-mixed-colours-title = Dathanna measctha
level-bug-mixed-colours-instruction = Ba cheart go gciallódh dearg casadh ar clé, agus gorm casadh ar dheis. Mheasc duine éigin suas iad. Deisigh an ríomhchlár.
level-bug-mixed-colours-learned = Tástáil do ríomhchlár, féach cá ndéanann sé rud nár theastaigh uait, agus deisigh an méid sin amháin.
level-bug-mixed-colours-hint-1 = Cad a dhéanann an robat ar an gcéad chearnóg ghorm?
level-bug-mixed-colours-hint-2 = Cuireann gach Má ceist faoin dath ceart, ach déanann sé an casadh mícheart.
level-bug-mixed-colours-hint-3 = Athraigh an casadh taobh istigh de gach Má.
