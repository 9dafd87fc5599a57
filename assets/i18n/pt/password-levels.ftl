# O mundo «Pico das Palavras-passe»: quem pode saber uma palavra-passe, o que a torna forte,
# bons hábitos, verificação em 2 passos e gestores de palavras-passe. Factos segundo o NCSC,
# o NIST SP 800-63B rev. 4 e a Action Fraud (docs/literacy-levels.md).
# - pw-rank: as cinco palavras-passe ficam como estão.
# - pw-build-first: as peças 1, 2 e 6 têm três letras; as outras cinco letras ou mais.
# - pw-build-strong: palavras curtas do dia a dia, em minúsculas.
# - Escolher a resposta: a melhor resposta não é a mais comprida.

world-password-peak = Pico das Palavras-passe

## Nível 1: quem pode saber a tua palavra-passe

level-pw-who-to-tell-title = Quem pode saber?
level-pw-who-to-tell-instruction = Lê o que acontece. Escolhe sempre a melhor resposta.
level-pw-who-to-tell-learned = A tua palavra-passe é só para ti. Um adulto de confiança que cuida de ti pode ajudar-te com ela.
level-pw-who-to-tell-hint-1 = Pergunta-te: esta pessoa precisa mesmo da minha palavra-passe?
level-pw-who-to-tell-hint-2 = Os amigos e os moderadores do jogo nunca precisam dela. Os teus pais ou quem cuida de ti podem ajudar-te a guardá-la bem.
level-pw-who-to-tell-hint-3 = No chat do jogo, não respondas. Denuncia.

pw-who-to-tell-friend-prompt = A tua melhor amiga, a Zoe, pergunta: «Qual é a tua palavra-passe do jogo? Quero experimentar o teu nível novo.»
pw-who-to-tell-friend-tell = Digo-lhe. É a minha melhor amiga.
pw-who-to-tell-friend-tell-reason = Até os melhores amigos podem contar a outros sem querer. E às vezes os amigos zangam-se.
pw-who-to-tell-friend-say-no = Digo: «Desculpa, é só minha.»
pw-who-to-tell-friend-say-no-reason = Muito bem! Podem continuar a jogar juntos. Uma boa amiga percebe.
pw-who-to-tell-friend-swap = Trocamos palavras-passe, para ser justo.
pw-who-to-tell-friend-swap-reason = Assim ficam duas palavras-passe à solta em vez de uma. Trocar não torna nada mais seguro.

pw-who-to-tell-moderator-prompt = Num chat do jogo, «Mod_Max» escreve: «Sou moderador. Manda-me a tua palavra-passe ou a tua conta é fechada!»
pw-who-to-tell-moderator-send = Mando-a depressa e depois conto a um adulto.
pw-who-to-tell-moderator-send-reason = Contar a um adulto é bom, mas nunca a mandes. Os moderadores a sério nunca pedem a tua palavra-passe.
pw-who-to-tell-moderator-proof = Peço-lhe que prove que é moderador.
pw-who-to-tell-moderator-proof-reason = Os burlões conseguem falsificar qualquer prova. Ninguém do jogo precisa da tua palavra-passe, por isso não a mandes.
pw-who-to-tell-moderator-report = Não respondo. Denuncio e conto a um adulto.
pw-who-to-tell-moderator-report-reason = Certo! Os moderadores do jogo nunca precisam da tua palavra-passe. Denunciar ajuda a travar o burlão.

pw-who-to-tell-parent-prompt = Os teus pais ou quem cuida de ti ajudam-te a preparar o teu tablet novo. Perguntam que palavra-passe escolheste.
pw-who-to-tell-parent-tell-mum = Digo-lhes. Eles cuidam de mim.
pw-who-to-tell-parent-tell-mum-reason = Sim! Um adulto de confiança que cuida de ti, como os teus pais, pode sabê-la e ajudar a guardá-la bem.
pw-who-to-tell-parent-nobody = Não digo a ninguém, nem a eles.
pw-who-to-tell-parent-nobody-reason = Esconde-a dos amigos e de desconhecidos. Mas os teus pais ou quem cuida de ti podem ajudar-te.
pw-who-to-tell-parent-class-chat = Ponho-a no chat da turma, para não me esquecer.
pw-who-to-tell-parent-class-chat-reason = Toda a gente no chat a podia ler. Pede a um adulto de confiança que te ajude a lembrares-te dela em segurança.

