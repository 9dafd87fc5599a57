# O mundo «A IA e Eu»: chatbots, IA que aprende com exemplos, recomendações, imagens e vozes
# feitas por IA, e usar IA nos trabalhos da escola. Textos dos itens curtos (até ~60
# caracteres). Pessoas, apps e contas são inventadas.

world-ai-and-me = A IA e Eu

ai-bin-ok-to-ask = Posso perguntar
ai-bin-good-use = Bom uso
ai-bin-not-ok = Não está bem

## Nível 2: o que dizer a um chatbot

level-ai-what-to-tell-title = Conversar com um chatbot
level-ai-what-to-tell-instruction = Podes perguntar isto a um chatbot, ou deves guardá-lo só para ti?
level-ai-what-to-tell-learned = Pergunta a um chatbot coisas sobre o mundo, não sobre ti. Nomes, moradas, fotos, palavras-passe e segredos ficam privados.
level-ai-what-to-tell-hint-1 = Pergunta-te: isto é sobre o mundo, ou sobre mim e os meus amigos?
level-ai-what-to-tell-hint-2 = A empresa que gere um chatbot pode ler o que escreves. Guarda só para ti tudo o que mostra quem és.
level-ai-what-to-tell-hint-3 = Podes pedir ajuda para a história do dragão. A tua morada não.

ai-what-to-tell-volcano = Como funcionam os vulcões?
ai-what-to-tell-volcano-reason = Uma pergunta sobre o mundo não revela nada. Confirma também a resposta num livro.
ai-what-to-tell-address = A tua morada
ai-what-to-tell-address-reason = Um chatbot não precisa de saber onde moras. A empresa por trás dele pode ler o que escreves.
ai-what-to-tell-name-school = O teu nome completo e a tua escola
ai-what-to-tell-name-school-reason = Juntos dizem a quem os lê quem és e onde te encontrar. Guarda-os para ti.
ai-what-to-tell-dragon = Ideias para uma história sobre um dragão
ai-what-to-tell-dragon-reason = Pedir ideias não faz mal. Depois faz a história à tua maneira.
ai-what-to-tell-password = A tua palavra-passe, para ele se lembrar dela
ai-what-to-tell-password-reason = Um chatbot nunca precisa da tua palavra-passe. Guarda-a para ti e para o adulto que te ajuda com ela.
ai-what-to-tell-face-photo = Uma foto da tua cara
ai-what-to-tell-face-photo-reason = Uma foto tua é pessoal. Não a dês a chatbots, e pergunta a um adulto de confiança antes de partilhares fotos.
ai-what-to-tell-perimeter = O que quer dizer «perímetro»?
ai-what-to-tell-perimeter-reason = Perguntar o que quer dizer uma palavra não faz mal. O teu professor ou professora pode verificar a resposta contigo.
ai-what-to-tell-friend-secret = Um segredo que um amigo te contou
ai-what-to-tell-friend-secret-reason = É o segredo do teu amigo. Não é teu para partilhar, nem com um chatbot nem com ninguém.

## Nível 1: ensina o robô

level-ai-teach-the-robot-title = Ensina o robô
level-ai-teach-the-robot-instruction = Arruma os cartões para ensinar ao robô o que é um gato. Depois testa-o.
level-ai-teach-the-robot-learned = Um robô só aprende com os seus exemplos. Mostra-lhe muitos tipos de gatos, e ele também reconhece gatos novos.
level-ai-teach-the-robot-hint-1 = Olha para os gatos com que o robô aprendeu. Em que são todos parecidos?
level-ai-teach-the-robot-hint-2 = Todos os gatos que viu eram pequenos e cor de laranja. Precisa de gatos com um ar diferente.
level-ai-teach-the-robot-hint-3 = Junta um gato cinzento, grande ou fofo.

## Nível 3: seguro, mas errado

