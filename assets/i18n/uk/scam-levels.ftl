# The "Scam Spotters" world: levels where the pupil taps the red flags on a mock screen.
# Level files under assets/levels/flags-*.json refer to these ids. Per level: a title, what
# to do, what was learned, three hints, then each part of the screen (top to bottom) and the
# reason shown when it is tapped. Part texts stay short (about 60 characters at most).
# All people, companies, numbers and addresses are made up: keep them unchanged when
# translating, and use only reserved example domains. No phone numbers: a number's format would
# belong to one country.

world-scam-spotters = Мисливці на шахраїв

## Level 1: a chat message about a prize (screen: message)

level-flags-prize-message-title = Несподіваний приз?
level-flags-prize-message-instruction = Торкнися кожного тривожного знака в цьому повідомленні.
level-flags-prize-message-learned = Несподіваний приз від незнайомця — це обман, тож ніколи не надсилай йому свої дані.
level-flags-prize-message-hint-1 = Читай кожен рядок повільно. Чи написав би так друг?
level-flags-prize-message-hint-2 = Незнайомці, несподівані призи й питання про тебе — це тривожні знаки.
level-flags-prize-message-hint-3 = Подивися, хто надіслав повідомлення. Нижче є ще два тривожні знаки.

flags-prize-message-sender = Від: Невідомий номер
flags-prize-message-sender-reason = Ти не знаєш цього номера. Обережно з повідомленнями від незнайомців.
flags-prize-message-greeting = Привіт!
flags-prize-message-greeting-reason = Дружнє привітання — це нормально. Саме по собі воно не тривожний знак.
flags-prize-message-prize = Вітаємо! Твій приз — новий планшет!
flags-prize-message-prize-reason = Конкурсу не було, а приз є? Несподіваний приз від незнайомця — це обман.
flags-prize-message-picture = Фото: блискучий планшет із червоним бантом
flags-prize-message-picture-reason = Картинка сама по собі не тривожний знак. Читай і слова навколо неї.
flags-prize-message-request = Щоб отримати його, надішли нам ім’я та домашню адресу.
flags-prize-message-request-reason = Ніколи не давай незнайомцям свою домашню адресу. Перш ніж відповідати, запитай дорослого.
flags-prize-message-signoff = Гарного дня!
flags-prize-message-signoff-reason = Ввічливе прощання — це нормально. Гарні слова самі по собі не роблять повідомлення ні добрим, ні поганим.

## Level 2: a fake parcel e-mail (screen: email)

level-flags-parcel-email-title = Лист про посилку
level-flags-parcel-email-instruction = Торкнися кожного тривожного знака в цьому листі.
level-flags-parcel-email-learned = Справжня компанія ніколи не просить пароль у листі. Поспіх — це хитрість.
level-flags-parcel-email-hint-1 = Прочитай кожен рядок. Чи справді це від служби доставки?
level-flags-parcel-email-hint-2 = Фальшиві листи приходять з дивних адрес, квапять і просять секрети.
level-flags-parcel-email-hint-3 = Подивися, хто надіслав лист, і на посилання. Є й інші тривожні знаки.

flags-parcel-email-sender = Від: QuickBox Посилки <qb.help.2291@free-mail.example>
flags-parcel-email-sender-reason = Служба доставки пише зі своєї власної адреси. А це просто безкоштовна пошта.
flags-parcel-email-subject = Тема: Ми не змогли доставити твою посилку
flags-parcel-email-subject-reason = Іноді посилку справді не вдається доставити. Сама тема — не тривожний знак.
flags-parcel-email-greeting = Добрий день,
flags-parcel-email-greeting-reason = Просте привітання — це нормально. Саме по собі воно не тривожний знак.
flags-parcel-email-urgency = Сплати невеликий збір протягом 1 години, інакше її повернуть!
flags-parcel-email-urgency-reason = Шахраї квапять, щоб не було часу подумати. Справжня компанія дає тобі час.
flags-parcel-email-link = Натисни тут: parcel-help.example/pay-now
flags-parcel-email-link-reason = Посилання веде на parcel-help, а не на сайт QuickBox. Попроси дорослого перевірити на справжньому сайті.
flags-parcel-email-request = Потім введи свій пароль і номер картки.
flags-parcel-email-request-reason = Службі доставки не потрібен твій пароль. Ніколи не вводь пароль чи номер картки після посилання з листа.
flags-parcel-email-signoff = Дякуємо, команда QuickBox
flags-parcel-email-signoff-reason = Підписатися іменем — це нормально. Але будь-хто може написати будь-яке ім’я, тож перевір і інші рядки.

