# O mundo «Doca dos Aparelhos»: cuidar do tablet ou telemóvel, e de ti. Apps, empresas,
# números e endereços são inventados: ficam como estão. Sem números de telefone.

world-device-dock = Doca dos Aparelhos

## Nível 1: atualizações e pop-ups

level-device-update-title = Hora de atualizar
level-device-update-instruction = O teu tablet mostra uma mensagem. Escolhe a melhor coisa a fazer.
level-device-update-learned = As atualizações verdadeiras vêm das definições do tablet e mantêm-no seguro. Os pop-ups que te assustam são truques.
level-device-update-hint-1 = De onde vem a mensagem: do próprio tablet ou de uma página web?
level-device-update-hint-2 = As atualizações corrigem pontos fracos. Uma página web não consegue ver o interior do teu tablet.
level-device-update-hint-3 = Uma mensagem do próprio tablet é uma atualização verdadeira. Instalá-la mantém o tablet seguro.

device-update-system-prompt = O teu tablet diz: «Há uma atualização do sistema pronta. Instalar agora?»
device-update-system-ignore = Ignoro para sempre. As atualizações são chatas.
device-update-system-ignore-reason = As atualizações corrigem pontos fracos que software mau podia usar. Sem elas, o tablet fica menos seguro.
device-update-system-install = Instalo, ou peço ajuda a um adulto.
device-update-system-install-reason = Esta mensagem vem do próprio tablet. As atualizações mantêm-no seguro e a funcionar bem.
device-update-system-switch-off = Desligo o tablet para deixar de perguntar.
device-update-system-switch-off-reason = A atualização vai só perguntar outra vez mais tarde. Instalá-la é a maneira de manter o tablet seguro.

device-update-popup-prompt = Aparece uma página web: «O teu tablet tem 5 vírus! Descarrega já o CleanerPro!»
device-update-popup-download = Descarrego depressa o CleanerPro.
device-update-popup-download-reason = Isto é um truque. O que descarregas pode ser o próprio software mau.
device-update-popup-ok-button = Toco em «OK» no pop-up para ele desaparecer.
device-update-popup-ok-button-reason = Os botões de um pop-up falso podem começar uma transferência. Fecha antes a página toda.
device-update-popup-close = Fecho a página e conto a um adulto.
device-update-popup-close-reason = Uma página web não consegue ver o interior do tablet, por isso os vírus são inventados. Fechar a página é seguro.

device-update-battery-prompt = A atualização quer começar, mas a bateria está nos 5%.
device-update-battery-charge = Primeiro ligo o carregador, depois atualizo.
device-update-battery-charge-reason = Uma atualização precisa de energia até acabar. Com o carregador ligado, pode terminar em segurança.
device-update-battery-start = Começo já e peço a um adulto que fique a ver.
device-update-battery-start-reason = Ficar a ver não ajuda se a bateria acabar a meio: a atualização pode correr mal. Carrega primeiro.
device-update-battery-cancel = Cancelo e nunca mais atualizo.
device-update-battery-cancel-reason = A atualização continua a ser importante para a segurança do tablet. Carrega-o só primeiro.

## Nível 2: o que uma app de lanterna pode usar

device-bin-makes-sense = Faz sentido
device-bin-no-sense = Não faz sentido

level-device-permissions-title = A app de lanterna
level-device-permissions-instruction = Abres uma app de lanterna nova. Enquanto funciona, pede para usar estas coisas. Faz sentido?
level-device-permissions-learned = As apps pedem enquanto as usas. Toca em «Não permitir» para o que uma app não precisa. Podes mudar isso mais tarde nas Definições.
level-device-permissions-hint-1 = De que precisa uma app de lanterna para fazer o seu trabalho?
level-device-permissions-hint-2 = Uma lanterna só precisa de fazer luz. Tudo o resto não faz parte do trabalho dela.
level-device-permissions-hint-3 = Uma lanterna não tem nada a ver com os teus contactos.

