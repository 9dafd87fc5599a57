# Παίκτες σε κοινόχρηστο τάμπλετ. Το ψευδώνυμο είναι επίθετο και ζώο: το επίθετο συμφωνεί
# στο γένος με το ζώο ($gender από την ιδιότητα .gender).

players-title = Ποιος παίζει;
players-empty = Πάτησε «Νέος παίκτης» για να ξεκινήσεις.
players-previous = Προηγούμενοι παίκτες
players-next = Περισσότεροι παίκτες
players-page = Σελίδα { $page } από { $pages }
player-new = Νέος παίκτης
grown-ups = Ενήλικες

nickname = { $adjective } { $animal }

player-new-title = Νέος παίκτης
player-edit-title = Το όνομα και η εικόνα μου
player-done = Έτοιμο
player-preview = Το όνομά σου: { $name }
pick-picture = Διάλεξε εικόνα
pick-colour = Διάλεξε χρώμα
pick-adjective = Διάλεξε λέξη
pick-animal = Διάλεξε ζώο
nickname-surprise = Κάνε μου έκπληξη

adj-brave = { $gender ->
    [feminine] Γενναία
    [neuter] Γενναίο
   *[masculine] Γενναίος
}
adj-bright = { $gender ->
    [feminine] Λαμπερή
    [neuter] Λαμπερό
   *[masculine] Λαμπερός
}
adj-calm = { $gender ->
    [feminine] Ήρεμη
    [neuter] Ήρεμο
   *[masculine] Ήρεμος
}
adj-clever = { $gender ->
    [feminine] Έξυπνη
    [neuter] Έξυπνο
   *[masculine] Έξυπνος
}
adj-cheerful = { $gender ->
    [feminine] Κεφάτη
    [neuter] Κεφάτο
   *[masculine] Κεφάτος
}
adj-gentle = { $gender ->
    [feminine] Ήπια
    [neuter] Ήπιο
   *[masculine] Ήπιος
}
adj-happy = { $gender ->
    [feminine] Χαρούμενη
    [neuter] Χαρούμενο
   *[masculine] Χαρούμενος
}
adj-kind = { $gender ->
    [feminine] Καλή
    [neuter] Καλό
   *[masculine] Καλός
}
adj-lucky = { $gender ->
    [feminine] Τυχερή
    [neuter] Τυχερό
   *[masculine] Τυχερός
}
adj-quick = { $gender ->
    [feminine] Γρήγορη
    [neuter] Γρήγορο
   *[masculine] Γρήγορος
}
adj-sunny = { $gender ->
    [feminine] Ηλιόλουστη
    [neuter] Ηλιόλουστο
   *[masculine] Ηλιόλουστος
}
adj-wise = { $gender ->
    [feminine] Σοφή
    [neuter] Σοφό
   *[masculine] Σοφός
}

animal-bear = Αρκούδα
    .gender = feminine
animal-cat = Γάτα
    .gender = feminine
animal-dolphin = Δελφίνι
    .gender = neuter
animal-eagle = Αετός
    .gender = masculine
animal-fox = Αλεπού
    .gender = feminine
animal-frog = Βάτραχος
    .gender = masculine
animal-lion = Λιοντάρι
    .gender = neuter
animal-owl = Κουκουβάγια
    .gender = feminine
animal-panda = Πάντα
    .gender = neuter
animal-rabbit = Κουνέλι
    .gender = neuter
animal-tiger = Τίγρης
    .gender = masculine
animal-turtle = Χελώνα
    .gender = feminine

picture-sun = Ήλιος
picture-moon = Φεγγάρι
picture-star = Αστέρι
picture-heart = Καρδιά
picture-tree = Δέντρο
picture-flower = Λουλούδι
picture-fish = Ψάρι
picture-house = Σπίτι
picture-rocket = Πύραυλος
picture-crown = Στέμμα
picture-leaf = Φύλλο
picture-boat = Βάρκα

avatar-colour-red = Κόκκινο
avatar-colour-orange = Πορτοκαλί
avatar-colour-yellow = Κίτρινο
avatar-colour-green = Πράσινο
avatar-colour-teal = Τιρκουάζ
avatar-colour-blue = Μπλε
avatar-colour-purple = Μωβ
avatar-colour-pink = Ροζ

profile-error-full = Αυτό το τάμπλετ είναι γεμάτο. Ένας ενήλικας μπορεί να μεταφέρει παίκτες σε άλλο τάμπλετ.
profile-error-name-taken = Αυτό το όνομα το έχει ήδη άλλος παίκτης. Διάλεξε άλλες λέξεις.
profile-error-other = Δεν πέτυχε. Δοκίμασε ξανά, σε παρακαλώ.

