# O mundo «Cantinho da Simpatia»: ser simpático na internet, e o que fazer quando alguém não
# é. Pessoas inventadas: os nomes ficam como estão. Tom suave: diz sempre o que fazer, e que
# contar a um adulto de confiança é bom.

world-kind-corner = Cantinho da Simpatia

## Nível 1: respostas simpáticas

level-kind-reply-title = Diz uma coisa simpática
level-kind-reply-instruction = Escolhe sempre a resposta mais simpática.
level-kind-reply-learned = Palavras simpáticas na internet fazem as pessoas sentir-se bem. Antes de publicares, pergunta-te: como se vão sentir?
level-kind-reply-hint-1 = Imagina que és a outra pessoa. Que resposta gostavas de receber?
level-kind-reply-hint-2 = Uma resposta simpática é amigável, sincera e sobre a outra pessoa, não sobre ti.
level-kind-reply-hint-3 = Para a Mia: uma pergunta sobre o desenho mostra que olhaste mesmo.

kind-reply-drawing-prompt = A tua amiga Mia publica um desenho que fez da gata dela. O que escreves?
kind-reply-drawing-praise = Adoro as cores! Como é que o desenhaste?
kind-reply-drawing-praise-reason = Um elogio simpático e sincero deixa a Mia contente. Fazer uma pergunta mostra que olhaste mesmo.
kind-reply-drawing-brother = O meu irmão mais novo desenha melhor do que isso.
kind-reply-drawing-brother-reason = Isto magoava a Mia. Mesmo a brincar, faz com que ela se sinta mal com o trabalho dela.
kind-reply-drawing-mine = Olha antes para o meu desenho!
kind-reply-drawing-mine-reason = A Mia queria partilhar o desenho dela. Esta resposta transforma a conversa numa conversa sobre ti.

kind-reply-game-prompt = Num jogo online, o teu colega de equipa Leo engana-se. A vossa equipa perde.
kind-reply-game-blame = Perdemos por tua causa, Leo! Muito obrigado.
kind-reply-game-blame-reason = Toda a gente se engana. Culpar o Leo à frente da equipa fá-lo sentir-se muito mal.
kind-reply-game-kick = Vamos expulsar o Leo da equipa.
kind-reply-game-kick-reason = Deixar alguém de fora por causa de um erro não é simpático. Os jogos são mais divertidos quando todos são bem-vindos.
kind-reply-game-cheer = Boa tentativa, Leo! Ganhamos a próxima.
kind-reply-game-cheer-reason = Uma palavra amiga depois de perder anima a equipa toda. É só um jogo.

kind-reply-sad-prompt = A tua colega de turma Ava publica: «hoje ninguém gosta de mim».
kind-reply-sad-drama = Não sejas tão dramática.
kind-reply-sad-drama-reason = A Ava está a dizer-te que está triste. Esta resposta diz-lhe que o que sente não importa.
kind-reply-sad-message = Escrever à Ava: «Eu gosto de ti! Queres falar?»
kind-reply-sad-message-reason = Uma mensagem privada simpática mostra à Ava que alguém se importa. Se ela parecer muito triste, conta também a um adulto de confiança.
kind-reply-sad-scroll = Continuar a deslizar. Os pais dela resolvem isso.
kind-reply-sad-scroll-reason = A Ava pode sentir-se ainda mais sozinha, e os pais dela podem não saber. Umas palavras simpáticas tuas podem ajudar muito.

## Nível 2: comentários simpáticos ou antipáticos

kind-bin-kind = Simpático
kind-bin-unkind = Antipático

level-kind-comments-title = Simpático ou antipático?
level-kind-comments-instruction = Arruma cada comentário: é simpático ou antipático?
level-kind-comments-learned = Podes dizer o que pensas e continuar a ser gentil. Comentários maus magoam, mesmo a brincar.
level-kind-comments-hint-1 = Lê cada comentário como se alguém o tivesse escrito para ti.
level-kind-comments-hint-2 = Comentários simpáticos elogiam, ajudam ou discordam com educação. Os antipáticos gozam ou rebaixam.
level-kind-comments-hint-3 = Comentários sobre o aspeto de alguém ou a maneira como se mexe muitas vezes magoam, mesmo a brincar.

