# Svět „Laskavý koutek“: být laskavý na internetu a co dělat, když někdo laskavý není.
# Lidé jsou vymyšlení. Vlídný tón: vždy říct, co dělat, a že svěřit se dospělému je dobré.

world-kind-corner = Laskavý koutek

## Úroveň 1: laskavé odpovědi

level-kind-reply-title = Řekni něco hezkého
level-kind-reply-instruction = Pokaždé vyber nejlaskavější odpověď.
level-kind-reply-learned = Laskavá slova na internetu lidem udělají radost. Než něco zveřejníš, zeptej se: jak se budou cítit?
level-kind-reply-hint-1 = Představ si, že jsi ten druhý. Jaká odpověď by tě potěšila?
level-kind-reply-hint-2 = Laskavá odpověď je přátelská, upřímná a je o tom druhém, ne o tobě.
level-kind-reply-hint-3 = Pro Miu: otázka na její obrázek ukáže, že se opravdu díváš.

kind-reply-drawing-prompt = Tvoje kamarádka Mia zveřejní obrázek svojí kočky, který nakreslila. Co napíšeš?
kind-reply-drawing-praise = Krásné barvy! Jak jsi to nakreslila?
kind-reply-drawing-praise-reason = Laskavá a upřímná pochvala Miu potěší. Otázka ukazuje, že se opravdu díváš.
kind-reply-drawing-brother = Můj malý brácha kreslí mnohem líp než tohle.
kind-reply-drawing-brother-reason = Tohle by Miu ranilo. I jako vtip jí to zkazí radost z její práce.
kind-reply-drawing-mine = Radši se koukni na můj obrázek!
kind-reply-drawing-mine-reason = Mia chtěla sdílet svůj obrázek. Tahle odpověď z toho udělá řeč o tobě.

kind-reply-game-prompt = V online hře udělá tvůj spoluhráč Leo chybu. Váš tým prohraje.
kind-reply-game-blame = Kvůli tobě jsme prohráli, Leo! Díky moc.
kind-reply-game-blame-reason = Chyby dělá každý. Když Lea obviníš před celým týmem, bude mu hrozně.
kind-reply-game-kick = Vyhoďme Lea z týmu.
kind-reply-game-kick-reason = Vyloučit někoho kvůli jedné chybě je nelaskavé. Hry jsou větší zábava, když je vítaný každý.
kind-reply-game-cheer = Dobrý pokus, Leo! Příště vyhrajeme.
kind-reply-game-cheer-reason = Vlídné slovo po prohře povzbudí celý tým. Je to jen hra.

kind-reply-sad-prompt = Tvoje spolužačka Ava napíše: „dneska mě nikdo nemá rád“.
kind-reply-sad-drama = Nedělej takové drama.
kind-reply-sad-drama-reason = Ava ti říká, že je smutná. Tahle odpověď jí říká, že na jejích pocitech nezáleží.
kind-reply-sad-message = Napíšu Avě: „Jsi fajn! Chceš si popovídat?“
kind-reply-sad-message-reason = Laskavá soukromá zpráva Avě ukáže, že na ní někomu záleží. Jestli vypadá hodně smutně, řekni to i dospělému, kterému věříš.
kind-reply-sad-scroll = Přescrolluju to. Však to její rodiče vyřeší.
kind-reply-sad-scroll-reason = Ava se může cítit ještě osamělejší a rodiče o tom nemusí vědět. Pár laskavých slov od tebe může hodně pomoct.

## Úroveň 2: laskavé, nebo nelaskavé komentáře

kind-bin-kind = Laskavé
kind-bin-unkind = Nelaskavé

level-kind-comments-title = Laskavé, nebo ne?
level-kind-comments-instruction = Roztřiď každý komentář: je laskavý, nebo nelaskavý?
level-kind-comments-learned = Můžeš říct, co si myslíš, a přitom mluvit vlídně. Zlé komentáře bolí, i když jsou myšlené jako vtip.
level-kind-comments-hint-1 = Přečti si každý komentář, jako by ho někdo napsal tobě.
level-kind-comments-hint-2 = Laskavé komentáře chválí, pomáhají, nebo slušně nesouhlasí. Nelaskavé se posmívají nebo ponižují.
level-kind-comments-hint-3 = Komentáře o tom, jak někdo vypadá nebo se pohybuje, bývají nelaskavé, i když jsou myšlené jako vtip.

