# Svet „Vrchol hesiel“. Heslá v pw-rank zostávajú ako v angličtine. Slová v pw-build-* sú
# bežné podstatné mená malými písmenami: v pw-build-first majú slová 1, 2 a 6 tri písmená,
# ostatné päť a viac. Ľudia, mená a tímy sú vymyslené.

world-password-peak = Vrchol hesiel

## Úroveň 1: kto smie poznať tvoje heslo

level-pw-who-to-tell-title = Kto ho smie poznať?
level-pw-who-to-tell-instruction = Prečítaj si, čo sa deje. Zakaždým vyber najlepšiu odpoveď.
level-pw-who-to-tell-learned = Tvoje heslo je len pre teba. Dospelý, ktorému dôveruješ a ktorý sa o teba stará, ti s ním môže pomôcť.
level-pw-who-to-tell-hint-1 = Spýtaj sa: potrebuje tento človek naozaj moje heslo?
level-pw-who-to-tell-hint-2 = Kamaráti ani moderátori hry ho nikdy nepotrebujú. Rodič alebo niekto, kto sa o teba stará, ti ho pomôže ochrániť.
level-pw-who-to-tell-hint-3 = V hernom chate neodpovedaj. Nahlás to.

pw-who-to-tell-friend-prompt = Tvoja najlepšia kamarátka Zoja sa pýta: „Aké máš heslo do hry? Chcem si vyskúšať tvoju novú úroveň.“
pw-who-to-tell-friend-tell = Poviem jej ho. Je to moja najlepšia kamarátka.
pw-who-to-tell-friend-tell-reason = Aj najlepšie kamarátky ho môžu omylom prezradiť ďalej. A kamaráti sa niekedy pohádajú.
pw-who-to-tell-friend-say-no = Poviem: „Prepáč, to je len pre mňa.“
pw-who-to-tell-friend-say-no-reason = Výborne! Hrať sa spolu môžete aj tak. Dobrá kamarátka to pochopí.
pw-who-to-tell-friend-swap = Vymeníme si heslá, aby to bolo férové.
pw-who-to-tell-friend-swap-reason = Potom sú vonku dve heslá namiesto jedného. Výmena ich neurobí bezpečnejšími.

pw-who-to-tell-moderator-prompt = V hernom chate píše „Mod_Max“: „Som moderátor. Pošli mi svoje heslo, inak ti zrušíme účet!“
pw-who-to-tell-moderator-send = Rýchlo ho pošlem a potom to poviem dospelému.
pw-who-to-tell-moderator-send-reason = Povedať to dospelému je dobré, ale heslo nikdy neposielaj. Skutoční moderátori si heslo nikdy nepýtajú.
pw-who-to-tell-moderator-proof = Nech dokáže, že je moderátor.
pw-who-to-tell-moderator-proof-reason = Podvodníci vedia sfalšovať akýkoľvek dôkaz. Nikto z hry tvoje heslo nepotrebuje, tak ho neposielaj.
pw-who-to-tell-moderator-report = Neodpoviem. Nahlásim to a poviem dospelému.
pw-who-to-tell-moderator-report-reason = Správne! Moderátori hry tvoje heslo nikdy nepotrebujú. Nahlásenie pomôže podvodníka zastaviť.

pw-who-to-tell-parent-prompt = Rodič alebo niekto, kto sa o teba stará, ti pomáha nastaviť nový tablet. Pýta sa, aké heslo si vyberáš.
pw-who-to-tell-parent-tell-mum = Poviem mu ho. Stará sa o mňa.
pw-who-to-tell-parent-tell-mum-reason = Áno! Dospelý, ktorému dôveruješ a ktorý sa o teba stará, napríklad rodič, ho smie poznať a pomôcť ti ho ochrániť.
pw-who-to-tell-parent-nobody = Nepoviem ho nikomu, ani doma.
pw-who-to-tell-parent-nobody-reason = Pred kamarátmi a cudzími ho taj. Ale rodič alebo niekto, kto sa o teba stará, ti môže pomôcť.
pw-who-to-tell-parent-class-chat = Dám ho do triedneho chatu, nech ho nezabudnem.
pw-who-to-tell-parent-class-chat-reason = Každý v chate by si ho mohol prečítať. Popros dospelého, ktorému dôveruješ, aby ti pomohol bezpečne si ho zapamätať.

