# Programa kaip tekstas („Rodyti kaip kodą“): maža į Python panaši kalba. Paties Python žodžiai
# (def, for, in, range, while, not, if, else, pass) lieka angliški.

## Vardai kode: mažosios raidės, _ vietoj tarpo, visi skirtingi.
code-forward = pirmyn
code-turn-left = pasukti_kairėn
code-turn-right = pasukti_dešinėn
code-light = uždegti
code-path-ahead = priekyje_kelias
code-path-left = kairėje_kelias
code-path-right = dešinėje_kelias
code-on-red = ant_raudono
code-on-blue = ant_mėlyno
code-on-green = ant_žalio
code-done = atlikta
code-main = pagrindinė
code-p1 = padėjėjas_1
code-p2 = padėjėjas_2
code-count = skaitiklis
code-when-on-lamp = kai_ant_lempos
code-when-on-red = kai_ant_raudono
code-when-on-blue = kai_ant_mėlyno
code-when-on-green = kai_ant_žalio

## Kodo vaizdas šalia blokų
code-show = Rodyti kaip kodą
code-hide = Slėpti kodą
code-title = Tavo programa kaip kodas
code-empty = Pridėk blokų ir čia atsiras jų kodas.
code-line = { $indent ->
        [0] Eilutė { $number }: { $code }
       *[other] Eilutė { $number }, įtrauka { $indent }: { $code }
    }
