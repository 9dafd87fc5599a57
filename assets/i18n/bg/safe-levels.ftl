# The "Safe together" world. Levels 6 and 7 are for the 12-14 band only: calm, never graphic,
# never blaming the pupil. All people are made up. Telling a trusted adult is always right.

world-safe-together = Заедно в безопасност

safe-bin-good = Добра идея
safe-bin-bad = Не е добра идея

## Where to get help: { $service } and { $number } come from core::helplines.

helpline-call = Можеш да се обадиш и на телефон за деца: { $service }, { $number }.
helpline-ask-adult = За да намериш телефона за деца в твоята страна, попитай възрастен, на когото имаш доверие.

## Level 1: a new friend from a game

level-safe-new-friend-title = Нов приятел от игра
level-safe-new-friend-instruction = Някой от игра ти пише. Докосни всеки предупредителен знак.
level-safe-new-friend-learned = Тайни, снимки, лични чатове и срещи са предупредителни знаци. Спри и кажи на възрастен, на когото имаш доверие.
level-safe-new-friend-hint-1 = Прочети всеки ред. Приятел на твоята възраст би ли питал това?
level-safe-new-friend-hint-2 = Внимавай, когато някой иска тайни, снимки, твоите данни или среща.
level-safe-new-friend-hint-3 = Погледни внимателно редовете за родителите ти и за училището ти.

safe-new-friend-sender = От: Kai_Star (играч от твоята игра)
safe-new-friend-sender-reason = Да си пишеш с играчи може да е забавно. Но за Кай знаеш само това, което той казва за себе си.
safe-new-friend-game = Хубава игра днес! На кое ниво си?
safe-new-friend-game-reason = Да говорите за играта е нормално. Този ред е наред.
safe-new-friend-secret = Не казвай на родителите си за мен, става ли?
safe-new-friend-secret-reason = Добрият приятел не те кара да го криеш от семейството си. Това е предупредителен знак.
safe-new-friend-private = Да си пишем в друго приложение. Само ние двамата.
safe-new-friend-private-reason = Да те отведе в личен чат, далеч от другите, е предупредителен знак.
safe-new-friend-photo = Прати ми своя снимка. Само за мен!
safe-new-friend-photo-reason = Никога не пращай свои снимки на някого, когото познаваш само от интернет.
safe-new-friend-school = В кое училище учиш?
safe-new-friend-school-reason = Училището ти казва на непознат къде да те намери. Пази го за себе си.
safe-new-friend-meet = Да се видим в парка в събота!
safe-new-friend-meet-reason = Никога не се срещай с човек, когото познаваш само от интернет. Кажи на възрастен, на когото имаш доверие.

## Level 2: what to do

level-safe-what-to-do-title = Какво правиш?
level-safe-what-to-do-instruction = Кай от играта иска още. Всеки път избери най-добрия отговор.
level-safe-what-to-do-learned = Винаги можеш да кажеш „не“. Блокирай човека и кажи на възрастен, на когото имаш доверие. Никога не е по твоя вина.
level-safe-what-to-do-hint-1 = Кой може да ти помогне да провериш дали Кай е този, за когото се представя?
level-safe-what-to-do-hint-2 = Тайните и срещите с онлайн приятели са предупредителни знаци. Потърси помощ, не оставай без подкрепа.
level-safe-what-to-do-hint-3 = Когато Кай се ядоса, изобщо не е нужно да отговаряш.

safe-what-to-do-secret-prompt = Кай пише: „Нека разговорите ни са тайна.“ Какво правиш?
safe-what-to-do-secret-keep = Ще пазя тайната. Кай е мил с мен.
safe-what-to-do-secret-keep-reason = Милите думи могат да крият номер. Истинският приятел няма нужда от тайни от семейството ти.
safe-what-to-do-secret-ask-why = Първо ще питам Кай защо, а после ще реша.
safe-what-to-do-secret-ask-why-reason = Кай може да има хитър отговор. Не решавай без чужд съвет: питай някого, на когото имаш доверие.
safe-what-to-do-secret-tell = Ще кажа на възрастен, на когото вярвам.
safe-what-to-do-secret-tell-reason = Да! Искането на тайни е предупредителен знак. Възрастен, на когото имаш доверие, може да ти помогне да провериш.

