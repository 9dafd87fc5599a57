# A página do professor: um link para a turma, os resultados dos alunos, a vista da turma.
# Lida por professores: tratamento formal, simples e exato.

teacher-page-title = Byte Bridge para professores
teacher-title = Byte Bridge para professores
teacher-tagline = Dê níveis à sua turma, recolha os resultados, veja quem precisa de ajuda.
teacher-skip = Saltar para o conteúdo da página
teacher-language = Língua

## Ajuda
teacher-help = Ajuda: para onde vão os dados da turma?
teacher-help-local = Tudo nesta página fica neste navegador, neste dispositivo. Não há contas nem servidor: nada é enviado para lado nenhum, a não ser que configure um repositório de registos em «Enviar para um repositório de registos».
teacher-help-files = Os resultados vêm dos tablets dos alunos, como ficheiros ou códigos QR. Traga os ficheiros em «Recolher resultados», ou leia os códigos com a câmara deste dispositivo.
teacher-help-signing = Com «Assinar os ficheiros dos alunos com uma chave da turma», os tablets assinam cada ficheiro de resultados e cada código QR. Um ficheiro editado depois é assinalado aqui e não conta; a partir do momento em que os ficheiros de um aluno foram assinados, os seus ficheiros e códigos sem assinatura válida também não contam. A chave fica nos tablets, por isso isto apanha ficheiros editados, mas não alguém que copie a chave de um tablet e assine resultados inventados.
teacher-help-notes = Os nomes reais que escrever ao lado de um nome de jogo ficam neste navegador. Só saem dele se marcar «Incluir nomes reais» e depois descarregar o CSV ou imprimir a vista da turma.
teacher-help-backup = Apagar os dados deste navegador também apaga os dados da turma. Descarregue o CSV de vez em quando para guardar uma cópia.
teacher-help-insecure = Esta página não é servida por HTTPS, por isso não funciona sem internet nem pode usar a câmara. Os ficheiros de resultados funcionam sempre.

## Avisos
teacher-dismiss = OK
teacher-storage-full = O armazenamento deste navegador está cheio, por isso as últimas alterações não foram guardadas. Descarregue já o CSV e depois remova links antigos ou apague dados antigos da turma.
teacher-storage-blocked = Este navegador não deixa a página guardar nada (modo privado ou uma definição). Tudo o que está aqui perde-se ao fechar o separador, por isso descarregue antes o CSV.
teacher-error-action = Algo correu mal. Recarregue a página e tente outra vez; tudo o que já foi guardado mantém-se.
teacher-error-start = A página do professor não conseguiu arrancar. Recarregue-a. Se isto continuar a acontecer, experimente um Chrome, Edge ou Firefox atualizado.
teacher-update-ready = Está pronta uma nova versão do Byte Bridge.
teacher-update = Recarregar agora

## Dar níveis a uma turma
teacher-assign-title = Dar níveis a uma turma
teacher-assign-intro = Escolha os níveis e depois crie um link. Os alunos abrem o link nos tablets ou leem o seu código QR, e encontram os níveis como missão de hoje.
teacher-class-name = Nome da turma
teacher-class-name-hint = Por exemplo 4B. O nome vai no link para os tablets, por isso não use o nome de um aluno.
teacher-levels = Níveis
teacher-band-filter = Faixa etária
teacher-band-all = Todas as idades
teacher-competence-filter = Competência DigComp 2.2
teacher-competence-all = Todas as competências
teacher-competence-option = { $id } { $title }
teacher-digcomp3-filter = Competência DigComp 3.0
teacher-digcomp3-all = Todas as competências
teacher-level-digcomp = DigComp 2.2: { $ids }
teacher-level-digcomp3 = DigComp 3.0: { $ids }
teacher-whole-world = Todo o mundo «{ $world }»
teacher-no-levels = Nenhum nível corresponde a estes filtros.
teacher-levels-selected = { $count ->
        [0] Ainda nenhum nível escolhido.
        [one] { $count } nível escolhido.
        [many] { $count } de níveis escolhidos.
       *[other] { $count } níveis escolhidos.
    }
