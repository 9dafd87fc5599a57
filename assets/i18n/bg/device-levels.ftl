# The "Device Dock" world: looking after your tablet or phone, and after yourself.
# Apps, companies and addresses are made up; keep them unchanged.

world-device-dock = Пристан за устройства

## Level 1: updates and pop-ups

level-device-update-title = Време за обновяване
level-device-update-instruction = Таблетът ти показва съобщение. Избери най-доброто, което можеш да направиш.
level-device-update-learned = Истинските обновления идват от настройките на таблета и го пазят. Изскачащи прозорци, които плашат, са номера.
level-device-update-hint-1 = Откъде идва съобщението: от самия таблет или от уебстраница?
level-device-update-hint-2 = Обновленията оправят слаби места. Уебстраница не може да види вътре в таблета ти.
level-device-update-hint-3 = Съобщение от самия таблет е истинско обновление. Инсталирането му пази таблета.

device-update-system-prompt = Таблетът казва: „Има готово системно обновление. Да се инсталира ли сега?“
device-update-system-ignore = Пренебрегни го завинаги. Обновленията са скучни.
device-update-system-ignore-reason = Обновленията оправят слаби места, които зловреден софтуер може да използва. Без тях таблетът ти е по-малко защитен.
device-update-system-install = Инсталирай го или помоли възрастен за помощ.
device-update-system-install-reason = Това съобщение идва от самия таблет. Обновленията го пазят и му помагат да работи добре.
device-update-system-switch-off = Изключи таблета, за да спре да пита.
device-update-system-switch-off-reason = Обновлението просто ще пита пак по-късно. Инсталирането му е начинът да пазиш таблета си.

device-update-popup-prompt = Изскача уебстраница: „Таблетът ти има 5 вируса! Изтегли CleanerPro сега!“
device-update-popup-download = Изтегли бързо CleanerPro.
device-update-popup-download-reason = Това е номер. Изтегленото може само да е зловредният софтуер.
device-update-popup-ok-button = Докосни „ОК“ в прозорчето, за да изчезне.
device-update-popup-ok-button-reason = Бутоните във фалшив прозорец могат да пуснат изтегляне. Затвори цялата страница вместо това.
device-update-popup-close = Затвори страницата и кажи на възрастен.
device-update-popup-close-reason = Уебстраница не може да надникне в таблета ти, така че вирусите са измислени. Да затвориш страницата е безопасно.

device-update-battery-prompt = Обновлението иска да започне, но батерията е на 5%.
device-update-battery-charge = Първо включи зарядното, после обнови.
device-update-battery-charge-reason = Обновлението има нужда от ток, докато свърши. Със зарядното то може да завърши безопасно.
device-update-battery-start = Пусни го сега и помоли възрастен да гледа.
device-update-battery-start-reason = Гледането не помага, ако батерията свърши по средата: обновлението може да се провали. Първо зареди.
device-update-battery-cancel = Откажи го и никога повече не обновявай.
device-update-battery-cancel-reason = Обновлението пак е важно за защитата на таблета ти. Просто първо го зареди.

## Level 2: what a torch app may use

device-bin-makes-sense = Има смисъл
device-bin-no-sense = Няма смисъл

level-device-permissions-title = Приложението фенерче
level-device-permissions-instruction = Отваряш ново приложение фенерче. Докато работи, то иска да използва тези неща. Има ли смисъл?
level-device-permissions-learned = Приложенията питат, докато ги използваш. Докосни „Не разрешавай“ за това, което приложението не му трябва. Можеш да го промениш по-късно в Настройки.
level-device-permissions-hint-1 = От какво има нужда едно фенерче, за да си върши работата?
level-device-permissions-hint-2 = Фенерчето трябва само да свети. Всичко друго не е негова работа.
level-device-permissions-hint-3 = Фенерчето няма нищо общо с контактите ти.

