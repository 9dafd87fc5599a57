# O mundo «Detetives de Factos»: avaliar informação (títulos, anúncios, fontes, notícias
# falsas). Nomes, endereços e números ficam como estão; só endereços .example.

world-fact-finders = Detetives de Factos

fact-bin-trustworthy = Parece de confiança
fact-bin-check-first = Confirmar primeiro
fact-bin-advert = Anúncio
fact-bin-not-advert = Não é anúncio

## Nível 1: títulos

level-fact-headlines-title = Verificar títulos
level-fact-headlines-instruction = Este título parece de confiança, ou deves confirmá-lo primeiro?
level-fact-headlines-learned = Confia em notícias de quem sabe mesmo, como a tua câmara municipal ou a tua escola. Confirma primeiro notícias que gritam, são incríveis ou não têm autor.
level-fact-headlines-hint-1 = Pergunta: quem diz isto, e como é que sabe?
level-fact-headlines-hint-2 = Gritos, segredos e promessas incríveis querem dizer: confirma primeiro. Notícias do dia a dia de quem manda parecem de confiança.
level-fact-headlines-hint-3 = O título dos gatos grita e fala de um grande segredo. Confirma-o primeiro!

fact-headlines-cats = CHOCANTE!!! Os gatos falam e os cientistas escondem!
fact-headlines-cats-reason = Maiúsculas, muitos «!» e um grande segredo são sinais de alerta. Procura primeiro em sites de confiança.
fact-headlines-library = Site da câmara: Biblioteca abre até tarde às quintas
fact-headlines-library-reason = A câmara municipal gere a biblioteca, por isso o seu próprio site sabe o horário.
fact-headlines-grow = Este truque faz-te crescer 10 cm numa noite!
fact-headlines-grow-reason = Parece bom demais para ser verdade. Títulos assim querem os teus cliques, não contar-te factos.
fact-headlines-weather = Serviço meteorológico: Chuva prevista para sábado
fact-headlines-weather-reason = Fazer previsões é o trabalho do serviço meteorológico. É o sítio certo para esta notícia.
fact-headlines-no-name = Publicação sem nome: Todas as escolas fecham um mês!
fact-headlines-no-name-reason = Ninguém diz quem escreveu isto. Uma notícia tão grande estaria no site da escola ou da câmara.
fact-headlines-sports-day = Jornal da escola: Dia do desporto passa para sexta
fact-headlines-sports-day-reason = A tua escola conhece os seus próprios planos. Notícias da própria escola são uma boa fonte.

## Nível 2: anúncio ou não?

level-fact-ad-or-not-title = Anúncio ou não?
level-fact-ad-or-not-instruction = Isto é um anúncio? Põe cada cartão na caixa certa.
level-fact-ad-or-not-learned = Os anúncios querem que compres alguma coisa. Procura etiquetas como «Patrocinado», «Anúncio» ou «#publicidade».
level-fact-ad-or-not-hint-1 = Pergunta: alguém quer que eu compre alguma coisa?
level-fact-ad-or-not-hint-2 = «Patrocinado», «Anúncio» e «#publicidade» querem dizer que alguém pagou para aquilo estar ali.
level-fact-ad-or-not-hint-3 = O pop-up das gemas e a publicação com «#publicidade» são anúncios.

