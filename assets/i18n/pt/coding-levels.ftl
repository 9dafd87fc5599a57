# Os mundos de programação e os seus níveis. Por nível: título, o que fazer, o que se
# aprendeu e três dicas (um empurrão, a ideia, parte da solução). Os nomes dos blocos são os
# de robot.ftl: Avançar, Virar à esquerda, Virar à direita, Acender, Repetir, Repetir até
# acabar, Se, Se … senão, Ajudante 1, Ajudante 2, Principal.

world-robot-road = Estrada dos Robôs
world-loop-lagoon = Lagoa dos Ciclos
world-helper-hills = Colinas dos Ajudantes
world-choice-canyon = Desfiladeiro das Escolhas
world-sensor-springs = Fontes dos Sensores
world-number-harbour = Porto dos Números
world-signal-station = Estação dos Sinais
world-bug-bay = Baía dos Erros

## Estrada dos Robôs

level-robot-first-steps-title = Primeiros passos
level-robot-first-steps-instruction = Constrói um programa que leve o robô até à bandeira. Depois toca em «Iniciar».
level-robot-first-steps-learned = Um programa é uma lista de passos. O robô faz um de cada vez, pela ordem.
level-robot-first-steps-hint-1 = Olha para a bandeira. Para que lado está virado o robô agora?
level-robot-first-steps-hint-2 = «Avançar» move o robô um quadrado. «Virar à direita» vira-o sem sair do sítio.
level-robot-first-steps-hint-3 = Começa com: «Avançar», «Avançar», «Virar à direita».

level-robot-turn-left-title = Virar à esquerda
level-robot-turn-left-instruction = Leva o robô até à bandeira. Desta vez ele tem de virar à esquerda.
level-robot-turn-left-learned = «Virar à esquerda» e «Virar à direita» mudam para onde o robô está virado. Não o fazem andar.
level-robot-turn-left-hint-1 = O robô está virado para cima. Onde é que a estrada faz a curva?
level-robot-turn-left-hint-2 = Depois de «Virar à esquerda», «Avançar» move o robô na nova direção.
level-robot-turn-left-hint-3 = Começa com: «Avançar», «Avançar», «Virar à esquerda».

level-robot-zigzag-title = Degraus em ziguezague
level-robot-zigzag-instruction = Desce os degraus até à bandeira. A estrada vira depois de cada degrau.
level-robot-zigzag-learned = Uma estrada comprida é só uma série de pequenos passos e curvas, uns atrás dos outros.
level-robot-zigzag-hint-1 = Segue a estrada com o dedo. Conta as curvas.
level-robot-zigzag-hint-2 = Vira à direita para desceres. Vira à esquerda para voltares a seguir em frente.
level-robot-zigzag-hint-3 = Começa com: «Avançar», «Virar à direita», «Avançar», «Virar à esquerda».

level-robot-around-rocks-title = À volta da parede
level-robot-around-rocks-instruction = Há uma parede no caminho. Contorna-a para chegares à bandeira.
level-robot-around-rocks-learned = Quando o caminho está bloqueado, podes planear um caminho à volta.
level-robot-around-rocks-hint-1 = O robô não pode ir a direito até à bandeira. Por onde se dá a volta?
level-robot-around-rocks-hint-2 = Primeiro para cima, depois para o lado, depois para baixo.
level-robot-around-rocks-hint-3 = Começa com: «Avançar», «Avançar», «Virar à direita».

level-robot-fix-the-path-title = Corrige o caminho
level-robot-fix-the-path-instruction = Este programa tem um erro: o robô bate numa parede. Observa-o com «Passo» e depois corrige o programa.
level-robot-fix-the-path-learned = Um erro (bug) é um engano num programa. Um bloco a mais pode levar o robô contra uma parede. Tira-o e o programa funciona.
level-robot-fix-the-path-hint-1 = Toca em «Passo» para executar um bloco de cada vez. Onde é que o robô bate na parede?
level-robot-fix-the-path-hint-2 = O robô anda um quadrado a mais antes de virar. Há um bloco a mais.
level-robot-fix-the-path-hint-3 = O bloco a mais vem antes da primeira curva.

