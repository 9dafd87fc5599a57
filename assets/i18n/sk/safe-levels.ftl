# Svet „Bezpečne spolu“. Úrovne 6 a 7 sú len pre skupinu 12 – 14: pokojne, nikdy nie
# explicitne, nikdy neobviňovať žiaka. Povedať to dospelému, ktorému dôveruješ, je vždy správne.

world-safe-together = Bezpečne spolu

safe-bin-good = Dobrý nápad
safe-bin-bad = Nie je dobrý nápad

## Kde hľadať pomoc: hra doplní { $helpline } jednou z týchto správ.

helpline-call = Môžeš zavolať aj na linku pomoci pre deti: { $service }, { $number }.
helpline-ask-adult = Spýtaj sa dospelého, ktorému dôveruješ, aká je linka pomoci pre deti v tvojej krajine.

## Úroveň 1: nový kamarát z hry

level-safe-new-friend-title = Nový kamarát z hry
level-safe-new-friend-instruction = Niekto z hry ti píše. Ťukni na každý varovný signál.
level-safe-new-friend-learned = Tajomstvá, fotky, súkromné chaty a stretnutia sú varovné signály. Zastav sa a povedz to dospelému, ktorému dôveruješ.
level-safe-new-friend-hint-1 = Prečítaj každý riadok. Pýtal by sa na toto kamarát v tvojom veku?
level-safe-new-friend-hint-2 = Buď opatrne, keď niekto chce tajomstvá, fotky, tvoje údaje alebo stretnutie.
level-safe-new-friend-hint-3 = Pozri sa pozorne na riadky o tvojich rodičoch a o tvojej škole.

safe-new-friend-sender = Od: Kai_Star (hráč z tvojej hry)
safe-new-friend-sender-reason = Chatovať s hráčmi môže byť zábava. Ale vieš len to, čo Kai hovorí sám o sebe.
safe-new-friend-game = Dnes dobrá hra! Na ktorej si úrovni?
safe-new-friend-game-reason = Rozprávať sa o hre je normálne. Tento riadok je v poriadku.
safe-new-friend-secret = O mne nehovor rodičom, jasné?
safe-new-friend-secret-reason = Dobrý kamarát od teba nechce, aby si ho tajil pred rodinou. To je varovný signál.
safe-new-friend-private = Poďme chatovať v inej aplikácii. Len my dvaja.
safe-new-friend-private-reason = Presunúť ťa do súkromného chatu, preč od ostatných, je varovný signál.
safe-new-friend-photo = Pošli mi svoju fotku. Len pre mňa!
safe-new-friend-photo-reason = Nikdy neposielaj svoje fotky niekomu, koho poznáš len z internetu.
safe-new-friend-school = Do ktorej školy chodíš?
safe-new-friend-school-reason = Tvoja škola prezradí cudziemu človeku, kde ťa nájde. Nechaj si ju pre seba.
safe-new-friend-meet = Stretneme sa v sobotu v parku!
safe-new-friend-meet-reason = Nikdy sa nestretávaj s niekým, koho poznáš len z internetu. Povedz to dospelému, ktorému dôveruješ.

## Úroveň 2: čo urobiť

level-safe-what-to-do-title = Čo urobíš?
level-safe-what-to-do-instruction = Kai z hry chce viac. Zakaždým vyber najlepšiu odpoveď.
level-safe-what-to-do-learned = Vždy môžeš povedať nie. Zablokuj toho človeka a povedz to dospelému, ktorému dôveruješ. Nikdy to nie je tvoja vina.
level-safe-what-to-do-hint-1 = Kto by ti mohol pomôcť overiť, či je Kai tým, za koho sa vydáva?
level-safe-what-to-do-hint-2 = Tajomstvá a stretnutia s kamarátmi z internetu sú varovné signály. Požiadaj o pomoc, nerieš to bez nej.
level-safe-what-to-do-hint-3 = Keď sa Kai nahnevá, vôbec nemusíš odpovedať.

