# Il programma come testo («Mostra come codice»). Le parole di Python (def, for, in, range,
# while, not, if, else, pass) restano in inglese; i nomi qui sotto sono quelli dell’alunno.

## Nomi nel codice: identificatori Python, minuscole, _ tra le parole, tutti diversi.
code-forward = avanti
code-turn-left = gira_a_sinistra
code-turn-right = gira_a_destra
code-light = luce
code-path-ahead = strada_davanti
code-path-left = strada_a_sinistra
code-path-right = strada_a_destra
code-on-red = su_rosso
code-on-blue = su_blu
code-on-green = su_verde
code-done = finito
code-main = principale
code-p1 = aiutante_1
code-p2 = aiutante_2
code-count = contatore
code-when-on-lamp = quando_su_lampada
code-when-on-red = quando_su_rosso
code-when-on-blue = quando_su_blu
code-when-on-green = quando_su_verde

## La vista del codice accanto ai blocchi
code-show = Mostra come codice
code-hide = Nascondi il codice
code-title = Il tuo programma come codice
code-empty = Aggiungi dei blocchi e qui compare il loro codice.
code-line = { $indent ->
        [0] Riga { $number }: { $code }
       *[other] Riga { $number }, rientro { $indent }: { $code }
    }