level-robot-first-lamp-title = Acende a luz
level-robot-first-lamp-instruction = Vai até à lâmpada. Depois usa o bloco «Acender» para a ligar.
level-robot-first-lamp-learned = «Acender» só funciona quando o robô está em cima de uma lâmpada.
level-robot-first-lamp-hint-1 = A quantos quadrados está a lâmpada?
level-robot-first-lamp-hint-2 = Primeiro o robô tem de estar em cima da lâmpada. Depois «Acender» liga-a.
level-robot-first-lamp-hint-3 = A lâmpada está três quadrados à frente do robô.

level-robot-two-lamps-title = Duas lâmpadas
level-robot-two-lamps-instruction = Acende as duas lâmpadas. Não há bandeira: a tarefa acaba quando todas as lâmpadas estiverem acesas.
level-robot-two-lamps-learned = O robô pode fazer uma tarefa pelo caminho: parar, acender a lâmpada e continuar.
level-robot-two-lamps-hint-1 = Passas pela primeira lâmpada a caminho da segunda.
level-robot-two-lamps-hint-2 = Põe «Acender» logo a seguir ao bloco que leva o robô para cima de uma lâmpada.
level-robot-two-lamps-hint-3 = Começa com: «Avançar», «Avançar», «Acender».

level-robot-lamps-and-flag-title = Lâmpadas e bandeira
level-robot-lamps-and-flag-instruction = Acende as duas lâmpadas. Depois vai até à bandeira.
level-robot-lamps-and-flag-learned = Uma tarefa pode ter várias partes. O robô tem de as acabar todas.
level-robot-lamps-and-flag-hint-1 = A bandeira só conta quando todas as lâmpadas estiverem acesas.
level-robot-lamps-and-flag-hint-2 = Planeia um caminho que passe pelas duas lâmpadas antes de chegar à bandeira.
level-robot-lamps-and-flag-hint-3 = Começa com: «Avançar», «Acender», «Virar à direita».

level-robot-turn-around-title = Meia-volta
level-robot-turn-around-instruction = Acende a lâmpada. Depois dá meia-volta e vai até à bandeira.
level-robot-turn-around-learned = Duas voltas para o mesmo lado deixam o robô virado para trás, para onde veio.
level-robot-turn-around-hint-1 = A lâmpada e a bandeira estão em lados diferentes do robô.
level-robot-turn-around-hint-2 = Para dar meia-volta, usa duas voltas: «Virar à esquerda», «Virar à esquerda».
level-robot-turn-around-hint-3 = Começa com: «Avançar», «Avançar», «Acender».

level-robot-long-road-title = O caminho mais comprido
level-robot-long-road-instruction = Acende as duas lâmpadas e acaba na bandeira. Por que lado é mais curto?
level-robot-long-road-learned = Pode haver mais do que um caminho. Pensa primeiro e depois escolhe o mais curto.
level-robot-long-road-hint-1 = Ir a direito para baixo chega à bandeira, mas as lâmpadas ficam apagadas.
level-robot-long-road-hint-2 = Vai primeiro pela parte de cima, depois desce e volta pela parte de baixo.
level-robot-long-road-hint-3 = Começa com: «Avançar», «Acender», «Avançar», «Virar à direita».

## Lagoa dos Ciclos

level-loop-first-loop-title = Primeiro ciclo
level-loop-first-loop-instruction = Chega à bandeira. O teu programa só tem lugar para 3 blocos, por isso usa o bloco «Repetir».
level-loop-first-loop-learned = Um bloco «Repetir» executa os blocos lá de dentro uma e outra vez. Um ciclo pode fazer o trabalho de muitos blocos.
level-loop-first-loop-hint-1 = Conta os quadrados entre o robô e a bandeira.
level-loop-first-loop-hint-2 = Põe «Avançar» dentro de um bloco «Repetir». Depois toca em «Mais vezes» para escolher o número.
level-loop-first-loop-hint-3 = «Avançar» vai dentro do ciclo. Escolhe o número de quadrados que contaste.

