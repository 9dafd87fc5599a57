# O mundo «Caça-Burlas»: níveis em que o aluno toca nos sinais de alerta de um ecrã a fingir.
# Pessoas, empresas, números e endereços são inventados: ficam como estão.

world-scam-spotters = Caça-Burlas

## Nível 1: uma mensagem sobre um prémio

level-flags-prize-message-title = Um prémio surpresa?
level-flags-prize-message-instruction = Toca em cada sinal de alerta nesta mensagem.
level-flags-prize-message-learned = Um prémio surpresa de um desconhecido é um truque, por isso nunca lhe mandes os teus dados.
level-flags-prize-message-hint-1 = Lê cada linha devagar. Um amigo escreveria isto?
level-flags-prize-message-hint-2 = Desconhecidos, prémios surpresa e perguntas sobre ti são sinais de alerta.
level-flags-prize-message-hint-3 = Vê quem a mandou. Há mais dois sinais de alerta mais abaixo.

flags-prize-message-sender = De: Número desconhecido
flags-prize-message-sender-reason = Não conheces este número. Tem cuidado quando um desconhecido te escreve.
flags-prize-message-greeting = Olá!
flags-prize-message-greeting-reason = Um olá simpático é normal. Sozinho, não é um sinal de alerta.
flags-prize-message-prize = Parabéns! Ganhaste um tablet novo!
flags-prize-message-prize-reason = Não houve concurso, mas há prémio? Um prémio surpresa de um desconhecido é um truque.
flags-prize-message-picture = Imagem: um tablet brilhante com um laço vermelho
flags-prize-message-picture-reason = Uma imagem sozinha não é um sinal de alerta. Lê também as palavras à volta.
flags-prize-message-request = Para o receberes, manda-nos o teu nome e a tua morada.
flags-prize-message-request-reason = Nunca dês a tua morada a um desconhecido. Pergunta a um adulto antes de responder.
flags-prize-message-signoff = Tem um ótimo dia!
flags-prize-message-signoff-reason = Uma despedida simpática é normal. Palavras simpáticas, sozinhas, não tornam uma mensagem boa nem má.

## Nível 2: um e-mail falso de uma encomenda

level-flags-parcel-email-title = O e-mail da encomenda
level-flags-parcel-email-instruction = Toca em cada sinal de alerta neste e-mail.
level-flags-parcel-email-learned = Uma empresa a sério nunca pede a tua palavra-passe num e-mail. Apressar-te é um truque.
level-flags-parcel-email-hint-1 = Lê todas as linhas. Isto vem mesmo de uma empresa de entregas?
level-flags-parcel-email-hint-2 = Os e-mails falsos vêm de endereços estranhos, apressam-te e pedem segredos.
level-flags-parcel-email-hint-3 = Vê quem o mandou e olha para o link. Há mais sinais de alerta.

flags-parcel-email-sender = De: QuickBox Parcels <qb.help.2291@free-mail.example>
flags-parcel-email-sender-reason = Uma empresa de entregas escreve do seu próprio endereço. Este é só um endereço de e-mail grátis.
flags-parcel-email-subject = Assunto: Não conseguimos entregar a tua encomenda
flags-parcel-email-subject-reason = Às vezes uma entrega falha mesmo. O assunto, sozinho, não é um sinal de alerta.
flags-parcel-email-greeting = Olá,
flags-parcel-email-greeting-reason = Um olá simples é normal. Sozinho, não é um sinal de alerta.
flags-parcel-email-urgency = Paga uma pequena taxa em 1 hora, ou a encomenda volta!
flags-parcel-email-urgency-reason = Os burlões apressam-te para não parares para pensar. Uma empresa a sério dá-te tempo.
flags-parcel-email-link = Clica aqui: parcel-help.example/pay-now
flags-parcel-email-link-reason = O link vai para parcel-help, não para a QuickBox. Pede a um adulto que verifique no site verdadeiro.
flags-parcel-email-request = Depois escreve a tua palavra-passe e o número do cartão.
flags-parcel-email-request-reason = Nenhuma empresa de entregas precisa da tua palavra-passe. Nunca escrevas uma palavra-passe ou um número de cartão depois de um link num e-mail.
flags-parcel-email-signoff = Obrigado, a equipa QuickBox
flags-parcel-email-signoff-reason = Assinar com um nome é normal. Mas qualquer pessoa pode escrever qualquer nome, por isso vê também as outras linhas.