# Κωδικός με εικόνες: τρεις εικόνες με σειρά.
secret-open-title = Πάτησε τις 3 εικόνες σου
secret-set-title = Διάλεξε 3 εικόνες για τον κωδικό σου
secret-confirm-title = Πάτησε ξανά τις ίδιες 3 εικόνες
secret-progress = { $count } από { $total } { $total ->
        [one] εικόνα
       *[other] εικόνες
    }
secret-wrong = Όχι ακριβώς. Δοκίμασε ξανά.
secret-ask-grown-up = Όχι ακριβώς. Αν ξέχασες τις εικόνες σου, ζήτα από τον εκπαιδευτικό σου να τις μηδενίσει.
secret-mismatch = Αυτές ήταν άλλες εικόνες. Ξεκίνα από την αρχή.
secret-skip = Χωρίς κωδικό
secret-remove = Αφαίρεσε τον κωδικό μου

player-age-title = Πόσων χρονών είσαι;
player-age-older = Πάνω από 12; Διάλεξε 10–12. Ένας ενήλικας μπορεί να το αλλάξει.

title-hello = Γεια σου, { $name }!
title-change-player = Άλλαξε παίκτη
title-edit-me = Το όνομα και η εικόνα μου
title-password = Κωδικός με εικόνες
title-save-file = Αποθήκευσε τα αστέρια μου σε αρχείο
save-to-file = Αποθήκευση σε αρχείο

gate-title = Για ενήλικες
gate-question = Πόσο κάνει { $a } × { $b };
gate-typed = Απάντηση: { $typed }
gate-wrong = Δεν είναι σωστό. Ορίστε μια νέα ερώτηση.
gate-delete = Σβήσε ψηφίο
gate-ok = OK

adults-title = Παίκτες σε αυτό το τάμπλετ
adults-save-all = Αποθήκευση όλων των παικτών σε αρχείο
adults-bring = Φέρτε παίκτες από αρχείο
adults-clear = Άδειασμα αυτού του τάμπλετ
adults-clear-confirm = { $count ->
        [one] Πατήστε ξανά για να διαγραφεί ο μόνος παίκτης
       *[other] Πατήστε ξανά για να διαγραφούν και οι { $count } παίκτες
    }
adults-cleared = Αυτό το τάμπλετ είναι πλέον άδειο.
adults-player = { $stars ->
        [one] { $name }: ένα αστέρι
       *[other] { $name }: { $stars } αστέρια
    }