level-loop-lamp-row-title = Fila de lâmpadas
level-loop-lamp-row-instruction = Acende as cinco lâmpadas. O teu programa só tem lugar para 5 blocos, por isso usa um ciclo.
level-loop-lamp-row-learned = Um ciclo pode repetir mais do que um bloco. Aqui repete um passo e uma luz.
level-loop-lamp-row-hint-1 = Cada lâmpada está só um quadrado depois da anterior.
level-loop-lamp-row-hint-2 = Põe dois blocos dentro de um «Repetir». O ciclo faz os dois, uma e outra vez.
level-loop-lamp-row-hint-3 = Dentro do ciclo: «Avançar» e depois «Acender». Quantas vezes?

level-loop-corner-title = À volta da esquina
level-loop-corner-instruction = Chega à bandeira. Usa um ciclo para cada estrada comprida, com uma curva no meio.
level-loop-corner-learned = Um programa pode ter vários ciclos, uns a seguir aos outros.
level-loop-corner-hint-1 = A estrada tem duas partes compridas e direitas.
level-loop-corner-hint-2 = Primeiro um ciclo para a estrada de cima. Depois «Virar à direita». Depois um ciclo para a estrada que desce.
level-loop-corner-hint-3 = Começa com: «Repetir 4 vezes», com «Avançar» lá dentro. Depois «Virar à direita».

level-loop-stairs-title = Escada em ciclo
level-loop-stairs-instruction = Sobe a escada até à bandeira. Descobre a parte que se repete.
level-loop-stairs-learned = Quando um padrão se repete, constrói-o uma vez dentro de um ciclo. O ciclo faz o resto.
level-loop-stairs-hint-1 = Olha para um degrau da escada. O que faz o robô nele?
level-loop-stairs-hint-2 = Um ciclo também pode ter curvas. Põe um degrau dentro de um «Repetir».
level-loop-stairs-hint-3 = Um degrau é: «Avançar», «Virar à esquerda», «Avançar», «Virar à direita».

level-loop-square-title = Quadrado de lâmpadas
level-loop-square-instruction = Acende as três lâmpadas dos cantos. Usa um ciclo.
level-loop-square-learned = Um ciclo com uma curva lá dentro pode levar o robô à volta de um quadrado.
level-loop-square-hint-1 = Todos os lados do quadrado são iguais.
level-loop-square-hint-2 = Põe os blocos de um lado e de um canto dentro de um «Repetir».
level-loop-square-hint-3 = Um lado é: «Avançar», «Avançar», «Acender», «Virar à direita».

level-loop-fix-the-loop-title = Corrige o ciclo
level-loop-fix-the-loop-instruction = Este ciclo devia acender as três lâmpadas. Depois da primeira lâmpada, o robô bate numa parede. Corrige o ciclo.
level-loop-fix-the-loop-learned = Um ciclo faz os mesmos blocos em cada volta. Por isso cada volta tem de acabar com o robô virado para onde começou.
level-loop-fix-the-loop-hint-1 = Toca em «Passo». Para onde está virado o robô quando o ciclo recomeça?
level-loop-fix-the-loop-hint-2 = No fim de cada volta, o robô tem de estar virado para o mesmo lado que no início.
level-loop-fix-the-loop-hint-3 = Falta uma curva no fim do ciclo.

level-loop-in-a-loop-title = Ciclo dentro de ciclo
level-loop-in-a-loop-instruction = Acende todas as lâmpadas à volta do quadrado. Põe um ciclo dentro de outro ciclo.
level-loop-in-a-loop-learned = Um ciclo pode ir dentro de outro ciclo. Cada vez que o ciclo de fora corre uma vez, o de dentro corre todas as suas vezes.
level-loop-in-a-loop-hint-1 = Olha para um lado: três lâmpadas seguidas e depois um canto.
level-loop-in-a-loop-hint-2 = O ciclo de dentro acende um lado. O ciclo de fora faz isso para cada lado.
level-loop-in-a-loop-hint-3 = O ciclo de dentro: «Repetir 3 vezes», com «Avançar» e «Acender» lá dentro.

level-loop-lamp-stairs-title = Escada de lâmpadas
level-loop-lamp-stairs-instruction = Desce a escada e acende a lâmpada de cada degrau.
level-loop-lamp-stairs-learned = Um ciclo pode andar, virar e fazer uma tarefa. Em cada volta faz um degrau inteiro.
level-loop-lamp-stairs-hint-1 = O que faz o robô num degrau? Vê onde está a lâmpada.
level-loop-lamp-stairs-hint-2 = Encontra os blocos de um degrau, com «Acender» no sítio certo. Depois repete-os.
level-loop-lamp-stairs-hint-3 = Um degrau começa com: «Avançar», «Virar à direita», «Avançar».

