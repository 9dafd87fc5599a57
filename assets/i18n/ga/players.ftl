# Imreoirí ar tháibléad roinnte: cé atá ag imirt, imreoir nua, pasfhocail pictiúr, scáileán na ndaoine fásta.
# Ainm cluiche: ainmhí agus aidiacht. Séimhítear an aidiacht i ndiaidh ainmhí baininscneach (Deilf Chróga).

players-title = Cé atá ag imirt?
players-empty = Tapáil “Imreoir nua” chun tosú.
players-previous = Imreoirí roimhe seo
players-next = Tuilleadh imreoirí
players-page = Leathanach { $page } as { $pages }
player-new = Imreoir nua
grown-ups = Daoine fásta

nickname = { $animal } { $adjective }

player-new-title = Imreoir nua
player-edit-title = M'ainm agus mo phictiúr
player-done = Déanta
player-preview = Is tusa { $name }
pick-picture = Roghnaigh pictiúr
pick-colour = Roghnaigh dath
pick-adjective = Roghnaigh focal
pick-animal = Roghnaigh ainmhí
nickname-surprise = Cuir iontas orm

adj-brave = { $gender ->
    [feminine] Chróga
   *[masculine] Cróga
}
adj-bright = { $gender ->
    [feminine] Gheal
   *[masculine] Geal
}
adj-calm = { $gender ->
    [feminine] Chiúin
   *[masculine] Ciúin
}
adj-clever = { $gender ->
    [feminine] Chliste
   *[masculine] Cliste
}
adj-cheerful = { $gender ->
    [feminine] Ghealgháireach
   *[masculine] Gealgháireach
}
adj-gentle = { $gender ->
    [feminine] Shéimh
   *[masculine] Séimh
}
adj-happy = { $gender ->
    [feminine] Shona
   *[masculine] Sona
}
adj-kind = { $gender ->
    [feminine] Chineálta
   *[masculine] Cineálta
}
adj-lucky = { $gender ->
    [feminine] Ámharach
   *[masculine] Ámharach
}
adj-quick = { $gender ->
    [feminine] Thapa
   *[masculine] Tapa
}
adj-sunny = { $gender ->
    [feminine] Ghrianmhar
   *[masculine] Grianmhar
}
adj-wise = { $gender ->
    [feminine] Chríonna
   *[masculine] Críonna
}

animal-bear = Béar
    .gender = masculine
animal-cat = Cat
    .gender = masculine
animal-dolphin = Deilf
    .gender = feminine
animal-eagle = Iolar
    .gender = masculine
animal-fox = Sionnach
    .gender = masculine
animal-frog = Frog
    .gender = masculine
animal-lion = Leon
    .gender = masculine
animal-owl = Ulchabhán
    .gender = masculine
animal-panda = Panda
    .gender = masculine
animal-rabbit = Coinín
    .gender = masculine
animal-tiger = Tíogar
    .gender = masculine
animal-turtle = Turtar
    .gender = masculine

picture-sun = Grian
picture-moon = Gealach
picture-star = Réalta
picture-heart = Croí
picture-tree = Crann
picture-flower = Bláth
picture-fish = Iasc
picture-house = Teach
picture-rocket = Roicéad
picture-crown = Coróin
picture-leaf = Duilleog
picture-boat = Bád

avatar-colour-red = Dearg
avatar-colour-orange = Oráiste
avatar-colour-yellow = Buí
avatar-colour-green = Glas
avatar-colour-teal = Turcaid
avatar-colour-blue = Gorm
avatar-colour-purple = Corcra
avatar-colour-pink = Bándearg

profile-error-full = Tá an táibléad seo lán. Is féidir le duine fásta imreoirí a aistriú go táibléad eile.
profile-error-name-taken = Tá an t-ainm seo ag imreoir eile cheana. Roghnaigh focail eile.
profile-error-other = Níor oibrigh sé sin. Bain triail eile as, le do thoil.

# Pasfhocail pictiúr: trí phictiúr in ord.
secret-open-title = Tapáil do 3 phictiúr
secret-set-title = Roghnaigh 3 phictiúr do do phasfhocal
secret-confirm-title = Tapáil na 3 phictiúr chéanna arís
secret-progress = { $count } as { $total } { $total ->
        [one] phictiúr
        [two] phictiúr
        [few] phictiúr
        [many] bpictiúr
       *[other] pictiúr
    }
