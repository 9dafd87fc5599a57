# Svět „Vrchol hesel“. Lidé, jména a týmy jsou vymyšlené.
# pw-rank: pět hesel zůstává beze změny. pw-build-first: slova 1, 2 a 6 mají tři písmena,
# ostatní pět a víc. Nejlepší odpověď nikdy není nejdelší.

world-password-peak = Vrchol hesel

## Úroveň 1: kdo smí znát tvoje heslo

level-pw-who-to-tell-title = Kdo ho smí znát?
level-pw-who-to-tell-instruction = Přečti si, co se děje. Pokaždé vyber nejlepší odpověď.
level-pw-who-to-tell-learned = Tvoje heslo je jen pro tebe. Dospělý, kterému věříš a který se o tebe stará, ti s ním smí pomáhat.
level-pw-who-to-tell-hint-1 = Zeptej se: potřebuje ten člověk opravdu moje heslo?
level-pw-who-to-tell-hint-2 = Kamarádi ani moderátoři hry ho nikdy nepotřebují. Rodiče nebo ten, kdo se o tebe stará, ti ho můžou pomoct chránit.
level-pw-who-to-tell-hint-3 = V herním chatu neodpovídej. Nahlas to.

pw-who-to-tell-friend-prompt = Tvoje nejlepší kamarádka Zoe se ptá: „Jaké máš heslo do hry? Chci zkusit tvoji novou úroveň.“
pw-who-to-tell-friend-tell = Řeknu jí ho. Je to moje nejlepší kamarádka.
pw-who-to-tell-friend-tell-reason = I nejlepší kamarádi ho můžou omylem prozradit dalším. A kamarádi se někdy pohádají.
pw-who-to-tell-friend-say-no = Řeknu: „Promiň, je jen pro mě.“
pw-who-to-tell-friend-say-no-reason = Výborně! Hrát spolu můžete dál. Dobrá kamarádka to pochopí.
pw-who-to-tell-friend-swap = Vyměníme si hesla, ať je to fér.
pw-who-to-tell-friend-swap-reason = Pak jsou venku dvě hesla místo jednoho. Výměna nic nezlepší.

pw-who-to-tell-moderator-prompt = V herním chatu píše „Mod_Max“: „Jsem moderátor. Pošli mi heslo, jinak ti zrušíme účet!“
pw-who-to-tell-moderator-send = Rychle ho pošlu a pak to hned řeknu dospělému.
pw-who-to-tell-moderator-send-reason = Říct to dospělému je dobré, ale heslo nikdy neposílej. Skuteční moderátoři o heslo nikdy nežádají.
pw-who-to-tell-moderator-proof = Chci důkaz, že je to moderátor.
pw-who-to-tell-moderator-proof-reason = Podvodníci umí zfalšovat jakýkoli důkaz. Nikdo ze hry tvoje heslo nepotřebuje, tak ho neposílej.
pw-who-to-tell-moderator-report = Neodpovím. Nahlásím to a řeknu dospělému.
pw-who-to-tell-moderator-report-reason = Správně! Moderátoři hry tvoje heslo nikdy nepotřebují. Nahlášení pomáhá podvodníka zastavit.

pw-who-to-tell-parent-prompt = Rodič nebo ten, kdo se o tebe stará, ti pomáhá nastavit nový tablet. Ptá se, jaké heslo je tvoje.
pw-who-to-tell-parent-tell-mum = Řeknu mu ho. Stará se o mě.
pw-who-to-tell-parent-tell-mum-reason = Ano! Dospělý, kterému věříš a který se o tebe stará, třeba rodič, ho smí znát a pomoct ho chránit.
pw-who-to-tell-parent-nobody = Neřeknu ho nikomu, ani jemu.
pw-who-to-tell-parent-nobody-reason = Před kamarády a cizími lidmi ho chraň. Ale rodič nebo ten, kdo se o tebe stará, ti pomáhat smí.
pw-who-to-tell-parent-class-chat = Dám ho do třídního chatu, ať ho nezapomenu.
pw-who-to-tell-parent-class-chat-reason = Všichni v chatu by si ho mohli přečíst. Požádej dospělého, kterému věříš, ať ti pomůže si ho bezpečně pamatovat.