teacher-select-none = Limpar a escolha
teacher-lock = Bloquear os outros níveis
teacher-lock-hint = Os alunos só podem jogar estes níveis enquanto esta missão estiver no tablet.
teacher-sign = Assinar os ficheiros dos alunos com uma chave da turma
teacher-sign-hint = Um ficheiro de resultados ou código QR editado depois de o tablet o guardar é assinalado e não conta. A chave fica nos tablets, por isso quem a copiar de um tablet ainda pode assinar resultados inventados.
teacher-create = Criar link

## O link
teacher-link-ready = O link para a sua turma
teacher-link = Link
teacher-copy = Copiar link
teacher-copied = Link copiado.
teacher-copy-manual = O link está selecionado. Copie-o com o comando de copiar do seu dispositivo.
teacher-qr-label = Código QR do link para { $name }
teacher-qr-caption = Os alunos leem este código com a câmara do tablet para abrir a missão.
teacher-print-sheet = Imprimir folha
teacher-earlier-title = Links anteriores
teacher-assignment-meta = { $count ->
        [one] { $count } nível
        [many] { $count } de níveis
       *[other] { $count } níveis
    }, criado a { $date }
teacher-assignment-levels = { $count ->
        [one] Mostrar o nível
        [many] Mostrar os { $count } de níveis
       *[other] Mostrar os { $count } níveis
    }
teacher-assignment-locked = outros níveis bloqueados
teacher-assignment-signed = ficheiros assinados
teacher-assignment-unsigned = ficheiros não assinados
teacher-show-qr = Mostrar código QR
teacher-hide-qr = Esconder código QR
teacher-remove = Remover link
teacher-remove-confirm = Remover desta página o link para «{ $name }»?
teacher-remove-yes = Sim, remover
teacher-cancel = Cancelar
teacher-assignment-option = { $name } ({ $date })

## A folha impressa para os alunos
teacher-sheet-title = Missão de hoje
teacher-sheet-how = Lê o código com a câmara do tablet, ou escreve o link abaixo no navegador.
teacher-sheet-levels = Níveis de hoje

## Recolher resultados
teacher-collect-title = Recolher resultados
teacher-collect-intro = Traga os ficheiros de resultados dos alunos, todos de uma vez se quiser, ou leia os códigos QR nos tablets deles.
teacher-drop-hint = Largue aqui os ficheiros dos alunos
teacher-files-label = Ficheiros de resultados dos alunos
teacher-choose-files = Escolher ficheiros
teacher-results-title = Recebidos
teacher-results-empty = Ainda não foram recebidos ficheiros.
teacher-results-clear = Limpar esta lista
teacher-file-altered = Atenção: este ficheiro foi editado depois de o tablet o guardar.
teacher-file-failed = Não recebido:
teacher-file-unreadable = Não foi possível ler { $file }. Tente outra vez, ou guarde-o outra vez no tablet.
teacher-code-unreadable = Não foi possível ler este código QR. Tente outra vez.
teacher-status-signed = assinado
teacher-status-unsigned = não verificado
teacher-status-summary = de um código QR
teacher-scan-title = Ler códigos QR
teacher-scan-intro = Aponte a câmara para o código de resultados de um aluno. Ela continua à procura do aluno seguinte até a parar.
teacher-scan = Ler um código QR
teacher-stop-camera = Parar a câmara
teacher-camera-label = Imagem da câmara
teacher-camera-starting = A ligar a câmara…
teacher-camera-looking = À procura de um código QR…
teacher-camera-next = Já está. Mostre o código seguinte.
teacher-camera-stopped = A câmara está desligada.
teacher-camera-unavailable = A câmara não pode ser usada aqui: não existe, não foi autorizada, ou a página não é servida por HTTPS. Os ficheiros de resultados funcionam sempre.
teacher-scanner-unavailable = Não foi possível carregar o leitor de códigos QR. Ligue-se à internet uma vez e tente outra vez. Os ficheiros de resultados funcionam sempre.

