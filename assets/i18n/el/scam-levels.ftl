# Ο κόσμος «Ανιχνευτές Απάτης»: ο μαθητής πατά τα προειδοποιητικά σημάδια σε μια ψεύτικη οθόνη.
# Άνθρωποι, εταιρείες, αριθμοί και διευθύνσεις είναι φανταστικά: μένουν ίδια.

world-scam-spotters = Ανιχνευτές Απάτης

## Επίπεδο 1: ένα μήνυμα για ένα δώρο

level-flags-prize-message-title = Δώρο-έκπληξη;
level-flags-prize-message-instruction = Πάτησε κάθε προειδοποιητικό σημάδι σε αυτό το μήνυμα.
level-flags-prize-message-learned = Ένα δώρο-έκπληξη από άγνωστο είναι κόλπο, γι’ αυτό μην του στέλνεις ποτέ τα στοιχεία σου.
level-flags-prize-message-hint-1 = Διάβασε αργά κάθε γραμμή. Θα έγραφε έτσι ένας φίλος;
level-flags-prize-message-hint-2 = Άγνωστοι, δώρα-έκπληξη και ερωτήσεις για σένα είναι προειδοποιητικά σημάδια.
level-flags-prize-message-hint-3 = Κοίτα ποιος το έστειλε. Άλλα δύο προειδοποιητικά σημάδια είναι πιο κάτω.

flags-prize-message-sender = Από: Άγνωστος αριθμός
flags-prize-message-sender-reason = Δεν ξέρεις αυτόν τον αριθμό. Πρόσεχε όταν σου γράφει ένας άγνωστος.
flags-prize-message-greeting = Γεια σου!
flags-prize-message-greeting-reason = Ένα φιλικό γεια είναι φυσιολογικό. Μόνο του δεν είναι προειδοποιητικό σημάδι.
flags-prize-message-prize = Συγχαρητήρια! Κέρδισες ένα καινούργιο τάμπλετ!
flags-prize-message-prize-reason = Δεν έγινε κανένας διαγωνισμός, αλλά υπάρχει δώρο; Ένα δώρο-έκπληξη από άγνωστο είναι κόλπο.
flags-prize-message-picture = Εικόνα: ένα γυαλιστερό τάμπλετ με κόκκινο φιόγκο
flags-prize-message-picture-reason = Μια εικόνα μόνη της δεν είναι προειδοποιητικό σημάδι. Διάβασε και τις λέξεις γύρω της.
flags-prize-message-request = Για να το πάρεις, στείλε μας το όνομα και τη διεύθυνσή σου.
flags-prize-message-request-reason = Μη δίνεις ποτέ τη διεύθυνση του σπιτιού σου σε άγνωστο. Ρώτα έναν ενήλικα πριν απαντήσεις.
flags-prize-message-signoff = Καλή σου μέρα!
flags-prize-message-signoff-reason = Ένας ευγενικός αποχαιρετισμός είναι φυσιολογικός. Τα ωραία λόγια μόνα τους δεν κάνουν ένα μήνυμα καλό ή κακό.

## Επίπεδο 2: ψεύτικο email για δέμα

level-flags-parcel-email-title = Το email του δέματος
level-flags-parcel-email-instruction = Πάτησε κάθε προειδοποιητικό σημάδι σε αυτό το email.
level-flags-parcel-email-learned = Μια αληθινή εταιρεία δεν ζητά ποτέ τον κωδικό σου σε email. Η βιασύνη είναι κόλπο.
level-flags-parcel-email-hint-1 = Διάβασε κάθε γραμμή. Έρχεται πραγματικά από εταιρεία δεμάτων;
level-flags-parcel-email-hint-2 = Τα ψεύτικα email έρχονται από περίεργες διευθύνσεις, σε βιάζουν και ζητούν μυστικά.
level-flags-parcel-email-hint-3 = Κοίτα ποιος το έστειλε και τον σύνδεσμο. Υπάρχουν κι άλλα προειδοποιητικά σημάδια.