safe-what-to-do-secret-prompt = Kai píše: „Nechajme si naše chaty v tajnosti.“ Čo urobíš?
safe-what-to-do-secret-keep = Nechám si to pre seba. Kai je ku mne milý.
safe-what-to-do-secret-keep-reason = Milé slová môžu skrývať trik. Skutočný kamarát nepotrebuje tajomstvá pred tvojou rodinou.
safe-what-to-do-secret-ask-why = Najprv sa Kaia spýtam prečo, potom sa rozhodnem.
safe-what-to-do-secret-ask-why-reason = Kai môže mať šikovnú odpoveď. Nerozhoduj bez pomoci: spýtaj sa niekoho, komu dôveruješ.
safe-what-to-do-secret-tell = Poviem o chatoch dospelému, ktorému verím.
safe-what-to-do-secret-tell-reason = Áno! Pýtať si tajomstvá je varovný signál. Dospelý, ktorému dôveruješ, ti pomôže to overiť.

safe-what-to-do-meet-prompt = Kai sa chce s tebou stretnúť v parku. Čo urobíš?
safe-what-to-do-meet-go-with-friend = Pôjdem, ale zoberiem kamaráta z triedy.
safe-what-to-do-meet-go-with-friend-reason = Dve deti nie sú dosť v bezpečí. Nikdy sa nestretávaj s niekým, koho poznáš len z internetu.
safe-what-to-do-meet-say-no = Poviem nie a poviem to dospelému.
safe-what-to-do-meet-say-no-reason = Správne. Povedz nie a nechaj dospelého, ktorému dôveruješ, aby ti s Kaiom pomohol.
safe-what-to-do-meet-go-tell-later = Pôjdem a potom to poviem dospelému.
safe-what-to-do-meet-go-tell-later-reason = Povedať to dospelému je dobré, ale nechoď tam. Nikdy sa nestretávaj s niekým, koho poznáš len z internetu.

safe-what-to-do-angry-prompt = Tvoja odpoveď bola nie. Teraz ti Kai posiela nahnevané správy.
safe-what-to-do-angry-block = Zablokujem Kaia a poviem to dospelému.
safe-what-to-do-angry-block-reason = Áno. Nemusíš odpovedať. Zablokuj Kaia a požiadaj o pomoc dospelého, ktorému dôveruješ.
safe-what-to-do-angry-sorry = Ospravedlním sa a urobím, čo Kai chce.
safe-what-to-do-angry-sorry-reason = Nič zlé sa nestalo z tvojej strany. Povedať nie bolo správne.
safe-what-to-do-angry-argue = Budem odpisovať, kým sa Kai neospravedlní.
safe-what-to-do-angry-argue-reason = Hádka Kaia iba povzbudí, aby ti ďalej písal. Radšej prestaň odpovedať.

## Úroveň 3: zablokovať a nahlásiť

level-safe-block-report-title = Zablokuj a nahlás
level-safe-block-report-instruction = Niekto na internete ti robí zle. Je každý nápad dobrý, alebo nie?
level-safe-block-report-learned = Ulož si správy, zablokuj toho človeka, nahlás ho v aplikácii a povedz to dospelému, ktorému dôveruješ.
level-safe-block-report-hint-1 = Ktoré nápady veci zlepšia a ktoré zhoršia?
level-safe-block-report-hint-2 = Uchovaj dôkazy, zastav správy a požiadaj o pomoc.
level-safe-block-report-hint-3 = Vymazať chat nie je dobrý nápad: dôkazy by zmizli.

safe-block-report-screenshot = Urobiť snímky obrazovky so správami
safe-block-report-screenshot-reason = Snímky obrazovky sú dôkaz. Urob ich pred zablokovaním, keby chat zmizol.
safe-block-report-delete = Vymazať celý chat, aby ho nikto nevidel
safe-block-report-delete-reason = Potom sú dôkazy preč. Nechaj si správy, aby ti dospelý mohol pomôcť.
safe-block-report-block = Zablokovať toho človeka
safe-block-report-block-reason = Zablokovanie mu zabráni posielať ti správy.
safe-block-report-reply-mean = Poslať späť zlú správu
safe-block-report-reply-mean-reason = To môže veci zhoršiť. Vôbec neodpovedaj.
safe-block-report-report = Nahlásiť profil v aplikácii
safe-block-report-report-reason = Tím aplikácie kontroluje hlásenia a môže účet zastaviť.
safe-block-report-unblock = Odblokovať, či to už neľutuje
safe-block-report-unblock-reason = Tým mu dovolíš znova ti písať. Nechaj ho zablokovaného.
safe-block-report-tell = Povedať dospelému, čo sa stalo
safe-block-report-tell-reason = Dospelý, ktorému dôveruješ, ti pomôže to nahlásiť a cítiť sa lepšie.