kind-comments-great-goal = Ve tvém videu je parádní gól!
kind-comments-great-goal-reason = Pochvala za něco, co se povedlo, člověka potěší. To je laskavé.
kind-comments-weird-hair = Na téhle fotce máš fakt divný vlasy.
kind-comments-weird-hair-reason = Komentáře o tom, jak někdo vypadá, můžou hodně bolet. Co nejde říct do očí, to nezveřejňuj.
kind-comments-get-well = Brzy se uzdrav!
kind-comments-get-well-reason = Když někomu přeješ jen dobré, ukážeš, že ti na něm záleží. To je laskavé.
kind-comments-nobody-asked = Na tvůj názor se nikdo neptal.
kind-comments-nobody-asked-reason = Tohle někomu říká, ať mlčí a že na něm nezáleží. To je nelaskavé.
kind-comments-different-ending = Líbil by se mi jiný konec, ale příběh byl zábavný!
kind-comments-different-ending-reason = Můžeš nesouhlasit a přitom mluvit vlídně. Tenhle komentář je upřímný a přátelský.
kind-comments-penguin = Haha, běháš jak tučňák!
kind-comments-penguin-reason = Smát se tomu, jak se někdo pohybuje, je posmívání. Může to bolet, i když to myslíš jako vtip.
kind-comments-thanks-help = Díky, že mi pomáháš s úkoly!
kind-comments-thanks-help-reason = Poděkování lidem udělá radost, že pomohli. To je laskavé.

## Úroveň 3: když ti někdo pořád posílá zlé zprávy

level-kind-when-bullied-title = Zlé zprávy
level-kind-when-bullied-instruction = Někdo ti pořád posílá zlé zprávy. Je tohle dobré udělat, nebo raději ne?
level-kind-when-bullied-learned = Neodpovídej, uchovej důkazy, zablokuj, nahlas a kdykoli to řekni dospělému, kterému věříš. Nikdy to není tvoje vina.
level-kind-when-bullied-hint-1 = Které z těchto věcí zastaví zprávy, uchovají důkazy, nebo ti přinesou pomoc?
level-kind-when-bullied-hint-2 = Dobré kroky uchovají důkazy, zastaví zprávy a přinesou ti pomoc. Oplácení nebo tajení nepomáhá.
level-kind-when-bullied-hint-3 = Říct to dospělému, kterému věříš, je vždycky správně, kdykoli.

kind-bin-good-step = Dobré udělat
kind-bin-not-step = Raději ne

kind-when-bullied-no-reply = Na zlé zprávy neodpovídat.
kind-when-bullied-no-reply-reason = Zlé zprávy chtějí reakci. Když neodpovíš, nic nedostanou.
kind-when-bullied-screenshot = Udělat snímky obrazovky jako důkaz.
kind-when-bullied-screenshot-reason = Důkazy ukážou, co se stalo. Snímky udělej před zablokováním: blokování může zprávy skrýt.
kind-when-bullied-hit-back = Poslat zpátky něco zlého.
kind-when-bullied-hit-back-reason = Může to všechno zhoršit a dá jim to reakci, kterou chtějí.
kind-when-bullied-block = Toho člověka zablokovat.
kind-when-bullied-block-reason = Pak ti zlé zprávy přestanou chodit.
kind-when-bullied-tell = Říct to dospělému, kterému věříš, a ukázat mu to.
kind-when-bullied-tell-reason = Správně kdykoli: na začátku, na konci i mezi tím. Nikdy to nemusíš řešit bez pomoci.
kind-when-bullied-secret = Nechat si to pro sebe a doufat, že to přestane.
kind-when-bullied-secret-reason = Nemusíš to řešit bez pomoci. Řekni to dospělému, kterému věříš. Nikdy to není tvoje vina.
kind-when-bullied-report = Nahlásit to v aplikaci.
kind-when-bullied-report-reason = Aplikace může toho člověka varovat nebo zastavit. Tvoje snímky pomůžou.
kind-when-bullied-delete-all = Hned smazat všechny zprávy.
kind-when-bullied-delete-all-reason = Pak jsou důkazy pryč. Nejdřív udělej snímky, pak zablokuj a nahlas.

## Úroveň 4: když vidíš, že se s někým zachází špatně

level-kind-bystander-title = Zastaň se
level-kind-bystander-instruction = Vidíš, že se s někým zachází špatně. Vyber, co je nejlepší udělat.
level-kind-bystander-learned = Nepřidávej se. Chovej se k tomu člověku laskavě a řekni to dospělému, kterému věříš. To hodně pomůže.
level-kind-bystander-hint-1 = Mysli na toho, s kým se zachází špatně. Co by mu pomohlo?
level-kind-bystander-hint-2 = Přidat se nebo mlčet nepomůže. Laskavost a přivolání pomoci ano.
level-kind-bystander-hint-3 = Finnovi může obyčejné pozvání zlepšit den.

