# The "Password Peak" world. Item texts stay short (about 60 characters at most). People,
# names and teams are made up. Facts follow the NCSC, NIST SP 800-63B rev. 4 and Action Fraud.
# pw-rank: the five passwords stay as they are. pw-build-first: words 1, 2 and 6 have three
# letters, the others five and up. pw-build-strong: short everyday nouns, four letters or so.

world-password-peak = Paroļu virsotne

## Level 1: who may know your password (pick_reply)

level-pw-who-to-tell-title = Kas drīkst to zināt?
level-pw-who-to-tell-instruction = Izlasi, kas notiek. Katru reizi izvēlies labāko atbildi.
level-pw-who-to-tell-learned = Tava parole ir tikai tev. Pieaugušais, kas par tevi rūpējas un kam tu uzticies, drīkst tev ar to palīdzēt.
level-pw-who-to-tell-hint-1 = Pajautā sev: vai šim cilvēkam tiešām vajag manu paroli?
level-pw-who-to-tell-hint-2 = Draugiem un spēles moderatoriem tā nekad nav vajadzīga. Vecāki vai cits pieaugušais, kas par tevi rūpējas, drīkst palīdzēt to sargāt.
level-pw-who-to-tell-hint-3 = Spēles tērzēšanā neatbildi. Ziņo par to.

pw-who-to-tell-friend-prompt = Tava labākā draudzene Zane jautā: „Kāda ir tava spēles parole? Gribu izmēģināt tavu jauno līmeni.”
pw-who-to-tell-friend-tell = Pateikt viņai. Viņa ir mana labākā draudzene.
pw-who-to-tell-friend-tell-reason = Pat labākie draugi var nejauši kādam pastāstīt. Un draugi reizēm sastrīdas.
pw-who-to-tell-friend-say-no = Pateikt: „Piedod, tā ir tikai man.”
pw-who-to-tell-friend-say-no-reason = Labi izdarīts! Jūs tik un tā varat spēlēt kopā. Labs draugs to saprot.
pw-who-to-tell-friend-swap = Samainīties ar viņu parolēm, lai būtu godīgi.
pw-who-to-tell-friend-swap-reason = Tad vienas paroles vietā ārā ir divas. Mainīšanās neko nepadara drošāku.

pw-who-to-tell-moderator-prompt = Spēles tērzēšanā „Mod_Max” raksta: „Esmu moderators. Atsūti man savu paroli, citādi tavu kontu slēgs!”
pw-who-to-tell-moderator-send = Ātri nosūtīt, tad pastāstīt pieaugušajam, ko izdarīju.
pw-who-to-tell-moderator-send-reason = Pastāstīt pieaugušajam ir labi, bet nekad to nesūti. Īsti moderatori nekad neprasa tavu paroli.
pw-who-to-tell-moderator-proof = Palūgt pierādīt, ka viņš ir moderators.
pw-who-to-tell-moderator-proof-reason = Krāpnieki var viltot jebkuru pierādījumu. Nevienam no spēles nevajag tavu paroli, tāpēc nesūti to.
pw-who-to-tell-moderator-report = Neatbildēt. Ziņot un pateikt pieaugušajam.
pw-who-to-tell-moderator-report-reason = Pareizi! Spēles moderatoriem nekad nevajag tavu paroli. Ziņošana palīdz apturēt krāpnieku.

pw-who-to-tell-parent-prompt = Kāds no vecākiem vai cits pieaugušais, kas par tevi rūpējas, palīdz tev iestatīt jauno planšeti. Viņš jautā, kādu paroli tu izvēlējies.
pw-who-to-tell-parent-tell-mum = Pateikt. Viņš par mani rūpējas.
pw-who-to-tell-parent-tell-mum-reason = Jā! Pieaugušais, kam uzticies un kas par tevi rūpējas, piemēram, vecāki, drīkst to zināt un palīdzēt to sargāt.
pw-who-to-tell-parent-nobody = Nepateikt nevienam, pat ne viņam.
pw-who-to-tell-parent-nobody-reason = Sargā to no draugiem un svešiniekiem. Bet vecāki vai cits pieaugušais, kas par tevi rūpējas, drīkst palīdzēt.
pw-who-to-tell-parent-class-chat = Ierakstīt to klases tērzēšanā, lai neaizmirstu.
pw-who-to-tell-parent-class-chat-reason = Visi tērzēšanā varētu to izlasīt. Palūdz pieaugušajam, kam uzticies, palīdzēt to droši atcerēties.

