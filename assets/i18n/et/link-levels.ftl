# Pettuste tuvastajad, teine osa: kuhu link või QR-kood päriselt viib.
# Kaubamärgid ja aadressid on välja mõeldud ega tõlgita.

## Tase 7: lingi sõnad

addr-brand-cometgames = Comet Games

level-addr-link-words-title = Sõnad lingil
level-addr-link-words-instruction = Lingi sõnad võivad väita mida iganes. Kontrolli, kuhu iga link päriselt viib. Kas see on Comet Games?
level-addr-link-words-learned = Lingi sõnad võivad väita mida iganes. Hoia sõrme lingil, et näha, kuhu see päriselt viib. Kahtled? Ära puuduta: ava sait ise või küsi täiskasvanult.
level-addr-link-words-hint-1 = Ära usalda lingi sõnu. Vaata nende all olevat aadressi.
level-addr-link-words-hint-2 = Leia sellest aadressist sait: lõpp enne esimest üksikut /-märki ja siis nimi selle ees.
level-addr-link-words-hint-3 = Teise lingi sõnades on cometgames, aga selle aadress viib saidile free-coins.example.

addr-link-words-news-shown = Lingil on kirjas: cometgames.example/news
addr-link-words-www-shown = Lingil on kirjas: www.cometgames.example
addr-link-words-www-note = Tasuta mündid lingis on pettus. Päris auhindade nägemiseks ava mäng ise.
addr-link-words-login-shown = Lingil on kirjas: Logi sisse Comet Gamesi
addr-link-words-login-note = Ära kunagi kirjuta parooli pärast lingi puudutamist. Ava mäng või selle sait ise.
addr-link-words-help-shown = Lingil on kirjas: Abi täiskasvanutele

## Tase 8: QR-koodid parklas

addr-brand-parkwise = Parkwise

level-addr-qr-parking-title = Kuhu QR-kood viib?
level-addr-qr-parking-instruction = Aitad täiskasvanul parkimise eest maksta. Kaamera näitab, kuhu iga kood viib. Kas see on Parkwise?
level-addr-qr-parking-learned = QR-kood on peidetud link. Kontrolli enne avamist aadressi, mida kaamera näitab. Kleebis koodi peal on ohumärk. Maksa ainult koos täiskasvanuga.
level-addr-qr-parking-hint-1 = QR-koodi sa ise lugeda ei saa. Mida kaamera näitab?
level-addr-qr-parking-hint-2 = Loe aadressi nagu linki: lõpp enne esimest üksikut /-märki ja siis nimi selle ees.
level-addr-qr-parking-hint-3 = Kleebise kood viib saidile parkwise-pay.example. See pole parkwise.example.

addr-qr-parking-machine-shown = Parkimisautomaadile trükitud kood
addr-qr-parking-sticker-shown = Automaadi koodi peale kleebitud kleebis
addr-qr-parking-sticker-note = Kleebis koodi peal on ohumärk. Maksa parem automaadis või päris rakenduses.
addr-qr-parking-fine-shown = Sedel autol: „Parkimistrahv! Skanni ja maksa kohe“
addr-qr-parking-fine-note = Maksmisega kiirustama sundimine on pettus. Näita seda täiskasvanule. Ta saab päris rakenduses järele kontrollida.
addr-qr-parking-sign-shown = Kood suurel parkimissildil
