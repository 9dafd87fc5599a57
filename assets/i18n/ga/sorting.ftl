# Na leibhéil “Sábháilte le roinnt?”.

bin-share = Ceart le roinnt
bin-private = Coinnigh príobháideach
sort-hint = Tarraing an cárta isteach i mbosca, nó tapáil bosca.
sort-card-count = Cárta { $current } as { $total }
sort-card = Cárta: { $text }
sort-right = Ceart!
sort-wrong = Ní hea go díreach.
sort-finish = Críochnaigh
sort-feedback = { $verdict } { $reason }