## Úroveň 4: prihlasovací kód

level-safe-login-code-title = Tajný prihlasovací kód
level-safe-login-code-instruction = Zakaždým vyber najlepšiu odpoveď.
level-safe-login-code-learned = Prihlasovací kód je len pre teba. Nikdy ho nikomu nedávaj, ani kamarátovi, ani „podpore“.
level-safe-login-code-hint-1 = Kto potrebuje kód, ktorý príde na tvoj mobil?
level-safe-login-code-hint-2 = Kód je druhý zámok na tvojom účte. Funguje ako kľúč.
level-safe-login-code-hint-3 = Skutočná podpora si nikdy nepýta tvoj kód.

safe-login-code-why-prompt = Po hesle pošle aplikácia kód na tvoj mobil. Prečo?
safe-login-code-why-ads = Lebo aplikácia chce tvoje číslo na reklamy.
safe-login-code-why-ads-reason = Nie. Kód je tu na to, aby bol tvoj účet v bezpečí.
safe-login-code-why-second-lock = Je to druhý zámok, dnu sa dostanem len ja.
safe-login-code-why-second-lock-reason = Áno. To je prihlásenie v dvoch krokoch. Zlodej s tvojím heslom potrebuje ešte kód.
safe-login-code-why-phone-check = Aby sa overilo, či mobil ešte funguje.
safe-login-code-why-phone-check-reason = Nie. Kód dokazuje, že sa prihlasuješ naozaj ty.

safe-login-code-friend-prompt = Správa od Mie: „Ups, môj kód prišiel tebe. Pošleš mi ho?“
safe-login-code-friend-send = Rýchlo ho pošlem. Mia je kamarátka a potrebuje ho.
safe-login-code-friend-send-reason = Miin účet môže byť napadnutý. Kód by pustil cudzieho človeka do TVOJHO účtu.
safe-login-code-friend-half = Pošlem len prvú polovicu kódu.
safe-login-code-friend-half-reason = Aj polovica kódu pomôže zlodejovi. Nechaj si celý kód pre seba.
safe-login-code-friend-ask = Nepošlem. Spýtam sa Mie osobne.
safe-login-code-friend-ask-reason = Správne. Over si to s Miou inak, osobne alebo telefonicky. Asi je to trik.

safe-login-code-support-prompt = V chate stojí: „Tu podpora hry. Povedz nám svoj kód, aby bol tvoj účet v bezpečí.“
safe-login-code-support-give = Dám ho. Sú to predsa ľudia z podpory.
safe-login-code-support-give-reason = Skutočná podpora si nikdy nepýta tvoj kód. Je to trik.
safe-login-code-support-say-no = Nie. Podpora môj kód nepotrebuje.
safe-login-code-support-say-no-reason = Správne. Hovoria to aj skutočné firmy: nikdy si tvoj kód nepýtajú.
safe-login-code-support-adult-reads = Poprosím dospelého, nech im kód prečíta.
safe-login-code-support-adult-reads-reason = Kód nemá dávať nikto, ani dospelý, ani dieťa. Ukáž radšej správu dospelému.

## Úroveň 5: kde hľadať pomoc

level-safe-get-help-title = Kde hľadať pomoc
level-safe-get-help-instruction = Niečo na internete ťa trápi. Zakaždým vyber najlepšiu odpoveď.
level-safe-get-help-learned = Vždy je tu niekto, kto ti pomôže. Porozprávaj sa s dospelým, ktorému dôveruješ. { $helpline }
level-safe-get-help-hint-1 = Je lepšie nechať si starosť pre seba, alebo sa o ňu podeliť?
level-safe-get-help-hint-2 = Dospelí, ktorým dôveruješ, a linky pomoci pre deti počúvajú a pomáhajú.
level-safe-get-help-hint-3 = 116 111 je číslo pre deti v mnohých krajinách.

