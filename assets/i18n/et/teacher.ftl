# Õpetaja leht. Õpetajat kõnetatakse viisakalt „teie“-vormis.

teacher-page-title = Byte Bridge õpetajatele
teacher-title = Byte Bridge õpetajatele
teacher-tagline = Andke klassile tasemeid, koguge tulemused ja vaadake, kes vajab abi.
teacher-skip = Mine lehe sisu juurde
teacher-language = Keel

## Abi
teacher-help = Abi: kuhu klassi andmed lähevad?
teacher-help-local = Kõik sellel lehel jääb sellesse brauserisse selles seadmes. Kontosid ega serverit pole: midagi ei saadeta kuhugi, kui te just ei seadista jaotises „Saada õpiandmete hoidlasse“ õpiandmete hoidlat.
teacher-help-files = Tulemused tulevad õpilaste tahvelarvutitest failide või QR-koodidena. Tooge failid sisse jaotises „Kogu tulemused“ või skannige koodid selle seadme kaameraga.
teacher-help-signing = Valikuga „Allkirjasta õpilaste failid klassi võtmega“ allkirjastavad tahvelarvutid iga tulemusfaili ja QR-koodi. Hiljem muudetud fail märgitakse siin ära ja seda ei arvestata; ning kui õpilase faile on kord allkirjastatud, ei arvestata ka tema faile ja koode, millel pole kehtivat allkirja. Võtit hoitakse tahvelarvutites, seega tabab see muudetud faile, aga mitte kedagi, kes kopeerib võtme tahvelarvutist ja allkirjastab väljamõeldud tulemusi.
teacher-help-notes = Pärisnimed, mille mängunime kõrvale kirjutate, jäävad sellesse brauserisse. Need lahkuvad siit ainult siis, kui märgite „Lisa pärisnimed“ ja laadite siis alla CSV või prindite klassivaate.
teacher-help-backup = Selle brauseri andmete kustutamine kustutab ka klassi andmed. Laadige aeg-ajalt CSV alla, et teil oleks koopia.
teacher-help-insecure = Seda lehte ei serveerita HTTPS-i kaudu, seega ei tööta see võrguühenduseta ega saa kasutada kaamerat. Tulemusfailid töötavad alati.

## Teated
teacher-dismiss = OK
teacher-storage-full = Selle brauseri mälu on täis, seega pole teie viimased muudatused salvestatud. Laadige kohe CSV alla ning eemaldage siis vanu linke või kustutage vanu klassiandmeid.
teacher-storage-blocked = See brauser ei luba lehel midagi salvestada (privaatrežiim või seade). Vahekaardi sulgemisel läheb kõik kaotsi, seega laadige enne CSV alla.
teacher-error-action = Midagi läks valesti. Palun laadige leht uuesti ja proovige veel kord; kõik seni salvestatu jääb alles.
teacher-error-start = Õpetaja lehte ei õnnestunud käivitada. Palun laadige see uuesti. Kui see kordub, proovige uusimat Chrome'i, Edge'i või Firefoxi.
teacher-update-ready = Byte Bridge'i uus versioon on valmis.
teacher-update = Laadi kohe uuesti

## Tasemete andmine klassile
teacher-assign-title = Andke klassile tasemeid
teacher-assign-intro = Valige tasemed ja looge link. Õpilased avavad lingi oma tahvelarvutis või skannivad selle QR-koodi ja leiavad tasemed tänase missioonina.
teacher-class-name = Klassi nimi
teacher-class-name-hint = Näiteks 4B. Nimi liigub lingiga tahvelarvutitesse, seega ärge kasutage õpilase nime.
teacher-levels = Tasemed
teacher-band-filter = Vanuserühm
teacher-band-all = Kõik vanused
teacher-competence-filter = DigComp 2.2 pädevus
teacher-competence-all = Kõik pädevused
teacher-competence-option = { $id } { $title }
teacher-digcomp3-filter = DigComp 3.0 pädevus
teacher-digcomp3-all = Kõik pädevused
teacher-level-digcomp = DigComp 2.2: { $ids }
teacher-level-digcomp3 = DigComp 3.0: { $ids }
teacher-whole-world = Kogu „{ $world }“
teacher-no-levels = Ükski tase ei vasta neile filtritele.
teacher-levels-selected = { $count ->
        [0] Ühtegi taset pole veel valitud.
        [one] { $count } tase valitud.
       *[other] { $count } taset valitud.
    }
