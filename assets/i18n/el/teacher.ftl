# Η σελίδα εκπαιδευτικών. Απευθύνεται στον εκπαιδευτικό στον πληθυντικό ευγενείας.

teacher-page-title = Byte Bridge για εκπαιδευτικούς
teacher-title = Byte Bridge για εκπαιδευτικούς
teacher-tagline = Δώστε επίπεδα στην τάξη σας, συγκεντρώστε τα αποτελέσματα, δείτε ποιος χρειάζεται βοήθεια.
teacher-skip = Μετάβαση στο περιεχόμενο της σελίδας
teacher-language = Γλώσσα

## Βοήθεια
teacher-help = Βοήθεια: πού πηγαίνουν τα δεδομένα της τάξης;
teacher-help-local = Ό,τι υπάρχει σε αυτή τη σελίδα μένει σε αυτόν τον φυλλομετρητή, σε αυτή τη συσκευή. Δεν υπάρχουν λογαριασμοί ούτε διακομιστής: τίποτα δεν στέλνεται πουθενά.
teacher-help-files = Τα αποτελέσματα έρχονται από τα τάμπλετ των μαθητών, ως αρχεία ή κωδικοί QR. Φέρτε τα αρχεία στην ενότητα «Συλλογή αποτελεσμάτων» ή σαρώστε τους κωδικούς με την κάμερα αυτής της συσκευής.
teacher-help-signing = Με την επιλογή «Υπογραφή αρχείων μαθητών με κλειδί τάξης», τα τάμπλετ υπογράφουν κάθε αρχείο αποτελεσμάτων και κάθε κωδικό QR. Ένα αρχείο που αλλάχτηκε μετά σημειώνεται εδώ και δεν μετράει· όταν τα αρχεία ενός μαθητή έχουν υπογραφεί, δεν μετράνε ούτε τα αρχεία και οι κωδικοί του χωρίς έγκυρη υπογραφή. Το κλειδί φυλάσσεται στα τάμπλετ, οπότε αυτό εντοπίζει αλλαγμένα αρχεία, όχι κάποιον που αντιγράφει το κλειδί από ένα τάμπλετ και υπογράφει επινοημένα αποτελέσματα.
teacher-help-notes = Τα πραγματικά ονόματα που γράφετε δίπλα σε ένα όνομα παιχνιδιού μένουν σε αυτόν τον φυλλομετρητή. Βγαίνουν μόνο αν επιλέξετε «Συμπερίληψη πραγματικών ονομάτων» και μετά κατεβάσετε το CSV ή εκτυπώσετε την προβολή της τάξης.
teacher-help-backup = Αν διαγράψετε τα δεδομένα αυτού του φυλλομετρητή, διαγράφονται και τα δεδομένα της τάξης. Κατεβάζετε κατά διαστήματα το CSV για να κρατάτε αντίγραφο.
teacher-help-insecure = Αυτή η σελίδα δεν σερβίρεται μέσω HTTPS, οπότε δεν λειτουργεί εκτός σύνδεσης και δεν μπορεί να χρησιμοποιήσει την κάμερα. Τα αρχεία αποτελεσμάτων λειτουργούν πάντα.

## Ειδοποιήσεις
teacher-dismiss = OK
teacher-storage-full = Ο χώρος αυτού του φυλλομετρητή γέμισε, οπότε οι τελευταίες σας αλλαγές δεν αποθηκεύτηκαν. Κατεβάστε τώρα το CSV και μετά αφαιρέστε παλιούς συνδέσμους ή διαγράψτε παλιά δεδομένα τάξης.
teacher-storage-blocked = Αυτός ο φυλλομετρητής δεν επιτρέπει στη σελίδα να αποθηκεύσει τίποτα (ιδιωτική περιήγηση ή κάποια ρύθμιση). Όλα χάνονται όταν κλείσετε την καρτέλα, οπότε κατεβάστε πρώτα το CSV.
teacher-error-action = Κάτι πήγε στραβά. Φορτώστε ξανά τη σελίδα και δοκιμάστε πάλι· ό,τι έχει ήδη αποθηκευτεί μένει.
teacher-error-start = Η σελίδα εκπαιδευτικών δεν μπόρεσε να ξεκινήσει. Φορτώστε την ξανά. Αν συνεχίσει, δοκιμάστε ενημερωμένο Chrome, Edge ή Firefox.
teacher-update-ready = Μια νέα έκδοση του Byte Bridge είναι έτοιμη.
teacher-update = Φόρτωση ξανά τώρα

