# Svět „Lovci podvodů“: ťukání na varovné signály na ukázkové obrazovce.
# Lidé, firmy a adresy jsou vymyšlené: neměnit. Žádná telefonní čísla.

world-scam-spotters = Lovci podvodů

## Úroveň 1: zpráva o výhře

level-flags-prize-message-title = Výhra jako překvapení?
level-flags-prize-message-instruction = Ťukni na každý varovný signál v téhle zprávě.
level-flags-prize-message-learned = Výhra jako překvapení od cizího člověka je podvod, proto mu nikdy neposílej svoje údaje.
level-flags-prize-message-hint-1 = Čti pomalu řádek po řádku. Napsal by tohle kamarád?
level-flags-prize-message-hint-2 = Cizí lidé, nečekané výhry a otázky na tebe jsou varovné signály.
level-flags-prize-message-hint-3 = Podívej se, kdo zprávu poslal. Níž jsou ještě dva varovné signály.

flags-prize-message-sender = Od: Neznámé číslo
flags-prize-message-sender-reason = Tohle číslo neznáš. Dej si pozor, když ti píše cizí člověk.
flags-prize-message-greeting = Ahoj!
flags-prize-message-greeting-reason = Přátelský pozdrav je normální. Sám o sobě není varovný signál.
flags-prize-message-prize = Gratulujeme! Vyhráváš nový tablet!
flags-prize-message-prize-reason = Žádná soutěž nebyla, a přesto výhra? Nečekaná výhra od cizího člověka je podvod.
flags-prize-message-picture = Obrázek: lesklý tablet s červenou mašlí
flags-prize-message-picture-reason = Obrázek sám o sobě není varovný signál. Přečti si i slova kolem něj.
flags-prize-message-request = Pro výhru nám pošli svoje jméno a adresu.
flags-prize-message-request-reason = Nikdy nedávej cizímu člověku svoji adresu. Než odpovíš, zeptej se dospělého.
flags-prize-message-signoff = Krásný den!
flags-prize-message-signoff-reason = Milé rozloučení je normální. Hezká slova sama neudělají zprávu dobrou ani špatnou.

## Úroveň 2: falešný e-mail o balíku

level-flags-parcel-email-title = E-mail o balíku
level-flags-parcel-email-instruction = Ťukni na každý varovný signál v tomhle e-mailu.
level-flags-parcel-email-learned = Skutečná firma po tobě nikdy nechce heslo e-mailem. Když tě někdo popohání, je to podvod.
level-flags-parcel-email-hint-1 = Přečti si každý řádek. Přišlo to opravdu od přepravní firmy?
level-flags-parcel-email-hint-2 = Falešné e-maily chodí z divných adres, popohánějí tě a chtějí tajné údaje.
level-flags-parcel-email-hint-3 = Podívej se, kdo e-mail poslal, a na odkaz. Varovných signálů je tam víc.

flags-parcel-email-sender = Od: QuickBox Parcels <qb.help.2291@free-mail.example>
flags-parcel-email-sender-reason = Přepravní firma píše ze své vlastní adresy. Tohle je jen adresa z bezplatné pošty.
flags-parcel-email-subject = Předmět: Nepodařilo se nám doručit váš balík
flags-parcel-email-subject-reason = Balík se někdy opravdu nedoručí. Samotný předmět není varovný signál.
flags-parcel-email-greeting = Dobrý den,
flags-parcel-email-greeting-reason = Obyčejný pozdrav je normální. Sám o sobě není varovný signál.
flags-parcel-email-urgency = Do 1 hodiny zaplaťte malý poplatek, jinak se balík vrátí!
flags-parcel-email-urgency-reason = Podvodníci tě popohánějí, ať nepřemýšlíš. Skutečná firma ti dá čas.
flags-parcel-email-link = Klikněte sem: parcel-help.example/pay-now
flags-parcel-email-link-reason = Odkaz vede na parcel-help, ne na QuickBox. Požádej dospělého, ať to ověří na skutečném webu.
flags-parcel-email-request = Pak zadejte své heslo a číslo karty.
flags-parcel-email-request-reason = Žádná přepravní firma nepotřebuje tvoje heslo. Po odkazu z e-mailu nikdy nezadávej heslo ani číslo karty.
flags-parcel-email-signoff = Děkujeme, tým QuickBox
flags-parcel-email-signoff-reason = Podpis jménem je normální. Ale napsat se dá jakékoli jméno, tak zkontroluj i ostatní řádky.