## Úroveň 2: od najslabšieho po najsilnejšie

level-pw-rank-title = Slabé, alebo silné?
level-pw-rank-instruction = Zoraď heslá. Začni najslabším, skonči najsilnejším.
level-pw-rank-learned = Niekoľko náhodných slov dá dlhé heslo. Je oveľa silnejšie než jedno slovo s číslom.
level-pw-rank-hint-1 = Ktoré heslo by hádač skúsil ako prvé?
level-pw-rank-hint-2 = Hádači skúšajú najprv bežné heslá a slová. Dlhé heslá z náhodných slov prídu na rad až nakoniec.
level-pw-rank-hint-3 = 123456 je najslabšie: je to jedno z najpoužívanejších hesiel.

pw-rank-digits = 123456
pw-rank-digits-reason = Toto je prvé: je najslabšie. Je to jedno z najpoužívanejších hesiel na svete, takže ho uhádnu hneď.
pw-rank-one-word = sunshine
pw-rank-one-word-reason = Toto je druhé: jedno bežné anglické slovo. Hádači skúšajú dlhé zoznamy takých slov veľmi skoro.
pw-rank-word-and-number = Sunshine1
pw-rank-word-and-number-reason = Toto je v strede. Veľké písmeno na začiatku a 1 na konci sú triky, ktoré hádači dobre poznajú.
pw-rank-two-words = tiger-Lamp7
pw-rank-two-words-reason = Toto je štvrté. Dve slová, ktoré k sebe nepatria, sa hádajú ťažšie, ale dve sú stále málo.
pw-rank-four-words = violet-cactus-harbour-drum
pw-rank-four-words-reason = Toto je posledné: je najsilnejšie. Štyri náhodné slová dajú dlhé heslo, ktoré sa ľahko pamätá.

## Úroveň 3: prvé heslo zo slov

level-pw-build-first-title = Tvoje prvé heslo zo slov
level-pw-build-first-instruction = Ťukaj na kartičky so slovami a poskladaj silné heslo aspoň z 3 slov.
level-pw-build-first-learned = Tri náhodné slová dajú dlhé, silné heslo. Vynechaj veci, ktoré o tebe vedia iní.
level-pw-build-first-hint-1 = Hovorí niektorá kartička niečo o tebe?
level-pw-build-first-hint-2 = Vyber náhodné slová, ktoré s tebou nemajú nič spoločné. Nech je dlhé: 15 písmen alebo viac.
level-pw-build-first-hint-3 = Rex je meno tvojho psa, tak ho vynechaj.

pw-build-first-word-1 = syr
pw-build-first-word-2 = med
pw-build-first-word-3 = raketa
pw-build-first-word-4 = vankúš
pw-build-first-word-5 = korytnačka
pw-build-first-word-6 = čaj
pw-build-first-pet = Rex
pw-build-first-pet-reason = Rex je meno tvojho psa. Poznajú ho tvoji kamaráti aj každý, kto videl fotky tvojho psa.
pw-build-first-year = 2016
pw-build-first-year-reason = To je rok tvojho narodenia. Pozná ho veľa ľudí a hádači skúšajú roky ako prvé.

## Úroveň 4: dobré a riskantné zvyky

level-pw-habits-title = Dobré zvyky
level-pw-habits-instruction = Je to dobrý zvyk, alebo je to riskantné? Roztrieď každú kartu.
level-pw-habits-learned = Na každú hru používaj iné heslo, drž ho v tajnosti a na spoločných tabletoch sa odhlasuj.
level-pw-habits-hint-1 = Predstav si, že tvoj tablet nájde niekto iný. Čo by mohol urobiť?
level-pw-habits-hint-2 = Dobré zvyky držia heslo v tajnosti a tvoj účet zatvorený pre ostatných.
level-pw-habits-hint-3 = Odhlásiť sa na spoločnom tablete je dobrý zvyk.

pw-habits-bin-good = Dobrý zvyk
pw-habits-bin-risky = Riskantné

