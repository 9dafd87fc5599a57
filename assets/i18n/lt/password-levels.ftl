# Pasaulis „Slaptažodžių viršukalnė“: kas gali žinoti slaptažodį, kas jį daro stiprų, geri
# įpročiai, patvirtinimas dviem veiksmais ir slaptažodžių tvarkyklės. Faktai pagal NCSC, NIST
# SP 800-63B rev. 4 ir Action Fraud (docs/literacy-levels.md).
# - pw-rank: penki slaptažodžiai lieka tokie, kokie yra.
# - pw-build-first: 1, 2 ir 6 dalys – trijų raidžių; kitos – penkių raidžių ar ilgesnės.
# - Atsakymo pasirinkimas: geriausias atsakymas nėra ilgiausias.

world-password-peak = Slaptažodžių viršukalnė

## 1 lygis: kas gali žinoti tavo slaptažodį

level-pw-who-to-tell-title = Kas gali žinoti?
level-pw-who-to-tell-instruction = Perskaityk, kas nutinka. Kiekvieną kartą pasirink geriausią atsakymą.
level-pw-who-to-tell-learned = Tavo slaptažodis skirtas tik tau. Suaugęs žmogus, kuris tavimi rūpinasi ir kuriuo pasitiki, gali tau su juo padėti.
level-pw-who-to-tell-hint-1 = Paklausk savęs: ar šiam žmogui tikrai reikia mano slaptažodžio?
level-pw-who-to-tell-hint-2 = Draugams ir žaidimo moderatoriams jo niekada nereikia. Tėvai ar kiti tave prižiūrintys suaugusieji gali padėti jį saugoti.
level-pw-who-to-tell-hint-3 = Žaidimo pokalbyje neatsakinėk. Pranešk apie tai.

pw-who-to-tell-friend-prompt = Tavo geriausia draugė Ugnė klausia: „Koks tavo žaidimo slaptažodis? Noriu išbandyti tavo naują lygį.“
pw-who-to-tell-friend-tell = Pasakau. Ji mano geriausia draugė.
pw-who-to-tell-friend-tell-reason = Net geriausi draugai gali netyčia kam nors pasakyti. O draugai kartais susipyksta.
pw-who-to-tell-friend-say-no = Sakau: „Atleisk, jis tik mano.“
pw-who-to-tell-friend-say-no-reason = Šaunu! Vis tiek galite žaisti kartu. Gera draugė supras.
pw-who-to-tell-friend-swap = Apsikeičiame slaptažodžiais, kad būtų teisinga.
pw-who-to-tell-friend-swap-reason = Tada pasklinda ne vienas, o du slaptažodžiai. Apsikeitimas nieko nepadaro saugiau.

pw-who-to-tell-moderator-prompt = Žaidimo pokalbyje „Mod_Max“ rašo: „Aš moderatorius. Atsiųsk savo slaptažodį, kitaip tavo paskyra bus uždaryta!“
pw-who-to-tell-moderator-send = Greitai išsiunčiu, paskui pasakau suaugusiajam.
pw-who-to-tell-moderator-send-reason = Papasakoti suaugusiajam gerai, bet niekada jo nesiųsk. Tikri moderatoriai niekada neprašo tavo slaptažodžio.
pw-who-to-tell-moderator-proof = Paprašau įrodyti, kad jis moderatorius.
pw-who-to-tell-moderator-proof-reason = Sukčiai gali suklastoti bet kokį įrodymą. Niekam iš žaidimo tavo slaptažodžio nereikia, tad nesiųsk jo.
pw-who-to-tell-moderator-report = Neatsakau. Pranešu ir pasakau suaugusiajam.
pw-who-to-tell-moderator-report-reason = Teisingai! Žaidimo moderatoriams tavo slaptažodžio niekada nereikia. Pranešimas padeda sustabdyti sukčių.

pw-who-to-tell-parent-prompt = Tėvai ar kitas tave prižiūrintis suaugęs žmogus padeda nustatyti naują planšetę. Jie klausia, kokį slaptažodį pasirinkai.
pw-who-to-tell-parent-tell-mum = Pasakau. Jie manimi rūpinasi.
pw-who-to-tell-parent-tell-mum-reason = Taip! Suaugęs žmogus, kuris tavimi rūpinasi ir kuriuo pasitiki, pavyzdžiui, tėvai, gali jį žinoti ir padėti saugoti.
pw-who-to-tell-parent-nobody = Nesakau niekam, net ir jiems patiems.
pw-who-to-tell-parent-nobody-reason = Slėpk jį nuo draugų ir nepažįstamųjų. Bet tėvai ar kiti tave prižiūrintys suaugusieji gali tau padėti.
pw-who-to-tell-parent-class-chat = Parašau klasės pokalbyje, kad nepamirščiau.
pw-who-to-tell-parent-class-chat-reason = Visi pokalbyje galėtų jį perskaityti. Paprašyk suaugusiojo, kuriuo pasitiki, padėti saugiai jį įsiminti.

