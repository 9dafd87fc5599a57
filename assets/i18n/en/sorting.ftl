# The "Safe to share?" levels (digital literacy).

bin-share = OK to share
bin-private = Keep private
sort-hint = Drag the card into a box, or tap a box.
sort-card-count = Card { $current } of { $total }
# Accessible name of the card being sorted.
sort-card = Card: { $text }
sort-right = Right!
sort-wrong = Not quite.
sort-finish = Finish
# Verdict and reason after placing a card, e.g. "Right! A stranger could use it …"
sort-feedback = { $verdict } { $reason }
