# I livelli «Si può condividere?».

bin-share = Si può condividere
bin-private = Tieni privato
sort-hint = Trascina la carta in una scatola, oppure tocca una scatola.
sort-card-count = Carta { $current } di { $total }
sort-card = Carta: { $text }
sort-right = Giusto!
sort-wrong = Non proprio.
sort-finish = Fine
sort-feedback = { $verdict } { $reason }
