# Η σελίδα εκπαιδευτικών. Απευθύνεται στον εκπαιδευτικό στον πληθυντικό ευγενείας.

teacher-page-title = Byte Bridge για εκπαιδευτικούς
teacher-title = Byte Bridge για εκπαιδευτικούς
teacher-tagline = Δώστε επίπεδα στην τάξη σας, συγκεντρώστε τα αποτελέσματα, δείτε ποιος χρειάζεται βοήθεια.
teacher-skip = Μετάβαση στο περιεχόμενο της σελίδας
teacher-language = Γλώσσα

## Βοήθεια
teacher-help = Βοήθεια: πού πηγαίνουν τα δεδομένα της τάξης;
teacher-help-local = Ό,τι υπάρχει σε αυτή τη σελίδα μένει σε αυτόν τον φυλλομετρητή, σε αυτή τη συσκευή. Δεν υπάρχουν λογαριασμοί ούτε διακομιστής: τίποτα δεν στέλνεται πουθενά, εκτός αν ορίσετε αποθετήριο στην ενότητα «Αποστολή σε αποθετήριο μαθησιακών δεδομένων».
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

## Αποστολή σε αποθετήριο μαθησιακών δεδομένων (LRS)
teacher-lrs-title = Αποστολή σε αποθετήριο μαθησιακών δεδομένων
teacher-lrs-intro = Αν το σχολείο σας ή το υπουργείο συγκεντρώνει αποτελέσματα σε αποθετήριο μαθησιακών δεδομένων (Learning Record Store, LRS), εισαγάγετε εδώ τη διεύθυνση xAPI, το κλειδί και το μυστικό του. Κάθε αποτέλεσμα που φέρνετε στέλνεται τότε εκεί αυτόματα, και το καθένα μόνο μία φορά. Η διεύθυνση, το κλειδί και το μυστικό μένουν σε αυτόν τον φυλλομετρητή: τα τάμπλετ των μαθητών δεν τα παίρνουν ποτέ.
teacher-lrs-endpoint = Διεύθυνση xAPI (endpoint)
teacher-lrs-key = Κλειδί (όνομα χρήστη)
teacher-lrs-secret = Μυστικό (κωδικός πρόσβασης)
teacher-lrs-secret-kept = Αφήστε το κενό για να κρατήσετε το μυστικό που είχε αποθηκευτεί για αυτή τη διεύθυνση και αυτό το κλειδί.
teacher-lrs-save = Αποθήκευση και αποστολή
teacher-lrs-forget = Αφαίρεση αποθετηρίου
teacher-lrs-retry = Νέα προσπάθεια τώρα
teacher-lrs-off = Δεν έχει οριστεί αποθετήριο μαθησιακών δεδομένων. Τα αποτελέσματα μένουν σε αυτόν τον φυλλομετρητή και στις λήψεις σας.
teacher-lrs-done = { $sent ->
        [one] Το αποτέλεσμα βρίσκεται στο αποθετήριο μαθησιακών δεδομένων.
       *[other] Και τα { $sent } αποτελέσματα βρίσκονται στο αποθετήριο μαθησιακών δεδομένων.
    }
teacher-lrs-sending = { $waiting ->
        [one] Αποστολή: ένα αποτέλεσμα περιμένει.
       *[other] Αποστολή: { $waiting } αποτελέσματα περιμένουν.
    }
teacher-lrs-waiting-offline = { $waiting ->
        [one] Ένα αποτέλεσμα περιμένει: το αποθετήριο μαθησιακών δεδομένων δεν είναι προσβάσιμο. Νέα προσπάθεια σε { $seconds } δευτ. Αν αυτό συνεχιστεί, ζητήστε από όποιον διαχειρίζεται το αποθετήριο μαθησιακών δεδομένων να επιτρέψει τη διεύθυνση αυτής της σελίδας.
       *[other] { $waiting } αποτελέσματα περιμένουν: το αποθετήριο μαθησιακών δεδομένων δεν είναι προσβάσιμο. Νέα προσπάθεια σε { $seconds } δευτ. Αν αυτό συνεχιστεί, ζητήστε από όποιον διαχειρίζεται το αποθετήριο μαθησιακών δεδομένων να επιτρέψει τη διεύθυνση αυτής της σελίδας.
    }
