# The "Scam Spotters" world. People, companies, numbers and addresses are made up: keep them
# unchanged; only reserved example domains.

world-scam-spotters = Ловци на измами

## Level 1: a chat message about a prize

level-flags-prize-message-title = Изненадваща награда?
level-flags-prize-message-instruction = Докосни всеки предупредителен знак в това съобщение.
level-flags-prize-message-learned = Изненадваща награда от непознат е номер, затова никога не му пращай данните си.
level-flags-prize-message-hint-1 = Чети всеки ред бавно. Би ли ти писал така приятел?
level-flags-prize-message-hint-2 = Непознати, изненадващи награди и въпроси за теб са предупредителни знаци.
level-flags-prize-message-hint-3 = Погледни кой го е пратил. Още два предупредителни знака има по-надолу.

flags-prize-message-sender = От: Непознат номер
flags-prize-message-sender-reason = Не познаваш този номер. Внимавай, когато ти пише непознат.
flags-prize-message-greeting = Здрасти!
flags-prize-message-greeting-reason = Приятелският поздрав е нормален. Сам по себе си не е предупредителен знак.
flags-prize-message-prize = Браво! Печелиш нов таблет!
flags-prize-message-prize-reason = Нямаше конкурс, а има награда? Изненадваща награда от непознат е номер.
flags-prize-message-picture = Картинка: лъскав таблет с червена панделка
flags-prize-message-picture-reason = Картинката сама по себе си не е предупредителен знак. Прочети и думите около нея.
flags-prize-message-request = За да я получиш, прати ни името и адреса си.
flags-prize-message-request-reason = Никога не давай домашния си адрес на непознат. Попитай възрастен, преди да отговориш.
flags-prize-message-signoff = Хубав ден!
flags-prize-message-signoff-reason = Милото сбогуване е нормално. Хубавите думи сами не правят едно съобщение добро или лошо.

## Level 2: a fake parcel e-mail

level-flags-parcel-email-title = Имейлът за пратката
level-flags-parcel-email-instruction = Докосни всеки предупредителен знак в този имейл.
level-flags-parcel-email-learned = Истинската фирма никога не иска паролата ти в имейл. Да те карат да бързаш е номер.
level-flags-parcel-email-hint-1 = Прочети всеки ред. Наистина ли идва от фирма за пратки?
level-flags-parcel-email-hint-2 = Фалшивите имейли идват от странни адреси, карат те да бързаш и искат тайни.
level-flags-parcel-email-hint-3 = Погледни кой го е пратил и връзката. Има и още предупредителни знаци.

flags-parcel-email-sender = От: QuickBox Parcels <qb.help.2291@free-mail.example>
flags-parcel-email-sender-reason = Фирмата за пратки пише от собствения си адрес. Това е просто безплатен пощенски адрес.
flags-parcel-email-subject = Тема: Не успяхме да доставим пратката ти
flags-parcel-email-subject-reason = Понякога пратка наистина не стига. Само темата не е предупредителен знак.
flags-parcel-email-greeting = Здравей,
flags-parcel-email-greeting-reason = Обикновеният поздрав е нормален. Сам по себе си не е предупредителен знак.
flags-parcel-email-urgency = Плати малка такса до 1 час, иначе пратката се връща!
flags-parcel-email-urgency-reason = Измамниците те карат да бързаш, за да не спреш да помислиш. Истинската фирма ти дава време.
flags-parcel-email-link = Кликни тук: parcel-help.example/pay-now
flags-parcel-email-link-reason = Връзката води към parcel-help, не към QuickBox. Помоли възрастен да провери в истинския сайт.
flags-parcel-email-request = После въведи паролата и номера на картата си.
flags-parcel-email-request-reason = Никоя фирма за пратки няма нужда от паролата ти. Никога не въвеждай парола или номер на карта след връзка от имейл.
flags-parcel-email-signoff = Благодарим ви, екипът на QuickBox
flags-parcel-email-signoff-reason = Подписът с име е нормален. Но всеки може да напише всяко име, затова провери и другите редове.

## Level 3: a fake shop page

level-flags-fake-shop-title = Голямата разпродажба
level-flags-fake-shop-instruction = Докосни всеки предупредителен знак на тази страница на магазин.
level-flags-fake-shop-learned = Провери адреса и цената на магазина и никога не давай парола или номер на карта в чат.
level-flags-fake-shop-hint-1 = Започни отгоре. Истински магазин би ли направил всичко това?
level-flags-fake-shop-hint-2 = Фалшивите магазини копират истински имена, имат мънички цени и те карат да бързаш.
level-flags-fake-shop-hint-3 = Прочети адреса буква по буква: в него се крие цифра. Още три предупредителни знака има по-долу.

flags-fake-shop-address = jollyt0y-shop.example/super-sale
flags-fake-shop-address-reason = Погледни внимателно: има нула, а не буквата o. Фалшивите магазини копират имената на истински магазини.
flags-fake-shop-welcome = Добре дошли в Jollytoy!
flags-fake-shop-welcome-reason = Поздравът е нормален на страница на магазин. Сам по себе си не е предупредителен знак.
flags-fake-shop-picture = Картинка: игрова конзола с два контролера
flags-fake-shop-picture-reason = Магазините показват картинки на това, което продават. Това е нормално.
flags-fake-shop-price = Игрова конзола: 99% отстъпка от нормалната цена
flags-fake-shop-price-reason = Конзолата никога не е толкова евтина. Цена, която е твърде хубава, за да е истинска, е номер.
flags-fake-shop-countdown = Офертата изтича след 04:59!
flags-fake-shop-countdown-reason = Тиктакащият часовник иска да бързаш. Фалшивите магазини те карат да бързаш, за да не провериш.
flags-fake-shop-delivery = Доставката отнема от 3 до 5 дни.
flags-fake-shop-delivery-reason = Магазините казват колко време отнема доставката. Това е нормално.
flags-fake-shop-chat = Чат: Прати ни тук паролата и номера на картата си.
flags-fake-shop-chat-reason = Истинският магазин никога не иска паролата ти. Номерата на карти никога не се пишат в чат.