kind-comments-great-goal = Que golo tão bom no teu vídeo!
kind-comments-great-goal-reason = Elogiar uma coisa que alguém fez bem deixa a pessoa orgulhosa. Isso é simpático.
kind-comments-weird-hair = O teu cabelo está tão esquisito nesta foto.
kind-comments-weird-hair-reason = Comentários sobre o aspeto de alguém podem magoar muito. Se não o dirias à cara da pessoa, não o publiques.
kind-comments-get-well = As melhoras!
kind-comments-get-well-reason = Desejar bem a alguém mostra que te importas. Isso é simpático.
kind-comments-nobody-asked = Ninguém te perguntou nada.
kind-comments-nobody-asked-reason = Isto diz a alguém para se calar e que não importa. Isso é antipático.
kind-comments-different-ending = Eu preferia outro final, mas a história foi divertida!
kind-comments-different-ending-reason = Podes discordar e continuar a ser gentil. Este comentário é sincero e amigável.
kind-comments-penguin = Ah ah, corres como um pinguim!
kind-comments-penguin-reason = Rir da maneira como alguém se mexe é gozar. Pode magoar, mesmo que fosse a brincar.
kind-comments-thanks-help = Obrigado por me ajudares com os trabalhos de casa!
kind-comments-thanks-help-reason = Agradecer faz as pessoas sentirem-se bem por terem ajudado. Isso é simpático.

## Nível 3: quando alguém te manda sempre mensagens más

level-kind-when-bullied-title = Mensagens más
level-kind-when-bullied-instruction = Alguém está sempre a mandar-te mensagens más. Isto é bom de fazer, ou é melhor não?
level-kind-when-bullied-learned = Não respondas, guarda provas, bloqueia, denuncia e conta a um adulto de confiança, a qualquer momento. A culpa nunca é tua.
level-kind-when-bullied-hint-1 = Quais destas coisas travam as mensagens, guardam provas ou te trazem ajuda?
level-kind-when-bullied-hint-2 = Os bons passos guardam provas, travam as mensagens e trazem-te ajuda. Retribuir ou esconder não ajuda.
level-kind-when-bullied-hint-3 = Contar a um adulto de confiança está sempre certo, a qualquer momento.

kind-bin-good-step = Bom de fazer
kind-bin-not-step = Melhor não

kind-when-bullied-no-reply = Não responder às mensagens más.
kind-when-bullied-no-reply-reason = As mensagens más querem uma reação. Se não respondes, não recebem nada.
kind-when-bullied-screenshot = Tirar capturas de ecrã para guardar provas.
kind-when-bullied-screenshot-reason = As provas mostram o que aconteceu. Tira capturas de ecrã antes de bloquear: bloquear pode esconder as mensagens.
kind-when-bullied-hit-back = Mandar uma coisa má de volta.
kind-when-bullied-hit-back-reason = Pode piorar as coisas, e dá-lhes a reação que querem.
kind-when-bullied-block = Bloquear a pessoa.
kind-when-bullied-block-reason = Assim as mensagens más deixam de te chegar.
kind-when-bullied-tell = Contar a um adulto de confiança e mostrar-lhe.
kind-when-bullied-tell-reason = Está certo a qualquer momento: primeiro, no fim ou pelo meio. Nunca tens de resolver isto sem ajuda.
kind-when-bullied-secret = Guardar segredo e esperar que pare.
kind-when-bullied-secret-reason = Não tens de lidar com isto sem ninguém. Conta a um adulto de confiança. A culpa nunca é tua.
kind-when-bullied-report = Denunciar a pessoa na app.
kind-when-bullied-report-reason = A app pode avisar ou bloquear a pessoa. As tuas capturas de ecrã ajudam.
kind-when-bullied-delete-all = Apagar logo todas as mensagens.
kind-when-bullied-delete-all-reason = Assim as provas desaparecem. Tira primeiro capturas de ecrã, depois bloqueia e denuncia.

## Nível 4: quando vês outra pessoa ser maltratada

level-kind-bystander-title = Não fiques a ver
level-kind-bystander-instruction = Vês alguém a ser maltratado. Escolhe a melhor coisa a fazer.
level-kind-bystander-learned = Não alinhes. Sê gentil com a pessoa e conta a um adulto de confiança. Isso ajuda muito.
level-kind-bystander-hint-1 = Pensa na pessoa que está a ser maltratada. O que a ajudaria?
level-kind-bystander-hint-2 = Alinhar ou ficar calado não ajuda. A simpatia e pedir ajuda ajudam.
level-kind-bystander-hint-3 = Para o Finn, um simples convite pode alegrar-lhe o dia.