## 2 lygis: nuo silpniausio iki stipriausio

level-pw-rank-title = Silpnas ar stiprus?
level-pw-rank-instruction = Sudėliok slaptažodžius iš eilės. Pradėk nuo silpniausio, baik stipriausiu.
level-pw-rank-learned = Keli atsitiktiniai žodžiai sudaro ilgą slaptažodį. Jis daug stipresnis nei vienas žodis su skaičiumi.
level-pw-rank-hint-1 = Kurį slaptažodį spėliotojas bandytų pirmiausia?
level-pw-rank-hint-2 = Spėliotojai pirmiausia bando dažnus slaptažodžius ir žodžius. Ilgi slaptažodžiai iš atsitiktinių žodžių lieka pabaigai.
level-pw-rank-hint-3 = 123456 yra silpniausias: tai vienas dažniausiai naudojamų slaptažodžių.

pw-rank-digits = 123456
pw-rank-digits-reason = Šis eina pirmas: jis silpniausias. Tai vienas dažniausių slaptažodžių pasaulyje, todėl jis atspėjamas akimirksniu.
pw-rank-one-word = sunshine
pw-rank-one-word-reason = Šis antras: vienas žinomas angliškas žodis. Spėliotojai tokių žodžių ilgus sąrašus bando labai anksti.
pw-rank-word-and-number = Sunshine1
pw-rank-word-and-number-reason = Šis viduryje. Didžioji raidė pradžioje ir 1 pabaigoje – gudrybės, kurias spėliotojai gerai žino.
pw-rank-two-words = tiger-Lamp7
pw-rank-two-words-reason = Šis ketvirtas. Du nesusiję žodžiai atspėjami sunkiau, bet dviejų vis dar mažai.
pw-rank-four-words = violet-cactus-harbour-drum
pw-rank-four-words-reason = Šis eina paskutinis: jis stipriausias. Keturi atsitiktiniai žodžiai sudaro ilgą slaptažodį, kurį lengva įsiminti.

## 3 lygis: pirmas slaptažodis iš žodžių

level-pw-build-first-title = Tavo pirmas slaptažodis iš žodžių
level-pw-build-first-instruction = Liesk žodžių korteles ir sukurk stiprų slaptažodį bent iš 3 žodžių.
level-pw-build-first-learned = Trys atsitiktiniai žodžiai sudaro ilgą, stiprų slaptažodį. Nenaudok to, ką kiti apie tave žino.
level-pw-build-first-hint-1 = Ar kuri nors kortelė ką nors pasako apie tave?
level-pw-build-first-hint-2 = Rinkis atsitiktinius žodžius, neturinčius nieko bendra su tavimi. Padaryk jį ilgą: 15 raidžių ar daugiau.
level-pw-build-first-hint-3 = Rex – tavo šuns vardas, todėl jo nenaudok.

pw-build-first-word-1 = upė
pw-build-first-word-2 = ola
pw-build-first-word-3 = raketa
pw-build-first-word-4 = pagalvė
pw-build-first-word-5 = vėžlys
pw-build-first-word-6 = šuo
pw-build-first-pet = Rex
pw-build-first-pet-reason = Rex – tavo šuns vardas. Jį žino tavo draugai ir visi, kurie mato tavo šuns nuotraukas.
pw-build-first-year = 2016
pw-build-first-year-reason = Tai metai, kai gimei. Juos žino daug žmonių, o spėliotojai metus bando pirmiausia.

## 4 lygis: geri ir rizikingi įpročiai

level-pw-habits-title = Geri įpročiai
level-pw-habits-instruction = Ar tai geras įprotis, ar rizikingas? Surūšiuok kiekvieną kortelę.
level-pw-habits-learned = Kiekvienam žaidimui naudok kitą slaptažodį, laikyk jį paslaptyje ir bendrose planšetėse atsijunk.
level-pw-habits-hint-1 = Įsivaizduok, kad kažkas kitas randa tavo planšetę. Ką jis galėtų padaryti?
level-pw-habits-hint-2 = Geri įpročiai saugo slaptažodį paslaptyje, o paskyrą – uždarytą kitiems.
level-pw-habits-hint-3 = Atsijungti bendroje planšetėje – geras įprotis.

pw-habits-bin-good = Geras įprotis
pw-habits-bin-risky = Rizikinga

