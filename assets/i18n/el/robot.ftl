# Τα επίπεδα με το ρομπότ (προγραμματισμός): πλακίδια, επεξεργαστής, αποσφαλμάτωση και τι έκανε.

## Πλακίδια (ονόματα στην παλέτα· τα διαβάζουν και οι αναγνώστες οθόνης)
command-forward = Προχώρα
command-turn-left = Στρίψε αριστερά
command-turn-right = Στρίψε δεξιά
command-light = Φως
tile-repeat = Επανάλαβε
tile-repeat-until-goal = Επανάλαβε ως το τέλος
tile-if = Αν
tile-if-else = Αν … αλλιώς
tile-call-p1 = Βοηθός 1
tile-call-p2 = Βοηθός 2
tile-repeat-times = Επανάλαβε { $times } { $times ->
        [one] φορά
       *[other] φορές
    }
tile-if-condition = Αν { $condition }
tile-if-else-condition = Αν { $condition }, αλλιώς

tile-repeat-while = Επανάλαβε όσο
tile-call-p1-with = Βοηθός 1 με αριθμό
tile-call-p2-with = Βοηθός 2 με αριθμό
tile-repeat-n = Επανάλαβε n φορές
tile-set-count = Όρισε μετρητή
tile-add-count = Πρόσθεσε 1 στον μετρητή
tile-repeat-while-condition = Επανάλαβε όσο { $condition }
tile-call-with = { $routine } με { $number }
tile-set-count-to = Όρισε μετρητή σε { $number }
condition-count-is = μετρητής ίσον { $count }
test-not = όχι { $condition }
test-and = { $first } και { $second }
test-or = { $first } ή { $second }
test-not-word = όχι
test-and-word = και
test-or-word = ή

condition-path-ahead = ελεύθερο μπροστά
condition-path-left = ελεύθερο αριστερά
condition-path-right = ελεύθερο δεξιά
condition-on-red = σε κόκκινο
condition-on-blue = σε μπλε
condition-on-green = σε πράσινο
colour-red = κόκκινο
colour-blue = μπλε
colour-green = πράσινο

## Ρουτίνες: το κύριο πρόγραμμα και οι δύο βοηθοί
routine-main = Κύριο
routine-p1 = Βοηθός 1
routine-p2 = Βοηθός 2
routine-when = Μέρος συμβάντος
event-on-lamp = Όταν το ρομπότ πατήσει σε λάμπα
event-on-red = Όταν το ρομπότ πατήσει στο κόκκινο
event-on-blue = Όταν το ρομπότ πατήσει στο μπλε
event-on-green = Όταν το ρομπότ πατήσει στο πράσινο

## Ο επεξεργαστής
robot-slots = { $routine }: { $used } από { $max } { $max ->
        [one] πλακίδιο
       *[other] πλακίδια
    }
robot-program-tile = { $tile }, βήμα { $position } στο { $place }
robot-place-inside = { $container }
robot-place-else = το μέρος «αλλιώς» του { $container }
robot-list-end = Τέλος του { $place }: τα νέα πλακίδια μπαίνουν εδώ
robot-else = αλλιώς
robot-undo = Αναίρεση
robot-redo = Επανάληψη
robot-clear = Σβήσ’ τα όλα
robot-delete = Αφαίρεσε πλακίδιο
robot-move-earlier = Μετακίνηση πιο πριν
robot-move-later = Μετακίνηση πιο μετά
robot-fewer = Λιγότερες φορές
robot-more = Περισσότερες φορές
robot-change-condition = Άλλαξε την ερώτηση
editor-full = Το { $routine } γέμισε. Αφαίρεσε πρώτα ένα πλακίδιο.
editor-too-deep = Πλακίδια μέσα σε πλακίδια μπαίνουν μόνο ως τρία επίπεδα βάθος.
editor-into-itself = Ένα πλακίδιο δεν μπαίνει μέσα στον εαυτό του.
editor-nothing = Δεν υπάρχει τίποτα να γίνει εδώ.
robot-number-down = Μικρότερος αριθμός
robot-number-up = Μεγαλύτερος αριθμός
robot-change-logic = Άλλαξε όχι / και / ή
robot-change-second = Άλλαξε τη δεύτερη ερώτηση
robot-change-event = Άλλαξε το συμβάν
editor-only-in-helper = Το Επανάλαβε n φορές δουλεύει μόνο μέσα σε βοηθό: n είναι ο αριθμός που παίρνει ο βοηθός.

## Αποσφαλμάτωση
robot-run = Εκτέλεση
robot-pause = Παύση
robot-step = Βήμα
robot-step-back = Βήμα πίσω
robot-stop = Στοπ
robot-speed = Ταχύτητα: { $speed }
robot-speed-slow = αργά
robot-speed-normal = κανονικά
robot-speed-fast = γρήγορα
robot-running = Βήμα { $steps }
robot-running-count = Βήμα { $steps } · μετρητής = { $count }
robot-running-n = Βήμα { $steps } · n = { $n }
robot-running-count-n = Βήμα { $steps } · μετρητής = { $count } · n = { $n }
robot-program-empty = Πάτα τα πλακίδια για να φτιάξεις το πρόγραμμά σου.
robot-program-ready = Πάτησε Εκτέλεση για να ξεκινήσεις, ή Βήμα για να πας ένα πλακίδιο τη φορά.

robot-board = Το ρομπότ είναι στη στήλη { $x }, γραμμή { $y }, και κοιτάζει { $facing }. { $goal }{ $lamps ->
        [0] {""}
       *[other] { " " }Αναμμένες λάμπες: { $lit } από { $lamps }.
    }
robot-board-goal = Η σημαία είναι στη στήλη { $x }, γραμμή { $y }.
# The board as a grid for screen readers, one cell at a time: where it is, then what is there.
robot-cell = Στήλη { $x }, γραμμή { $y }: { $what }
robot-cell-floor = πάτωμα
robot-cell-wall = τοίχος
robot-cell-coloured = { $colour } πάτωμα
robot-cell-lamp = λάμπα, σβηστή
robot-cell-lamp-lit = λάμπα, αναμμένη
robot-cell-flag = { $what }, σημαία
robot-cell-robot = { $what }, ρομπότ που κοιτάζει { $facing }

direction-north = πάνω
direction-east = δεξιά
direction-south = κάτω
direction-west = αριστερά

## Τι έκανε το ρομπότ
outcome-reached-goal = Τα κατάφερες!
outcome-hit-wall = Μπαμ! Το ρομπότ χτύπησε σε τοίχο. Άλλαξε το πρόγραμμά σου και δοκίμασε ξανά.
outcome-left-board = Πρόσεχε! Το ρομπότ θα έπεφτε από το ταμπλό. Άλλαξε το πρόγραμμά σου και δοκίμασε ξανά.
outcome-no-lamp = Εδώ δεν υπάρχει λάμπα. Το ρομπότ μπορεί να ανάψει λάμπα μόνο εκεί που στέκεται.
outcome-out-of-commands = Το πρόγραμμα τελείωσε, αλλά η δουλειά δεν έγινε ακόμα. Πρόσθεσε κι άλλα πλακίδια και δοκίμασε ξανά.
outcome-step-budget = Το ρομπότ έκανε { $steps } { $steps ->
        [one] βήμα
       *[other] βήματα
    } και ακόμα δεν τελείωσε. Μήπως το πρόγραμμά σου γυρίζει γύρω γύρω για πάντα;
outcome-too-many-calls = Πάρα πολλοί βοηθοί καλούν βοηθούς! Μήπως ένας βοηθός καλεί τον εαυτό του πριν τελειώσει;
