# Scam Spotters, part two: where a link or a QR code really goes (read_address levels with
# words shown first). Level files: assets/levels/addr-link-words.json, addr-qr-parking.json.
# Each link has the words the pupil sees first ("-shown"); the game then shows the address
# it really goes to. Some links have a note, shown with the answer: what to do instead.
# Brand names and addresses are made up and stay unchanged in every language.

## Level 7: the words on a link (read_address)

addr-brand-cometgames = Comet Games

level-addr-link-words-title = Words on a link
level-addr-link-words-instruction = A link's words can say anything. Check where each link really goes. Is it Comet Games?
level-addr-link-words-learned = A link's words can say anything. Press and hold a link to see where it really goes. Not sure? Don't tap: open the site yourself or ask an adult.
level-addr-link-words-hint-1 = Don't trust the words on the link. Look at the address below them.
level-addr-link-words-hint-2 = Find the site in that address: the ending before the first single /, then the name before it.
level-addr-link-words-hint-3 = The second link's words say cometgames, but its address goes to free-coins.example.

addr-link-words-news-shown = The link says: cometgames.example/news
addr-link-words-www-shown = The link says: www.cometgames.example
addr-link-words-www-note = Free coins in a link are a trick. Open the game itself to see real prizes.
addr-link-words-login-shown = The link says: Log in to Comet Games
addr-link-words-login-note = Never type a password after tapping a link. Open the game or its site yourself.
addr-link-words-help-shown = The link says: Help for grown-ups

## Level 8: QR codes in a car park (read_address)

addr-brand-parkwise = Parkwise

level-addr-qr-parking-title = Where does the QR code go?
level-addr-qr-parking-instruction = You help an adult pay for parking. Your camera shows where each code goes. Is it Parkwise?
level-addr-qr-parking-learned = A QR code is a hidden link. Check the address your camera shows before you open it. A sticker over a code is a warning sign. Pay only with an adult.
level-addr-qr-parking-hint-1 = You can't read a QR code. What does the camera show?
level-addr-qr-parking-hint-2 = Read the address like a link: the ending before the first single /, then the name before it.
level-addr-qr-parking-hint-3 = The sticker's code goes to parkwise-pay.example. That is not parkwise.example.

addr-qr-parking-machine-shown = Code printed on the parking machine
addr-qr-parking-sticker-shown = A sticker stuck over the machine's code
addr-qr-parking-sticker-note = A sticker over a code is a warning sign. Pay at the machine or in the real app instead.
addr-qr-parking-fine-shown = A note on the car: "Parking fine! Scan and pay now"
addr-qr-parking-fine-note = Rushing you to pay is a trick. Show it to an adult. They can check in the real app.
addr-qr-parking-sign-shown = Code on the big parking sign
