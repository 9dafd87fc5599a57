# The "Password Peak" world. Facts follow the NCSC, NIST SP 800-63B rev. 4 and Action Fraud.
# pw-rank: the five passwords stay as they are. pw-build-first: words 1, 2 and 6 have three
# letters, the others five or more. pw-build-strong: short everyday nouns (about four letters).
# The best reply is never the longest one.

world-password-peak = Vrh lozinki

## Level 1: who may know your password

level-pw-who-to-tell-title = Tko je smije znati?
level-pw-who-to-tell-instruction = Pročitaj što se događa. Svaki put odaberi najbolji odgovor.
level-pw-who-to-tell-learned = Tvoja lozinka je samo za tebe. Odrasla osoba kojoj vjeruješ i koja brine o tebi smije ti pomagati s njom.
level-pw-who-to-tell-hint-1 = Pitaj se: treba li toj osobi stvarno moja lozinka?
level-pw-who-to-tell-hint-2 = Prijateljima i moderatorima igre ona nikad ne treba. Roditelj ili skrbnik može ti pomoći da je čuvaš.
level-pw-who-to-tell-hint-3 = U razgovoru u igri ne odgovaraj. Prijavi to.

pw-who-to-tell-friend-prompt = Tvoja najbolja prijateljica Lara pita: „Koja ti je lozinka za igru? Želim probati tvoju novu razinu.“
pw-who-to-tell-friend-tell = Reći ću joj. Ona mi je najbolja prijateljica.
pw-who-to-tell-friend-tell-reason = Čak i najbolji prijatelji mogu slučajno reći drugima. A prijatelji se ponekad i posvađaju.
pw-who-to-tell-friend-say-no = Reći ću: „Oprosti, to je samo za mene.“
pw-who-to-tell-friend-say-no-reason = Bravo! I dalje se možete igrati zajedno. Dobra prijateljica će to razumjeti.
pw-who-to-tell-friend-swap = Zamijenit ću lozinke s njom da bude pošteno.
pw-who-to-tell-friend-swap-reason = Tada su vani dvije lozinke umjesto jedne. Zamjena ništa ne čini sigurnijim.

pw-who-to-tell-moderator-prompt = U razgovoru u igri „Mod_Max“ piše: „Ja sam moderator. Pošalji mi lozinku ili će ti račun biti zatvoren!“
pw-who-to-tell-moderator-send = Brzo ću je poslati, a zatim reći odrasloj osobi.
pw-who-to-tell-moderator-send-reason = Dobro je reći odrasloj osobi, ali lozinku nikad ne šalji. Pravi moderatori nikad ne traže tvoju lozinku.
pw-who-to-tell-moderator-proof = Tražit ću da dokaže da je moderator.
pw-who-to-tell-moderator-proof-reason = Prevaranti mogu lažirati bilo kakav dokaz. Nitko iz igre ne treba tvoju lozinku pa je ne šalji.
pw-who-to-tell-moderator-report = Neću odgovoriti, prijavit ću i reći odraslima.
pw-who-to-tell-moderator-report-reason = Točno! Moderatorima igre nikad ne treba tvoja lozinka. Prijava pomaže zaustaviti prevaranta.

pw-who-to-tell-parent-prompt = Roditelj ili skrbnik pomaže ti postaviti novi tablet. Pita koja je lozinka odabrana.
pw-who-to-tell-parent-tell-mum = Reći ću. Ta osoba brine o meni.
pw-who-to-tell-parent-tell-mum-reason = Da! Odrasla osoba kojoj vjeruješ i koja brine o tebi, poput roditelja ili skrbnika, smije je znati i pomoći da bude sigurna.
pw-who-to-tell-parent-nobody = Neću reći nikome, čak ni toj osobi.
pw-who-to-tell-parent-nobody-reason = Skrivaj je od prijatelja i nepoznatih. Ali roditelj ili skrbnik koji brine o tebi smije ti pomoći.
pw-who-to-tell-parent-class-chat = Stavit ću je u razgovor razreda da je ne zaboravim.
pw-who-to-tell-parent-class-chat-reason = Svi u razgovoru mogli bi je pročitati. Zamoli odraslu osobu kojoj vjeruješ da ti pomogne sigurno je zapamtiti.

