# Ό,τι δείχνουν τα είδη επιπέδων ψηφιακού γραμματισμού γύρω από τα κείμενα του επιπέδου.

answer-next = Επόμενο
answer-right = Σωστά!
answer-wrong = Όχι ακριβώς.
answer-feedback = { $verdict } { $reason }

pick-screen = Τι θα έκανες;
pick-start = Διάβασε τι γίνεται και μετά πάτησε την καλύτερη απάντηση.
pick-progress = Ερώτηση { $current } από { $total }
pick-option-best = Καλύτερη απάντηση: { $text }
pick-option-not-best = Όχι η καλύτερη: { $text }

order-screen-steps = Βήματα
order-screen-rank = Κωδικοί
order-start = Πάτησε το βήμα που έρχεται πρώτο.
order-start-rank = Πάτησε πρώτα τον πιο αδύναμο κωδικό.
order-progress = { $placed } από { $total } στη σειρά
order-step-placed = { $number }. { $text }
order-done = { $last } Όλα είναι στη σειρά. Πάτησε Τέλος.

password-screen = Νέος κωδικός
password-empty = Πάτησε τις λέξεις από κάτω για να φτιάξεις έναν κωδικό.
password-shown = Κωδικός: { $password }
password-piece = Πρόσθεσε { $text }
password-remove = Αφαίρεσε το τελευταίο
password-clear = Ξεκίνα από την αρχή
password-pieces = { $count } { $count ->
        [one] κομμάτι
       *[other] κομμάτια
    } (τουλάχιστον { $min }, το πολύ { $max })
password-meter-empty = Δύναμη: τίποτα ακόμα
password-meter-pending = Δύναμη: γίνεται μέτρηση …
password-meter-unavailable = Ο μετρητής δύναμης δεν φόρτωσε. Έλεγξε τη σύνδεση και μετά άλλαξε τον κωδικό για να ξαναδοκιμάσεις.
password-meter = Δύναμη: { $score }. { $time }
password-personal = Προσοχή! { $reason }
password-build-empty = Ξεκίνα με μια λέξη. Διάλεξε λέξεις που δεν έχουν καμία σχέση με εσένα.
password-build-personal = Βγάλε το κομμάτι που λέει κάτι για σένα: όσοι σε ξέρουν θα μπορούσαν να το μαντέψουν.
password-build-short = Πρόσθεσε κι άλλες λέξεις: χρησιμοποίησε τουλάχιστον { $min }.
password-build-weak = Δεν είναι ακόμα αρκετά δυνατός. Πρόσθεσε μια λέξη ή άλλαξε μία. Στόχος: «{ $target }».
password-build-done = Δυνατός, μακρύς και τίποτα για σένα. Πάτησε Τέλος!
password-score-0 = Πολύ αδύναμος
password-score-1 = Αδύναμος
password-score-2 = Έτσι κι έτσι
password-score-3 = Δυνατός
password-score-4 = Πολύ δυνατός
password-time-instantly = Ένας υπολογιστής τον μαντεύει σε λιγότερο από ένα λεπτό.
password-time-minutes = Ένας υπολογιστής τον μαντεύει σε λίγα λεπτά.
password-time-hours = Ένας υπολογιστής τον μαντεύει σε λίγες ώρες.
password-time-days = Ένας υπολογιστής χρειάζεται μέρες για να τον μαντέψει.
password-time-years = Ένας υπολογιστής χρειάζεται χρόνια για να τον μαντέψει.
password-time-centuries = Ένας υπολογιστής χρειάζεται εκατοντάδες χρόνια για να τον μαντέψει.
password-meter-limited = Δύναμη: { $score }. { $limit }
password-limit-short = Πολύ μικρός για να είναι δυνατός. Κάν’ τον 15 γράμματα ή περισσότερα.
password-limit-few-words = Οι δυνατοί κωδικοί έχουν τουλάχιστον τρεις τυχαίες λέξεις.
password-limit-common-words = Αυτές οι λέξεις είναι πολύ συνηθισμένες. Άλλαξε μία με μια πιο σπάνια λέξη.

address-screen = Σύνδεσμος
address-claim = Αυτός ο σύνδεσμος λέει ότι πηγαίνει στο { $brand }.
address-start = Διάβασε τη διεύθυνση από το τέλος του ονόματός της, όχι από την αρχή.
address-find = Πάτησε το κομμάτι που δίνει το όνομα του ιστότοπου.
address-judge = Είναι ο ιστότοπος του { $brand };
address-yes = Ναι, είναι το { $brand }
address-no = Όχι, δεν είναι
address-part = Κομμάτι της διεύθυνσης: { $text }
address-progress = Σύνδεσμος { $current } από { $total }
address-found = Ναι! Αυτό το κομμάτι δίνει το όνομα του ιστότοπου: { $site }. Είναι το { $brand };
address-verdict-real = Αυτός ο σύνδεσμος πάει στο { $site }, τον πραγματικό ιστότοπο του { $brand }.
address-verdict-other = Αυτός ο σύνδεσμος πάει στο { $site }, όχι στο { $brand }. Το όνομα { $brand } κάπου αλλού μέσα του είναι μόνο μεταμφίεση.
address-verdict-lookalike = Κοίτα προσεκτικά: κάποια γράμματα είναι από άλλο αλφάβητο. Ο φυλλομετρητής διαβάζει { $real }, που δεν είναι το { $brand }.
address-part-scheme = Το «https://» σημαίνει μόνο ότι κανείς δεν μπορεί να κρυφακούσει στη διαδρομή. Δεν σου λέει ποιος έχει τον ιστότοπο.
address-part-user = Ο φυλλομετρητής δεν πάει σε ό,τι είναι πριν από το @. Οι απατεώνες βάζουν εκεί ένα γνωστό όνομα.
address-part-subdomain = Αυτό είναι μόνο ένα μπροστινό κομμάτι. Ο κάτοχος του ιστότοπου μπορεί να γράψει εδώ οποιαδήποτε λέξη, ακόμα και γνωστό όνομα.
address-part-site = Αυτό το κομμάτι δίνει το όνομα του ιστότοπου: η κατάληξη και το όνομα ακριβώς πριν. Σου λέει ποιος έχει τον ιστότοπο.
address-part-port = Αυτός ο αριθμός είναι μια πόρτα του ιστότοπου. Δεν σου λέει ποιος τον έχει.
address-part-path = Αυτό το κομμάτι έρχεται μετά το όνομα του ιστότοπου. Ο κάτοχος μπορεί να γράψει εδώ ό,τι θέλει.
address-part-query = Αυτό το κομμάτι έρχεται μετά το όνομα του ιστότοπου. Ο κάτοχος μπορεί να γράψει εδώ ό,τι θέλει.
address-part-fragment = Αυτό το κομμάτι απλώς πηγαίνει σε ένα σημείο της σελίδας. Δεν σου λέει ποιος έχει τον ιστότοπο.
address-shown = { $words } — στην πραγματικότητα πάει:
address-verdict-shown = Οι λέξεις πάνω του λένε ένα πράγμα, αλλά πάει στο { $site }, όχι στο { $brand }.
address-verdict-note = { $reason } { $note }