## Level 2: weakest to strongest (order_steps)

level-pw-rank-title = Vāja vai stipra?
level-pw-rank-instruction = Sakārto paroles. Sāc ar vājāko, beidz ar stiprāko.
level-pw-rank-learned = Vairāki nejauši vārdi veido garu paroli. Tā ir daudz stiprāka nekā viens vārds ar skaitli.
level-pw-rank-hint-1 = Kuru paroli minētājs izmēģinātu vispirms?
level-pw-rank-hint-2 = Minētāji vispirms izmēģina biežas paroles un vārdus. Garas paroles no nejaušiem vārdiem nāk pēdējās.
level-pw-rank-hint-3 = 123456 ir vājākā: tā ir viena no visbiežāk lietotajām parolēm.

pw-rank-digits = 123456
pw-rank-digits-reason = Šī ir pirmā: tā ir vājākā. Tā ir viena no visbiežāk lietotajām parolēm pasaulē, tāpēc to uzmin uzreiz.
pw-rank-one-word = sunshine
pw-rank-one-word-reason = Šī ir otrā: viens bieži lietots vārds (angliski „saulīte”). Minētāji ļoti agri izmēģina garus šādu vārdu sarakstus.
pw-rank-word-and-number = Sunshine1
pw-rank-word-and-number-reason = Šī ir vidū. Lielais burts sākumā un 1 beigās ir triki, ko minētāji labi zina.
pw-rank-two-words = tiger-Lamp7
pw-rank-two-words-reason = Šī ir ceturtā. Divus vārdus, kas neiet kopā, grūtāk uzminēt, bet divi joprojām ir maz.
pw-rank-four-words = violet-cactus-harbour-drum
pw-rank-four-words-reason = Šī ir pēdējā: tā ir stiprākā. Četri nejauši vārdi veido garu paroli, ko viegli atcerēties.

## Level 3: a first passphrase (build_password, target: strong)

level-pw-build-first-title = Tava pirmā vārdu parole
level-pw-build-first-instruction = Pieskaries vārdu kartītēm, lai uzbūvētu stipru paroli no vismaz 3 vārdiem.
level-pw-build-first-learned = Trīs nejauši vārdi veido garu, stipru paroli. Izlaid to, ko citi par tevi zina.
level-pw-build-first-hint-1 = Vai kāda no kartītēm kaut ko stāsta par tevi?
level-pw-build-first-hint-2 = Izvēlies nejaušus vārdus, kam nav nekāda sakara ar tevi. Lai tā ir gara: 15 burti vai vairāk.
level-pw-build-first-hint-3 = Rekss ir tava suņa vārds, tāpēc izlaid to.

pw-build-first-word-1 = ola
pw-build-first-word-2 = upe
pw-build-first-word-3 = raķete
pw-build-first-word-4 = spilvens
pw-build-first-word-5 = citrons
pw-build-first-word-6 = ala
pw-build-first-pet = Rekss
pw-build-first-pet-reason = Rekss ir tava suņa vārds. Tavi draugi to zina, un to zina arī ikviens, kas redz tava suņa bildes.
pw-build-first-year = 2016
pw-build-first-year-reason = Šis ir tavs dzimšanas gads. Daudzi to zina, un minētāji vispirms izmēģina gadus.

## Level 4: good habits and risky ones (sort)

level-pw-habits-title = Labi ieradumi
level-pw-habits-instruction = Vai tas ir labs ieradums vai riskanti? Sašķiro katru kartīti.
level-pw-habits-learned = Katrai spēlei izmanto citu paroli, turi to noslēpumā un koplietotās planšetēs izraksties.
level-pw-habits-hint-1 = Iedomājies, ka kāds cits atrod tavu planšeti. Ko viņš varētu izdarīt?
level-pw-habits-hint-2 = Labi ieradumi tur tavu paroli noslēpumā un tavu kontu slēgtu citiem.
level-pw-habits-hint-3 = Izrakstīties koplietotā planšetē ir labs ieradums.

pw-habits-bin-good = Labs ieradums
pw-habits-bin-risky = Riskanti