## Nível 3: a página de uma loja falsa

level-flags-fake-shop-title = A super promoção
level-flags-fake-shop-instruction = Toca em cada sinal de alerta nesta página de loja.
level-flags-fake-shop-learned = Verifica o endereço e o preço de uma loja, e nunca dês uma palavra-passe ou um número de cartão num chat.
level-flags-fake-shop-hint-1 = Começa por cima. Uma loja a sério faria isto tudo?
level-flags-fake-shop-hint-2 = As lojas falsas copiam nomes verdadeiros, têm preços minúsculos e apressam-te.
level-flags-fake-shop-hint-3 = Lê o endereço letra a letra: há um número escondido. Há mais três sinais de alerta abaixo.

flags-fake-shop-address = jollyt0y-shop.example/super-sale
flags-fake-shop-address-reason = Olha com atenção: tem um zero, não a letra o. As lojas falsas copiam os nomes de lojas verdadeiras.
flags-fake-shop-welcome = Boas-vindas à Jollytoy!
flags-fake-shop-welcome-reason = Uma linha de boas-vindas é normal numa loja. Sozinha, não é um sinal de alerta.
flags-fake-shop-picture = Imagem: uma consola de jogos com dois comandos
flags-fake-shop-picture-reason = As lojas mostram imagens do que vendem. Isso é normal.
flags-fake-shop-price = Consola de jogos: 99% de desconto
flags-fake-shop-price-reason = Uma consola nunca é tão barata. Um preço bom demais para ser verdade é um truque.
flags-fake-shop-countdown = A oferta acaba em 04:59!
flags-fake-shop-countdown-reason = O relógio a contar quer que te apresses. As lojas falsas apressam-te para não verificares.
flags-fake-shop-delivery = A entrega demora 3 a 5 dias.
flags-fake-shop-delivery-reason = As lojas dizem quanto tempo demora a entrega. Isso é normal.
flags-fake-shop-chat = Chat: Manda-nos aqui a tua palavra-passe e o número do cartão.
flags-fake-shop-chat-reason = Uma loja a sério nunca pede a tua palavra-passe. Os números de cartão nunca vão num chat.

## Nível 4: que links vão para o Moonbank?

addr-brand-moonbank = Moonbank

level-addr-moonbank-title = É mesmo o Moonbank?
level-addr-moonbank-instruction = Em cada link, toca na parte que dá o nome ao site. Depois diz se é o site do Moonbank.
level-addr-moonbank-learned = Lê o nome de um link a partir do fim: a terminação mesmo antes da primeira / sozinha, depois o nome antes dela. Esse é o site. Palavras antes dele ou depois da / não provam nada.
level-addr-moonbank-hint-1 = Encontra a primeira / sozinha no link. O nome do site acaba mesmo antes dela.
level-addr-moonbank-hint-2 = Lê para trás a partir dessa /: primeiro a terminação .example, depois o nome antes dela. Juntos são o site.
level-addr-moonbank-hint-3 = O terceiro link vai para free-gifts.example. A palavra moonbank depois da / é só o nome de uma página.

## Nível 5: links parecidos

addr-brand-pixelpost = Pixelpost

level-addr-lookalike-title = Links parecidos
level-addr-lookalike-instruction = Em cada link, toca na parte que dá o nome ao site. Depois diz se é o site do Pixelpost.
level-addr-lookalike-learned = Os burlões escondem o site verdadeiro depois de um @, juntam palavras a mais ou trocam letras por outras parecidas. Lê o site letra a letra.
level-addr-lookalike-hint-1 = Há um @ no link? O site vem depois dele.
level-addr-lookalike-hint-2 = Lê o site letra a letra. Uma palavra a mais ou uma letra estranha fazem dele outro site.
level-addr-lookalike-hint-3 = Olha para o i do segundo link: vem de outro alfabeto. Isso faz dele outro site.