teacher-lrs-waiting-error = { $waiting ->
        [one] Ένα αποτέλεσμα περιμένει: το αποθετήριο μαθησιακών δεδομένων απάντησε με σφάλμα { $status }. Νέα προσπάθεια σε { $seconds } δευτ.
       *[other] { $waiting } αποτελέσματα περιμένουν: το αποθετήριο μαθησιακών δεδομένων απάντησε με σφάλμα { $status }. Νέα προσπάθεια σε { $seconds } δευτ.
    }
teacher-lrs-stopped-key = Η αποστολή σταμάτησε: το αποθετήριο μαθησιακών δεδομένων δεν δέχεται αυτό το κλειδί και το μυστικό. Ελέγξτε τα και αποθηκεύστε ξανά.
teacher-lrs-stopped-forbidden = Η αποστολή σταμάτησε: αυτό το κλειδί δεν επιτρέπεται να προσθέτει αποτελέσματα στο αποθετήριο μαθησιακών δεδομένων. Ζητήστε από όποιον το διαχειρίζεται ένα κλειδί που μπορεί να γράφει δηλώσεις xAPI (statements).
teacher-lrs-stopped-address = Η αποστολή σταμάτησε: αυτή η διεύθυνση δεν απαντά όπως ένα αποθετήριο μαθησιακών δεδομένων (απάντηση { $status }). Ελέγξτε τη διεύθυνση xAPI.
teacher-lrs-refused = { $refused ->
        [one] Το αποθετήριο μαθησιακών δεδομένων απέρριψε ένα αποτέλεσμα. Μπαίνει στην άκρη και δεν θα σταλεί ξανά.
       *[other] Το αποθετήριο μαθησιακών δεδομένων απέρριψε { $refused } αποτελέσματα. Μπαίνουν στην άκρη και δεν θα σταλούν ξανά.
    }
teacher-lrs-load-damaged = Οι ρυθμίσεις του αποθετηρίου μαθησιακών δεδομένων που είναι αποθηκευμένες σε αυτόν τον φυλλομετρητή δεν διαβάζονται. Εισαγάγετέ τις ξανά: τα αποτελέσματα που έχει ήδη το αποθετήριο δεν θα αποθηκευτούν δύο φορές.
teacher-lrs-load-newer = Οι ρυθμίσεις του αποθετηρίου μαθησιακών δεδομένων αποθηκεύτηκαν από νεότερη έκδοση αυτής της σελίδας. Φορτώστε ξανά τη σελίδα για να πάρετε τη νέα έκδοση· μέχρι τότε δεν στέλνεται τίποτα.
teacher-lrs-error-no-address = Εισαγάγετε τη διεύθυνση xAPI του αποθετηρίου μαθησιακών δεδομένων.
teacher-lrs-error-address = Αυτή δεν είναι διεύθυνση ιστού αποθετηρίου μαθησιακών δεδομένων. Πρέπει να μοιάζει με https://lrs.example.org/xAPI/, χωρίς ? ή #.
teacher-lrs-error-insecure = Η διεύθυνση πρέπει να αρχίζει με https://, ώστε το κλειδί και τα αποτελέσματα να ταξιδεύουν κρυπτογραφημένα.
teacher-lrs-error-credentials-in-address = Βάλτε το κλειδί και το μυστικό στα δικά τους πεδία, όχι στη διεύθυνση.
teacher-lrs-error-no-key = Εισαγάγετε το κλειδί και το μυστικό που σας έδωσε το αποθετήριο μαθησιακών δεδομένων.
teacher-lrs-error-bad-key = Το κλειδί δεν πρέπει να περιέχει ":". Το κλειδί και το μυστικό δεν πρέπει να περιέχουν αλλαγές γραμμής.
teacher-lrs-error-too-long = Η διεύθυνση, το κλειδί ή το μυστικό είναι πολύ μεγάλο (έως 500 χαρακτήρες το καθένα).
teacher-lrs-forgotten = Η διεύθυνση, το κλειδί και το μυστικό του αποθετηρίου μαθησιακών δεδομένων αφαιρέθηκαν από αυτόν τον φυλλομετρητή.
teacher-lrs-empty = Δεν υπάρχει ακόμα τίποτα για αποστολή. Τα αποτελέσματα που φέρνετε στέλνονται αυτόματα στο αποθετήριο μαθησιακών δεδομένων.