## Nível 2: da mais fraca à mais forte

level-pw-rank-title = Fraca ou forte?
level-pw-rank-instruction = Põe as palavras-passe por ordem. Começa pela mais fraca e acaba na mais forte.
level-pw-rank-learned = Várias palavras ao acaso fazem uma palavra-passe comprida. É muito mais forte do que uma palavra com um número.
level-pw-rank-hint-1 = Que palavra-passe experimentaria primeiro quem quer adivinhar?
level-pw-rank-hint-2 = Quem adivinha experimenta primeiro palavras-passe e palavras comuns. As compridas, com palavras ao acaso, ficam para o fim.
level-pw-rank-hint-3 = 123456 é a mais fraca: é uma das palavras-passe mais usadas.

pw-rank-digits = 123456
pw-rank-digits-reason = Esta vem primeiro: é a mais fraca. É uma das palavras-passe mais usadas no mundo, por isso é adivinhada logo.
pw-rank-one-word = sunshine
pw-rank-one-word-reason = Esta é a segunda: uma só palavra inglesa conhecida. Quem adivinha experimenta muito cedo listas compridas de palavras como esta.
pw-rank-word-and-number = Sunshine1
pw-rank-word-and-number-reason = Esta fica no meio. Uma maiúscula no início e um 1 no fim são truques que quem adivinha conhece bem.
pw-rank-two-words = tiger-Lamp7
pw-rank-two-words-reason = Esta é a quarta. Duas palavras que não têm nada a ver uma com a outra são mais difíceis de adivinhar, mas duas ainda é pouco.
pw-rank-four-words = violet-cactus-harbour-drum
pw-rank-four-words-reason = Esta vem no fim: é a mais forte. Quatro palavras ao acaso fazem uma palavra-passe comprida e fácil de lembrar.

## Nível 3: uma primeira palavra-passe de palavras

level-pw-build-first-title = A tua primeira palavra-passe de palavras
level-pw-build-first-instruction = Toca nas peças de palavras para construíres uma palavra-passe forte com pelo menos 3 palavras.
level-pw-build-first-learned = Três palavras ao acaso fazem uma palavra-passe comprida e forte. Deixa de fora o que os outros sabem sobre ti.
level-pw-build-first-hint-1 = Alguma das peças diz alguma coisa sobre ti?
level-pw-build-first-hint-2 = Escolhe palavras ao acaso que não tenham nada a ver contigo. Faz uma palavra-passe comprida: 15 letras ou mais.
level-pw-build-first-hint-3 = Rex é o nome do teu cão, por isso deixa-o de fora.

pw-build-first-word-1 = sol
pw-build-first-word-2 = mar
pw-build-first-word-3 = foguetão
pw-build-first-word-4 = almofada
pw-build-first-word-5 = tartaruga
pw-build-first-word-6 = rei
pw-build-first-pet = Rex
pw-build-first-pet-reason = Rex é o nome do teu cão. Os teus amigos sabem-no, e também quem vê as fotos do teu cão.
pw-build-first-year = 2016
pw-build-first-year-reason = Este é o ano em que nasceste. Muita gente o sabe, e quem adivinha experimenta anos primeiro.

## Nível 4: bons hábitos e hábitos arriscados

level-pw-habits-title = Bons hábitos
level-pw-habits-instruction = É um bom hábito ou é arriscado? Arruma cada cartão.
level-pw-habits-learned = Usa uma palavra-passe diferente em cada jogo, guarda-a em segredo e termina a sessão em tablets partilhados.
level-pw-habits-hint-1 = Imagina que outra pessoa encontra o teu tablet. O que podia fazer?
level-pw-habits-hint-2 = Os bons hábitos guardam a tua palavra-passe em segredo e a tua conta fechada aos outros.
level-pw-habits-hint-3 = Terminar a sessão num tablet partilhado é um bom hábito.