## Nível 6: o que fazer perante um truque

level-scam-what-to-do-title = O que fazes?
level-scam-what-to-do-instruction = Aparece uma coisa estranha. Escolhe sempre a melhor coisa a fazer.
level-scam-what-to-do-learned = Se uma mensagem te apressa, parece estranha ou quer um número de cartão, não toques. Verifica de outra maneira e conta a um adulto de confiança.
level-scam-what-to-do-hint-1 = Um bom detetive para e pensa antes de tocar em alguma coisa.
level-scam-what-to-do-hint-2 = Os burlões apressam-te, usam contas de amigos e prometem prémios. Para antes de tocar.
level-scam-what-to-do-hint-3 = Quando a conta de um amigo manda uma coisa estranha, confirma com o amigo de outra maneira.

scam-what-to-do-account-closed-prompt = Uma mensagem diz: «A tua conta do jogo vai ser fechada HOJE! Toca aqui para a salvar: save-my-game.example»
scam-what-to-do-account-closed-tap-fast = Toco depressa no link para salvar a conta.
scam-what-to-do-account-closed-tap-fast-reason = A pressa é um truque para não pensares. O link pode roubar a tua palavra-passe.
scam-what-to-do-account-closed-tell-adult = Não toco. Mostro a um adulto de confiança.
scam-what-to-do-account-closed-tell-adult-reason = Muito bem! Juntos podem verificar no jogo verdadeiro. Uma pressa assim é um truque.
scam-what-to-do-account-closed-reply = Respondo a perguntar quem é.
scam-what-to-do-account-closed-reply-reason = Uma resposta diz ao burlão que alguém lê as mensagens. Mais vale não responder.

scam-what-to-do-friend-link-prompt = A conta do teu amigo Sam manda-te de repente: «lol és tu?? clip-watch.example/v/8812»
scam-what-to-do-friend-link-tap = Toco. É do Sam, por isso é seguro.
scam-what-to-do-friend-link-tap-reason = Outra pessoa pode estar a usar a conta do Sam. Os burlões mandam links maus a partir de contas de amigos.
scam-what-to-do-friend-link-pass-on = Mando-o também aos meus amigos.
scam-what-to-do-friend-link-pass-on-reason = Assim eles também podiam tocar. Nunca passes um link de que não tenhas a certeza.
scam-what-to-do-friend-link-grown-up-phone = Toco, mas no telemóvel de um adulto.
scam-what-to-do-friend-link-grown-up-phone-reason = Um link mau é igualmente mau em qualquer telemóvel, e pode pedir uma palavra-passe. Confirma primeiro com o Sam.
scam-what-to-do-friend-link-ask-another-way = Pergunto ao Sam cara a cara.
scam-what-to-do-friend-link-ask-another-way-reason = Ótimo! Pergunta ao Sam pessoalmente ou por telefone. Se não foi o Sam, conta a um adulto.

scam-what-to-do-won-phone-prompt = Um pop-up diz: «Ganhaste um telemóvel novo! Escreve o número do cartão dos teus pais para o receberes.»
scam-what-to-do-won-phone-close-tell = Fecho e conto a um adulto.
scam-what-to-do-won-phone-close-tell-reason = Certo! Um prémio a sério nunca precisa de um número de cartão. Um adulto pode verificar se está tudo seguro.
scam-what-to-do-won-phone-type-card = Vou buscar o cartão e escrevo o número.
scam-what-to-do-won-phone-type-card-reason = Não há telemóvel nenhum. Os burlões querem o número do cartão para tirar dinheiro.
scam-what-to-do-won-phone-claim = Toco em «Receber prémio».
scam-what-to-do-won-phone-claim-reason = Os botões de um pop-up destes podem abrir mais truques. Em vez disso, fecha-o.
