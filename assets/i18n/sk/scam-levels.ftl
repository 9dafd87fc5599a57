# Svet „Odhaľovači podvodov“: žiak ťuká na varovné signály na vymyslenej obrazovke.
# Ľudia, firmy, čísla a adresy sú vymyslené: zostávajú rovnaké.

world-scam-spotters = Odhaľovači podvodov

## Úroveň 1: správa o výhre

level-flags-prize-message-title = Výhra z ničoho nič?
level-flags-prize-message-instruction = Ťukni na každý varovný signál v tejto správe.
level-flags-prize-message-learned = Prekvapivá výhra od cudzieho človeka je trik, preto mu nikdy neposielaj svoje údaje.
level-flags-prize-message-hint-1 = Čítaj pomaly riadok po riadku. Napísal by to kamarát?
level-flags-prize-message-hint-2 = Cudzí ľudia, výhry z ničoho nič a otázky o tebe sú varovné signály.
level-flags-prize-message-hint-3 = Pozri sa, kto ju poslal. Ďalšie dva varovné signály sú nižšie.

flags-prize-message-sender = Od: neznáme číslo
flags-prize-message-sender-reason = Toto číslo nepoznáš. Daj si pozor, keď ti píše niekto cudzí.
flags-prize-message-greeting = Ahoj!
flags-prize-message-greeting-reason = Priateľský pozdrav je normálny. Sám osebe nie je varovný signál.
flags-prize-message-prize = Gratulujeme! Vyhrávaš nový tablet!
flags-prize-message-prize-reason = Žiadna súťaž nebola, ale výhra áno? Výhra z ničoho nič od cudzieho človeka je trik.
flags-prize-message-picture = Obrázok: lesklý tablet s červenou mašľou
flags-prize-message-picture-reason = Obrázok sám osebe nie je varovný signál. Prečítaj si aj slová okolo neho.
flags-prize-message-request = Ak ho chceš, pošli nám meno a adresu bydliska.
flags-prize-message-request-reason = Nikdy nedávaj svoju adresu cudziemu človeku. Skôr než odpovieš, spýtaj sa dospelého.
flags-prize-message-signoff = Pekný deň!
flags-prize-message-signoff-reason = Milá rozlúčka je normálna. Pekné slová samy osebe neurobia správu dobrou ani zlou.

## Úroveň 2: falošný e-mail o balíku

level-flags-parcel-email-title = E-mail o balíku
level-flags-parcel-email-instruction = Ťukni na každý varovný signál v tomto e-maile.
level-flags-parcel-email-learned = Skutočná firma ťa nikdy nepýta o heslo v e-maile. Súrenie je trik.
level-flags-parcel-email-hint-1 = Prečítaj každý riadok. Prišiel naozaj od prepravnej firmy?
level-flags-parcel-email-hint-2 = Falošné e-maily prichádzajú z čudných adries, súria ťa a pýtajú si tajomstvá.
level-flags-parcel-email-hint-3 = Pozri sa, kto ho poslal, a na odkaz. Varovných signálov je tam ešte viac.

flags-parcel-email-sender = Od: QuickBox Parcels <qb.help.2291@free-mail.example>
flags-parcel-email-sender-reason = Prepravná firma píše zo svojej vlastnej adresy. Toto je len bezplatná e-mailová adresa.
flags-parcel-email-subject = Predmet: Váš balík sa nepodarilo doručiť
flags-parcel-email-subject-reason = Niekedy sa balík naozaj nepodarí doručiť. Samotný predmet nie je varovný signál.
flags-parcel-email-greeting = Dobrý deň,
flags-parcel-email-greeting-reason = Obyčajný pozdrav je normálny. Sám osebe nie je varovný signál.
flags-parcel-email-urgency = Zaplaťte malý poplatok do 1 hodiny, inak sa balík vráti!
flags-parcel-email-urgency-reason = Podvodníci súria, aby nebol čas zastaviť sa a premýšľať. Skutočná firma ti dá čas.
flags-parcel-email-link = Kliknite sem: parcel-help.example/pay-now
flags-parcel-email-link-reason = Odkaz vedie na parcel-help, nie na QuickBox. Popros dospelého, nech to overí na skutočnej stránke.
flags-parcel-email-request = Potom zadajte svoje heslo a číslo karty.
flags-parcel-email-request-reason = Žiadna prepravná firma nepotrebuje tvoje heslo. Nikdy nezadávaj heslo ani číslo karty po odkaze z e-mailu.
flags-parcel-email-signoff = Ďakujeme, tím QuickBox
flags-parcel-email-signoff-reason = Podpísať sa menom je normálne. Ale napísať sa dá akékoľvek meno, preto skontroluj aj ostatné riadky.