fact-ad-or-not-sponsored = Patrocinado: Prova os novos cereais Crunchy Stars!
fact-ad-or-not-sponsored-reason = «Patrocinado» quer dizer que uma empresa pagou para te mostrar isto. Quer que compres os cereais.
fact-ad-or-not-news = Notícia: Nova ponte abre em Riverton
fact-ad-or-not-news-reason = Uma notícia conta-te o que aconteceu. Ninguém te está a vender nada.
fact-ad-or-not-influencer = Mia_Plays: Adoro estas sapatilhas! #publicidade
fact-ad-or-not-influencer-reason = «#publicidade» quer dizer que uma empresa pagou à Mia por esta publicação. Ela é paga para dizer que as adora.
fact-ad-or-not-encyclopedia = Artigo de enciclopédia: Como as abelhas fazem mel
fact-ad-or-not-encyclopedia-reason = Uma enciclopédia explica coisas. Não te tenta vender mel.
fact-ad-or-not-search = Primeiro resultado da pesquisa, marcado «Patrocinado»
fact-ad-or-not-search-reason = A empresa pagou para estar no topo. A melhor resposta pode estar mais abaixo.
fact-ad-or-not-gems = Pop-up do jogo: Compra já 500 gemas!
fact-ad-or-not-gems-reason = O jogo quer que gastes dinheiro a sério. Pergunta sempre a um adulto antes de comprares alguma coisa.
fact-ad-or-not-friend = Publicação de um amigo: Olha o meu castelo de areia!
fact-ad-or-not-friend-reason = O teu amigo está a partilhar uma coisa divertida. Ninguém pagou por isso, por isso não é um anúncio.

## Nível 3: onde procurar

level-fact-which-source-title = Onde procurar?
level-fact-which-source-instruction = Escolhe sempre a melhor resposta.
level-fact-which-source-learned = Procura factos onde os especialistas os escrevem. Confirma uma história em sites de confiança antes de acreditares nela ou a partilhares.
level-fact-which-source-hint-1 = Pergunta: quem fez isto, e sabe mesmo do assunto?
level-fact-which-source-hint-2 = As boas fontes dizem quem as fez, e os especialistas verificam-nas.
level-fact-which-source-hint-3 = Para factos sobre vulcões, escolhe a enciclopédia ou o site do museu.

fact-which-source-volcanoes = Para um trabalho de casa, precisas de factos sobre vulcões. Onde procuras?
fact-which-source-volcanoes-video = O primeiro vídeo engraçado que encontro.
fact-which-source-volcanoes-video-reason = Os vídeos engraçados querem fazer-te rir. Podem errar nos factos.
fact-which-source-volcanoes-encyclopedia = Uma enciclopédia infantil ou o site de um museu.
fact-which-source-volcanoes-encyclopedia-reason = Muito bem! Especialistas escrevem e verificam isto. Dizem quem os fez.
fact-which-source-volcanoes-game-chat = Pergunto num chat de jogo. Alguém lá há de saber.
fact-which-source-volcanoes-game-chat-reason = As pessoas num chat de jogo podem só adivinhar. Não sabes se sabem mesmo.
fact-which-source-chocolate = Um vídeo diz: «Comer chocolate cura as constipações!» O que fazes?
fact-which-source-chocolate-believe = Como muito chocolate na próxima constipação.
fact-which-source-chocolate-believe-reason = Um vídeo não é uma prova. Muito chocolate não faz passar uma constipação.
fact-which-source-chocolate-share = Mando-o à avó para ela ter saúde.
fact-which-source-chocolate-share-reason = A avó também podia acreditar, e não é verdade. Confirma primeiro e depois partilha só o que é verdade.
fact-which-source-chocolate-check = Peço a um adulto que me ajude a confirmar.
fact-which-source-chocolate-check-reason = Certo! Juntos podem procurar num site de saúde de confiança. Os médicos sabem de constipações.
fact-which-source-screenshot = Alguém partilha uma captura de ecrã de uma «notícia» no chat da turma. Não há link.
fact-which-source-screenshot-search = Procuro-a num site de notícias de confiança.
fact-which-source-screenshot-search-reason = Bom trabalho de detetive! Se for verdade, os sites de notícias de confiança também a terão.
fact-which-source-screenshot-forward = Mando-a para os meus outros chats, para todos saberem.
fact-which-source-screenshot-forward-reason = Sem link, não consegues saber quem a fez. Pode ser inventada.
fact-which-source-screenshot-believe = Acredito: uma captura de ecrã é uma prova.
fact-which-source-screenshot-believe-reason = Qualquer pessoa pode fazer uma imagem que parece uma notícia. As capturas de ecrã são fáceis de falsificar.

