# Jogadores num tablet partilhado: escolher quem joga, criar um jogador, palavras-passe de
# imagens, o ecrã dos adultos, passar jogadores para outro tablet e atualizações.

players-title = Quem vai jogar?
players-empty = Toca em «Novo jogador» para começar.
players-previous = Jogadores anteriores
players-next = Mais jogadores
players-page = Página { $page } de { $pages }
player-new = Novo jogador
grown-ups = Adultos

# Em português o nome do animal vem primeiro: «Raposa Corajosa». O adjetivo concorda com o
# género do animal (.gender).
nickname = { $animal } { $adjective }

player-new-title = Novo jogador
player-edit-title = O meu nome e a minha imagem
player-done = Pronto
player-preview = O teu nome é { $name }
pick-picture = Escolhe uma imagem
pick-colour = Escolhe uma cor
pick-adjective = Escolhe uma palavra
pick-animal = Escolhe um animal
nickname-surprise = Surpreende-me

adj-brave = { $gender ->
    [feminine] Corajosa
   *[masculine] Corajoso
}
adj-bright = { $gender ->
    [feminine] Brilhante
   *[masculine] Brilhante
}
adj-calm = { $gender ->
    [feminine] Calma
   *[masculine] Calmo
}
adj-clever = { $gender ->
    [feminine] Esperta
   *[masculine] Esperto
}
adj-cheerful = { $gender ->
    [feminine] Alegre
   *[masculine] Alegre
}
adj-gentle = { $gender ->
    [feminine] Meiga
   *[masculine] Meigo
}
adj-happy = { $gender ->
    [feminine] Feliz
   *[masculine] Feliz
}
adj-kind = { $gender ->
    [feminine] Bondosa
   *[masculine] Bondoso
}
adj-lucky = { $gender ->
    [feminine] Sortuda
   *[masculine] Sortudo
}
adj-quick = { $gender ->
    [feminine] Rápida
   *[masculine] Rápido
}
adj-sunny = { $gender ->
    [feminine] Soalheira
   *[masculine] Soalheiro
}
adj-wise = { $gender ->
    [feminine] Sábia
   *[masculine] Sábio
}

animal-bear = Urso
    .gender = masculine
animal-cat = Gato
    .gender = masculine
animal-dolphin = Golfinho
    .gender = masculine
animal-eagle = Águia
    .gender = feminine
animal-fox = Raposa
    .gender = feminine
animal-frog = Sapo
    .gender = masculine
animal-lion = Leão
    .gender = masculine
animal-owl = Coruja
    .gender = feminine
animal-panda = Panda
    .gender = masculine
animal-rabbit = Coelho
    .gender = masculine
animal-tiger = Tigre
    .gender = masculine
animal-turtle = Tartaruga
    .gender = feminine

picture-sun = Sol
picture-moon = Lua
picture-star = Estrela
picture-heart = Coração
picture-tree = Árvore
picture-flower = Flor
picture-fish = Peixe
picture-house = Casa
picture-rocket = Foguetão
picture-crown = Coroa
picture-leaf = Folha
picture-boat = Barco

avatar-colour-red = Vermelho
avatar-colour-orange = Laranja
avatar-colour-yellow = Amarelo
avatar-colour-green = Verde
avatar-colour-teal = Turquesa
avatar-colour-blue = Azul
avatar-colour-purple = Roxo
avatar-colour-pink = Cor-de-rosa

profile-error-full = Este tablet está cheio. Um adulto pode passar jogadores para outro tablet.
profile-error-name-taken = Outro jogador já tem este nome. Escolhe outras palavras.
profile-error-other = Não funcionou. Tenta outra vez, por favor.

secret-open-title = Toca nas tuas 3 imagens
secret-set-title = Escolhe 3 imagens para a tua palavra-passe
secret-confirm-title = Toca outra vez nas mesmas 3 imagens
secret-progress = { $count } de { $total } { $total ->
        [one] imagem
        [many] de imagens
       *[other] imagens
    }
secret-wrong = Ainda não. Tenta outra vez.
secret-ask-grown-up = Ainda não. Se te esqueceste das imagens, pede ao teu professor ou professora para as repor.
secret-mismatch = Eram outras imagens. Começa de novo.
secret-skip = Sem palavra-passe
secret-remove = Apagar a minha palavra-passe

player-age-title = Quantos anos tens?
player-age-older = Tens mais de 12? Escolhe 10–12. Um adulto pode mudar isto.

title-hello = Olá, { $name }!
title-change-player = Mudar de jogador
title-edit-me = O meu nome e a minha imagem
title-password = Palavra-passe de imagens
title-save-file = Guardar as minhas estrelas num ficheiro
save-to-file = Guardar num ficheiro

gate-title = Para adultos
gate-question = Quanto é { $a } × { $b }?
gate-typed = Resposta: { $typed }
gate-wrong = Não está certo. Aqui vai uma nova pergunta.
gate-delete = Apagar algarismo
gate-ok = OK

