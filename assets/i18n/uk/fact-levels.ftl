# The "Fact Finders" world: judging information (headlines, adverts, sources, fake news).
# Level files under assets/levels/fact-*.json refer to these ids. Per level: a title, what
# to do, what was learned, three hints (a nudge, the idea, part of the answer), then each
# item and the reason shown when it is tapped. Item texts stay short (about 60 characters at
# most). All people, places, sites and brands are made up: keep addresses and numbers
# unchanged, and use only reserved .example web addresses. People's names are written in
# Cyrillic, a made-up product without an address is named in Ukrainian (GLOSSARY.md, Names).

world-fact-finders = Шукачі фактів

# Boxes of the sorting levels in this world.
fact-bin-trustworthy = Виглядає надійно
fact-bin-check-first = Спершу перевір
fact-bin-advert = Реклама
fact-bin-not-advert = Не реклама

## Level 1: headlines (sort: seems trustworthy / check first)

level-fact-headlines-title = Перевір заголовок
level-fact-headlines-instruction = Цей заголовок виглядає надійно чи його спершу треба перевірити?
level-fact-headlines-learned = Довіряй новинам від тих, хто справді знає, як-от твоє місто чи школа. Новини, які кричать, обіцяють дива чи не мають автора, спершу перевіряй.
level-fact-headlines-hint-1 = Запитай себе: хто це каже і звідки вони це знають?
level-fact-headlines-hint-2 = Крик, таємниці й дивовижні обіцянки означають: спершу перевір. Звичайні новини від тих, хто за це відповідає, виглядають надійно.
level-fact-headlines-hint-3 = Заголовок про котів кричить і розповідає про велику таємницю. Спершу перевір його!

fact-headlines-cats = ШОК!!! Коти вміють говорити, а вчені це приховують!
fact-headlines-cats-reason = Великі літери, купа «!» і велика таємниця — тривожні знаки. Спершу пошукай це на надійних сайтах.
fact-headlines-library = Сайт міста: по четвергах бібліотека працює довше
fact-headlines-library-reason = Бібліотекою опікується місто, тож його сайт знає, коли вона відчинена.
fact-headlines-grow = Один простий трюк — і ти виростеш на 10 см за ніч!
fact-headlines-grow-reason = Звучить надто добре, щоб бути правдою. Такі заголовки хочуть кліків, а не розповісти факти.
fact-headlines-weather = Служба погоди: у суботу очікується дощ
fact-headlines-weather-reason = Прогнози — це робота служби погоди. Для такої новини це правильне джерело.
fact-headlines-no-name = Допис без автора: усі школи закриють на місяць!
fact-headlines-no-name-reason = Ніхто не каже, хто це написав. Така велика новина була б на сайті школи чи міста.
fact-headlines-sports-day = Шкільні новини: день спорту перенесли на п’ятницю
fact-headlines-sports-day-reason = Твоя школа знає власні плани. Новини від самої школи — добре джерело.

## Level 2: advert or not? (sort: advert / not an advert)

level-fact-ad-or-not-title = Реклама чи ні?
level-fact-ad-or-not-instruction = Це реклама? Поклади кожну картку в правильну скриньку.
level-fact-ad-or-not-learned = Реклама хоче тобі щось продати. Шукай позначки «Реклама», «Спонсоровано» або «#реклама».
level-fact-ad-or-not-hint-1 = Запитай себе: мені хочуть щось продати?
level-fact-ad-or-not-hint-2 = «Реклама», «Спонсоровано» і «#реклама» означають, що хтось за це заплатив.
level-fact-ad-or-not-hint-3 = Вікно з кристалами і допис із «#реклама» — це реклама.

