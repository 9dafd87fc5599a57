# Το πρόγραμμα ως κείμενο («Δείξε ως κώδικα»). Οι λέξεις της Python (def, for, in, range,
# while, not, if, else, pass) μένουν στα αγγλικά· τα ονόματα παρακάτω είναι του μαθητή.

## Ονόματα στον κώδικα: αναγνωριστικά της Python, πεζά, _ ανάμεσα στις λέξεις, όλα διαφορετικά.
code-forward = προχώρα
code-turn-left = στρίψε_αριστερά
code-turn-right = στρίψε_δεξιά
code-light = φως
code-path-ahead = ελεύθερο_μπροστά
code-path-left = ελεύθερο_αριστερά
code-path-right = ελεύθερο_δεξιά
code-on-red = σε_κόκκινο
code-on-blue = σε_μπλε
code-on-green = σε_πράσινο
code-done = τέλος
code-main = κύριο
code-p1 = βοηθός_1
code-p2 = βοηθός_2
code-count = μετρητής
code-when-on-lamp = όταν_σε_λάμπα
code-when-on-red = όταν_σε_κόκκινο
code-when-on-blue = όταν_σε_μπλε
code-when-on-green = όταν_σε_πράσινο

## Ο κώδικας δίπλα στα πλακίδια
code-show = Δείξε ως κώδικα
code-hide = Κρύψε τον κώδικα
code-title = Το πρόγραμμά σου ως κώδικας
code-empty = Πρόσθεσε πλακίδια και ο κώδικάς τους εμφανίζεται εδώ.
code-line = { $indent ->
        [0] Γραμμή { $number }: { $code }
       *[other] Γραμμή { $number }, εσοχή { $indent }: { $code }
    }
