# Fontes dos Sensores: «Repetir enquanto» faz a pergunta antes de cada volta; depois as
# palavras não, ou, e juntam ou invertem perguntas. Nomes dos blocos como em robot.ftl.

level-sensor-first-while-title = Corredores compridos
level-sensor-first-while-instruction = Acende a lâmpada no fim dos dois corredores compridos. Experimenta o bloco novo: «Repetir enquanto».
level-sensor-first-while-learned = «Repetir enquanto» faz a sua pergunta antes de cada volta. Enquanto a resposta for sim, executa outra vez os seus blocos. Quando a resposta for não, para.
level-sensor-first-while-hint-1 = Quantos quadrados tem cada corredor? Desta vez não precisas de contar.
level-sensor-first-while-hint-2 = «Repetir enquanto há caminho em frente» faz o robô avançar até ter uma parede à frente.
level-sensor-first-while-hint-3 = Usa um «Repetir enquanto» para cada corredor, com «Avançar» lá dentro.

level-sensor-blue-stripe-title = Segue o azul
level-sensor-blue-stripe-instruction = A faixa azul leva a uma lâmpada. Acende-a. Cuidado: a estrada continua depois da lâmpada!
level-sensor-blue-stripe-learned = «Repetir enquanto» também pode perguntar por uma cor. «Repetir enquanto está no azul» continua até o robô sair dos quadrados azuis.
level-sensor-blue-stripe-hint-1 = Onde acaba a faixa azul? A estrada também acaba aí?
level-sensor-blue-stripe-hint-2 = «Há caminho em frente» levaria o robô para lá da lâmpada, até à parede. Pergunta antes pela cor.
level-sensor-blue-stripe-hint-3 = O robô começa num quadrado cinzento. Primeiro avança para a faixa, depois usa «Repetir enquanto está no azul».

level-sensor-three-stripes-title = Três faixas
level-sensor-three-stripes-instruction = Acende as três lâmpadas. Cada faixa azul leva a uma lâmpada, e cada faixa tem um comprimento diferente.
level-sensor-three-stripes-learned = Um «Repetir enquanto» pode ir dentro de um «Repetir». Em cada volta, o ciclo de dentro corre até a resposta dele ser não.
level-sensor-three-stripes-hint-1 = O que faz o robô numa faixa? É igual nas outras duas?
level-sensor-three-stripes-hint-2 = Para cada faixa: avança para ela, anda enquanto está no azul, acende a lâmpada. Faz isso três vezes.
level-sensor-three-stripes-hint-3 = Põe «Repetir enquanto está no azul» dentro de «Repetir 3 vezes».

level-sensor-stop-on-red-title = Para no vermelho
level-sensor-stop-on-red-instruction = Chega à bandeira. Está mesmo ao lado do quadrado vermelho.
level-sensor-stop-on-red-learned = «não» inverte uma pergunta. «Repetir enquanto não está no vermelho» continua até o robô estar no vermelho.
level-sensor-stop-on-red-hint-1 = Não há parede no quadrado vermelho. O que pode o robô verificar aí?
level-sensor-stop-on-red-hint-2 = Toca em «Mudar não / e / ou» para pôr «não» antes de uma pergunta. «Não está no vermelho» é sim em todos os quadrados que não são vermelhos.
level-sensor-stop-on-red-hint-3 = Começa com «Repetir enquanto não está no vermelho», com «Avançar» lá dentro. Depois vira para a bandeira.

level-sensor-fix-the-while-title = Às voltas e mais voltas
level-sensor-fix-the-while-instruction = Os quadrados vermelhos marcam os cantos: vira à direita em cada um. Mas este robô anda às voltas num quadrado minúsculo. Corrige o programa.
level-sensor-fix-the-while-learned = Os blocos dentro de «Repetir enquanto» correm em cada volta. Uma curva que pertence a depois do ciclo tem de ficar depois dele, não lá dentro.
level-sensor-fix-the-while-hint-1 = Toca em «Passo». Quando é que o robô vira? Está no vermelho nessa altura?
level-sensor-fix-the-while-hint-2 = O robô devia virar quando estiver no vermelho, não depois de cada passo.
level-sensor-fix-the-while-hint-3 = Olha para os blocos dentro de «Repetir enquanto».

