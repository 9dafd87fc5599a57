# Il-programm bħala test (“Uri bħala kodiċi”). Il-kliem ta’ Python (def, for, in, range,
# while, not, if, else, pass) jibqa’ bl-Ingliż; l-ismijiet hawn taħt huma tal-istudent.

## Ismijiet fil-kodiċi: identifikaturi ta’ Python, ittri żgħar, _ bejn il-kliem, kollha differenti.
code-forward = imxi
code-turn-left = dur_xellug
code-turn-right = dur_lemin
code-light = dawl
code-path-ahead = triq_quddiem
code-path-left = triq_xellug
code-path-right = triq_lemin
code-on-red = fuq_aħmar
code-on-blue = fuq_blu
code-on-green = fuq_aħdar
code-done = lest
code-main = prinċipali
code-p1 = assistent_1
code-p2 = assistent_2
code-count = għadd
code-when-on-lamp = meta_fuq_lampa
code-when-on-red = meta_fuq_aħmar
code-when-on-blue = meta_fuq_blu
code-when-on-green = meta_fuq_aħdar

## Il-kodiċi ħdejn il-blokki
code-show = Uri bħala kodiċi
code-hide = Aħbi l-kodiċi
code-title = Il-programm tiegħek bħala kodiċi
code-empty = Żid blokki, u l-kodiċi tagħhom jidher hawn.
code-line = { $indent ->
        [0] Linja { $number }: { $code }
       *[other] Linja { $number }, imdaħħla { $indent }: { $code }
    }