## A sua turma
teacher-class-title = A sua turma
teacher-show-assignment = Mostrar
teacher-all-levels = Todos os níveis
teacher-no-pupils = Ainda não há resultados. Recolha acima os ficheiros ou códigos dos alunos.
teacher-note-hint = Os nomes reais ficam só neste dispositivo. As transferências deixam-nos de fora, a não ser que marque «Incluir nomes reais».
teacher-note-label = Nome real
teacher-note-for = Nome real de { $name }
teacher-grid-caption = { $count ->
        [one] { $count } aluno, todos os níveis
        [many] { $count } de alunos, todos os níveis
       *[other] { $count } alunos, todos os níveis
    }
teacher-grid-caption-class = { $count ->
        [one] { $name }: { $count } aluno
        [many] { $name }: { $count } de alunos
       *[other] { $name }: { $count } alunos
    }
teacher-pupil = Aluno
teacher-pupil-altered = Ficheiro editado
teacher-cell-empty = não jogado
teacher-cell-detail = { $attempts ->
        [one] { $attempts } tentativa
        [many] { $attempts } de tentativas
       *[other] { $attempts } tentativas
    } · { $time }{ $hints ->
        [0] {""}
        [one] {" "}· { $hints } dica
        [many] {" "}· { $hints } de dicas
       *[other] {" "}· { $hints } dicas
    }
teacher-forget = Remover aluno
teacher-forget-pupil = Remover o aluno { $name }
teacher-forget-confirm = Remover { $name } e todos os seus resultados desta página?
teacher-forget-yes = Sim, remover
teacher-forgotten = Removido: { $name }.

## Um aluno num nível
teacher-cell-title = { $pupil }: { $level }
teacher-close = Fechar
teacher-no-attempts = Ainda não há tentativas.
teacher-attempt-title = Tentativa { $number }, { $when }
teacher-attempt-stars = Estrelas
teacher-stars-count = { $count ->
        [one] { $count } estrela
        [many] { $count } de estrelas
       *[other] { $count } estrelas
    }
teacher-attempt-outcome = Resultado
teacher-attempt-time = Tempo
teacher-attempt-hints = Dicas
teacher-attempt-mistakes = Erros
teacher-program-main = Programa principal
teacher-program-p1 = Ajudante 1
teacher-program-p2 = Ajudante 2
teacher-program-empty = (vazio)
teacher-tile-else = senão
teacher-code = Como código
teacher-code-note = O mesmo programa como texto, numa linguagem parecida com Python. Os alunos veem-no no jogo com «Mostrar como código».
teacher-answers = Respostas

## Por nível
teacher-summary-title = Por nível
teacher-summary-caption = Como correu cada nível
teacher-summary-level = Nível
teacher-summary-played = Jogado
teacher-summary-finished = Concluído
teacher-summary-stuck = Bloqueado
teacher-summary-mean = Tentativas em média
teacher-summary-common = Problemas mais comuns
teacher-problem-count = { $text } × { $count }

## Descarregar, imprimir, apagar
teacher-export-title = Descarregar, imprimir, apagar
teacher-include-notes = Incluir nomes reais
teacher-include-notes-hint = Marque isto só para um ficheiro ou impressão que fique consigo, por exemplo para os seus próprios registos.
teacher-download-csv = Descarregar CSV
teacher-download-xapi = Descarregar xAPI (JSON)
teacher-print-class = Imprimir a vista da turma
teacher-clear = Apagar os dados da turma
teacher-clear-confirm = Apagar deste navegador todos os alunos, resultados, nomes reais e links? Não é possível anular. Se quiser guardar os resultados, descarregue primeiro o CSV.
teacher-clear-yes = Sim, apagar tudo
teacher-cleared = Os dados da turma foram apagados.
teacher-language-unavailable = Não foi possível descarregar a língua { $language }: este navegador ainda não a tem. Ligue-se à internet e escolha-a outra vez.