device-permissions-camera-light = Включване на светлината до камерата
device-permissions-camera-light-reason = Тази малка светлина е самото фенерче. Приложението има нужда от нея, за да си върши работата.
device-permissions-contacts = Достъп до контактите ти
device-permissions-contacts-reason = Фенерчето няма нужда от имената и номерата на приятелите ти. Докосни „Не разрешавай“.
device-permissions-location = Достъп до местоположението на устройството
device-permissions-location-reason = Фенерчето работи еднакво навсякъде. Няма нужда да знае къде си.
device-permissions-screen-bright = Ярко бял екран
device-permissions-screen-bright-reason = Някои фенерчета осветяват целия екран. Това е част от работата на фенерчето.
device-permissions-microphone = Записване на звук
device-permissions-microphone-reason = Фенерчето няма нужда да те чува. Докосни „Не разрешавай“: фенерчето пак работи.
device-permissions-notifications = Изпращане на известия
device-permissions-notifications-reason = Фенерчето няма какво да ти каже. Известията биха били само реклами или напомняния да го отвориш.
device-permissions-photos = Достъп до снимки и видеа на устройството
device-permissions-photos-reason = Снимките ти са лични. Фенерчето няма нужда от тях, за да свети.

## Level 3: a fake virus warning

level-device-fake-virus-title = Вирусна тревога!
level-device-fake-virus-instruction = Докосни всеки предупредителен знак на тази уебстраница.
level-device-fake-virus-learned = Уебстраница не може да намери вируси на таблета ти. Затваряй страници, които плашат, и казвай на възрастен.
level-device-fake-virus-hint-1 = Започни отгоре. Чия е тази страница?
level-device-fake-virus-hint-2 = Фалшивите предупреждения крещят, карат те да бързаш и искат да изтеглиш нещо или да се обадиш.
level-device-fake-virus-hint-3 = Голямото мигащо предупреждение е един предупредителен знак. Още четири има на страницата.

device-fake-virus-address = tablet-safety-scan.example/alert
device-fake-virus-address-reason = Това е случайна уебстраница, не таблетът ти. Уебстраница не може да сканира таблета ти за вируси.
device-fake-virus-warning = Мига в червено: ВНИМАНИЕ! ОТКРИТИ 5 ВИРУСА!
device-fake-virus-warning-reason = Мигането и големите букви искат да те уплашат, за да спреш да мислиш. Вирусите са измислени.
device-fake-virus-picture = Картинка: таблет със син щит
device-fake-virus-picture-reason = Картинката сама по себе си не е предупредителен знак. Прочети думите около нея.
device-fake-virus-countdown = Действай до 60 секунди!
device-fake-virus-countdown-reason = Часовникът иска да бързаш. Измамниците те карат да бързаш, за да не питаш никого.
device-fake-virus-download = Изтегли CleanerPro.apk, за да почистиш таблета си
device-fake-virus-download-reason = Този файл може да е зловреден софтуер. Вземай приложения само от официалния магазин, заедно с възрастен.
device-fake-virus-phone = Или се обади сега на нашия телефон за помощ!
device-fake-virus-phone-reason = Истинските производители на таблети не те карат да звъниш от уебстраница. Никога не звъни на такъв номер.
device-fake-virus-menu = Помощ · За нас · Контакти
device-fake-virus-menu-reason = Връзки в меню има на повечето уебстраници. Сами по себе си не са предупредителен знак.

## Level 4: getting a new app safely

level-device-install-app-title = Ново приложение
level-device-install-app-instruction = Искаш нова игра и възрастен е казал „да“. Подреди стъпките в реда, в който се случват.
level-device-install-app-learned = Вземай приложения от официалния магазин и първо провери възрастовата оценка и „Безопасност на данните“. След инсталиране разрешавай само това, което приложението ползва.
level-device-install-app-hint-1 = Откъде идват безопасните приложения?
level-device-install-app-hint-2 = Можеш да прочетеш за приложение едва след като го намериш, а то може да иска неща от теб едва след като е инсталирано.
level-device-install-app-hint-3 = Започни в официалния магазин за приложения. Възрастовата оценка и „Безопасност на данните“ са на страницата на приложението.

