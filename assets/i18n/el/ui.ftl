# Ό,τι υπάρχει γύρω από τις πίστες: τίτλος, χάρτης, αποτέλεσμα, ειδοποιήσεις.

language-name = Ελληνικά
app-title = Byte Bridge
app-tagline = Μάθε προγραμματισμό και μείνε ασφαλής στο διαδίκτυο
title-play = Παίξε
language-picker = Γλώσσα
language-open = Γλώσσα: { $language }
language-loading = Φόρτωση: { $language } …
language-not-on-device = Η γλώσσα «{ $language }» δεν υπάρχει ακόμα σε αυτό το τάμπλετ. Σύνδεσέ το μία φορά στο ίντερνετ για να έρθει. Σε αυτό το τάμπλετ: { $ready }
language-damaged = Η γλώσσα «{ $language }» δεν ήρθε ολόκληρη. Δοκίμασε ξανά αργότερα. Σε αυτό το τάμπλετ: { $ready }

back = Πίσω
notice-dismiss = OK

map-title = Επίπεδα
level-status-locked = κλειδωμένο
level-status-new = δεν έχει παιχτεί ακόμα
level-status-stars = { $stars } από 3 αστέρια
map-level = { $number }. { $title }, { $status }
map-locked-hint = Τελείωσε το προηγούμενο επίπεδο για να ανοίξει αυτό.
map-world = { $title }, { $status }
map-world-stars = { $stars } από { $max } { $max ->
        [one] αστέρι
       *[other] αστέρια
    }

result-title = Το επίπεδο ολοκληρώθηκε!
result-stars = { $stars } από 3 αστέρια
result-new-best = Νέο ρεκόρ!
result-learned-heading = Τι έμαθες
result-next = Επόμενο επίπεδο
result-retry = Παίξε ξανά
result-levels = Όλα τα επίπεδα

storage-unavailable = Αυτό το τάμπλετ δεν μπορεί να αποθηκεύσει τώρα. Μπορείς να παίξεις, αλλά τα αστέρια σου θα χαθούν όταν κλείσει η σελίδα.
storage-recovered-damaged = Ένας αποθηκευμένος παίκτης δεν διαβαζόταν και δεν είχε καλό αντίγραφο. Φυλάχτηκε στην άκρη σε αυτό το τάμπλετ.
storage-recovered-backup = Κάποια αποθηκευμένα αστέρια είχαν χαλάσει. Επανήλθε το τελευταίο καλό αντίγραφο.
storage-newer-version = Κάποιοι παίκτες αποθηκεύτηκαν από νεότερη έκδοση του Byte Bridge. Είναι ασφαλείς: ενημέρωσε το παιχνίδι για να τους δεις.
storage-full = Ο χώρος του τάμπλετ γέμισε. Αποθήκευσε τα αστέρια σου σε αρχείο, για να μη χαθεί τίποτα.

hint = Υπόδειξη
hint-shown = Υπόδειξη { $number }: { $hint }

read-aloud = Διάβασέ μου
read-aloud-stop = Σταμάτα το διάβασμα
settings-open = Ρυθμίσεις
settings-title = Ρυθμίσεις
settings-read-everything = Διάβαζέ μου τα όλα
settings-read-everything-about = Το παιχνίδι διαβάζει δυνατά κάθε επίπεδο, υπόδειξη και αποτέλεσμα μόλις το δείξει.
settings-no-voice = Αυτό το τάμπλετ δεν έχει ακόμη φωνή για αυτή τη γλώσσα. Ένας ενήλικας μπορεί να προσθέσει μία.
settings-robot-speed = Ταχύτητα ρομπότ: { $speed }
settings-calm = Λιγότερη κίνηση
settings-calm-about = Το ρομπότ πηδάει από τετράγωνο σε τετράγωνο αντί να γλιστράει. Είναι ενεργό από την αρχή, όταν το τάμπλετ είναι ρυθμισμένο να δείχνει λιγότερη κίνηση.
settings-contrast = Υψηλή αντίθεση
settings-contrast-about = Το φόντο γίνεται μαύρο, τα γράμματα άσπρα και τα κουμπιά παίρνουν άσπρο περίγραμμα. Κάποια μάτια βλέπουν έτσι πιο εύκολα.
settings-text-size = Μέγεθος γραμμάτων: { $size }
settings-text-size-about = Πάτησε ξανά για πιο μεγάλα γράμματα, έως και διπλάσια. Μετά γίνονται πάλι κανονικά.
text-size-normal = κανονικό
text-size-big = μεγάλο
text-size-bigger = πιο μεγάλο
text-size-biggest = το πιο μεγάλο
settings-more-space = Περισσότερος χώρος
settings-more-space-about = Περισσότερος χώρος ανάμεσα στα γράμματα και ανάμεσα στις γραμμές. Κάποια μάτια διαβάζουν έτσι πιο εύκολα.
