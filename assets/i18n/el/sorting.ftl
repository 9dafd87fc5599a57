# Τα επίπεδα «Μπορώ να το μοιραστώ;».

bin-share = Εντάξει να μοιραστεί
bin-private = Κράτα το ιδιωτικό
sort-hint = Σύρε την κάρτα σε ένα κουτί ή πάτησε ένα κουτί.
sort-card-count = Κάρτα { $current } από { $total }
sort-card = Κάρτα: { $text }
sort-right = Σωστά!
sort-wrong = Όχι ακριβώς.
sort-finish = Τέλος
sort-feedback = { $verdict } { $reason }