safe-what-to-do-meet-prompt = Кай иска да се видите в парка. Какво правиш?
safe-what-to-do-meet-go-with-friend = Ще отида, но ще взема някого от класа.
safe-what-to-do-meet-go-with-friend-reason = Две деца не са достатъчно в безопасност. Никога не се срещай с човек, когото познаваш само от интернет.
safe-what-to-do-meet-say-no = Ще откажа и ще кажа на възрастен.
safe-what-to-do-meet-say-no-reason = Правилно. Откажи и остави възрастен, на когото имаш доверие, да ти помогне с Кай.
safe-what-to-do-meet-go-tell-later = Ще отида и после ще разкажа на възрастен.
safe-what-to-do-meet-go-tell-later-reason = Добре е да кажеш на възрастен, но не отивай. Никога не се срещай с човек, когото познаваш само от интернет.

safe-what-to-do-angry-prompt = Каза „не“. Сега Кай ти праща ядосани съобщения.
safe-what-to-do-angry-block = Ще блокирам Кай, ще кажа на възрастен.
safe-what-to-do-angry-block-reason = Да. Не е нужно да отговаряш. Блокирай Кай и потърси помощ от възрастен, на когото имаш доверие.
safe-what-to-do-angry-sorry = Ще се извиня и ще направя каквото иска.
safe-what-to-do-angry-sorry-reason = Ти не правиш нищо лошо. Да кажеш „не“ беше правилно.
safe-what-to-do-angry-argue = Ще му пиша, докато Кай не се извини.
safe-what-to-do-angry-argue-reason = Спорът кара Кай да продължава да ти пише. Спри да отговаряш.

## Level 3: block and report

level-safe-block-report-title = Блокирай и докладвай
level-safe-block-report-instruction = Някой в интернет те кара да се чувстваш зле. Всяка идея добра ли е, или не?
level-safe-block-report-learned = Запази съобщенията, блокирай човека, докладвай го в приложението и кажи на възрастен, на когото имаш доверие.
level-safe-block-report-hint-1 = Кои идеи подобряват нещата и кои ги влошават?
level-safe-block-report-hint-2 = Пази доказателства, спри съобщенията и потърси помощ.
level-safe-block-report-hint-3 = Да изтриеш чата не е добра идея: доказателствата ще изчезнат.

safe-block-report-screenshot = Направи снимки на екрана със съобщенията
safe-block-report-screenshot-reason = Снимките на екрана са доказателство. Направи ги, преди да блокираш, в случай че чатът изчезне.
safe-block-report-delete = Изтрий целия чат, за да не го види никой
safe-block-report-delete-reason = Тогава доказателствата изчезват. Запази съобщенията, за да може възрастен да помогне.
safe-block-report-block = Блокирай човека
safe-block-report-block-reason = Блокирането го спира да ти праща съобщения.
safe-block-report-reply-mean = Прати злобно съобщение в отговор
safe-block-report-reply-mean-reason = Това може да влоши нещата. Изобщо не отговаряй.
safe-block-report-report = Докладвай профила в приложението
safe-block-report-report-reason = Екипът на приложението проверява сигналите и може да спре профила.
safe-block-report-unblock = Отблокирай го, за да видиш дали съжалява
safe-block-report-unblock-reason = Така той пак може да ти пише. Остави го блокиран.
safe-block-report-tell = Кажи на възрастен, на когото имаш доверие, какво стана
safe-block-report-tell-reason = Възрастен, на когото имаш доверие, може да ти помогне да го докладваш и да се почувстваш по-добре.

## Level 4: the login code

level-safe-login-code-title = Тайният код за вход
level-safe-login-code-instruction = Всеки път избери най-добрия отговор.
level-safe-login-code-learned = Кодът за вход е само за теб. Никога не го давай на никого, дори на приятел или на „поддръжката“.
level-safe-login-code-hint-1 = Кой има нужда от кода, който идва на телефона ти?
level-safe-login-code-hint-2 = Кодът е втора ключалка на профила ти. Работи като ключ.
level-safe-login-code-hint-3 = Истинските екипи по поддръжка никога не искат кода ти.

safe-login-code-why-prompt = След паролата приложението праща код на телефона ти. Защо?
safe-login-code-why-ads = Защото приложението иска номера ти за реклами.
safe-login-code-why-ads-reason = Не. Кодът е там, за да пази профила ти.
safe-login-code-why-second-lock = Втора ключалка, за да влизаш само ти.
safe-login-code-why-second-lock-reason = Да. Това е вход в две стъпки. Крадец с паролата ти пак има нужда от кода.
safe-login-code-why-phone-check = За да провери дали телефонът ти още работи.
safe-login-code-why-phone-check-reason = Не. Кодът доказва, че наистина ти влизаш.

