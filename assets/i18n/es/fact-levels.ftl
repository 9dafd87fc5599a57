# El mundo «Buscadores de Datos»: valorar la información. Nombres, sitios y marcas inventados.

world-fact-finders = Buscadores de Datos

fact-bin-trustworthy = Parece fiable
fact-bin-check-first = Comprobar antes
fact-bin-advert = Anuncio
fact-bin-not-advert = No es un anuncio

## Nivel 1: titulares

level-fact-headlines-title = Revisa el titular
level-fact-headlines-instruction = ¿Este titular parece fiable o deberías comprobarlo antes?
level-fact-headlines-learned = Fíate de las noticias de quien de verdad lo sabe, como tu ayuntamiento o tu colegio. Comprueba antes las noticias que gritan, asombran o no tienen autor.
level-fact-headlines-hint-1 = Pregúntate: ¿quién dice esto y cómo lo sabe?
level-fact-headlines-hint-2 = Gritos, secretos y promesas asombrosas significan: compruébalo antes. Las noticias del día a día de quien está a cargo parecen fiables.
level-fact-headlines-hint-3 = El titular de los gatos grita y habla de un gran secreto. ¡Compruébalo antes!

fact-headlines-cats = ¡¡¡INCREÍBLE!!! ¡Los gatos hablan y la ciencia lo oculta!
fact-headlines-cats-reason = Las mayúsculas, muchas «!» y un gran secreto son señales de alarma. Búscalo antes en sitios fiables.
fact-headlines-library = Web del ayuntamiento: la biblioteca cierra tarde los jueves
fact-headlines-library-reason = El ayuntamiento lleva la biblioteca, así que su propia web conoce el horario.
fact-headlines-grow = ¡Este truco te hace crecer 10 cm en una noche!
fact-headlines-grow-reason = Suena demasiado bien para ser verdad. Titulares así quieren tus clics, no contarte hechos.
fact-headlines-weather = Servicio meteorológico: se espera lluvia el sábado
fact-headlines-weather-reason = Hacer previsiones es el trabajo del servicio meteorológico. Es el lugar adecuado para esta noticia.
fact-headlines-no-name = Publicación sin nombre: ¡todos los colegios cierran un mes!
fact-headlines-no-name-reason = Nadie dice quién lo escribió. Una noticia tan grande estaría en la web del colegio o del ayuntamiento.
fact-headlines-sports-day = Boletín del colegio: el día del deporte pasa al viernes
fact-headlines-sports-day-reason = Tu colegio conoce sus propios planes. Las noticias del propio colegio son una buena fuente.

## Nivel 2: ¿anuncio o no?

level-fact-ad-or-not-title = ¿Anuncio o no?
level-fact-ad-or-not-instruction = ¿Es esto un anuncio? Pon cada tarjeta en la caja correcta.
level-fact-ad-or-not-learned = Los anuncios quieren que compres algo. Busca etiquetas como «Patrocinado», «Anuncio» o «#publi».
level-fact-ad-or-not-hint-1 = Pregúntate: ¿alguien quiere que compre algo?
level-fact-ad-or-not-hint-2 = «Patrocinado», «Anuncio» y «#publi» significan que alguien pagó para que esté ahí.
level-fact-ad-or-not-hint-3 = La ventana de las gemas y la publicación con «#publi» son anuncios.