## Δώστε επίπεδα σε μια τάξη
teacher-assign-title = Δώστε επίπεδα σε μια τάξη
teacher-assign-intro = Επιλέξτε τα επίπεδα και μετά δημιουργήστε έναν σύνδεσμο. Οι μαθητές ανοίγουν τον σύνδεσμο στα τάμπλετ ή σαρώνουν τον κωδικό QR του και βρίσκουν τα επίπεδα ως σημερινή αποστολή.
teacher-class-name = Όνομα τάξης
teacher-class-name-hint = Για παράδειγμα Δ2. Το όνομα ταξιδεύει με τον σύνδεσμο στα τάμπλετ, οπότε μη χρησιμοποιείτε όνομα μαθητή.
teacher-levels = Επίπεδα
teacher-band-filter = Ηλικιακή ομάδα
teacher-band-all = Όλες οι ηλικίες
teacher-competence-filter = Ικανότητα DigComp 2.2
teacher-competence-all = Όλες οι ικανότητες
teacher-competence-option = { $id } { $title }
teacher-digcomp3-filter = Ικανότητα DigComp 3.0
teacher-digcomp3-all = Όλες οι ικανότητες
teacher-level-digcomp = DigComp 2.2: { $ids }
teacher-level-digcomp3 = DigComp 3.0: { $ids }
teacher-whole-world = Όλο το «{ $world }»
teacher-no-levels = Κανένα επίπεδο δεν ταιριάζει σε αυτά τα φίλτρα.
teacher-levels-selected = { $count ->
        [0] Δεν έχει επιλεγεί ακόμα κανένα επίπεδο.
        [one] Επιλέχθηκε { $count } επίπεδο.
       *[other] Επιλέχθηκαν { $count } επίπεδα.
    }
teacher-select-none = Καθαρισμός επιλογής
teacher-lock = Κλείδωμα των άλλων επιπέδων
teacher-lock-hint = Οι μαθητές μπορούν να παίζουν μόνο αυτά τα επίπεδα όσο αυτή η αποστολή είναι στο τάμπλετ τους.
teacher-sign = Υπογραφή αρχείων μαθητών με κλειδί τάξης
teacher-sign-hint = Ένα αρχείο αποτελεσμάτων ή ένας κωδικός QR που αλλάχτηκε αφού το αποθήκευσε το τάμπλετ σημειώνεται και δεν μετράει. Το κλειδί φυλάσσεται στα τάμπλετ, οπότε όποιος το αντιγράψει από ένα τάμπλετ μπορεί να υπογράψει επινοημένα αποτελέσματα.
teacher-create = Δημιουργία συνδέσμου

## Ο σύνδεσμος
teacher-link-ready = Ο σύνδεσμος για την τάξη σας
teacher-link = Σύνδεσμος
teacher-copy = Αντιγραφή συνδέσμου
teacher-copied = Ο σύνδεσμος αντιγράφηκε.
teacher-copy-manual = Ο σύνδεσμος είναι επιλεγμένος. Αντιγράψτε τον με την εντολή αντιγραφής της συσκευής σας.
teacher-qr-label = Κωδικός QR του συνδέσμου για { $name }
teacher-qr-caption = Οι μαθητές σαρώνουν αυτόν τον κωδικό με την κάμερα του τάμπλετ για να ανοίξουν την αποστολή.
teacher-print-sheet = Εκτύπωση φύλλου
teacher-earlier-title = Προηγούμενοι σύνδεσμοι
teacher-assignment-meta = { $count ->
        [one] { $count } επίπεδο
       *[other] { $count } επίπεδα
    }, δημιουργήθηκε { $date }
teacher-assignment-levels = { $count ->
        [one] Εμφάνιση του επιπέδου
       *[other] Εμφάνιση και των { $count } επιπέδων
    }