pw-habits-bin-good = Bom hábito
pw-habits-bin-risky = Arriscado

pw-habits-one-per-game = Uma palavra-passe diferente em cada jogo
pw-habits-one-per-game-reason = Se alguém descobrir uma palavra-passe, os teus outros jogos continuam seguros.
pw-habits-sticky-note = A palavra-passe num papel colado ao tablet
pw-habits-sticky-note-reason = Quem pegar no tablet pode lê-la. Pergunta a um adulto onde a guardar em segurança.
pw-habits-log-out = Terminar a sessão num tablet partilhado
pw-habits-log-out-reason = Assim a pessoa seguinte não pode jogar como se fosse tu. Termina sempre a sessão quando partilhas.
pw-habits-name-birthday = O teu nome e aniversário como palavra-passe
pw-habits-name-birthday-reason = Muita gente sabe o teu nome e o teu aniversário. Quem adivinha experimenta-os primeiro.
pw-habits-best-friend = Dizer a palavra-passe ao teu melhor amigo
pw-habits-best-friend-reason = Os amigos podem contar a outros sem querer. Guarda a tua palavra-passe só para ti.
pw-habits-ask-adult = Perguntar a um adulto quando não tens a certeza
pw-habits-ask-adult-reason = Um adulto de confiança pode ajudar-te. Perguntar é sempre boa ideia.

## Nível 5: uma palavra-passe muito forte
# Peças: palavras curtas do dia a dia, em minúsculas. A alcunha, a escola e a equipa são
# inventadas e ficam como estão.

level-pw-build-strong-title = Muito forte!
level-pw-build-strong-instruction = Constrói uma palavra-passe muito forte com pelo menos 4 peças de palavras.
level-pw-build-strong-learned = Quatro palavras ao acaso fazem uma palavra-passe muito forte. Alcunhas, escolas e equipas são fáceis de adivinhar.
level-pw-build-strong-hint-1 = Algumas peças parecem palavras, mas falam de ti. Quais?
level-pw-build-strong-hint-2 = A tua alcunha, a tua escola e a tua equipa são fáceis de descobrir.
level-pw-build-strong-hint-3 = Zippy é a tua alcunha, por isso deixa-a de fora.

pw-build-strong-word-1 = lago
pw-build-strong-word-2 = neve
pw-build-strong-word-3 = vela
pw-build-strong-word-4 = gelo
pw-build-strong-word-5 = rolha
pw-build-strong-word-6 = sapo
pw-build-strong-word-7 = pipa
pw-build-strong-nickname = Zippy
pw-build-strong-nickname-reason = Zippy é a tua alcunha. Os teus amigos e a turma toda sabem-na.
pw-build-strong-school = Carvalhal
pw-build-strong-school-reason = Carvalhal é a tua escola. Muita gente sabe que escola frequentas.
pw-build-strong-team = Rovers
pw-build-strong-team-reason = Toda a gente sabe que adoras os Rovers. Quem adivinha experimentava cedo a tua equipa.

## Nível 6: verificação em 2 passos

level-pw-two-step-title = O código é só para ti
level-pw-two-step-instruction = Lê o que acontece. Escolhe sempre a melhor resposta.
level-pw-two-step-learned = A verificação em 2 passos pede um código além da tua palavra-passe. Nunca partilhes o código, mesmo que alguém o peça.
level-pw-two-step-hint-1 = Para quem é o código: para ti, ou para quem o pedir?
level-pw-two-step-hint-2 = O código é uma segunda chave. Só tu o usas, e mais ninguém precisa dele.
level-pw-two-step-hint-3 = Quando um amigo te pede o código, guarda-o para ti.

pw-two-step-what-prompt = O teu jogo pergunta: «Ativar a verificação em 2 passos?» O que faz isso?
pw-two-step-what-longer = Torna a palavra-passe duas vezes maior.
pw-two-step-what-longer-reason = A tua palavra-passe fica igual. Junta um segundo passo: um código.
pw-two-step-what-code = Pede-te também um código.
pw-two-step-what-code-reason = Certo! Mesmo quem sabe a tua palavra-passe não consegue entrar sem o código. Pede a um adulto que te ajude a ativá-la.
pw-two-step-what-friends = Os amigos podem entrar por ti.
pw-two-step-what-friends-reason = Não. Garante que só tu consegues entrar.

