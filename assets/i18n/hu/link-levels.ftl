# Scam Spotters, part two: where a link or a QR code really goes. Brand names and addresses
# are made up and stay unchanged.

## Level 7: the words on a link (read_address)

addr-brand-cometgames = Comet Games

level-addr-link-words-title = Szavak egy linken
level-addr-link-words-instruction = Egy link szavai bármit mondhatnak. Nézd meg, hová visz valójában minden link. Ez a Comet Games?
level-addr-link-words-learned = Egy link szavai bármit mondhatnak. Tartsd nyomva a linket, hogy lásd, hová visz valójában. Nem vagy biztos benne? Ne koppints rá: nyisd meg magad a webhelyet, vagy kérdezz meg egy felnőttet.
level-addr-link-words-hint-1 = Ne higgy a link szavainak. Nézd a címet alattuk.
level-addr-link-words-hint-2 = Keresd meg a webhelyet a címben: a végződést az első magányos / előtt, aztán a nevet közvetlenül előtte.
level-addr-link-words-hint-3 = A második link szavai szerint cometgames, de a címe ide visz: free-coins.example.

addr-link-words-news-shown = A linken ez áll: cometgames.example/news
addr-link-words-www-shown = A linken ez áll: www.cometgames.example
addr-link-words-www-note = Az ingyen érmék egy linkben trükk. Nyisd meg magát a játékot, ott látod a valódi nyereményeket.
addr-link-words-login-shown = A linken ez áll: Belépés a Comet Gamesbe
addr-link-words-login-note = Soha ne írj be jelszót, miután egy linkre koppintottál. Nyisd meg magad a játékot vagy a webhelyét.
addr-link-words-help-shown = A linken ez áll: Segítség felnőtteknek

## Level 8: QR codes in a car park (read_address)

addr-brand-parkwise = Parkwise

level-addr-qr-parking-title = Hová visz a QR-kód?
level-addr-qr-parking-instruction = Segítesz egy felnőttnek kifizetni a parkolást. A kamerád megmutatja, hová visz egy-egy kód. Ez a Parkwise?
level-addr-qr-parking-learned = A QR-kód egy rejtett link. Nézd meg a címet, amit a kamerád mutat, mielőtt megnyitod. Egy kódra ragasztott matrica vészjel. Csak felnőttel fizess.
level-addr-qr-parking-hint-1 = Egy QR-kódot nem tudsz elolvasni. Mit mutat a kamera?
level-addr-qr-parking-hint-2 = Olvasd a címet úgy, mint egy linket: a végződés az első magányos / előtt, aztán a név közvetlenül előtte.
level-addr-qr-parking-hint-3 = A matricán lévő kód ide visz: parkwise-pay.example. Ez nem a parkwise.example.

addr-qr-parking-machine-shown = A parkolóautomatára nyomtatott kód
addr-qr-parking-sticker-shown = Az automata kódjára ragasztott matrica
addr-qr-parking-sticker-note = Egy kódra ragasztott matrica vészjel. Fizess inkább az automatánál vagy a valódi alkalmazásban.
addr-qr-parking-fine-shown = Cetli az autón: „Parkolási bírság! Szkenneld és fizess most”
addr-qr-parking-fine-note = A sürgetés, hogy azonnal fizess, trükk. Mutasd meg egy felnőttnek. Ő meg tudja nézni a valódi alkalmazásban.
addr-qr-parking-sign-shown = Kód a nagy parkolótáblán