secret-wrong = Ní hea go díreach. Bain triail eile as.
secret-ask-grown-up = Ní hea go díreach. Má rinne tú dearmad ar do phictiúir, iarr ar do mhúinteoir iad a athshocrú.
secret-mismatch = Pictiúir dhifriúla a bhí iontu sin. Tosaigh arís.
secret-skip = Gan phasfhocal
secret-remove = Bain mo phasfhocal

player-age-title = Cén aois thú?
player-age-older = Os cionn 12? Roghnaigh 10–12. Is féidir le duine fásta é a athrú.

title-hello = Haigh, { $name }!
title-change-player = Athraigh an t-imreoir
title-edit-me = M'ainm agus mo phictiúr
title-password = Pasfhocal pictiúr
title-save-file = Sábháil mo réaltaí i gcomhad
save-to-file = Sábháil i gcomhad

# Geata na ndaoine fásta: suim nach féidir le páiste óg a thomhas.
gate-title = Do dhaoine fásta
gate-question = Cé mhéad é { $a } × { $b }?
gate-typed = Freagra: { $typed }
gate-wrong = Níl sé sin ceart. Seo ceist nua.
gate-delete = Scrios digit
gate-ok = OK

adults-title = Imreoirí ar an táibléad seo
adults-save-all = Sábháil gach imreoir i gcomhad
adults-bring = Tabhair isteach imreoirí ó chomhad
adults-clear = Glan an táibléad seo
adults-clear-confirm = { $count ->
        [one] Tapáil arís chun an t-aon imreoir amháin a scriosadh
        [two] Tapáil arís chun an { $count } imreoir a scriosadh
        [few] Tapáil arís chun na { $count } imreoir go léir a scriosadh
        [many] Tapáil arís chun na { $count } n-imreoir go léir a scriosadh
       *[other] Tapáil arís chun na { $count } imreoir go léir a scriosadh
    }
adults-cleared = Tá an táibléad seo folamh anois.
adults-player = { $stars ->
        [one] { $name }: réalta amháin
        [two] { $name }: { $stars } réalta
        [few] { $name }: { $stars } réalta
        [many] { $name }: { $stars } réalta
       *[other] { $name }: { $stars } réalta
    }
adults-save-one = Sábháil { $name } i gcomhad
adults-reset-secret = Athshocraigh pasfhocal pictiúr { $name }
adults-secret-reset = Níl pasfhocal pictiúr ag { $name } anois.
adults-delete = Scrios { $name }
adults-delete-confirm = Tapáil arís chun { $name } a scriosadh
adults-deleted = Scriosadh { $name }.
adults-saved = { $count ->
    [one] Sábháladh imreoir amháin i gcomhad. Oscail é ar an táibléad eile le “Tabhair isteach imreoirí ó chomhad”.
    [two] Sábháladh { $count } imreoir i gcomhad. Oscail é ar an táibléad eile le “Tabhair isteach imreoirí ó chomhad”.
    [few] Sábháladh { $count } imreoir i gcomhad. Oscail é ar an táibléad eile le “Tabhair isteach imreoirí ó chomhad”.
    [many] Sábháladh { $count } n-imreoir i gcomhad. Oscail é ar an táibléad eile le “Tabhair isteach imreoirí ó chomhad”.
   *[other] Sábháladh { $count } imreoir i gcomhad. Oscail é ar an táibléad eile le “Tabhair isteach imreoirí ó chomhad”.
}
adults-save-failed = Níorbh fhéidir an comhad a shábháil.
adults-include-secrets = Cuir na pasfhocail pictiúr sa chomhad
adults-secrets-left-out = Fágtar na pasfhocail pictiúr as comhaid a dhéantar anois; fanann pasfhocal atá ar an táibléad eile cheana.
adults-secrets-included = Tá na pasfhocail pictiúr i gcomhaid a dhéantar anois: is féidir le duine ar bith a osclaíonn an comhad iad a léamh.
adults-help = Daltaí a aistriú: sábháil anseo i gcomhad iad, cóipeáil an comhad chuig an táibléad eile, agus tabhair isteach ansin iad. Coinníonn imreoirí atá ar an táibléad sin cheana a gcuid réaltaí go léir.
adults-help-insecure = Ní sheoltar an leathanach seo thar HTTPS, mar sin ní féidir leis oibriú as líne ná é a chur ar an scáileán baile. Oibríonn gach rud eile. Míníonn an README conas é a sheoladh.
adults-voices-open = Léamh os ard
adults-voices-some = Is féidir leis an táibléad seo léamh os ard sna teangacha seo: { $languages }
adults-voices-none = Ní féidir leis an táibléad seo léamh os ard in aon cheann de theangacha an chluiche fós.
adults-voices-help = Chun guth a chur ar tháibléad Android: oscail “Socruithe”, aimsigh “Téacs go caint” (“Téacs go teanga” ar roinnt táibléad), oscail socruithe an innill shainroghnaithe agus suiteáil na sonraí gutha do theanga. Ansin oscail an cluiche arís. Ní léann os ard ach guthanna atá ar an táibléad féin, mar sin ní sheoltar aon rud in áit ar bith le léamh.
adults-band = Aoisghrúpa { $name }: { $band }
adults-band-unset = Aois gan roghnú
adults-band-changed = { $name }: { $band } anois.
adults-band-help = Tapáil aoisghrúpa imreora chun é a athrú. Feiceann an t-imreoir leibhéil an ghrúpa sin ar dtús. Roghnaíonn daltaí 7–9 nó 10–12 nuair a thosaíonn siad; ní féidir ach le duine fásta 12–14 a roghnú, an grúpa le hábhair do dhaltaí níos sine. Áirítear “Aois gan roghnú” mar 7–9.