## Enviar para um repositório de registos de aprendizagem (LRS)
teacher-lrs-title = Enviar para um repositório de registos
teacher-lrs-intro = Se a sua escola ou o ministério recolhe os resultados num repositório de registos de aprendizagem (LRS), introduza aqui o endereço xAPI, a chave e o segredo desse repositório. A partir daí, cada resultado que trouxer é enviado para lá automaticamente, e cada um só uma vez. O endereço, a chave e o segredo ficam neste navegador: os tablets dos alunos nunca os recebem.
teacher-lrs-endpoint = Endereço xAPI (endpoint)
teacher-lrs-key = Chave (nome de utilizador)
teacher-lrs-secret = Segredo (palavra-passe)
teacher-lrs-secret-kept = Deixe vazio para manter o segredo que guardou antes para este endereço e esta chave.
teacher-lrs-save = Guardar e enviar
teacher-lrs-forget = Esquecer este repositório de registos
teacher-lrs-retry = Tentar outra vez agora
teacher-lrs-off = Não há nenhum repositório de registos configurado. Os resultados ficam neste navegador e nos ficheiros que descarregar.
teacher-lrs-done = { $sent ->
        [one] O único resultado já está no repositório de registos.
        [many] Os { $sent } de resultados já estão todos no repositório de registos.
       *[other] Os { $sent } resultados já estão todos no repositório de registos.
    }
teacher-lrs-sending = { $waiting ->
        [one] A enviar: { $waiting } resultado à espera.
        [many] A enviar: { $waiting } de resultados à espera.
       *[other] A enviar: { $waiting } resultados à espera.
    }
teacher-lrs-waiting-offline = { $waiting ->
        [one] { $waiting } resultado à espera: não é possível contactar o repositório de registos. Nova tentativa dentro de { $seconds } s. Se este aviso se mantiver, peça a quem gere o repositório de registos que autorize o endereço desta página.
        [many] { $waiting } de resultados à espera: não é possível contactar o repositório de registos. Nova tentativa dentro de { $seconds } s. Se este aviso se mantiver, peça a quem gere o repositório de registos que autorize o endereço desta página.
       *[other] { $waiting } resultados à espera: não é possível contactar o repositório de registos. Nova tentativa dentro de { $seconds } s. Se este aviso se mantiver, peça a quem gere o repositório de registos que autorize o endereço desta página.
    }
teacher-lrs-waiting-error = { $waiting ->
        [one] { $waiting } resultado à espera: o repositório de registos respondeu com o erro { $status }. Nova tentativa dentro de { $seconds } s.
        [many] { $waiting } de resultados à espera: o repositório de registos respondeu com o erro { $status }. Nova tentativa dentro de { $seconds } s.
       *[other] { $waiting } resultados à espera: o repositório de registos respondeu com o erro { $status }. Nova tentativa dentro de { $seconds } s.
    }
teacher-lrs-stopped-key = O envio parou: o repositório de registos não aceita esta chave e este segredo. Verifique-os e guarde outra vez.
teacher-lrs-stopped-forbidden = O envio parou: esta chave não tem permissão para acrescentar resultados ao repositório de registos. Peça a quem o gere uma chave com permissão para escrever declarações (statements).
teacher-lrs-stopped-address = O envio parou: este endereço não responde como um repositório de registos (resposta { $status }). Verifique o endereço xAPI.
teacher-lrs-refused = { $refused ->
        [one] O repositório de registos recusou { $refused } resultado. Foi posto de parte e não volta a ser enviado.
        [many] O repositório de registos recusou { $refused } de resultados. Foram postos de parte e não voltam a ser enviados.
       *[other] O repositório de registos recusou { $refused } resultados. Foram postos de parte e não voltam a ser enviados.
    }
