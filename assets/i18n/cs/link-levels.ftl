# Lovci podvodů, druhá část: kam odkaz nebo QR kód doopravdy vede.
# Značky a adresy jsou vymyšlené a nepřekládají se.

## Úroveň 7: slova na odkazu

addr-brand-cometgames = Comet Games

level-addr-link-words-title = Slova na odkazu
level-addr-link-words-instruction = Slova na odkazu můžou tvrdit cokoli. Zjisti, kam každý odkaz doopravdy vede. Je to Comet Games?
level-addr-link-words-learned = Slova na odkazu můžou tvrdit cokoli. Podrž prst na odkazu a uvidíš, kam doopravdy vede. Máš pochybnosti? Neťukej: otevři web přímo nebo se zeptej dospělého.
level-addr-link-words-hint-1 = Nevěř slovům na odkazu. Podívej se na adresu pod nimi.
level-addr-link-words-hint-2 = Najdi v té adrese web: koncovku před prvním samotným /, a pak jméno před ní.
level-addr-link-words-hint-3 = Slova druhého odkazu říkají cometgames, ale jeho adresa vede na free-coins.example.

addr-link-words-news-shown = Odkaz říká: cometgames.example/news
addr-link-words-www-shown = Odkaz říká: www.cometgames.example
addr-link-words-www-note = Mince zdarma v odkazu jsou podvod. Skutečné ceny uvidíš, když otevřeš přímo hru.
addr-link-words-login-shown = Odkaz říká: Přihlas se do Comet Games
addr-link-words-login-note = Po ťuknutí na odkaz nikdy nepiš heslo. Otevři hru nebo její web přímo.
addr-link-words-help-shown = Odkaz říká: Pomoc pro dospělé

## Úroveň 8: QR kódy na parkovišti

addr-brand-parkwise = Parkwise

level-addr-qr-parking-title = Kam vede QR kód?
level-addr-qr-parking-instruction = Pomáháš dospělému zaplatit parkování. Fotoaparát ukazuje, kam který kód vede. Je to Parkwise?
level-addr-qr-parking-learned = QR kód je schovaný odkaz. Než ho otevřeš, zkontroluj adresu, kterou fotoaparát ukáže. Nálepka přes kód je varovný signál. Plať jen s dospělým.
level-addr-qr-parking-hint-1 = QR kód přečíst neumíš. Co ukazuje fotoaparát?
level-addr-qr-parking-hint-2 = Čti adresu jako odkaz: koncovku před prvním samotným /, a pak jméno před ní.
level-addr-qr-parking-hint-3 = Kód na nálepce vede na parkwise-pay.example. To není parkwise.example.

addr-qr-parking-machine-shown = Kód vytištěný na parkovacím automatu
addr-qr-parking-sticker-shown = Nálepka nalepená přes kód automatu
addr-qr-parking-sticker-note = Nálepka přes kód je varovný signál. Zaplať raději u automatu nebo ve skutečné aplikaci.
addr-qr-parking-fine-shown = Lístek na autě: „Pokuta! Naskenuj a zaplať hned“
addr-qr-parking-fine-note = Když tě někdo nutí rychle platit, je to podvod. Ukaž to dospělému. Může to ověřit ve skutečné aplikaci.
addr-qr-parking-sign-shown = Kód na velké parkovací ceduli
