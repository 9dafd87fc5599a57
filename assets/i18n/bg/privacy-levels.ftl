# The "Share Safe" world, levels 2 and up. People, places and games are made up; the street
# and school names are this language's own (ул. „Клен“, училище „Дъбрава“).

## Level 2: a game profile's settings

level-privacy-profile-title = Профилът на Лена
level-privacy-profile-instruction = Това е профилът на Лена в игра. Докосни всяка настройка, която споделя твърде много, за да я поправиш.
level-privacy-profile-learned = Профилът ти да е само за приятели. Използвай измислено име в играта и анимационна картинка, а местоположението и номера си пази за себе си.
level-privacy-profile-hint-1 = Прочети всеки ред. Може ли непознат да намери Лена с него?
level-privacy-profile-hint-2 = Измислено име в играта и анимационна картинка са безопасни. Истински имена, места и номера — не.
level-privacy-profile-hint-3 = Погледни кой може да вижда профила и телефонния номер.

privacy-profile-visibility = Кой вижда профила ми: Всички
privacy-profile-visibility-reason = Всички означава и непознати. Избери само приятели.
privacy-profile-visibility-fixed = Кой вижда профила ми: Само приятели
privacy-profile-name = Показано име: Лена Петрова (цяло име)
privacy-profile-name-reason = Цялото име помага на непознати да намерят Лена. Измисленото име в играта стига.
privacy-profile-name-fixed = Показано име: StarFox22 (име в играта)
privacy-profile-game-name = Име в играта: StarFox22
privacy-profile-game-name-reason = Измисленото име в играта не казва на никого коя е Лена всъщност. Добър избор!
privacy-profile-avatar = Аватар: анимационна лисица
privacy-profile-avatar-reason = Анимационната картинка не показва лицето на Лена. Това е безопасно.
privacy-profile-location = Споделяй местоположението ми: Вкл.
privacy-profile-location-reason = Това показва на хората къде е Лена в момента. Дръж го изключено.
privacy-profile-location-fixed = Споделяй местоположението ми: Изкл.
privacy-profile-game = Любима игра: Block Builders
privacy-profile-game-reason = Много деца харесват тази игра. Тя не казва на никого къде е Лена.
privacy-profile-phone = Телефонен номер: видим за всички
privacy-profile-phone-reason = Непознати могат да звънят или да пишат на Лена. Пази телефонния си номер за себе си.
privacy-profile-phone-fixed = Телефонен номер: скрит

## Level 3: a photo post

level-privacy-photo-title = Слънчева снимка
level-privacy-photo-instruction = Докосни всяка следа в тази публикация, която показва къде живееш или учиш.
level-privacy-photo-learned = Преди да публикуваш снимка, търси табели с улици, номера на къщи, лога на училища и отбелязани места.
level-privacy-photo-hint-1 = Погледни и фона, не само себе си и кучето.
level-privacy-photo-hint-2 = Имената на улици, номерата на къщи и логата на училища показват на непознати къде да те намерят.
level-privacy-photo-hint-3 = Табелата с улицата зад теб е една следа. Има още три.

privacy-photo-photo = Снимка: аз и кучето ми в градината
privacy-photo-photo-reason = Снимка с домашния ти любимец може да се сподели с приятели. Само провери какво още има на нея.
privacy-photo-sign = Зад нас: табела с улица, „ул. Клен“
privacy-photo-sign-reason = Табелата казва на всички на коя улица живееш. Снимай се там, където няма табели.
privacy-photo-door = На вратата: номер 12
privacy-photo-door-reason = С името на улицата номерът показва точно къщата ти. Не го слагай в снимката.
privacy-photo-shirt = Тениската ми с логото на училище „Дъбрава“
privacy-photo-shirt-reason = Логото показва в кое училище учиш. Непознати ще знаят къде си всеки ден.
privacy-photo-caption = Надпис: Слънчева събота с Рекс!
privacy-photo-caption-reason = Името на кучето ти може да се сподели. Само никога не го използвай като парола.
privacy-photo-location = Отбелязано място: ул. „Клен“ 12
privacy-photo-location-reason = Отбелязаното място дава на всички пълния ти адрес. Изключи отбелязването на място.
privacy-photo-comment = Коментар от Боби: Сладко куче!
privacy-photo-comment-reason = Мил коментар от приятел е наред. Не издава нищо.

## Level 4: questions that ask for too much

level-privacy-stranger-asks-title = Кой иска да знае?
level-privacy-stranger-asks-instruction = Всеки път избери най-добрия отговор.
level-privacy-stranger-asks-learned = Винаги можеш да кажеш „не“. Пази за себе си училището си, улицата си и номерата на приятелите си. Ако някой продължава да пита, кажи на възрастен.
level-privacy-stranger-asks-hint-1 = Помисли: кой ще види отговора ми и какво би могъл да направи с него?
level-privacy-stranger-asks-hint-2 = Твоите данни и номерата на приятелите ти са твои, за да ги пазиш. Винаги можеш да кажеш „не“.
level-privacy-stranger-asks-hint-3 = Играта пак работи, когато откажеш достъп до контактите си.