pw-two-step-friend-prompt = O teu amigo Sam escreve: «Mandei o meu código de acesso para o teu tablet por engano. Podes mandar-mo?»
pw-two-step-friend-send = Mando. O Sam é meu amigo.
pw-two-step-friend-send-reason = É um truque conhecido. Alguém pode estar a usar a conta do Sam. Com o código, pode ficar com a tua.
pw-two-step-friend-adult-sends = Peço a um adulto em casa que o mande por mim.
pw-two-step-friend-adult-sends-reason = Contar a um adulto está certo, mas ninguém deve mandar o código. Nem um adulto.
pw-two-step-friend-keep = Guardo-o. Conto a um adulto de confiança.
pw-two-step-friend-keep-reason = Certo! Nunca partilhes um código. Fala com o Sam pessoalmente para ver se é mesmo ele.

pw-two-step-unasked-prompt = Aparece um código de acesso no teu tablet, mas tu não tentaste entrar.
pw-two-step-unasked-tell = Não o dou a ninguém e conto a um adulto.
pw-two-step-unasked-tell-reason = Certo! Alguém pode estar a experimentar a tua palavra-passe. Um adulto pode ajudar-te a mudá-la.
pw-two-step-unasked-class-chat = Ponho-o no chat da turma.
pw-two-step-unasked-class-chat-reason = Assim toda a gente no chat o podia usar. O código é só para ti. Em vez disso, conta a um adulto.
pw-two-step-unasked-reply = Respondo e pergunto quem o mandou.
pw-two-step-unasked-reply-reason = Não respondas. O código chegou porque alguém tentou entrar como se fosse tu. Conta a um adulto.

## Nível 7: um gestor de palavras-passe

level-pw-manager-title = Um cofre para palavras-passe
level-pw-manager-instruction = Este é o gestor de palavras-passe da Mia. Lembra-se das palavras-passe dela. Toca em cada definição que não é segura para a corrigires.
level-pw-manager-learned = Um gestor de palavras-passe lembra-se das tuas palavras-passe. Uma palavra-passe forte, feita de palavras, protege todas as outras. Prepara-o com um adulto de confiança.
level-pw-manager-hint-1 = Que definição ajudaria alguém a abrir as palavras-passe da Mia?
level-pw-manager-hint-2 = A palavra-passe principal protege todas as outras, por isso tem de ser a mais forte.
level-pw-manager-hint-3 = Começa pela palavra-passe principal.

pw-manager-set-up = Preparado com: um adulto de confiança
pw-manager-set-up-reason = Boa! Um adulto de confiança pode ajudar-te a prepará-lo e a mantê-lo seguro.
pw-manager-main-password = Palavra-passe principal: 1234
pw-manager-main-password-reason = Esta palavra-passe abre todas as outras. Faz com que seja comprida e forte: três palavras ao acaso.
pw-manager-main-password-fixed = Palavra-passe principal: três palavras ao acaso
pw-manager-one-each = Guarda: uma palavra-passe diferente por jogo
pw-manager-one-each-reason = Boa! Ele lembra-se delas, por isso cada jogo pode ter a sua palavra-passe.
pw-manager-make-new = Criar palavras-passe fortes por mim: Desligado
pw-manager-make-new-reason = Pode criar palavras-passe compridas e ao acaso e lembrar-se delas por ti. Liga-o.
pw-manager-make-new-fixed = Criar palavras-passe fortes por mim: Ligado
pw-manager-lock = Bloquear a app quando a fecho: Desligado
pw-manager-lock-reason = Assim quem pegasse no tablet podia ver todas as palavras-passe da Mia.
pw-manager-lock-fixed = Bloquear a app quando a fecho: Ligado
pw-manager-device = Guardado em: o meu tablet, em casa
pw-manager-device-reason = Guardar palavras-passe no teu próprio tablet não faz mal. Nunca as guardes num computador da biblioteca.
