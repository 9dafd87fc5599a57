# O programa como texto («Mostrar como código»): uma pequena linguagem parecida com Python.
# As palavras do Python (def, for, in, range, while, not, if, else, pass) ficam em inglês.

## Nomes no código: identificadores de Python, em minúsculas, com _ entre palavras, todos diferentes.
code-forward = avançar
code-turn-left = virar_esquerda
code-turn-right = virar_direita
code-light = acender
code-path-ahead = caminho_em_frente
code-path-left = caminho_esquerda
code-path-right = caminho_direita
code-on-red = no_vermelho
code-on-blue = no_azul
code-on-green = no_verde
code-done = acabou
code-main = principal
code-p1 = ajudante_1
code-p2 = ajudante_2
code-count = contador
code-when-on-lamp = quando_lâmpada
code-when-on-red = quando_vermelho
code-when-on-blue = quando_azul
code-when-on-green = quando_verde

## A vista de código ao lado dos blocos
code-show = Mostrar como código
code-hide = Esconder o código
code-title = O teu programa como código
code-empty = Junta blocos e o código deles aparece aqui.
code-line = { $indent ->
        [0] Linha { $number }: { $code }
       *[other] Linha { $number }, com recuo { $indent }: { $code }
    }
