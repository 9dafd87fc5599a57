# Mensagens da parte Rust da página do professor. Os rótulos da própria página estão em teacher.ftl.

## Competências DigComp 2.2
digcomp-1-1 = Navegação, pesquisa e filtragem de dados, informação e conteúdos digitais
digcomp-1-2 = Avaliação de dados, informação e conteúdos digitais
digcomp-1-3 = Gestão de dados, informação e conteúdos digitais
digcomp-2-5 = Netiqueta
digcomp-2-6 = Gestão da identidade digital
digcomp-3-4 = Programação
digcomp-4-1 = Proteção de dispositivos
digcomp-4-2 = Proteção de dados pessoais e da privacidade
digcomp-4-3 = Proteção da saúde e do bem-estar
digcomp-5-1 = Resolução de problemas técnicos

## Competências DigComp 3.0
digcomp3-1-1 = Navegação, pesquisa e filtragem de informação
digcomp3-1-2 = Avaliação de informação
digcomp3-1-3 = Gestão de informação
digcomp3-2-1 = Interagir através de e com tecnologias digitais
digcomp3-2-2 = Partilhar através de tecnologias digitais
digcomp3-2-3 = Exercer a cidadania através de tecnologias digitais
digcomp3-2-4 = Colaborar através de tecnologias digitais
digcomp3-2-5 = Comportamento digital
digcomp3-2-6 = Gestão da identidade digital
digcomp3-3-1 = Desenvolvimento de conteúdos digitais
digcomp3-3-2 = Integração e reelaboração de conteúdos digitais
digcomp3-3-3 = Direitos de autor e licenças
digcomp3-3-4 = Pensamento computacional e programação
digcomp3-4-1 = Proteção de dispositivos
digcomp3-4-2 = Proteção de dados pessoais e da privacidade
digcomp3-4-3 = Apoio ao bem-estar
digcomp3-4-4 = Impactos ambientais das tecnologias digitais
digcomp3-5-1 = Identificar e resolver problemas técnicos
digcomp3-5-2 = Identificar necessidades e respostas tecnológicas digitais
digcomp3-5-3 = Identificar soluções criativas com tecnologias digitais
digcomp3-5-4 = Identificar e colmatar necessidades de competência digital

## Dados da turma guardados
class-load-damaged = Não foi possível ler os dados da turma guardados neste navegador. Foram guardados à parte, e a página começa vazia.
class-load-newer = Os dados da turma neste navegador foram guardados por uma versão mais recente do Byte Bridge. Esta página deixa-os como estão e começa vazia: nada do que fizer aqui agora é guardado. Abra a página do professor mais recente para ver a sua turma.

## Criar uma atribuição
class-assign-failed = Não foi possível criar a atribuição. Tente outra vez.
class-assign-no-levels = Escolha pelo menos um nível.
class-assign-no-random = Este navegador não consegue criar uma chave segura para a turma, por isso não foi criado nenhum link. Abra esta página num navegador atualizado.
class-assign-too-many = Escolha no máximo { $max } { $max ->
        [one] nível
        [many] de níveis
       *[other] níveis
    } para um link.
class-assign-no-name = Dê um nome à turma, por exemplo «4B».

## Receber ficheiros e códigos
class-imported = { $nickname }: { $count ->
    [0] nada de novo (já estava aqui).
    [one] { $count } tentativa nova.
    [many] { $count } de tentativas novas.
   *[other] { $count } tentativas novas.
}
class-imported-altered = { $nickname }: este ficheiro foi alterado depois de o jogo o escrever, ou não tem a assinatura da sua turma. Nada dele foi contado.
class-import-too-large = { $file } é demasiado grande para ser o ficheiro de um aluno, por isso não foi lido.
class-import-not-ours = { $file } não é um ficheiro do Byte Bridge.
class-import-players-file = { $file } é um ficheiro de jogadores, para passar jogadores entre tablets. No tablet do aluno, use antes «Enviar ao meu professor».
class-import-truncated = { $file } está incompleto. Peça ao aluno que o guarde outra vez.
class-import-newer = { $file } foi criado por uma versão mais recente do Byte Bridge. Abra a página do professor mais recente para o ler.
class-import-damaged = { $file } está danificado e não pôde ser lido. Peça ao aluno que o guarde outra vez.
class-import-over-limits = { $file } tem mais do que o Byte Bridge alguma vez guarda para um aluno (programas demasiado longos, demasiadas tentativas, níveis ou respostas), sozinho ou junto com o que esta página já tem desse aluno. Foi provavelmente feito à mão. Nada dele foi recebido.
class-code-not-ours = Esse código QR não é do Byte Bridge.
class-code-newer = Esse código QR vem de uma versão mais recente do Byte Bridge.
class-code-damaged = Não foi possível ler esse código QR por inteiro. Tente outra vez, um pouco mais perto.
class-no-such-pupil = Este aluno já não está nos dados da turma.

## A grelha e o resumo
class-avatar = { $picture }, { $colour }
class-decimal-separator = ,
class-problem-mistakes = Respostas erradas pelo caminho
class-outcome-hit-wall = O robô bateu numa parede
class-outcome-left-board = O robô ia sair do tabuleiro
class-outcome-no-lamp = Tentou acender onde não há lâmpada
class-outcome-out-of-commands = O programa parou cedo demais
class-outcome-step-budget = O programa andou às voltas
class-outcome-too-many-calls = Os ajudantes chamaram-se uns aos outros vezes demais
class-outcome-finished = Concluído
class-outcome-other = Não concluído

## Cabeçalhos das colunas do CSV
class-csv-pupil-id = Id do aluno
class-csv-nickname = Nome de jogo
class-csv-note = Nome real (nota do professor)
class-csv-classes = Turma
class-csv-level-id = Id do nível
class-csv-level = Nível
class-csv-stars = Estrelas
class-csv-attempts = Tentativas
class-csv-seconds = Tempo (segundos)
class-csv-hints = Dicas
class-csv-finished = Concluído
class-csv-yes = sim
class-csv-no = não
