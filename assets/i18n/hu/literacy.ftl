# What the digital-literacy level kinds show around a level's own texts.

answer-next = Tovább
answer-right = Így van!
answer-wrong = Nem egészen.
answer-feedback = { $verdict } { $reason }

pick-screen = Te mit tennél?
pick-start = Olvasd el, mi történik, aztán koppints a legjobb válaszra.
pick-progress = Kérdés: { $current }/{ $total }
pick-option-best = Legjobb válasz: { $text }
pick-option-not-best = Nem a legjobb: { $text }

order-screen-steps = Lépések
order-screen-rank = Jelszavak
order-start = Koppints arra a lépésre, amelyik elsőként jön.
order-start-rank = Koppints először a leggyengébb jelszóra.
order-progress = Sorrendben: { $placed }/{ $total }
order-step-placed = { $number }. { $text }
order-done = { $last } Minden jó sorrendben van. Koppints a „Befejezés” gombra.

password-screen = Új jelszó
password-empty = Koppints a lenti szavakra, hogy jelszót építs.
password-shown = Jelszó: { $password }
password-piece = Hozzáadás: { $text }
password-remove = Utolsó törlése
password-clear = Újrakezdés
password-pieces = { $count } { $count ->
        [one] darab
       *[other] darab
    } (legalább { $min }, legfeljebb { $max })
password-meter-empty = Erősség: még semmi
password-meter-pending = Erősség: mérés …
password-meter-unavailable = Az erősségmérő nem töltődött be. Ellenőrizd a kapcsolatot, aztán változtass a jelszón, hogy újra próbáld.
password-meter = Erősség: { $score }. { $time }
password-personal = Vigyázat! { $reason }
password-build-empty = Kezdd egy szóval. Olyan szavakat válassz, amelyeknek semmi közük hozzád.
password-build-personal = Vedd ki a rólad szóló darabot: aki ismer, kitalálhatja.
password-build-short = Tegyél hozzá még szavakat: legalább ennyit használj: { $min }.
password-build-weak = Még nem elég erős. Tegyél hozzá egy szót, vagy cserélj le egyet. A cél: „{ $target }”.
password-build-done = Erős, hosszú, és semmi sem szól rólad. Koppints a „Befejezés” gombra!
password-score-0 = Nagyon gyenge
password-score-1 = Gyenge
password-score-2 = Közepes
password-score-3 = Erős
password-score-4 = Nagyon erős
password-time-instantly = Egy számítógép kevesebb mint egy perc alatt kitalálja.
password-time-minutes = Egy számítógép néhány perc alatt kitalálja.
password-time-hours = Egy számítógép néhány óra alatt kitalálja.
password-time-days = Egy számítógépnek napokra van szüksége, hogy kitalálja.
password-time-years = Egy számítógépnek évekre van szüksége, hogy kitalálja.
password-time-centuries = Egy számítógépnek több száz évre van szüksége, hogy kitalálja.
password-meter-limited = Erősség: { $score }. { $limit }
password-limit-short = Túl rövid ahhoz, hogy erős legyen. Legyen legalább 15 betű.
password-limit-few-words = Az erős jelszóban legalább három véletlen szó van.
password-limit-common-words = Ezek a szavak nagyon gyakoriak. Cserélj le egyet egy ritkábbra.

address-screen = Link
address-claim = Ez a link azt mondja, hogy ide visz: { $brand }.
address-start = A cím nevét a végéről olvasd, ne az elejéről.
address-find = Koppints arra a részre, amely megnevezi a webhelyet.
address-judge = Ez a(z) { $brand } webhelye?
address-yes = Igen, ez a(z) { $brand }
address-no = Nem, ez nem az
address-part = A cím része: { $text }
address-progress = Link: { $current }/{ $total }
address-found = Igen! Ez a rész nevezi meg a webhelyet: { $site }. Ez a(z) { $brand }?
address-verdict-real = Ez a link ide visz: { $site }, a(z) { $brand } valódi webhelyére.
address-verdict-other = Ez a link ide visz: { $site }, nem a(z) { $brand } webhelyére. A(z) { $brand } név máshol a linkben csak álca.
address-verdict-lookalike = Nézd meg jól: néhány betű egy másik ábécéből jön. A böngésző ezt olvassa: { $real }, és ez nem a(z) { $brand }.
address-part-scheme = A „https://” csak azt jelenti, hogy útközben senki sem hallgathat bele. Nem mondja meg, ki üzemelteti a webhelyet.
address-part-user = A böngésző nem oda megy, ami a @ előtt áll. A csalók ide írnak egy híres nevet.
address-part-subdomain = Ez csak egy elülső rész. A webhely gazdája bármilyen szót írhat ide, akár egy híres nevet is.
address-part-site = Ez a rész nevezi meg a webhelyet: a végződés és a közvetlenül előtte álló név. Ebből tudod, ki üzemelteti a webhelyet.
address-part-port = Ez a szám egy ajtó a webhelyre. Nem mondja meg, ki üzemelteti.
address-part-path = Ez a rész a webhely neve után jön. A gazdája bármit írhat ide.
address-part-query = Ez a rész a webhely neve után jön. A gazdája bármit írhat ide.
address-part-fragment = Ez a rész csak egy helyre ugrik az oldalon. Nem mondja meg, ki üzemelteti a webhelyet.
address-shown = { $words } — valójában ide visz:
address-verdict-shown = A rajta lévő szavak egyet mondanak, de ide visz: { $site }, nem a(z) { $brand } webhelyére.
address-verdict-note = { $reason } { $note }
