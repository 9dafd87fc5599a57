# Ο κόσμος «Μοιράσου με Ασφάλεια», από το επίπεδο 2. Άνθρωποι, τόποι και παιχνίδια είναι
# φανταστικά. Ο δρόμος και το σχολείο είναι φανταστικά σε κάθε γλώσσα (οδός Σφενδάμου, Βελανιδιά).

## Επίπεδο 2: οι ρυθμίσεις ενός προφίλ παιχνιδιού

level-privacy-profile-title = Το προφίλ της Λένας
level-privacy-profile-instruction = Αυτό είναι το προφίλ της Λένας σε ένα παιχνίδι. Πάτησε κάθε ρύθμιση που μοιράζεται πάρα πολλά για να τη διορθώσεις.
level-privacy-profile-learned = Κράτα το προφίλ σου μόνο για φίλους. Χρησιμοποίησε ένα φανταστικό όνομα παιχνιδιού και μια εικόνα κινουμένων σχεδίων, και κράτα ιδιωτικά την τοποθεσία και τον αριθμό σου.
level-privacy-profile-hint-1 = Διάβασε κάθε γραμμή. Θα μπορούσε ένας άγνωστος να τη χρησιμοποιήσει για να βρει τη Λένα;
level-privacy-profile-hint-2 = Ένα φανταστικό όνομα παιχνιδιού και μια εικόνα κινουμένων σχεδίων είναι ασφαλή. Αληθινά ονόματα, τόποι και αριθμοί όχι.
level-privacy-profile-hint-3 = Κοίτα ποιος μπορεί να δει το προφίλ και τον αριθμό τηλεφώνου.

privacy-profile-visibility = Ποιος βλέπει το προφίλ μου: Όλοι
privacy-profile-visibility-reason = «Όλοι» σημαίνει και άγνωστοι. Βάλ’ το σε «Μόνο φίλοι».
privacy-profile-visibility-fixed = Ποιος βλέπει το προφίλ μου: Μόνο φίλοι
privacy-profile-name = Όνομα που φαίνεται: Λένα Γεωργίου (ολόκληρο)
privacy-profile-name-reason = Ένα ολόκληρο όνομα βοηθά αγνώστους να βρουν τη Λένα. Ένα φανταστικό όνομα παιχνιδιού αρκεί.
privacy-profile-name-fixed = Όνομα που φαίνεται: StarFox22 (όνομα παιχνιδιού)
privacy-profile-game-name = Όνομα παιχνιδιού: StarFox22
privacy-profile-game-name-reason = Ένα φανταστικό όνομα παιχνιδιού δεν λέει σε κανέναν ποια είναι πραγματικά η Λένα. Καλή επιλογή!
privacy-profile-avatar = Άβαταρ: μια αλεπού κινουμένων σχεδίων
privacy-profile-avatar-reason = Μια εικόνα κινουμένων σχεδίων δεν δείχνει το πρόσωπο της Λένας. Αυτό είναι ασφαλές.
privacy-profile-location = Κοινοποίηση τοποθεσίας: Ναι
privacy-profile-location-reason = Αυτό δείχνει στους άλλους πού είναι η Λένα αυτή τη στιγμή. Κράτα το κλειστό.
privacy-profile-location-fixed = Κοινοποίηση τοποθεσίας: Όχι
privacy-profile-game = Αγαπημένο παιχνίδι: Block Builders
privacy-profile-game-reason = Σε πολλά παιδιά αρέσει αυτό το παιχνίδι. Δεν λέει σε κανέναν πού είναι η Λένα.
privacy-profile-phone = Αριθμός τηλεφώνου: ορατός σε όλους
privacy-profile-phone-reason = Άγνωστοι θα μπορούσαν να τηλεφωνήσουν ή να στείλουν μήνυμα στη Λένα. Κράτα τον αριθμό σου ιδιωτικό.
privacy-profile-phone-fixed = Αριθμός τηλεφώνου: κρυφός

## Επίπεδο 3: μια ανάρτηση με φωτογραφία, γραμμή γραμμή

level-privacy-photo-title = Μια ηλιόλουστη φωτογραφία
level-privacy-photo-instruction = Πάτησε κάθε στοιχείο σε αυτή την ανάρτηση που δείχνει πού μένεις ή σε ποιο σχολείο πας.
level-privacy-photo-learned = Πριν ανεβάσεις μια φωτογραφία, ψάξε για πινακίδες δρόμων, αριθμούς σπιτιών, σήματα σχολείων και ετικέτες τοποθεσίας.
level-privacy-photo-hint-1 = Κοίτα και το φόντο, όχι μόνο εσένα και τον σκύλο.
level-privacy-photo-hint-2 = Ονόματα δρόμων, αριθμοί σπιτιών και σήματα σχολείων δείχνουν σε αγνώστους πού θα σε βρουν.
level-privacy-photo-hint-3 = Η πινακίδα του δρόμου πίσω σου είναι ένα στοιχείο. Υπάρχουν άλλα τρία.