flags-parcel-email-sender = Από: QuickBox Parcels <qb.help.2291@free-mail.example>
flags-parcel-email-sender-reason = Μια εταιρεία δεμάτων γράφει από τη δική της διεύθυνση. Αυτή είναι απλώς μια δωρεάν διεύθυνση email.
flags-parcel-email-subject = Θέμα: Δεν μπορέσαμε να παραδώσουμε το δέμα σας
flags-parcel-email-subject-reason = Κάποιες φορές ένα δέμα πραγματικά δεν παραδίδεται. Το θέμα μόνο του δεν είναι προειδοποιητικό σημάδι.
flags-parcel-email-greeting = Γεια σας,
flags-parcel-email-greeting-reason = Ένας απλός χαιρετισμός είναι φυσιολογικός. Μόνος του δεν είναι προειδοποιητικό σημάδι.
flags-parcel-email-urgency = Πληρώστε ένα μικρό τέλος μέσα σε 1 ώρα, αλλιώς επιστρέφεται!
flags-parcel-email-urgency-reason = Οι απατεώνες σε βιάζουν για να μη σταματήσεις να σκεφτείς. Μια αληθινή εταιρεία σου δίνει χρόνο.
flags-parcel-email-link = Κάντε κλικ εδώ: parcel-help.example/pay-now
flags-parcel-email-link-reason = Ο σύνδεσμος πάει στο parcel-help, όχι στο QuickBox. Ζήτα από έναν ενήλικα να ελέγξει στον αληθινό ιστότοπο.
flags-parcel-email-request = Μετά γράψτε τον κωδικό σας και τον αριθμό της κάρτας σας.
flags-parcel-email-request-reason = Καμία εταιρεία δεμάτων δεν χρειάζεται τον κωδικό σου. Μη γράφεις ποτέ κωδικό ή αριθμό κάρτας μετά από σύνδεσμο σε email.
flags-parcel-email-signoff = Ευχαριστούμε, η ομάδα του QuickBox
flags-parcel-email-signoff-reason = Η υπογραφή με όνομα είναι φυσιολογική. Όμως ο καθένας μπορεί να γράψει οποιοδήποτε όνομα, οπότε έλεγξε και τις άλλες γραμμές.

## Επίπεδο 3: ψεύτικο κατάστημα

level-flags-fake-shop-title = Η σούπερ προσφορά
level-flags-fake-shop-instruction = Πάτησε κάθε προειδοποιητικό σημάδι σε αυτή τη σελίδα καταστήματος.
level-flags-fake-shop-learned = Έλεγξε τη διεύθυνση και την τιμή ενός καταστήματος και μη δίνεις ποτέ κωδικό ή αριθμό κάρτας σε συνομιλία.
level-flags-fake-shop-hint-1 = Ξεκίνα από πάνω. Θα τα έκανε όλα αυτά ένα αληθινό κατάστημα;
level-flags-fake-shop-hint-2 = Τα ψεύτικα καταστήματα αντιγράφουν αληθινά ονόματα, έχουν πολύ μικρές τιμές και σε βιάζουν.
level-flags-fake-shop-hint-3 = Διάβασε τη διεύθυνση γράμμα γράμμα: κρύβεται μέσα ένας αριθμός. Άλλα τρία προειδοποιητικά σημάδια είναι πιο κάτω.

flags-fake-shop-address = jollyt0y-shop.example/super-sale
flags-fake-shop-address-reason = Κοίτα προσεκτικά: έχει μηδέν, όχι το γράμμα o. Τα ψεύτικα καταστήματα αντιγράφουν τα ονόματα αληθινών.
flags-fake-shop-welcome = Καλώς ήρθατε στο Jollytoy!
flags-fake-shop-welcome-reason = Μια γραμμή καλωσορίσματος είναι φυσιολογική σε σελίδα καταστήματος. Μόνη της δεν είναι προειδοποιητικό σημάδι.
flags-fake-shop-picture = Εικόνα: μια κονσόλα παιχνιδιών με δύο χειριστήρια
flags-fake-shop-picture-reason = Τα καταστήματα δείχνουν εικόνες από ό,τι πουλάνε. Αυτό είναι φυσιολογικό.
flags-fake-shop-price = Κονσόλα παιχνιδιών: 99% έκπτωση από την κανονική τιμή
flags-fake-shop-price-reason = Μια κονσόλα δεν είναι ποτέ τόσο φθηνή. Μια τιμή πολύ καλή για να είναι αληθινή είναι κόλπο.
flags-fake-shop-countdown = Η προσφορά λήγει σε 04:59!
flags-fake-shop-countdown-reason = Το ρολόι που μετρά θέλει να σε βιάσει. Τα ψεύτικα καταστήματα σε βιάζουν για να μην ελέγξεις.
flags-fake-shop-delivery = Η παράδοση παίρνει 3 με 5 μέρες.
flags-fake-shop-delivery-reason = Τα καταστήματα λένε πόσο παίρνει η παράδοση. Αυτό είναι φυσιολογικό.
flags-fake-shop-chat = Συνομιλία: Στείλτε μας εδώ κωδικό και αριθμό κάρτας.
flags-fake-shop-chat-reason = Ένα αληθινό κατάστημα δεν ζητά ποτέ τον κωδικό σου. Οι αριθμοί καρτών δεν μπαίνουν ποτέ σε συνομιλία.