kind-bystander-chat-prompt = Ve skupinovém chatu vaší třídy si někteří pořád dělají legraci z Noaha.
kind-bystander-chat-join = Pošlu taky smějícího se smajlíka.
kind-bystander-chat-join-reason = I jeden smějící se smajlík je přidání se. Noah má pak pocit, že jsou všichni proti němu.
kind-bystander-chat-silent = Nic neřeknu. Učitel to stejně určitě uvidí.
kind-bystander-chat-silent-reason = Učitelé nečtou každý chat a Noah si může myslet, že všichni souhlasí. Řekni to dospělému, kterému věříš, ty.
kind-bystander-chat-support = Napíšu Noahovi a řeknu to dospělému.
kind-bystander-chat-support-reason = Laskavá zpráva Noahovi ukáže, že na to není sám. Dospělý, kterému věříš, může posměch pomoct zastavit.

kind-bystander-photo-prompt = Někdo sdílí hloupou fotku tvé spolužačky Zoe, aby se jí všichni smáli.
kind-bystander-photo-share = Pošlu ji dalším kamarádům.
kind-bystander-photo-share-reason = Každé sdílení fotku šíří dál a Zoe to bolí víc. Nikdo by neměl sdílet fotku někoho jen proto, aby se mu smál.
kind-bystander-photo-stop = Nahlásím ji a řeknu to dospělému.
kind-bystander-photo-stop-reason = U tebe se fotka zastaví. Nahlášení může zařídit, že ji smažou, a dospělý může Zoe pomoct.
kind-bystander-photo-like = Dám jí lajk, protože ostatní taky.
kind-bystander-photo-like-reason = Lajk odesílateli říká, že je fotka vtipná. Může ho to povzbudit, aby přidal další.

kind-bystander-game-prompt = Někteří schválně nechávají Finna mimo online hru.
kind-bystander-game-invite = Pozvu Finna, ať hraje se mnou.
kind-bystander-game-invite-reason = Obyčejné pozvání může Finnovi zlepšit den. Jestli ho budou pořád vynechávat, řekni to dospělému, kterému věříš.
kind-bystander-game-along = Budu hrát bez něj. Jejich hra, jejich pravidla.
kind-bystander-game-along-reason = Schválně někoho vynechat bolí. Když se k tomu přidáš, Finn se cítí ještě osamělejší.
kind-bystander-game-pretend = Budu dělat, že to nevidím.
kind-bystander-game-pretend-reason = Dívat se jinam je snadné, ale Finn se pořád cítí odstrčený. Malý laskavý čin mu může pomoct.

## Úroveň 5: třídní skupinový chat

level-kind-group-chat-title = Třídní chat
level-kind-group-chat-instruction = Ťukni na každou nelaskavou zprávu v tomhle třídním chatu.
level-kind-group-chat-learned = Posmívání, vynechávání, sdílení fotek bez dovolení a přidávání se ke smíchu jsou nelaskavé. Nepřidávej se.
level-kind-group-chat-hint-1 = Přečti si každou zprávu. Jak by se Sam cítil, kdyby ji četl?
level-kind-group-chat-hint-2 = Nelaskavé zprávy si z někoho dělají legraci, vynechávají ho nebo sdílejí jeho fotku.
level-kind-group-chat-hint-3 = Ben píše dvě z nelaskavých zpráv.

kind-group-chat-trip = Mia: Kdo se těší na zítřejší školní výlet?
kind-group-chat-trip-reason = Přátelská otázka pro celou třídu. Tahle zpráva je v pořádku.
kind-group-chat-bottle = Leo: Já! Nezapomeňte si láhev s vodou.
kind-group-chat-bottle-reason = Užitečné připomenutí pro všechny. Tahle zpráva je v pořádku.
kind-group-chat-shoes = Ben: Viděli jste dneska Samovy boty? Hrozný lol
kind-group-chat-shoes-reason = Tohle si dělá legraci ze Sama před celou třídou. Nepřidávej se a chovej se k Samovi laskavě.
kind-group-chat-laugh = Max: HAHAHA (pět smějících se smajlíků)
kind-group-chat-laugh-reason = Smát se s ostatními přilévá olej do ohně a posměch zhoršuje. Zůstat stranou je už lepší.
kind-group-chat-homework = Finn: Pošle mi někdo stránku s úkolem?
kind-group-chat-homework-reason = Poprosit o pomoc s úkolem je v pořádku. Na to jsou třídní chaty skvělé.
kind-group-chat-photo = Ben: Koukejte! Fotka, jak Sam zakopl na školním dvoře.
kind-group-chat-photo-reason = Sam nesouhlasil, aby se tahle fotka sdílela. Než sdílíš fotku někoho jiného, zeptej se ho, a o téhle řekni dospělému.
kind-group-chat-party = Ava: Párty u mě! Sama nezvěte.
kind-group-chat-party-reason = Říct všem, ať Sama vynechají, ho hodně bolí. Nikoho by neměli schválně vynechávat.
kind-group-chat-thanks = Zoe: Sam mi dneska pomohl s projektem. Díky, Same!
kind-group-chat-thanks-reason = Poděkovat před celou třídou je laskavé. Tahle zpráva je v pořádku.