privacy-photo-photo = Φωτογραφία: εγώ και ο σκύλος μου στον κήπο
privacy-photo-photo-reason = Μια φωτογραφία με το κατοικίδιό σου μπορεί να μοιραστεί με φίλους. Απλώς έλεγξε τι άλλο έχει μέσα.
privacy-photo-sign = Πίσω μας: μια πινακίδα, «οδός Σφενδάμου»
privacy-photo-sign-reason = Η πινακίδα λέει σε όλους σε ποιον δρόμο μένεις. Βγάλε τη φωτογραφία εκεί που δεν έχει πινακίδες.
privacy-photo-door = Στην πόρτα: ο αριθμός του σπιτιού, 12
privacy-photo-door-reason = Μαζί με το όνομα του δρόμου, ο αριθμός δείχνει ακριβώς το σπίτι σου. Κράτα τον έξω από τη φωτογραφία.
privacy-photo-shirt = Η μπλούζα μου με το σήμα του σχολείου Βελανιδιά
privacy-photo-shirt-reason = Το σήμα δείχνει σε ποιο σχολείο πας. Άγνωστοι θα ήξεραν πού είσαι κάθε μέρα.
privacy-photo-caption = Λεζάντα: Ηλιόλουστο Σάββατο με τον Ρεξ!
privacy-photo-caption-reason = Το όνομα του σκύλου σου μπορείς να το μοιραστείς. Απλώς μην το χρησιμοποιείς ποτέ ως κωδικό.
privacy-photo-location = Ετικέτα τοποθεσίας: οδός Σφενδάμου 12
privacy-photo-location-reason = Η ετικέτα δίνει σε όλους ολόκληρη τη διεύθυνσή σου. Κλείσε τις ετικέτες τοποθεσίας.
privacy-photo-comment = Σχόλιο από τον Στέφανο: Τι γλυκός σκύλος!
privacy-photo-comment-reason = Ένα ευγενικό σχόλιο από φίλο είναι εντάξει. Δεν αποκαλύπτει τίποτα.

## Επίπεδο 4: ερωτήσεις που ζητούν πάρα πολλά

level-privacy-stranger-asks-title = Ποιος θέλει να μάθει;
level-privacy-stranger-asks-instruction = Διάλεξε κάθε φορά την καλύτερη απάντηση.
level-privacy-stranger-asks-learned = Μπορείς πάντα να πεις όχι. Κράτα για σένα το σχολείο σου, τον δρόμο σου και τους αριθμούς των φίλων σου. Αν κάποιος συνεχίζει να ρωτά, πες το σε έναν ενήλικα.
level-privacy-stranger-asks-hint-1 = Σκέψου: ποιος θα δει την απάντησή μου και τι θα μπορούσε να κάνει με αυτήν;
level-privacy-stranger-asks-hint-2 = Τα στοιχεία σου και τα τηλέφωνα των φίλων σου τα κρατάς για σένα. Μπορείς πάντα να πεις όχι.
level-privacy-stranger-asks-hint-3 = Ένα παιχνίδι δουλεύει κι όταν λες όχι για τις επαφές σου.

