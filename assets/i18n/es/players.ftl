# Jugadores en una tableta compartida. Los nombres de juego son dos palabras elegidas de listas.

players-title = ¿Quién juega?
players-empty = Toca «Jugador nuevo» para empezar.
players-previous = Jugadores anteriores
players-next = Más jugadores
players-page = Página { $page } de { $pages }
player-new = Jugador nuevo
grown-ups = Personas adultas

# En español el adjetivo va detrás del animal y concuerda con su género.
nickname = { $animal } { $adjective }

player-new-title = Jugador nuevo
player-edit-title = Mi nombre y mi dibujo
player-done = Hecho
player-preview = Eres { $name }
pick-picture = Elige un dibujo
pick-colour = Elige un color
pick-adjective = Elige una palabra
pick-animal = Elige un animal
nickname-surprise = Sorpréndeme

adj-brave = Valiente
adj-bright = Brillante
adj-calm = { $gender ->
    [feminine] Tranquila
   *[masculine] Tranquilo
}
adj-clever = { $gender ->
    [feminine] Lista
   *[masculine] Listo
}
adj-cheerful = Alegre
adj-gentle = { $gender ->
    [feminine] Tierna
   *[masculine] Tierno
}
adj-happy = Feliz
adj-kind = Amable
adj-lucky = { $gender ->
    [feminine] Afortunada
   *[masculine] Afortunado
}
adj-quick = { $gender ->
    [feminine] Rápida
   *[masculine] Rápido
}
adj-sunny = { $gender ->
    [feminine] Soleada
   *[masculine] Soleado
}
adj-wise = { $gender ->
    [feminine] Sabia
   *[masculine] Sabio
}

animal-bear = Oso
    .gender = masculine
animal-cat = Gato
    .gender = masculine
animal-dolphin = Delfín
    .gender = masculine
animal-eagle = Águila
    .gender = feminine
animal-fox = Zorro
    .gender = masculine
animal-frog = Rana
    .gender = feminine
animal-lion = León
    .gender = masculine
animal-owl = Lechuza
    .gender = feminine
animal-panda = Panda
    .gender = masculine
animal-rabbit = Conejo
    .gender = masculine
animal-tiger = Tigre
    .gender = masculine
animal-turtle = Tortuga
    .gender = feminine

picture-sun = Sol
picture-moon = Luna
picture-star = Estrella
picture-heart = Corazón
picture-tree = Árbol
picture-flower = Flor
picture-fish = Pez
picture-house = Casa
picture-rocket = Cohete
picture-crown = Corona
picture-leaf = Hoja
picture-boat = Barco

avatar-colour-red = Rojo
avatar-colour-orange = Naranja
avatar-colour-yellow = Amarillo
avatar-colour-green = Verde
avatar-colour-teal = Turquesa
avatar-colour-blue = Azul
avatar-colour-purple = Morado
avatar-colour-pink = Rosa

profile-error-full = Esta tableta está llena. Una persona adulta puede pasar jugadores a otra tableta.
profile-error-name-taken = Otro jugador ya tiene este nombre. Elige otras palabras.
profile-error-other = No ha funcionado. Prueba otra vez, por favor.

# Contraseña de dibujos: tres dibujos en orden.
secret-open-title = Toca tus 3 dibujos
secret-set-title = Elige 3 dibujos para tu contraseña
secret-confirm-title = Toca otra vez los mismos 3 dibujos
secret-progress = { $count } de { $total } { $total ->
        [one] dibujo
        [many] de dibujos
       *[other] dibujos
    }
secret-wrong = No del todo. Prueba otra vez.
secret-ask-grown-up = No del todo. Si has olvidado tus dibujos, pide a tu profe que los borre.
secret-mismatch = Esos dibujos eran otros. Empieza de nuevo.
secret-skip = Sin contraseña
secret-remove = Quitar mi contraseña

player-age-title = ¿Cuántos años tienes?
player-age-older = ¿Más de 12? Elige 10–12. Una persona adulta puede cambiarlo.

title-hello = ¡Hola, { $name }!
title-change-player = Cambiar de jugador
title-edit-me = Mi nombre y mi dibujo
title-password = Contraseña de dibujos
title-save-file = Guardar mis estrellas en un archivo
save-to-file = Guardar en un archivo

# La puerta para personas adultas: una multiplicación que un niño pequeño no adivina.
gate-title = Para personas adultas
gate-question = ¿Cuánto es { $a } × { $b }?
gate-typed = Respuesta: { $typed }
gate-wrong = No es correcto. Aquí tienes otra pregunta.
gate-delete = Borrar cifra
gate-ok = Vale

adults-title = Jugadores en esta tableta
adults-save-all = Guardar todos los jugadores en un archivo
adults-bring = Traer jugadores de un archivo
adults-clear = Vaciar esta tableta
adults-clear-confirm = { $count ->
        [one] Toca otra vez para borrar el único jugador
        [many] Toca otra vez para borrar los { $count } jugadores
       *[other] Toca otra vez para borrar los { $count } jugadores
    }
