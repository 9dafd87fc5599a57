# Porto dos Números: ciclos e «Se» dentro de ajudantes, ajudantes que recebem um número e o
# contador do robô. Nomes dos blocos como em robot.ftl.

## Ciclos e «Se» dentro de ajudantes

level-number-loop-in-helper-title = Um ciclo num ajudante
level-number-loop-in-helper-instruction = Acende as três lâmpadas no fim dos lados compridos. O «Principal» só tem lugar para 3 blocos, e o «Ajudante 1» só para 4.
level-number-loop-in-helper-learned = Um ajudante pode ter um ciclo. Cada vez que o «Principal» chama o ajudante, o ciclo dele corre outra vez desde o início.
level-number-loop-in-helper-hint-1 = Os três lados são iguais: o mesmo comprimento, com uma lâmpada e uma curva no fim. O que faz o robô num lado?
level-number-loop-in-helper-hint-2 = Quatro blocos «Avançar» e uma curva não cabem no «Ajudante 1». Põe antes um «Repetir» dentro do ajudante.
level-number-loop-in-helper-hint-3 = «Ajudante 1»: «Repetir 4 vezes» com «Avançar» lá dentro, e depois «Virar à direita».

level-number-round-the-basin-title = À volta da doca
level-number-round-the-basin-instruction = Acende todas as lâmpadas à volta da doca do porto. O «Principal» só tem lugar para um bloco, por isso o «Ajudante 1» tem de se chamar a si mesmo.
level-number-round-the-basin-learned = Um ajudante pode ter um ciclo e mesmo assim chamar-se a si mesmo. O ciclo faz um lado, e a chamada começa o lado seguinte.
level-number-round-the-basin-hint-1 = Todos os lados são iguais. Quantas lâmpadas há num lado?
level-number-round-the-basin-hint-2 = Um lado é: três vezes «Avançar» e «Acender», e depois uma curva. Constrói isso no «Ajudante 1» com um ciclo, e deixa o «Ajudante 1» chamar-se a si mesmo no fim.
level-number-round-the-basin-hint-3 = O «Ajudante 1» começa com «Repetir 3 vezes», com «Avançar» e «Acender» lá dentro.

level-number-if-in-helper-title = Cantos vermelhos
level-number-if-in-helper-instruction = Acende todas as lâmpadas ao longo do muro do porto. Num quadrado vermelho, a estrada vira à esquerda. O «Principal» só tem lugar para 3 blocos.
level-number-if-in-helper-learned = Um ajudante pode ter um «Se». Cada vez que o ajudante corre, faz outra vez a pergunta, por isso um só ajudante serve para as retas e para os cantos.
level-number-if-in-helper-hint-1 = De uma lâmpada à seguinte são sempre dois passos. Às vezes o quadrado do meio é vermelho.
level-number-if-in-helper-hint-2 = Deixa o «Ajudante 1» levar o robô de uma lâmpada à seguinte. Pelo caminho, pergunta: estou no vermelho? O «Principal» acende a lâmpada e repete até acabar.
level-number-if-in-helper-hint-3 = O «Ajudante 1» começa com «Avançar» e depois «Se está no vermelho».

## Ajudantes com um número

level-number-walk-n-title = Anda n quadrados
level-number-walk-n-instruction = Chega à bandeira. As partes direitas da estrada têm comprimentos diferentes, e o «Principal» só tem lugar para 5 blocos. Usa o «Ajudante 1 com número».
level-number-walk-n-learned = Podes dar um número a um ajudante quando o chamas. Dentro do ajudante, «Repetir n vezes» repete tantas vezes quantas esse número diz.
level-number-walk-n-hint-1 = Conta os quadrados de cada parte direita da estrada.
level-number-walk-n-hint-2 = No «Ajudante 1», põe «Avançar» dentro de «Repetir n vezes». Assim «Ajudante 1 com 3» anda 3 quadrados, e «Ajudante 1 com 6» anda 6.
level-number-walk-n-hint-3 = O «Principal» começa com «Ajudante 1 com 3» e depois «Virar à direita».