privacy-stranger-asks-school = Ο SkyRider9, ένας φίλος από το διαδίκτυο που δεν έχεις συναντήσει ποτέ, ρωτά: «Σε ποιο σχολείο πας;»
privacy-stranger-asks-school-tell = Του το λέω και μετά το λέω σε έναν ενήλικα.
privacy-stranger-asks-school-tell-reason = Καλό είναι να το πεις σε ενήλικα, αλλά τώρα ο SkyRider9 ξέρει το σχολείο σου. Καλύτερα να μην το πεις καθόλου.
privacy-stranger-asks-school-town = Του λέω μόνο την πόλη μου.
privacy-stranger-asks-school-town-reason = Η πόλη σου είναι κι αυτή στοιχείο για το πού είσαι. Κράτα την κι αυτήν ιδιωτική.
privacy-stranger-asks-school-say-no = Λέω όχι και το λέω σε έναν ενήλικα.
privacy-stranger-asks-school-say-no-reason = Μπράβο! Μπορείς να πεις όχι με φιλικό τρόπο. Ένας ενήλικας μπορεί να βοηθήσει αν ο SkyRider9 συνεχίσει να ρωτά.
privacy-stranger-asks-contacts = Ενώ παίζεις, ένα παιχνίδι ρωτά: «Να επιτραπεί στο Block Builders η πρόσβαση στις επαφές σου;»
privacy-stranger-asks-contacts-allow = Πατάω «Να επιτρέπεται» για να βρω γρήγορα φίλους.
privacy-stranger-asks-contacts-allow-reason = Οι επαφές σου είναι αριθμοί άλλων ανθρώπων. Το παιχνίδι θα τους έπαιρνε χωρίς να ρωτήσει εκείνους.
privacy-stranger-asks-contacts-not-now = Πατάω «Να μην επιτρέπεται». Παίζω κανονικά.
privacy-stranger-asks-contacts-not-now-reason = Σωστά! Οι αριθμοί των επαφών σου δεν είναι δικοί σου για να τους δίνεις. Μπορείς να προσθέσεις φίλους με τα ονόματα παιχνιδιού τους.
privacy-stranger-asks-contacts-allow-then-delete = Το επιτρέπω και μετά σβήνω όλο το παιχνίδι.
privacy-stranger-asks-contacts-allow-then-delete-reason = Μόλις το παιχνίδι πάρει τους αριθμούς, το σβήσιμο του παιχνιδιού δεν τους παίρνει πίσω.
privacy-stranger-asks-quiz = Ένα διασκεδαστικό κουίζ λέει: «Το όνομά σου ως σούπερ ήρωα = ο δρόμος σου + το σχολείο σου!»
privacy-stranger-asks-quiz-skip = Το προσπερνάω ή παίζω με φανταστικές λέξεις.
privacy-stranger-asks-quiz-skip-reason = Έξυπνη σκέψη! Ο δρόμος και το σχολείο σου δείχνουν πού θα σε βρουν. Οι φανταστικές λέξεις είναι το ίδιο διασκεδαστικές.
privacy-stranger-asks-quiz-post = Γράφω το αληθινό μου όνομα σούπερ ήρωα στα σχόλια.
privacy-stranger-asks-quiz-post-reason = Τώρα όλοι ξέρουν τον δρόμο και το σχολείο σου. Μαζί δείχνουν πού θα σε βρουν.
privacy-stranger-asks-quiz-send-friend = Το στέλνω μόνο σε έναν φίλο με μήνυμα.
privacy-stranger-asks-quiz-send-friend-reason = Τα μηνύματα μπορούν να προωθηθούν. Κράτα για σένα τις αληθινές σου απαντήσεις.

## Επίπεδο 5: πριν ανεβάσεις μια φωτογραφία

level-privacy-before-posting-title = Ώρα για ανάρτηση;
level-privacy-before-posting-instruction = Θέλεις να ανεβάσεις μια φωτογραφία. Είναι καλό βήμα πριν την ανεβάσεις ή καλύτερα όχι;
level-privacy-before-posting-learned = Πριν ανεβάσεις, έλεγξε τη φωτογραφία για στοιχεία, ρώτα όσους είναι μέσα και διάλεξε μόνο φίλους. Άφησε κλειστές τις ετικέτες τοποθεσίας.
level-privacy-before-posting-hint-1 = Σκέψου: όταν ανέβει, ποιος μπορεί να δει τη φωτογραφία και τι μπορεί να μάθει;
level-privacy-before-posting-hint-2 = Τα καλά βήματα κρατούν έξω στοιχεία και αγνώστους και ρωτούν όσους είναι στη φωτογραφία. Τα επικίνδυνα απλώνουν τη φωτογραφία ή το πού είσαι.
level-privacy-before-posting-hint-3 = Μια ετικέτα τοποθεσίας είναι κάτι που το αφήνεις έξω.

privacy-bin-do = Κάν’ το
privacy-bin-dont = Καλύτερα όχι

privacy-before-posting-clues = Να ελέγξεις τη φωτογραφία για πινακίδες και αριθμούς σπιτιών.
privacy-before-posting-clues-reason = Ωραία! Κόψ’ τα ή διάλεξε άλλη φωτογραφία, για να μην καταλάβει κανείς πού μένεις.
privacy-before-posting-location = Να βάλεις ετικέτα τοποθεσίας για να σε βρουν οι φίλοι.
privacy-before-posting-location-reason = Μια ετικέτα τοποθεσίας δείχνει σε όλους πού είσαι. Άφησέ την κλειστή.
privacy-before-posting-ask = Να ρωτήσεις όλους στη φωτογραφία αν είναι εντάξει.
privacy-before-posting-ask-reason = Είναι και δική τους φωτογραφία. Ανέβασέ την μόνο αν πουν ναι.
privacy-before-posting-everyone = Να την ανεβάσεις για όλους, για περισσότερα like.
privacy-before-posting-everyone-reason = «Όλοι» σημαίνει και άγνωστοι. Τα like δεν αξίζουν τόσο.
privacy-before-posting-audience = Να διαλέξεις ποιος τη βλέπει: μόνο φίλοι.
privacy-before-posting-audience-reason = Ωραία! Το «Μόνο φίλοι» κρατά έξω τους αγνώστους.
privacy-before-posting-surprise = Να ανεβάσεις για έκπληξη μια αστεία φωτογραφία ενός φίλου.
privacy-before-posting-surprise-reason = Ρώτα πρώτα. Ο φίλος σου ίσως δεν θέλει αυτή τη φωτογραφία στο διαδίκτυο.
