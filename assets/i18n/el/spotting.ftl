# Τα επίπεδα «Βρες τα προειδοποιητικά σημάδια»: μήνυμα, email ή ιστοσελίδα με γραμμές που πατιούνται.

spot-screen-message = Μήνυμα
spot-screen-email = Email
spot-screen-web = Ιστοσελίδα
spot-screen-profile = Προφίλ
spot-screen-post = Ανάρτηση με φωτογραφία
spot-screen-group-chat = Ομαδική συνομιλία
spot-start = Πάτησε κάθε γραμμή που μοιάζει με προειδοποιητικό σημάδι.
spot-found = Προειδοποιητικά σημάδια που βρέθηκαν: { $found } από { $total }
spot-part-flag = Προειδοποιητικό σημάδι: { $text }
spot-part-fine = Εντάξει: { $text }
spot-part-fixed = Διορθώθηκε: { $text }
spot-right = Προειδοποιητικό σημάδι!
spot-wrong = Αυτή είναι εντάξει.
spot-feedback = { $verdict } { $reason }
spot-done = { $last } Βρήκες όλα τα προειδοποιητικά σημάδια. Πάτησε Τέλος.
