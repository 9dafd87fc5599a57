# Enseña al robot: textos de tarjeta cortos (unos 30 caracteres).

train-bin-cat = Gato
train-bin-not-cat = No es un gato

train-action-train = Entrenar al robot
train-action-test = Poner a prueba al robot
train-action-test-new = Enseñarle tarjetas nuevas
train-action-retrain = Entrenar y probar otra vez

train-robot = Robot
train-card = Tarjeta: { $text }
train-progress = Tarjeta { $current } de { $total }
train-examples = Ejemplos de los que aprendió el robot: { $count }
train-tests = Tarjetas de prueba
train-more = Más ejemplos: toca uno y luego su caja
train-room = Sitio para más ejemplos: { $room }

train-start = Pon cada tarjeta en su caja. El robot aprenderá de lo que le enseñes.
train-placed-right = ¡Bien! El robot aprenderá de esta tarjeta.
train-placed-wrong = No del todo. El robot aprende justo lo que le enseñas, así que cada tarjeta debe ir a su caja correcta.
train-ready = Todo ordenado. ¡Ahora entrena al robot!
train-trained = El robot ha aprendido de tus ejemplos. Pruébalo con tarjetas que no ha visto.
train-tested-seen = Tarjetas de prueba acertadas: { $right } de { $total }. Las tarjetas parecidas a sus ejemplos son fáciles. Ahora prueba tarjetas de otro tipo.
train-tested-new = Tarjetas nuevas acertadas: { $right } de { $total }. Sus ejemplos nunca mostraron tarjetas como las que ha fallado. ¡Dale mejores ejemplos!
train-selected = Ahora toca la caja para: { $text }
train-added = Añadida. El robot aprenderá de ella cuando lo entrenes otra vez.
train-no-room = No queda sitio. Toca una tarjeta que hayas añadido para quitarla primero.
train-removed = Quitada: { $text }
train-retest-missed = Tarjetas de prueba acertadas: { $right } de { $total }. Todavía no todas. Prueba con otros ejemplos.
train-done = Tarjetas de prueba acertadas: { $right } de { $total }. ¡Con ejemplos variados el robot ha aprendido bien!

train-result-right = Acierto: { $text }. El robot dice: { $guess }
train-result-wrong = Fallo: { $text }. El robot dice: { $guess }
train-guess-not-sure = no está seguro
train-take-out = Quitar: { $text }

train-card-orange-cat = Gato naranja
train-card-big-grey-dog = Perro gris grande y peludo
train-card-orange-kitten = Gatito naranja
train-card-white-rabbit = Conejo blanco y peludo
train-card-sleepy-orange-cat = Gato naranja dormilón
train-card-small-brown-dog = Perro marrón pequeño
train-card-fluffy-orange-cat = Gato naranja peludo
train-card-big-brown-dog = Perro marrón grande
train-card-grey-rabbit = Conejo gris y peludo
train-card-big-grey-cat = Gato gris grande y peludo
train-card-white-fluffy-cat = Gato blanco y peludo
train-card-black-dog = Perro negro grande
train-card-white-cat = Gato blanco pequeño
train-card-grey-kitten = Gatito gris y peludo
train-card-small-grey-dog = Perro gris pequeño
train-card-big-grey-cat-short = Gato gris grande
train-card-brown-rabbit = Conejo marrón
train-card-black-fluffy-cat = Gato negro grande y peludo
