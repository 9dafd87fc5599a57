# Estação dos Sinais: eventos. Além do «Principal» e dos ajudantes, um programa tem uma parte
# que corre sozinha sempre que acontece um evento (o robô chega a uma lâmpada, ao vermelho,
# ao azul, ao verde). A parte do evento é chamada pelo seu título, como os alunos o veem.

## Um primeiro evento, uma cor, o evento certo

level-signal-first-event-title = Lâmpadas aqui e ali
level-signal-first-event-instruction = Acende todas as lâmpadas e para na bandeira. O «Principal» só tem lugar para 3 blocos, por isso não consegue sozinho. Experimenta a parte nova: «Quando o robô chega a uma lâmpada».
level-signal-first-event-learned = Um evento é uma coisa que acontece, como o robô chegar a uma lâmpada. Os blocos em «Quando o robô chega a uma lâmpada» correm sempre que isso acontece. Depois o robô continua com o «Principal».
level-signal-first-event-hint-1 = As lâmpadas não estão à mesma distância umas das outras. O «Principal» tem de saber onde está cada lâmpada?
level-signal-first-event-hint-2 = Deixa o «Principal» só andar até à bandeira. Sempre que o robô chega a uma lâmpada, «Quando o robô chega a uma lâmpada» corre sozinho.
level-signal-first-event-hint-3 = Põe «Acender» em «Quando o robô chega a uma lâmpada».

level-signal-blue-corners-title = Cantos azuis
level-signal-blue-corners-instruction = Vai até à bandeira, no meio. Os quadrados azuis mostram onde a estrada vira. O «Principal» só tem lugar para 3 blocos.
level-signal-blue-corners-learned = Um evento também pode ser uma cor. «Quando o robô chega ao azul» corre sempre que um «Avançar» leva o robô para um quadrado azul.
level-signal-blue-corners-hint-1 = Para que lado vira a estrada em cada quadrado azul? É sempre para o mesmo lado?
level-signal-blue-corners-hint-2 = O «Principal» só anda para a frente. As curvas ficam em «Quando o robô chega ao azul».
level-signal-blue-corners-hint-3 = O «Principal» é «Repetir até acabar», com «Avançar» lá dentro.

level-signal-which-event-title = Que cor?
level-signal-which-event-instruction = Vai até à bandeira. A estrada vira à esquerda em alguns quadrados coloridos. Olha bem para as cores e escolhe o evento certo.
level-signal-which-event-learned = «Mudar o evento» escolhe a que é que o robô responde. Escolhe o evento que acontece mesmo onde o robô tem de agir.
level-signal-which-event-hint-1 = Onde é que a estrada vira? De que cor são esses quadrados?
level-signal-which-event-hint-2 = Os quadrados vermelhos estão nas partes direitas. Uma curva aí leva a um beco sem saída. Toca em «Mudar o evento».
level-signal-which-event-hint-3 = Põe «Virar à esquerda» em «Quando o robô chega ao verde».

## Mais na parte do evento: dois blocos, o contador, perguntas, um ajudante

level-signal-corner-lamps-title = Lâmpadas nos cantos
level-signal-corner-lamps-instruction = Dá uma volta ao anel, acende as quatro lâmpadas e para na bandeira atrás do robô. Cada lâmpada está num canto.
level-signal-corner-lamps-learned = Uma parte do evento pode ter mais do que um bloco. Sempre que o evento acontece, todos os seus blocos correm, um a seguir ao outro.
level-signal-corner-lamps-hint-1 = O que tem o robô de fazer em cada canto?
level-signal-corner-lamps-hint-2 = Em cada lâmpada há duas tarefas: acender a lâmpada e virar. As duas vão para «Quando o robô chega a uma lâmpada».
level-signal-corner-lamps-hint-3 = Põe «Acender» em «Quando o robô chega a uma lâmpada». Que mais acontece num canto?

level-signal-count-reds-title = O terceiro quadrado vermelho
level-signal-count-reds-instruction = Chega à bandeira. Cada quadrado vermelho tem uma estrada à esquerda, mas só a terceira leva à bandeira. Deixa o robô contar os quadrados vermelhos.
level-signal-count-reds-learned = Uma parte do evento também pode usar o contador. «Quando o robô chega ao vermelho» soma 1 em cada quadrado vermelho, por isso o «Principal» só tem de andar.
level-signal-count-reds-hint-1 = Os três quadrados vermelhos são iguais. Como pode o robô saber qual é o terceiro?
level-signal-count-reds-hint-2 = Sempre que o robô chega ao vermelho, soma 1 ao contador. Quando o contador for 3, vira à esquerda.
level-signal-count-reds-hint-3 = «Quando o robô chega ao vermelho» começa com «Somar 1 ao contador».

level-signal-winding-road-title = A estrada às curvas
level-signal-winding-road-instruction = Segue a estrada às curvas, acende todas as lâmpadas e chega à bandeira. As lâmpadas não estão nos cantos.
level-signal-winding-road-learned = O «Principal» e a parte do evento podem fazer uma tarefa cada um. Aqui o «Principal» segue a estrada, e «Quando o robô chega a uma lâmpada» acende as lâmpadas pelo caminho.
level-signal-winding-road-hint-1 = Para que lado vira a estrada em cada canto?
level-signal-winding-road-hint-2 = O «Principal» avança e vira à direita sempre que há caminho à direita. As lâmpadas são tarefa de «Quando o robô chega a uma lâmpada».
level-signal-winding-road-hint-3 = No «Principal», dentro de «Repetir até acabar»: «Avançar» e depois «Se há caminho à direita».

level-signal-fix-the-event-title = O evento errado
level-signal-fix-the-event-instruction = Em cada quadrado azul, o robô devia virar para onde vai a estrada. Mas vira cedo demais e bate numa parede. Corrige o programa.
level-signal-fix-the-event-learned = Se uma parte do evento faz a coisa certa na altura errada, verifica primeiro o evento dela. Um toque em «Mudar o evento» pode resolver.
level-signal-fix-the-event-hint-1 = Toca em «Passo» e observa. Em que quadrado é que o robô vira pela primeira vez?
level-signal-fix-the-event-hint-2 = Os blocos da parte do evento estão certos. Só correm nos quadrados errados.
level-signal-fix-the-event-hint-3 = Lê o título por cima do «Se … senão». É isso que acontece nos cantos?

level-signal-side-steps-title = Passos para o lado
level-signal-side-steps-instruction = Chega à bandeira. Em cada quadrado vermelho, a estrada desvia-se um quadrado para a direita do robô. «Quando o robô chega ao vermelho» só tem lugar para 2 blocos.
level-signal-side-steps-learned = Uma parte do evento pode chamar um ajudante, tal como o «Principal». Os blocos do ajudante correm, e depois o robô continua com o «Principal».
level-signal-side-steps-hint-1 = O que faz o robô num quadrado vermelho para chegar à parte seguinte da estrada?
level-signal-side-steps-hint-2 = Um passo para o lado precisa de três blocos, mas a parte do evento só tem lugar para 2. Constrói o passo para o lado no «Ajudante 1» e chama-o a partir de «Quando o robô chega ao vermelho».
level-signal-side-steps-hint-3 = O «Ajudante 1» começa com «Virar à direita».