safe-login-code-friend-prompt = Съобщение от Мия: „Опа, кодът ми отиде при теб. Може ли да ми го пратиш?“
safe-login-code-friend-send = Ще го пратя бързо. Мия ми е приятелка и ѝ трябва.
safe-login-code-friend-send-reason = Профилът на Мия може да е хакнат. Кодът ще пусне непознат в ТВОЯ профил.
safe-login-code-friend-half = Ще пратя само първата половина от кода.
safe-login-code-friend-half-reason = Половин код пак помага на крадец. Пази целия код за себе си.
safe-login-code-friend-ask = Няма да го пратя. Ще питам Мия лично.
safe-login-code-friend-ask-reason = Правилно. Провери при Мия по друг начин. Вероятно е номер.

safe-login-code-support-prompt = Чат казва: „Тук е поддръжката на играта. Кажи ни кода си, за да пазим профила ти.“
safe-login-code-support-give = Ще го дам. Те са от поддръжката.
safe-login-code-support-give-reason = Истинските екипи по поддръжка никога не искат кода ти. Това е номер.
safe-login-code-support-say-no = Ще откажа. Поддръжката не иска код.
safe-login-code-support-say-no-reason = Правилно. Истинските фирми също го казват: никога не искат кода ти.
safe-login-code-support-adult-reads = Ще помоля възрастен да им прочете кода.
safe-login-code-support-adult-reads-reason = Никой не бива да дава кода, нито възрастен, нито дете. Покажи съобщението на възрастен вместо това.

## Level 5: where to get help

level-safe-get-help-title = Къде да потърсиш помощ
level-safe-get-help-instruction = Нещо в интернет те тревожи. Всеки път избери най-добрия отговор.
level-safe-get-help-learned = Никога не оставаш без помощ. Говори с възрастен, на когото имаш доверие. { $helpline }
level-safe-get-help-hint-1 = По-добре ли е да държиш тревогата в себе си, или да я споделиш?
level-safe-get-help-hint-2 = Възрастните, на които имаш доверие, и телефоните за деца слушат и помагат.
level-safe-get-help-hint-3 = 116 111 е номер за деца в много страни.

safe-get-help-worried-prompt = Видя в интернет нещо, което те плаши. Какво помага най-много?
safe-get-help-worried-keep = Ще го запазя за себе си и ще опитам да забравя.
safe-get-help-worried-keep-reason = Тревогите растат, когато ги държиш в себе си. Да кажеш на някого помага.
safe-get-help-worried-tell = Ще кажа на възрастен какво видях.
safe-get-help-worried-tell-reason = Да! Родител, настойник или учител може да ти помогне.
safe-get-help-worried-search = Ще потърся още за това в интернет.
safe-get-help-worried-search-reason = Може да намериш още по-страшни неща. Първо поговори с някого.

safe-get-help-nobody-prompt = Не искаш да говориш с никого, когото познаваш. Какво можеш да направиш?
safe-get-help-nobody-forum = Ще питам непознати във форум какво да правя.
safe-get-help-nobody-forum-reason = Непознатите в интернет може да не са мили или прави. Телефонът за деца е там, за да помага.
safe-get-help-nobody-wait = Ще чакам проблемът да изчезне.
safe-get-help-nobody-wait-reason = Проблемите често не изчезват сами. Нормално е да помолиш за помощ.
safe-get-help-nobody-helpline = Ще се обадя на телефон за деца.
safe-get-help-nobody-helpline-reason = Да. Телефоните за деца слушат децата. Не е нужно да казваш името си.

safe-get-help-number-prompt = Плакат в училище показва 116 111. Какъв е този номер?
safe-get-help-number-helpline = Телефон за деца в много страни в Европа
safe-get-help-number-helpline-reason = Да. В много европейски страни 116 111 е телефон за деца. Някои страни имат друг номер.
safe-get-help-number-prize = Номер, на който печелиш награди
safe-get-help-number-prize-reason = Не. Това е телефон, на който децата могат да говорят за тревогите си.
safe-get-help-number-adults = Номер, на който могат да звънят само възрастни
safe-get-help-number-adults-reason = Не. Децата могат сами да се обадят на телефон за деца.

## Level 6 (12-14 only): when someone makes threats

level-safe-threats-title = Когато някой заплашва
level-safe-threats-instruction = Някой заплашва да сподели лична снимка. Избери най-добрия отговор.
level-safe-threats-learned = Никога не е по твоя вина. Не плащай, спри да отговаряш, запази съобщенията, кажи на възрастен, на когото имаш доверие, и докладвай.
level-safe-threats-hint-1 = Какво иска от теб човекът, който заплашва?
level-safe-threats-hint-2 = Плащането или пращането на още не спира заплахите. Търсенето на помощ ги спира.
level-safe-threats-hint-3 = Запази чата като доказателство, но спри да отговаряш.