## Level 3: a fake shop page (screen: web)

level-flags-fake-shop-title = Великий розпродаж
level-flags-fake-shop-instruction = Торкнися кожного тривожного знака на цій сторінці магазину.
level-flags-fake-shop-learned = Перевіряй адресу й ціну магазину і ніколи не давай пароль чи номер картки в чаті.
level-flags-fake-shop-hint-1 = Почни згори. Чи зробив би справжній магазин усе це?
level-flags-fake-shop-hint-2 = Фальшиві магазини копіюють справжні назви, мають крихітні ціни й квапять.
level-flags-fake-shop-hint-3 = Прочитай адресу літера за літерою: у ній ховається цифра. Нижче є ще три тривожні знаки.

flags-fake-shop-address = jollyt0y-shop.example/super-sale
flags-fake-shop-address-reason = Придивися: тут нуль, а не літера o. Фальшиві магазини копіюють назви справжніх.
flags-fake-shop-welcome = Ласкаво просимо до Jollytoy!
flags-fake-shop-welcome-reason = Привітання на сторінці магазину — це нормально. Саме по собі воно не тривожний знак.
flags-fake-shop-picture = Фото: ігрова консоль із двома джойстиками
flags-fake-shop-picture-reason = Магазини показують фото того, що продають. Це нормально.
flags-fake-shop-price = Ігрова консоль: на 99 % дешевше, ніж зазвичай
flags-fake-shop-price-reason = Консоль не буває такою дешевою. Надто гарна ціна, щоб бути правдою, — це обман.
flags-fake-shop-countdown = Пропозиція закінчиться через 04:59!
flags-fake-shop-countdown-reason = Годинник, що цокає, підганяє тебе. Фальшиві магазини квапять, щоб не було часу все перевірити.
flags-fake-shop-delivery = Доставка триває від 3 до 5 днів.
flags-fake-shop-delivery-reason = Магазини пишуть, скільки триває доставка. Це нормально.
flags-fake-shop-chat = Чат: Надішли нам сюди свій пароль і номер картки.
flags-fake-shop-chat-reason = Справжній магазин ніколи не просить твій пароль. Номер картки ніколи не пишуть у чаті.

## Level 4: which links go to Moonbank? (read_address)
# Address levels only need the brand's name: the reasons for each part of a link come from
# the address-part-* messages. Brand names stay unchanged in every language.

addr-brand-moonbank = Moonbank

level-addr-moonbank-title = Чи це справді Moonbank?
level-addr-moonbank-instruction = У кожному посиланні торкнися частини, яка називає сайт. Потім скажи, чи це сайт Moonbank.
level-addr-moonbank-learned = Читай назву в посиланні з кінця: закінчення просто перед першим одинарним знаком /, а тоді назва перед ним. Це і є сайт. Слова перед ним чи після / нічого не доводять.
level-addr-moonbank-hint-1 = Знайди в посиланні перший одинарний знак /. Назва сайту закінчується просто перед ним.
level-addr-moonbank-hint-2 = Читай від цього знака / назад: спершу закінчення .example, потім назва перед ним. Разом вони — сайт.
level-addr-moonbank-hint-3 = Третє посилання веде на free-gifts.example. Слово moonbank після / — лише назва сторінки.

## Level 5: look-alike links (read_address)

addr-brand-pixelpost = Pixelpost

level-addr-lookalike-title = Посилання-двійники
level-addr-lookalike-instruction = У кожному посиланні торкнися частини, яка називає сайт. Потім скажи, чи це сайт Pixelpost.
level-addr-lookalike-learned = Шахраї ховають справжній сайт після знака @, додають зайві слова або підміняють літери схожими. Читай назву сайту літера за літерою.
level-addr-lookalike-hint-1 = Чи є в посиланні знак @? Сайт іде після нього.
level-addr-lookalike-hint-2 = Читай назву сайту літера за літерою. Зайве слово чи чужа літера — і це вже інший сайт.
level-addr-lookalike-hint-3 = Придивися до літери i в другому посиланні: вона з іншої абетки. Тому це вже інший сайт.

