# Scam Spotters, part two: where a link or a QR code really goes (read_address levels with
# words shown first). Level files: assets/levels/addr-link-words.json, addr-qr-parking.json.
# Each link has the words the pupil sees first ("-shown"); the game then shows the address
# it really goes to. Some links have a note, shown with the answer: what to do instead.
# Brand names and addresses are made up and stay unchanged in every language.

## Level 7: the words on a link (read_address)

addr-brand-cometgames = Comet Games

level-addr-link-words-title = Слова на посиланні
level-addr-link-words-instruction = На посиланні можна написати що завгодно. Перевір, куди насправді веде кожне. Це Comet Games?
level-addr-link-words-learned = На посиланні можна написати що завгодно. Натисни й утримуй посилання, щоб побачити, куди воно веде. Є сумніви? Не торкайся: відкрий сайт напряму або спитай дорослого.
level-addr-link-words-hint-1 = Не вір словам на посиланні. Подивися на адресу під ними.
level-addr-link-words-hint-2 = Знайди сайт у цій адресі: закінчення перед першим одинарним знаком /, а тоді назва перед ним.
level-addr-link-words-hint-3 = На другому посиланні написано cometgames, але його адреса веде на free-coins.example.

addr-link-words-news-shown = На посиланні написано: cometgames.example/news
addr-link-words-www-shown = На посиланні написано: www.cometgames.example
addr-link-words-www-note = Безкоштовні монети за посиланням — це пастка. Відкрий саму гру: там видно справжні призи.
addr-link-words-login-shown = На посиланні написано: Увійти в Comet Games
addr-link-words-login-note = Ніколи не вводь пароль на сторінці, відкритій за посиланням. Відкрий гру чи її сайт напряму.
addr-link-words-help-shown = На посиланні написано: Допомога для дорослих

## Level 8: QR codes in a car park (read_address)

addr-brand-parkwise = Parkwise

level-addr-qr-parking-title = Куди веде QR-код?
level-addr-qr-parking-instruction = Ти допомагаєш дорослому заплатити за паркування. Камера показує, куди веде кожен код. Це Parkwise?
level-addr-qr-parking-learned = QR-код — це приховане посилання. Перевір адресу, яку показує камера, перш ніж її відкрити. Наліпка поверх коду — це тривожний знак. Плати лише разом із дорослим.
level-addr-qr-parking-hint-1 = QR-код не прочитаєш очима. Що показує камера?
level-addr-qr-parking-hint-2 = Читай адресу як посилання: закінчення перед першим одинарним знаком /, а тоді назва перед ним.
level-addr-qr-parking-hint-3 = Код на наліпці веде на parkwise-pay.example. Це не parkwise.example.

addr-qr-parking-machine-shown = Код, надрукований на паркоматі
addr-qr-parking-sticker-shown = Наліпка поверх коду на паркоматі
addr-qr-parking-sticker-note = Наліпка поверх коду — це тривожний знак. Краще платити в паркоматі або в справжньому застосунку.
addr-qr-parking-fine-shown = Записка на авто: «Штраф! Скануй і плати зараз»
addr-qr-parking-fine-note = Поспіх з оплатою — це хитрість. Покажи записку дорослому. Разом ви перевірите все в справжньому застосунку.
addr-qr-parking-sign-shown = Код на великій табличці паркування
