# Odhaľovači podvodov, 2. časť: kam naozaj vedie odkaz alebo QR kód. Názvy značiek a adresy
# sú vymyslené a v každom jazyku zostávajú rovnaké.

## Úroveň 7: slová na odkaze

addr-brand-cometgames = Comet Games

level-addr-link-words-title = Slová na odkaze
level-addr-link-words-instruction = Slová na odkaze môžu hovoriť čokoľvek. Skontroluj, kam naozaj vedie každý odkaz. Je to Comet Games?
level-addr-link-words-learned = Slová na odkaze môžu hovoriť čokoľvek. Podrž na odkaze prst a uvidíš, kam naozaj vedie. Nie je ti to jasné? Neťukaj: otvor stránku priamo alebo sa spýtaj dospelého.
level-addr-link-words-hint-1 = Never slovám na odkaze. Pozri sa na adresu pod nimi.
level-addr-link-words-hint-2 = Nájdi v tej adrese stránku: koncovku pred prvou samostatnou /, potom meno pred ňou.
level-addr-link-words-hint-3 = Slová druhého odkazu hovoria cometgames, ale jeho adresa vedie na free-coins.example.

addr-link-words-news-shown = Odkaz hovorí: cometgames.example/news
addr-link-words-www-shown = Odkaz hovorí: www.cometgames.example
addr-link-words-www-note = Mince zadarmo v odkaze sú trik. Skutočné ceny uvidíš, keď otvoríš samotnú hru.
addr-link-words-login-shown = Odkaz hovorí: Prihlás sa do Comet Games
addr-link-words-login-note = Nikdy nepíš heslo po ťuknutí na odkaz. Otvor priamo hru alebo jej stránku.
addr-link-words-help-shown = Odkaz hovorí: Pomoc pre dospelých

## Úroveň 8: QR kódy na parkovisku

addr-brand-parkwise = Parkwise

level-addr-qr-parking-title = Kam vedie QR kód?
level-addr-qr-parking-instruction = Pomáhaš dospelému zaplatiť parkovanie. Fotoaparát ukazuje, kam vedie každý kód. Je to Parkwise?
level-addr-qr-parking-learned = QR kód je skrytý odkaz. Pred otvorením skontroluj adresu, ktorú ukazuje fotoaparát. Nálepka cez kód je varovný signál. Plať len s dospelým.
level-addr-qr-parking-hint-1 = QR kód si nevieš prečítať. Čo ukazuje fotoaparát?
level-addr-qr-parking-hint-2 = Čítaj adresu ako odkaz: koncovku pred prvou samostatnou /, potom meno pred ňou.
level-addr-qr-parking-hint-3 = Kód na nálepke vedie na parkwise-pay.example. To nie je parkwise.example.

addr-qr-parking-machine-shown = Kód vytlačený na parkovacom automate
addr-qr-parking-sticker-shown = Nálepka nalepená cez kód automatu
addr-qr-parking-sticker-note = Nálepka cez kód je varovný signál. Zaplaťte radšej v automate alebo v skutočnej aplikácii.
addr-qr-parking-fine-shown = Lístok na aute: „Pokuta! Naskenuj a zaplať hneď“
addr-qr-parking-fine-note = Súriť ťa, aby sa hneď platilo, je trik. Ukáž to dospelému. Môže to overiť v skutočnej aplikácii.
addr-qr-parking-sign-shown = Kód na veľkej tabuli parkoviska