pw-habits-one-per-game = Na každú hru iné heslo
pw-habits-one-per-game-reason = Keď niekto zistí jedno heslo, tvoje ostatné hry zostanú v bezpečí.
pw-habits-sticky-note = Heslo na lístočku nalepenom na tablete
pw-habits-sticky-note-reason = Prečíta si ho každý, kto vezme tablet do ruky. Spýtaj sa dospelého, kde ho bezpečne uchovať.
pw-habits-log-out = Odhlásiť sa na spoločnom tablete
pw-habits-log-out-reason = Potom ďalší človek nemôže hrať za teba. Keď sa delíš, vždy sa odhlás.
pw-habits-name-birthday = Meno a dátum narodenia ako heslo
pw-habits-name-birthday-reason = Tvoje meno a narodeniny pozná veľa ľudí. Hádači ich skúšajú ako prvé.
pw-habits-best-friend = Prezradiť heslo najlepšiemu kamarátovi
pw-habits-best-friend-reason = Kamaráti ho môžu omylom prezradiť ďalej. Nechaj si heslo pre seba.
pw-habits-ask-adult = Spýtať sa dospelého, keď niečo nevieš
pw-habits-ask-adult-reason = Dospelý, ktorému dôveruješ, ti môže pomôcť. Spýtať sa je vždy dobrý nápad.

## Úroveň 5: veľmi silné heslo zo slov

level-pw-build-strong-title = Veľmi silné!
level-pw-build-strong-instruction = Poskladaj veľmi silné heslo aspoň zo 4 kartičiek so slovami.
level-pw-build-strong-learned = Štyri náhodné slová dajú veľmi silné heslo. Prezývky, školy a tímy sa ľahko uhádnu.
level-pw-build-strong-hint-1 = Niektoré kartičky vyzerajú ako obyčajné slová, ale sú o tebe. Ktoré?
level-pw-build-strong-hint-2 = Tvoju prezývku, školu a tím sa dá ľahko zistiť.
level-pw-build-strong-hint-3 = Zippy je tvoja prezývka, tak ju vynechaj.

pw-build-strong-word-1 = sneh
pw-build-strong-word-2 = list
pw-build-strong-word-3 = kľúč
pw-build-strong-word-4 = hrad
pw-build-strong-word-5 = žaba
pw-build-strong-word-6 = lyža
pw-build-strong-word-7 = mrak
pw-build-strong-nickname = Zippy
pw-build-strong-nickname-reason = Zippy je tvoja prezývka. Poznajú ju tvoji kamaráti aj celá trieda.
pw-build-strong-school = Dubová
pw-build-strong-school-reason = Dubová je tvoja škola. Veľa ľudí vie, kam chodíš do školy.
pw-build-strong-team = Rovers
pw-build-strong-team-reason = Všetci vedia, že fandíš Rovers. Hádač by tvoj tím skúsil skoro.

## Úroveň 6: overenie v dvoch krokoch

level-pw-two-step-title = Kód je len pre teba
level-pw-two-step-instruction = Prečítaj si, čo sa deje. Zakaždým vyber najlepšiu odpoveď.
level-pw-two-step-learned = Overenie v dvoch krokoch si okrem hesla pýta aj kód. Kód nikdy nikomu nedávaj, ani keď ho niekto pýta.
level-pw-two-step-hint-1 = Pre koho je kód: pre teba, alebo pre každého, kto si ho pýta?
level-pw-two-step-hint-2 = Kód je druhý kľúč. Používaš ho len ty a nikto iný ho nikdy nepotrebuje.
level-pw-two-step-hint-3 = Keď si kamarát pýta tvoj kód, nechaj si ho pre seba.

pw-two-step-what-prompt = Tvoja hra sa pýta: „Zapnúť overenie v dvoch krokoch?“ Čo to robí?
pw-two-step-what-longer = Urobí heslo dvakrát dlhšie.
pw-two-step-what-longer-reason = Tvoje heslo zostane rovnaké. Pridá sa druhý krok: kód.
pw-two-step-what-code = Pýta si aj kód.
pw-two-step-what-code-reason = Správne! Ani ten, kto pozná tvoje heslo, sa bez kódu neprihlási. Popros dospelého, aby ti ho pomohol zapnúť.
pw-two-step-what-friends = Kamaráti sa môžu prihlásiť za teba.
pw-two-step-what-friends-reason = Nie. Postará sa o to, že prihlásiť sa môžeš len ty.