fact-ad-or-not-sponsored = Patrocinado: ¡prueba los nuevos cereales Crunchy Stars!
fact-ad-or-not-sponsored-reason = «Patrocinado» significa que una empresa pagó para enseñarte esto. Quiere que compres sus cereales.
fact-ad-or-not-news = Noticia: se inaugura un puente nuevo en Riverton
fact-ad-or-not-news-reason = Una noticia te cuenta lo que pasó. Nadie te está vendiendo nada.
fact-ad-or-not-influencer = Mia_Plays: ¡Me encantan estas zapatillas! #publi
fact-ad-or-not-influencer-reason = «#publi» significa que una empresa pagó a Mia por esta publicación. Le pagan por decir que le encantan.
fact-ad-or-not-encyclopedia = Artículo de enciclopedia: cómo hacen miel las abejas
fact-ad-or-not-encyclopedia-reason = Una enciclopedia explica cosas. No intenta venderte miel.
fact-ad-or-not-search = Primer resultado de búsqueda, marcado «Patrocinado»
fact-ad-or-not-search-reason = La empresa pagó para salir arriba. La mejor respuesta puede estar más abajo.
fact-ad-or-not-gems = Ventana del juego: ¡compra ya 500 gemas!
fact-ad-or-not-gems-reason = El juego quiere que gastes dinero de verdad. Pregunta siempre a un adulto antes de comprar nada.
fact-ad-or-not-friend = Publicación de tu amiga: ¡Mira mi castillo de arena!
fact-ad-or-not-friend-reason = Tu amiga comparte algo divertido. Nadie pagó por ello, así que no es un anuncio.

## Nivel 3: dónde buscar

level-fact-which-source-title = ¿Dónde buscar?
level-fact-which-source-instruction = Elige cada vez la mejor respuesta.
level-fact-which-source-learned = Busca los datos donde los escriben expertos. Comprueba una historia en sitios fiables antes de creerla o compartirla.
level-fact-which-source-hint-1 = Pregúntate: ¿quién hizo esto y de verdad sabe del tema?
level-fact-which-source-hint-2 = Las buenas fuentes dicen quién las hizo, y los expertos las revisan.
level-fact-which-source-hint-3 = Para datos de volcanes, elige la enciclopedia o la web del museo.

fact-which-source-volcanoes = Para los deberes necesitas datos sobre volcanes. ¿Dónde buscas?
fact-which-source-volcanoes-video = En el primer vídeo gracioso que encuentre.
fact-which-source-volcanoes-video-reason = Los vídeos graciosos quieren hacerte reír. Pueden equivocarse en los datos.
fact-which-source-volcanoes-encyclopedia = En una enciclopedia infantil o web de museo.
fact-which-source-volcanoes-encyclopedia-reason = ¡Muy bien! Los expertos los escriben y los revisan. Dicen quién los hizo.
fact-which-source-volcanoes-game-chat = Preguntando en un chat de juego. Alguien sabrá.
fact-which-source-volcanoes-game-chat-reason = En un chat de juego la gente puede estar adivinando. No sabes si de verdad lo saben.
fact-which-source-chocolate = Un vídeo dice: «¡Comer chocolate cura los resfriados!». ¿Qué haces?
fact-which-source-chocolate-believe = Comer mucho chocolate la próxima vez que me resfríe.
fact-which-source-chocolate-believe-reason = Un vídeo no es una prueba. Mucho chocolate no hará que se vaya un resfriado.
fact-which-source-chocolate-share = Mandárselo a la abuela para que siga sana.
fact-which-source-chocolate-share-reason = La abuela también podría creerlo, y no es verdad. Compruébalo primero y comparte solo lo que es verdad.
fact-which-source-chocolate-check = Pedir a un adulto que me ayude a comprobarlo.
fact-which-source-chocolate-check-reason = ¡Bien! Juntos podéis mirar en una web de salud fiable. Los médicos saben de resfriados.
fact-which-source-screenshot = Alguien comparte en el chat de clase una captura de una «noticia». No hay enlace.
fact-which-source-screenshot-search = Buscarla en un sitio de noticias fiable.
fact-which-source-screenshot-search-reason = ¡Buen trabajo de detective! Si es verdad, los sitios de noticias fiables también la tendrán.
fact-which-source-screenshot-forward = Reenviarla a mis otros chats para que todos lo sepan.
fact-which-source-screenshot-forward-reason = Sin enlace, no sabes quién la hizo. Podría ser inventada.
fact-which-source-screenshot-believe = Creérmela: una captura es una prueba.
fact-which-source-screenshot-believe-reason = Cualquiera puede hacer una imagen que parezca una noticia. Las capturas son fáciles de falsificar.