safe-get-help-worried-prompt = Na internete ťa niečo vystrašilo. Čo pomôže najviac?
safe-get-help-worried-keep = Nechám si to pre seba a skúsim zabudnúť.
safe-get-help-worried-keep-reason = Starosti rastú, keď ich držíš v sebe. Povedať to niekomu pomáha.
safe-get-help-worried-tell = Poviem dospelému, čo ma vystrašilo.
safe-get-help-worried-tell-reason = Áno! Rodič, niekto, kto sa o teba stará, alebo učiteľ ti môže pomôcť.
safe-get-help-worried-search = Budem o tom hľadať viac na internete.
safe-get-help-worried-search-reason = Môžeš nájsť ešte strašidelnejšie veci. Najprv sa s niekým porozprávaj.

safe-get-help-nobody-prompt = Nechceš sa rozprávať s nikým, koho poznáš. Čo môžeš urobiť?
safe-get-help-nobody-forum = Spýtam sa cudzích ľudí vo fóre, čo robiť.
safe-get-help-nobody-forum-reason = Cudzí ľudia na internete nemusia byť milí ani mať pravdu. Linka pomoci je tu na to, aby pomohla.
safe-get-help-nobody-wait = Počkám, kým problém sám prejde.
safe-get-help-nobody-wait-reason = Problémy často samy neprejdú. Požiadať o pomoc je v poriadku.
safe-get-help-nobody-helpline = Zavolám alebo napíšem na linku pre deti.
safe-get-help-nobody-helpline-reason = Áno. Linky pomoci pre deti počúvajú deti. Nemusíš povedať svoje meno.

safe-get-help-number-prompt = Na plagáte v škole je 116 111. Aké je to číslo?
safe-get-help-number-helpline = Detská linka pomoci v mnohých krajinách Európy
safe-get-help-number-helpline-reason = Áno. V mnohých európskych krajinách je 116 111 linka pomoci pre deti. Niektoré krajiny používajú iné číslo.
safe-get-help-number-prize = Číslo, na ktorom sa dajú vyhrať ceny
safe-get-help-number-prize-reason = Nie. Je to linka pomoci, kde môžu deti hovoriť o svojich starostiach.
safe-get-help-number-adults = Číslo, na ktoré smú volať len dospelí, nie deti
safe-get-help-number-adults-reason = Nie. Deti môžu na linku pomoci pre deti zavolať samy.

## Úroveň 6 (len 12 – 14): keď sa niekto vyhráža

level-safe-threats-title = Keď sa niekto vyhráža
level-safe-threats-instruction = Niekto sa vyhráža, že zverejní súkromnú fotku. Vyber najlepšiu odpoveď.
level-safe-threats-learned = Nikdy to nie je tvoja vina. Neplať, prestaň odpovedať, uchovaj správy, povedz to dospelému, ktorému dôveruješ, a nahlás to.
level-safe-threats-hint-1 = Čo od teba chce ten, kto sa vyhráža?
level-safe-threats-hint-2 = Platenie ani posielanie ďalších vecí vyhrážky nezastaví. Pomoc áno.
level-safe-threats-hint-3 = Uchovaj chat ako dôkaz, ale prestaň odpovedať.

safe-threats-pay-prompt = Kamarát z internetu píše: „Zaplať mi, inak zverejním súkromnú fotku, ktorú mám od teba.“
safe-threats-pay-pay = Rýchlo zaplatím, aby fotka zostala súkromná.
safe-threats-pay-pay-reason = Platenie ich nezastaví. Väčšinou chcú viac.
safe-threats-pay-stop = Prestanem odpovedať a poviem to dospelému.
safe-threats-pay-stop-reason = Áno. Preruš všetok kontakt a požiadaj o pomoc. Dospelý ti pomôže to nahlásiť.
safe-threats-pay-more = Pošlem ďalšiu fotku, nech sa upokojí.
safe-threats-pay-more-reason = Nikdy neposielaj ďalšie. Neprestanú. Radšej požiadaj o pomoc.