level-loop-big-ring-title = O grande anel
level-loop-big-ring-instruction = Acende as lâmpadas nos cantos do grande anel. Os lados são compridos, por isso usa um ciclo dentro de um ciclo.
level-loop-big-ring-learned = O ciclo de dentro pode percorrer um lado comprido. O ciclo de fora faz lado, curva e luz outra vez em cada canto.
level-loop-big-ring-hint-1 = De um canto ao seguinte são quatro quadrados.
level-loop-big-ring-hint-2 = O ciclo de dentro percorre um lado. O ciclo de fora junta a curva e a luz, uma vez em cada canto.
level-loop-big-ring-hint-3 = O ciclo de dentro: «Repetir 4 vezes», com «Avançar» lá dentro.

level-choice-until-goal-title = Até acabar
level-choice-until-goal-instruction = Chega à bandeira. Usa «Repetir até acabar»: continua até a tarefa estar feita.
level-choice-until-goal-learned = «Repetir até acabar» executa os seus blocos uma e outra vez e para quando a tarefa está feita. Não precisas de contar.
level-choice-until-goal-hint-1 = A que distância está a bandeira? Desta vez não precisas de saber.
level-choice-until-goal-hint-2 = «Repetir até acabar» repete os blocos lá de dentro até o robô estar na bandeira.
level-choice-until-goal-hint-3 = «Avançar» vai dentro do ciclo. Não há número para escolher.

## Colinas dos Ajudantes

level-helper-first-helper-title = O teu primeiro ajudante
level-helper-first-helper-instruction = Acende as três lâmpadas. Constrói os blocos para uma lâmpada no «Ajudante 1». Depois usa o bloco «Ajudante 1» no «Principal».
level-helper-first-helper-learned = Um ajudante é uma lista de blocos com um nome. O bloco dele chama o ajudante: executa a lista toda, tantas vezes quantas quiseres.
level-helper-first-helper-hint-1 = As lâmpadas estão nos cantos. O que faz o robô para chegar a uma lâmpada?
level-helper-first-helper-hint-2 = Constrói os blocos para uma lâmpada no «Ajudante 1». No «Principal», põe o bloco «Ajudante 1» uma vez por cada lâmpada.
level-helper-first-helper-hint-3 = O «Ajudante 1» pode ser: «Avançar», «Avançar», «Acender», «Virar à direita».

level-helper-zigzag-title = Ajudante e curvas
level-helper-zigzag-instruction = Acende as três lâmpadas. Deixa o «Ajudante 1» andar e acender. O «Principal» faz as curvas.
level-helper-zigzag-learned = O «Principal» pode misturar blocos de ajudantes com outros blocos.
level-helper-zigzag-hint-1 = Entre as lâmpadas, a estrada faz uma curva. Vira sempre para o mesmo lado?
level-helper-zigzag-hint-2 = A parte direita é sempre igual, por isso põe-na no «Ajudante 1». Põe as curvas no «Principal».
level-helper-zigzag-hint-3 = «Ajudante 1»: «Avançar», «Avançar», «Avançar», «Acender».

level-helper-lamp-stairs-title = Escada com ajudante
level-helper-lamp-stairs-instruction = Sobe a escada e acende a lâmpada de cada degrau. Usa o «Ajudante 1».
level-helper-lamp-stairs-learned = Um ajudante pode guardar um padrão maior, com movimentos, curvas e luzes.
level-helper-lamp-stairs-hint-1 = Olha para um degrau. Onde está a lâmpada dele?
level-helper-lamp-stairs-hint-2 = Põe um degrau inteiro no «Ajudante 1». Depois usa o «Ajudante 1» uma vez por cada degrau.
level-helper-lamp-stairs-hint-3 = Um degrau começa com: «Avançar», «Virar à esquerda», «Avançar».

