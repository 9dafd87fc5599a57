# Fuaráin na mBraiteoirí: cuireann Athdhéan fad is a cheist roimh gach babhta; ansin na focail ní, nó, agus.

level-sensor-first-while-title = Dorchlaí fada
level-sensor-first-while-instruction = Las an lampa ag deireadh an dá dhorchla fhada. Bain triail as an mbloc nua: Athdhéan fad is.
level-sensor-first-while-learned = Cuireann Athdhéan fad is a cheist roimh gach babhta. Fad is “tá” an freagra, ritheann sé a bhloic arís. Nuair is “níl” an freagra, stopann sé.
level-sensor-first-while-hint-1 = Cé mhéad cearnóg atá i ngach dorchla? An uair seo ní gá duit comhaireamh.
level-sensor-first-while-hint-2 = Coinníonn “Athdhéan fad is bealach chun tosaigh” an robat ag bogadh go dtí go bhfuil balla roimhe.
level-sensor-first-while-hint-3 = Úsáid Athdhéan fad is amháin do gach dorchla, le Ar aghaidh istigh ann.

level-sensor-blue-stripe-title = Lean an gorm
level-sensor-blue-stripe-instruction = Téann an stríoc ghorm go dtí lampa. Las é. Fainic: leanann an bóthar thar an lampa!
level-sensor-blue-stripe-learned = Is féidir le hAthdhéan fad is ceist a chur faoi dhath freisin. Leanann “Athdhéan fad is ar ghorm” air go dtí go bhfágann an robat na cearnóga gorma.
level-sensor-blue-stripe-hint-1 = Cá gcríochnaíonn an stríoc ghorm? An gcríochnaíonn an bóthar ansin freisin?
level-sensor-blue-stripe-hint-2 = Thabharfadh “bealach chun tosaigh” an robat thar an lampa, an bealach ar fad go dtí an balla. Cuir ceist faoin dath ina ionad.
level-sensor-blue-stripe-hint-3 = Tosaíonn an robat ar chearnóg liath. Céimnigh ar an stríoc ar dtús, ansin úsáid Athdhéan fad is ar ghorm.

level-sensor-three-stripes-title = Trí stríoc
level-sensor-three-stripes-instruction = Las na trí lampa go léir. Téann gach stríoc ghorm go dtí lampa, agus tá fad difriúil ar gach stríoc.
level-sensor-three-stripes-learned = Is féidir Athdhéan fad is a chur taobh istigh d'Athdhéan. I ngach babhta, ritheann an lúb istigh go dtí gur “níl” a freagra.
level-sensor-three-stripes-hint-1 = Cad a dhéanann an robat do stríoc amháin? An é an rud céanna é don dá cheann eile?
level-sensor-three-stripes-hint-2 = Do gach stríoc: céimnigh uirthi, tiomáin fad is atá tú ar ghorm, las an lampa. Déan é sin trí huaire.
level-sensor-three-stripes-hint-3 = Cuir Athdhéan fad is ar ghorm taobh istigh d'Athdhéan 3 huaire.

level-sensor-stop-on-red-title = Stad ar dhearg
level-sensor-stop-on-red-instruction = Sroich an bhratach. Tá sí díreach in aice leis an gcearnóg dhearg.
level-sensor-stop-on-red-learned = Casann “ní” ceist droim ar ais. Leanann “Athdhéan fad is ní ar dhearg” air go dtí go seasann an robat ar dhearg.
level-sensor-stop-on-red-hint-1 = Níl balla ar bith ag an gcearnóg dhearg. Cad is féidir leis an robat a sheiceáil ansin?
level-sensor-stop-on-red-hint-2 = Tapáil “Athraigh ní / agus / nó” chun “ní” a chur roimh cheist. Is “tá” an freagra ar “ní ar dhearg” ar gach cearnóg nach bhfuil dearg.
level-sensor-stop-on-red-hint-3 = Tosaigh leis an mbloc Athdhéan fad is ní ar dhearg, le Ar aghaidh istigh ann. Ansin cas i dtreo na brataí.

level-sensor-fix-the-while-title = Timpeall is timpeall
level-sensor-fix-the-while-instruction = Marcálann cearnóga dearga na cúinní: cas ar dheis ar gach ceann acu. Ach tiomáineann an robat seo timpeall i gcearnóg bheag bhídeach. Deisigh an ríomhchlár.
level-sensor-fix-the-while-learned = Ritheann na bloic taobh istigh d'Athdhéan fad is i ngach babhta. Casadh ar cheart dó teacht i ndiaidh na lúibe, caithfidh sé a bheith i ndiaidh na lúibe, ní taobh istigh di.
level-sensor-fix-the-while-hint-1 = Tapáil Céim. Cathain a chasann an robat? An bhfuil sé ina sheasamh ar dhearg ansin?
level-sensor-fix-the-while-hint-2 = Ba cheart don robat casadh nuair a sheasann sé ar dhearg, ní i ndiaidh gach céime.
level-sensor-fix-the-while-hint-3 = Féach ar na bloic taobh istigh d'Athdhéan fad is.

