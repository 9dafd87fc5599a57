# Scam Spotters, part two: where a link or a QR code really goes. Brand names and addresses
# are made up and stay unchanged in every language.

## Level 7: the words on a link (read_address)

addr-brand-cometgames = Comet Games

level-addr-link-words-title = Besede na povezavi
level-addr-link-words-instruction = Besede povezave lahko pravijo karkoli. Preveri, kam res vodi vsaka povezava. Je to Comet Games?
level-addr-link-words-learned = Besede povezave lahko pravijo karkoli. Pridrži prst na povezavi, da vidiš, kam res vodi. Ne veš zagotovo? Ne tapni: spletno mesto odpri neposredno ali vprašaj odraslo osebo.
level-addr-link-words-hint-1 = Ne zaupaj besedam na povezavi. Poglej naslov pod njimi.
level-addr-link-words-hint-2 = V tem naslovu poišči spletno mesto: končnico pred prvo samostojno /, nato ime pred njo.
level-addr-link-words-hint-3 = Besede druge povezave pravijo cometgames, njen naslov pa vodi na free-coins.example.

addr-link-words-news-shown = Povezava pravi: cometgames.example/news
addr-link-words-www-shown = Povezava pravi: www.cometgames.example
addr-link-words-www-note = Brezplačni kovanci v povezavi so zvijača. Odpri kar igro, da vidiš prave nagrade.
addr-link-words-login-shown = Povezava pravi: Prijava v Comet Games
addr-link-words-login-note = Nikoli ne vpiši gesla, potem ko tapneš povezavo. Igro ali njeno spletno mesto odpri neposredno.
addr-link-words-help-shown = Povezava pravi: Pomoč za odrasle

## Level 8: QR codes in a car park (read_address)

addr-brand-parkwise = Parkwise

level-addr-qr-parking-title = Kam vodi koda QR?
level-addr-qr-parking-instruction = Odrasli osebi pomagaš plačati parkiranje. Kamera pokaže, kam vodi vsaka koda. Je to Parkwise?
level-addr-qr-parking-learned = Koda QR je skrita povezava. Preden jo odpreš, preveri naslov, ki ga pokaže kamera. Nalepka čez kodo je opozorilni znak. Plačuj samo skupaj z odraslo osebo.
level-addr-qr-parking-hint-1 = Kode QR ne moreš prebrati. Kaj pokaže kamera?
level-addr-qr-parking-hint-2 = Naslov preberi kot povezavo: končnico pred prvo samostojno /, nato ime pred njo.
level-addr-qr-parking-hint-3 = Koda z nalepke vodi na parkwise-pay.example. To ni parkwise.example.

addr-qr-parking-machine-shown = Koda, natisnjena na parkirnem avtomatu
addr-qr-parking-sticker-shown = Nalepka čez kodo avtomata
addr-qr-parking-sticker-note = Nalepka čez kodo je opozorilni znak. Raje plačaj na avtomatu ali v pravi aplikaciji.
addr-qr-parking-fine-shown = Listek na avtu: „Kazen za parkiranje! Skeniraj in plačaj zdaj“
addr-qr-parking-fine-note = Priganjanje k plačilu je zvijača. Pokaži to odrasli osebi. Ta lahko preveri v pravi aplikaciji.
addr-qr-parking-sign-shown = Koda na veliki parkirni tabli