## Nivel 4: una página de noticias falsas

level-fact-fake-news-page-title = ¿Última hora?
level-fact-fake-news-page-instruction = Toca cada señal de alarma de esta página de noticias.
level-fact-fake-news-page-learned = Las noticias falsas suelen gritar, esconder quién las escribió, hacer pasar historias viejas por nuevas y meterte prisa para compartir.
level-fact-fake-news-page-hint-1 = Léela como un detective: ¿quién escribió esto y cuándo?
level-fact-fake-news-page-hint-2 = Gritos, un nombre que falta, una fecha vieja y prisa por compartir son señales de alarma.
level-fact-fake-news-page-hint-3 = Mira el titular, la línea del autor y la fecha.

fact-fake-news-page-address = daily-truth-now.example/big-news
fact-fake-news-page-address-reason = Nunca has oído hablar de este sitio. Cualquiera puede poner «verdad» en un nombre, así que averigua quién lo lleva.
fact-fake-news-page-menu = Inicio · Noticias · Deportes
fact-fake-news-page-menu-reason = La mayoría de los sitios de noticias tienen un menú así. No es una señal de alarma.
fact-fake-news-page-headline = ¡¡¡SE ABRE UN HUEVO DE DINOSAURIO EN MAPLETON!!!
fact-fake-news-page-headline-reason = Las mayúsculas y muchas «!» intentan emocionarte. Las noticias de verdad te lo cuentan con calma.
fact-fake-news-page-author = Escrito por: (sin nombre)
fact-fake-news-page-author-reason = Las noticias de verdad dicen quién las escribió. Sin nombre, nadie responde de la historia.
fact-fake-news-page-date = Publicado hace 6 años, pero marcado «¡NUEVO!»
fact-fake-news-page-date-reason = Esta historia vieja se comparte como si hubiera pasado hoy. Mira siempre la fecha.
fact-fake-news-page-photo = Foto: un parque tranquilo con árboles
fact-fake-news-page-photo-reason = Una foto normal no es una señal de alarma por sí sola. Lee también las palabras que la rodean.
fact-fake-news-page-share = ¡Compártelo antes de que lo borren!
fact-fake-news-page-share-reason = Esto quiere que te des prisa y no pienses. Las noticias de verdad no te suplican que las compartas.

## Nivel 5: comprueba una historia antes de compartirla

level-fact-check-a-story-title = Para y comprueba
level-fact-check-a-story-instruction = Ves una historia sorprendente. Pon en orden los pasos de los verificadores de datos.
level-fact-check-a-story-learned = Los verificadores primero se paran, luego averiguan quién hizo la historia, después la buscan en sitios fiables y solo entonces deciden si la comparten.
level-fact-check-a-story-hint-1 = ¿Qué deberías hacer antes de que tu dedo toque «Compartir»?
level-fact-check-a-story-hint-2 = Los verificadores miran quién hizo una historia antes de buscar en ningún otro sitio. Decidir va al final.
level-fact-check-a-story-hint-3 = El paso 1 es pararse y no compartir todavía.

fact-check-a-story-stop = Para: no lo compartas todavía.
fact-check-a-story-stop-reason = Esto va primero. Los verificadores empiezan parándose: una vez compartida una historia, ya no puedes retirarla.
fact-check-a-story-who = Averigua quién la hizo y por qué.
fact-check-a-story-who-reason = Después, mira la fuente. ¿Quiere informarte, venderte algo o conseguir clics?
fact-check-a-story-others = Búscala en otros sitios fiables. Mira la fecha.
fact-check-a-story-others-reason = Luego compara. Si es verdad, los sitios de noticias fiables también la cuentan. Las historias viejas a menudo se comparten como nuevas.
fact-check-a-story-decide = Luego decide: compartirla o no.
fact-check-a-story-decide-reason = Decide al final, cuando sepas quién la hizo y quién más la cuenta. Comparte solo lo que has comprobado.