fact-ad-or-not-sponsored = Спонсоровано: скуштуй нові пластівці «Хрумкі зірочки»!
fact-ad-or-not-sponsored-reason = «Спонсоровано» означає, що компанія заплатила, щоб тобі це показали. Вона хоче продати тобі свої пластівці.
fact-ad-or-not-news = Новини: у Рівертоні відкрили новий міст
fact-ad-or-not-news-reason = Новина розповідає, що сталося. Ніхто тобі нічого не продає.
fact-ad-or-not-influencer = Mia_Plays: Обожнюю ці кросівки! #реклама
fact-ad-or-not-influencer-reason = «#реклама» означає, що компанія заплатила Мії за цей допис. Їй платять, щоб вона хвалила кросівки.
fact-ad-or-not-encyclopedia = Стаття з енциклопедії: як бджоли роблять мед
fact-ad-or-not-encyclopedia-reason = Енциклопедія пояснює, як усе влаштовано. Вона не намагається продати тобі мед.
fact-ad-or-not-search = Перший результат пошуку з позначкою «Реклама»
fact-ad-or-not-search-reason = Компанія заплатила, щоб бути нагорі. Найкраща відповідь може бути нижче.
fact-ad-or-not-gems = Вікно в грі: Купи 500 кристалів просто зараз!
fact-ad-or-not-gems-reason = Гра хоче твоїх справжніх грошей. Перш ніж щось купувати, завжди питай дорослого.
fact-ad-or-not-friend = Допис подруги: Гляньте на мій замок із піску!
fact-ad-or-not-friend-reason = Подруга ділиться чимось веселим. Ніхто за це не платив, тож це не реклама.

## Level 3: where to look (pick the best reply)

level-fact-which-source-title = Де шукати?
level-fact-which-source-instruction = Щоразу вибирай найкращу відповідь.
level-fact-which-source-learned = Шукай факти там, де їх пишуть знавці. Перш ніж повірити історії чи поділитися нею, перевір її на надійних сайтах.
level-fact-which-source-hint-1 = Запитай себе: хто це зробив і чи справді вони на цьому знаються?
level-fact-which-source-hint-2 = Хороші джерела кажуть, хто їх створив, а знавці їх перевіряють.
level-fact-which-source-hint-3 = Для фактів про вулкани вибери енциклопедію або сайт музею.

fact-which-source-volcanoes = Для домашнього завдання тобі потрібні факти про вулкани. Де шукати?
fact-which-source-volcanoes-video = Перше смішне відео, яке знайдеш.
fact-which-source-volcanoes-video-reason = Смішні відео хочуть тебе розсмішити. Факти в них можуть бути хибними.
fact-which-source-volcanoes-encyclopedia = Дитяча енциклопедія або сайт музею.
fact-which-source-volcanoes-encyclopedia-reason = Молодець! Їх пишуть і перевіряють знавці. І там сказано, хто це створив.
fact-which-source-volcanoes-game-chat = Ігровий чат. Там хтось точно це знає.
fact-which-source-volcanoes-game-chat-reason = Люди в ігровому чаті можуть просто вгадувати. Ти не знаєш, чи вони справді знаються.
fact-which-source-chocolate = Відео каже: «Шоколад лікує застуду!» Що ти робиш?
fact-which-source-chocolate-believe = Наступного разу, як застудишся, з’їсти багато шоколаду.
fact-which-source-chocolate-believe-reason = Одне відео — не доказ. Від купи шоколаду застуда не мине.
fact-which-source-chocolate-share = Надіслати бабусі, щоб вона не хворіла.
fact-which-source-chocolate-share-reason = Бабуся теж може повірити, а це неправда. Спершу перевір, а поширюй лише правду.
fact-which-source-chocolate-check = Перевірити разом із дорослим.
fact-which-source-chocolate-check-reason = Правильно! Разом ви знайдете надійний сайт про здоров’я. Лікарі знаються на застуді.
fact-which-source-screenshot = Хтось кидає в чат класу знімок екрана з «новиною». Посилання немає.
fact-which-source-screenshot-search = Пошукати цю новину на сайті новин.
fact-which-source-screenshot-search-reason = Чудова робота детектива! Якщо це правда, надійні сайти новин теж про це напишуть.
fact-which-source-screenshot-forward = Переслати знімок екрана в інші чати, щоб усі знали.
fact-which-source-screenshot-forward-reason = Без посилання не видно, хто це зробив. Це може бути вигадка.
fact-which-source-screenshot-believe = Повірити: знімок екрана — це доказ.
fact-which-source-screenshot-believe-reason = Будь-хто може зробити картинку, схожу на новину. Знімки екрана легко підробити.

