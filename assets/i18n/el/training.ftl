# Μάθε στο ρομπότ: ο μαθητής ταξινομεί κάρτες-παραδείγματα, το ρομπότ μαθαίνει και δοκιμάζεται.
# Τα κείμενα των καρτών μένουν σύντομα (περίπου 30 χαρακτήρες).

train-bin-cat = Γάτα
train-bin-not-cat = Όχι γάτα

train-action-train = Εκπαίδευσε το ρομπότ
train-action-test = Δοκίμασε το ρομπότ
train-action-test-new = Δείξ’ του νέες κάρτες
train-action-retrain = Εκπαίδευσε και δοκίμασε ξανά

train-robot = Ρομπότ
train-card = Κάρτα: { $text }
train-progress = Κάρτα { $current } από { $total }
train-examples = Παραδείγματα από τα οποία έμαθε το ρομπότ: { $count }
train-tests = Κάρτες δοκιμής
train-more = Περισσότερα παραδείγματα: πάτησε ένα, μετά το κουτί του
train-room = Χώρος για περισσότερα παραδείγματα: { $room }

train-start = Βάλε κάθε κάρτα στο κουτί της. Το ρομπότ θα μάθει από όσα του δείχνεις.
train-placed-right = Σωστά! Το ρομπότ θα μάθει από αυτή την κάρτα.
train-placed-wrong = Όχι ακριβώς. Το ρομπότ μαθαίνει ακριβώς ό,τι του δείχνεις, γι’ αυτό κάθε κάρτα πρέπει να πάει στο σωστό της κουτί.
train-ready = Όλα ταξινομημένα. Τώρα εκπαίδευσε το ρομπότ!
train-trained = Το ρομπότ έμαθε από τα παραδείγματά σου. Δοκίμασέ το με κάρτες που δεν έχει δει.
train-tested-seen = Σωστές κάρτες δοκιμής: { $right } από { $total }. Οι κάρτες που μοιάζουν με τα παραδείγματά του είναι εύκολες. Τώρα δοκίμασε νέα είδη καρτών.
train-tested-new = Σωστές νέες κάρτες: { $right } από { $total }. Τα παραδείγματά του δεν έδειξαν ποτέ κάρτες σαν αυτές που έκανε λάθος. Δώσ’ του καλύτερα παραδείγματα!
train-selected = Τώρα πάτησε το κουτί για: { $text }
train-added = Προστέθηκε. Το ρομπότ θα μάθει από αυτό όταν το εκπαιδεύσεις ξανά.
train-no-room = Δεν υπάρχει άλλος χώρος. Πάτησε πρώτα μια κάρτα που πρόσθεσες για να τη βγάλεις.
train-removed = Βγήκε: { $text }
train-retest-missed = Σωστές κάρτες δοκιμής: { $right } από { $total }. Όχι ακόμα όλες. Δοκίμασε άλλα παραδείγματα.
train-done = Σωστές κάρτες δοκιμής: { $right } από { $total }. Τα ποικίλα παραδείγματα δίδαξαν καλά το ρομπότ!

train-result-right = Σωστό: { $text }. Το ρομπότ λέει: { $guess }
train-result-wrong = Λάθος: { $text }. Το ρομπότ λέει: { $guess }
train-guess-not-sure = δεν ξέρω
train-take-out = Βγάλε: { $text }

train-card-orange-cat = Πορτοκαλί γάτα
train-card-big-grey-dog = Μεγάλος χνουδωτός γκρι σκύλος
train-card-orange-kitten = Πορτοκαλί γατάκι
train-card-white-rabbit = Χνουδωτό άσπρο κουνέλι
train-card-sleepy-orange-cat = Νυσταγμένη πορτοκαλί γάτα
train-card-small-brown-dog = Μικρός καφέ σκύλος
train-card-fluffy-orange-cat = Χνουδωτή πορτοκαλί γάτα
train-card-big-brown-dog = Μεγάλος καφέ σκύλος
train-card-grey-rabbit = Χνουδωτό γκρι κουνέλι
train-card-big-grey-cat = Μεγάλη χνουδωτή γκρι γάτα
train-card-white-fluffy-cat = Χνουδωτή άσπρη γάτα
train-card-black-dog = Μεγάλος μαύρος σκύλος
train-card-white-cat = Μικρή άσπρη γάτα
train-card-grey-kitten = Χνουδωτό γκρι γατάκι
train-card-small-grey-dog = Μικρός γκρι σκύλος
train-card-big-grey-cat-short = Μεγάλη γκρι γάτα
train-card-brown-rabbit = Καφέ κουνέλι
train-card-black-fluffy-cat = Μεγάλη χνουδωτή μαύρη γάτα
