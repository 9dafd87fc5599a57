# O mundo «Seguros Juntos»: alguém na internet que não é quem diz, o que fazer, bloquear e
# denunciar, códigos de acesso e onde pedir ajuda. Os níveis 6 e 7 são só para 12–14 anos:
# tom calmo, nunca gráfico, nunca culpar o aluno. Contar a um adulto de confiança está sempre certo.

world-safe-together = Seguros Juntos

safe-bin-good = Boa ideia
safe-bin-bad = Não é boa ideia

## Onde pedir ajuda: o jogo põe uma destas mensagens em { $helpline }.

helpline-call = Também podes ligar para uma linha de apoio à criança: { $service }, { $number }.
helpline-ask-adult = Para saberes qual é a linha de apoio à criança do teu país, pergunta a um adulto de confiança.

## Nível 1: um novo amigo de um jogo

level-safe-new-friend-title = Um novo amigo de um jogo
level-safe-new-friend-instruction = Alguém de um jogo escreve-te. Toca em cada sinal de alerta.
level-safe-new-friend-learned = Segredos, fotos, chats privados e encontros são sinais de alerta. Para e conta a um adulto de confiança.
level-safe-new-friend-hint-1 = Lê cada linha. Um amigo da tua idade perguntaria isto?
level-safe-new-friend-hint-2 = Tem cuidado quando alguém quer segredos, fotos, os teus dados ou um encontro.
level-safe-new-friend-hint-3 = Olha bem para as linhas sobre os teus pais e a tua escola.

safe-new-friend-sender = De: Kai_Star (um jogador do teu jogo)
safe-new-friend-sender-reason = Conversar com jogadores pode ser divertido. Mas só sabes o que o Kai diz sobre ele próprio.
safe-new-friend-game = Bom jogo hoje! Em que nível estás?
safe-new-friend-game-reason = Falar do jogo é normal. Esta linha está bem.
safe-new-friend-secret = Não fales de mim aos teus pais, está bem?
safe-new-friend-secret-reason = Um bom amigo não te pede para o esconderes da tua família. Isto é um sinal de alerta.
safe-new-friend-private = Vamos falar noutra app. Só nós os dois.
safe-new-friend-private-reason = Levar-te para um chat privado, longe dos outros, é um sinal de alerta.
safe-new-friend-photo = Manda-me uma foto tua. Só para mim!
safe-new-friend-photo-reason = Nunca mandes fotos tuas a alguém que só conheces da internet.
safe-new-friend-school = Em que escola andas?
safe-new-friend-school-reason = A tua escola diz a um desconhecido onde te encontrar. Guarda-a para ti.
safe-new-friend-meet = Vamos encontrar-nos no parque no sábado!
safe-new-friend-meet-reason = Nunca te encontres com alguém que só conheces da internet. Conta a um adulto de confiança.

## Nível 2: o que fazer

level-safe-what-to-do-title = O que fazes?
level-safe-what-to-do-instruction = O Kai do jogo quer mais. Escolhe sempre a melhor resposta.
level-safe-what-to-do-learned = Podes sempre dizer que não. Bloqueia a pessoa e conta a um adulto de confiança. A culpa nunca é tua.
level-safe-what-to-do-hint-1 = Quem te podia ajudar a verificar se o Kai é quem diz ser?
level-safe-what-to-do-hint-2 = Segredos e encontros com amigos da internet são sinais de alerta. Pede ajuda, não vás sem ninguém.
level-safe-what-to-do-hint-3 = Quando o Kai se zanga, não tens de lhe responder de todo.

safe-what-to-do-secret-prompt = O Kai escreve: «Vamos guardar as nossas conversas em segredo.» O que fazes?
safe-what-to-do-secret-keep = Guardo o segredo. O Kai é simpático.
safe-what-to-do-secret-keep-reason = Palavras simpáticas podem esconder um truque. Um amigo a sério não precisa de segredos com a tua família.
safe-what-to-do-secret-ask-why = Pergunto primeiro porquê e depois decido eu.
safe-what-to-do-secret-ask-why-reason = O Kai pode ter uma resposta esperta. Não decidas sem ninguém: pergunta a alguém em quem confias.
safe-what-to-do-secret-tell = Falo das conversas a um adulto de confiança.
safe-what-to-do-secret-tell-reason = Sim! Pedir segredos é um sinal de alerta. Um adulto de confiança pode ajudar-te a verificar.

