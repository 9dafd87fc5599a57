# Mostrado pela própria página web, também quando o jogo não consegue arrancar. Texto simples.

web-loading = A carregar o Byte Bridge…
web-error-webgl = Este navegador não consegue mostrar o jogo, porque falta o WebGL 2 ou está desligado. Experimenta um Chrome atualizado.
web-error-download = Não foi possível descarregar o jogo. Verifica a ligação e depois recarrega.
web-error-crash = Algo correu mal e o jogo parou. As tuas estrelas estão guardadas. Recarrega a página, por favor.
web-teacher-error-download = Não foi possível descarregar a página do professor. Verifique a ligação e depois recarregue.
web-teacher-framed = Esta página mostra dados da turma, por isso só abre sozinha, não dentro de outro site.
web-teacher-open-alone = Abrir a página do professor sozinha
web-reload = Recarregar
web-noscript = O Byte Bridge precisa de JavaScript. Ative-o, por favor.