## Nível 4: uma página de notícias falsa

level-fact-fake-news-page-title = Última hora?
level-fact-fake-news-page-instruction = Toca em cada sinal de alerta nesta página de notícias.
level-fact-fake-news-page-learned = As notícias falsas muitas vezes gritam, escondem quem as escreveu, fazem passar histórias velhas por novas e apressam-te a partilhar.
level-fact-fake-news-page-hint-1 = Lê como um detetive: quem escreveu isto, e quando?
level-fact-fake-news-page-hint-2 = Gritos, um nome que falta, uma data antiga e pressa para partilhar são sinais de alerta.
level-fact-fake-news-page-hint-3 = Olha para o título, para a linha do autor e para a data.

fact-fake-news-page-address = daily-truth-now.example/big-news
fact-fake-news-page-address-reason = Nunca ouviste falar deste site. Qualquer um pode pôr «verdade» num nome, por isso descobre quem o gere.
fact-fake-news-page-menu = Início · Notícias · Desporto
fact-fake-news-page-menu-reason = A maioria dos sites de notícias tem um menu assim. Não é um sinal de alerta.
fact-fake-news-page-headline = OVO DE DINOSSAURO ECLODE NO PARQUE DE MAPLETON!!!
fact-fake-news-page-headline-reason = Maiúsculas e muitos «!» tentam entusiasmar-te. As notícias verdadeiras contam as coisas com calma.
fact-fake-news-page-author = Escrito por: (sem nome)
fact-fake-news-page-author-reason = As notícias verdadeiras dizem quem as escreveu. Sem nome, ninguém responde pela história.
fact-fake-news-page-date = Publicado há 6 anos, mas marcado «NOVO!»
fact-fake-news-page-date-reason = Esta história antiga é partilhada como se tivesse acontecido hoje. Vê sempre a data.
fact-fake-news-page-photo = Foto: um parque sossegado com árvores
fact-fake-news-page-photo-reason = Uma foto normal, sozinha, não é um sinal de alerta. Lê também as palavras à volta.
fact-fake-news-page-share = Partilha antes que apaguem isto!
fact-fake-news-page-share-reason = Isto quer que te apresses e não penses. As notícias verdadeiras não te imploram que as partilhes.

## Nível 5: confirmar uma história antes de a partilhar (os primeiros passos do método SIFT)

level-fact-check-a-story-title = Para e confirma
level-fact-check-a-story-instruction = Vês uma história surpreendente. Põe por ordem os passos de quem verifica factos.
level-fact-check-a-story-learned = Quem verifica factos primeiro para, depois descobre quem fez a história, depois procura-a em sites de confiança, e só então decide partilhar.
level-fact-check-a-story-hint-1 = O que deves fazer antes de o teu dedo tocar em «Partilhar»?
level-fact-check-a-story-hint-2 = Quem verifica factos olha para quem fez uma história antes de procurar noutro lado. Decidir vem no fim.
level-fact-check-a-story-hint-3 = O passo 1 é parar e ainda não partilhar.

fact-check-a-story-stop = Para: ainda não partilhes.
fact-check-a-story-stop-reason = Faz isto primeiro. Quem verifica factos começa por parar: depois de partilhares uma história, já não a podes desfazer.
fact-check-a-story-who = Descobre quem a fez, e porquê.
fact-check-a-story-who-reason = A seguir, olha para a fonte. Quer informar-te, vender-te alguma coisa ou ter cliques?
fact-check-a-story-others = Procura-a noutros sites de confiança. Vê a data.
fact-check-a-story-others-reason = Depois compara. Se for verdade, os sites de notícias de confiança também falam dela. Histórias antigas são muitas vezes partilhadas como novas.
fact-check-a-story-decide = Depois decide: partilhar ou não.
fact-check-a-story-decide-reason = Decide no fim, quando souberes quem a fez e quem mais fala dela. Partilha só o que confirmaste.
