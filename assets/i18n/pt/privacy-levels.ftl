# O mundo «Partilhar com Cuidado», níveis 2 em diante. Pessoas, lugares e jogos são
# inventados. A rua e a escola são inventadas para o português (Rua das Acácias, Carvalhal).

## Nível 2: as definições de um perfil de jogo

level-privacy-profile-title = O perfil da Lena
level-privacy-profile-instruction = Este é o perfil de jogo da Lena. Toca em cada definição que partilha demais para a corrigires.
level-privacy-profile-learned = Deixa o teu perfil só para amigos. Usa um nome de jogo inventado e uma imagem de desenho animado, e guarda a tua localização e o teu número só para ti.
level-privacy-profile-hint-1 = Lê cada linha. Um desconhecido podia usá-la para encontrar a Lena?
level-privacy-profile-hint-2 = Um nome de jogo inventado e uma imagem de desenho animado são seguros. Nomes reais, lugares e números não.
level-privacy-profile-hint-3 = Olha para quem pode ver o perfil e para o número de telefone.

privacy-profile-visibility = Quem pode ver o meu perfil: Todos
privacy-profile-visibility-reason = Todos quer dizer também desconhecidos. Muda para «Só amigos».
privacy-profile-visibility-fixed = Quem pode ver o meu perfil: Só amigos
privacy-profile-name = Nome mostrado: Lena Silva (nome completo)
privacy-profile-name-reason = Um nome completo ajuda desconhecidos a encontrar a Lena. Um nome de jogo inventado chega.
privacy-profile-name-fixed = Nome mostrado: StarFox22 (nome de jogo)
privacy-profile-game-name = Nome de jogo: StarFox22
privacy-profile-game-name-reason = Um nome de jogo inventado não diz a ninguém quem a Lena é na verdade. Boa escolha!
privacy-profile-avatar = Avatar: uma raposa de desenho animado
privacy-profile-avatar-reason = Uma imagem de desenho animado não mostra a cara da Lena. Isso é seguro.
privacy-profile-location = Partilhar a minha localização: Ligado
privacy-profile-location-reason = Isto mostra às pessoas onde a Lena está agora mesmo. Deixa desligado.
privacy-profile-location-fixed = Partilhar a minha localização: Desligado
privacy-profile-game = Jogo preferido: Block Builders
privacy-profile-game-reason = Muitas crianças gostam deste jogo. Não diz a ninguém onde a Lena está.
privacy-profile-phone = Número de telefone: visível para todos
privacy-profile-phone-reason = Desconhecidos podiam ligar ou mandar mensagens à Lena. Guarda o teu número de telefone só para ti.
privacy-profile-phone-fixed = Número de telefone: escondido

## Nível 3: uma publicação com foto, descrita linha a linha

level-privacy-photo-title = Uma foto ao sol
level-privacy-photo-instruction = Toca em cada pista nesta publicação que mostra onde moras ou a que escola vais.
level-privacy-photo-learned = Antes de publicares uma foto, procura placas de ruas, números de porta, emblemas da escola e etiquetas de localização.
level-privacy-photo-hint-1 = Olha também para o fundo, não só para ti e para o cão.
level-privacy-photo-hint-2 = Nomes de ruas, números de porta e emblemas da escola mostram a desconhecidos onde te encontrar.
level-privacy-photo-hint-3 = A placa da rua atrás de ti é uma pista. Há mais três.

privacy-photo-photo = Foto: eu e o meu cão no jardim
privacy-photo-photo-reason = Uma foto tua com o teu animal pode ser partilhada com amigos. Vê só o que mais aparece nela.
privacy-photo-sign = Atrás de nós: uma placa, «Rua das Acácias»
privacy-photo-sign-reason = A placa diz a toda a gente em que rua moras. Tira a foto num sítio sem placas.
privacy-photo-door = Na porta: o número 12
privacy-photo-door-reason = Com o nome da rua, o número mostra exatamente a tua casa. Deixa-o fora da foto.
privacy-photo-shirt = A minha T-shirt com o emblema da Escola do Carvalhal
privacy-photo-shirt-reason = O emblema mostra a que escola vais. Desconhecidos saberiam onde estás todos os dias.
privacy-photo-caption = Legenda: Sábado de sol com o Rex!
privacy-photo-caption-reason = Podes partilhar o nome do teu cão. Só nunca o uses como palavra-passe.
privacy-photo-location = Localização: Rua das Acácias, 12
privacy-photo-location-reason = A etiqueta dá a tua morada completa a toda a gente. Desliga as etiquetas de localização.
privacy-photo-comment = Comentário do Ben: Que cão tão giro!
privacy-photo-comment-reason = Um comentário simpático de um amigo está bem. Não revela nada.

## Nível 4: perguntas que pedem demais