## Úroveň 3: falošný obchod

level-flags-fake-shop-title = Superzľava
level-flags-fake-shop-instruction = Ťukni na každý varovný signál na tejto stránke obchodu.
level-flags-fake-shop-learned = Skontroluj adresu a cenu obchodu a nikdy nedávaj heslo ani číslo karty do chatu.
level-flags-fake-shop-hint-1 = Začni hore. Robil by toto všetko skutočný obchod?
level-flags-fake-shop-hint-2 = Falošné obchody kopírujú skutočné mená, majú smiešne nízke ceny a súria ťa.
level-flags-fake-shop-hint-3 = Čítaj adresu písmeno po písmene: skrýva sa v nej číslica. Ďalšie tri varovné signály sú nižšie.

flags-fake-shop-address = jollyt0y-shop.example/super-sale
flags-fake-shop-address-reason = Pozri sa pozorne: je tam nula, nie písmeno o. Falošné obchody kopírujú mená skutočných obchodov.
flags-fake-shop-welcome = Vitajte v Jollytoy!
flags-fake-shop-welcome-reason = Privítanie je na stránke obchodu normálne. Samo osebe nie je varovný signál.
flags-fake-shop-picture = Obrázok: herná konzola s dvoma ovládačmi
flags-fake-shop-picture-reason = Obchody ukazujú obrázky toho, čo predávajú. To je normálne.
flags-fake-shop-price = Herná konzola: 99 % zľava z bežnej ceny
flags-fake-shop-price-reason = Konzola nikdy nie je taká lacná. Cena príliš dobrá na to, aby bola pravdivá, je trik.
flags-fake-shop-countdown = Ponuka končí o 04:59!
flags-fake-shop-countdown-reason = Tikajúce hodiny ťa chcú súriť. Falošné obchody súria, aby nebol čas nič kontrolovať.
flags-fake-shop-delivery = Doručenie trvá 3 až 5 dní.
flags-fake-shop-delivery-reason = Obchody hovoria, ako dlho trvá doručenie. To je normálne.
flags-fake-shop-chat = Chat: Pošlite nám sem heslo a číslo karty.
flags-fake-shop-chat-reason = Skutočný obchod nikdy nechce tvoje heslo. Čísla kariet nikdy nepatria do chatu.

## Úroveň 4: ktoré odkazy vedú na Moonbank?

addr-brand-moonbank = Moonbank

level-addr-moonbank-title = Je to naozaj Moonbank?
level-addr-moonbank-instruction = Pri každom odkaze ťukni na časť, ktorá pomenúva stránku. Potom povedz, či je to stránka Moonbank.
level-addr-moonbank-learned = Názov odkazu čítaj od konca: koncovka tesne pred prvou samostatnou /, potom meno pred ňou. To je stránka. Slová pred ňou alebo za / nič nedokazujú.
level-addr-moonbank-hint-1 = Nájdi v odkaze prvú samostatnú /. Meno stránky končí tesne pred ňou.
level-addr-moonbank-hint-2 = Čítaj od tej / dozadu: najprv koncovka .example, potom meno pred ňou. Spolu sú to stránka.
level-addr-moonbank-hint-3 = Tretí odkaz vedie na free-gifts.example. Slovo moonbank za / je len názov podstránky.

## Úroveň 5: podobné odkazy

addr-brand-pixelpost = Pixelpost

level-addr-lookalike-title = Odkazy dvojníci
level-addr-lookalike-instruction = Pri každom odkaze ťukni na časť, ktorá pomenúva stránku. Potom povedz, či je to stránka Pixelpost.
level-addr-lookalike-learned = Podvodníci skrývajú skutočnú stránku za @, pridávajú slová navyše alebo menia písmená za podobné. Čítaj stránku písmeno po písmene.
level-addr-lookalike-hint-1 = Je v odkaze @? Stránka je až za ním.
level-addr-lookalike-hint-2 = Čítaj stránku písmeno po písmene. Slovo navyše alebo čudné písmeno z nej robí inú stránku.
level-addr-lookalike-hint-3 = Pozri sa na i v druhom odkaze: je z inej abecedy. Preto je to iná stránka.