## Levels you make: what the checks say (src/core/level/made.rs, web/teacher/src/made.rs)
made-field-title = Τίτλος
made-field-task = Εργασία
made-field-learned = «Τι έμαθαν οι μαθητές»
made-field-hint = Υπόδειξη
made-field-box = Κουτί
made-field-card = Κάρτα
made-field-prompt = Κατάσταση
made-field-reply = Απάντηση
made-field-part = Γραμμή του μηνύματος
made-field-reason = Αιτιολόγηση
made-problem-damaged = Αυτό δεν είναι επίπεδο που φτιάχτηκε σε αυτή τη σελίδα ή είναι χαλασμένο.
made-problem-newer = Αυτό το επίπεδο φτιάχτηκε σε νεότερη έκδοση αυτής της σελίδας. Φορτώστε ξανά τη σελίδα για να πάρετε τη νέα έκδοση.
made-problem-language = Αυτή η σελίδα δεν γνωρίζει τη γλώσσα του επιπέδου.
made-problem-missing = { $field }: συμπληρώστε αυτό το πεδίο.
made-problem-too-long = { $field }: συντομεύστε το κείμενο (έως { $max } { $max ->
        [one] χαρακτήρας
       *[other] χαρακτήρες
    }).
made-problem-undrawable = { $field }: κάποιοι χαρακτήρες δεν μπορούν να εμφανιστούν στα τάμπλετ: { $chars }. Χρησιμοποιήστε γράμματα, ψηφία και συνηθισμένα σημεία στίξης (χωρίς emoji).
made-problem-hints = Ένα επίπεδο χρειάζεται τρεις υποδείξεις: ένα μικρό σπρώξιμο, την ιδέα και μετά ένα μέρος της απάντησης.
made-problem-count = { $field }: ο αριθμός είναι πολύ μικρός ή πολύ μεγάλος (έως { $max }).
made-problem-one-right = Σημειώστε ακριβώς μία απάντηση ως τη σωστή.
made-problem-box-unused = Κάθε κουτί χρειάζεται τουλάχιστον μία κάρτα που ανήκει σε αυτό.
made-problem-flags = Σημειώστε τουλάχιστον μία γραμμή ως προειδοποιητικό σημάδι και αφήστε τουλάχιστον μία γραμμή χωρίς προειδοποιητικό σημάδι.
made-problem-board-size = Το ταμπλό πρέπει να έχει πλάτος από 2 έως { $max } { $max ->
        [one] τετράγωνο
       *[other] τετράγωνα
    } και ύψος από 1 έως { $max }.
made-problem-board-start = Βάλτε ακριβώς ένα τετράγωνο εκκίνησης στο ταμπλό.
made-problem-board-goal = Βάλτε μια σημαία ή τουλάχιστον μία λάμπα στο ταμπλό.
made-problem-board = Το ταμπλό παραβιάζει έναν κανόνα του παιχνιδιού. Ελέγξτε τα τετράγωνα και τα πλακίδια που προσφέρετε.
made-problem-tiles = Προσφέρετε τουλάχιστον ένα πλακίδιο.
made-problem-already-solved = Το ρομπότ έχει τελειώσει πριν κινηθεί: μετακινήστε τη σημαία μακριά από την αφετηρία.
made-problem-slots = Το συντομότερο πρόγραμμα που λύνει αυτό το ταμπλό έχει { $tiles } { $tiles ->
        [one] πλακίδιο
       *[other] πλακίδια
    }. Δώστε στο πρόγραμμα χώρο για τουλάχιστον { $tiles } { $tiles ->
        [one] πλακίδιο
       *[other] πλακίδια
    }.