adults-title = Jogadores neste tablet
adults-save-all = Guardar todos os jogadores num ficheiro
adults-bring = Trazer jogadores de um ficheiro
adults-clear = Limpar este tablet
adults-clear-confirm = { $count ->
        [one] Toque outra vez para apagar o único jogador
        [many] Toque outra vez para apagar todos os { $count } de jogadores
       *[other] Toque outra vez para apagar todos os { $count } jogadores
    }
adults-cleared = Este tablet está vazio.
adults-player = { $stars ->
        [one] { $name }: { $stars } estrela
        [many] { $name }: { $stars } de estrelas
       *[other] { $name }: { $stars } estrelas
    }
adults-save-one = Guardar «{ $name }» num ficheiro
adults-reset-secret = Repor a palavra-passe de imagens de «{ $name }»
adults-secret-reset = { $name } já não tem palavra-passe de imagens.
adults-delete = Apagar «{ $name }»
adults-delete-confirm = Toque outra vez para apagar «{ $name }»
adults-deleted = O jogador «{ $name }» foi apagado.
adults-saved = { $count ->
    [one] { $count } jogador foi guardado num ficheiro. Abra-o no outro tablet com «Trazer jogadores de um ficheiro».
    [many] { $count } de jogadores foram guardados num ficheiro. Abra-o no outro tablet com «Trazer jogadores de um ficheiro».
   *[other] { $count } jogadores foram guardados num ficheiro. Abra-o no outro tablet com «Trazer jogadores de um ficheiro».
}
adults-save-failed = Não foi possível guardar o ficheiro.
adults-include-secrets = Pôr as palavras-passe de imagens no ficheiro
adults-secrets-left-out = Os ficheiros feitos agora não levam as palavras-passe de imagens; uma palavra-passe que já esteja no outro tablet mantém-se.
adults-secrets-included = Os ficheiros feitos agora levam as palavras-passe de imagens: quem abrir o ficheiro pode lê-las.
adults-help = Passar alunos para outro tablet: guarde-os aqui num ficheiro, copie o ficheiro para o outro tablet e traga-os lá para dentro. Os jogadores que já estão nesse tablet mantêm todas as estrelas.
adults-help-insecure = Esta página não é servida por HTTPS, por isso não funciona sem internet nem pode ser adicionada ao ecrã principal. Tudo o resto funciona. O README explica como a servir.
adults-voices-open = Leitura em voz alta
adults-voices-some = Línguas em que este tablet consegue ler em voz alta: { $languages }
adults-voices-none = Este tablet ainda não consegue ler em voz alta em nenhuma das línguas do jogo.
adults-voices-help = Para adicionar uma voz num tablet Android: abra as Definições, procure «Saída de texto para voz», abra as definições do motor preferido e instale os dados de voz de uma língua. Depois, abra o jogo outra vez. Só leem em voz alta as vozes guardadas no tablet, por isso nada é enviado para fora para ser lido.
adults-band = Faixa etária de { $name }: { $band }
adults-band-unset = Idade não escolhida
adults-band-changed = { $name }: agora { $band }.
adults-band-help = Toque na faixa etária de um jogador para a mudar. O jogador vê primeiro os níveis dessa faixa. Os alunos escolhem 7–9 ou 10–12 ao começar; só um adulto pode escolher 12–14, a faixa com temas para alunos mais velhos. «Idade não escolhida» conta como 7–9.

import-done = Pronto: { $added ->
        [one] { $added } jogador novo
        [many] { $added } de jogadores novos
       *[other] { $added } jogadores novos
    }, { $updated } { $updated ->
        [one] atualizado
        [many] atualizados
       *[other] atualizados
    }{ $refused ->
        [0] .
       *[other] , { $refused } não { $refused ->
            [one] pôde
            [many] puderam
           *[other] puderam
        } entrar (o tablet está cheio, ou uma versão mais recente do Byte Bridge guarda-os aqui).
    }{ $renamed ->
        [0] {""}
        [one] {" "}{ $renamed } jogador recebeu um novo nome de jogo, porque o seu já estava ocupado aqui.
        [many] {" "}{ $renamed } de jogadores receberam um novo nome de jogo, porque o seu já estava ocupado aqui.
       *[other] {" "}{ $renamed } jogadores receberam um novo nome de jogo, porque o seu já estava ocupado aqui.
    }
import-error-too-large = Este ficheiro é demasiado grande para ser um ficheiro de jogadores.
import-error-not-ours = Este não é um ficheiro de jogadores do Byte Bridge.
import-error-newer = Este ficheiro vem de uma versão mais recente do Byte Bridge. Atualize primeiro o jogo neste tablet.
import-error-damaged = Este ficheiro de jogadores está danificado, por isso nada foi alterado. Guarde-o outra vez no outro tablet.
import-error-over-limits = Um jogador neste ficheiro tem mais do que o Byte Bridge alguma vez guarda (programas demasiado longos, demasiadas tentativas ou níveis), sozinho ou junto com o mesmo jogador neste tablet. Nada foi alterado.
import-error-unreadable = Não foi possível ler o ficheiro. Tente outra vez.

offline-needs-https = Esta página não é servida por HTTPS, por isso não funciona sem internet.
update-reload = Nova versão pronta: toca para a iniciar
save-file-failed = Não foi possível guardar o ficheiro. Tenta outra vez, por favor.