level-number-spiral-title = A espiral
level-number-spiral-instruction = Segue a espiral até à bandeira no meio. Cada parte direita tem menos um quadrado do que a anterior.
level-number-spiral-learned = O ajudante fica igual; só o número muda de chamada para chamada. O «Principal» só diz até onde.
level-number-spiral-hint-1 = Que comprimento tem cada parte direita? O que faz o robô no fim de cada uma?
level-number-spiral-hint-2 = O «Ajudante 1» pode andar n quadrados e depois virar. O «Principal» chama-o quatro vezes, de cada vez com um número mais pequeno.
level-number-spiral-hint-3 = O «Ajudante 1» acaba com «Virar à direita».

level-number-lamp-rows-title = Filas de lâmpadas
level-number-lamp-rows-instruction = Acende a fila de 5 lâmpadas e a fila de 3 lâmpadas. O «Principal» só tem lugar para 3 blocos.
level-number-lamp-rows-learned = O número não tem de contar passos. Aqui conta lâmpadas: «Ajudante 1 com 5» acende 5 lâmpadas.
level-number-lamp-rows-hint-1 = Para cada lâmpada, o robô avança para cima dela e acende-a.
level-number-lamp-rows-hint-2 = Põe «Avançar» e «Acender» dentro de «Repetir n vezes». Assim n diz quantas lâmpadas o «Ajudante 1» acende.
level-number-lamp-rows-hint-3 = «Principal»: «Ajudante 1 com 5», depois «Virar à direita» e depois mais um bloco.

## O contador do robô

level-number-third-opening-title = A terceira saída
level-number-third-opening-instruction = O caminho para a bandeira é a terceira saída à direita. Deixa o robô contar as saídas por onde passa.
level-number-third-opening-learned = O robô tem um contador que começa em 0. «Somar 1 ao contador» junta um, e «Se contador igual a 3» pergunta quantas vezes já aconteceu.
level-number-third-opening-hint-1 = As duas primeiras saídas à direita só levam de volta à estrada. Só a terceira vai até à bandeira.
level-number-third-opening-hint-2 = Sempre que houver caminho à direita, soma 1 ao contador. Vira à direita só quando o contador for 3.
level-number-third-opening-hint-3 = Dentro de «Repetir até acabar»: «Avançar» e depois «Se há caminho à direita».

level-number-counting-helper-title = Um ajudante que conta
level-number-counting-helper-instruction = Vai pela terceira saída à direita para chegares à bandeira. O «Principal» só tem lugar para 4 blocos, por isso é o «Ajudante 1» que tem de contar.
level-number-counting-helper-learned = O «Principal» e os ajudantes partilham um contador. Um ajudante pode somar-lhe e perguntar por ele, e a contagem fica quando o ajudante acaba.
level-number-counting-helper-hint-1 = Desta vez o robô anda para a esquerda, por isso o lado direito dele é a parte de cima do tabuleiro.
level-number-counting-helper-hint-2 = O «Principal» anda e pergunta: há caminho à direita? Se houver, chama o «Ajudante 1». O «Ajudante 1» conta e vira à direita quando o contador for 3.
level-number-counting-helper-hint-3 = O «Ajudante 1» começa com «Somar 1 ao contador».

level-number-second-red-title = O segundo quadrado vermelho
level-number-second-red-instruction = Chega à bandeira. Vira à esquerda no segundo quadrado vermelho, não no primeiro.
level-number-second-red-learned = O contador pode contar tudo aquilo sobre que o robô pode perguntar: saídas, cores e mais.
level-number-second-red-hint-1 = Os dois quadrados vermelhos têm uma estrada à esquerda. Qual leva à bandeira?
level-number-second-red-hint-2 = Em cada quadrado vermelho, soma 1 ao contador. Vira à esquerda só quando o contador for 2.
level-number-second-red-hint-3 = Dentro de «Repetir até acabar»: «Avançar» e depois «Se está no vermelho».

level-number-fix-the-count-title = Contar de novo
level-number-fix-the-count-instruction = O robô devia virar à esquerda em cada segundo quadrado vermelho. Vira no segundo, mas no quarto segue em frente contra uma parede. Corrige o programa.
level-number-fix-the-count-learned = Uma contagem vai crescendo até a pores outra vez a zero. «Pôr contador a 0» começa uma nova ronda de contagem.
level-number-fix-the-count-hint-1 = Toca em «Passo» e observa o contador ao lado do número do passo. Quanto marca o contador no quarto quadrado vermelho?
level-number-fix-the-count-hint-2 = Depois da primeira curva, o robô devia contar outra vez a partir de 0.
level-number-fix-the-count-hint-3 = Olha para o que acontece logo depois de o robô virar para a esquerda.
