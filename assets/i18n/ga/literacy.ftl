# A thaispeánann na cineálacha leibhéal litearthachta timpeall théacsanna an leibhéil.

answer-next = Ar aghaidh leat
answer-right = Ceart!
answer-wrong = Ní hea go díreach.
answer-feedback = { $verdict } { $reason }

pick-screen = Cad a dhéanfá?
pick-start = Léigh cad a tharlaíonn, ansin tapáil an freagra is fearr.
pick-progress = Ceist { $current } as { $total }
pick-option-best = An freagra is fearr: { $text }
pick-option-not-best = Ní hé an ceann is fearr: { $text }

order-screen-steps = Céimeanna
order-screen-rank = Pasfhocail
order-start = Tapáil an chéim a thagann ar dtús.
order-start-rank = Tapáil an pasfhocal is laige ar dtús.
order-progress = { $placed } as { $total } in ord
order-step-placed = { $number }. { $text }
order-done = { $last } Tá gach rud in ord. Tapáil Críochnaigh.

password-screen = Pasfhocal nua
password-empty = Tapáil na focail thíos chun pasfhocal a thógáil.
password-shown = Pasfhocal: { $password }
password-piece = Cuir { $text } leis
password-remove = Bain an ceann deireanach
password-clear = Tosaigh arís
password-pieces = { $count } { $count ->
        [one] phíosa
        [two] phíosa
        [few] phíosa
        [many] bpíosa
       *[other] píosa
    } (ar a laghad { $min }, ar a mhéad { $max })
password-meter-empty = Neart: faic fós
password-meter-pending = Neart: á thomhas …
password-meter-unavailable = Níorbh fhéidir an méadar nirt a lódáil. Seiceáil an ceangal, ansin athraigh an pasfhocal chun triail eile a bhaint as.
password-meter = Neart: { $score }. { $time }
password-personal = Fainic! { $reason }
password-build-empty = Tosaigh le focal. Roghnaigh focail nach bhfuil baint ar bith acu leat.
password-build-personal = Bain amach an píosa fút féin: d'fhéadfadh daoine a bhfuil aithne acu ort é a thomhas.
password-build-short = Cuir tuilleadh focal leis: úsáid { $min } ar a laghad.
password-build-weak = Níl sé láidir go leor fós. Cuir focal eile leis, nó athraigh ceann. Déan iarracht “{ $target }” a bhaint amach.
password-build-done = Láidir, fada agus faic fút féin. Tapáil Críochnaigh!
password-score-0 = An-lag
password-score-1 = Lag
password-score-2 = Measartha
password-score-3 = Láidir
password-score-4 = An-láidir
password-time-instantly = Tomhaiseann ríomhaire é i níos lú ná nóiméad.
password-time-minutes = Tomhaiseann ríomhaire é i gceann nóiméad.
password-time-hours = Tomhaiseann ríomhaire é i gceann uaireanta.
password-time-days = Teastaíonn laethanta ó ríomhaire chun é a thomhas.
password-time-years = Teastaíonn blianta ó ríomhaire chun é a thomhas.
password-time-centuries = Teastaíonn na céadta bliain ó ríomhaire chun é a thomhas.
password-meter-limited = Neart: { $score }. { $limit }
password-limit-short = Róghearr le bheith láidir. Déan 15 litir nó níos faide de.
password-limit-few-words = Bíonn trí fhocal randamacha ar a laghad i bpasfhocail láidre.
password-limit-common-words = Is focail an-choitianta iad seo. Cuir focal níos neamhchoitianta in áit ceann acu.

address-screen = Nasc
address-claim = Deir an nasc seo go dtéann sé chuig { $brand }.
address-start = Léigh an seoladh ón deireadh, ní ón tús.
address-find = Tapáil an chuid a ainmníonn an suíomh.
address-judge = An é seo suíomh { $brand }?
address-yes = Is é, is é { $brand } é
address-no = Ní hé
address-part = Cuid den seoladh: { $text }
address-progress = Nasc { $current } as { $total }
address-found = Is ea! Ainmníonn an chuid seo an suíomh: { $site }. An é { $brand } é?
address-verdict-real = Téann an nasc seo chuig { $site }, fíorshuíomh { $brand }.
address-verdict-other = Téann an nasc seo chuig { $site }, ní chuig { $brand }. Níl san ainm { $brand } in áit eile ann ach bréagriocht.
address-verdict-lookalike = Féach go géar: tagann roinnt litreacha ó aibítir eile. Léann an brabhsálaí { $real }, agus ní { $brand } é sin.
address-part-scheme = Ní chiallaíonn “https://” ach nach féidir le duine ar bith cluas a chur air ar an mbealach. Ní insíonn sé duit cé a ritheann an suíomh.
address-part-user = Ní théann an brabhsálaí chuig an rud roimh @. Cuireann cleasaithe ainm cáiliúil ansin.
address-part-subdomain = Níl anseo ach cuid tosaigh. Is féidir le húinéir an tsuímh focal ar bith a scríobh anseo, fiú ainm cáiliúil.
address-part-site = Ainmníonn an chuid seo an suíomh: an foirceann agus an t-ainm díreach roimhe. Insíonn sé duit cé a ritheann an suíomh.
address-part-port = Is doras isteach sa suíomh an uimhir seo. Ní insíonn sí duit cé a ritheann é.
address-part-path = Tagann an chuid seo i ndiaidh ainm an tsuímh. Is féidir leis an úinéir rud ar bith a scríobh anseo.
address-part-query = Tagann an chuid seo i ndiaidh ainm an tsuímh. Is féidir leis an úinéir rud ar bith a scríobh anseo.
address-part-fragment = Ní dhéanann an chuid seo ach léim go háit ar an leathanach. Ní insíonn sí duit cé a ritheann an suíomh.
address-shown = { $words } — téann sé i ndáiríre chuig:
address-verdict-shown = Deir na focail air rud amháin, ach téann sé chuig { $site }, ní chuig { $brand }.
address-verdict-note = { $reason } { $note }
