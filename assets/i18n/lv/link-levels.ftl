# Scam Spotters, part two: where a link or a QR code really goes. Brand names and addresses
# are made up and stay unchanged.

## Level 7: the words on a link (read_address)

addr-brand-cometgames = Comet Games

level-addr-link-words-title = Vārdi uz saites
level-addr-link-words-instruction = Saites vārdi var teikt jebko. Pārbaudi, kurp katra saite patiesībā ved. Vai tā ir Comet Games?
level-addr-link-words-learned = Saites vārdi var teikt jebko. Piespied un paturi saiti, lai redzētu, kurp tā patiesībā ved. Šaubies? Nepieskaries: atver vietni bez saites vai pajautā pieaugušajam.
level-addr-link-words-hint-1 = Neuzticies vārdiem uz saites. Paskaties uz adresi zem tiem.
level-addr-link-words-hint-2 = Atrodi adresē vietni: galotni tieši pirms pirmās atsevišķās /, tad nosaukumu tieši pirms tās.
level-addr-link-words-hint-3 = Otrās saites vārdi saka cometgames, bet tās adrese ved uz free-coins.example.

addr-link-words-news-shown = Saite saka: cometgames.example/news
addr-link-words-www-shown = Saite saka: www.cometgames.example
addr-link-words-www-note = Bezmaksas monētas saitē ir triks. Atver pašu spēli, lai redzētu īstās balvas.
addr-link-words-login-shown = Saite saka: Pieslēdzies Comet Games
addr-link-words-login-note = Nekad neraksti paroli pēc pieskaršanās saitei. Atver spēli vai tās vietni bez saites.
addr-link-words-help-shown = Saite saka: Palīdzība pieaugušajiem

## Level 8: QR codes in a car park (read_address)

addr-brand-parkwise = Parkwise

level-addr-qr-parking-title = Kurp ved QR kods?
level-addr-qr-parking-instruction = Tu palīdzi pieaugušajam samaksāt par stāvvietu. Tava kamera rāda, kurp ved katrs kods. Vai tā ir Parkwise?
level-addr-qr-parking-learned = QR kods ir paslēpta saite. Pārbaudi adresi, ko rāda kamera, pirms to atver. Uzlīme uz koda ir brīdinājuma zīme. Maksā tikai kopā ar pieaugušo.
level-addr-qr-parking-hint-1 = QR kodu tu nevari izlasīt. Ko rāda kamera?
level-addr-qr-parking-hint-2 = Lasi adresi kā saiti: galotne tieši pirms pirmās atsevišķās /, tad nosaukums tieši pirms tās.
level-addr-qr-parking-hint-3 = Uzlīmes kods ved uz parkwise-pay.example. Tā nav parkwise.example.

addr-qr-parking-machine-shown = Kods, kas uzdrukāts uz stāvvietas automāta
addr-qr-parking-sticker-shown = Uzlīme, kas uzlīmēta virs automāta koda
addr-qr-parking-sticker-note = Uzlīme uz koda ir brīdinājuma zīme. Maksā labāk pie automāta vai īstajā lietotnē.
addr-qr-parking-fine-shown = Zīmīte uz mašīnas: „Sods par stāvēšanu! Noskenē un maksā tagad”
addr-qr-parking-fine-note = Steidzināšana maksāt ir triks. Parādi to pieaugušajam. Viņš var pārbaudīt īstajā lietotnē.
addr-qr-parking-sign-shown = Kods uz lielās stāvvietas zīmes