privacy-stranger-asks-school = SkyRider9, онлайн приятел, когото не познаваш на живо, пита: „В кое училище учиш?“
privacy-stranger-asks-school-tell = Кажи му, а после разкажи и на възрастен.
privacy-stranger-asks-school-tell-reason = Добре е да кажеш на възрастен, но сега SkyRider9 знае училището ти. Изобщо не го споделяй.
privacy-stranger-asks-school-town = Кажи му само града си.
privacy-stranger-asks-school-town-reason = Градът ти пак е следа къде си. Пази и него за себе си.
privacy-stranger-asks-school-say-no = Кажи „не“ и кажи на възрастен.
privacy-stranger-asks-school-say-no-reason = Браво! Можеш да откажеш приятелски. Възрастен може да помогне, ако SkyRider9 продължава да пита.
privacy-stranger-asks-contacts = Докато играеш, игра пита: „Да разреша ли на Block Builders достъп до контактите ти?“
privacy-stranger-asks-contacts-allow = Докосни „Разреши“, за да намериш бързо приятели.
privacy-stranger-asks-contacts-allow-reason = Контактите ти са номерата на други хора. Играта ще ги вземе, без да пита тези хора.
privacy-stranger-asks-contacts-not-now = Докосни „Не разрешавай“. Играта пак работи.
privacy-stranger-asks-contacts-not-now-reason = Правилно! Номерата на контактите ти не са твои, за да ги раздаваш. Можеш да добавяш приятели по имената им в играта.
privacy-stranger-asks-contacts-allow-then-delete = Разреши, после изтрий цялата игра.
privacy-stranger-asks-contacts-allow-then-delete-reason = Щом играта вече има номерата, изтриването ѝ не ги връща.
privacy-stranger-asks-quiz = Забавна викторина казва: „Твоето супергеройско име = твоята улица + твоето училище!“
privacy-stranger-asks-quiz-skip = Пропусни я или играй с измислени думи.
privacy-stranger-asks-quiz-skip-reason = Добре помислено! Улицата и училището ти показват къде да те намерят. Измислените думи са също толкова забавни.
privacy-stranger-asks-quiz-post = Напиши истинското си геройско име в коментарите.
privacy-stranger-asks-quiz-post-reason = Сега всички знаят улицата и училището ти. Заедно те показват къде да те намерят.
privacy-stranger-asks-quiz-send-friend = Прати го само на един приятел в съобщение.
privacy-stranger-asks-quiz-send-friend-reason = Съобщенията могат да се препращат. Пази истинските си отговори за себе си.

## Level 5: before you post a photo

level-privacy-before-posting-title = Готово за публикуване?
level-privacy-before-posting-instruction = Искаш да публикуваш снимка. Това добра стъпка ли е преди публикуването, или по-добре не?
level-privacy-before-posting-learned = Преди да публикуваш, провери снимката за следи, питай хората на нея и избери само приятели. Не слагай отбелязване на място.
level-privacy-before-posting-hint-1 = Помисли: след като е публикувана, кой може да види снимката и какво може да научи?
level-privacy-before-posting-hint-2 = Добрите стъпки държат следите и непознатите настрана и питат хората на снимката. Рисковите разпространяват снимката или къде си.
level-privacy-before-posting-hint-3 = Отбелязването на място е нещо, което да пропуснеш.

privacy-bin-do = Направи го
privacy-bin-dont = По-добре не

privacy-before-posting-clues = Провери снимката за табели и номера на къщи.
privacy-before-posting-clues-reason = Добре! Изрежи ги или избери друга снимка, за да не може никой да разбере къде живееш.
privacy-before-posting-location = Отбележи мястото, за да те намерят приятелите.
privacy-before-posting-location-reason = Отбелязаното място показва на всички къде си. Не го слагай.
privacy-before-posting-ask = Питай всички на снимката дали са съгласни.
privacy-before-posting-ask-reason = Снимката е и тяхна. Публикувай я само ако кажат „да“.
privacy-before-posting-everyone = Публикувай я за всички, за повече харесвания.
privacy-before-posting-everyone-reason = Всички означава и непознати. Харесванията не си струват това.
privacy-before-posting-audience = Избери кой да я вижда: само приятели.
privacy-before-posting-audience-reason = Добре! „Само приятели“ държи непознатите настрана.
privacy-before-posting-surprise = Публикувай глупава снимка на приятел като изненада.
privacy-before-posting-surprise-reason = Първо питай. Приятелят ти може да не иска тази снимка в интернет.