level-ai-chatbot-sure-title = Cheio de certeza, mas errado
level-ai-chatbot-sure-instruction = Um chatbot parece ter muita certeza. O que fazes?
level-ai-chatbot-sure-learned = Um chatbot pode parecer ter a certeza e mesmo assim estar errado. Confirma num livro ou num site de confiança, ou pergunta a um adulto.
level-ai-chatbot-sure-hint-1 = Parecer ter a certeza torna uma coisa verdadeira?
level-ai-chatbot-sure-hint-2 = Confirma com uma fonte que não seja o chatbot.
level-ai-chatbot-sure-hint-3 = Para a aranha: um livro de ciências pode dizer-te.

ai-chatbot-sure-spider-prompt = Para um trabalho de casa, perguntas a um chatbot: «A aranha é um inseto?» Ele diz: «Sim, as aranhas são insetos.»
ai-chatbot-sure-spider-copy = Escrevo isso. Parece ter muita certeza.
ai-chatbot-sure-spider-copy-reason = Parecer ter a certeza não é ter razão. As aranhas têm 8 patas, os insetos têm 6.
ai-chatbot-sure-spider-check = Confirmo num livro de ciências ou num site de confiança
ai-chatbot-sure-spider-check-reason = Certo! Outra fonte mostra que o chatbot errou: as aranhas não são insetos.
ai-chatbot-sure-spider-ask-again = Pergunto ao chatbot: «Tens a certeza?»
ai-chatbot-sure-spider-ask-again-reason = Ele pode só dizer que sim outra vez. Confirma com uma fonte que não seja o chatbot.
ai-chatbot-sure-talk-prompt = Um chatbot dá-te um facto incrível para a tua apresentação na aula. Não o encontras em mais lado nenhum.
ai-chatbot-sure-talk-use-it = Uso-o: o chatbot deve saber coisas que nós não sabemos
ai-chatbot-sure-talk-use-it-reason = Os chatbots podem inventar factos que parecem verdadeiros. Se mais ninguém o diz, deixa-o de fora.
ai-chatbot-sure-talk-leave-out = Deixo-o de fora, ou pergunto ao professor
ai-chatbot-sure-talk-leave-out-reason = Boa. Um facto que não consegues confirmar não está pronto para a tua apresentação.
ai-chatbot-sure-talk-tell-friends = Digo aos amigos que é verdade
ai-chatbot-sure-talk-tell-friends-reason = Isso espalha um facto que ninguém confirmou. Confirma-o primeiro.

## Nível 4: porquê este vídeo?

level-ai-why-this-video-title = Porquê este vídeo?
level-ai-why-this-video-instruction = Descobre porque é que a app te mostra o que mostra.
level-ai-why-this-video-learned = As apps aprendem com o que vês, aquilo de que gostas e o que procuras. Procura coisas novas, e diz à app o que não queres.
level-ai-why-this-video-hint-1 = Pensa no que fizeste antes na app.
level-ai-why-this-video-hint-2 = A app escolhe vídeos a partir do que vês, daquilo de que gostas e do que procuras.
level-ai-why-this-video-hint-3 = Para veres outras coisas, mostra à app outras coisas de que gostas.

ai-why-this-video-cakes-prompt = Viste três vídeos de bolos até ao fim. Agora a tua app mostra muitos vídeos de bolos.
ai-why-this-video-cakes-everyone = Hoje o mundo inteiro está a ver vídeos de bolos
ai-why-this-video-cakes-everyone-reason = Pouco provável! A app escolhe vídeos para ti a partir do que fizeste.
ai-why-this-video-cakes-learned = A app aprendeu com o que viste
ai-why-this-video-cakes-learned-reason = Certo. As apps usam o que vês, aquilo de que gostas e o que procuras para escolher o que vem a seguir.
ai-why-this-video-cakes-teacher = O teu professor disse à app que gostas de bolos
ai-why-this-video-cakes-teacher-reason = Não. A app aprendeu-o com os teus próprios toques e visualizações.
ai-why-this-video-more-prompt = Queres ver mais do que bolos. O que ajuda?
ai-why-this-video-more-search = Procurar coisas novas e tocar em «Não me interessa»
ai-why-this-video-more-search-reason = Sim! A app também aprende com isso. Muitas apps têm um botão como «Não me interessa».
ai-why-this-video-more-more-cakes = Ver ainda mais vídeos de bolos
ai-why-this-video-more-more-cakes-reason = Isso ensina à app que só queres bolos.
ai-why-this-video-more-scroll = Continuar a deslizar: a app vai mudar sozinha daqui a pouco
ai-why-this-video-more-scroll-reason = A app continua a escolher a partir do que fizeste antes. Mostra-lhe de que mais gostas.
ai-why-this-video-feel-bad-prompt = Um tipo de vídeo que a app te mostra sempre faz-te sentir mal contigo.
ai-why-this-video-feel-bad-keep-watching = Continuar a ver, para não perder nada
ai-why-this-video-feel-bad-keep-watching-reason = Ver mais diz à app para te mostrar mais disso. Para e faz uma pausa.
ai-why-this-video-feel-bad-share = Partilhar com amigos para ver se também se sentem mal
ai-why-this-video-feel-bad-share-reason = Isso espalha o mau sentimento. Para de ver e fala com alguém em quem confias.
ai-why-this-video-feel-bad-stop-tell = Parar de ver e contar a um adulto de confiança
ai-why-this-video-feel-bad-stop-tell-reason = Boa. O que sentes importa mais do que a app. Um adulto pode ajudar-te a mudar o que ela mostra.