pw-habits-one-per-game = Cita parole katrai spēlei
pw-habits-one-per-game-reason = Ja kāds uzzina vienu paroli, tavas pārējās spēles paliek drošībā.
pw-habits-sticky-note = Tava parole uz zīmītes, kas pielīmēta planšetei
pw-habits-sticky-note-reason = Ikviens, kas paņem planšeti, to var izlasīt. Pajautā pieaugušajam, kur to glabāt droši.
pw-habits-log-out = Izrakstīšanās koplietotā planšetē
pw-habits-log-out-reason = Tad nākamais nevar spēlēt tavā vārdā. Vienmēr izraksties, kad planšeti lieto vairāki.
pw-habits-name-birthday = Tavs vārds un dzimšanas diena kā parole
pw-habits-name-birthday-reason = Daudzi zina tavu vārdu un dzimšanas dienu. Minētāji tos izmēģina vispirms.
pw-habits-best-friend = Pateikt paroli savam labākajam draugam
pw-habits-best-friend-reason = Draugi var nejauši kādam pastāstīt. Paturi paroli pie sevis.
pw-habits-ask-adult = Pajautāt pieaugušajam, kad šaubies
pw-habits-ask-adult-reason = Pieaugušais, kam uzticies, var palīdzēt. Pajautāt vienmēr ir laba doma.

## Level 5: a very strong passphrase (build_password, target: very strong)

level-pw-build-strong-title = Ļoti stipra!
level-pw-build-strong-instruction = Uzbūvē ļoti stipru paroli no vismaz 4 vārdu kartītēm.
level-pw-build-strong-learned = Četri nejauši vārdi veido ļoti stipru paroli. Iesaukas, skolas un komandas ir viegli uzminēt.
level-pw-build-strong-hint-1 = Dažas kartītes izskatās pēc parastiem vārdiem, bet tās ir par tevi. Kuras?
level-pw-build-strong-hint-2 = Tavu iesauku, tavu skolu un tavu komandu ir viegli uzzināt.
level-pw-build-strong-hint-3 = Zippy ir tava iesauka, tāpēc izlaid to.

pw-build-strong-word-1 = lapa
pw-build-strong-word-2 = sniegs
pw-build-strong-word-3 = kaste
pw-build-strong-word-4 = varde
pw-build-strong-word-5 = zīle
pw-build-strong-word-6 = laiva
pw-build-strong-word-7 = tilts
pw-build-strong-nickname = Zippy
pw-build-strong-nickname-reason = Zippy ir tava iesauka. To zina tavi draugi un visa tava klase.
pw-build-strong-school = Ozolkalns
pw-build-strong-school-reason = Ozolkalns ir tava skola. Daudzi zina, kurā skolā tu mācies.
pw-build-strong-team = Rovers
pw-build-strong-team-reason = Visi zina, ka tu dievini „Rovers”. Minētājs drīz izmēģinātu tavu komandu.

## Level 6: 2-step verification (pick_reply)

level-pw-two-step-title = Kods ir tikai tev
level-pw-two-step-instruction = Izlasi, kas notiek. Katru reizi izvēlies labāko atbildi.
level-pw-two-step-learned = Divpakāpju verifikācija papildus parolei prasa kodu. Nekad nedalies ar kodu, pat ja kāds to lūdz.
level-pw-two-step-hint-1 = Kam ir paredzēts kods: tev vai ikvienam, kas to prasa?
level-pw-two-step-hint-2 = Kods ir otra atslēga. To lieto tikai tu, un nevienam citam tas nekad nav vajadzīgs.
level-pw-two-step-hint-3 = Kad draugs prasa tavu kodu, paturi to pie sevis.

pw-two-step-what-prompt = Tava spēle jautā: „Ieslēgt divpakāpju verifikāciju?” Ko tā dara?
pw-two-step-what-longer = Tā padara tavu paroli divreiz garāku.
pw-two-step-what-longer-reason = Tava parole paliek tā pati. Tā pievieno otru soli: kodu.
pw-two-step-what-code = Tā papildus prasa arī kodu.
pw-two-step-what-code-reason = Pareizi! Pat tas, kurš zina tavu paroli, nevar pieslēgties bez koda. Palūdz pieaugušajam palīdzēt to ieslēgt.
pw-two-step-what-friends = Draugi var pieslēgties tavā vietā.
pw-two-step-what-friends-reason = Nē. Tā nodrošina, ka pieslēgties vari tikai tu.