safe-what-to-do-meet-prompt = O Kai quer encontrar-se contigo no parque. O que fazes?
safe-what-to-do-meet-go-with-friend = Vou, mas levo alguém da turma comigo.
safe-what-to-do-meet-go-with-friend-reason = Duas crianças não chegam para estarem seguras. Nunca te encontres com alguém que só conheces da internet.
safe-what-to-do-meet-say-no = Digo que não e conto a um adulto.
safe-what-to-do-meet-say-no-reason = Certo. Diz que não e deixa um adulto de confiança ajudar-te com o Kai.
safe-what-to-do-meet-go-tell-later = Vou e conto a um adulto depois.
safe-what-to-do-meet-go-tell-later-reason = Contar a um adulto é bom, mas não vás. Nunca te encontres com alguém que só conheces da internet.

safe-what-to-do-angry-prompt = Disseste que não. Agora o Kai manda-te mensagens zangadas.
safe-what-to-do-angry-block = Bloqueio o Kai e conto a um adulto.
safe-what-to-do-angry-block-reason = Sim. Não tens de responder. Bloqueia o Kai e pede ajuda a um adulto em quem confias.
safe-what-to-do-angry-sorry = Peço desculpa e faço o que o Kai quer.
safe-what-to-do-angry-sorry-reason = Não fizeste nada de mal. Dizer que não foi o certo.
safe-what-to-do-angry-argue = Continuo a responder até o Kai pedir desculpa.
safe-what-to-do-angry-argue-reason = Discutir faz o Kai continuar a falar contigo. Em vez disso, deixa de responder.

## Nível 3: bloquear e denunciar

level-safe-block-report-title = Bloquear e denunciar
level-safe-block-report-instruction = Alguém na internet faz-te sentir mal. Cada ideia é boa ou não?
level-safe-block-report-learned = Guarda as mensagens, bloqueia a pessoa, denuncia-a na app e conta a um adulto de confiança.
level-safe-block-report-hint-1 = Que ideias melhoram as coisas, e quais as pioram?
level-safe-block-report-hint-2 = Guarda provas, trava as mensagens e pede ajuda.
level-safe-block-report-hint-3 = Apagar o chat não é boa ideia: as provas desapareciam.

safe-block-report-screenshot = Tirar capturas de ecrã das mensagens
safe-block-report-screenshot-reason = As capturas de ecrã são provas. Tira-as antes de bloquear, caso o chat desapareça.
safe-block-report-delete = Apagar o chat todo para ninguém o ver
safe-block-report-delete-reason = Assim as provas desaparecem. Guarda as mensagens para um adulto poder ajudar.
safe-block-report-block = Bloquear a pessoa
safe-block-report-block-reason = Bloquear impede-a de te mandar mensagens.
safe-block-report-reply-mean = Responder com uma mensagem má
safe-block-report-reply-mean-reason = Isso pode piorar as coisas. Não respondas de todo.
safe-block-report-report = Denunciar o perfil na app
safe-block-report-report-reason = A equipa da app verifica as denúncias e pode bloquear a conta.
safe-block-report-unblock = Desbloquear para ver se pede desculpa
safe-block-report-unblock-reason = Isso deixa a pessoa escrever-te outra vez. Mantém-na bloqueada.
safe-block-report-tell = Contar a um adulto de confiança o que aconteceu
safe-block-report-tell-reason = Um adulto de confiança pode ajudar-te a denunciar e a sentires-te melhor.

## Nível 4: o código de acesso

level-safe-login-code-title = O código de acesso secreto
level-safe-login-code-instruction = Escolhe sempre a melhor resposta.
level-safe-login-code-learned = Um código de acesso é só para ti. Nunca o dês a ninguém, nem a um amigo nem ao «apoio».
level-safe-login-code-hint-1 = Quem precisa do código que chega ao teu telemóvel?
level-safe-login-code-hint-2 = O código é uma segunda fechadura na tua conta. Funciona como uma chave.
level-safe-login-code-hint-3 = As equipas de apoio a sério nunca pedem o teu código.

safe-login-code-why-prompt = Depois da palavra-passe, a app manda um código para o teu telemóvel. Porquê?
safe-login-code-why-ads = Porque a app quer o teu número para anúncios.
safe-login-code-why-ads-reason = Não. O código está lá para manter a tua conta segura.
safe-login-code-why-second-lock = É uma segunda fechadura: só tu entras.
safe-login-code-why-second-lock-reason = Sim. Isto é o acesso em 2 passos. Um ladrão com a tua palavra-passe ainda precisa do código.
safe-login-code-why-phone-check = Para ver se o telemóvel ainda funciona.
safe-login-code-why-phone-check-reason = Não. O código prova que és mesmo tu a entrar.