pw-habits-one-per-game = Kiekvienam žaidimui – kitas slaptažodis
pw-habits-one-per-game-reason = Jei kas nors sužinos vieną slaptažodį, kiti tavo žaidimai liks saugūs.
pw-habits-sticky-note = Slaptažodis ant lapelio, priklijuoto prie planšetės
pw-habits-sticky-note-reason = Kiekvienas, paėmęs planšetę, gali jį perskaityti. Paklausk suaugusiojo, kur saugiai jį laikyti.
pw-habits-log-out = Atsijungti bendroje planšetėje
pw-habits-log-out-reason = Tada kitas žmogus negali žaisti tavo vardu. Kai dalijiesi planšete, visada atsijunk.
pw-habits-name-birthday = Tavo vardas ir gimtadienis kaip slaptažodis
pw-habits-name-birthday-reason = Tavo vardą ir gimtadienį žino daug žmonių. Spėliotojai juos bando pirmiausia.
pw-habits-best-friend = Pasakyti slaptažodį geriausiam draugui
pw-habits-best-friend-reason = Draugai gali netyčia kam nors pasakyti. Laikyk slaptažodį tik sau.
pw-habits-ask-adult = Paklausti suaugusiojo, kai abejoji
pw-habits-ask-adult-reason = Suaugęs žmogus, kuriuo pasitiki, gali tau padėti. Klausti visada gera mintis.

## 5 lygis: labai stiprus slaptažodis
# Kortelės: trumpi kasdieniai daiktavardžiai mažosiomis raidėmis. Pravardė, mokykla ir komanda
# išgalvoti.

level-pw-build-strong-title = Labai stiprus!
level-pw-build-strong-instruction = Sukurk labai stiprų slaptažodį bent iš 4 žodžių kortelių.
level-pw-build-strong-learned = Keturi atsitiktiniai žodžiai sudaro labai stiprų slaptažodį. Pravardes, mokyklas ir komandas lengva atspėti.
level-pw-build-strong-hint-1 = Kai kurios kortelės atrodo kaip žodžiai, bet jos apie tave. Kurios?
level-pw-build-strong-hint-2 = Tavo pravardę, mokyklą ir komandą lengva sužinoti.
level-pw-build-strong-hint-3 = Zippy – tavo pravardė, todėl jos nenaudok.

pw-build-strong-word-1 = kėdė
pw-build-strong-word-2 = dėžė
pw-build-strong-word-3 = sala
pw-build-strong-word-4 = kopa
pw-build-strong-word-5 = pica
pw-build-strong-word-6 = vėjas
pw-build-strong-word-7 = lapė
pw-build-strong-nickname = Zippy
pw-build-strong-nickname-reason = Zippy – tavo pravardė. Ją žino tavo draugai ir visa klasė.
pw-build-strong-school = Ąžuolynas
pw-build-strong-school-reason = Ąžuolynas – tavo mokykla. Daug žmonių žino, į kurią mokyklą eini.
pw-build-strong-team = Žaibas
pw-build-strong-team-reason = Visi žino, kad myli „Žaibą“. Spėliotojas tavo komandą išbandytų anksti.

## 6 lygis: patvirtinimas dviem veiksmais

level-pw-two-step-title = Kodas skirtas tik tau
level-pw-two-step-instruction = Perskaityk, kas nutinka. Kiekvieną kartą pasirink geriausią atsakymą.
level-pw-two-step-learned = Patvirtinimas dviem veiksmais be slaptažodžio prašo ir kodo. Niekada nesidalink kodu, net jei kas nors prašo.
level-pw-two-step-hint-1 = Kam skirtas kodas: tau ar kiekvienam, kuris paprašo?
level-pw-two-step-hint-2 = Kodas – antrasis raktas. Jį naudoji tik tu, ir niekam kitam jo niekada nereikia.
level-pw-two-step-hint-3 = Kai draugas prašo tavo kodo, pasilik jį sau.

pw-two-step-what-prompt = Tavo žaidimas klausia: „Įjungti patvirtinimą dviem veiksmais?“ Ką tai daro?
pw-two-step-what-longer = Padaro slaptažodį dvigubai ilgesnį.
pw-two-step-what-longer-reason = Tavo slaptažodis lieka toks pat. Atsiranda antras veiksmas: kodas.
pw-two-step-what-code = Dar paprašo ir kodo.
pw-two-step-what-code-reason = Teisingai! Net tas, kas žino tavo slaptažodį, be kodo neprisijungs. Paprašyk suaugusiojo padėti tai įjungti.
pw-two-step-what-friends = Draugai gali prisijungti už tave.
pw-two-step-what-friends-reason = Ne. Jis užtikrina, kad prisijungti gali tik tu.