device-permissions-camera-light = Ligar a luz ao lado da câmara
device-permissions-camera-light-reason = Essa luzinha é a lanterna. A app precisa dela para fazer o seu trabalho.
device-permissions-contacts = Aceder aos teus contactos
device-permissions-contacts-reason = Uma lanterna não precisa dos nomes e números dos teus amigos. Toca em «Não permitir».
device-permissions-location = Aceder à localização deste aparelho
device-permissions-location-reason = Uma lanterna funciona igual em todo o lado. Não precisa de saber onde estás.
device-permissions-screen-bright = Pôr o ecrã branco e muito claro
device-permissions-screen-bright-reason = Algumas lanternas iluminam o ecrã todo. Isso faz parte de ser uma lanterna.
device-permissions-microphone = Gravar áudio
device-permissions-microphone-reason = Uma lanterna não precisa de te ouvir. Toca em «Não permitir»: a lanterna continua a funcionar.
device-permissions-notifications = Enviar-te notificações
device-permissions-notifications-reason = Uma lanterna não tem nada para te dizer. As notificações seriam só anúncios ou lembretes para a abrires.
device-permissions-photos = Aceder a fotos e vídeos deste aparelho
device-permissions-photos-reason = As tuas fotos são privadas. Uma lanterna não precisa delas para fazer luz.

## Nível 3: um falso alarme de vírus

level-device-fake-virus-title = Alarme de vírus!
level-device-fake-virus-instruction = Toca em cada sinal de alerta nesta página web.
level-device-fake-virus-learned = Uma página web não consegue encontrar vírus no teu tablet. Fecha páginas assustadoras e conta a um adulto.
level-device-fake-virus-hint-1 = Começa por cima. De quem é esta página?
level-device-fake-virus-hint-2 = Os avisos falsos gritam, apressam-te e querem que descarregues ou ligues.
level-device-fake-virus-hint-3 = O grande aviso a piscar é um sinal de alerta. Há mais quatro na página.

device-fake-virus-address = tablet-safety-scan.example/alert
device-fake-virus-address-reason = Isto é uma página web qualquer, não o teu tablet. Uma página web não consegue procurar vírus no teu tablet.
device-fake-virus-warning = A piscar a vermelho: AVISO! 5 VÍRUS ENCONTRADOS!
device-fake-virus-warning-reason = Luzes a piscar e letras grandes querem assustar-te para deixares de pensar. Os vírus são inventados.
device-fake-virus-picture = Imagem: um tablet com um escudo azul
device-fake-virus-picture-reason = Uma imagem sozinha não é um sinal de alerta. Lê as palavras à volta.
device-fake-virus-countdown = Age em 60 segundos!
device-fake-virus-countdown-reason = O relógio quer que te apresses. Os burlões apressam-te para não perguntares a ninguém.
device-fake-virus-download = Descarrega CleanerPro.apk para limpar o tablet
device-fake-virus-download-reason = Isto pode ser software mau. Só instales apps da loja oficial, com um adulto.
device-fake-virus-phone = Ou liga já para a nossa linha de ajuda!
device-fake-virus-phone-reason = As marcas de tablets a sério não te pedem para ligar a partir de uma página web. Nunca ligues para um número assim.
device-fake-virus-menu = Ajuda · Sobre nós · Contacto
device-fake-virus-menu-reason = A maioria das páginas web tem links de menu. Sozinhos, não são um sinal de alerta.

## Nível 4: instalar uma app nova em segurança

level-device-install-app-title = Uma app nova
level-device-install-app-instruction = Queres um jogo novo, e um adulto disse que sim. Põe os passos pela ordem em que acontecem.
level-device-install-app-learned = Instala apps da loja oficial e vê primeiro a classificação etária e a Segurança dos dados. Depois de instalada, permite só o que a app precisa.
level-device-install-app-hint-1 = De onde vêm as apps seguras?
level-device-install-app-hint-2 = Só podes ler sobre uma app depois de a encontrares, e ela só te pode pedir coisas depois de instalada.
level-device-install-app-hint-3 = Começa na loja oficial de apps. A classificação etária e a Segurança dos dados estão na página da app.