## Nível 5: real ou feito por IA?

level-ai-fake-picture-title = Real ou feito por IA?
level-ai-fake-picture-instruction = Toca em cada pista de que esta imagem pode ser feita por IA ou pode não ser verdade.
level-ai-fake-picture-learned = A IA consegue fazer imagens que parecem reais. Procura pistas, confirma noutras fontes e pergunta a um adulto quando não tiveres a certeza.
level-ai-fake-picture-hint-1 = Esta imagem surpreendia-te na vida real?
level-ai-fake-picture-hint-2 = Coisas surpreendentes, perfeitas demais, pormenores errados e pressa para partilhar são pistas.
level-ai-fake-picture-hint-3 = Lê com atenção o letreiro do autocarro.

ai-fake-picture-account = Publicado por: @pic_planet, hoje às 10:02
ai-fake-picture-account-reason = O nome e a hora, sozinhos, não dizem se uma imagem é real. Olha para a própria imagem.
ai-fake-picture-photo = Foto: um pinguim tão alto como um autocarro escolar
ai-fake-picture-photo-reason = Imagens muito surpreendentes são uma pista. Vê se as notícias ou um site de confiança também a mostram.
ai-fake-picture-perfect = Tudo parece liso e perfeito, como um brinquedo
ai-fake-picture-perfect-reason = As imagens feitas por IA podem parecer perfeitas demais. É uma pista, por isso confirma antes de acreditar.
ai-fake-picture-sign = O letreiro do autocarro diz «ECSOLA»
ai-fake-picture-sign-reason = Pormenores que não estão certos, como letras baralhadas, são uma pista de que uma imagem pode ser inventada.
ai-fake-picture-caption = Legenda: É REAL!!! Partilha antes que apaguem!
ai-fake-picture-caption-reason = A pressão para partilhar depressa é um sinal de alerta. As notícias verdadeiras podem esperar enquanto confirmas.
ai-fake-picture-question = Comentário: Que site de notícias tem isto?
ai-fake-picture-question-reason = Boa pergunta! Confirmar noutras fontes é o que se deve fazer.
ai-fake-picture-comment = Comentário: Os pinguins não são assim tão grandes!
ai-fake-picture-comment-reason = Este comentário faz bem em duvidar. Usar o que sabes é uma boa maneira de confirmar.

## Nível 6: é mesmo essa pessoa?

level-ai-voice-message-title = É mesmo essa pessoa?
level-ai-voice-message-instruction = Vozes e vídeos podem ser feitos com IA. O que fazes?
level-ai-voice-message-learned = A IA consegue copiar vozes e caras. Se uma mensagem pede códigos, dinheiro ou um clique rápido, confirma de outra maneira e conta a um adulto.
level-ai-voice-message-hint-1 = Uma voz que parece a certa prova quem está a falar?
level-ai-voice-message-hint-2 = Confirma com a pessoa de outra maneira, não respondendo à mensagem.
level-ai-voice-message-hint-3 = Para a cantora: a página dela também o diria.

