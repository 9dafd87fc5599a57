# El programa como texto («Mostrar como código»). Las palabras de Python (def, for, in,
# range, while, not, if, else, pass) quedan en inglés; los nombres de abajo son del alumnado.

## Nombres en el código: identificadores de Python, en minúscula, con _, todos distintos.
code-forward = avanzar
code-turn-left = girar_izquierda
code-turn-right = girar_derecha
code-light = encender
code-path-ahead = camino_delante
code-path-left = camino_izquierda
code-path-right = camino_derecha
code-on-red = en_rojo
code-on-blue = en_azul
code-on-green = en_verde
code-done = terminado
code-main = principal
code-p1 = ayudante_1
code-p2 = ayudante_2
code-count = contador
code-when-on-lamp = al_pisar_lampara
code-when-on-red = al_pisar_rojo
code-when-on-blue = al_pisar_azul
code-when-on-green = al_pisar_verde

## La vista de código junto a los bloques
code-show = Mostrar como código
code-hide = Ocultar código
code-title = Tu programa como código
code-empty = Añade bloques y su código aparecerá aquí.
code-line = { $indent ->
        [0] Línea { $number }: { $code }
       *[other] Línea { $number }, sangría { $indent }: { $code }
    }