safe-threats-chat-prompt = Je ti hrozne a chceš, aby chat zmizol. Čo s ním urobíš?
safe-threats-chat-delete = Hneď vymažem celý chat a hneď potom aj svoj účet.
safe-threats-chat-delete-reason = Chat je dôkaz. Aplikácia a polícia ho potrebujú, aby ich zastavili.
safe-threats-chat-forward = Prepošlem chat kamarátom a spýtam sa ich.
safe-threats-chat-forward-reason = Nepreposielaj ho. Nech zostane medzi tebou a dospelým, ktorému dôveruješ.
safe-threats-chat-keep = Nechám si chat, potom zablokujem a nahlásim.
safe-threats-chat-keep-reason = Správne. Uchovaj správy ako dôkaz, potom účet zablokuj a nahlás.

safe-threats-fault-prompt = Myslíš si: „Je to moja vina. Nemôžem to nikomu povedať.“ Čo je pravda?
safe-threats-fault-my-fault = Je to moja vina, musím to vyriešiť bez pomoci.
safe-threats-fault-my-fault-reason = Nie. Zle robí ten, kto sa vyhráža, nie ty.
safe-threats-fault-never = Nikdy to nie je moja vina a pomoc existuje.
safe-threats-fault-never-reason = Áno. Niekto ťa oklamal. Dospelí a linky pomoci pomáhajú bez obviňovania.
safe-threats-fault-later = Dospelému to poviem, len keď to bude horšie.
safe-threats-fault-later-reason = Povedz to niekomu hneď. Čím skôr dostaneš pomoc, tým skôr to prestane.

safe-threats-online-prompt = Bojíš sa, že fotka už je na internete. Čo môže pomôcť?
safe-threats-online-take-it-down = Použiť s dospelým nástroj Take It Down.
safe-threats-online-take-it-down-reason = Take It Down pomáha odstrániť fotky urobené pred 18. rokom, z hocijakej krajiny.
safe-threats-online-search = Každý deň fotku hľadať a kontrolovať.
safe-threats-online-search-reason = Tým sa budeš cítiť len horšie. Nechaj prácu na dospelom a na nástroji.
safe-threats-online-nothing = Keď je fotka na internete, nič nepomôže.
safe-threats-online-nothing-reason = To nie je pravda. Fotky sa často dajú odstrániť. Pomoc existuje vždy.

## Úroveň 7 (len 12 – 14): súkromná fotka niekoho iného

level-safe-not-yours-title = Fotka, ktorá nie je tvoja
level-safe-not-yours-instruction = V chate koluje súkromná fotka niekoho z triedy. Dobrý nápad, alebo nie?
level-safe-not-yours-learned = Súkromnú fotku niekoho iného si nikdy nenechávaj ani ju neposielaj ďalej. Povedz to dospelému, ktorému dôveruješ, a nahlás ju.
level-safe-not-yours-hint-1 = Ako by ti bolo, keby to bola tvoja fotka?
level-safe-not-yours-hint-2 = Každé zdieľanie znova ublíži človeku na fotke.
level-safe-not-yours-hint-3 = Posielať ju ďalej nie je nikdy dobrý nápad, ani keď chceš poradiť.

safe-not-yours-forward = Preposlať ju jednému kamarátovi
safe-not-yours-forward-reason = Každé zdieľanie tomu človeku ublíži viac. V mnohých krajinách je to aj protizákonné.
safe-not-yours-tell = Povedať o tom dospelému, ktorému verím
safe-not-yours-tell-reason = Áno. Dospelý pomôže zastaviť jej šírenie a ty ju nikam neposielaš.
safe-not-yours-save = Uložiť si ju do mobilu
safe-not-yours-save-reason = Nenechávaj si ju. Taká fotka nemá byť v tvojom mobile.
safe-not-yours-report = Nahlásiť príspevok v aplikácii
safe-not-yours-report-reason = Aplikácia ju môže odstrániť. Človek na fotke to potrebuje.
safe-not-yours-ask-friend = Poslať ju kamarátovi a spýtať sa, čo robiť
safe-not-yours-ask-friend-reason = Neposielaj ju nikomu, ani kvôli rade. Radšej o tom len povedz.
safe-not-yours-kind = Správať sa pekne k človeku na fotke
safe-not-yours-kind-reason = Môže mu byť hrozne. Nie je to jeho vina.
safe-not-yours-laugh = Smiať sa s ostatnými, nech nie som mimo
safe-not-yours-laugh-reason = Smiech mu ublíži ešte viac. Práve ty to môžeš zastaviť.