adults-cleared = Esta tableta está vacía.
adults-player = { $stars ->
        [one] { $name }: una estrella
        [many] { $name }: { $stars } de estrellas
       *[other] { $name }: { $stars } estrellas
    }
adults-save-one = Guardar a { $name } en un archivo
adults-reset-secret = Borrar la contraseña de dibujos de { $name }
adults-secret-reset = { $name } ya no tiene contraseña de dibujos.
adults-delete = Borrar a { $name }
adults-delete-confirm = Toca otra vez para borrar a { $name }
adults-deleted = Se ha borrado a { $name }.
adults-saved = { $count ->
    [one] Se ha guardado un jugador en un archivo. Ábrelo en la otra tableta con «Traer jugadores de un archivo».
    [many] Se han guardado { $count } jugadores en un archivo. Ábrelo en la otra tableta con «Traer jugadores de un archivo».
   *[other] Se han guardado { $count } jugadores en un archivo. Ábrelo en la otra tableta con «Traer jugadores de un archivo».
}
adults-save-failed = No se ha podido guardar el archivo.
adults-include-secrets = Incluir las contraseñas de dibujos en el archivo
adults-secrets-left-out = Los archivos que se hagan ahora no llevan contraseñas de dibujos; una contraseña que ya esté en la otra tableta se mantiene.
adults-secrets-included = Los archivos que se hagan ahora llevan las contraseñas de dibujos: cualquiera que abra el archivo puede leerlas.
adults-help = Para pasar alumnos a otra tableta: guárdalos aquí en un archivo, copia el archivo a la otra tableta y tráelos allí. Los jugadores que ya estén en esa tableta conservan todas sus estrellas.
adults-help-insecure = Esta página no se sirve por HTTPS, así que no funciona sin conexión ni se puede añadir a la pantalla de inicio. Todo lo demás funciona. El README explica cómo servirla.
adults-voices-open = Lectura en voz alta
adults-voices-some = Idiomas en los que esta tableta puede leer en voz alta: { $languages }
adults-voices-none = Esta tableta todavía no puede leer en voz alta en ninguno de los idiomas del juego.
adults-voices-help = Para añadir una voz en una tableta Android: abre Ajustes, busca «Salida de texto a voz», abre los ajustes del motor preferido e instala los datos de voz de un idioma. Después, vuelve a abrir el juego. Solo leen en voz alta las voces guardadas en la tableta, así que no se envía nada fuera para leerlo.
adults-band = Franja de edad de { $name }: { $band }
adults-band-unset = Edad sin elegir
adults-band-changed = { $name }: ahora { $band }.
adults-band-help = Toca la franja de edad de un jugador para cambiarla. El jugador ve primero los niveles de esa franja. Los alumnos eligen 7–9 o 10–12 al empezar; solo una persona adulta puede elegir 12–14, la franja con temas para alumnos mayores. «Edad sin elegir» cuenta como 7–9.

import-done = Hecho: { $added ->
        [one] un jugador nuevo
        [many] { $added } de jugadores nuevos
       *[other] { $added } jugadores nuevos
    }, { $updated } actualizados{ $refused ->
        [0] .
       *[other] , { $refused } no se han podido traer (la tableta está llena o un Byte Bridge más nuevo los guarda aquí).
    }{ $renamed ->
        [0] {""}
        [one] {" "}Un jugador ha recibido un nombre de juego nuevo, porque el suyo ya estaba ocupado aquí.
        [many] {" "}{ $renamed } jugadores han recibido un nombre de juego nuevo, porque el suyo ya estaba ocupado aquí.
       *[other] {" "}{ $renamed } jugadores han recibido un nombre de juego nuevo, porque el suyo ya estaba ocupado aquí.
    }
import-error-too-large = Este archivo es demasiado grande para ser un archivo de jugadores.
import-error-not-ours = Este no es un archivo de jugadores de Byte Bridge.
import-error-newer = Este archivo viene de un Byte Bridge más nuevo. Actualiza primero el juego en esta tableta.
import-error-damaged = Este archivo de jugadores está dañado, así que no se ha cambiado nada. Guárdalo otra vez en la otra tableta.
import-error-over-limits = Un jugador de este archivo tiene más de lo que Byte Bridge guarda nunca (programas demasiado largos, demasiados intentos o niveles), solo o junto con el mismo jugador de esta tableta. No se ha cambiado nada.
import-error-unreadable = No se ha podido leer el archivo. Prueba otra vez.

offline-needs-https = Esta página no se sirve por HTTPS, así que no funcionará sin internet.
update-reload = Nueva versión lista: toca para abrirla
save-file-failed = No se ha podido guardar el archivo. Prueba otra vez, por favor.