pw-two-step-friend-prompt = Tavo draugas Matas rašo: „Per klaidą išsiunčiau savo prisijungimo kodą į tavo planšetę. Gal atsiųsi man?“
pw-two-step-friend-send = Atsiunčiu. Matas mano draugas.
pw-two-step-friend-send-reason = Tai žinoma gudrybė. Gali būti, kad Mato paskyra naudojasi kažkas kitas. Su kodu jis gali perimti ir tavo paskyrą.
pw-two-step-friend-adult-sends = Paprašau suaugusiojo namuose nusiųsti už mane.
pw-two-step-friend-adult-sends-reason = Papasakoti suaugusiajam teisinga, bet kodo niekas neturėtų siųsti. Net suaugęs žmogus.
pw-two-step-friend-keep = Pasilieku. Pasakau suaugusiajam.
pw-two-step-friend-keep-reason = Teisingai! Niekada nesidalink kodu. Pasikalbėk su Matu gyvai ir patikrink, ar tai tikrai jis.

pw-two-step-unasked-prompt = Tavo planšetėje atsiranda prisijungimo kodas, nors tu nebandei prisijungti.
pw-two-step-unasked-tell = Niekam jo nerodau ir pasakau suaugusiajam.
pw-two-step-unasked-tell-reason = Teisingai! Gali būti, kad kažkas bando tavo slaptažodį. Suaugęs žmogus gali padėti jį pakeisti.
pw-two-step-unasked-class-chat = Įdedu jį į klasės pokalbį.
pw-two-step-unasked-class-chat-reason = Tada visi pokalbyje galėtų juo pasinaudoti. Kodas skirtas tik tau. Verčiau pasakyk suaugusiajam.
pw-two-step-unasked-reply = Atsakau ir klausiu, kas jį atsiuntė.
pw-two-step-unasked-reply-reason = Neatsakinėk. Kodas atėjo, nes kažkas bandė prisijungti tavo vardu. Pasakyk suaugusiajam.

## 7 lygis: slaptažodžių tvarkyklė

level-pw-manager-title = Seifas slaptažodžiams
level-pw-manager-instruction = Tai Mijos slaptažodžių tvarkyklė. Ji įsimena Mijos slaptažodžius. Paliesk kiekvieną nesaugų nustatymą, kad jį pataisytum.
level-pw-manager-learned = Slaptažodžių tvarkyklė įsimena tavo slaptažodžius. Vienas stiprus slaptažodis iš žodžių saugo visus kitus. Nustatyk ją kartu su suaugusiuoju, kuriuo pasitiki.
level-pw-manager-hint-1 = Kuris nustatymas padėtų kam nors atidaryti Mijos slaptažodžius?
level-pw-manager-hint-2 = Pagrindinis slaptažodis saugo visus kitus, todėl jis turi būti stipriausias.
level-pw-manager-hint-3 = Pradėk nuo pagrindinio slaptažodžio.

pw-manager-set-up = Nustatė: suaugęs, kuriuo pasitikiu
pw-manager-set-up-reason = Gerai! Suaugęs žmogus, kuriuo pasitiki, gali padėti ją nustatyti ir saugoti.
pw-manager-main-password = Pagrindinis slaptažodis: 1234
pw-manager-main-password-reason = Šis vienas slaptažodis atrakina visus kitus. Padaryk jį ilgą ir stiprų: trys atsitiktiniai žodžiai.
pw-manager-main-password-fixed = Pagrindinis slaptažodis: trys atsitiktiniai žodžiai
pw-manager-one-each = Saugo: kiekvienam žaidimui kitą slaptažodį
pw-manager-one-each-reason = Gerai! Ji juos įsimena, todėl kiekvienas žaidimas gali turėti savo slaptažodį.
pw-manager-make-new = Kurti man stiprius slaptažodžius: išjungta
pw-manager-make-new-reason = Ji gali sukurti ilgus, atsitiktinius slaptažodžius ir juos įsiminti už tave. Įjunk tai.
pw-manager-make-new-fixed = Kurti man stiprius slaptažodžius: įjungta
pw-manager-lock = Užrakinti programėlę, kai ją uždarau: išjungta
pw-manager-lock-reason = Tada kiekvienas, paėmęs planšetę, galėtų pamatyti visus Mijos slaptažodžius.
pw-manager-lock-fixed = Užrakinti programėlę, kai ją uždarau: įjungta
pw-manager-device = Išsaugota: mano planšetėje namuose
pw-manager-device-reason = Išsaugoti slaptažodžius savo planšetėje galima. Niekada nesaugok jų bibliotekos kompiuteryje.
