# Na leibhéil leis an robat (códú): bloic, an t-eagarthóir, an dífhabhtóir agus an rud a rinne rith.

## Bloic (ainmneacha sa phailéad; léann léitheoirí scáileáin iad freisin)
command-forward = Ar aghaidh
command-turn-left = Cas ar clé
command-turn-right = Cas ar dheis
command-light = Las
tile-repeat = Athdhéan
tile-repeat-until-goal = Athdhéan go deireadh
tile-if = Má
tile-if-else = Má … seachas sin
tile-call-p1 = Cúntóir 1
tile-call-p2 = Cúntóir 2
tile-repeat-times = { $times ->
        [one] Athdhéan { $times } uair
        [two] Athdhéan { $times } uair
        [few] Athdhéan { $times } huaire
        [many] Athdhéan { $times } n-uaire
       *[other] Athdhéan { $times } uair
    }
tile-if-condition = Má { $condition }
tile-if-else-condition = Má { $condition }, seachas sin

tile-repeat-while = Athdhéan fad is
tile-call-p1-with = Cúntóir 1 le huimhir
tile-call-p2-with = Cúntóir 2 le huimhir
tile-repeat-n = Athdhéan n uair
tile-set-count = Socraigh an comhaireamh
tile-add-count = Cuir 1 leis an gcomhaireamh
tile-repeat-while-condition = Athdhéan fad is { $condition }
tile-call-with = { $routine } le { $number }
tile-set-count-to = Socraigh an comhaireamh ar { $number }
condition-count-is = comhaireamh = { $count }
# Seasann “ní” roimh an gceist iomlán: “Má ní ar dhearg”.
test-not = ní { $condition }
test-and = { $first } agus { $second }
test-or = { $first } nó { $second }
test-not-word = ní
test-and-word = agus
test-or-word = nó

condition-path-ahead = bealach chun tosaigh
condition-path-left = bealach ar clé
condition-path-right = bealach ar dheis
condition-on-red = ar dhearg
condition-on-blue = ar ghorm
condition-on-green = ar ghlas
colour-red = dearg
colour-blue = gorm
colour-green = glas

## Gnáthaimh: an Príomhchlár agus an dá chúntóir
routine-main = Príomhchlár
routine-p1 = Cúntóir 1
routine-p2 = Cúntóir 2
routine-when = Cuid an imeachta
event-on-lamp = Nuair a sheasann an robat ar lampa
event-on-red = Nuair a sheasann an robat ar dhearg
event-on-blue = Nuair a sheasann an robat ar ghorm
event-on-green = Nuair a sheasann an robat ar ghlas

## An t-eagarthóir
robot-slots = { $routine }: { $used } as { $max } { $max ->
        [one] bhloc
        [two] bhloc
        [few] bhloc
        [many] mbloc
       *[other] bloc
    }
robot-program-tile = { $tile }, céim { $position } i { $place }
robot-place-inside = { $container }
robot-place-else = an chuid “seachas sin” de { $container }
robot-list-end = Deireadh { $place }: téann bloic nua anseo
robot-else = seachas sin
robot-undo = Cealaigh
robot-redo = Déan arís
robot-clear = Glan gach rud
robot-delete = Bain an bloc
robot-move-earlier = Bog níos luaithe
robot-move-later = Bog níos déanaí
robot-fewer = Níos lú uaireanta
robot-more = Níos mó uaireanta
robot-change-condition = Athraigh an cheist
editor-full = Tá { $routine } lán. Bain bloc ar dtús.
editor-too-deep = Ní féidir boscaí a chur taobh istigh de bhoscaí níos doimhne ná trí leibhéal.
editor-into-itself = Ní féidir le bloc dul isteach ann féin.
editor-nothing = Níl aon rud le déanamh ansin.
robot-number-down = Uimhir níos lú
robot-number-up = Uimhir níos mó
robot-change-logic = Athraigh ní / agus / nó
robot-change-second = Athraigh an dara ceist
robot-change-event = Athraigh an t-imeacht
editor-only-in-helper = Ní oibríonn Athdhéan n uair ach taobh istigh de chúntóir: is é n an uimhir a thugtar don chúntóir.

## An dífhabhtóir
robot-run = Rith
robot-pause = Sos
robot-step = Céim
robot-step-back = Céim siar
robot-stop = Stop
robot-speed = Luas: { $speed }
robot-speed-slow = mall
robot-speed-normal = gnáth
robot-speed-fast = tapa
robot-running = Céim { $steps }
robot-running-count = Céim { $steps } · comhaireamh = { $count }
robot-running-n = Céim { $steps } · n = { $n }
robot-running-count-n = Céim { $steps } · comhaireamh = { $count } · n = { $n }
robot-program-empty = Tapáil na bloic chun do ríomhchlár a thógáil.
robot-program-ready = Tapáil Rith chun tosú, nó Céim chun dul bloc ar bhloc.

robot-board = Tá an robat i gcolún { $x }, i ró { $y }, agus é ag féachaint { $facing }. { $goal }{ $lamps ->
        [0] {""}
        [one] { " " }Lampaí lasta: { $lit } as { $lamps }.
        [two] { " " }Lampaí lasta: { $lit } as { $lamps }.
        [few] { " " }Lampaí lasta: { $lit } as { $lamps }.
        [many] { " " }Lampaí lasta: { $lit } as { $lamps }.
       *[other] { " " }Lampaí lasta: { $lit } as { $lamps }.
    }
robot-board-goal = Tá an bhratach i gcolún { $x }, i ró { $y }.
# The board as a grid for screen readers, one cell at a time: where it is, then what is there.
robot-cell = Colún { $x }, ró { $y }: { $what }
robot-cell-floor = urlár
robot-cell-wall = balla
robot-cell-coloured = urlár { $colour }
robot-cell-lamp = lampa, gan lasadh
robot-cell-lamp-lit = lampa, lasta
robot-cell-flag = { $what }, bratach
robot-cell-robot = { $what }, an robat ag féachaint { $facing }

direction-north = suas
direction-east = ar dheis
direction-south = síos
direction-west = ar clé

## An rud a rinne rith
outcome-reached-goal = D'éirigh leat!
outcome-hit-wall = Plab! Bhuail an robat balla. Athraigh do ríomhchlár agus bain triail eile as.
outcome-left-board = Fainic! Thitfeadh an robat den chlár. Athraigh do ríomhchlár agus bain triail eile as.
outcome-no-lamp = Níl lampa ar bith anseo. Ní féidir leis an robat lampa a lasadh ach san áit a seasann sé.
outcome-out-of-commands = Tá deireadh leis an ríomhchlár, ach níl an jab déanta fós. Cuir tuilleadh bloc leis agus bain triail eile as.
outcome-step-budget = Thóg an robat { $steps } { $steps ->
        [one] chéim
        [two] chéim
        [few] chéim
        [many] gcéim
       *[other] céim
    } agus níl sé críochnaithe fós. An dtéann do ríomhchlár timpeall is timpeall go deo?
outcome-too-many-calls = An iomarca cúntóirí ag glaoch ar chúntóirí! An nglaonn cúntóir air féin sula bhfuil sé críochnaithe?