level-helper-call-itself-title = Um ajudante que se repete
level-helper-call-itself-instruction = Sobe a escada comprida até à bandeira. O «Principal» só tem lugar para 3 blocos. Será que o «Ajudante 1» se pode chamar a si mesmo e continuar, como «Repetir até acabar»?
level-helper-call-itself-learned = Um ajudante pode chamar-se a si mesmo no fim. Então recomeça, como um ciclo, até a tarefa estar feita.
level-helper-call-itself-hint-1 = Há mais degraus do que lugares no «Principal».
level-helper-call-itself-hint-2 = Põe o bloco «Ajudante 1» em último lugar, dentro do «Ajudante 1». Assim o «Ajudante 1» chama-se a si mesmo e corre uma e outra vez.
level-helper-call-itself-hint-3 = O «Ajudante 1» começa com: «Avançar», «Virar à esquerda», «Avançar», «Virar à direita».

level-helper-round-and-round-title = Às voltas
level-helper-round-and-round-instruction = Acende as quatro lâmpadas. Deixa o «Ajudante 1» dar a volta chamando-se a si mesmo.
level-helper-round-and-round-learned = Um ajudante que se chama a si mesmo continua até todas as lâmpadas estarem acesas.
level-helper-round-and-round-hint-1 = Cada lado tem uma lâmpada, no meio.
level-helper-round-and-round-hint-2 = Para um lado: andar, acender, andar, virar. Depois o «Ajudante 1» recomeça sozinho, chamando-se a si mesmo.
level-helper-round-and-round-hint-3 = O «Ajudante 1» começa com: «Avançar», «Acender», «Avançar».

level-helper-fix-the-helper-title = O ajudante que para
level-helper-fix-the-helper-instruction = O «Ajudante 1» devia dar a volta ao quadrado e acender as três lâmpadas, mas para depois da primeira. Corrige o «Ajudante 1».
level-helper-fix-the-helper-learned = Um ajudante que deve continuar chama-se a si mesmo no fim. Sem essa chamada, corre uma vez e para.
level-helper-fix-the-helper-hint-1 = Toca em «Passo». O que acontece quando o «Ajudante 1» chega ao fim?
level-helper-fix-the-helper-hint-2 = O «Principal» só chama o «Ajudante 1» uma vez. Como pode o «Ajudante 1» chamar-se a si mesmo outra vez?
level-helper-fix-the-helper-hint-3 = Falta alguma coisa no fim do «Ajudante 1».

level-helper-second-helper-title = Dois ajudantes
level-helper-second-helper-instruction = Acende todas as lâmpadas à volta do quadrado. O «Ajudante 1» pode chamar o «Ajudante 2». Para três estrelas, o «Ajudante 1» também se chama a si mesmo.
level-helper-second-helper-learned = Um ajudante pode chamar outro ajudante. Partes pequenas constroem partes maiores.
level-helper-second-helper-hint-1 = Qual é o padrão mais pequeno? Olha para uma lâmpada.
level-helper-second-helper-hint-2 = Põe o padrão mais pequeno no «Ajudante 2». O «Ajudante 1» chama-o para fazer um lado, vira e depois chama-se a si mesmo.
level-helper-second-helper-hint-3 = «Ajudante 2»: «Avançar», «Acender».

level-helper-walk-then-loop-title = Andar e depois repetir
level-helper-walk-then-loop-instruction = Primeiro anda até à escada. Depois deixa o «Ajudante 1» subi-la e acender todas as lâmpadas: ele chama-se a si mesmo no fim.
level-helper-walk-then-loop-learned = O «Principal» pode fazer a primeira parte de uma tarefa e depois passar o resto a um ajudante.
level-helper-walk-then-loop-hint-1 = A escada não começa onde o robô está. A primeira lâmpada está três quadrados à frente.
level-helper-walk-then-loop-hint-2 = Usa o «Principal» para andar até à escada. Depois chama o «Ajudante 1»: sobe um degrau, acende a lâmpada e chama-se a si mesmo.
level-helper-walk-then-loop-hint-3 = «Principal»: «Avançar», «Avançar», «Ajudante 1».