teacher-assignment-locked = άλλα επίπεδα κλειδωμένα
teacher-assignment-signed = αρχεία υπογεγραμμένα
teacher-assignment-unsigned = αρχεία χωρίς υπογραφή
teacher-show-qr = Εμφάνιση κωδικού QR
teacher-hide-qr = Απόκρυψη κωδικού QR
teacher-remove = Αφαίρεση συνδέσμου
teacher-remove-confirm = Να αφαιρεθεί από αυτή τη σελίδα ο σύνδεσμος για «{ $name }»;
teacher-remove-yes = Ναι, αφαίρεση
teacher-cancel = Ακύρωση
teacher-assignment-option = { $name } ({ $date })

## Το τυπωμένο φύλλο για τους μαθητές
teacher-sheet-title = Η σημερινή αποστολή
teacher-sheet-how = Σάρωσε τον κωδικό με την κάμερα του τάμπλετ ή γράψε τον παρακάτω σύνδεσμο στον φυλλομετρητή.
teacher-sheet-levels = Τα σημερινά επίπεδα

## Συλλογή αποτελεσμάτων
teacher-collect-title = Συλλογή αποτελεσμάτων
teacher-collect-intro = Φέρτε τα αρχεία αποτελεσμάτων των μαθητών, όσα θέλετε μαζί, ή σαρώστε τους κωδικούς QR στα τάμπλετ τους.
teacher-drop-hint = Αφήστε εδώ τα αρχεία των μαθητών
teacher-files-label = Αρχεία αποτελεσμάτων μαθητών
teacher-choose-files = Επιλογή αρχείων
teacher-results-title = Εισήχθησαν
teacher-results-empty = Δεν έχουν εισαχθεί ακόμα αρχεία.
teacher-results-clear = Καθαρισμός λίστας
teacher-file-altered = Προσοχή: αυτό το αρχείο αλλάχτηκε αφού το αποθήκευσε το τάμπλετ.
teacher-file-failed = Δεν εισήχθη:
teacher-file-unreadable = Το { $file } δεν διαβάζεται. Δοκιμάστε ξανά ή αποθηκεύστε το ξανά στο τάμπλετ.
teacher-code-unreadable = Αυτός ο κωδικός QR δεν διαβάζεται. Δοκιμάστε ξανά.
teacher-status-signed = υπογεγραμμένο
teacher-status-unsigned = μη ελεγμένο
teacher-status-summary = από κωδικό QR
teacher-scan-title = Σάρωση κωδικών QR
teacher-scan-intro = Στρέψτε την κάμερα στον κωδικό αποτελεσμάτων ενός μαθητή. Συνεχίζει να ψάχνει τον επόμενο ώσπου να τη σταματήσετε.
teacher-scan = Σάρωση κωδικού QR
teacher-stop-camera = Διακοπή κάμερας
teacher-camera-label = Εικόνα κάμερας
teacher-camera-starting = Η κάμερα ξεκινά…
teacher-camera-looking = Αναζήτηση κωδικού QR…
teacher-camera-next = Έγινε. Δείξτε τον επόμενο κωδικό.
teacher-camera-stopped = Η κάμερα είναι κλειστή.
teacher-camera-unavailable = Η κάμερα δεν μπορεί να χρησιμοποιηθεί εδώ: δεν υπάρχει, δεν δόθηκε άδεια ή η σελίδα δεν σερβίρεται μέσω HTTPS. Τα αρχεία αποτελεσμάτων λειτουργούν πάντα.
teacher-scanner-unavailable = Ο αναγνώστης κωδικών QR δεν φόρτωσε. Συνδεθείτε μία φορά στο διαδίκτυο και δοκιμάστε ξανά. Τα αρχεία αποτελεσμάτων λειτουργούν πάντα.

## Η τάξη σας
teacher-class-title = Η τάξη σας
teacher-show-assignment = Εμφάνιση
teacher-all-levels = Όλα τα επίπεδα
teacher-no-pupils = Δεν υπάρχουν ακόμα αποτελέσματα. Συγκεντρώστε παραπάνω τα αρχεία ή τους κωδικούς των μαθητών.
teacher-note-hint = Τα πραγματικά ονόματα μένουν μόνο σε αυτή τη συσκευή. Οι λήψεις δεν τα περιέχουν, εκτός αν επιλέξετε «Συμπερίληψη πραγματικών ονομάτων».
teacher-note-label = Πραγματικό όνομα
teacher-note-for = Πραγματικό όνομα για «{ $name }»
teacher-grid-caption = { $count ->
        [one] { $count } μαθητής, όλα τα επίπεδα
       *[other] { $count } μαθητές, όλα τα επίπεδα
    }