## Úroveň 3: falešný obchod

level-flags-fake-shop-title = Superakce
level-flags-fake-shop-instruction = Ťukni na každý varovný signál na téhle stránce obchodu.
level-flags-fake-shop-learned = Zkontroluj adresu a cenu obchodu a nikdy v chatu nezadávej heslo ani číslo karty.
level-flags-fake-shop-hint-1 = Začni nahoře. Dělal by tohle všechno skutečný obchod?
level-flags-fake-shop-hint-2 = Falešné obchody kopírují skutečná jména, mají titěrné ceny a popohánějí tě.
level-flags-fake-shop-hint-3 = Čti adresu písmeno po písmenu: schovává se v ní číslice. Níž jsou ještě tři varovné signály.

flags-fake-shop-address = jollyt0y-shop.example/super-sale
flags-fake-shop-address-reason = Podívej se pozorně: je tam nula, ne písmeno o. Falešné obchody kopírují jména skutečných obchodů.
flags-fake-shop-welcome = Vítejte v Jollytoy!
flags-fake-shop-welcome-reason = Uvítání je na stránce obchodu normální. Samo o sobě není varovný signál.
flags-fake-shop-picture = Obrázek: herní konzole se dvěma ovladači
flags-fake-shop-picture-reason = Obchody ukazují obrázky toho, co prodávají. To je normální.
flags-fake-shop-price = Herní konzole: sleva 99 % z běžné ceny
flags-fake-shop-price-reason = Konzole nikdy není tak levná. Cena, která je až moc dobrá, aby byla pravdivá, je podvod.
flags-fake-shop-countdown = Nabídka končí za 04:59!
flags-fake-shop-countdown-reason = Tikající hodiny tě chtějí popohnat. Falešné obchody spěchají, ať nic nekontroluješ.
flags-fake-shop-delivery = Doručení trvá 3 až 5 dní.
flags-fake-shop-delivery-reason = Obchody říkají, jak dlouho doručení trvá. To je normální.
flags-fake-shop-chat = Chat: Pošlete nám sem své heslo a číslo karty.
flags-fake-shop-chat-reason = Skutečný obchod po tobě nikdy nechce heslo. Čísla karet do chatu nikdy nepatří.

## Úroveň 4: které odkazy vedou na Moonbank?

addr-brand-moonbank = Moonbank

level-addr-moonbank-title = Je to opravdu Moonbank?
level-addr-moonbank-instruction = U každého odkazu ťukni na část, která pojmenovává web. Pak řekni, jestli je to web Moonbank.
level-addr-moonbank-learned = Název v odkazu čti od konce: koncovku těsně před prvním samotným /, pak jméno před ní. To je web. Slova před ním nebo za / nic nedokazují.
level-addr-moonbank-hint-1 = Najdi v odkazu první samotné /. Jméno webu končí těsně před ním.
level-addr-moonbank-hint-2 = Čti pozpátku od toho /: nejdřív koncovka .example, pak jméno před ní. Dohromady jsou web.
level-addr-moonbank-hint-3 = Třetí odkaz vede na free-gifts.example. Slovo moonbank za / je jen název stránky.

## Úroveň 5: podobné odkazy

addr-brand-pixelpost = Pixelpost

level-addr-lookalike-title = Podobné odkazy
level-addr-lookalike-instruction = U každého odkazu ťukni na část, která pojmenovává web. Pak řekni, jestli je to web Pixelpost.
level-addr-lookalike-learned = Podvodníci schovávají skutečný web za @, přidávají slova navíc nebo mění písmena za podobná. Čti web písmeno po písmenu.
level-addr-lookalike-hint-1 = Je v odkazu @? Web je až za ním.
level-addr-lookalike-hint-2 = Čti web písmeno po písmenu. Slovo navíc nebo divné písmeno z něj dělá jiný web.
level-addr-lookalike-hint-3 = Podívej se na i ve druhém odkazu: je z jiné abecedy. Proto je to jiný web.