level-helper-big-ring-title = Ajudantes às voltas
level-helper-big-ring-instruction = Acende as três lâmpadas à volta do quadrado. Não há bloco «Virar à esquerda»: constrói um num ajudante. O «Principal» só tem lugar para um bloco, por isso um ajudante tem de se chamar a si mesmo.
level-helper-big-ring-learned = Um ajudante pode ser um bloco que não tens: três «Virar à direita» fazem um «Virar à esquerda».
level-helper-big-ring-hint-1 = A estrada vira à esquerda em cada canto, mas só tens «Virar à direita».
level-helper-big-ring-hint-2 = Depois de três blocos «Virar à direita», o robô fica virado como depois de um «Virar à esquerda». Põe-nos num ajudante só para eles.
level-helper-big-ring-hint-3 = Um ajudante pode ser: «Virar à direita», «Virar à direita», «Virar à direita».

## Desfiladeiro das Escolhas

level-choice-first-if-title = Vermelho quer dizer virar
level-choice-first-if-instruction = Cada quadrado vermelho quer dizer: vira aqui à esquerda. Usa um bloco «Se» para ver se há vermelho.
level-choice-first-if-learned = Um bloco «Se» faz uma pergunta. Os blocos lá de dentro só correm quando a resposta é sim.
level-choice-first-if-hint-1 = Onde é que a estrada vira? De que cor são esses quadrados?
level-choice-first-if-hint-2 = «Se está no vermelho» só executa os seus blocos quando o robô está num quadrado vermelho.
level-choice-first-if-hint-3 = Dentro de «Repetir até acabar»: «Avançar» e depois «Se está no vermelho».

level-choice-green-lamps-title = Verde antes da lâmpada
level-choice-green-lamps-instruction = Um quadrado verde quer dizer que o quadrado seguinte tem uma lâmpada. Acende todas as lâmpadas.
level-choice-green-lamps-learned = Uma verificação pode dizer ao robô o que vem a seguir, para ele se preparar.
level-choice-green-lamps-hint-1 = Olha para o quadrado mesmo antes de cada lâmpada.
level-choice-green-lamps-hint-2 = Quando o robô está no verde, pode avançar para a lâmpada e acendê-la.
level-choice-green-lamps-hint-3 = Dentro de «Repetir até acabar»: «Avançar» e depois «Se está no verde».

level-choice-path-right-title = Olha para a direita
level-choice-path-right-instruction = O robô pode verificar a estrada. Vira à direita sempre que houver caminho à direita.
level-choice-path-right-learned = O robô consegue sentir as paredes. «Há caminho à direita» é sim quando o quadrado à direita dele está livre.
level-choice-path-right-hint-1 = Em cada canto, a estrada vai para a direita.
level-choice-path-right-hint-2 = «Se há caminho à direita» olha para o quadrado à direita do robô.
level-choice-path-right-hint-3 = Dentro de «Repetir até acabar»: «Avançar» e depois «Se há caminho à direita».

level-choice-fix-the-check-title = Curvas a mais
level-choice-fix-the-check-instruction = Azul quer dizer virar à direita. Mas este robô vira em todos os quadrados e bate numa parede. Corrige o programa.
level-choice-fix-the-check-learned = Os blocos dentro de um «Se» só correm quando a resposta é sim. Um bloco depois do «Se» corre sempre.
level-choice-fix-the-check-hint-1 = Toca em «Passo». O robô vira num quadrado que não é azul?
level-choice-fix-the-check-hint-2 = Que curva está dentro do «Se»? Qual corre sempre?
level-choice-fix-the-check-hint-3 = Olha para o último bloco do ciclo.

level-choice-if-else-title = Se ou senão
level-choice-if-else-instruction = Avança quando houver caminho livre em frente. Senão, vira à direita. Cuidado com as pequenas estradas laterais!
level-choice-if-else-learned = «Se … senão» escolhe um de dois caminhos: a primeira parte quando a resposta é sim, a parte «senão» quando é não.
level-choice-if-else-hint-1 = As pequenas estradas laterais não levam a lado nenhum. Vira só quando houver uma parede à frente.
level-choice-if-else-hint-2 = «Se … senão» tem duas partes. A primeira corre com sim. A parte «senão» corre com não.
level-choice-if-else-hint-3 = Dentro de «Repetir até acabar», usa «Se há caminho em frente», com «Avançar» na primeira parte.

