# The digital-literacy worlds and levels (the coding ones are in coding-levels.ftl). Level files under assets/levels/ refer to these ids.

world-share-safe = Ділися безпечно

level-share-or-keep-title = Поділитися чи залишити собі?
level-share-or-keep-instruction = Чи можна ділитися цим в інтернеті, чи краще тримати це в таємниці?
level-share-or-keep-learned = Деякими речами можна ділитися. А те, що показує, де тебе знайти, або відкриває твої акаунти, треба тримати в таємниці.
level-share-or-keep-hint-1 = Запитай себе: чи може незнайомець за цим знайти мене або зайти в мій акаунт?
level-share-or-keep-hint-2 = Те, що тобі подобається (кольори, ігри, тварини), можна розповідати. Де ти живеш, де вчишся і твої секрети — ні.
level-share-or-keep-hint-3 = Адреса, школа і пароль залишаються приватними. Кличка твого улюбленця теж: її часто використовують у паролях.

card-favourite-colour = Твій улюблений колір
reason-favourite-colour = Цей колір подобається багатьом людям, тож він не показує, хто ти і де ти.
card-home-address = Твоя домашня адреса
reason-home-address = Незнайомець може дізнатися з неї, де ти живеш.
card-favourite-game = Твоя улюблена гра
reason-favourite-game = Говорити про ігри, які тобі подобаються, весело. І це нікому не каже, де ти.
card-password = Твій пароль
reason-password = Пароль — це ключ. Його мають знати тільки ти і твої батьки або опікуни.
card-pet-name = Кличка твого домашнього улюбленця
reason-pet-name = Клички тварин часто використовують у паролях і секретних запитаннях.
card-favourite-animal = Твоя улюблена тварина
reason-favourite-animal = Цим весело ділитися, і це нічого не каже про те, де ти живеш.
card-school-name = Назва твоєї школи
reason-school-name = З неї люди дізнаються, де тебе можна знайти щодня.

## Age bands
band-7-9 = 7–9 років
band-10-12 = 10–12 років
band-12-14 = 12–14 років