safe-login-code-friend-prompt = Uma mensagem da Mia: «Ups, o meu código foi para ti. Podes mandar-mo?»
safe-login-code-friend-send = Mando depressa. A Mia é minha amiga e precisa dele.
safe-login-code-friend-send-reason = A conta da Mia pode ter sido pirateada. O código deixaria um desconhecido entrar na TUA conta.
safe-login-code-friend-half = Mando só a primeira metade do código.
safe-login-code-friend-half-reason = Meio código ainda ajuda um ladrão. Guarda o código inteiro para ti.
safe-login-code-friend-ask = Não mando. Pergunto à Mia ao vivo ou por telefone.
safe-login-code-friend-ask-reason = Certo. Confirma com a Mia de outra maneira. Provavelmente é um truque.

safe-login-code-support-prompt = Um chat diz: «Aqui é o apoio do jogo. Diz-nos o teu código para mantermos a tua conta segura.»
safe-login-code-support-give = Dou-lho. É a equipa de apoio.
safe-login-code-support-give-reason = As equipas de apoio a sério nunca pedem o teu código. Isto é um truque.
safe-login-code-support-say-no = Recuso. O apoio nunca precisa dele.
safe-login-code-support-say-no-reason = Certo. As empresas a sério também o dizem: nunca pedem o teu código.
safe-login-code-support-adult-reads = Peço a um adulto que lhes leia o código.
safe-login-code-support-adult-reads-reason = Ninguém deve dar o código, seja adulto ou criança. Em vez disso, mostra a mensagem a um adulto.

## Nível 5: onde pedir ajuda

level-safe-get-help-title = Onde pedir ajuda
level-safe-get-help-instruction = Alguma coisa na internet preocupa-te. Escolhe sempre a melhor resposta.
level-safe-get-help-learned = Nunca estás só. Fala com um adulto de confiança. { $helpline }
level-safe-get-help-hint-1 = É melhor guardar uma preocupação só para ti ou partilhá-la?
level-safe-get-help-hint-2 = Os adultos de confiança e as linhas de apoio à criança ouvem e ajudam.
level-safe-get-help-hint-3 = 116 111 é um número para crianças em muitos países.

safe-get-help-worried-prompt = Viste uma coisa na internet que te assusta. O que ajuda mais?
safe-get-help-worried-keep = Guardo-a para mim e tento esquecê-la.
safe-get-help-worried-keep-reason = As preocupações crescem quando as guardas. Contar a alguém ajuda.
safe-get-help-worried-tell = Conto a um adulto de confiança.
safe-get-help-worried-tell-reason = Sim! Os teus pais, quem cuida de ti ou um professor podem ajudar-te.
safe-get-help-worried-search = Procuro mais sobre isso na internet.
safe-get-help-worried-search-reason = Podes encontrar coisas ainda mais assustadoras. Fala primeiro com alguém.

safe-get-help-nobody-prompt = Não queres falar com ninguém que conheças. O que podes fazer?
safe-get-help-nobody-forum = Pergunto a desconhecidos num fórum o que fazer.
safe-get-help-nobody-forum-reason = Desconhecidos na internet podem não ser simpáticos nem ter razão. Uma linha de apoio existe para ajudar.
safe-get-help-nobody-wait = Espero que o problema passe.
safe-get-help-nobody-wait-reason = Muitas vezes os problemas não passam sozinhos. Não faz mal pedir ajuda.
safe-get-help-nobody-helpline = Ligo ou escrevo a uma linha de apoio.
safe-get-help-nobody-helpline-reason = Sim. As linhas de apoio à criança ouvem crianças. Não tens de dizer o teu nome.

safe-get-help-number-prompt = Um cartaz na escola diz 116 111. Que número é esse?
safe-get-help-number-helpline = Linha de apoio à criança em grande parte da Europa
safe-get-help-number-helpline-reason = Sim. Em muitos países europeus, 116 111 é uma linha de apoio à criança. Alguns usam outro número.
safe-get-help-number-prize = Um número onde podes ganhar prémios
safe-get-help-number-prize-reason = Não. É uma linha de apoio onde as crianças podem falar das suas preocupações.
safe-get-help-number-adults = Um número para onde só os adultos estão autorizados a ligar
safe-get-help-number-adults-reason = Não. As crianças podem ligar elas próprias para uma linha de apoio à criança.

## Nível 6 (só 12–14): quando alguém faz ameaças

level-safe-threats-title = Quando alguém faz ameaças
level-safe-threats-instruction = Alguém ameaça partilhar uma foto privada. Escolhe a melhor resposta.
level-safe-threats-learned = A culpa nunca é tua. Não pagues, deixa de responder, guarda as mensagens, conta a um adulto de confiança e denuncia.
level-safe-threats-hint-1 = O que quer de ti a pessoa que faz as ameaças?
level-safe-threats-hint-2 = Pagar ou mandar mais não trava as ameaças. Pedir ajuda trava.
level-safe-threats-hint-3 = Guarda o chat como prova, mas deixa de responder.