ai-voice-message-cousin-prompt = Uma mensagem de voz parece mesmo do teu primo Leo: «Perdi o telemóvel! Manda-me o código do banco dos teus pais, depressa!»
ai-voice-message-cousin-send = Mando: o Leo é da família e parece aflito
ai-voice-message-cousin-send-reason = A IA consegue copiar uma voz a partir de um clipe curto. E um primo a sério não pedia um código do banco.
ai-voice-message-cousin-check = Confirmo com o Leo de outra maneira, com um adulto
ai-voice-message-cousin-check-reason = Certo. Não confies só na voz. Um adulto pode ligar ao Leo para o número que conhece.
ai-voice-message-cousin-delete-after = Mando o código, mas peço-lhe que o apague logo a seguir
ai-voice-message-cousin-delete-after-reason = Depois de mandado, já não o controlas. Nunca mandes códigos.
ai-voice-message-singer-prompt = Um vídeo mostra a cantora Mila Star a dizer: «Clica neste link e ganha um tablet grátis!»
ai-voice-message-singer-click = Clico depressa, antes que acabem os tablets
ai-voice-message-singer-click-reason = A pressa é um sinal de alerta. Vídeos destes podem ser feitos com IA para te enganar.
ai-voice-message-singer-check = Vejo primeiro a página dela e as notícias
ai-voice-message-singer-check-reason = Sim. Se a página dela e as notícias não o dizem, o vídeo é falso.
ai-voice-message-singer-aunt = Peço à minha tia que clique por mim
ai-voice-message-singer-aunt-reason = O problema é o link, seja quem for que clique. Confirma primeiro e depois mostra ao adulto porquê.

## Nível 7: a IA ajuda, tu decides

level-ai-you-decide-title = A IA ajuda, tu decides
level-ai-you-decide-instruction = Isto é uma boa maneira de usar IA na escola, ou não está bem?
level-ai-you-decide-learned = A IA pode ajudar-te a aprender. Tu fazes o pensamento, confirmas o que ela diz e segues as regras da tua escola.
level-ai-you-decide-hint-1 = Pergunta: quem está a pensar aqui, eu ou a IA?
level-ai-you-decide-hint-2 = Usar IA para perceber ou praticar é bom. Fazer passar o trabalho dela por teu não é.
level-ai-you-decide-hint-3 = Pedir-lhe que explique uma palavra é um bom uso.

ai-you-decide-explain-word = Pedir-lhe que explique uma palavra que não sabes
ai-you-decide-explain-word-reason = Usar IA para perceber uma coisa ajuda-te a aprender. Vê se faz sentido.
ai-you-decide-copy-story = Entregar como tua uma história que ela escreveu
ai-you-decide-copy-story-reason = Esse trabalho não é teu, e não aprendes nada. Diz com honestidade o que a IA fez.
ai-you-decide-quiz = Pedir-lhe perguntas de quiz para praticar
ai-you-decide-quiz-reason = Praticar com as perguntas dela pode ajudar. Confirma as respostas nos teus apontamentos.
ai-you-decide-whole-homework = Deixá-la fazer os trabalhos de casa todos por ti
ai-you-decide-whole-homework-reason = Assim saltas o pensamento que os trabalhos de casa servem para treinar. Tenta primeiro por ti.
ai-you-decide-check-facts = Confirmar os factos dela num livro ou num site de confiança
ai-you-decide-check-facts-reason = A IA pode errar. Confirmar é o que faz quem a usa bem.
ai-you-decide-fake-photo = Fazer uma foto falsa e engraçada de um colega
ai-you-decide-fake-photo-reason = Imagens falsas de pessoas reais podem magoá-las. Nunca uses IA para gozar com alguém.
ai-you-decide-own-words = Tirar ideias e depois escrever por palavras tuas
ai-you-decide-own-words-reason = Boa: as ideias ajudam-te a começar, e o trabalho é teu.
ai-you-decide-against-rules = Usá-la quando o professor disse que não
ai-you-decide-against-rules-reason = A tua escola decide quando se pode usar IA. Segue as regras dela.
