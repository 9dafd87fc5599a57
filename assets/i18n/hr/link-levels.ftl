# Scam Spotters, part two: where a link or a QR code really goes. Brand names and addresses
# are made up and stay unchanged.

## Level 7: the words on a link

addr-brand-cometgames = Comet Games

level-addr-link-words-title = Riječi na poveznici
level-addr-link-words-instruction = Riječi na poveznici mogu reći bilo što. Provjeri kamo svaka poveznica stvarno vodi. Je li to Comet Games?
level-addr-link-words-learned = Riječi na poveznici mogu reći bilo što. Pritisni i drži poveznicu da vidiš kamo stvarno vodi. Sumnjaš? Ne dodiruj: samostalno otvori stranicu ili pitaj odraslu osobu.
level-addr-link-words-hint-1 = Ne vjeruj riječima na poveznici. Pogledaj adresu ispod njih.
level-addr-link-words-hint-2 = Pronađi stranicu u toj adresi: završetak prije prve jednostruke /, zatim ime odmah ispred njega.
level-addr-link-words-hint-3 = Riječi druge poveznice kažu cometgames, ali njezina adresa vodi na free-coins.example.

addr-link-words-news-shown = Poveznica kaže: cometgames.example/news
addr-link-words-www-shown = Poveznica kaže: www.cometgames.example
addr-link-words-www-note = Besplatni novčići u poveznici su trik. Otvori samu igru da vidiš prave nagrade.
addr-link-words-login-shown = Poveznica kaže: Prijavi se u Comet Games
addr-link-words-login-note = Nikad ne upisuj lozinku nakon što dodirneš poveznicu. Samostalno otvori igru ili njezinu stranicu.
addr-link-words-help-shown = Poveznica kaže: Pomoć za odrasle

## Level 8: QR codes in a car park

addr-brand-parkwise = Parkwise

level-addr-qr-parking-title = Kamo vodi QR kod?
level-addr-qr-parking-instruction = Pomažeš odrasloj osobi platiti parkiranje. Kamera ti pokazuje kamo vodi svaki kod. Je li to Parkwise?
level-addr-qr-parking-learned = QR kod je skrivena poveznica. Provjeri adresu koju pokazuje kamera prije nego što je otvoriš. Naljepnica preko koda je znak upozorenja. Plaćaj samo uz odraslu osobu.
level-addr-qr-parking-hint-1 = QR kod ne možeš pročitati. Što pokazuje kamera?
level-addr-qr-parking-hint-2 = Čitaj adresu kao poveznicu: završetak prije prve jednostruke /, zatim ime odmah ispred njega.
level-addr-qr-parking-hint-3 = Kod s naljepnice vodi na parkwise-pay.example. To nije parkwise.example.

addr-qr-parking-machine-shown = Kod otisnut na automatu za parkiranje
addr-qr-parking-sticker-shown = Naljepnica zalijepljena preko koda na automatu
addr-qr-parking-sticker-note = Naljepnica preko koda je znak upozorenja. Plati na automatu ili u pravoj aplikaciji.
addr-qr-parking-fine-shown = Papir na autu: „Kazna za parkiranje! Skeniraj i plati“
addr-qr-parking-fine-note = Požurivanje na plaćanje je trik. Pokaži to odrasloj osobi. Ona može provjeriti u pravoj aplikaciji.
addr-qr-parking-sign-shown = Kod na velikoj ploči parkirališta