import-done = Déanta: { $added ->
        [one] imreoir nua amháin
        [two] { $added } imreoir nua
        [few] { $added } imreoir nua
        [many] { $added } n-imreoir nua
       *[other] { $added } imreoir nua
    }, nuashonraithe: { $updated }{ $refused ->
        [0] .
        [one] , níorbh fhéidir { $refused } a thabhairt isteach (tá an táibléad lán, nó coinníonn Byte Bridge níos nuaí anseo é).
        [two] , níorbh fhéidir { $refused } a thabhairt isteach (tá an táibléad lán, nó coinníonn Byte Bridge níos nuaí anseo iad).
        [few] , níorbh fhéidir { $refused } a thabhairt isteach (tá an táibléad lán, nó coinníonn Byte Bridge níos nuaí anseo iad).
        [many] , níorbh fhéidir { $refused } a thabhairt isteach (tá an táibléad lán, nó coinníonn Byte Bridge níos nuaí anseo iad).
       *[other] , níorbh fhéidir { $refused } a thabhairt isteach (tá an táibléad lán, nó coinníonn Byte Bridge níos nuaí anseo iad).
    }{ $renamed ->
        [0] {""}
        [one] {" "}Fuair imreoir amháin ainm cluiche nua, mar bhí an t-ainm in úsáid anseo cheana.
        [two] {" "}Fuair { $renamed } imreoir ainm cluiche nua, mar bhí na hainmneacha in úsáid anseo cheana.
        [few] {" "}Fuair { $renamed } imreoir ainm cluiche nua, mar bhí na hainmneacha in úsáid anseo cheana.
        [many] {" "}Fuair { $renamed } n-imreoir ainm cluiche nua, mar bhí na hainmneacha in úsáid anseo cheana.
       *[other] {" "}Fuair { $renamed } imreoir ainm cluiche nua, mar bhí na hainmneacha in úsáid anseo cheana.
    }
import-error-too-large = Tá an comhad seo rómhór le bheith ina chomhad imreoirí.
import-error-not-ours = Ní comhad imreoirí Byte Bridge é seo.
import-error-newer = Tagann an comhad seo ó Byte Bridge níos nuaí. Nuashonraigh an cluiche ar an táibléad seo ar dtús.
import-error-damaged = Tá an comhad imreoirí seo damáistithe, mar sin níor athraíodh faic. Sábháil arís é ar an táibléad eile.
import-error-over-limits = Tá níos mó ag imreoir sa chomhad seo ná mar a choinníonn Byte Bridge riamh (ríomhchláir rófhada, an iomarca iarrachtaí nó leibhéal), leis féin nó in éineacht leis an imreoir céanna ar an táibléad seo. Níor athraíodh faic.
import-error-unreadable = Níorbh fhéidir an comhad a léamh. Bain triail eile as.

offline-needs-https = Ní sheoltar an leathanach seo thar HTTPS, mar sin ní oibreoidh sé gan an t-idirlíon.
update-reload = Leagan nua réidh: tapáil chun é a thosú
save-file-failed = Níorbh fhéidir an comhad a shábháil. Bain triail eile as, le do thoil.