## Úroveň 2: od nejslabšího po nejsilnější

level-pw-rank-title = Slabé, nebo silné?
level-pw-rank-instruction = Seřaď hesla. Začni nejslabším a skonči nejsilnějším.
level-pw-rank-learned = Několik náhodných slov dá dlouhé heslo. To je mnohem silnější než jedno slovo s číslem.
level-pw-rank-hint-1 = Které heslo by zkusil hádač jako první?
level-pw-rank-hint-2 = Hádači zkoušejí nejdřív běžná hesla a slova. Dlouhá hesla z náhodných slov přijdou na řadu nakonec.
level-pw-rank-hint-3 = 123456 je nejslabší: patří mezi nejpoužívanější hesla.

pw-rank-digits = 123456
pw-rank-digits-reason = Tohle je první: nejslabší. Patří mezi nejpoužívanější hesla na světě, takže se uhodne hned.
pw-rank-one-word = sunshine
pw-rank-one-word-reason = Tohle je druhé: jedno běžné slovo. Hádači zkoušejí dlouhé seznamy takových slov hodně brzy.
pw-rank-word-and-number = Sunshine1
pw-rank-word-and-number-reason = Tohle je uprostřed. Velké písmeno na začátku a 1 na konci jsou triky, které hádači dobře znají.
pw-rank-two-words = tiger-Lamp7
pw-rank-two-words-reason = Tohle je čtvrté. Dvě slova, která k sobě nepatří, se hádají hůř, ale dvě jsou pořád málo.
pw-rank-four-words = violet-cactus-harbour-drum
pw-rank-four-words-reason = Tohle je poslední: nejsilnější. Čtyři náhodná slova dají dlouhé heslo, které se dobře pamatuje.

## Úroveň 3: první heslo ze slov

level-pw-build-first-title = Tvoje první heslo ze slov
level-pw-build-first-instruction = Ťukej na kartičky se slovy a poskládej silné heslo aspoň ze 3 slov.
level-pw-build-first-learned = Tři náhodná slova dají dlouhé a silné heslo. Vynech věci, které o tobě vědí ostatní.
level-pw-build-first-hint-1 = Říká některá kartička něco o tobě?
level-pw-build-first-hint-2 = Vyber náhodná slova, která s tebou nemají nic společného. Ať je dlouhé: 15 písmen nebo víc.
level-pw-build-first-hint-3 = Rex je jméno tvého psa, tak ho vynech.

pw-build-first-word-1 = les
pw-build-first-word-2 = sýr
pw-build-first-word-3 = raketa
pw-build-first-word-4 = polštář
pw-build-first-word-5 = želva
pw-build-first-word-6 = led
pw-build-first-pet = Rex
pw-build-first-pet-reason = Rex je jméno tvého psa. Znají ho tvoji kamarádi i každý, kdo vidí fotky tvého psa.
pw-build-first-year = 2016
pw-build-first-year-reason = To je rok tvého narození. Zná ho spousta lidí a hádači zkoušejí roky jako první.

## Úroveň 4: dobré a riskantní zvyky

level-pw-habits-title = Dobré zvyky
level-pw-habits-instruction = Je to dobrý zvyk, nebo je to riskantní? Roztřiď každou kartičku.
level-pw-habits-learned = Pro každou hru používej jiné heslo, drž ho v tajnosti a na sdílených tabletech se odhlašuj.
level-pw-habits-hint-1 = Představ si, že tvůj tablet najde někdo jiný. Co by mohl udělat?
level-pw-habits-hint-2 = Dobré zvyky drží heslo v tajnosti a účet zavřený pro ostatní.
level-pw-habits-hint-3 = Odhlásit se na sdíleném tabletu je dobrý zvyk.

pw-habits-bin-good = Dobrý zvyk
pw-habits-bin-risky = Riskantní