## Level 2: weakest to strongest

level-pw-rank-title = Slaba ili jaka?
level-pw-rank-instruction = Poredaj lozinke. Počni s najslabijom, završi s najjačom.
level-pw-rank-learned = Nekoliko nasumičnih riječi daje dugu lozinku. Ona je mnogo jača od jedne riječi s brojem.
level-pw-rank-hint-1 = Koju bi lozinku pogađač prvu isprobao?
level-pw-rank-hint-2 = Pogađači prvo isprobavaju česte lozinke i riječi. Duge lozinke od nasumičnih riječi dolaze na kraju.
level-pw-rank-hint-3 = 123456 je najslabija: jedna je od najčešće korištenih lozinki.

pw-rank-digits = 123456
pw-rank-digits-reason = Ova je prva: najslabija. Jedna je od najčešće korištenih lozinki na svijetu pa se pogodi odmah.
pw-rank-one-word = sunshine
pw-rank-one-word-reason = Ova je druga: jedna česta riječ (na engleskom „sunce“). Pogađači vrlo rano isprobavaju duge popise takvih riječi.
pw-rank-word-and-number = Sunshine1
pw-rank-word-and-number-reason = Ova je u sredini. Veliko slovo na početku i 1 na kraju trikovi su koje pogađači dobro znaju.
pw-rank-two-words = tiger-Lamp7
pw-rank-two-words-reason = Ova je četvrta. Dvije riječi koje ne idu zajedno teže je pogoditi, ali dvije su još uvijek kratko.
pw-rank-four-words = violet-cactus-harbour-drum
pw-rank-four-words-reason = Ova je zadnja: najjača. Četiri nasumične riječi daju dugu lozinku koju je lako zapamtiti.

## Level 3: a first passphrase

level-pw-build-first-title = Tvoja prva lozinka od riječi
level-pw-build-first-instruction = Dodiruj pločice s riječima da složiš jaku lozinku od barem 3 riječi.
level-pw-build-first-learned = Tri nasumične riječi daju dugu, jaku lozinku. Izostavi ono što drugi znaju o tebi.
level-pw-build-first-hint-1 = Govori li koja pločica nešto o tebi?
level-pw-build-first-hint-2 = Odaberi nasumične riječi koje nemaju veze s tobom. Neka bude duga: 15 slova ili više.
level-pw-build-first-hint-3 = Rex je ime tvog psa pa ga izostavi.

pw-build-first-word-1 = sok
pw-build-first-word-2 = led
pw-build-first-word-3 = raketa
pw-build-first-word-4 = jastuk
pw-build-first-word-5 = kišobran
pw-build-first-word-6 = nos
pw-build-first-pet = Rex
pw-build-first-pet-reason = Rex je ime tvog psa. Znaju ga tvoji prijatelji i svatko tko vidi fotografije tvog psa.
pw-build-first-year = 2016
pw-build-first-year-reason = To je godina tvog rođenja. Mnogi je znaju, a pogađači prvo isprobavaju godine.

## Level 4: good habits and risky ones

level-pw-habits-title = Dobre navike
level-pw-habits-instruction = Je li to dobra navika ili je rizično? Razvrstaj svaku karticu.
level-pw-habits-learned = Koristi drugu lozinku za svaku igru, čuvaj je u tajnosti i odjavi se na zajedničkim tabletima.
level-pw-habits-hint-1 = Zamisli da netko drugi pronađe tvoj tablet. Što bi mogao učiniti?
level-pw-habits-hint-2 = Dobre navike čuvaju lozinku u tajnosti, a račun zatvorenim za druge.
level-pw-habits-hint-3 = Odjava na zajedničkom tabletu dobra je navika.

pw-habits-bin-good = Dobra navika
pw-habits-bin-risky = Rizično