level-sensor-side-roads-title = Bóithre taoibh
level-sensor-side-roads-instruction = Seasann lampa cibé áit a dtosaíonn bóthar taoibh, ar clé nó ar dheis. Las gach lampa.
level-sensor-side-roads-learned = Ceanglaíonn “nó” dhá cheist. Is “tá” an freagra ar “bealach ar clé nó bealach ar dheis” nuair is “tá” ceann acu, nó an dá cheann.
level-sensor-side-roads-hint-1 = Féach ar na cearnóga a bhfuil lampaí orthu. Cad atá in aice le gach ceann acu?
level-sensor-side-roads-hint-2 = Is féidir le Má amháin dhá cheist a chur ag an am céanna, ceangailte le “nó”.
level-sensor-side-roads-hint-3 = Úsáid Athdhéan fad is bealach chun tosaigh, agus tosaigh é le Ar aghaidh.

level-sensor-blue-and-free-title = Stríoca agus ballaí
level-sensor-blue-and-free-instruction = Lean na trí stríoc ghorma go dtí an bhratach. Críochnaíonn roinnt stríoca ag balla. Stopann cinn eile ar bhóthar oscailte.
level-sensor-blue-and-free-learned = Ceanglaíonn “agus” dhá cheist freisin. Ní bhíonn “tá” mar fhreagra ar “bealach chun tosaigh agus ar ghorm” ach nuair is “tá” don dá cheann.
level-sensor-blue-and-free-hint-1 = Cá gcríochnaíonn gach stríoc? Cá mbuailfeadh an robat balla?
level-sensor-blue-and-free-hint-2 = Lean ort ag tiomáint fad is atá dhá rud fíor: tá an bealach chun tosaigh saor, agus tá an robat ar ghorm.
level-sensor-blue-and-free-hint-3 = Déanann gach babhta d'Athdhéan an rud céanna: céimnigh ar stríoc, tiomáin feadh na stríce, cas ar dheis.

level-sensor-spiral-title = An bíseach fada
level-sensor-spiral-instruction = Tiomáin timpeall an bhísigh, an bealach ar fad go dtí an bhratach.
level-sensor-spiral-learned = Is féidir Athdhéan fad is a chur taobh istigh d'Athdhéan fad is eile. Ní theastaíonn uimhir ón lúb amuigh: cuireann sí a ceist féin.
level-sensor-spiral-hint-1 = Cé mhéad dorchla atá sa bhíseach? An féidir le hAthdhéan comhaireamh chomh hard sin?
level-sensor-spiral-hint-2 = Do gach dorchla: tiomáin go dtí an balla, ansin cas ar dheis. Lean ort mar sin fad is atá an bealach chun tosaigh saor.
level-sensor-spiral-hint-3 = Cuir Athdhéan fad is amháin taobh istigh d'Athdhéan fad is eile.

level-sensor-painted-corners-title = Cúinní péinteáilte
level-sensor-painted-corners-instruction = Las gach lampa. Tá na cúinní péinteáilte dearg nó gorm: cas ar clé ar an dá dhath.
level-sensor-painted-corners-learned = Is féidir le Má … seachas sin ceist cheangailte a chur freisin. Le “ar dhearg nó ar ghorm”, ritheann a chéad chuid ar an dá dhath, agus an chuid “seachas sin” ar gach cearnóg eile.
level-sensor-painted-corners-hint-1 = Cé na cearnóga nach bhfuil lampa orthu? Cad iad a ndathanna?
level-sensor-painted-corners-hint-2 = Is leor Má … seachas sin amháin: “ar dhearg nó ar ghorm” do na cúinní, an chuid “seachas sin” do na lampaí.
level-sensor-painted-corners-hint-3 = Taobh istigh d'Athdhéan go deireadh, tosaigh le Ar aghaidh.

level-sensor-maze-title = An lúbra
level-sensor-maze-instruction = Aimsigh an bealach tríd an lúbra go dtí an bhratach. Úsáid chomh beag bloc agus is féidir.
level-sensor-maze-learned = Coinnigh lámh amháin ar an mballa, agus éalóidh tú as go leor lúbraí. Leanann do ríomhchlár an riail sin le lúb taobh istigh de lúb.
level-sensor-maze-hint-1 = Samhlaigh go bhfuil tú ag siúl tríd an lúbra agus do lámh dheas ar an mballa i gcónaí.
level-sensor-maze-hint-2 = Ar gach cearnóg, déan iarracht casadh ar dheis ar dtús. Má tá balla ann, bain triail as díreach chun tosaigh, ansin ar clé, ansin ar ais.
level-sensor-maze-hint-3 = Taobh istigh d'Athdhéan fad is bealach chun tosaigh: Ar aghaidh, Cas ar dheis, ansin Athdhéan fad is a fhiafraíonn “ní bealach chun tosaigh”.
