# O que os níveis de literacia digital mostram à volta dos seus textos: escolher a resposta,
# pôr os passos por ordem, construir uma palavra-passe e ler um endereço.

answer-next = Seguinte
answer-right = Certo!
answer-wrong = Ainda não.
answer-feedback = { $verdict } { $reason }

pick-screen = O que farias?
pick-start = Lê o que acontece e depois toca na melhor resposta.
pick-progress = Pergunta { $current } de { $total }
pick-option-best = Melhor resposta: { $text }
pick-option-not-best = Não é a melhor: { $text }

order-screen-steps = Passos
order-screen-rank = Palavras-passe
order-start = Toca no passo que vem primeiro.
order-start-rank = Toca primeiro na palavra-passe mais fraca.
order-progress = { $placed } de { $total } por ordem
order-step-placed = { $number }. { $text }
order-done = { $last } Está tudo por ordem. Toca em «Terminar».

password-screen = Nova palavra-passe
password-empty = Toca nas palavras em baixo para construíres uma palavra-passe.
password-shown = Palavra-passe: { $password }
password-piece = Juntar { $text }
password-remove = Tirar a última
password-clear = Começar de novo
password-pieces = { $count } { $count ->
        [one] peça
        [many] de peças
       *[other] peças
    } (no mínimo { $min }, no máximo { $max })
password-meter-empty = Força: ainda nada
password-meter-pending = Força: a medir …
password-meter-unavailable = O medidor de força não carregou. Verifica a ligação e depois muda a palavra-passe para tentar outra vez.
password-meter = Força: { $score }. { $time }
password-personal = Cuidado! { $reason }
password-build-empty = Começa com uma palavra. Escolhe palavras que não tenham nada a ver contigo.
password-build-personal = Tira a peça que fala de ti: quem te conhece podia adivinhá-la.
password-build-short = Junta mais palavras: usa pelo menos { $min }.
password-build-weak = Ainda não é forte que chegue. Junta outra palavra, ou troca uma. Tenta chegar a «{ $target }».
password-build-done = Forte, comprida e sem nada sobre ti. Toca em «Terminar»!
password-score-0 = Muito fraca
password-score-1 = Fraca
password-score-2 = Mais ou menos
password-score-3 = Forte
password-score-4 = Muito forte
password-time-instantly = Um computador adivinha-a em menos de um minuto.
password-time-minutes = Um computador adivinha-a em minutos.
password-time-hours = Um computador adivinha-a em horas.
password-time-days = Um computador precisa de dias para a adivinhar.
password-time-years = Um computador precisa de anos para a adivinhar.
password-time-centuries = Um computador precisa de centenas de anos para a adivinhar.
password-meter-limited = Força: { $score }. { $limit }
password-limit-short = Demasiado curta para ser forte. Faz com que tenha 15 letras ou mais.
password-limit-few-words = As palavras-passe fortes têm pelo menos três palavras ao acaso.
password-limit-common-words = Estas palavras são muito comuns. Troca uma por uma palavra mais rara.

address-screen = Link
address-claim = Este link diz que vai para { $brand }.
address-start = Lê o endereço a partir do fim do nome, não do início.
address-find = Toca na parte que dá o nome ao site.
address-judge = Este é o site de { $brand }?
address-yes = Sim, é { $brand }
address-no = Não, não é
address-part = Parte do endereço: { $text }
address-progress = Link { $current } de { $total }
address-found = Sim! Esta parte dá o nome ao site: { $site }. É { $brand }?
address-verdict-real = Este link vai para { $site }, o verdadeiro site de { $brand }.
address-verdict-other = Este link vai para { $site }, não para { $brand }. O nome { $brand } noutro sítio do link é só um disfarce.
address-verdict-lookalike = Olha com atenção: algumas letras vêm de outro alfabeto. O navegador lê { $real }, que não é { $brand }.
address-part-scheme = «https://» só quer dizer que ninguém pode escutar pelo caminho. Não te diz quem gere o site.
address-part-user = O navegador não vai para o que está antes de um @. Os burlões põem ali um nome famoso.
address-part-subdomain = Isto é só uma parte da frente. O dono do site pode escrever aqui qualquer palavra, até um nome famoso.
address-part-site = Esta parte dá o nome ao site: a terminação e o nome mesmo antes dela. Diz-te quem gere o site.
address-part-port = Este número é uma porta para dentro do site. Não te diz quem o gere.
address-part-path = Esta parte vem depois do nome do site. O dono pode escrever aqui o que quiser.
address-part-query = Esta parte vem depois do nome do site. O dono pode escrever aqui o que quiser.
address-part-fragment = Esta parte só salta para um sítio da página. Não te diz quem gere o site.
address-shown = { $words } — na verdade vai para:
address-verdict-shown = As palavras dizem uma coisa, mas o link vai para { $site }, não para { $brand }.
address-verdict-note = { $reason } { $note }