pw-two-step-friend-prompt = Tvoj kamarát Samo píše: „Omylom som poslal prihlasovací kód na tvoj tablet. Pošleš mi ho?“
pw-two-step-friend-send = Pošlem ho. Samo je môj kamarát.
pw-two-step-friend-send-reason = Toto je známy trik. Samov účet možno používa niekto iný. S kódom sa zmocní aj tvojho.
pw-two-step-friend-adult-sends = Poprosím dospelého doma, nech ho pošle za mňa.
pw-two-step-friend-adult-sends-reason = Povedať to dospelému je správne, ale kód nemá posielať nikto. Ani dospelý.
pw-two-step-friend-keep = Nechám si ho. Poviem to dospelému.
pw-two-step-friend-keep-reason = Správne! Kód nikdy nikomu nedávaj. Porozprávaj sa so Samom osobne a over si, či je to naozaj on.

pw-two-step-unasked-prompt = Na tvojom tablete sa objaví prihlasovací kód, ale ty sa práve neprihlasuješ.
pw-two-step-unasked-tell = Nedám ho nikomu a poviem o ňom dospelému.
pw-two-step-unasked-tell-reason = Správne! Niekto možno skúša tvoje heslo. Dospelý ti pomôže ho zmeniť.
pw-two-step-unasked-class-chat = Dám ho do triedneho chatu.
pw-two-step-unasked-class-chat-reason = Potom by ho mohol použiť každý v chate. Kód je len pre teba. Povedz to radšej dospelému.
pw-two-step-unasked-reply = Odpíšem a spýtam sa, kto ho poslal.
pw-two-step-unasked-reply-reason = Neodpisuj. Kód prišiel, lebo sa niekto skúšal prihlásiť ako ty. Povedz to dospelému.

## Úroveň 7: správca hesiel

level-pw-manager-title = Trezor na heslá
level-pw-manager-instruction = Toto je správca hesiel, ktorý patrí Mii. Pamätá si jej heslá. Ťukni na každé nastavenie, ktoré nie je bezpečné, a oprav ho.
level-pw-manager-learned = Správca hesiel si pamätá tvoje heslá. Jedno silné heslo zo slov chráni všetky ostatné. Nastav ho s dospelým, ktorému dôveruješ.
level-pw-manager-hint-1 = Ktoré nastavenie by niekomu pomohlo otvoriť heslá, ktoré patria Mii?
level-pw-manager-hint-2 = Hlavné heslo chráni všetky ostatné, preto musí byť najsilnejšie.
level-pw-manager-hint-3 = Začni hlavným heslom.

pw-manager-set-up = Nastavené s: dospelým, ktorému dôverujem
pw-manager-set-up-reason = Dobre! Dospelý, ktorému dôveruješ, ti ho pomôže nastaviť a ochrániť.
pw-manager-main-password = Hlavné heslo: 1234
pw-manager-main-password-reason = Toto jedno heslo otvára všetky ostatné. Nech je dlhé a silné: tri náhodné slová.
pw-manager-main-password-fixed = Hlavné heslo: tri náhodné slová
pw-manager-one-each = Ukladá: na každú hru iné heslo
pw-manager-one-each-reason = Dobre! Pamätá si ich, takže každá hra môže mať vlastné heslo.
pw-manager-make-new = Vytvárať silné heslá za mňa: Vyp.
pw-manager-make-new-reason = Vie vytvoriť dlhé náhodné heslá a zapamätať si ich za teba. Zapni to.
pw-manager-make-new-fixed = Vytvárať silné heslá za mňa: Zap.
pw-manager-lock = Zamknúť aplikáciu, keď ju zatvorím: Vyp.
pw-manager-lock-reason = Potom by každý, kto vezme tablet, videl všetky heslá, ktoré patria Mii.
pw-manager-lock-fixed = Zamknúť aplikáciu, keď ju zatvorím: Zap.
pw-manager-device = Uložené na: mojom tablete doma
pw-manager-device-reason = Ukladať heslá na vlastnom tablete je v poriadku. Nikdy ich neukladaj na počítači v knižnici.