## Úroveň 6: co dělat s podvodem

level-scam-what-to-do-title = Co uděláš?
level-scam-what-to-do-instruction = Vyskočí něco divného. Pokaždé vyber, co je nejlepší udělat.
level-scam-what-to-do-learned = Když tě zpráva popohání, vypadá divně nebo chce číslo karty, neťukej. Ověř si to jinak a řekni to dospělému, kterému věříš.
level-scam-what-to-do-hint-1 = Dobrý detektiv se zastaví a přemýšlí, než na něco ťukne.
level-scam-what-to-do-hint-2 = Podvodníci popohánějí, používají účty kamarádů a slibují výhry. Zastav se, než ťukneš.
level-scam-what-to-do-hint-3 = Když účet kamaráda pošle něco divného, ověř si to u kamaráda jinou cestou.

scam-what-to-do-account-closed-prompt = Zpráva píše: „Tvůj herní účet bude DNES zrušen! Zachraň ho tady: save-my-game.example“
scam-what-to-do-account-closed-tap-fast = Rychle ťuknu na odkaz a zachráním účet.
scam-what-to-do-account-closed-tap-fast-reason = Spěch je trik, ať nepřemýšlíš. Odkaz ti může ukrást heslo.
scam-what-to-do-account-closed-tell-adult = Neťuknu. Ukážu to dospělému.
scam-what-to-do-account-closed-tell-adult-reason = Výborně! Společně to můžete ověřit přímo ve hře. Takový spěch je trik.
scam-what-to-do-account-closed-reply = Odpovím a zeptám se, kdo to je.
scam-what-to-do-account-closed-reply-reason = Odpověď podvodníkovi řekne, že jeho zprávy někdo čte. Lepší je vůbec neodpovídat.

scam-what-to-do-friend-link-prompt = Z účtu tvého kamaráda Sama najednou přijde: „lol jsi to ty?? clip-watch.example/v/8812“
scam-what-to-do-friend-link-tap = Ťuknu na to. Je to od Sama, tak je to bezpečné.
scam-what-to-do-friend-link-tap-reason = Samův účet možná používá někdo jiný. Podvodníci posílají škodlivé odkazy z účtů kamarádů.
scam-what-to-do-friend-link-pass-on = Pošlu to i dalším kamarádům.
scam-what-to-do-friend-link-pass-on-reason = Pak by na to mohli ťuknout i oni. Nikdy nepřeposílej odkaz, kterému nevěříš.
scam-what-to-do-friend-link-grown-up-phone = Ťuknu na to, ale v mobilu dospělého.
scam-what-to-do-friend-link-grown-up-phone-reason = Škodlivý odkaz je stejně škodlivý v každém mobilu a může chtít heslo. Nejdřív si to ověř u Sama.
scam-what-to-do-friend-link-ask-another-way = Nejdřív se Sama zeptám osobně.
scam-what-to-do-friend-link-ask-another-way-reason = Skvělé! Zeptej se Sama osobně nebo po telefonu. Jestli to neposlal, řekni to dospělému.

scam-what-to-do-won-phone-prompt = Vyskakovací okno píše: „Vyhráváš nový mobil! Zadej číslo karty svých rodičů a je tvůj.“
scam-what-to-do-won-phone-close-tell = Zavřu ho a řeknu to dospělému.
scam-what-to-do-won-phone-close-tell-reason = Správně! Skutečná výhra nikdy nepotřebuje číslo karty. Dospělý ověří, že je všechno v pořádku.
scam-what-to-do-won-phone-type-card = Vezmu kartu a zadám číslo.
scam-what-to-do-won-phone-type-card-reason = Žádný mobil není. Podvodníci chtějí číslo karty, aby brali peníze.
scam-what-to-do-won-phone-claim = Ťuknu na tlačítko „Vyzvednout výhru“.
scam-what-to-do-won-phone-claim-reason = Tlačítka v takovém okně můžou otevřít další podvody. Raději ho zavři.
