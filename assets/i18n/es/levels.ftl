world-share-safe = Comparte seguro

level-share-or-keep-title = ¿Compartir o guardar?
level-share-or-keep-instruction = ¿Se puede compartir esto en internet o es mejor que lo guardes en privado?
level-share-or-keep-learned = Lo que te gusta, incluso el nombre de tu mascota, se puede compartir. Dónde encontrarte y tus contraseñas son privados.
level-share-or-keep-hint-1 = Pregúntate: ¿podría alguien desconocido usar esto para encontrarme o entrar en mi cuenta?
level-share-or-keep-hint-2 = Lo que te gusta se puede compartir. Lo que dice dónde encontrarte, o abre tus cuentas, es privado.
level-share-or-keep-hint-3 = El nombre de tu mascota se puede compartir, pero nunca como contraseña. Tu dirección es privada.

card-favourite-colour = Tu color favorito
reason-favourite-colour = Mucha gente tiene el mismo color favorito, así que no dice quién eres ni dónde estás.
card-home-address = La dirección de tu casa
reason-home-address = Alguien desconocido podría usarla para saber dónde vives.
card-favourite-game = Tu juego favorito
reason-favourite-game = Hablar de los juegos que te gustan es divertido y no dice dónde estás.
card-password = Tu contraseña
reason-password = Una contraseña es una llave. Solo deben saberla tú y tu padre, tu madre o quien te cuida.
card-pet-name = El nombre de tu mascota
reason-pet-name = Se puede compartir. Pero nunca lo uses como contraseña: quien lo sepa podría adivinarla.
card-favourite-animal = Tu animal favorito
reason-favourite-animal = Es divertido compartirlo y no dice nada de dónde vives.
card-school-name = El nombre de tu colegio
reason-school-name = Dice a los demás dónde encontrarte cada día.