teacher-lrs-load-damaged = Não foi possível ler as definições do repositório de registos guardadas neste navegador. Introduza-as outra vez: os resultados que o repositório de registos já tem não ficam guardados duas vezes.
teacher-lrs-load-newer = As definições do repositório de registos foram guardadas por uma versão mais recente desta página. Recarregue a página para obter a nova versão; até lá, nada é enviado.
teacher-lrs-error-no-address = Introduza o endereço xAPI do repositório de registos.
teacher-lrs-error-address = Isto não é o endereço web de um repositório de registos. Deve ser parecido com https://lrs.example.org/xAPI/, sem ? nem #.
teacher-lrs-error-insecure = O endereço tem de começar por https:// para que a chave e os resultados circulem cifrados.
teacher-lrs-error-credentials-in-address = Ponha a chave e o segredo nos campos próprios, não no endereço.
teacher-lrs-error-no-key = Introduza a chave e o segredo que recebeu para o repositório de registos.
teacher-lrs-error-bad-key = A chave não pode conter ":". Nem a chave nem o segredo podem conter quebras de linha.
teacher-lrs-error-too-long = Um dos campos é demasiado longo: o endereço, a chave e o segredo podem ter no máximo 500 caracteres cada um.
teacher-lrs-forgotten = O endereço, a chave e o segredo do repositório de registos foram removidos deste navegador.
teacher-lrs-empty = Ainda não há nada para enviar. Os resultados que trouxer vão para o repositório de registos automaticamente.

## Levels you make: what the checks say (src/core/level/made.rs, web/teacher/src/made.rs)
made-field-title = Título
made-field-task = Tarefa
made-field-learned = «O que os alunos aprenderam»
made-field-hint = Dica
made-field-box = Caixa
made-field-card = Cartão
made-field-prompt = Situação
made-field-reply = Resposta
made-field-part = Linha da mensagem
made-field-reason = Explicação
made-problem-damaged = Isto não é um nível feito nesta página, ou está danificado.
made-problem-newer = Este nível foi feito numa versão mais recente desta página. Recarregue a página para obter a nova versão.
made-problem-language = Esta página não conhece a língua deste nível.
made-problem-missing = { $field }: preencha este campo, por favor.
made-problem-too-long = { $field }: encurte o texto, por favor (no máximo { $max } { $max ->
        [one] carácter
        [many] de caracteres
       *[other] caracteres
    }).
made-problem-undrawable = { $field }: alguns caracteres não podem ser mostrados nos tablets: { $chars }. Use letras, algarismos e a pontuação habitual (sem emojis).
made-problem-hints = Um nível precisa de três dicas: um empurrãozinho, a ideia e depois parte da resposta.
made-problem-count = { $field }: o número é demasiado baixo ou demasiado alto (no máximo { $max }).
made-problem-one-right = Marque exatamente uma resposta como a certa.
made-problem-box-unused = Cada caixa precisa de pelo menos um cartão que lhe pertença.
made-problem-flags = Marque pelo menos uma linha como sinal de alerta e deixe pelo menos uma linha sem sinal de alerta.
made-problem-board-size = O tabuleiro tem de ter de 2 a { $max } { $max ->
        [one] quadrado
        [many] de quadrados
       *[other] quadrados
    } de largura e de 1 a { $max } de altura.
made-problem-board-start = Ponha exatamente um quadrado de partida no tabuleiro.
made-problem-board-goal = Ponha uma bandeira ou pelo menos uma lâmpada no tabuleiro.
made-problem-board = O tabuleiro não cumpre uma regra do jogo. Verifique os quadrados e os blocos que oferece.
made-problem-tiles = Ofereça pelo menos um bloco.
made-problem-already-solved = O robô já terminou antes de se mexer: afaste a bandeira da partida.
made-problem-slots = O programa mais curto que resolve este tabuleiro tem { $tiles } { $tiles ->
        [one] bloco
        [many] de blocos
       *[other] blocos
    }. Deixe no programa espaço para pelo menos { $tiles } { $tiles ->
        [one] bloco
        [many] de blocos
       *[other] blocos
    }.
made-problem-unsolvable = Com estes blocos, o robô não consegue chegar à bandeira (e a cada lâmpada). Abra um caminho ou ofereça mais blocos (por exemplo, viragens ou um ciclo).
made-problem-too-large = Este tabuleiro é grande demais para ser verificado: nenhum programa com menos de { $tiles } { $tiles ->
        [one] bloco
        [many] de blocos
       *[other] blocos
    } o resolve, e os mais longos são demasiados para os experimentar todos. Faça o tabuleiro mais pequeno ou o caminho mais curto, ou ofereça um ciclo.