pw-habits-one-per-game = Druga lozinka za svaku igru
pw-habits-one-per-game-reason = Ako netko sazna jednu lozinku, tvoje ostale igre ostaju sigurne.
pw-habits-sticky-note = Lozinka na papiriću zalijepljenom na tablet
pw-habits-sticky-note-reason = Svatko tko uzme tablet može je pročitati. Pitaj odraslu osobu gdje je sigurno čuvati.
pw-habits-log-out = Odjava na zajedničkom tabletu
pw-habits-log-out-reason = Tada sljedeća osoba ne može igrati kao ti. Uvijek se odjavi kad dijeliš tablet.
pw-habits-name-birthday = Ime i rođendan kao lozinka
pw-habits-name-birthday-reason = Puno ljudi zna tvoje ime i rođendan. Pogađači njih isprobavaju prve.
pw-habits-best-friend = Reći lozinku najboljem prijatelju
pw-habits-best-friend-reason = Prijatelji mogu slučajno reći drugima. Zadrži lozinku za sebe.
pw-habits-ask-adult = Pitati odraslu osobu kad nešto nije jasno
pw-habits-ask-adult-reason = Odrasla osoba kojoj vjeruješ može ti pomoći. Pitati je uvijek dobra ideja.

## Level 5: a very strong passphrase

level-pw-build-strong-title = Vrlo jaka!
level-pw-build-strong-instruction = Složi vrlo jaku lozinku od barem 4 pločice s riječima.
level-pw-build-strong-learned = Četiri nasumične riječi daju vrlo jaku lozinku. Nadimke, škole i timove lako je pogoditi.
level-pw-build-strong-hint-1 = Neke pločice izgledaju kao obične riječi, ali govore o tebi. Koje?
level-pw-build-strong-hint-2 = Tvoj nadimak, tvoju školu i tvoj tim lako je saznati.
level-pw-build-strong-hint-3 = Zippy je tvoj nadimak pa ga izostavi.

pw-build-strong-word-1 = sova
pw-build-strong-word-2 = list
pw-build-strong-word-3 = snijeg
pw-build-strong-word-4 = ključ
pw-build-strong-word-5 = kutija
pw-build-strong-word-6 = žaba
pw-build-strong-word-7 = bubanj
pw-build-strong-nickname = Zippy
pw-build-strong-nickname-reason = Zippy je tvoj nadimak. Znaju ga tvoji prijatelji i cijeli razred.
pw-build-strong-school = Hrastik
pw-build-strong-school-reason = „Hrastik“ je tvoja škola. Mnogi znaju u koju školu ideš.
pw-build-strong-team = Munja
pw-build-strong-team-reason = Svi znaju da navijaš za „Munju“. Pogađač bi rano isprobao tvoj tim.

## Level 6: 2-step verification

level-pw-two-step-title = Kod je samo za tebe
level-pw-two-step-instruction = Pročitaj što se događa. Svaki put odaberi najbolji odgovor.
level-pw-two-step-learned = Provjera u dva koraka uz lozinku traži i kod. Nikad ne dijeli kod, čak ni kad ga netko traži.
level-pw-two-step-hint-1 = Za koga je kod: za tebe ili za svakoga tko ga traži?
level-pw-two-step-hint-2 = Kod je drugi ključ. Koristiš ga samo ti i nitko drugi ga nikad ne treba.
level-pw-two-step-hint-3 = Kad prijatelj traži tvoj kod, zadrži ga za sebe.

pw-two-step-what-prompt = Igra pita: „Uključiti provjeru u dva koraka?“ Što ona radi?
pw-two-step-what-longer = Čini tvoju lozinku dvostruko duljom.
pw-two-step-what-longer-reason = Lozinka ostaje ista. Dodaje se drugi korak: kod.
pw-two-step-what-code = Traži od tebe i kod.
pw-two-step-what-code-reason = Točno! Čak ni netko tko zna tvoju lozinku ne može se prijaviti bez koda. Zamoli odraslu osobu da ti je pomogne uključiti.
pw-two-step-what-friends = Prijatelji se mogu prijaviti umjesto tebe.
pw-two-step-what-friends-reason = Ne. Ona osigurava da se samo ti možeš prijaviti.

