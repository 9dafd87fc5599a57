# Tudo à volta dos níveis: título, mapa, resultado, avisos.

language-name = Português
app-title = Byte Bridge
app-tagline = Aprende a programar e a navegar em segurança
title-play = Jogar
language-picker = Língua
language-open = Língua: { $language }
language-loading = A descarregar { $language } …
language-not-on-device = A língua { $language } ainda não está neste tablet. Liga-te uma vez à internet para a receberes. Neste tablet: { $ready }
language-damaged = A língua { $language } não chegou completa. Tenta outra vez mais tarde. Neste tablet: { $ready }

back = Voltar
notice-dismiss = OK

map-title = Níveis
level-status-locked = bloqueado
level-status-new = ainda não jogado
level-status-stars = { $stars } de 3 estrelas
map-level = { $number }. { $title }, { $status }
map-locked-hint = Termina o nível anterior para abrires este.
map-world = { $title }, { $status }
map-world-stars = { $stars } de { $max } { $max ->
        [one] estrela
        [many] de estrelas
       *[other] estrelas
    }

result-title = Nível concluído!
result-stars = { $stars } de 3 estrelas
result-new-best = Novo recorde!
result-learned-heading = O que aprendeste
result-next = Nível seguinte
result-retry = Jogar outra vez
result-levels = Todos os níveis

storage-unavailable = Este tablet não consegue guardar agora. Podes jogar, mas as tuas estrelas perdem-se quando a página fechar.
storage-recovered-damaged = Um jogador guardado não pôde ser lido e não tinha uma cópia boa. Ficou guardado à parte neste tablet.
storage-recovered-backup = Algumas estrelas guardadas estavam danificadas. A última cópia boa foi recuperada.
storage-newer-version = Alguns jogadores foram guardados por uma versão mais recente do Byte Bridge. Estão seguros: atualiza o jogo para os veres.
storage-full = A memória do tablet está cheia. Guarda as tuas estrelas num ficheiro para nada se perder.

hint = Dica
hint-shown = Dica { $number }: { $hint }

read-aloud = Ler em voz alta
read-aloud-stop = Parar de ler
settings-open = Definições
settings-title = Definições
settings-read-everything = Ler tudo em voz alta
settings-read-everything-about = O jogo lê em voz alta cada nível, cada dica e cada resultado logo que aparece.
settings-no-voice = Este tablet ainda não tem voz para esta língua. Um adulto pode adicionar uma.
settings-robot-speed = Velocidade do robô: { $speed }
settings-calm = Menos movimento
settings-calm-about = O robô salta de quadrado em quadrado em vez de deslizar. Esta opção já vem ligada se o tablet estiver definido para mostrar menos movimento.
settings-contrast = Alto contraste
settings-contrast-about = O fundo fica preto, as letras ficam brancas e os botões ganham um contorno branco. Há quem veja melhor assim.
settings-text-size = Tamanho do texto: { $size }
settings-text-size-about = Toca outra vez para letras maiores, até ao dobro. Depois voltam ao normal.
text-size-normal = normal
text-size-big = grande
text-size-bigger = maior
text-size-biggest = enorme
settings-more-space = Mais espaço
settings-more-space-about = Mais espaço entre as letras e entre as linhas. Há quem leia melhor assim.