pw-habits-one-per-game = Jiné heslo pro každou hru
pw-habits-one-per-game-reason = Když někdo zjistí jedno heslo, ostatní hry zůstanou v bezpečí.
pw-habits-sticky-note = Heslo na papírku nalepeném na tabletu
pw-habits-sticky-note-reason = Kdokoli tablet vezme do ruky, si ho přečte. Zeptej se dospělého, kde ho bezpečně schovat.
pw-habits-log-out = Odhlášení na sdíleném tabletu
pw-habits-log-out-reason = Pak další člověk nemůže hrát za tebe. Když tablet sdílíš, vždycky se odhlas.
pw-habits-name-birthday = Tvoje jméno a narozeniny jako heslo
pw-habits-name-birthday-reason = Tvoje jméno a narozeniny zná spousta lidí. Hádači je zkoušejí jako první.
pw-habits-best-friend = Říct heslo nejlepšímu kamarádovi
pw-habits-best-friend-reason = Kamarádi ho můžou omylem prozradit dalším. Nech si heslo pro sebe.
pw-habits-ask-adult = Zeptat se dospělého, když si nevíš rady
pw-habits-ask-adult-reason = Dospělý, kterému věříš, ti může pomoct. Zeptat se je vždycky dobrý nápad.

## Úroveň 5: velmi silné heslo ze slov

level-pw-build-strong-title = Velmi silné!
level-pw-build-strong-instruction = Poskládej velmi silné heslo aspoň ze 4 kartiček se slovy.
level-pw-build-strong-learned = Čtyři náhodná slova dají velmi silné heslo. Přezdívky, školy a týmy se dají snadno uhodnout.
level-pw-build-strong-hint-1 = Některé kartičky vypadají jako slova, ale jsou o tobě. Které?
level-pw-build-strong-hint-2 = Tvoji přezdívku, školu a tým lze snadno zjistit.
level-pw-build-strong-hint-3 = Zippy je tvoje přezdívka, tak ji vynech.

pw-build-strong-word-1 = sníh
pw-build-strong-word-2 = klíč
pw-build-strong-word-3 = žába
pw-build-strong-word-4 = buben
pw-build-strong-word-5 = hrnec
pw-build-strong-word-6 = vlak
pw-build-strong-word-7 = sova
pw-build-strong-nickname = Zippy
pw-build-strong-nickname-reason = Zippy je tvoje přezdívka. Znají ji tvoji kamarádi i celá třída.
pw-build-strong-school = Doubravka
pw-build-strong-school-reason = Doubravka je tvoje škola. Spousta lidí ví, kam chodíš do školy.
pw-build-strong-team = Rovers
pw-build-strong-team-reason = Všichni vědí, že fandíš Rovers. Hádač by zkusil tvůj tým brzy.

## Úroveň 6: dvoufázové ověření

level-pw-two-step-title = Kód je jen pro tebe
level-pw-two-step-instruction = Přečti si, co se děje. Pokaždé vyber nejlepší odpověď.
level-pw-two-step-learned = Dvoufázové ověření chce kromě hesla i kód. Kód nikdy nesdílej, ani když o něj někdo žádá.
level-pw-two-step-hint-1 = Pro koho je kód: pro tebe, nebo pro kohokoli, kdo o něj požádá?
level-pw-two-step-hint-2 = Kód je druhý klíč. Používáš ho jen ty a nikdo jiný ho nikdy nepotřebuje.
level-pw-two-step-hint-3 = Když kamarád chce tvůj kód, nech si ho pro sebe.

pw-two-step-what-prompt = Hra se ptá: „Zapnout dvoufázové ověření?“ Co to dělá?
pw-two-step-what-longer = Udělá heslo dvakrát delší.
pw-two-step-what-longer-reason = Heslo zůstane stejné. Přibude druhý krok: kód.
pw-two-step-what-code = Chce po tobě navíc kód.
pw-two-step-what-code-reason = Správně! I ten, kdo zná tvoje heslo, se bez kódu nepřihlásí. Požádej dospělého, ať ti ho pomůže zapnout.
pw-two-step-what-friends = Kamarádi se můžou přihlásit za tebe.
pw-two-step-what-friends-reason = Ne. Zajistí, že se přihlásíš jen ty.