kind-bystander-chat-prompt = No chat de grupo da tua turma, alguns miúdos estão sempre a gozar com o Noah.
kind-bystander-chat-join = Mando também uma cara a rir.
kind-bystander-chat-join-reason = Até uma só cara a rir é alinhar. Faz o Noah sentir que estão todos contra ele.
kind-bystander-chat-silent = Não digo nada. Um professor vai ver na mesma.
kind-bystander-chat-silent-reason = Os professores não leem todos os chats, e o Noah pode pensar que todos concordam. Conta tu a um adulto de confiança.
kind-bystander-chat-support = Apoio o Noah e conto a um adulto.
kind-bystander-chat-support-reason = Uma mensagem simpática mostra ao Noah que ele não está só. Um adulto de confiança pode ajudar a parar o gozo.

kind-bystander-photo-prompt = Alguém partilha uma foto tola da tua colega de turma Zoe para se rirem dela.
kind-bystander-photo-share = Partilho com mais amigos.
kind-bystander-photo-share-reason = Cada partilha espalha mais a foto e magoa mais a Zoe. Ninguém deve partilhar uma foto de alguém para se rirem dessa pessoa.
kind-bystander-photo-stop = Denuncio e conto a um adulto.
kind-bystander-photo-stop-reason = A foto para contigo. Denunciar pode fazer com que seja retirada, e um adulto pode ajudar a Zoe.
kind-bystander-photo-like = Dou um gosto, porque todos os outros deram.
kind-bystander-photo-like-reason = Um gosto diz a quem a mandou que a foto tem graça. Pode levá-lo a publicar mais.

kind-bystander-game-prompt = Alguns miúdos deixam o Finn de fora de um jogo online de propósito.
kind-bystander-game-invite = Convido o Finn a jogar comigo.
kind-bystander-game-invite-reason = Um simples convite pode alegrar o dia do Finn. Se continuarem a deixá-lo de fora, conta a um adulto de confiança.
kind-bystander-game-along = Jogo sem ele. O jogo é deles, as regras também.
kind-bystander-game-along-reason = Deixar alguém de fora de propósito magoa. Alinhar nisso faz o Finn sentir-se ainda mais só.
kind-bystander-game-pretend = Finjo que não vi.
kind-bystander-game-pretend-reason = Olhar para o lado é fácil, mas o Finn continua a sentir-se de fora. Um pequeno gesto simpático pode ajudá-lo.

## Nível 5: um chat de grupo da turma

level-kind-group-chat-title = O chat da turma
level-kind-group-chat-instruction = Toca em cada mensagem antipática neste chat da turma.
level-kind-group-chat-learned = Gozar, deixar de fora, partilhar fotos sem perguntar e rir junto com os outros é antipático. Não alinhes.
level-kind-group-chat-hint-1 = Lê cada mensagem. Como se sentiria o Sam ao lê-la?
level-kind-group-chat-hint-2 = As mensagens antipáticas gozam com alguém, deixam-no de fora ou partilham a foto dele.
level-kind-group-chat-hint-3 = O Ben escreve duas das mensagens antipáticas.

kind-group-chat-trip = Mia: Quem está pronto para a visita de estudo amanhã?
kind-group-chat-trip-reason = Uma pergunta simpática para a turma toda. Esta mensagem está bem.
kind-group-chat-bottle = Leo: Eu! Não se esqueçam da garrafa de água.
kind-group-chat-bottle-reason = Um lembrete útil para todos. Esta mensagem está bem.
kind-group-chat-shoes = Ben: Viram os sapatos do Sam hoje? Tão feios lol
kind-group-chat-shoes-reason = Isto goza com o Sam à frente da turma toda. Não alinhes, e sê gentil com o Sam.
kind-group-chat-laugh = Max: AHAHAH (cinco caras a rir)
kind-group-chat-laugh-reason = Rir junto com os outros piora o gozo. Ficar de fora já é melhor.
kind-group-chat-homework = Finn: Alguém me manda a página dos trabalhos de casa?
kind-group-chat-homework-reason = Pedir ajuda com os trabalhos de casa está bem. Os chats da turma são ótimos para isso.
kind-group-chat-photo = Ben: Olhem! Uma foto do Sam a tropeçar no recreio.
kind-group-chat-photo-reason = O Sam não concordou que esta foto fosse partilhada. Pergunta antes de partilhares uma foto de alguém, e conta a um adulto sobre esta.
kind-group-chat-party = Ava: Festa em minha casa! Não convidem o Sam.
kind-group-chat-party-reason = Dizer a todos para deixarem o Sam de fora magoa-o muito. Ninguém deve ser deixado de fora de propósito.
kind-group-chat-thanks = Zoe: O Sam ajudou-me hoje com o meu projeto. Obrigada, Sam!
kind-group-chat-thanks-reason = Agradecer à frente da turma é simpático. Esta mensagem está bem.