teacher-select-none = Tühjenda valik
teacher-lock = Lukusta teised tasemed
teacher-lock-hint = Õpilased saavad mängida ainult neid tasemeid, kuni see missioon on nende tahvelarvutis.
teacher-sign = Allkirjasta õpilaste failid klassi võtmega
teacher-sign-hint = Tulemusfail või QR-kood, mida on muudetud pärast seda, kui tahvelarvuti selle salvestas, märgitakse ära ja seda ei arvestata. Võtit hoitakse tahvelarvutites, seega saab see, kes selle tahvelarvutist kopeerib, ikkagi väljamõeldud tulemusi allkirjastada.
teacher-create = Loo link

## Link
teacher-link-ready = Teie klassi link
teacher-link = Link
teacher-copy = Kopeeri link
teacher-copied = Link on kopeeritud.
teacher-copy-manual = Link on valitud. Kopeerige see oma seadme kopeerimiskäsuga.
teacher-qr-label = Lingi QR-kood klassile { $name }
teacher-qr-caption = Õpilased skannivad selle koodi tahvelarvuti kaameraga, et missioon avada.
teacher-print-sheet = Prindi leht
teacher-earlier-title = Varasemad lingid
teacher-assignment-meta = { $count ->
        [one] { $count } tase
       *[other] { $count } taset
    }, loodud { $date }
teacher-assignment-levels = { $count ->
        [one] Näita taset
       *[other] Näita kõiki { $count } taset
    }
teacher-assignment-locked = teised tasemed lukus
teacher-assignment-signed = failid allkirjastatakse
teacher-assignment-unsigned = faile ei allkirjastata
teacher-show-qr = Näita QR-koodi
teacher-hide-qr = Peida QR-kood
teacher-remove = Eemalda link
teacher-remove-confirm = Kas eemaldada sellelt lehelt klassi „{ $name }“ link?
teacher-remove-yes = Jah, eemalda
teacher-cancel = Tühista
teacher-assignment-option = { $name } ({ $date })

## Õpilastele prinditav leht
teacher-sheet-title = Tänane missioon
teacher-sheet-how = Skanni kood tahvelarvuti kaameraga või kirjuta allolev link brauserisse.
teacher-sheet-levels = Tänased tasemed

## Tulemuste kogumine
teacher-collect-title = Kogu tulemused
teacher-collect-intro = Tooge sisse õpilaste tulemusfailid, korraga nii palju kui soovite, või skannige QR-koodid nende tahvelarvutitest.
teacher-drop-hint = Lohistage õpilaste failid siia
teacher-files-label = Õpilaste tulemusfailid
teacher-choose-files = Vali failid
teacher-results-title = Sisse toodud
teacher-results-empty = Ühtegi faili pole veel sisse toodud.
teacher-results-clear = Tühjenda see nimekiri
teacher-file-altered = Hoiatus: seda faili on muudetud pärast seda, kui tahvelarvuti selle salvestas.
teacher-file-failed = Sisse toomata:
teacher-file-unreadable = Faili { $file } ei õnnestunud lugeda. Proovige uuesti või salvestage see tahvelarvutis uuesti.
teacher-code-unreadable = Seda QR-koodi ei õnnestunud lugeda. Palun proovige uuesti.
teacher-status-signed = allkirjastatud
teacher-status-unsigned = kontrollimata
teacher-status-summary = QR-koodist
teacher-scan-title = Skanni QR-koode
teacher-scan-intro = Suunake kaamera õpilase tulemuskoodile. Kaamera otsib järgmist õpilast, kuni selle peatate.
teacher-scan = Skanni QR-kood
teacher-stop-camera = Peata kaamera
teacher-camera-label = Kaamera pilt
teacher-camera-starting = Kaamera käivitub…
teacher-camera-looking = Otsin QR-koodi…
teacher-camera-next = Käes. Näidake järgmist koodi.
teacher-camera-stopped = Kaamera on välja lülitatud.
teacher-camera-unavailable = Kaamerat ei saa siin kasutada: seda pole, seda ei lubatud või lehte ei serveerita HTTPS-i kaudu. Tulemusfailid töötavad alati.
teacher-scanner-unavailable = QR-koodi lugejat ei õnnestunud laadida. Minge üks kord võrku ja proovige uuesti. Tulemusfailid töötavad alati.