pw-two-step-friend-prompt = Kamarád Sam píše: „Omylem jsem poslal svůj přihlašovací kód na tvůj tablet. Můžeš mi ho poslat?“
pw-two-step-friend-send = Pošlu ho. Sam je můj kamarád.
pw-two-step-friend-send-reason = To je známý trik. Samův účet možná používá někdo jiný. S tím kódem může převzít ten tvůj.
pw-two-step-friend-adult-sends = Poprosím dospělého doma, ať ho pošle za mě.
pw-two-step-friend-adult-sends-reason = Říct to dospělému je správné, ale kód by neměl posílat nikdo. Ani dospělý.
pw-two-step-friend-keep = Nepošlu ho a řeknu to dospělému.
pw-two-step-friend-keep-reason = Správně! Kód nikdy nesdílej. Promluv si se Samem osobně a ověř si, jestli je to opravdu Sam.

pw-two-step-unasked-prompt = Na tabletu vyskočí přihlašovací kód, ale ty se nepřihlašuješ.
pw-two-step-unasked-tell = Nikomu ho nedám a řeknu o tom dospělému.
pw-two-step-unasked-tell-reason = Správně! Někdo možná zkouší tvoje heslo. Dospělý ti ho pomůže změnit.
pw-two-step-unasked-class-chat = Dám ho do třídního chatu.
pw-two-step-unasked-class-chat-reason = Pak by ho mohl použít každý v chatu. Kód je jen pro tebe. Řekni to raději dospělému.
pw-two-step-unasked-reply = Odpovím a zeptám se, kdo ho poslal.
pw-two-step-unasked-reply-reason = Neodpovídej. Kód přišel, protože se někdo zkoušel přihlásit jako ty. Řekni to dospělému.

## Úroveň 7: správce hesel

level-pw-manager-title = Trezor na hesla
level-pw-manager-instruction = Tohle je Miin správce hesel. Pamatuje si její hesla. Ťukni na každé nastavení, které není bezpečné, a oprav ho.
level-pw-manager-learned = Správce hesel si pamatuje tvoje hesla. Jedno silné heslo ze slov chrání všechna ostatní. Nastav si ho s dospělým, kterému věříš.
level-pw-manager-hint-1 = Které nastavení by někomu pomohlo otevřít Miina hesla?
level-pw-manager-hint-2 = Hlavní heslo chrání všechna ostatní, takže musí být nejsilnější.
level-pw-manager-hint-3 = Začni hlavním heslem.

pw-manager-set-up = Nastaveno s: dospělým, kterému věřím
pw-manager-set-up-reason = Dobře! Dospělý, kterému věříš, ti ho pomůže nastavit a chránit.
pw-manager-main-password = Hlavní heslo: 1234
pw-manager-main-password-reason = Tohle jedno heslo otevírá všechna ostatní. Udělej ho dlouhé a silné: tři náhodná slova.
pw-manager-main-password-fixed = Hlavní heslo: tři náhodná slova
pw-manager-one-each = Ukládá: jiné heslo pro každou hru
pw-manager-one-each-reason = Dobře! Pamatuje si je, takže každá hra může mít vlastní heslo.
pw-manager-make-new = Vytvářet za mě silná hesla: Vypnuto
pw-manager-make-new-reason = Umí vytvořit dlouhá, náhodná hesla a pamatovat si je za tebe. Zapni to.
pw-manager-make-new-fixed = Vytvářet za mě silná hesla: Zapnuto
pw-manager-lock = Zamknout aplikaci při zavření: Vypnuto
pw-manager-lock-reason = Pak by kdokoli, kdo vezme tablet, viděl všechna Miina hesla.
pw-manager-lock-fixed = Zamknout aplikaci při zavření: Zapnuto
pw-manager-device = Uloženo v: mém vlastním tabletu doma
pw-manager-device-reason = Ukládat hesla do vlastního tabletu je v pořádku. Nikdy je neukládej do počítače v knihovně.
