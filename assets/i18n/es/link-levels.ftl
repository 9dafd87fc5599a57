# Cazaestafas, segunda parte: adónde lleva de verdad un enlace o un código QR.
# Las marcas y direcciones son inventadas y no se traducen.

## Nivel 7: las palabras de un enlace

addr-brand-cometgames = Comet Games

level-addr-link-words-title = Palabras en un enlace
level-addr-link-words-instruction = Las palabras de un enlace pueden decir cualquier cosa. Comprueba adónde lleva de verdad cada enlace. ¿Es Comet Games?
level-addr-link-words-learned = Las palabras de un enlace pueden decir cualquier cosa. Mantén el dedo sobre un enlace para ver adónde lleva de verdad. ¿Tienes dudas? No lo toques: abre tú el sitio o pregunta a un adulto.
level-addr-link-words-hint-1 = No te fíes de las palabras del enlace. Mira la dirección que hay debajo.
level-addr-link-words-hint-2 = Busca el sitio en esa dirección: la terminación antes de la primera / sola, y luego el nombre que va delante.
level-addr-link-words-hint-3 = Las palabras del segundo enlace dicen cometgames, pero su dirección lleva a free-coins.example.

addr-link-words-news-shown = El enlace dice: cometgames.example/news
addr-link-words-www-shown = El enlace dice: www.cometgames.example
addr-link-words-www-note = Las monedas gratis en un enlace son un truco. Abre el juego para ver los premios de verdad.
addr-link-words-login-shown = El enlace dice: Inicia sesión en Comet Games
addr-link-words-login-note = Nunca escribas una contraseña después de tocar un enlace. Abre tú el juego o su sitio.
addr-link-words-help-shown = El enlace dice: Ayuda para personas adultas

## Nivel 8: códigos QR en un aparcamiento

addr-brand-parkwise = Parkwise

level-addr-qr-parking-title = ¿Adónde lleva el código QR?
level-addr-qr-parking-instruction = Ayudas a un adulto a pagar el aparcamiento. Tu cámara muestra adónde lleva cada código. ¿Es Parkwise?
level-addr-qr-parking-learned = Un código QR es un enlace escondido. Mira la dirección que muestra tu cámara antes de abrirla. Una pegatina sobre un código es una señal de alarma. Paga solo con un adulto.
level-addr-qr-parking-hint-1 = Tú no puedes leer un código QR. ¿Qué te muestra la cámara?
level-addr-qr-parking-hint-2 = Lee la dirección como un enlace: la terminación antes de la primera / sola, y luego el nombre que va delante.
level-addr-qr-parking-hint-3 = El código de la pegatina lleva a parkwise-pay.example. Eso no es parkwise.example.

addr-qr-parking-machine-shown = Código impreso en la máquina del aparcamiento
addr-qr-parking-sticker-shown = Una pegatina encima del código de la máquina
addr-qr-parking-sticker-note = Una pegatina sobre un código es una señal de alarma. Paga en la máquina o en la app de verdad.
addr-qr-parking-fine-shown = Una nota en el coche: «¡Multa! Escanea y paga ya»
addr-qr-parking-fine-note = Meterte prisa para pagar es un truco. Enséñaselo a un adulto. Puede comprobarlo en la app de verdad.
addr-qr-parking-sign-shown = Código en el cartel grande del aparcamiento