made-problem-par = O nível ainda não tem uma melhor solução: verifique-o primeiro nesta página.
made-checked-robot = O robô consegue: o melhor programa tem { $par } { $par ->
        [one] bloco
        [many] de blocos
       *[other] blocos
    }. Os alunos recebem 3 estrelas com { $par } { $par ->
        [one] bloco
        [many] de blocos
       *[other] blocos
    } ou menos.
made-checked-answers = Pronto: cada resposta tem uma explicação.
made-kind-robot_grid = Robô no tabuleiro
made-kind-sort = Separar em duas caixas
made-kind-pick_reply = Escolher a resposta
made-kind-spot_flags = Encontrar os sinais de alerta
made-copy-title = { $title } (cópia)
made-import-done = { $added ->
    [0] Nenhum nível adicionado.
    [one] Um nível adicionado.
    [many] { $added } de níveis adicionados.
   *[other] { $added } níveis adicionados.
} { $skipped ->
    [0] {""}
    [one] Um já cá estava.
    [many] { $skipped } já cá estavam.
   *[other] { $skipped } já cá estavam.
}
made-import-not-ours = { $file } não é um ficheiro de níveis desta página.
made-import-too-large = { $file } é demasiado grande para um ficheiro de níveis (no máximo 1 MB e 100 níveis).
made-import-bad-level = { $file }: o nível { $number } («{ $title }») não pode ser usado, por isso nada foi adicionado. { $problem }
made-assign-too-many = Um link da turma pode levar no máximo { $max } { $max ->
        [one] nível feito por si
        [many] de níveis feitos por si
       *[other] níveis feitos por si
    }.
made-assign-unknown = Um nível que escolheu já não está na sua biblioteca. Escolha os níveis outra vez.
made-qr-too-long = Este link é demasiado longo para um código QR que um tablet consiga ler ({ $length } { $length ->
        [one] carácter
        [many] de caracteres
       *[other] caracteres
    }; um código leva { $max }). Partilhe o próprio link, ou descarregue o ficheiro e abra-o em cada tablet em «Adultos» → «Trazer jogadores de um ficheiro».

## Levels you make: the page (web/teacher-page/maker.js)
# The section where a teacher writes a level in their own words, checks it and keeps it in
# "My levels". Read by teachers. The kinds' names are the made-kind-… messages above.
made-page-heading = Criar os seus próprios níveis
made-page-intro = Escreva um nível por palavras suas e verifique se funciona. Os seus níveis ficam guardados neste navegador, em «Os meus níveis», e pode dá-los a uma turma como os níveis do jogo.
# The form's heading: a new level, or one from "My levels" being changed.
made-page-new = Um nível novo
made-page-editing = A alterar «{ $title }»
made-page-editing-hint = Ao guardar, substitui a versão anterior nos seus níveis.
made-page-start-new = Começar um nível novo
made-page-kind = Tipo de nível
made-page-band = Faixa etária
made-page-title = Título
made-page-task = Tarefa: o que se pede aos alunos
made-page-learned = O que os alunos aprenderam (mostrado no fim)
made-page-hints = Três dicas
made-page-hint-1 = Dica 1: um empurrãozinho
made-page-hint-2 = Dica 2: a ideia
made-page-hint-3 = Dica 3: parte da resposta, não toda