## Úroveň 6: čo robiť s trikom

level-scam-what-to-do-title = Čo urobíš?
level-scam-what-to-do-instruction = Vyskočí niečo zvláštne. Zakaždým vyber, čo je najlepšie urobiť.
level-scam-what-to-do-learned = Keď ťa správa súri, vyzerá zvláštne alebo chce číslo karty, neťukaj. Over to inak a povedz to dospelému, ktorému dôveruješ.
level-scam-what-to-do-hint-1 = Dobrý detektív sa zastaví a premýšľa, skôr než na niečo ťukne.
level-scam-what-to-do-hint-2 = Podvodníci súria, používajú účty kamarátov a sľubujú výhry. Zastav sa, skôr než ťukneš.
level-scam-what-to-do-hint-3 = Keď z účtu kamaráta príde niečo zvláštne, over si to s kamarátom inak.

scam-what-to-do-account-closed-prompt = Správa hovorí: „Tvoj herný účet bude DNES zrušený! Zachráň ho tu: save-my-game.example“
scam-what-to-do-account-closed-tap-fast = Rýchlo ťuknem na odkaz a zachránim účet.
scam-what-to-do-account-closed-tap-fast-reason = Súrenie je trik, aby nebol čas premýšľať. Odkaz by mohol ukradnúť tvoje heslo.
scam-what-to-do-account-closed-tell-adult = Neťuknem. Ukážem to dospelému.
scam-what-to-do-account-closed-tell-adult-reason = Výborne! Spolu to môžete overiť v skutočnej hre. Takéto súrenie je trik.
scam-what-to-do-account-closed-reply = Odpíšem a spýtam sa, kto sú.
scam-what-to-do-account-closed-reply-reason = Odpoveď prezradí podvodníkovi, že jeho správy niekto číta. Radšej vôbec neodpovedaj.

scam-what-to-do-friend-link-prompt = Z účtu tvojho kamaráta Sama zrazu príde: „lol to si ty?? clip-watch.example/v/8812“
scam-what-to-do-friend-link-tap = Ťuknem. Je to od Sama, tak je to bezpečné.
scam-what-to-do-friend-link-tap-reason = Samov účet možno používa niekto iný. Podvodníci posielajú zlé odkazy z účtov kamarátov.
scam-what-to-do-friend-link-pass-on = Pošlem to aj ďalším kamarátom.
scam-what-to-do-friend-link-pass-on-reason = Potom by naň mohli ťuknúť aj oni. Nikdy neposielaj ďalej odkaz, ktorý ti nie je jasný.
scam-what-to-do-friend-link-grown-up-phone = Ťuknem, ale na mobile dospelého.
scam-what-to-do-friend-link-grown-up-phone-reason = Zlý odkaz je zlý na každom mobile a môže pýtať heslo. Najprv sa over u Sama.
scam-what-to-do-friend-link-ask-another-way = Najprv sa Sama spýtam osobne.
scam-what-to-do-friend-link-ask-another-way-reason = Super! Spýtaj sa Sama osobne alebo telefonicky. Ak to Samo neposlal, povedz to dospelému.

scam-what-to-do-won-phone-prompt = Vyskakovacie okno hovorí: „Vyhrávaš nový mobil! Zadaj číslo karty svojho rodiča a je tvoj.“
scam-what-to-do-won-phone-close-tell = Zavriem ho a poviem dospelému.
scam-what-to-do-won-phone-close-tell-reason = Správne! Skutočná výhra nikdy nepotrebuje číslo karty. Dospelý skontroluje, či je všetko v poriadku.
scam-what-to-do-won-phone-type-card = Vezmem kartu a zadám jej číslo.
scam-what-to-do-won-phone-type-card-reason = Žiadny mobil nie je. Podvodníci chcú číslo karty, aby zobrali peniaze.
scam-what-to-do-won-phone-claim = Ťuknem na „Vyzdvihnúť výhru“.
scam-what-to-do-won-phone-claim-reason = Tlačidlá v takom okne môžu otvoriť ďalšie triky. Radšej ho zavri.