## Επίπεδο 4: ποιοι σύνδεσμοι πάνε στη Moonbank;

addr-brand-moonbank = Moonbank

level-addr-moonbank-title = Είναι πραγματικά η Moonbank;
level-addr-moonbank-instruction = Για κάθε σύνδεσμο, πάτησε το κομμάτι που δίνει το όνομα του ιστότοπου. Μετά πες αν είναι ο ιστότοπος της Moonbank.
level-addr-moonbank-learned = Διάβασε το όνομα ενός συνδέσμου από το τέλος: την κατάληξη ακριβώς πριν από την πρώτη μονή /, και μετά το όνομα πριν από αυτήν. Αυτός είναι ο ιστότοπος. Λέξεις μπροστά του ή μετά την / δεν αποδεικνύουν τίποτα.
level-addr-moonbank-hint-1 = Βρες την πρώτη μονή / στον σύνδεσμο. Το όνομα του ιστότοπου τελειώνει ακριβώς πριν από αυτήν.
level-addr-moonbank-hint-2 = Διάβασε προς τα πίσω από εκείνη την /: πρώτα την κατάληξη .example, μετά το όνομα πριν από αυτήν. Μαζί είναι ο ιστότοπος.
level-addr-moonbank-hint-3 = Ο τρίτος σύνδεσμος πάει στο free-gifts.example. Η λέξη moonbank μετά την / είναι μόνο όνομα σελίδας.

## Επίπεδο 5: σύνδεσμοι που μοιάζουν

addr-brand-pixelpost = Pixelpost

level-addr-lookalike-title = Σύνδεσμοι που μοιάζουν
level-addr-lookalike-instruction = Για κάθε σύνδεσμο, πάτησε το κομμάτι που δίνει το όνομα του ιστότοπου. Μετά πες αν είναι ο ιστότοπος του Pixelpost.
level-addr-lookalike-learned = Οι απατεώνες κρύβουν τον αληθινό ιστότοπο μετά από ένα @, προσθέτουν λέξεις ή αλλάζουν γράμματα με άλλα που μοιάζουν. Διάβασε τον ιστότοπο γράμμα γράμμα.
level-addr-lookalike-hint-1 = Υπάρχει @ στον σύνδεσμο; Ο ιστότοπος έρχεται μετά από αυτό.
level-addr-lookalike-hint-2 = Διάβασε τον ιστότοπο γράμμα γράμμα. Μια λέξη παραπάνω ή ένα περίεργο γράμμα τον κάνει άλλον ιστότοπο.
level-addr-lookalike-hint-3 = Κοίτα το i στον δεύτερο σύνδεσμο: είναι από άλλο αλφάβητο. Γι’ αυτό είναι άλλος ιστότοπος.

## Επίπεδο 6: τι κάνεις με ένα κόλπο

level-scam-what-to-do-title = Τι κάνεις;
level-scam-what-to-do-instruction = Εμφανίζεται κάτι περίεργο. Διάλεξε κάθε φορά το καλύτερο που μπορείς να κάνεις.
level-scam-what-to-do-learned = Αν ένα μήνυμα σε βιάζει, μοιάζει περίεργο ή θέλει αριθμό κάρτας, μην πατήσεις. Έλεγξε με άλλον τρόπο και πες το σε έναν ενήλικα που εμπιστεύεσαι.
level-scam-what-to-do-hint-1 = Ένας καλός ντετέκτιβ σταματά και σκέφτεται πριν πατήσει οτιδήποτε.
level-scam-what-to-do-hint-2 = Οι απατεώνες σε βιάζουν, χρησιμοποιούν λογαριασμούς φίλων και υπόσχονται δώρα. Σταμάτα πριν πατήσεις.
level-scam-what-to-do-hint-3 = Όταν ο λογαριασμός ενός φίλου στέλνει κάτι περίεργο, έλεγξε με τον φίλο με άλλον τρόπο.

