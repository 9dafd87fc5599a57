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
