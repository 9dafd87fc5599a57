# Lo que muestran los tipos de nivel de alfabetización digital alrededor de sus textos.

answer-next = Siguiente
answer-right = ¡Bien!
answer-wrong = No del todo.
answer-feedback = { $verdict } { $reason }

pick-screen = ¿Qué harías tú?
pick-start = Lee lo que pasa y toca la mejor respuesta.
pick-progress = Pregunta { $current } de { $total }
pick-option-best = Mejor respuesta: { $text }
pick-option-not-best = No es la mejor: { $text }

order-screen-steps = Pasos
order-screen-rank = Contraseñas
order-start = Toca el paso que va primero.
order-start-rank = Toca primero la contraseña más débil.
order-progress = { $placed } de { $total } en orden
order-step-placed = { $number }. { $text }
order-done = { $last } Todo está en orden. Toca «Terminar».

password-screen = Contraseña nueva
password-empty = Toca las palabras de abajo para formar una contraseña.
password-shown = Contraseña: { $password }
password-piece = Añadir { $text }
password-remove = Quitar la última
password-clear = Empezar de nuevo
password-pieces = { $count } { $count ->
        [one] pieza
        [many] de piezas
       *[other] piezas
    } (mínimo { $min }, máximo { $max })
password-meter-empty = Fuerza: nada todavía
password-meter-pending = Fuerza: midiendo…
password-meter-unavailable = No se ha podido cargar el medidor de fuerza. Comprueba la conexión y cambia la contraseña para probar otra vez.
password-meter = Fuerza: { $score }. { $time }
password-personal = ¡Cuidado! { $reason }
password-build-empty = Empieza con una palabra. Elige palabras que no tengan nada que ver contigo.
password-build-personal = Quita la pieza que habla de ti: quien te conoce podría adivinarla.
password-build-short = Añade más palabras: usa al menos { $min }.
password-build-weak = Todavía no es bastante fuerte. Añade otra palabra o cambia una. Intenta llegar a «{ $target }».
password-build-done = Fuerte, larga y nada sobre ti. ¡Toca «Terminar»!
password-score-0 = Muy débil
password-score-1 = Débil
password-score-2 = Regular
password-score-3 = Fuerte
password-score-4 = Muy fuerte
password-time-instantly = Un ordenador la adivina en menos de un minuto.
password-time-minutes = Un ordenador la adivina en minutos.
password-time-hours = Un ordenador la adivina en horas.
password-time-days = Un ordenador necesita días para adivinarla.
password-time-years = Un ordenador necesita años para adivinarla.
password-time-centuries = Un ordenador necesita cientos de años para adivinarla.
password-meter-limited = Fuerza: { $score }. { $limit }
password-limit-short = Demasiado corta para ser fuerte. Hazla de 15 letras o más.
password-limit-few-words = Las contraseñas fuertes tienen al menos tres palabras al azar.
password-limit-common-words = Estas palabras son muy comunes. Cambia una por otra más rara.

address-screen = Enlace
address-claim = Este enlace dice que lleva a { $brand }.
address-start = Lee la dirección desde el final de su nombre, no desde el principio.
address-find = Toca la parte que nombra el sitio.
address-judge = ¿Es este el sitio de { $brand }?
address-yes = Sí, es { $brand }
address-no = No, no lo es
address-part = Parte de la dirección: { $text }
address-progress = Enlace { $current } de { $total }
address-found = ¡Sí! Esta parte nombra el sitio: { $site }. ¿Es { $brand }?
address-verdict-real = Este enlace lleva a { $site }, el sitio de verdad de { $brand }.
address-verdict-other = Este enlace lleva a { $site }, no a { $brand }. El nombre { $brand } en otra parte es solo un disfraz.
address-verdict-lookalike = Mira bien: algunas letras son de otro alfabeto. El navegador lee { $real }, que no es { $brand }.
address-part-scheme = «https://» solo significa que nadie puede escuchar por el camino. No te dice quién lleva el sitio.
address-part-user = El navegador no va a lo que hay antes de una @. Los estafadores ponen ahí un nombre famoso.
address-part-subdomain = Esto es solo una parte delantera. El dueño del sitio puede escribir aquí cualquier palabra, incluso un nombre famoso.
address-part-site = Esta parte nombra el sitio: la terminación y el nombre justo antes. Te dice quién lleva el sitio.
address-part-port = Este número es una puerta al sitio. No te dice quién lo lleva.
address-part-path = Esta parte va después del nombre del sitio. El dueño puede escribir aquí lo que quiera.
address-part-query = Esta parte va después del nombre del sitio. El dueño puede escribir aquí lo que quiera.
address-part-fragment = Esta parte solo salta a un lugar de la página. No te dice quién lleva el sitio.
address-shown = { $words }. En realidad lleva a:
address-verdict-shown = Las palabras dicen una cosa, pero lleva a { $site }, no a { $brand }.
address-verdict-note = { $reason } { $note }