made-problem-unsolvable = Με αυτά τα πλακίδια το ρομπότ δεν μπορεί να φτάσει στη σημαία (και σε κάθε λάμπα). Ανοίξτε έναν δρόμο ή προσφέρετε περισσότερα πλακίδια (για παράδειγμα στροφές ή έναν βρόχο).
made-problem-too-large = Αυτό το ταμπλό είναι πολύ μεγάλο για έλεγχο: κανένα πρόγραμμα με λιγότερα από { $tiles } { $tiles ->
        [one] πλακίδιο
       *[other] πλακίδια
    } δεν το λύνει, και τα μεγαλύτερα είναι πάρα πολλά για να δοκιμαστούν όλα. Κάντε το ταμπλό μικρότερο ή τον δρόμο πιο σύντομο, ή προσφέρετε έναν βρόχο.
made-problem-par = Το επίπεδο δεν έχει ακόμα καλύτερη λύση: ελέγξτε το πρώτα σε αυτή τη σελίδα.
made-checked-robot = Το ρομπότ τα καταφέρνει: το καλύτερο πρόγραμμα έχει { $par } { $par ->
        [one] πλακίδιο
       *[other] πλακίδια
    }. Οι μαθητές παίρνουν 3 αστέρια με { $par } { $par ->
        [one] πλακίδιο
       *[other] πλακίδια
    } ή λιγότερα.
made-checked-answers = Έτοιμο: κάθε απάντηση έχει αιτιολόγηση.
made-kind-robot_grid = Ρομπότ στο ταμπλό
made-kind-sort = Ταξινόμηση σε δύο κουτιά
made-kind-pick_reply = Επιλογή απάντησης
made-kind-spot_flags = Εντοπισμός προειδοποιητικών σημαδιών
made-copy-title = { $title } (αντίγραφο)
made-import-done = { $added ->
    [one] Προστέθηκε ένα επίπεδο.
   *[other] Προστέθηκαν { $added } επίπεδα.
} { $skipped ->
    [0] {""}
    [one] Ένα υπήρχε ήδη εδώ.
   *[other] { $skipped } υπήρχαν ήδη εδώ.
}
made-import-not-ours = Το { $file } δεν είναι αρχείο επιπέδων από αυτή τη σελίδα.
made-import-too-large = Το { $file } είναι πολύ μεγάλο για αρχείο επιπέδων (έως 1 MB και 100 επίπεδα).
made-import-bad-level = { $file }: το επίπεδο { $number } («{ $title }») δεν μπορεί να χρησιμοποιηθεί, οπότε δεν προστέθηκε τίποτα. { $problem }
made-assign-too-many = Ένας σύνδεσμος για την τάξη μπορεί να έχει έως { $max } { $max ->
        [one] δικό σας επίπεδο
       *[other] δικά σας επίπεδα
    }.
made-assign-unknown = Ένα επίπεδο που επιλέξατε δεν υπάρχει πια στη βιβλιοθήκη σας. Επιλέξτε ξανά τα επίπεδα.
made-qr-too-long = Αυτός ο σύνδεσμος είναι πολύ μεγάλος για κωδικό QR που μπορεί να διαβάσει ένα τάμπλετ ({ $length } { $length ->
        [one] χαρακτήρας
       *[other] χαρακτήρες
    }· ένας κωδικός χωράει { $max }). Μοιραστείτε τον ίδιο τον σύνδεσμο ή κατεβάστε το αρχείο και ανοίξτε το σε κάθε τάμπλετ από «Ενήλικες» → «Φέρτε παίκτες από αρχείο».

