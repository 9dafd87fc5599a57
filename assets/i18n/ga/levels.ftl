# Na domhain agus na leibhéil litearthachta digití (tá na leibhéil chódaithe in coding-levels.ftl).

world-share-safe = Roinn go Sábháilte

level-share-or-keep-title = Roinn nó coinnigh?
level-share-or-keep-instruction = An bhfuil sé ceart go leor é seo a roinnt ar líne, nó ar cheart é a choinneáil príobháideach?
level-share-or-keep-learned = Is féidir rudaí a thaitníonn leat a roinnt, fiú ainm do pheata. Fanann an áit a bhfaighfí thú agus do phasfhocail príobháideach.
level-share-or-keep-hint-1 = Cuir ceist ort féin: an bhféadfadh strainséir é seo a úsáid chun teacht orm nó chun dul isteach i mo chuntas?
level-share-or-keep-hint-2 = Is féidir rudaí a thaitníonn leat a roinnt. Fanann príobháideach gach rud a thaispeánann cá bhfaighfí thú, nó a osclaíonn do chuntais.
level-share-or-keep-hint-3 = Is féidir do pheata a lua, ach ná déan pasfhocal de riamh. Fanann do sheoladh baile príobháideach.

card-favourite-colour = An dath is fearr leat
reason-favourite-colour = Is maith le go leor daoine an dath céanna, mar sin ní thaispeánann sé cé thú ná cá bhfuil tú.
card-home-address = Do sheoladh baile
reason-home-address = D'fhéadfadh strainséir é a úsáid chun a fháil amach cá bhfuil tú i do chónaí.
card-favourite-game = An cluiche is fearr leat
reason-favourite-game = Is spraíúil labhairt faoi chluichí a thaitníonn leat, agus ní insíonn sé d'aon duine cá bhfuil tú.
card-password = Do phasfhocal
reason-password = Is eochair é pasfhocal. Ní ceart go mbeadh sé ar eolas ag aon duine ach tusa agus do thuismitheoir nó do chúramóir.
card-pet-name = Ainm do pheata
reason-pet-name = Is féidir é a roinnt. Ach ná húsáid riamh é mar phasfhocal: d'fhéadfadh daoine a bhfuil sé ar eolas acu é a thomhas.
card-favourite-animal = An t-ainmhí is fearr leat
reason-favourite-animal = Is spraíúil é a roinnt agus ní insíonn sé faic faoin áit a bhfuil tú i do chónaí.
card-school-name = Ainm do scoile
reason-school-name = Insíonn sé do dhaoine cá bhfaighidh siad thú gach lá.
