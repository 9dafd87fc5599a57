# A missão de hoje (os níveis que o professor escolheu) e «Enviar ao meu professor».
# $class é o nome que o professor deu à turma, por exemplo «4B».

## Um link da turma que não pode ser usado
mission-link-damaged = Este link da turma está danificado. Pede outra vez o link ao teu professor ou professora.
mission-link-newer = Este link da turma é de uma versão mais recente do Byte Bridge. Pede ao teu professor ou professora que te ajude a atualizar o jogo.
mission-link-no-levels = Este link da turma não tem níveis que este jogo conheça. Pede ao teu professor ou professora que te ajude a atualizar o jogo.
mission-stored-unreadable = Não foi possível ler a missão de hoje neste tablet. Pede outra vez o link ao teu professor ou professora.

## O início do jogador e o mapa
mission-title = Missão de hoje: { $class }
mission-level = { $title }, { $status }
mission-previous = Níveis anteriores
mission-next = Mais níveis
mission-map-locked = Os níveis de hoje foram escolhidos pelo teu professor ou professora.
mission-locked-hint = Este nível não faz parte da missão de hoje.

## Adultos
mission-remove = Remover a missão de hoje ({ $class })
mission-removed = A missão de hoje foi removida deste tablet.

## Enviar ao meu professor
send-to-teacher = Enviar ao meu professor
send-for-class = As tuas estrelas para a turma { $class }
send-no-class = As tuas estrelas neste tablet
send-save = Guardar um ficheiro
send-share = Partilhar
send-show-code = Mostrar um código QR
send-saved = O teu ficheiro está guardado. Entrega-o ao teu professor ou professora.
send-code-caption = Mostra este código à câmara do teu professor ou professora
send-code-image = Código QR com as tuas estrelas para o teu professor ou professora
send-code-failed = Não foi possível criar o código. Guarda antes um ficheiro.

## Dentro da plataforma de uma escola (Kolibri, um LMS): quem aprende na plataforma é quem joga.
# Aparece quando o jogo não consegue ligar-se à plataforma da escola (sem API SCORM, o arranque por cmi5 falhou, sem ponte para o Kolibri).
package-unreachable = O jogo não conseguiu ligar-se à plataforma da tua escola. Podes jogar na mesma, e as tuas estrelas ficam neste aparelho.
# Aparece quando não foi possível ler o progresso que a plataforma guardou para quem joga.
package-saved-unreadable = Não foi possível ler as tuas estrelas de outro aparelho. Podes continuar a jogar a partir daqui.
mission-link-made-refused = Um nível feito pelo teu professor ou professora neste link da turma está danificado ou foi mudado, por isso o link não foi usado. Pede outra vez o link ao teu professor ou professora.
made-world-title = Do teu professor ou professora
made-by-teacher = Feito pelo teu professor ou professora
made-by-teacher-in = Feito pelo teu professor ou professora, língua: { $language }
mission-level-made = { $made }, { $status }
mission-file-taken = A missão de hoje da turma { $class } já está neste tablet.