## Levels you make: the page (web/teacher-page/maker.js)
# The section where a teacher writes a level in their own words, checks it and keeps it in
# "My levels". Read by teachers. The kinds' names are the made-kind-… messages above.
made-page-heading = Φτιάξτε δικά σας επίπεδα
made-page-intro = Γράψτε ένα επίπεδο με δικά σας λόγια και ελέγξτε ότι λειτουργεί. Τα επίπεδά σας μένουν σε αυτόν τον φυλλομετρητή, στα «Τα επίπεδά μου», και μπορείτε να τα δώσετε σε μια τάξη όπως τα επίπεδα του παιχνιδιού.
# The form's heading: a new level, or one from "My levels" being changed.
made-page-new = Νέο επίπεδο
made-page-editing = Επεξεργασία του «{ $title }»
made-page-editing-hint = Με την αποθήκευση αντικαθίσταται η προηγούμενη έκδοση στα επίπεδά σας.
made-page-start-new = Έναρξη νέου επιπέδου
made-page-kind = Είδος επιπέδου
made-page-band = Ηλικιακή ομάδα
made-page-title = Τίτλος
made-page-task = Εργασία: τι πρέπει να κάνουν οι μαθητές
made-page-learned = Τι έμαθαν οι μαθητές (εμφανίζεται στο τέλος)
made-page-hints = Τρεις υποδείξεις
made-page-hint-1 = Υπόδειξη 1: ένα μικρό σπρώξιμο
made-page-hint-2 = Υπόδειξη 2: η ιδέα
made-page-hint-3 = Υπόδειξη 3: ένα μέρος της απάντησης, όχι όλη

# The robot grid.
made-page-width = Πλάτος (τετράγωνα)
made-page-height = Ύψος (σειρές)
made-page-paint = Βάψιμο με
made-page-board = Ταμπλό
made-page-board-hint = Πατήστε ένα τετράγωνο για να το βάψετε. Υπάρχει μόνο μία αφετηρία και μία σημαία: αν τις βάψετε αλλού, μετακινούνται εκεί. Με το πληκτρολόγιο, τα βελάκια σάς μετακινούν από τετράγωνο σε τετράγωνο.
# One square of the board, for screen readers: "Row 2, square 3: wall". $what is a made-page-square-… message.
made-page-square = Σειρά { $row }, τετράγωνο { $column }: { $what }
made-page-square-wall = τοίχος
made-page-square-floor = πάτωμα
made-page-square-start = αφετηρία
made-page-square-flag = σημαία
made-page-square-lamp = λάμπα
made-page-square-red = κόκκινο πάτωμα
made-page-square-blue = μπλε πάτωμα
made-page-square-green = πράσινο πάτωμα
made-page-facing = Στην αρχή το ρομπότ κοιτάζει προς
made-page-facing-north = βορρά (πάνω)
made-page-facing-east = ανατολή (δεξιά)
made-page-facing-south = νότο (κάτω)
made-page-facing-west = δύση (αριστερά)
made-page-tiles = Πλακίδια που μπορούν να χρησιμοποιήσουν οι μαθητές
made-page-conditions = Ερωτήσεις που μπορούν να κάνουν τα πλακίδια «Αν» και «Επανάλαβε όσο»
made-page-conditions-hint = Επιλέξτε τουλάχιστον μία.
made-page-slots-main = Πλακίδια στο κύριο πρόγραμμα (1 έως 16)
made-page-slots-p1 = Πλακίδια στο μέρος «Βοηθός 1» (1 έως 10)

# Sort into two boxes.
made-page-box-left = Αριστερό κουτί (ένα τικ)
made-page-box-right = Δεξί κουτί (ένα Χ)
made-page-cards = Κάρτες (2 έως { $max })
made-page-card = Κάρτα { $number }
made-page-card-box = Κουτί για την κάρτα { $number }
made-page-reason-card = Γιατί η κάρτα { $number } ανήκει εκεί
made-page-add-card = Προσθήκη κάρτας
made-page-remove-card = Αφαίρεση κάρτας { $number }