level-choice-colours-title = Vermelho e azul
level-choice-colours-instruction = Vermelho quer dizer virar à esquerda. Azul quer dizer virar à direita. Usa dois blocos «Se».
level-choice-colours-learned = Um programa pode fazer mais do que uma pergunta. Cada bloco «Se» faz a sua.
level-choice-colours-hint-1 = Olha para as cores dos quadrados onde a estrada vira.
level-choice-colours-hint-2 = Põe dois blocos «Se» no ciclo: um pergunta pelo vermelho, outro pelo azul.
level-choice-colours-hint-3 = Dentro de «Repetir até acabar», começa com «Avançar». Depois «Se está no vermelho», com «Virar à esquerda» lá dentro.

level-choice-corner-lamps-title = Acender ou virar
level-choice-corner-lamps-instruction = Cada quadrado desta estrada é uma lâmpada ou é vermelho. No vermelho, vira à esquerda. Em todos os outros quadrados, acende a lâmpada.
level-choice-corner-lamps-learned = «Se … senão» também pode perguntar por uma cor: a primeira parte corre no vermelho, a parte «senão» em todos os outros quadrados.
level-choice-corner-lamps-hint-1 = Que quadrados não têm lâmpada? O que faz o robô aí?
level-choice-corner-lamps-hint-2 = Um só «Se … senão» faz as duas tarefas: uma parte para os quadrados vermelhos, a parte «senão» para as lâmpadas.
level-choice-corner-lamps-hint-3 = Dentro de «Repetir até acabar»: «Avançar» e depois «Se está no vermelho», com «Virar à esquerda» na primeira parte.

level-choice-two-rules-title = Duas regras
level-choice-two-rules-instruction = Vermelho quer dizer virar à esquerda. Uma parede à frente quer dizer virar à direita. Usa um «Se» para uma regra e um «Se … senão» para a outra.
level-choice-two-rules-learned = Um programa pode misturar «Se» e «Se … senão». Cada um faz a sua pergunta, um depois do outro.
level-choice-two-rules-hint-1 = Algumas estradas continuam depois de um quadrado vermelho, mas não levam a lado nenhum. No vermelho, vira à esquerda.
level-choice-two-rules-hint-2 = Em cada volta, faz duas perguntas: estou no vermelho? Há caminho livre em frente?
level-choice-two-rules-hint-3 = Dentro de «Repetir até acabar», começa com «Avançar». Depois «Se está no vermelho», com «Virar à esquerda» lá dentro.

level-choice-red-means-left-title = Encruzilhada no desfiladeiro
level-choice-red-means-left-instruction = Avança enquanto houver caminho livre em frente. Numa parede, olha para o quadrado: no vermelho, vira à esquerda; em qualquer outro quadrado, vira à direita.
level-choice-red-means-left-learned = Um «Se» pode ir dentro de outro «Se». O robô faz uma pergunta e, talvez, depois outra.
level-choice-red-means-left-hint-1 = Os quadrados vermelhos só contam junto a uma parede. Numa estrada livre, passa por cima deles. Uma das estradas anda em círculo!
level-choice-red-means-left-hint-2 = Primeiro pergunta: há caminho livre em frente? Só quando não houver, pergunta: estou no vermelho?
level-choice-red-means-left-hint-3 = Dentro de «Repetir até acabar», usa «Se há caminho em frente … senão», com «Avançar» na primeira parte.

## Baía dos Erros

level-bug-wrong-turn-title = Caminho errado
level-bug-wrong-turn-instruction = Este programa devia levar o robô até à bandeira, mas o robô bate numa parede. Encontra o bloco errado e corrige-o.
level-bug-wrong-turn-learned = Depurar quer dizer encontrar o passo que corre mal e corrigir só esse passo.
level-bug-wrong-turn-hint-1 = Toca em «Passo» para executar um bloco de cada vez. Onde é que corre mal?
level-bug-wrong-turn-hint-2 = Um erro é muitas vezes só um bloco errado. Troca-o pelo certo.
level-bug-wrong-turn-hint-3 = Olha para a curva. O robô deve virar à esquerda ou à direita?

level-bug-missing-step-title = Falta um passo
level-bug-missing-step-instruction = O robô tenta acender uma lâmpada onde não há nenhuma. Descobre o que falta.
level-bug-missing-step-learned = Às vezes um erro é um bloco que falta. Conta os quadrados para verificar.
level-bug-missing-step-hint-1 = Que lâmpada fica apagada?
level-bug-missing-step-hint-2 = Conta os quadrados do canto até à segunda lâmpada. Conta também os blocos «Avançar».
level-bug-missing-step-hint-3 = O bloco que falta vem logo a seguir a «Virar à direita». Que bloco faz o robô andar?