## Level 6: what to do about a trick (pick_reply)

level-scam-what-to-do-title = Що ти зробиш?
level-scam-what-to-do-instruction = Трапилося щось дивне. Щоразу вибирай, як краще вчинити.
level-scam-what-to-do-learned = Якщо повідомлення квапить, здається дивним або просить номер картки, нічого не натискай. Перевір іншим способом і розкажи дорослому, якому довіряєш.
level-scam-what-to-do-hint-1 = Хороший детектив спершу зупиняється й думає, а вже потім щось натискає.
level-scam-what-to-do-hint-2 = Шахраї квапять, пишуть з акаунтів друзів і обіцяють призи. Зупинись, перш ніж натискати.
level-scam-what-to-do-hint-3 = Якщо з акаунта друга приходить щось дивне, запитай друга іншим способом.

scam-what-to-do-account-closed-prompt = Повідомлення: «Твій ігровий акаунт закриють СЬОГОДНІ! Натисни тут, щоб його врятувати: save-my-game.example»
scam-what-to-do-account-closed-tap-fast = Швидко натисну, щоб урятувати акаунт.
scam-what-to-do-account-closed-tap-fast-reason = Поспіх — це хитрість, щоб не було часу подумати. Посилання може вкрасти твій пароль.
scam-what-to-do-account-closed-tell-adult = Не натискатиму. Покажу дорослому.
scam-what-to-do-account-closed-tell-adult-reason = Молодець! Разом ви зможете перевірити все в справжній грі. Такий поспіх — це хитрість.
scam-what-to-do-account-closed-reply = Відповім і запитаю, хто це пише.
scam-what-to-do-account-closed-reply-reason = Відповідь покаже шахраєві, що хтось читає його повідомлення. Краще взагалі не відповідати.

scam-what-to-do-friend-link-prompt = Акаунт твого друга Сема раптом надсилає тобі: «лол це ти?? clip-watch.example/v/8812»
scam-what-to-do-friend-link-tap = Натисну. Це ж від Сема, отже, безпечно.
scam-what-to-do-friend-link-tap-reason = Можливо, акаунтом Сема користується хтось інший. Шахраї розсилають погані посилання з акаунтів друзів.
scam-what-to-do-friend-link-pass-on = Перешлю його й іншим друзям.
scam-what-to-do-friend-link-pass-on-reason = Тоді вони теж можуть натиснути. Ніколи не пересилай посилання, якщо сумніваєшся в ньому.
scam-what-to-do-friend-link-grown-up-phone = Натисну, але на телефоні батьків.
scam-what-to-do-friend-link-grown-up-phone-reason = Погане посилання шкодить на будь-якому телефоні й може попросити пароль. Спершу запитай Сема.
scam-what-to-do-friend-link-ask-another-way = Спершу запитаю Сема особисто.
scam-what-to-do-friend-link-ask-another-way-reason = Чудово! Запитай Сема особисто або по телефону. Якщо він цього не надсилав, розкажи дорослому.

scam-what-to-do-won-phone-prompt = Спливає вікно: «Вітаємо! Твій виграш — новий телефон! Введи номер картки батьків, щоб його отримати».
scam-what-to-do-won-phone-close-tell = Закрию вікно й розкажу дорослому.
scam-what-to-do-won-phone-close-tell-reason = Правильно! Для справжнього призу ніколи не потрібен номер картки. Дорослий перевірить, чи все гаразд.
scam-what-to-do-won-phone-type-card = Візьму картку батьків і введу номер.
scam-what-to-do-won-phone-type-card-reason = Жодного телефона немає. Шахраям потрібен номер картки, щоб забрати гроші.
scam-what-to-do-won-phone-claim = Натисну «Отримати приз».
scam-what-to-do-won-phone-claim-reason = Кнопки в такому вікні можуть відкрити нові пастки. Краще закрий його.
