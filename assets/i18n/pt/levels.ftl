# Os mundos e níveis de literacia digital (os de programação estão em coding-levels.ftl).

world-share-safe = Partilhar com Cuidado

level-share-or-keep-title = Partilhar ou guardar?
level-share-or-keep-instruction = Podes partilhar isto na internet, ou deves guardá-lo só para ti?
level-share-or-keep-learned = As coisas de que gostas, até o nome do teu animal, podem ser partilhadas. Onde te encontrar e as tuas palavras-passe ficam privados.
level-share-or-keep-hint-1 = Pergunta-te: um desconhecido podia usar isto para me encontrar ou entrar na minha conta?
level-share-or-keep-hint-2 = Podes partilhar as coisas de que gostas. O que mostra onde te encontrar, ou abre as tuas contas, fica privado.
level-share-or-keep-hint-3 = Podes dizer como se chama o teu animal, mas nunca o uses como palavra-passe. A tua morada fica privada.

card-favourite-colour = A tua cor preferida
reason-favourite-colour = Muita gente gosta da mesma cor, por isso não mostra quem és nem onde estás.
card-home-address = A tua morada
reason-home-address = Um desconhecido podia usá-la para descobrir onde moras.
card-favourite-game = O teu jogo preferido
reason-favourite-game = Falar dos jogos de que gostas é divertido e não diz a ninguém onde estás.
card-password = A tua palavra-passe
reason-password = Uma palavra-passe é uma chave. Só tu e os teus pais ou quem cuida de ti a devem saber.
card-pet-name = O nome do teu animal
reason-pet-name = Podes partilhá-lo. Só nunca o uses como palavra-passe: quem o conhece podia adivinhá-la.
card-favourite-animal = O teu animal preferido
reason-favourite-animal = É divertido partilhar e não diz nada sobre onde moras.
card-school-name = O nome da tua escola
reason-school-name = Diz às pessoas onde te podem encontrar todos os dias.