device-install-app-store = Отвори официалния магазин (Google Play).
device-install-app-store-reason = Това е първо. Приложенията в официалния магазин се проверяват за вреден софтуер. Приложения от други места могат да го крият.
device-install-app-read = Провери възрастта и „Безопасност на данните“.
device-install-app-read-reason = После това. Възрастовата оценка (PEGI в по-голямата част от Европа) казва за кого е приложението. В „Безопасност на данните“ създателите казват какви данни събират и споделят.
device-install-app-install = Докосни „Инсталиране“.
device-install-app-install-reason = Сега го инсталирай, след като страницата му е прочетена. Преди това приложението не може да иска нищо от теб.
device-install-app-say-no = Отвори приложението. Разреши само нужното.
device-install-app-say-no-reason = Приложенията питат, докато ги използваш, не преди това. Докосни „Не разрешавай“ за това, което не му трябва. Можеш да го промениш по-късно в Настройки.
device-install-app-check = Не го ползваш вече? Изтрий го.
device-install-app-check-reason = Това е последно. Приложение, което не ползваш, пак заема място и може все още да има данните ти.

## Level 5: balance

level-device-screen-time-title = Време за почивка?
level-device-screen-time-instruction = Избери най-доброто за теб и за тялото ти.
level-device-screen-time-learned = Почивките, сънят и истинските приятели са по-важни от всяка награда или серия в игра.
level-device-screen-time-hint-1 = Помисли за очите си, за съня си и за времето си.
level-device-screen-time-hint-2 = Игрите и приложенията се опитват да те задържат пред екрана. Ти решаваш кога да спреш.
level-device-screen-time-hint-3 = За сандъка: сънят е по-важен от всяка награда в игра.

device-screen-time-eyes-prompt = Играеш от два часа. Очите ти са уморени.
device-screen-time-eyes-one-more = Помоли възрастен за още един час, после почивай.
device-screen-time-eyes-one-more-reason = Уморените очи имат нужда от почивка сега, не след час, дори ако възрастен каже „да“. Слушай тялото си.
device-screen-time-eyes-break = Направи почивка: гледай надалеч и се раздвижи.
device-screen-time-eyes-break-reason = Гледането надалеч отпуска очите, а движението е полезно за тялото.
device-screen-time-eyes-brighter = Направи екрана по-ярък и продължи.
device-screen-time-eyes-brighter-reason = По-яркият екран не помага на уморените очи. Те имат нужда от почивка далеч от екрана.

device-screen-time-chest-prompt = Игра казва: „Върни се след 10 минути за безплатен сандък!“ Време е за сън.
device-screen-time-chest-stay-up = Не лягай още 10 минути заради сандъка.
device-screen-time-chest-stay-up-reason = Игрите използват малки награди, за да те карат да играеш. Десет минути често стават повече.
device-screen-time-chest-alarm = Навий будилник, за да станеш за него през нощта.
device-screen-time-chest-alarm-reason = Ставането нощем заради игра нарушава съня ти. Утре ще ти се спи.
device-screen-time-chest-sleep = Лягай да спиш. Сандъкът може да почака.
device-screen-time-chest-sleep-reason = Сънят ти помага да растеш, да учиш и да се чувстваш добре. Награда в игра никога не си струва загубения сън.

device-screen-time-streak-prompt = Приятел иска всеки ден да поддържате серия в чата. Днес имаш много работа.
device-screen-time-streak-tell = Кажи му: „Днес нямам време, ще пиша скоро!“
device-screen-time-streak-tell-reason = Истинският приятел ще разбере. Приложенията използват серии, за да те връщат, но приятелството няма нужда от тях.
device-screen-time-streak-homework = Спри домашното, за да запазиш серията.
device-screen-time-streak-homework-reason = Домашното е по-важно от число в приложение. Серията не си струва стреса.
device-screen-time-streak-password = Дай паролата си на приятеля, за да пази серията.
device-screen-time-streak-password-reason = Никога не давай паролата си, дори на добър приятел. Тя е ключът към профила ти.