## Level 4: a fake news page (screen: web)

level-fact-fake-news-page-title = Термінова новина?
level-fact-fake-news-page-instruction = Торкнися кожного тривожного знака на цій сторінці новин.
level-fact-fake-news-page-learned = Фейкові новини часто кричать, приховують автора, видають старе за нове і квапять тебе їх поширити.
level-fact-fake-news-page-hint-1 = Читай як детектив: хто це написав і коли?
level-fact-fake-news-page-hint-2 = Крик, відсутність автора, стара дата й поспіх із поширенням — тривожні знаки.
level-fact-fake-news-page-hint-3 = Подивися на заголовок, рядок з автором і дату.

fact-fake-news-page-address = daily-truth-now.example/big-news
fact-fake-news-page-address-reason = Цей сайт тобі незнайомий. Слово «truth» (правда) в назві може написати будь-хто, тож з’ясуй, хто стоїть за сайтом.
fact-fake-news-page-menu = Головна · Новини · Спорт
fact-fake-news-page-menu-reason = Таке меню є на більшості сайтів новин. Це не тривожний знак.
fact-fake-news-page-headline = У ПАРКУ МЕЙПЛТОНА ВИЛУПИВСЯ ДИНОЗАВР!!!
fact-fake-news-page-headline-reason = Великі літери й купа «!» мають тебе схвилювати. Справжні новини розповідають спокійно.
fact-fake-news-page-author = Автор: (без імені)
fact-fake-news-page-author-reason = Справжні новини кажуть, хто їх написав. Якщо імені немає, ніхто не відповідає за цю історію.
fact-fake-news-page-date = Опубліковано 6 років тому, але позначено «НОВЕ!»
fact-fake-news-page-date-reason = Цю стару історію поширюють так, ніби вона сталася сьогодні. Завжди перевіряй дату.
fact-fake-news-page-photo = Фото: тихий парк з деревами
fact-fake-news-page-photo-reason = Звичайне фото саме по собі не тривожний знак. Читай і слова навколо нього.
fact-fake-news-page-share = Поширте, поки це не видалили!
fact-fake-news-page-share-reason = Тебе квапять, щоб не було часу подумати. Справжні новини не благають їх поширювати.

## Level 5: check a story before you share it (order_steps: the first moves of the SIFT
## method, Stop, Investigate the source, Find better coverage, then deciding)

level-fact-check-a-story-title = Стоп, спершу перевір!
level-fact-check-a-story-instruction = Ти бачиш дивовижну історію. Розстав кроки перевіряльників фактів по порядку.
level-fact-check-a-story-learned = Перевіряльники фактів спершу зупиняються, потім з’ясовують, хто зробив історію, шукають її на надійних сайтах і тільки тоді вирішують, чи ділитися.
level-fact-check-a-story-hint-1 = Що треба зробити, перш ніж палець натисне «Поділитися»?
level-fact-check-a-story-hint-2 = Перевіряльники фактів спершу дивляться, хто зробив історію, а вже потім шукають деінде. Рішення — наостанок.
level-fact-check-a-story-hint-3 = Крок 1: зупинитися й поки не ділитися.

fact-check-a-story-stop = Стоп: поки не ділитися.
fact-check-a-story-stop-reason = Це робиш спершу. Перевіряльники фактів починають зі «Стоп»: поширене вже не забереш назад.
fact-check-a-story-who = З’ясувати, хто це зробив і навіщо.
fact-check-a-story-who-reason = Далі подивися на джерело. Воно хоче тебе поінформувати, щось продати чи зібрати кліки?
fact-check-a-story-others = Пошукати на інших надійних сайтах. Перевірити дату.
fact-check-a-story-others-reason = Потім порівняй. Якщо це правда, надійні сайти новин теж про це пишуть. Старі історії часто поширюють як нові.
fact-check-a-story-decide = Тоді вирішити: ділитися чи ні.
fact-check-a-story-decide-reason = Вирішуй наостанок, коли знаєш, хто це зробив і хто ще про це пише. Поширюй лише перевірене.
