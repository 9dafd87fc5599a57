# Programul ca text (asemănător cu Python). Cuvintele lui Python (def, for, if, while …) rămân în engleză.

## Nume în cod: litere mici, cifre și _, fără spații, toate diferite.
code-forward = înainte
code-turn-left = rotește_stânga
code-turn-right = rotește_dreapta
code-light = aprinde
code-path-ahead = drum_în_față
code-path-left = drum_la_stânga
code-path-right = drum_la_dreapta
code-on-red = pe_roșu
code-on-blue = pe_albastru
code-on-green = pe_verde
code-done = gata
code-main = principal
code-p1 = ajutor_1
code-p2 = ajutor_2
code-count = contor
code-when-on-lamp = când_pe_lampă
code-when-on-red = când_pe_roșu
code-when-on-blue = când_pe_albastru
code-when-on-green = când_pe_verde

## Vizualizarea codului lângă blocuri
code-show = Arată ca cod
code-hide = Ascunde codul
code-title = Programul tău ca cod
code-empty = Adaugă blocuri, iar codul lor apare aici.
code-line = { $indent ->
        [0] Rândul { $number }: { $code }
        [one] Rândul { $number }, cu indentare { $indent }: { $code }
        [few] Rândul { $number }, cu indentare { $indent }: { $code }
       *[other] Rândul { $number }, cu indentare { $indent }: { $code }
    }