safe-threats-pay-prompt = Um amigo da internet escreve: «Paga-me, ou partilho a foto privada que mandaste.»
safe-threats-pay-pay = Pago depressa para a foto ficar privada.
safe-threats-pay-pay-reason = Pagar não os faz parar. Normalmente pedem mais.
safe-threats-pay-stop = Deixo de responder e conto a um adulto.
safe-threats-pay-stop-reason = Sim. Corta todo o contacto e pede ajuda. Um adulto pode ajudar-te a denunciar.
safe-threats-pay-more = Mando outra foto para a pessoa se acalmar.
safe-threats-pay-more-reason = Nunca mandes mais. Não vão parar. Pede antes ajuda.

safe-threats-chat-prompt = Sentes-te muito mal e queres que o chat desapareça. O que fazes com ele?
safe-threats-chat-delete = Apago já o chat todo e também a minha conta.
safe-threats-chat-delete-reason = O chat é uma prova. A app e a polícia precisam dele para os travar.
safe-threats-chat-forward = Reencaminho o chat a amigos para saber.
safe-threats-chat-forward-reason = Não o reencaminhes. Fica entre ti e um adulto de confiança.
safe-threats-chat-keep = Guardo o chat, depois bloqueio e denuncio.
safe-threats-chat-keep-reason = Certo. Guarda as mensagens como prova e depois bloqueia e denuncia a conta.

safe-threats-fault-prompt = Pensas: «A culpa é minha. Não posso contar a ninguém.» O que é verdade?
safe-threats-fault-my-fault = A culpa é minha, tenho de resolver isto sem ninguém.
safe-threats-fault-my-fault-reason = Não. Quem faz as ameaças é que está a fazer mal, não tu.
safe-threats-fault-never = A culpa nunca é minha, e há ajuda.
safe-threats-fault-never-reason = Sim. Alguém te enganou. Os adultos e as linhas de apoio ajudam sem te culpar.
safe-threats-fault-later = Só conto a um adulto se piorar.
safe-threats-fault-later-reason = Conta já a alguém. Quanto mais cedo pedires ajuda, mais cedo acaba.

safe-threats-online-prompt = Tens medo de que a foto já esteja na internet. O que pode ajudar?
safe-threats-online-take-it-down = Usar o Take It Down, com um adulto.
safe-threats-online-take-it-down-reason = O Take It Down ajuda a remover fotos tiradas antes dos 18 anos, de qualquer país.
safe-threats-online-search = Procurar a foto todos os dias para ver se lá está.
safe-threats-online-search-reason = Isso só te faz sentir pior. Deixa um adulto e uma ferramenta fazer esse trabalho.
safe-threats-online-nothing = Nada ajuda depois de uma foto estar online.
safe-threats-online-nothing-reason = Não é verdade. Muitas vezes as fotos podem ser retiradas. Há sempre ajuda.

## Nível 7 (só 12–14): uma foto privada de outra pessoa

level-safe-not-yours-title = Uma foto que não é tua
level-safe-not-yours-instruction = Uma foto privada de um colega de turma é partilhada num chat. Boa ideia ou não?
level-safe-not-yours-learned = Nunca guardes nem reencaminhes uma foto privada de alguém. Conta a um adulto de confiança e denuncia.
level-safe-not-yours-hint-1 = Como te sentirias se a foto fosse tua?
level-safe-not-yours-hint-2 = Cada partilha magoa outra vez a pessoa da foto.
level-safe-not-yours-hint-3 = Mandá-la a outros nunca é boa ideia, nem para pedir ajuda.

safe-not-yours-forward = Reencaminhá-la a um amigo
safe-not-yours-forward-reason = Cada partilha magoa mais a pessoa. Em muitos países também é contra a lei.
safe-not-yours-tell = Contar a um adulto de confiança
safe-not-yours-tell-reason = Sim. Um adulto pode ajudar a travar a foto, sem que tu a mandes.
safe-not-yours-save = Guardá-la no meu telemóvel
safe-not-yours-save-reason = Não a guardes. Uma foto assim não deve estar no teu telemóvel.
safe-not-yours-report = Denunciar a publicação na app
safe-not-yours-report-reason = A app pode retirá-la. A pessoa da foto precisa disso.
safe-not-yours-ask-friend = Mandá-la a um amigo para saber o que fazer
safe-not-yours-ask-friend-reason = Não a mandes a ninguém, nem para pedir ajuda. Em vez disso, conta o que se passa.
safe-not-yours-kind = Tratar com bondade a pessoa da foto
safe-not-yours-kind-reason = Pode estar a sentir-se muito mal. A culpa não é dela.
safe-not-yours-laugh = Rir com os outros para fazer parte do grupo
safe-not-yours-laugh-reason = Rir magoa-a ainda mais. Podes ser quem trava isto.