safe-threats-pay-prompt = Онлайн приятел пише: „Плати ми, иначе ще споделя личната снимка, която ми прати.“
safe-threats-pay-pay = Ще платя бързо, за да остане снимката лична.
safe-threats-pay-pay-reason = Плащането не ги спира. Обикновено искат още.
safe-threats-pay-stop = Спирам да отговарям и казвам на възрастен.
safe-threats-pay-stop-reason = Да. Прекъсни всякакъв контакт и потърси помощ. Възрастен може да ти помогне да го докладваш.
safe-threats-pay-more = Ще пратя още една снимка, за да се успокои.
safe-threats-pay-more-reason = Никога не пращай още. Няма да спрат. Потърси помощ вместо това.

safe-threats-chat-prompt = Чувстваш се ужасно и искаш чатът да изчезне. Какво правиш с него?
safe-threats-chat-delete = Веднага ще изтрия целия чат и профила си.
safe-threats-chat-delete-reason = Чатът е доказателство. Приложението и полицията имат нужда от него, за да ги спрат.
safe-threats-chat-forward = Ще препратя чата на приятели да ги питам.
safe-threats-chat-forward-reason = Не го препращай. Нека остане между теб и възрастен, на когото имаш доверие.
safe-threats-chat-keep = Ще го запазя, ще блокирам и докладвам.
safe-threats-chat-keep-reason = Правилно. Запази съобщенията като доказателство, после блокирай и докладвай профила.

safe-threats-fault-prompt = Мислиш си: „Вината е моя. Не мога да кажа на никого.“ Кое е вярно?
safe-threats-fault-my-fault = Вината е моя, затова трябва да се оправям без помощ.
safe-threats-fault-my-fault-reason = Не. Човекът, който заплашва, постъпва лошо, не ти.
safe-threats-fault-never = Никога не е по моя вина и има помощ.
safe-threats-fault-never-reason = Да. Това е било измама. Възрастните и телефоните за деца помагат, без да те обвиняват.
safe-threats-fault-later = Ще кажа на възрастен само ако стане по-зле.
safe-threats-fault-later-reason = Кажи на някого сега. Колкото по-скоро получиш помощ, толкова по-скоро ще спре.

safe-threats-online-prompt = Тревожиш се, че снимката вече е в интернет. Какво може да помогне?
safe-threats-online-take-it-down = Инструмент като Take It Down, с възрастен.
safe-threats-online-take-it-down-reason = Take It Down помага да се премахнат снимки, направени преди 18-ата ти година, от всяка страна.
safe-threats-online-search = Ще търся снимката всеки ден, за да проверявам.
safe-threats-online-search-reason = Така само ще се чувстваш по-зле. Остави възрастен и инструмент да свършат работата.
safe-threats-online-nothing = Нищо не помага, щом снимката е в интернет.
safe-threats-online-nothing-reason = Не е вярно. Снимките често могат да бъдат свалени. Винаги има помощ.

## Level 7 (12-14 only): a private photo of someone else

level-safe-not-yours-title = Снимка, която не е твоя
level-safe-not-yours-instruction = В чат е споделена лична снимка на съученик. Добра идея ли е, или не?
level-safe-not-yours-learned = Никога не пази и не препращай лична снимка на някого. Кажи на възрастен, на когото имаш доверие, и докладвай.
level-safe-not-yours-hint-1 = А ако снимката беше твоя? Какво тогава?
level-safe-not-yours-hint-2 = Всяко споделяне наранява отново човека на снимката.
level-safe-not-yours-hint-3 = Препращането никога не е добра идея, дори за да помолиш за помощ.

safe-not-yours-forward = Препрати я на един приятел
safe-not-yours-forward-reason = Всяко споделяне наранява човека още. В много страни е и против закона.
safe-not-yours-tell = Кажи на възрастен, на когото имаш доверие
safe-not-yours-tell-reason = Да. Възрастен може да помогне да спре разпространението, без ти да я пращаш.
safe-not-yours-save = Запази я в телефона си
safe-not-yours-save-reason = Не я пази. Такава снимка не бива да е в телефона ти.
safe-not-yours-report = Докладвай публикацията в приложението
safe-not-yours-report-reason = Приложението може да я свали. Човекът на снимката има нужда от това.
safe-not-yours-ask-friend = Прати я на приятел, за да питаш какво да правиш
safe-not-yours-ask-friend-reason = Не я пращай на никого, дори за да получиш помощ. Разкажи за нея вместо това.
safe-not-yours-kind = Покажи доброта към човека на снимката
safe-not-yours-kind-reason = Може да се чувства ужасно. Не е по негова вина.
safe-not-yours-laugh = Смей се с другите, за да не се отличаваш
safe-not-yours-laugh-reason = Смехът го наранява още повече. Ти можеш да сложиш край на това.