## Teie klass
teacher-class-title = Teie klass
teacher-show-assignment = Näita
teacher-all-levels = Kõik tasemed
teacher-no-pupils = Tulemusi veel pole. Koguge ülal õpilaste failid või koodid.
teacher-note-hint = Pärisnimed jäävad ainult sellesse seadmesse. Allalaaditud failides neid pole, kui te ei märgi „Lisa pärisnimed“.
teacher-note-label = Pärisnimi
teacher-note-for = Mängija { $name } pärisnimi
teacher-grid-caption = { $count ->
        [one] { $count } õpilane, kõik tasemed
       *[other] { $count } õpilast, kõik tasemed
    }
teacher-grid-caption-class = { $count ->
        [one] { $name }: { $count } õpilane
       *[other] { $name }: { $count } õpilast
    }
teacher-pupil = Õpilane
teacher-pupil-altered = Muudetud fail
teacher-cell-empty = mängimata
teacher-cell-detail = { $attempts ->
        [one] { $attempts } katse
       *[other] { $attempts } katset
    } · { $time }{ $hints ->
        [0] {""}
        [one] {" "}· { $hints } vihje
       *[other] {" "}· { $hints } vihjet
    }
teacher-forget = Eemalda õpilane
teacher-forget-pupil = Eemalda õpilane { $name }
teacher-forget-confirm = Kas eemaldada sellelt lehelt { $name } ja kõik tema tulemused?
teacher-forget-yes = Jah, eemalda
teacher-forgotten = { $name } eemaldati.

## Üks õpilane ühel tasemel
teacher-cell-title = { $pupil }: { $level }
teacher-close = Sulge
teacher-no-attempts = Katseid veel pole.
teacher-attempt-title = Katse { $number }, { $when }
teacher-attempt-stars = Tähed
teacher-stars-count = { $count ->
        [one] { $count } täht
       *[other] { $count } tähte
    }
teacher-attempt-outcome = Tulemus
teacher-attempt-time = Aeg
teacher-attempt-hints = Vihjed
teacher-attempt-mistakes = Vead
teacher-program-main = Põhiprogramm
teacher-program-p1 = Abiline 1
teacher-program-p2 = Abiline 2
teacher-program-empty = (tühi)
teacher-tile-else = muidu
teacher-code = Koodina
teacher-code-note = Sama programm tekstina, Pythoni-sarnases keeles. Õpilased näevad seda mängus valikuga „Näita koodina“.
teacher-answers = Vastused

## Tasemete kaupa
teacher-summary-title = Tasemete kaupa
teacher-summary-caption = Kuidas igal tasemel läks
teacher-summary-level = Tase
teacher-summary-played = Mängitud
teacher-summary-finished = Läbitud
teacher-summary-stuck = Jäi kinni
teacher-summary-mean = Katseid keskmiselt
teacher-summary-common = Kõige sagedasemad probleemid
teacher-problem-count = { $text } × { $count }

## Allalaadimine, printimine, kustutamine
teacher-export-title = Laadi alla, prindi, kustuta
teacher-include-notes = Lisa pärisnimed
teacher-include-notes-hint = Märkige see ainult failile või väljatrükile, mis jääb teie kätte, näiteks teie enda märkmete jaoks.
teacher-download-csv = Laadi alla CSV
teacher-download-xapi = Laadi alla xAPI (JSON)
teacher-print-class = Prindi klassivaade
teacher-clear = Kustuta klassi andmed
teacher-clear-confirm = Kas kustutada sellest brauserist kõik õpilased, tulemused, pärisnimed ja lingid? Seda ei saa tagasi võtta. Kui soovite tulemused alles hoida, laadige enne CSV alla.
teacher-clear-yes = Jah, kustuta kõik
teacher-cleared = Klassi andmed kustutati.
teacher-language-unavailable = Keelt { $language } ei õnnestunud alla laadida: selles brauseris seda veel pole. Looge internetiühendus ja valige keel uuesti.