## Level 4: which links go to Moonbank?

addr-brand-moonbank = Moonbank

level-addr-moonbank-title = Наистина ли е Moonbank?
level-addr-moonbank-instruction = За всяка връзка докосни частта, която назовава сайта. После кажи дали това е сайтът на Moonbank.
level-addr-moonbank-learned = Чети името в една връзка от края: окончанието точно преди първата единична /, после името преди него. Това е сайтът. Думите пред него или след / не доказват нищо.
level-addr-moonbank-hint-1 = Намери първата единична / във връзката. Името на сайта свършва точно преди нея.
level-addr-moonbank-hint-2 = Чети назад от тази /: първо окончанието .example, после името преди него. Заедно те са сайтът.
level-addr-moonbank-hint-3 = Третата връзка води към free-gifts.example. Думата moonbank след / е само име на страница.

## Level 5: look-alike links

addr-brand-pixelpost = Pixelpost

level-addr-lookalike-title = Връзки двойници
level-addr-lookalike-instruction = За всяка връзка докосни частта, която назовава сайта. После кажи дали това е сайтът на Pixelpost.
level-addr-lookalike-learned = Измамниците крият истинския сайт след @, добавят допълнителни думи или сменят букви с подобни. Чети сайта буква по буква.
level-addr-lookalike-hint-1 = Има ли @ във връзката? Сайтът идва след нея.
level-addr-lookalike-hint-2 = Чети сайта буква по буква. Допълнителна дума или странна буква го правят друг сайт.
level-addr-lookalike-hint-3 = Погледни i във втората връзка: тя е от друга азбука. Затова това е друг сайт.

## Level 6: what to do about a trick

level-scam-what-to-do-title = Какво правиш?
level-scam-what-to-do-instruction = Изскача нещо странно. Всеки път избери най-доброто, което можеш да направиш.
level-scam-what-to-do-learned = Ако съобщение те кара да бързаш, изглежда странно или иска номер на карта, не докосвай. Провери по друг начин и кажи на възрастен, на когото имаш доверие.
level-scam-what-to-do-hint-1 = Добрият детектив спира и мисли, преди да докосне каквото и да е.
level-scam-what-to-do-hint-2 = Измамниците те карат да бързаш, използват профили на приятели и обещават награди. Спри, преди да докоснеш.
level-scam-what-to-do-hint-3 = Когато профилът на приятел прати нещо странно, провери при приятеля по друг начин.

scam-what-to-do-account-closed-prompt = Съобщение казва: „Профилът ти в играта ще бъде закрит ДНЕС! Докосни тук, за да го спасиш: save-my-game.example“
scam-what-to-do-account-closed-tap-fast = Ще докосна връзката бързо, за да спася профила си.
scam-what-to-do-account-closed-tap-fast-reason = Бързането е номер, за да не мислиш. Връзката може да открадне паролата ти.
scam-what-to-do-account-closed-tell-adult = Няма да я докосна. Ще покажа на възрастен.
scam-what-to-do-account-closed-tell-adult-reason = Браво! Заедно можете да проверите в истинската игра. Такова бързане е номер.
scam-what-to-do-account-closed-reply = Ще отговоря и ще питам кои са.
scam-what-to-do-account-closed-reply-reason = Отговорът казва на измамника, че някой чете съобщенията му. По-добре изобщо не отговаряй.

scam-what-to-do-friend-link-prompt = Профилът на приятеля ти Сашо изведнъж ти праща: „хаха това ти ли си?? clip-watch.example/v/8812“
scam-what-to-do-friend-link-tap = Ще я докосна. От Сашо е, значи е безопасна.
scam-what-to-do-friend-link-tap-reason = Някой друг може да използва профила на Сашо. Измамниците пращат лоши връзки от профили на приятели.
scam-what-to-do-friend-link-pass-on = Ще я пратя и на другите си приятели.
scam-what-to-do-friend-link-pass-on-reason = Тогава и те може да я докоснат. Никога не препращай връзка, в която се съмняваш.
scam-what-to-do-friend-link-grown-up-phone = Ще я докосна, но на телефона на възрастен.
scam-what-to-do-friend-link-grown-up-phone-reason = Лошата връзка е също толкова лоша на всеки телефон и може да поиска парола. Първо провери при Сашо.
scam-what-to-do-friend-link-ask-another-way = Първо ще питам Сашо лично.
scam-what-to-do-friend-link-ask-another-way-reason = Чудесно! Питай Сашо лично или по телефона. Ако Сашо не я е пратил, кажи на възрастен.

scam-what-to-do-won-phone-prompt = Изскача прозорец: „Печелиш нов телефон! Въведи номера на картата на родителя си, за да го получиш.“
scam-what-to-do-won-phone-close-tell = Ще го затворя и ще кажа на възрастен.
scam-what-to-do-won-phone-close-tell-reason = Правилно! Истинската награда никога не иска номер на карта. Възрастен може да провери дали всичко е наред.
scam-what-to-do-won-phone-type-card = Ще взема картата и ще въведа номера ѝ.
scam-what-to-do-won-phone-type-card-reason = Няма никакъв телефон. Измамниците искат номера на картата, за да вземат пари.
scam-what-to-do-won-phone-claim = Ще докосна „Вземи наградата“.
scam-what-to-do-won-phone-claim-reason = Бутоните в такъв прозорец могат да отворят още номера. Затвори го вместо това.
