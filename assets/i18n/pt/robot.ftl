# Os níveis do robô (programação): blocos, editor, depurador e o que uma execução fez.

## Blocos
command-forward = Avançar
command-turn-left = Virar à esquerda
command-turn-right = Virar à direita
command-light = Acender
tile-repeat = Repetir
tile-repeat-until-goal = Repetir até acabar
tile-if = Se
tile-if-else = Se … senão
tile-call-p1 = Ajudante 1
tile-call-p2 = Ajudante 2
tile-repeat-times = Repetir { $times } { $times ->
        [one] vez
        [many] de vezes
       *[other] vezes
    }
tile-if-condition = Se { $condition }
tile-if-else-condition = Se { $condition }, senão

tile-repeat-while = Repetir enquanto
tile-call-p1-with = Ajudante 1 com número
tile-call-p2-with = Ajudante 2 com número
tile-repeat-n = Repetir n vezes
tile-set-count = Pôr contador
tile-add-count = Somar 1 ao contador
tile-repeat-while-condition = Repetir enquanto { $condition }
tile-call-with = { $routine } com { $number }
tile-set-count-to = Pôr contador a { $number }
condition-count-is = contador igual a { $count }
test-not = não { $condition }
test-and = { $first } e { $second }
test-or = { $first } ou { $second }
test-not-word = não
test-and-word = e
test-or-word = ou

condition-path-ahead = há caminho em frente
condition-path-left = há caminho à esquerda
condition-path-right = há caminho à direita
condition-on-red = está no vermelho
condition-on-blue = está no azul
condition-on-green = está no verde
colour-red = vermelho
colour-blue = azul
colour-green = verde

## Rotinas
routine-main = Principal
routine-p1 = Ajudante 1
routine-p2 = Ajudante 2
routine-when = Parte do evento
event-on-lamp = Quando o robô chega a uma lâmpada
event-on-red = Quando o robô chega ao vermelho
event-on-blue = Quando o robô chega ao azul
event-on-green = Quando o robô chega ao verde

## O editor
robot-slots = { $routine }: { $used } de { $max } { $max ->
        [one] bloco
        [many] de blocos
       *[other] blocos
    }
robot-program-tile = { $tile }, passo { $position } em { $place }
robot-place-inside = { $container }
robot-place-else = a parte «senão» de { $container }
robot-list-end = Fim de { $place }: os blocos novos vêm para aqui
robot-else = senão
robot-undo = Desfazer
robot-redo = Refazer
robot-clear = Limpar tudo
robot-delete = Tirar bloco
robot-move-earlier = Mover para antes
robot-move-later = Mover para depois
robot-fewer = Menos vezes
robot-more = Mais vezes
robot-change-condition = Mudar a pergunta
editor-full = Já não há espaço em { $routine }. Tira primeiro um bloco.
editor-too-deep = Caixas dentro de caixas só podem ir até três níveis.
editor-into-itself = Um bloco não pode ir para dentro de si próprio.
editor-nothing = Não há nada a fazer aí.
robot-number-down = Número mais pequeno
robot-number-up = Número maior
robot-change-logic = Mudar não / e / ou
robot-change-second = Mudar a segunda pergunta
robot-change-event = Mudar o evento
editor-only-in-helper = «Repetir n vezes» só funciona dentro de um ajudante: n é o número que o ajudante recebe.

## O depurador
robot-run = Iniciar
robot-pause = Pausa
robot-step = Passo
robot-step-back = Passo atrás
robot-stop = Parar
robot-speed = Velocidade: { $speed }
robot-speed-slow = lenta
robot-speed-normal = normal
robot-speed-fast = rápida
robot-running = Passo { $steps }
robot-running-count = Passo { $steps } · contador = { $count }
robot-running-n = Passo { $steps } · n = { $n }
robot-running-count-n = Passo { $steps } · contador = { $count } · n = { $n }
robot-program-empty = Toca nos blocos para construíres o teu programa.
robot-program-ready = Toca em «Iniciar» para começar, ou em «Passo» para avançar um bloco de cada vez.

robot-board = O robô está na coluna { $x }, linha { $y }, virado para { $facing }. { $goal }{ $lamps ->
        [0] {""}
       *[other] { " " }Lâmpadas acesas: { $lit } de { $lamps }.
    }
robot-board-goal = A bandeira está na coluna { $x }, linha { $y }.
# The board as a grid for screen readers, one cell at a time: where it is, then what is there.
robot-cell = Coluna { $x }, linha { $y }: { $what }
robot-cell-floor = chão
robot-cell-wall = parede
robot-cell-coloured = chão { $colour }
robot-cell-lamp = lâmpada, apagada
robot-cell-lamp-lit = lâmpada, acesa
robot-cell-flag = { $what }, bandeira
robot-cell-robot = { $what }, robô virado para { $facing }

direction-north = cima
direction-east = a direita
direction-south = baixo
direction-west = a esquerda

## O que uma execução fez
outcome-reached-goal = Conseguiste!
outcome-hit-wall = Pum! O robô bateu numa parede. Muda o teu programa e tenta outra vez.
outcome-left-board = Cuidado! O robô ia cair do tabuleiro. Muda o teu programa e tenta outra vez.
outcome-no-lamp = Aqui não há lâmpada. O robô só pode acender uma lâmpada onde está.
outcome-out-of-commands = O programa acabou, mas a tarefa ainda não está feita. Junta mais blocos e tenta outra vez.
outcome-step-budget = O robô deu { $steps } { $steps ->
        [one] passo
        [many] de passos
       *[other] passos
    } e ainda não acabou. O teu programa anda às voltas para sempre?
outcome-too-many-calls = Demasiados ajudantes a chamar ajudantes! Será que um ajudante se chama a si mesmo antes de acabar?