level-bug-loop-count-title = Conta outra vez
level-bug-loop-count-instruction = O robô bate numa parede. Vê quantas vezes repete cada ciclo e corrige.
level-bug-loop-count-learned = Um ciclo que repete uma vez a mais, ou uma vez a menos, é um erro muito comum.
level-bug-loop-count-hint-1 = Observa o primeiro ciclo. Onde é que o robô bate?
level-bug-loop-count-hint-2 = Conta os quadrados antes do canto. O ciclo deve repetir esse número de vezes.
level-bug-loop-count-hint-3 = Muda o número do primeiro ciclo.

level-bug-forgot-light-title = Luzes apagadas
level-bug-forgot-light-instruction = O robô dá a volta ao quadrado, mas nenhuma lâmpada se acende. Corrige o ciclo.
level-bug-forgot-light-learned = Se uma coisa nunca acontece, vê se falta um bloco no ciclo.
level-bug-forgot-light-hint-1 = Que bloco acende uma lâmpada? Está no programa?
level-bug-forgot-light-hint-2 = Um bloco que juntas dentro de um ciclo corre em cada volta.
level-bug-forgot-light-hint-3 = O bloco que falta vai dentro do ciclo. O robô está em cima de uma lâmpada depois dos dois blocos «Avançar».

level-bug-helper-turn-title = Erro no ajudante
level-bug-helper-turn-instruction = O «Ajudante 1» tem um erro. O «Principal» chama-o três vezes, por isso o erro acontece sempre. Corrige-o uma vez.
level-bug-helper-turn-learned = Quando corriges um ajudante, corriges todos os sítios que o chamam.
level-bug-helper-turn-hint-1 = Toca em «Passo». O que acontece depois da primeira lâmpada?
level-bug-helper-turn-hint-2 = Em cada canto deste quadrado, a estrada vai para a direita.
level-bug-helper-turn-hint-3 = Olha para o último bloco do «Ajudante 1».

level-bug-wrong-side-title = Lado errado
level-bug-wrong-side-instruction = A estrada vira sempre à direita, mas o robô bate numa parede. O «Se» faz a pergunta errada. Corrige-o.
level-bug-wrong-side-learned = Um «Se» que faz a pergunta errada pode estragar o programa todo.
level-bug-wrong-side-hint-1 = Para que lado vira a estrada? Para que lado olha o «Se»?
level-bug-wrong-side-hint-2 = Toca no bloco «Se» do programa. Depois toca em «Mudar a pergunta».
level-bug-wrong-side-hint-3 = O «Se» olha para um lado e a estrada vira para o outro.

level-bug-two-mistakes-title = Dois erros
level-bug-two-mistakes-instruction = Este programa tem dois erros. Encontra os dois, para o robô subir a escada até à bandeira.
level-bug-two-mistakes-learned = Um programa pode ter mais do que um erro. Corrige um, executa outra vez e depois corrige o seguinte.
level-bug-two-mistakes-hint-1 = Observa o primeiro degrau da escada. Onde é que o robô se engana?
level-bug-two-mistakes-hint-2 = Um erro é uma curva. O outro é quantas vezes o ciclo repete.
level-bug-two-mistakes-hint-3 = Em cada degrau, o robô sobe e depois volta a ficar virado para onde ia. Verifica essa curva e depois conta os degraus.

level-bug-mixed-colours-title = Cores trocadas
level-bug-mixed-colours-instruction = Vermelho devia querer dizer virar à esquerda, e azul virar à direita. Alguém os trocou. Corrige o programa.
level-bug-mixed-colours-learned = Testa o teu programa, vê onde faz algo que não querias e corrige só isso.
level-bug-mixed-colours-hint-1 = O que faz o robô no primeiro quadrado azul?
level-bug-mixed-colours-hint-2 = Cada «Se» pergunta pela cor certa, mas faz a curva errada.
level-bug-mixed-colours-hint-3 = Muda a curva dentro de cada «Se».
