# Úrovne „Môžem to zdieľať?“.

bin-share = Môžem zdieľať
bin-private = Nechám si to
sort-hint = Potiahni kartu do škatule, alebo ťukni na škatuľu.
sort-card-count = Karta { $current } z { $total }
sort-card = Karta: { $text }
sort-right = Správne!
sort-wrong = Nie celkom.
sort-finish = Hotovo
sort-feedback = { $verdict } { $reason }