device-install-app-store = Abrir a loja oficial de apps (Play Store).
device-install-app-store-reason = Faz isto primeiro. As apps da loja oficial são verificadas contra software perigoso. Apps de outros sítios podem escondê-lo.
device-install-app-read = Na página da app, ver a idade e a Segurança dos dados.
device-install-app-read-reason = A seguir. A classificação etária (PEGI na maior parte da Europa) diz para quem é a app. Na Segurança dos dados, quem a fez diz que dados recolhe e partilha.
device-install-app-install = Tocar em «Instalar».
device-install-app-install-reason = Agora instala-a, depois de leres a página. Antes disto, a app não te pode pedir nada.
device-install-app-say-no = Abrir a app. Permitir só o que ela precisa.
device-install-app-say-no-reason = As apps pedem enquanto as usas, não antes. Toca em «Não permitir» para o que ela não precisa. Podes mudar isso mais tarde nas Definições.
device-install-app-check = Já não a usas? Apaga-a.
device-install-app-check-reason = Faz isto no fim. Uma app que não usas continua a ocupar espaço e pode ainda ter os teus dados.

## Nível 5: equilíbrio

level-device-screen-time-title = Hora de uma pausa?
level-device-screen-time-instruction = Escolhe a melhor coisa a fazer por ti e pelo teu corpo.
level-device-screen-time-learned = Pausas, sono e amigos a sério importam mais do que qualquer prémio ou sequência de um jogo.
level-device-screen-time-hint-1 = Pensa nos teus olhos, no teu sono e no teu tempo.
level-device-screen-time-hint-2 = Os jogos e as apps tentam manter-te no ecrã. Tu decides quando parar.
level-device-screen-time-hint-3 = Para o baú: o sono importa mais do que qualquer prémio de um jogo.

device-screen-time-eyes-prompt = Estás a jogar há duas horas. Tens os olhos cansados.
device-screen-time-eyes-one-more = Peço a um adulto mais uma hora e depois descanso.
device-screen-time-eyes-one-more-reason = Olhos cansados precisam de descanso agora, não daqui a uma hora, mesmo que um adulto diga que sim. Ouve o teu corpo.
device-screen-time-eyes-break = Faço uma pausa: olho para longe e mexo-me.
device-screen-time-eyes-break-reason = Olhar para longe descansa os olhos, e mexer-te faz bem ao corpo.
device-screen-time-eyes-brighter = Ponho o ecrã mais claro e continuo.
device-screen-time-eyes-brighter-reason = Um ecrã mais claro não ajuda olhos cansados. Precisam de uma pausa longe do ecrã.

device-screen-time-chest-prompt = Um jogo diz: «Volta daqui a 10 minutos para ganhares um baú grátis!» É hora de dormir.
device-screen-time-chest-stay-up = Fico mais 10 minutos sem dormir pelo baú.
device-screen-time-chest-stay-up-reason = Os jogos usam pequenos prémios para continuares a jogar. Dez minutos muitas vezes tornam-se mais.
device-screen-time-chest-alarm = Ponho um alarme para me levantar à noite.
device-screen-time-chest-alarm-reason = Acordar por causa de um jogo estraga o teu sono. Amanhã vais estar com sono.
device-screen-time-chest-sleep = Vou dormir. O baú pode esperar.
device-screen-time-chest-sleep-reason = O sono ajuda-te a crescer, aprender e sentir-te bem. Um prémio de um jogo nunca vale perder sono.

device-screen-time-streak-prompt = Um amigo quer que mantenhas uma sequência de chat todos os dias. Hoje tens muito que fazer.
device-screen-time-streak-tell = Digo: «Hoje não dá, falamos em breve!»
device-screen-time-streak-tell-reason = Um amigo a sério percebe. As apps usam sequências para te fazer voltar, mas a amizade não precisa delas.
device-screen-time-streak-homework = Paro os trabalhos de casa pela sequência.
device-screen-time-streak-homework-reason = Os teus trabalhos de casa importam mais do que um número numa app. A sequência não vale o stress.
device-screen-time-streak-password = Dou a palavra-passe ao meu amigo para a manter.
device-screen-time-streak-password-reason = Nunca partilhes a tua palavra-passe, nem com um bom amigo. É a chave da tua conta.