adults-save-one = Αποθήκευση του «{ $name }» σε αρχείο
adults-reset-secret = Μηδενισμός του κωδικού με εικόνες του «{ $name }»
adults-secret-reset = Ο παίκτης «{ $name }» δεν έχει πλέον κωδικό με εικόνες.
adults-delete = Διαγραφή του «{ $name }»
adults-delete-confirm = Πατήστε ξανά για διαγραφή: «{ $name }»
adults-deleted = Ο παίκτης «{ $name }» διαγράφηκε.
adults-saved = { $count ->
    [one] Ένας παίκτης αποθηκεύτηκε σε αρχείο. Ανοίξτε το στο άλλο τάμπλετ με «Φέρτε παίκτες από αρχείο».
   *[other] { $count } παίκτες αποθηκεύτηκαν σε αρχείο. Ανοίξτε το στο άλλο τάμπλετ με «Φέρτε παίκτες από αρχείο».
}
adults-save-failed = Δεν ήταν δυνατή η αποθήκευση του αρχείου.
adults-include-secrets = Βάλτε τους κωδικούς με εικόνες στο αρχείο
adults-secrets-left-out = Τα αρχεία που φτιάχνονται τώρα δεν περιέχουν τους κωδικούς με εικόνες· ένας κωδικός που υπάρχει ήδη στο άλλο τάμπλετ μένει.
adults-secrets-included = Τα αρχεία που φτιάχνονται τώρα περιέχουν τους κωδικούς με εικόνες: όποιος ανοίξει το αρχείο μπορεί να τους διαβάσει.
adults-help = Μεταφορά μαθητών: αποθηκεύστε τους εδώ σε αρχείο, αντιγράψτε το αρχείο στο άλλο τάμπλετ και φέρτε τους εκεί. Οι παίκτες που υπάρχουν ήδη σε εκείνο το τάμπλετ κρατούν όλα τους τα αστέρια.
adults-help-insecure = Αυτή η σελίδα δεν σερβίρεται μέσω HTTPS, οπότε δεν λειτουργεί εκτός σύνδεσης και δεν μπορεί να προστεθεί στην αρχική οθόνη. Όλα τα άλλα λειτουργούν. Το README εξηγεί πώς να τη σερβίρετε.
adults-voices-open = Ανάγνωση δυνατά
adults-voices-some = Αυτό το τάμπλετ μπορεί να διαβάζει δυνατά σε αυτές τις γλώσσες: { $languages }
adults-voices-none = Αυτό το τάμπλετ δεν μπορεί ακόμη να διαβάσει δυνατά σε καμία από τις γλώσσες του παιχνιδιού.
adults-voices-help = Για να προσθέσετε φωνή σε τάμπλετ Android: ανοίξτε τις Ρυθμίσεις, βρείτε την επιλογή «Έξοδος μετατροπής κειμένου σε ομιλία», ανοίξτε τις ρυθμίσεις της μηχανής που προτιμάτε και εγκαταστήστε τα δεδομένα φωνής για μια γλώσσα. Έπειτα ανοίξτε ξανά το παιχνίδι. Διαβάζουν δυνατά μόνο οι φωνές που είναι αποθηκευμένες στο τάμπλετ, οπότε τίποτα δεν στέλνεται αλλού για ανάγνωση.
adults-band = Ηλικιακή ομάδα του «{ $name }»: { $band }
adults-band-unset = Δεν έχει επιλεγεί ηλικία
adults-band-changed = «{ $name }»: τώρα { $band }.
adults-band-help = Πατήστε την ηλικιακή ομάδα ενός παίκτη για να την αλλάξετε. Ο παίκτης βλέπει πρώτα τα επίπεδα αυτής της ομάδας. Οι μαθητές διαλέγουν 7–9 ή 10–12 όταν ξεκινούν· μόνο ένας ενήλικας μπορεί να διαλέξει 12–14, την ομάδα με θέματα για μεγαλύτερους μαθητές. Το «Δεν έχει επιλεγεί ηλικία» μετράει ως 7–9.

import-done = Έτοιμο: { $added ->
        [one] ένας νέος παίκτης
       *[other] { $added } νέοι παίκτες
    }, ενημερώθηκαν: { $updated }{ $refused ->
        [0] .
       *[other] , δεν μπήκαν: { $refused } (το τάμπλετ είναι γεμάτο ή μια νεότερη έκδοση του Byte Bridge τους κρατά εδώ).
    }{ $renamed ->
        [0] {""}
        [one] {" "}Ένας παίκτης πήρε νέο όνομα παιχνιδιού, γιατί το δικό του ήταν ήδη πιασμένο εδώ.
       *[other] {" "}{ $renamed } παίκτες πήραν νέο όνομα παιχνιδιού, γιατί το δικό τους ήταν ήδη πιασμένο εδώ.
    }
import-error-too-large = Αυτό το αρχείο είναι πολύ μεγάλο για να είναι αρχείο παικτών.
import-error-not-ours = Αυτό δεν είναι αρχείο παικτών του Byte Bridge.
import-error-newer = Αυτό το αρχείο προέρχεται από νεότερη έκδοση του Byte Bridge. Ενημερώστε πρώτα το παιχνίδι σε αυτό το τάμπλετ.
import-error-damaged = Αυτό το αρχείο παικτών είναι κατεστραμμένο, οπότε δεν άλλαξε τίποτα. Αποθηκεύστε το ξανά στο άλλο τάμπλετ.
import-error-over-limits = Ένας παίκτης σε αυτό το αρχείο περιέχει περισσότερα απ’ όσα κρατά ποτέ το Byte Bridge (πολύ μεγάλα προγράμματα, πάρα πολλές προσπάθειες ή επίπεδα), μόνος του ή μαζί με τον ίδιο παίκτη σε αυτό το τάμπλετ. Δεν άλλαξε τίποτα.
import-error-unreadable = Δεν ήταν δυνατή η ανάγνωση του αρχείου. Δοκιμάστε ξανά.

offline-needs-https = Αυτή η σελίδα δεν σερβίρεται μέσω HTTPS, οπότε δεν θα λειτουργεί χωρίς ίντερνετ.
update-reload = Νέα έκδοση έτοιμη: πάτησε για να ξεκινήσει
save-file-failed = Δεν ήταν δυνατή η αποθήκευση του αρχείου. Δοκίμασε ξανά, σε παρακαλώ.