# The robot grid.
made-page-width = Largura (quadrados)
made-page-height = Altura (linhas)
made-page-paint = Pintar com
made-page-board = Tabuleiro
made-page-board-hint = Toque num quadrado para o pintar. Há uma só partida e uma só bandeira: se pintar outra, ela muda de lugar. Com o teclado, as setas passam de um quadrado para outro.
# One square of the board, for screen readers: "Row 2, square 3: wall". $what is a made-page-square-… message.
made-page-square = Linha { $row }, quadrado { $column }: { $what }
made-page-square-wall = parede
made-page-square-floor = chão
made-page-square-start = partida
made-page-square-flag = bandeira
made-page-square-lamp = lâmpada
made-page-square-red = chão vermelho
made-page-square-blue = chão azul
made-page-square-green = chão verde
made-page-facing = O robô começa virado para
made-page-facing-north = norte (cima)
made-page-facing-east = este (direita)
made-page-facing-south = sul (baixo)
made-page-facing-west = oeste (esquerda)
made-page-tiles = Blocos que os alunos podem usar
made-page-conditions = Perguntas que os blocos «Se» e «Repetir enquanto» podem fazer
made-page-conditions-hint = Assinale pelo menos uma.
made-page-slots-main = Blocos no programa principal (1 a 16)
made-page-slots-p1 = Blocos no «Ajudante 1» (1 a 10)

# Sort into two boxes.
made-page-box-left = Caixa da esquerda (um visto)
made-page-box-right = Caixa da direita (uma cruz)
made-page-cards = Cartões (2 a { $max })
made-page-card = Cartão { $number }
made-page-card-box = Caixa do cartão { $number }
made-page-reason-card = Porque é que o cartão { $number } pertence a essa caixa
made-page-add-card = Adicionar um cartão
made-page-remove-card = Remover o cartão { $number }

# Pick the reply.
made-page-prompt = A situação, por exemplo uma mensagem que os alunos recebem
made-page-replies = Respostas (2 a 4, uma delas certa)
made-page-reply = Resposta { $number }
made-page-right = A resposta { $number } é a certa
made-page-reason-reply = Porque é que a resposta { $number } está certa ou errada
made-page-add-reply = Adicionar uma resposta
made-page-remove-reply = Remover a resposta { $number }

# Spot the red flags.
made-page-screen = O que os alunos veem
made-page-screen-message = Uma mensagem de chat
made-page-screen-email = Um e-mail
made-page-screen-web = Uma página web
made-page-parts = Linhas, de cima para baixo (2 a { $max }: umas são sinais de alerta, outras não)
made-page-part = Linha { $number }
made-page-flag = A linha { $number } é um sinal de alerta
made-page-reason-part = Porque é que a linha { $number } está bem ou é um sinal de alerta
made-page-add-part = Adicionar uma linha
made-page-remove-part = Remover a linha { $number }

# Check and save. A row's button "Remove": its name for screen readers is the
# made-page-remove-card/-reply/-part message.
made-page-remove = Remover
made-page-check = Verificar o nível
made-page-save = Guardar nos meus níveis
made-page-checking = A verificar o nível. Pode demorar alguns segundos…
# After saving; a made-checked-… message follows it.
made-page-saved = «{ $title }» está guardado nos seus níveis.
made-page-copied = Há uma cópia no formulário acima. Altere-a e depois guarde-a.

# My levels.
made-page-library = Os meus níveis
made-page-library-empty = Ainda não há níveis. Os níveis que guardar aparecem aqui.
# Beside a robot level in "My levels": the fewest tiles that solve it.
made-page-par = melhor: { $par } { $par ->
        [one] bloco
        [many] de blocos
       *[other] blocos
    }
made-page-edit = Editar
made-page-edit-level = Editar { $title }
made-page-copy = Copiar
made-page-copy-level = Copiar { $title }
made-page-remove-level = Remover { $title }
made-page-remove-confirm = Remover «{ $title }» dos seus níveis? Os links que já criou mantêm-no.
made-page-remove-yes = Sim, remover
made-page-removed = «{ $title }» foi removido dos seus níveis.
made-page-download = Descarregar os meus níveis
made-page-import = Adicionar níveis de um ficheiro
made-page-import-file = Ficheiro de níveis
made-page-import-unreadable = Não foi possível ler { $file }.

# In "Give levels to a class".
made-page-assign = Níveis feitos por si
made-page-assign-none = Os níveis que guardar em «Criar os seus próprios níveis» aparecem aqui.
made-page-assign-max = No máximo { $max } num link. Um link com níveis feitos por si é sempre assinado.
made-page-assignment-file = Descarregar o ficheiro para os tablets
