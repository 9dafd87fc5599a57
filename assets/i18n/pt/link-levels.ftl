# Caça-Burlas, segunda parte: para onde vai mesmo um link ou um código QR. As marcas e os
# endereços são inventados e ficam como estão.

## Nível 7: as palavras de um link

addr-brand-cometgames = Comet Games

level-addr-link-words-title = Palavras num link
level-addr-link-words-instruction = As palavras de um link podem dizer qualquer coisa. Verifica para onde vai mesmo cada link. É a Comet Games?
level-addr-link-words-learned = As palavras de um link podem dizer qualquer coisa. Mantém o dedo no link para veres para onde vai mesmo. Não tens a certeza? Não toques: abre tu o site ou pergunta a um adulto.
level-addr-link-words-hint-1 = Não confies nas palavras do link. Olha para o endereço por baixo delas.
level-addr-link-words-hint-2 = Encontra o site nesse endereço: a terminação antes da primeira / sozinha, depois o nome antes dela.
level-addr-link-words-hint-3 = As palavras do segundo link dizem cometgames, mas o endereço vai para free-coins.example.

addr-link-words-news-shown = O link diz: cometgames.example/news
addr-link-words-www-shown = O link diz: www.cometgames.example
addr-link-words-www-note = Moedas grátis num link são um truque. Abre o próprio jogo para veres os prémios verdadeiros.
addr-link-words-login-shown = O link diz: Entrar na Comet Games
addr-link-words-login-note = Nunca escrevas uma palavra-passe depois de tocares num link. Abre tu o jogo ou o site dele.
addr-link-words-help-shown = O link diz: Ajuda para adultos

## Nível 8: códigos QR num parque de estacionamento

addr-brand-parkwise = Parkwise

level-addr-qr-parking-title = Para onde vai o código QR?
level-addr-qr-parking-instruction = Estás a ajudar um adulto a pagar o estacionamento. A câmara mostra para onde vai cada código. É a Parkwise?
level-addr-qr-parking-learned = Um código QR é um link escondido. Verifica o endereço que a câmara mostra antes de o abrires. Um autocolante por cima de um código é um sinal de alerta. Paga só com um adulto.
level-addr-qr-parking-hint-1 = Não consegues ler um código QR. O que mostra a câmara?
level-addr-qr-parking-hint-2 = Lê o endereço como um link: a terminação antes da primeira / sozinha, depois o nome antes dela.
level-addr-qr-parking-hint-3 = O código do autocolante vai para parkwise-pay.example. Isso não é parkwise.example.

addr-qr-parking-machine-shown = Código impresso na máquina de pagamento
addr-qr-parking-sticker-shown = Um autocolante colado por cima do código da máquina
addr-qr-parking-sticker-note = Um autocolante por cima de um código é um sinal de alerta. Paga antes na máquina ou na app verdadeira.
addr-qr-parking-fine-shown = Um papel no carro: «Multa! Lê o código e paga já»
addr-qr-parking-fine-note = Apressarem-te a pagar é um truque. Mostra a um adulto. Ele pode verificar na app verdadeira.
addr-qr-parking-sign-shown = Código no grande painel do parque
