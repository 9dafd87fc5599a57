# Scam Spotters, part two: where a link or a QR code really goes. Brand names and addresses
# are made up and stay unchanged.

## Level 7: the words on a link

addr-brand-cometgames = Comet Games

level-addr-link-words-title = Думи на връзката
level-addr-link-words-instruction = Думите на една връзка могат да казват всичко. Провери накъде наистина води всяка връзка. Comet Games ли е?
level-addr-link-words-learned = Думите на една връзка могат да казват всичко. Задръж пръст върху връзката, за да видиш накъде наистина води. Имаш съмнения? Не докосвай: отвори сайта самостоятелно или попитай възрастен.
level-addr-link-words-hint-1 = Не вярвай на думите на връзката. Погледни адреса под тях.
level-addr-link-words-hint-2 = Намери сайта в този адрес: окончанието преди първата единична /, после името точно преди него.
level-addr-link-words-hint-3 = Думите на втората връзка казват cometgames, но адресът ѝ води към free-coins.example.

addr-link-words-news-shown = Връзката казва: cometgames.example/news
addr-link-words-www-shown = Връзката казва: www.cometgames.example
addr-link-words-www-note = Безплатни монети във връзка са номер. Отвори самата игра, за да видиш истинските награди.
addr-link-words-login-shown = Връзката казва: Влез в Comet Games
addr-link-words-login-note = Никога не пиши парола след докосване на връзка. Отвори играта или сайта ѝ самостоятелно.
addr-link-words-help-shown = Връзката казва: Помощ за възрастни

## Level 8: QR codes in a car park

addr-brand-parkwise = Parkwise

level-addr-qr-parking-title = Накъде води QR кодът?
level-addr-qr-parking-instruction = Помагаш на възрастен да плати паркирането. Камерата ти показва накъде води всеки код. Parkwise ли е?
level-addr-qr-parking-learned = QR кодът е скрита връзка. Провери адреса, който показва камерата, преди да го отвориш. Стикер върху код е предупредителен знак. Плащай само с възрастен.
level-addr-qr-parking-hint-1 = QR код не може да се прочете с очи. Какво показва камерата?
level-addr-qr-parking-hint-2 = Чети адреса като връзка: окончанието преди първата единична /, после името точно преди него.
level-addr-qr-parking-hint-3 = Кодът на стикера води към parkwise-pay.example. Това не е parkwise.example.

addr-qr-parking-machine-shown = Код, отпечатан на паркомата
addr-qr-parking-sticker-shown = Стикер, залепен върху кода на паркомата
addr-qr-parking-sticker-note = Стикер върху код е предупредителен знак. Плати на паркомата или в истинското приложение.
addr-qr-parking-fine-shown = Бележка на колата: „Глоба! Сканирай и плати сега“
addr-qr-parking-fine-note = Да те карат да плащаш бързо е номер. Покажи го на възрастен. Той може да провери в истинското приложение.
addr-qr-parking-sign-shown = Код на голямата табела на паркинга