level-sensor-side-roads-title = Estradas laterais
level-sensor-side-roads-instruction = Há uma lâmpada onde começa uma estrada lateral, à esquerda ou à direita. Acende todas as lâmpadas.
level-sensor-side-roads-learned = «ou» junta duas perguntas. «Há caminho à esquerda ou há caminho à direita» é sim quando uma delas é sim, ou as duas.
level-sensor-side-roads-hint-1 = Olha para os quadrados com lâmpadas. O que há ao lado de cada um?
level-sensor-side-roads-hint-2 = Um só «Se» pode fazer duas perguntas ao mesmo tempo, juntas por «ou».
level-sensor-side-roads-hint-3 = Usa «Repetir enquanto há caminho em frente» e começa-o com «Avançar».

level-sensor-blue-and-free-title = Faixas e paredes
level-sensor-blue-and-free-instruction = Segue as três faixas azuis até à bandeira. Algumas faixas acabam numa parede. Outras simplesmente param numa estrada aberta.
level-sensor-blue-and-free-learned = «e» também junta duas perguntas. «Há caminho em frente e está no azul» só é sim quando as duas são sim.
level-sensor-blue-and-free-hint-1 = Onde acaba cada faixa? Onde é que o robô bateria numa parede?
level-sensor-blue-and-free-hint-2 = Continua a andar enquanto duas coisas forem verdade: o caminho em frente está livre, e o robô está no azul.
level-sensor-blue-and-free-hint-3 = Cada volta de «Repetir» faz o mesmo: avança para uma faixa, percorre-a, vira à direita.

level-sensor-spiral-title = A grande espiral
level-sensor-spiral-instruction = Percorre a espiral até chegares à bandeira.
level-sensor-spiral-learned = Um «Repetir enquanto» pode ir dentro de outro «Repetir enquanto». O ciclo de fora não precisa de número: faz a sua própria pergunta.
level-sensor-spiral-hint-1 = Quantos corredores tem a espiral? O «Repetir» consegue contar até tão alto?
level-sensor-spiral-hint-2 = Para cada corredor: anda até à parede e depois vira à direita. Continua a fazer isso enquanto houver caminho livre em frente.
level-sensor-spiral-hint-3 = Põe um «Repetir enquanto» dentro de outro «Repetir enquanto».

level-sensor-painted-corners-title = Cantos pintados
level-sensor-painted-corners-instruction = Acende todas as lâmpadas. Os cantos estão pintados de vermelho ou de azul: vira à esquerda nas duas cores.
level-sensor-painted-corners-learned = «Se … senão» também pode fazer uma pergunta junta. Com «está no vermelho ou está no azul», a primeira parte corre nas duas cores, e a parte «senão» em todos os outros quadrados.
level-sensor-painted-corners-hint-1 = Que quadrados não têm lâmpada? De que cores são?
level-sensor-painted-corners-hint-2 = Chega um só «Se … senão»: «está no vermelho ou está no azul» para os cantos, a parte «senão» para as lâmpadas.
level-sensor-painted-corners-hint-3 = Dentro de «Repetir até acabar», começa com «Avançar».

level-sensor-maze-title = O labirinto
level-sensor-maze-instruction = Encontra o caminho pelo labirinto até à bandeira. Usa o menor número de blocos que conseguires.
level-sensor-maze-learned = Mantém uma mão na parede e sais de muitos labirintos. O teu programa segue essa regra com um ciclo dentro de um ciclo.
level-sensor-maze-hint-1 = Imagina que atravessas o labirinto sempre com a mão direita na parede.
level-sensor-maze-hint-2 = Em cada quadrado, tenta primeiro virar à direita. Se houver parede, tenta em frente, depois à esquerda, depois para trás.
level-sensor-maze-hint-3 = Dentro de «Repetir enquanto há caminho em frente»: «Avançar», «Virar à direita» e depois um «Repetir enquanto» que pergunta «não há caminho em frente».