## Saatmine õpiandmete hoidlasse (LRS)
teacher-lrs-title = Saada õpiandmete hoidlasse
teacher-lrs-intro = Kui teie kool või ministeerium kogub tulemusi õpiandmete hoidlasse (Learning Record Store, LRS), sisestage siia selle xAPI-aadress, võti ja saladus. Siis saadetakse iga sisse toodud tulemus sinna automaatselt ja igaüks ainult üks kord. Aadress, võti ja saladus jäävad sellesse brauserisse: õpilaste tahvelarvutid ei saa neid kunagi.
teacher-lrs-endpoint = xAPI-aadress (lõpp-punkt)
teacher-lrs-key = Võti (kasutajanimi)
teacher-lrs-secret = Saladus (parool)
teacher-lrs-secret-kept = Jätke tühjaks, kui soovite selle aadressi ja võtme jaoks varem salvestatud saladuse alles hoida.
teacher-lrs-save = Salvesta ja saada
teacher-lrs-forget = Unusta see õpiandmete hoidla
teacher-lrs-retry = Proovi kohe uuesti
teacher-lrs-off = Õpiandmete hoidlat pole seadistatud. Tulemused jäävad sellesse brauserisse ja teie allalaaditud failidesse.
teacher-lrs-done = { $sent ->
        [one] Tulemus on õpiandmete hoidlas.
       *[other] Kõik { $sent } tulemust on õpiandmete hoidlas.
    }
teacher-lrs-sending = { $waiting ->
        [one] Saatmine käib: üks tulemus ootab.
       *[other] Saatmine käib: { $waiting } tulemust ootab.
    }
teacher-lrs-waiting-offline = { $waiting ->
        [one] Üks tulemus ootab: õpiandmete hoidlaga ei saa ühendust. Uus katse { $seconds } s pärast. Kui see püsib, paluge õpiandmete hoidla haldajal lubada selle lehe aadress.
       *[other] { $waiting } tulemust ootab: õpiandmete hoidlaga ei saa ühendust. Uus katse { $seconds } s pärast. Kui see püsib, paluge õpiandmete hoidla haldajal lubada selle lehe aadress.
    }
teacher-lrs-waiting-error = { $waiting ->
        [one] Üks tulemus ootab: õpiandmete hoidla vastas veaga { $status }. Uus katse { $seconds } s pärast.
       *[other] { $waiting } tulemust ootab: õpiandmete hoidla vastas veaga { $status }. Uus katse { $seconds } s pärast.
    }
teacher-lrs-stopped-key = Saatmine on peatatud: õpiandmete hoidla ei võta seda võtit ja saladust vastu. Kontrollige neid ja salvestage uuesti.
teacher-lrs-stopped-forbidden = Saatmine on peatatud: selle võtmega ei tohi õpiandmete hoidlasse tulemusi lisada. Paluge hoidla haldajalt võtit, millega saab kirjutada xAPI-lauseid (statements).
teacher-lrs-stopped-address = Saatmine on peatatud: see aadress ei vasta nagu õpiandmete hoidla (vastus { $status }). Kontrollige xAPI-aadressi.
teacher-lrs-refused = { $refused ->
        [one] Õpiandmete hoidla lükkas ühe tulemuse tagasi. See pannakse kõrvale ja seda ei saadeta uuesti.
       *[other] Õpiandmete hoidla lükkas { $refused } tulemust tagasi. Need pannakse kõrvale ja neid ei saadeta uuesti.
    }
