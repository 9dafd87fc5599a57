# Os níveis «Posso partilhar?» (literacia digital).

bin-share = Posso partilhar
bin-private = Fica privado
sort-hint = Arrasta o cartão para uma caixa, ou toca numa caixa.
sort-card-count = Cartão { $current } de { $total }
sort-card = Cartão: { $text }
sort-right = Certo!
sort-wrong = Ainda não.
sort-finish = Terminar
sort-feedback = { $verdict } { $reason }