pw-two-step-friend-prompt = Tavs draugs Toms raksta: „Es nejauši aizsūtīju savu pieslēgšanās kodu uz tavu planšeti. Vari man to atsūtīt?”
pw-two-step-friend-send = Aizsūtīt. Toms ir mans draugs.
pw-two-step-friend-send-reason = Tas ir zināms triks. Varbūt Toma kontu lieto kāds cits. Ar kodu viņš var pārņemt tavējo.
pw-two-step-friend-adult-sends = Palūgt pieaugušajam mājās to aizsūtīt.
pw-two-step-friend-adult-sends-reason = Pastāstīt pieaugušajam ir pareizi, bet nevienam nevajadzētu sūtīt kodu. Pat pieaugušajam ne.
pw-two-step-friend-keep = Paturēt. Pateikt pieaugušajam.
pw-two-step-friend-keep-reason = Pareizi! Nekad nedalies ar kodu. Runā ar Tomu klātienē, lai pārbaudītu, vai tas tiešām ir Toms.

pw-two-step-unasked-prompt = Tavā planšetē parādās pieslēgšanās kods, bet tu nemēģināji pieslēgties.
pw-two-step-unasked-tell = Nevienam to nedot un pastāstīt pieaugušajam.
pw-two-step-unasked-tell-reason = Pareizi! Varbūt kāds izmēģina tavu paroli. Pieaugušais var palīdzēt to nomainīt.
pw-two-step-unasked-class-chat = Ierakstīt to klases tērzēšanā.
pw-two-step-unasked-class-chat-reason = Tad visi tērzēšanā varētu to izmantot. Kods ir tikai tev. Labāk pastāsti pieaugušajam.
pw-two-step-unasked-reply = Atbildēt un pajautāt, kas to sūtīja.
pw-two-step-unasked-reply-reason = Neatbildi. Kods atnāca, jo kāds mēģināja pieslēgties tavā vārdā. Pastāsti pieaugušajam.

## Level 7: a password manager (spot_flags, settings to fix)

level-pw-manager-title = Seifs parolēm
level-pw-manager-instruction = Šis ir Annas paroļu pārvaldnieks. Tas atceras viņas paroles. Pieskaries katram iestatījumam, kas nav drošs, lai to salabotu.
level-pw-manager-learned = Paroļu pārvaldnieks atceras tavas paroles. Viena stipra vārdu parole sargā visas pārējās. Iestati to kopā ar pieaugušo, kam uzticies.
level-pw-manager-hint-1 = Kurš iestatījums palīdzētu kādam atvērt Annas paroles?
level-pw-manager-hint-2 = Galvenā parole sargā visas pārējās, tāpēc tai jābūt visstiprākajai.
level-pw-manager-hint-3 = Sāc ar galveno paroli.

pw-manager-set-up = Iestatīts kopā ar: pieaugušo, kam uzticos
pw-manager-set-up-reason = Labi! Pieaugušais, kam uzticies, var palīdzēt to iestatīt un sargāt.
pw-manager-main-password = Galvenā parole: 1234
pw-manager-main-password-reason = Šī viena parole atver visas pārējās. Lai tā ir gara un stipra: trīs nejauši vārdi.
pw-manager-main-password-fixed = Galvenā parole: trīs nejauši vārdi
pw-manager-one-each = Saglabā: citu paroli katrai spēlei
pw-manager-one-each-reason = Labi! Tas tās atceras, tāpēc katrai spēlei var būt sava parole.
pw-manager-make-new = Veidot man stipras paroles: Izslēgts
pw-manager-make-new-reason = Tas var izveidot garas, nejaušas paroles un atcerēties tās tavā vietā. Ieslēdz to.
pw-manager-make-new-fixed = Veidot man stipras paroles: Ieslēgts
pw-manager-lock = Bloķēt lietotni, kad to aizveru: Izslēgts
pw-manager-lock-reason = Tad ikviens, kas paņem planšeti, varētu redzēt visas Annas paroles.
pw-manager-lock-fixed = Bloķēt lietotni, kad to aizveru: Ieslēgts
pw-manager-device = Saglabāts: manā planšetē mājās
pw-manager-device-reason = Saglabāt paroles savā planšetē ir labi. Nekad nesaglabā tās bibliotēkas datorā.