teacher-lrs-load-damaged = Sellesse brauserisse salvestatud õpiandmete hoidla seadeid ei õnnestunud lugeda. Palun sisestage need uuesti: tulemusi, mis on juba õpiandmete hoidlas, ei salvestata kaks korda.
teacher-lrs-load-newer = Õpiandmete hoidla seaded salvestas selle lehe uuem versioon. Laadige leht uuesti, et saada uus versioon; seni ei saadeta midagi.
teacher-lrs-error-no-address = Sisestage õpiandmete hoidla xAPI-aadress.
teacher-lrs-error-address = See ei ole õpiandmete hoidla veebiaadress. See peaks välja nägema nagu https://lrs.example.org/xAPI/, ilma märkideta ? ja #.
teacher-lrs-error-insecure = Aadress peab algama https://, et võti ja tulemused liiguksid krüpteeritult.
teacher-lrs-error-credentials-in-address = Kirjutage võti ja saladus nende oma väljadele, mitte aadressi sisse.
teacher-lrs-error-no-key = Sisestage võti ja saladus, mille te õpiandmete hoidla jaoks saite.
teacher-lrs-error-bad-key = Võti ei tohi sisaldada märki ":". Võti ja saladus ei tohi sisaldada reavahetusi.
teacher-lrs-error-too-long = Aadress, võti või saladus on liiga pikk (igaüks kuni 500 märki).
teacher-lrs-forgotten = Õpiandmete hoidla aadress, võti ja saladus eemaldati sellest brauserist.
teacher-lrs-empty = Veel pole midagi saata. Sisse toodud tulemused lähevad õpiandmete hoidlasse automaatselt.

## Levels you make: what the checks say (src/core/level/made.rs, web/teacher/src/made.rs)
made-field-title = Pealkiri
made-field-task = Ülesanne
made-field-learned = „Mida õpilased õppisid“
made-field-hint = Vihje
made-field-box = Kast
made-field-card = Kaart
made-field-prompt = Olukord
made-field-reply = Vastus
made-field-part = Sõnumi rida
made-field-reason = Põhjendus
made-problem-damaged = See ei ole sellel lehel tehtud tase või on see rikutud.
made-problem-newer = See tase on tehtud selle lehe uuema versiooniga. Laadige leht uuesti, et saada uus versioon.
made-problem-language = See leht ei tunne selle taseme keelt.
made-problem-missing = { $field }: palun täitke see väli.
made-problem-too-long = { $field }: palun lühendage teksti (kuni { $max } { $max ->
        [one] märk
       *[other] märki
    }).
made-problem-undrawable = { $field }: mõnda märki ei saa tahvelarvutites näidata: { $chars }. Palun kasutage tähti, numbreid ja tavalisi kirjavahemärke (ilma emotikonideta).
made-problem-hints = Tasemel peab olema kolm vihjet: väike tõuge, idee ja siis osa vastusest.
made-problem-count = { $field }: liiga vähe või liiga palju (kuni { $max }).
made-problem-one-right = Märkige täpselt üks vastus õigeks.
made-problem-box-unused = Igasse kasti peab kuuluma vähemalt üks kaart.
made-problem-flags = Märkige vähemalt üks rida ohumärgiks ja jätke vähemalt üks rida ilma ohumärgita.
made-problem-board-size = Mängulaud peab olema 2 kuni { $max } { $max ->
        [one] ruut
       *[other] ruutu
    } lai ja 1 kuni { $max } { $max ->
        [one] ruut
       *[other] ruutu
    } kõrge.
made-problem-board-start = Pange mängulauale täpselt üks alguse ruut.
made-problem-board-goal = Pange mängulauale lipp või vähemalt üks lamp.
made-problem-board = Mängulaud rikub mängu reeglit. Kontrollige ruute ja klotse, mida pakute.
made-problem-tiles = Pakkuge vähemalt üks klots.
made-problem-already-solved = Robot on valmis juba enne liikumist: viige lipp algusest eemale.
made-problem-slots = Lühimas programmis, mis selle mängulaua lahendab, on { $tiles } { $tiles ->
        [one] klots
       *[other] klotsi
    }. Andke programmis ruumi vähemalt { $tiles } { $tiles ->
        [one] klotsile
       *[other] klotsile
    }.
made-problem-unsolvable = Nende klotsidega ei jõua robot lipuni (ja iga lambini). Avage tee või pakkuge rohkem klotse (näiteks pöördeid või tsükkel).
made-problem-too-large = See mängulaud on kontrollimiseks liiga suur: ükski vähem kui { $tiles } { $tiles ->
        [one] klotsiga
       *[other] klotsiga
    } programm seda ei lahenda ja pikemaid on liiga palju, et kõiki proovida. Tehke mängulaud väiksemaks või tee lühemaks või pakkuge tsüklit.