scam-what-to-do-account-closed-prompt = Ένα μήνυμα λέει: «Ο λογαριασμός σου στο παιχνίδι θα κλείσει ΣΗΜΕΡΑ! Πάτα εδώ για να τον σώσεις: save-my-game.example»
scam-what-to-do-account-closed-tap-fast = Πατάω γρήγορα τον σύνδεσμο να σώσω τον λογαριασμό.
scam-what-to-do-account-closed-tap-fast-reason = Η βιασύνη είναι κόλπο για να μη σκεφτείς. Ο σύνδεσμος θα μπορούσε να κλέψει τον κωδικό σου.
scam-what-to-do-account-closed-tell-adult = Δεν πατάω. Το δείχνω σε έναν ενήλικα.
scam-what-to-do-account-closed-tell-adult-reason = Μπράβο! Μαζί μπορείτε να ελέγξετε στο αληθινό παιχνίδι. Μια τέτοια βιασύνη είναι κόλπο.
scam-what-to-do-account-closed-reply = Απαντάω και ρωτάω ποιοι είναι.
scam-what-to-do-account-closed-reply-reason = Μια απάντηση λέει στον απατεώνα ότι κάποιος διαβάζει τα μηνύματά του. Καλύτερα να μην απαντήσεις καθόλου.

scam-what-to-do-friend-link-prompt = Ο λογαριασμός του φίλου σου του Σάκη σου στέλνει ξαφνικά: «χαχα εσύ είσαι;; clip-watch.example/v/8812»
scam-what-to-do-friend-link-tap = Το πατάω. Είναι από τον Σάκη, άρα ασφαλές.
scam-what-to-do-friend-link-tap-reason = Ίσως κάποιος άλλος χρησιμοποιεί τον λογαριασμό του Σάκη. Οι απατεώνες στέλνουν κακούς συνδέσμους από λογαριασμούς φίλων.
scam-what-to-do-friend-link-pass-on = Το στέλνω και στους άλλους φίλους μου.
scam-what-to-do-friend-link-pass-on-reason = Τότε μπορεί να το πατήσουν κι εκείνοι. Μη στέλνεις ποτέ παρακάτω έναν σύνδεσμο για τον οποίο έχεις αμφιβολίες.
scam-what-to-do-friend-link-grown-up-phone = Το πατάω, αλλά στο κινητό ενός ενήλικα.
scam-what-to-do-friend-link-grown-up-phone-reason = Ένας κακός σύνδεσμος είναι το ίδιο κακός σε κάθε κινητό και μπορεί να ζητήσει κωδικό. Έλεγξε πρώτα με τον Σάκη.
scam-what-to-do-friend-link-ask-another-way = Ρωτάω πρώτα τον Σάκη από κοντά.
scam-what-to-do-friend-link-ask-another-way-reason = Τέλεια! Ρώτα τον Σάκη από κοντά ή στο τηλέφωνο. Αν δεν το έστειλε ο Σάκης, πες το σε έναν ενήλικα.

scam-what-to-do-won-phone-prompt = Ένα αναδυόμενο παράθυρο λέει: «Κέρδισες ένα καινούργιο κινητό! Γράψε τον αριθμό της κάρτας του γονιού σου για να το πάρεις.»
scam-what-to-do-won-phone-close-tell = Το κλείνω και το λέω σε ενήλικα.
scam-what-to-do-won-phone-close-tell-reason = Σωστά! Ένα αληθινό δώρο δεν χρειάζεται ποτέ αριθμό κάρτας. Ένας ενήλικας μπορεί να ελέγξει ότι όλα είναι εντάξει.
scam-what-to-do-won-phone-type-card = Φέρνω την κάρτα και γράφω τον αριθμό.
scam-what-to-do-won-phone-type-card-reason = Δεν υπάρχει κινητό. Οι απατεώνες θέλουν τον αριθμό της κάρτας για να πάρουν χρήματα.
scam-what-to-do-won-phone-claim = Πατάω «Πάρε το δώρο».
scam-what-to-do-won-phone-claim-reason = Τα κουμπιά σε ένα τέτοιο παράθυρο μπορεί να ανοίξουν κι άλλα κόλπα. Κλείσ’ το καλύτερα.