pw-two-step-friend-prompt = Tvoj prijatelj Luka piše: „Greškom sam poslao svoj kod za prijavu na tvoj tablet. Možeš mi ga poslati?“
pw-two-step-friend-send = Poslat ću ga. Luka mi je prijatelj.
pw-two-step-friend-send-reason = To je poznati trik. Netko možda koristi Lukin račun. S kodom može preuzeti i tvoj.
pw-two-step-friend-adult-sends = Zamolit ću odraslu osobu kod kuće da ga pošalje.
pw-two-step-friend-adult-sends-reason = Dobro je reći odrasloj osobi, ali nitko ne bi smio slati kod. Čak ni odrasla osoba.
pw-two-step-friend-keep = Neću ga poslati. Reći ću odrasloj osobi.
pw-two-step-friend-keep-reason = Točno! Nikad ne dijeli kod. Razgovaraj s Lukom uživo da provjeriš je li to stvarno on.

pw-two-step-unasked-prompt = Na tabletu se pojavi kod za prijavu, a ti se ne pokušavaš prijaviti.
pw-two-step-unasked-tell = Neću ga nikome dati i reći ću odrasloj osobi.
pw-two-step-unasked-tell-reason = Točno! Netko možda isprobava tvoju lozinku. Odrasla osoba može ti pomoći da je promijeniš.
pw-two-step-unasked-class-chat = Stavit ću ga u razgovor razreda.
pw-two-step-unasked-class-chat-reason = Tada bi ga svi u razgovoru mogli upotrijebiti. Kod je samo za tebe. Umjesto toga reci odrasloj osobi.
pw-two-step-unasked-reply = Odgovorit ću i pitati tko ga je poslao.
pw-two-step-unasked-reply-reason = Ne odgovaraj. Kod je stigao jer se netko pokušao prijaviti kao ti. Reci odrasloj osobi.

## Level 7: a password manager

level-pw-manager-title = Sef za lozinke
level-pw-manager-instruction = Ovo je Mijin upravitelj lozinki. On pamti njezine lozinke. Dodirni svaku postavku koja nije sigurna da je popraviš.
level-pw-manager-learned = Upravitelj lozinki pamti tvoje lozinke. Jedna jaka lozinka od riječi čuva sve ostale. Postavi ga s odraslom osobom kojoj vjeruješ.
level-pw-manager-hint-1 = Koja bi postavka nekome pomogla otvoriti Mijine lozinke?
level-pw-manager-hint-2 = Glavna lozinka čuva sve ostale pa mora biti najjača.
level-pw-manager-hint-3 = Počni od glavne lozinke.

pw-manager-set-up = Postavljen s: odraslom osobom kojoj vjerujem
pw-manager-set-up-reason = Dobro! Odrasla osoba kojoj vjeruješ može ti pomoći da ga postaviš i čuvaš.
pw-manager-main-password = Glavna lozinka: 1234
pw-manager-main-password-reason = Ta jedna lozinka otvara sve ostale. Neka bude duga i jaka: tri nasumične riječi.
pw-manager-main-password-fixed = Glavna lozinka: tri nasumične riječi
pw-manager-one-each = Sprema: drugu lozinku za svaku igru
pw-manager-one-each-reason = Dobro! On ih pamti pa svaka igra može imati svoju lozinku.
pw-manager-make-new = Smišljaj jake lozinke umjesto mene: Isključeno
pw-manager-make-new-reason = On može smisliti duge, nasumične lozinke i zapamtiti ih umjesto tebe. Uključi to.
pw-manager-make-new-fixed = Smišljaj jake lozinke umjesto mene: Uključeno
pw-manager-lock = Zaključaj aplikaciju kad je zatvorim: Isključeno
pw-manager-lock-reason = Tada bi svatko tko uzme tablet mogao vidjeti sve Mijine lozinke.
pw-manager-lock-fixed = Zaključaj aplikaciju kad je zatvorim: Uključeno
pw-manager-device = Spremljeno na: mom vlastitom tabletu kod kuće
pw-manager-device-reason = Spremati lozinke na svoj tablet je u redu. Nikad ih ne spremaj na računalo u knjižnici.