made-problem-par = Tasemel pole veel parimat lahendust: kontrollige seda kõigepealt sellel lehel.
made-checked-robot = Robot saab hakkama: parimas programmis on { $par } { $par ->
        [one] klots
       *[other] klotsi
    }. Õpilased saavad 3 tähte, kui kasutavad kuni { $par } { $par ->
        [one] klotsi
       *[other] klotsi
    }.
made-checked-answers = Valmis: igal vastusel on põhjendus.
made-kind-robot_grid = Robot mängulaual
made-kind-sort = Sorteerimine kahte kasti
made-kind-pick_reply = Vastuse valimine
made-kind-spot_flags = Ohumärkide leidmine
made-copy-title = { $title } (koopia)
made-import-done = { $added ->
    [one] Lisati üks tase.
   *[other] Lisati { $added } taset.
} { $skipped ->
    [0] {""}
    [one] Üks oli juba siin.
   *[other] { $skipped } olid juba siin.
}
made-import-not-ours = { $file } ei ole selle lehe tasemete fail.
made-import-too-large = { $file } on tasemete faili jaoks liiga suur (kuni 1 MB ja 100 taset).
made-import-bad-level = { $file }: taset { $number } („{ $title }“) ei saa kasutada, seega ei lisatud midagi. { $problem }
made-assign-too-many = Klassi lingis võib olla kuni { $max } { $max ->
        [one] teie tehtud tase
       *[other] teie tehtud taset
    }.
made-assign-unknown = Üht valitud taset pole enam teie kogus. Valige tasemed uuesti.
made-qr-too-long = See link on liiga pikk QR-koodi jaoks, mida tahvelarvuti suudab lugeda ({ $length } { $length ->
        [one] märk
       *[other] märki
    }; koodi mahub { $max }). Jagage linki ennast või laadige fail alla ja avage see igas tahvelarvutis jaotises „Täiskasvanutele“ → „Too mängijad failist“.

## Levels you make: the page (web/teacher-page/maker.js)
# The section where a teacher writes a level in their own words, checks it and keeps it in
# "My levels". Read by teachers. The kinds' names are the made-kind-… messages above.
made-page-heading = Oma tasemete loomine
made-page-intro = Kirjutage tase oma sõnadega ja kontrollige, et see töötab. Teie tasemed jäävad selle brauseri jaotisesse „Minu tasemed“ ja saate neid klassile anda nagu mängu enda tasemeid.
# The form's heading: a new level, or one from "My levels" being changed.
made-page-new = Uus tase
made-page-editing = Muudate taset „{ $title }“
made-page-editing-hint = Salvestamisel asendatakse vana versioon teie tasemete hulgas.
made-page-start-new = Alusta uut taset
made-page-kind = Taseme liik
made-page-band = Vanuserühm
made-page-title = Pealkiri
made-page-task = Ülesanne: mida õpilased peavad tegema
made-page-learned = Mida õpilased õppisid (näidatakse lõpus)
made-page-hints = Kolm vihjet
made-page-hint-1 = Vihje 1: väike tõuge
made-page-hint-2 = Vihje 2: idee
made-page-hint-3 = Vihje 3: osa vastusest, mitte kogu vastus

