# Ensina o robô: o aluno ordena cartões de exemplo, o robô aprende com eles e é testado.
# Os textos dos cartões são curtos (cerca de 30 caracteres).

train-bin-cat = Gato
train-bin-not-cat = Não é gato

train-action-train = Treinar o robô
train-action-test = Testar o robô
train-action-test-new = Mostrar cartões novos
train-action-retrain = Treinar e testar outra vez

train-robot = Robô
train-card = Cartão: { $text }
train-progress = Cartão { $current } de { $total }
train-examples = Exemplos com que o robô aprendeu: { $count }
train-tests = Cartões de teste
train-more = Mais exemplos: toca num e depois na sua caixa
train-room = Espaço para mais exemplos: { $room }

train-start = Põe cada cartão na sua caixa. O robô vai aprender com o que lhe mostrares.
train-placed-right = Certo! O robô vai aprender com este cartão.
train-placed-wrong = Ainda não. O robô aprende exatamente o que lhe mostras, por isso cada cartão tem de ir para a caixa certa.
train-ready = Tudo arrumado. Agora treina o robô!
train-trained = O robô aprendeu com os teus exemplos. Testa-o com cartões que ele ainda não viu.
train-tested-seen = Cartões de teste certos: { $right } de { $total }. Cartões parecidos com os exemplos são fáceis. Agora experimenta cartões de tipos novos.
train-tested-new = Cartões novos certos: { $right } de { $total }. Os exemplos nunca mostraram cartões como os que ele errou. Dá-lhe exemplos melhores!
train-selected = Agora toca na caixa de: { $text }
train-added = Adicionado. O robô vai aprender com ele quando o treinares outra vez.
train-no-room = Já não há espaço. Toca primeiro num cartão que adicionaste para o tirar.
train-removed = Tirado: { $text }
train-retest-missed = Cartões de teste certos: { $right } de { $total }. Ainda não são todos. Experimenta outros exemplos.
train-done = Cartões de teste certos: { $right } de { $total }. Exemplos variados ensinaram bem o robô!

train-result-right = Certo: { $text }. O robô diz: { $guess }
train-result-wrong = Errado: { $text }. O robô diz: { $guess }
train-guess-not-sure = não tenho a certeza
train-take-out = Tirar: { $text }

train-card-orange-cat = Gato laranja
train-card-big-grey-dog = Cão grande, cinzento e fofo
train-card-orange-kitten = Gatinho laranja
train-card-white-rabbit = Coelho branco e fofo
train-card-sleepy-orange-cat = Gato laranja com sono
train-card-small-brown-dog = Cão pequeno castanho
train-card-fluffy-orange-cat = Gato laranja e fofo
train-card-big-brown-dog = Cão grande castanho
train-card-grey-rabbit = Coelho cinzento e fofo
train-card-big-grey-cat = Gato grande, cinzento e fofo
train-card-white-fluffy-cat = Gato branco e fofo
train-card-black-dog = Cão grande preto
train-card-white-cat = Gato pequeno branco
train-card-grey-kitten = Gatinho cinzento e fofo
train-card-small-grey-dog = Cão pequeno cinzento
train-card-big-grey-cat-short = Gato grande cinzento
train-card-brown-rabbit = Coelho castanho
train-card-black-fluffy-cat = Gato grande, preto e fofo