# Pick the reply.
made-page-prompt = Η κατάσταση, για παράδειγμα ένα μήνυμα που παίρνουν οι μαθητές
made-page-replies = Απαντήσεις (2 έως 4, μία από αυτές σωστή)
made-page-reply = Απάντηση { $number }
made-page-right = Η απάντηση { $number } είναι η σωστή
made-page-reason-reply = Γιατί η απάντηση { $number } είναι σωστή ή λάθος
made-page-add-reply = Προσθήκη απάντησης
made-page-remove-reply = Αφαίρεση απάντησης { $number }

# Spot the red flags.
made-page-screen = Τι βλέπουν οι μαθητές
made-page-screen-message = Ένα μήνυμα σε συνομιλία
made-page-screen-email = Ένα email
made-page-screen-web = Μια ιστοσελίδα
made-page-parts = Γραμμές, από πάνω προς τα κάτω (2 έως { $max }: κάποιες είναι προειδοποιητικά σημάδια, άλλες είναι εντάξει)
made-page-part = Γραμμή { $number }
made-page-flag = Η γραμμή { $number } είναι προειδοποιητικό σημάδι
made-page-reason-part = Γιατί η γραμμή { $number } είναι εντάξει ή είναι προειδοποιητικό σημάδι
made-page-add-part = Προσθήκη γραμμής
made-page-remove-part = Αφαίρεση γραμμής { $number }

# Check and save. A row's button "Remove": its name for screen readers is the
# made-page-remove-card/-reply/-part message.
made-page-remove = Αφαίρεση
made-page-check = Έλεγχος επιπέδου
made-page-save = Αποθήκευση στα επίπεδά μου
made-page-checking = Γίνεται έλεγχος του επιπέδου. Μπορεί να πάρει λίγα δευτερόλεπτα…
# After saving; a made-checked-… message follows it.
made-page-saved = Το «{ $title }» αποθηκεύτηκε στα επίπεδά σας.
made-page-copied = Ένα αντίγραφο βρίσκεται στη φόρμα παραπάνω. Αλλάξτε το και μετά αποθηκεύστε το.

# My levels.
made-page-library = Τα επίπεδά μου
made-page-library-empty = Δεν υπάρχουν ακόμα επίπεδα. Τα επίπεδα που αποθηκεύετε εμφανίζονται εδώ.
# Beside a robot level in "My levels": the fewest tiles that solve it.
made-page-par = καλύτερο: { $par } { $par ->
        [one] πλακίδιο
       *[other] πλακίδια
    }
made-page-edit = Επεξεργασία
made-page-edit-level = Επεξεργασία: { $title }
made-page-copy = Αντιγραφή
made-page-copy-level = Αντιγραφή: { $title }
made-page-remove-level = Αφαίρεση: { $title }
made-page-remove-confirm = Αφαίρεση του «{ $title }» από τα επίπεδά σας; Οι σύνδεσμοι που έχετε ήδη φτιάξει το κρατούν.
made-page-remove-yes = Ναι, αφαίρεση
made-page-removed = Το «{ $title }» αφαιρέθηκε από τα επίπεδά σας.
made-page-download = Λήψη των επιπέδων μου
made-page-import = Προσθήκη επιπέδων από αρχείο
made-page-import-file = Αρχείο επιπέδων
made-page-import-unreadable = Το { $file } δεν διαβάζεται.

# In "Give levels to a class".
made-page-assign = Επίπεδα που φτιάξατε
made-page-assign-none = Τα επίπεδα που αποθηκεύετε στο «Φτιάξτε δικά σας επίπεδα» εμφανίζονται εδώ.
made-page-assign-max = Έως { $max } σε έναν σύνδεσμο. Ένας σύνδεσμος με επίπεδα που φτιάξατε είναι πάντα υπογεγραμμένος.
made-page-assignment-file = Λήψη του αρχείου για τα τάμπλετ