# The robot grid.
made-page-width = Laius (ruutudes)
made-page-height = Kõrgus (ridades)
made-page-paint = Millega värvida
made-page-board = Mängulaud
made-page-board-hint = Puudutage ruutu, et seda värvida. Laual on ainult üks algus ja üks lipp: kui värvite uue, liigub see sinna. Klaviatuuril liigute ruutude vahel nooleklahvidega.
# One square of the board, for screen readers: "Row 2, square 3: wall". $what is a made-page-square-… message.
made-page-square = Rida { $row }, ruut { $column }: { $what }
made-page-square-wall = sein
made-page-square-floor = põrand
made-page-square-start = algus
made-page-square-flag = lipp
made-page-square-lamp = lamp
made-page-square-red = punane põrand
made-page-square-blue = sinine põrand
made-page-square-green = roheline põrand
made-page-facing = Alguses vaatab robot
made-page-facing-north = põhja (üles)
made-page-facing-east = itta (paremale)
made-page-facing-south = lõunasse (alla)
made-page-facing-west = läände (vasakule)
made-page-tiles = Klotsid, mida õpilased tohivad kasutada
made-page-conditions = Küsimused, mida klotsid „Kui“ ja „Korda, seni kui“ tohivad küsida
made-page-conditions-hint = Märkige vähemalt üks.
made-page-slots-main = Klotse põhiprogrammis (1 kuni 16)
made-page-slots-p1 = Klotse osas Abiline 1 (1 kuni 10)

# Sort into two boxes.
made-page-box-left = Vasak kast (linnuke)
made-page-box-right = Parem kast (rist)
made-page-cards = Kaardid (2 kuni { $max })
made-page-card = Kaart { $number }
made-page-card-box = Kaardi { $number } kast
made-page-reason-card = Miks kaart { $number } sinna kuulub
made-page-add-card = Lisa kaart
made-page-remove-card = Eemalda kaart { $number }

# Pick the reply.
made-page-prompt = Olukord, näiteks sõnum, mille õpilased saavad
made-page-replies = Vastused (2 kuni 4, üks neist õige)
made-page-reply = Vastus { $number }
made-page-right = Vastus { $number } on õige
made-page-reason-reply = Miks vastus { $number } on õige või vale
made-page-add-reply = Lisa vastus
made-page-remove-reply = Eemalda vastus { $number }

# Spot the red flags.
made-page-screen = Mida õpilased näevad
made-page-screen-message = Vestlussõnum
made-page-screen-email = E-kiri
made-page-screen-web = Veebileht
made-page-parts = Read ülevalt alla (2 kuni { $max }: mõni ohumärk, mõni korras)
made-page-part = Rida { $number }
made-page-flag = Rida { $number } on ohumärk
made-page-reason-part = Miks rida { $number } on korras või on ohumärk
made-page-add-part = Lisa rida
made-page-remove-part = Eemalda rida { $number }

# Check and save. A row's button "Remove": its name for screen readers is the
# made-page-remove-card/-reply/-part message.
made-page-remove = Eemalda
made-page-check = Kontrolli taset
made-page-save = Salvesta minu tasemetesse
made-page-checking = Taset kontrollitakse. See võib võtta mõne sekundi…
# After saving; a made-checked-… message follows it.
made-page-saved = „{ $title }“ on salvestatud teie tasemete hulka.
made-page-copied = Koopia on ülal olevas vormis. Muutke seda ja salvestage see siis.

# My levels.
made-page-library = Minu tasemed
made-page-library-empty = Tasemeid veel pole. Siia ilmuvad tasemed, mille salvestate.
# Beside a robot level in "My levels": the fewest tiles that solve it.
made-page-par = parim: { $par } { $par ->
        [one] klots
       *[other] klotsi
    }
made-page-edit = Muuda
made-page-edit-level = Muuda taset { $title }
made-page-copy = Kopeeri
made-page-copy-level = Kopeeri tase { $title }
made-page-remove-level = Eemalda tase { $title }
made-page-remove-confirm = Kas eemaldada „{ $title }“ teie tasemete hulgast? Juba loodud linkides see säilib.
made-page-remove-yes = Jah, eemalda
made-page-removed = „{ $title }“ eemaldati teie tasemete hulgast.
made-page-download = Laadi minu tasemed alla
made-page-import = Lisa tasemeid failist
made-page-import-file = Tasemete fail
made-page-import-unreadable = Faili { $file } ei õnnestunud lugeda.

# In "Give levels to a class".
made-page-assign = Teie tehtud tasemed
made-page-assign-none = Siia ilmuvad tasemed, mille salvestate jaotises „Oma tasemete loomine“.
made-page-assign-max = Ühes lingis kuni { $max }. Link, milles on teie tehtud tasemeid, allkirjastatakse alati.
made-page-assignment-file = Laadi alla fail tahvelarvutitele