level-privacy-stranger-asks-title = Quem quer saber?
level-privacy-stranger-asks-instruction = Escolhe sempre a melhor resposta.
level-privacy-stranger-asks-learned = Podes sempre dizer que não. Guarda para ti a tua escola, a tua rua e os números dos teus amigos. Se alguém insistir, conta a um adulto.
level-privacy-stranger-asks-hint-1 = Pensa: quem vai ver a minha resposta, e o que pode fazer com ela?
level-privacy-stranger-asks-hint-2 = Os teus dados, e os números dos teus amigos, são para guardar. Podes sempre dizer que não.
level-privacy-stranger-asks-hint-3 = Um jogo continua a funcionar quando não deixas que veja os teus contactos.

privacy-stranger-asks-school = SkyRider9, um amigo da internet que nunca viste, pergunta: «Em que escola andas?»
privacy-stranger-asks-school-tell = Digo e depois conto a um adulto que disse.
privacy-stranger-asks-school-tell-reason = Contar a um adulto é bom, mas agora o SkyRider9 sabe a tua escola. É melhor nem partilhar.
privacy-stranger-asks-school-town = Digo-lhe só a minha cidade.
privacy-stranger-asks-school-town-reason = A tua cidade também é uma pista de onde estás. Guarda-a também para ti.
privacy-stranger-asks-school-say-no = Digo que não e conto a um adulto.
privacy-stranger-asks-school-say-no-reason = Muito bem! Podes dizer que não com simpatia. Um adulto pode ajudar se o SkyRider9 insistir.
privacy-stranger-asks-contacts = Enquanto jogas, um jogo pergunta: «Permitir que Block Builders aceda aos teus contactos?»
privacy-stranger-asks-contacts-allow = Toco em «Permitir» para achar amigos.
privacy-stranger-asks-contacts-allow-reason = Os teus contactos são números de outras pessoas. O jogo ficava com eles sem perguntar a essas pessoas.
privacy-stranger-asks-contacts-not-now = Toco em «Não permitir». O jogo funciona.
privacy-stranger-asks-contacts-not-now-reason = Certo! Os números dos teus contactos não são teus para dar. Podes juntar amigos pelo nome de jogo.
privacy-stranger-asks-contacts-allow-then-delete = Permito e mais tarde apago o jogo todo do tablet.
privacy-stranger-asks-contacts-allow-then-delete-reason = Depois de o jogo ter os números, apagar o jogo não os traz de volta.
privacy-stranger-asks-quiz = Um quiz divertido diz: «O teu nome de super-herói = a tua rua + a tua escola!»
privacy-stranger-asks-quiz-skip = Salto-o, ou jogo com palavras inventadas.
privacy-stranger-asks-quiz-skip-reason = Bem pensado! A tua rua e a tua escola mostram onde te encontrar. Palavras inventadas são igualmente divertidas.
privacy-stranger-asks-quiz-post = Publico o meu verdadeiro nome de super-herói nos comentários.
privacy-stranger-asks-quiz-post-reason = Agora toda a gente sabe a tua rua e a tua escola. Juntas, mostram onde te encontrar.
privacy-stranger-asks-quiz-send-friend = Mando-o só a um amigo, numa mensagem privada.
privacy-stranger-asks-quiz-send-friend-reason = As mensagens podem ser passadas a outros. Guarda as tuas respostas verdadeiras para ti.

## Nível 5: antes de publicares uma foto

level-privacy-before-posting-title = Tudo pronto para publicar?
level-privacy-before-posting-instruction = Queres publicar uma foto. Isto é um bom passo antes de publicar, ou é melhor não?
level-privacy-before-posting-learned = Antes de publicares, procura pistas na foto, pergunta às pessoas que lá estão e escolhe «Só amigos». Deixa as etiquetas de localização desligadas.
level-privacy-before-posting-hint-1 = Pensa: depois de publicada, quem podia ver a foto, e o que podia descobrir?
level-privacy-before-posting-hint-2 = Os bons passos deixam de fora pistas e desconhecidos e perguntam às pessoas da foto. Os arriscados espalham a foto ou o sítio onde estás.
level-privacy-before-posting-hint-3 = Uma etiqueta de localização é para deixar de fora.

privacy-bin-do = Faz
privacy-bin-dont = Melhor não

privacy-before-posting-clues = Procurar placas e números de porta na foto.
privacy-before-posting-clues-reason = Boa! Corta-os ou escolhe outra foto, para ninguém perceber onde moras.
privacy-before-posting-location = Juntar a localização para os amigos te encontrarem.
privacy-before-posting-location-reason = Uma etiqueta de localização mostra a toda a gente onde estás. Deixa-a desligada.
privacy-before-posting-ask = Perguntar a todos na foto se não faz mal.
privacy-before-posting-ask-reason = A foto também é deles. Só a publiques se disserem que sim.
privacy-before-posting-everyone = Publicar para todos, para ter mais gostos.
privacy-before-posting-everyone-reason = Todos quer dizer também desconhecidos. Os gostos não valem isso.
privacy-before-posting-audience = Escolher quem pode ver: só amigos.
privacy-before-posting-audience-reason = Boa! «Só amigos» deixa os desconhecidos de fora.
privacy-before-posting-surprise = Publicar a foto tola de um amigo como surpresa.
privacy-before-posting-surprise-reason = Pergunta primeiro. O teu amigo pode não querer essa foto na internet.