teacher-grid-caption-class = { $count ->
        [one] { $name }: { $count } μαθητής
       *[other] { $name }: { $count } μαθητές
    }
teacher-pupil = Μαθητής
teacher-pupil-altered = Αλλαγμένο αρχείο
teacher-cell-empty = δεν παίχτηκε
teacher-cell-detail = { $attempts ->
        [one] { $attempts } προσπάθεια
       *[other] { $attempts } προσπάθειες
    } · { $time }{ $hints ->
        [0] {""}
        [one] {" "}· { $hints } υπόδειξη
       *[other] {" "}· { $hints } υποδείξεις
    }
teacher-forget = Αφαίρεση μαθητή
teacher-forget-pupil = Αφαίρεση του μαθητή { $name }
teacher-forget-confirm = Να αφαιρεθεί ο μαθητής «{ $name }» και όλα τα αποτελέσματά του από αυτή τη σελίδα;
teacher-forget-yes = Ναι, αφαίρεση
teacher-forgotten = Ο μαθητής «{ $name }» αφαιρέθηκε.

## Ένας μαθητής σε ένα επίπεδο
teacher-cell-title = { $pupil }: { $level }
teacher-close = Κλείσιμο
teacher-no-attempts = Δεν υπάρχουν ακόμα προσπάθειες.
teacher-attempt-title = Προσπάθεια { $number }, { $when }
teacher-attempt-stars = Αστέρια
teacher-stars-count = { $count ->
        [one] { $count } αστέρι
       *[other] { $count } αστέρια
    }
teacher-attempt-outcome = Αποτέλεσμα
teacher-attempt-time = Χρόνος
teacher-attempt-hints = Υποδείξεις
teacher-attempt-mistakes = Λάθη
teacher-program-main = Κύριο πρόγραμμα
teacher-program-p1 = Βοηθός 1
teacher-program-p2 = Βοηθός 2
teacher-program-empty = (κενό)
teacher-tile-else = αλλιώς
teacher-code = Ως κώδικας
teacher-code-note = Το ίδιο πρόγραμμα ως κείμενο, σε μια γλώσσα σαν την Python. Οι μαθητές το βλέπουν στο παιχνίδι με το «Δείξε ως κώδικα».
teacher-answers = Απαντήσεις

## Ανά επίπεδο
teacher-summary-title = Ανά επίπεδο
teacher-summary-caption = Πώς πήγε κάθε επίπεδο
teacher-summary-level = Επίπεδο
teacher-summary-played = Έπαιξαν
teacher-summary-finished = Τελείωσαν
teacher-summary-stuck = Κόλλησαν
teacher-summary-mean = Μέσος όρος προσπαθειών
teacher-summary-common = Πιο συχνά προβλήματα
teacher-problem-count = { $text } × { $count }

## Λήψη, εκτύπωση, διαγραφή
teacher-export-title = Λήψη, εκτύπωση, διαγραφή
teacher-include-notes = Συμπερίληψη πραγματικών ονομάτων
teacher-include-notes-hint = Επιλέξτε το μόνο για αρχείο ή εκτύπωση που μένει σε εσάς, για παράδειγμα για τα δικά σας αρχεία.
teacher-download-csv = Λήψη CSV
teacher-download-xapi = Λήψη xAPI (JSON)
teacher-print-class = Εκτύπωση προβολής τάξης
teacher-clear = Διαγραφή δεδομένων τάξης
teacher-clear-confirm = Να διαγραφούν από αυτόν τον φυλλομετρητή όλοι οι μαθητές, τα αποτελέσματα, τα πραγματικά ονόματα και οι σύνδεσμοι; Δεν αναιρείται. Κατεβάστε πρώτα το CSV αν θέλετε να κρατήσετε τα αποτελέσματα.
teacher-clear-yes = Ναι, διαγραφή όλων
teacher-cleared = Τα δεδομένα της τάξης διαγράφηκαν.
teacher-language-unavailable = Δεν ήταν δυνατή η λήψη της γλώσσας { $language }: αυτός ο φυλλομετρητής δεν την έχει ακόμα. Συνδεθείτε στο ίντερνετ και επιλέξτε την ξανά.
