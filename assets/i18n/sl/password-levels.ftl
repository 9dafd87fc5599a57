# The "Password Peak" world. Item texts stay short (about 60 characters at most). Facts
# follow the NCSC, NIST SP 800-63B rev. 4 and Action Fraud (docs/literacy-levels.md).
# pw-rank: keep the five passwords as they are. pw-build-*: any everyday nouns in lower case;
# in pw-build-first, words 1, 2 and 6 have three letters, the others five or more.

world-password-peak = Vrh gesel

## Level 1: who may know your password (pick_reply)

level-pw-who-to-tell-title = Kdo ga sme poznati?
level-pw-who-to-tell-instruction = Preberi, kaj se zgodi. Vsakič izberi najboljši odgovor.
level-pw-who-to-tell-learned = Tvoje geslo je samo zate. Odrasla oseba, ki ji zaupaš in ki skrbi zate, ti lahko pri njem pomaga.
level-pw-who-to-tell-hint-1 = Vprašaj se: ali ta oseba res potrebuje moje geslo?
level-pw-who-to-tell-hint-2 = Prijatelji in moderatorji v igrah ga nikoli ne potrebujejo. Starš ali skrbnik ti lahko pomaga, da ostane varno.
level-pw-who-to-tell-hint-3 = V klepetu igre ne odgovarjaj. Prijavi to.

pw-who-to-tell-friend-prompt = Tvoja najboljša prijateljica Zoe vpraša: „Kakšno je tvoje geslo za igro? Rada bi preizkusila tvojo novo stopnjo.“
pw-who-to-tell-friend-tell = Povem ji. Je moja najboljša prijateljica.
pw-who-to-tell-friend-tell-reason = Tudi najboljši prijatelji lahko po pomoti komu povejo. In prijatelji se včasih sprejo.
pw-who-to-tell-friend-say-no = Rečem: „Oprosti, to je samo zame.“
pw-who-to-tell-friend-say-no-reason = Bravo! Še vedno se lahko igrata skupaj. Dobra prijateljica to razume.
pw-who-to-tell-friend-swap = Z njo zamenjam gesli, da bo pošteno.
pw-who-to-tell-friend-swap-reason = Potem sta znani dve gesli namesto enega. Menjava ni nič varnejša.

pw-who-to-tell-moderator-prompt = V klepetu igre „Mod_Max“ napiše: „Sem moderator. Pošlji mi geslo, sicer bo tvoj račun zaprt!“
pw-who-to-tell-moderator-send = Hitro ga pošljem, potem pa povem odrasli osebi.
pw-who-to-tell-moderator-send-reason = Povedati odrasli osebi je dobro, a gesla nikoli ne pošlji. Pravi moderatorji nikoli ne sprašujejo po geslu.
pw-who-to-tell-moderator-proof = Prosim, naj dokaže, da je moderator.
pw-who-to-tell-moderator-proof-reason = Goljufi lahko ponaredijo vsak dokaz. Nihče iz igre ne potrebuje tvojega gesla, zato ga ne pošlji.
pw-who-to-tell-moderator-report = Ne odgovorim. Prijavim in povem odrasli osebi.
pw-who-to-tell-moderator-report-reason = Pravilno! Moderatorji nikoli ne potrebujejo tvojega gesla. Prijava pomaga ustaviti goljufa.

pw-who-to-tell-parent-prompt = Starš ali skrbnik ti pomaga nastaviti novo tablico. Vpraša te, kakšno je tvoje novo geslo.
pw-who-to-tell-parent-tell-mum = Povem. Skrbi zame.
pw-who-to-tell-parent-tell-mum-reason = Ja! Odrasla oseba, ki ji zaupaš in skrbi zate, na primer starš ali skrbnik, ga sme poznati in ti pomaga, da ostane varno.
pw-who-to-tell-parent-nobody = Ne povem nikomur, niti tej osebi.
pw-who-to-tell-parent-nobody-reason = Ne povej ga prijateljem in neznancem. Starš ali skrbnik, ki skrbi zate, pa ti sme pomagati.
pw-who-to-tell-parent-class-chat = Objavim ga v razrednem klepetu, da ga ne pozabim.
pw-who-to-tell-parent-class-chat-reason = Vsi v klepetu bi ga lahko prebrali. Prosi odraslo osebo, ki ji zaupaš, naj ti pomaga, da si ga varno zapomniš.

## Level 2: weakest to strongest (order_steps, ranked by password strength)

level-pw-rank-title = Šibko ali močno?
level-pw-rank-instruction = Razvrsti gesla po vrsti. Začni z najšibkejšim in končaj z najmočnejšim.
level-pw-rank-learned = Več naključnih besed skupaj da dolgo geslo. To je veliko močneje od ene besede s številko.
level-pw-rank-hint-1 = Katero geslo bi ugibalec poskusil najprej?
level-pw-rank-hint-2 = Ugibalci najprej poskusijo pogosta gesla in besede. Dolga gesla z naključnimi besedami pridejo na vrsto zadnja.
level-pw-rank-hint-3 = 123456 je najšibkejše: je eno najpogosteje uporabljenih gesel.

pw-rank-digits = 123456
pw-rank-digits-reason = To je prvo: je najšibkejše. Je eno najpogosteje uporabljenih gesel na svetu, zato ga uganejo takoj.
pw-rank-one-word = sunshine
pw-rank-one-word-reason = To je drugo: ena pogosta beseda. Ugibalci zelo zgodaj preizkusijo dolge sezname takih besed.
pw-rank-word-and-number = Sunshine1
pw-rank-word-and-number-reason = To je na sredini. Velika začetnica in 1 na koncu sta zvijači, ki ju ugibalci dobro poznajo.
pw-rank-two-words = tiger-Lamp7
pw-rank-two-words-reason = To je četrto. Dve besedi, ki ne sodita skupaj, je teže uganiti, a dve sta še vedno premalo.
pw-rank-four-words = violet-cactus-harbour-drum
pw-rank-four-words-reason = To je zadnje: je najmočnejše. Štiri naključne besede dajo dolgo geslo, ki si ga je lahko zapomniti.

## Level 3: a first passphrase (build_password, target: strong)

level-pw-build-first-title = Tvoje prvo geslo iz besed
level-pw-build-first-instruction = Tapni besedne ploščice in sestavi močno geslo iz vsaj 3 besed.
level-pw-build-first-learned = Tri naključne besede dajo dolgo, močno geslo. Izpusti stvari, ki jih drugi vedo o tebi.
level-pw-build-first-hint-1 = Ali katera od ploščic pove kaj o tebi?
level-pw-build-first-hint-2 = Izberi naključne besede, ki nimajo nič s tabo. Naj bo dolgo: 15 črk ali več.
level-pw-build-first-hint-3 = Rex je ime tvojega psa, zato ga izpusti.

pw-build-first-word-1 = sir
pw-build-first-word-2 = nos
pw-build-first-word-3 = raketa
pw-build-first-word-4 = blazina
pw-build-first-word-5 = kozarec
pw-build-first-word-6 = čaj
pw-build-first-pet = Rex
pw-build-first-pet-reason = Rex je ime tvojega psa. Prijatelji ga poznajo, pa tudi vsi, ki vidijo fotografije tvojega psa.
pw-build-first-year = 2016
pw-build-first-year-reason = To je tvoje rojstno leto. Veliko ljudi ga pozna, ugibalci pa letnice preizkusijo najprej.

## Level 4: good habits and risky ones (sort)

level-pw-habits-title = Dobre navade
level-pw-habits-instruction = Je to dobra navada ali tveganje? Razvrsti vsako kartico.
level-pw-habits-learned = Za vsako igro uporabi drugo geslo, ohrani ga skrivnost in se na skupnih tablicah odjavi.
level-pw-habits-hint-1 = Predstavljaj si, da tvojo tablico najde nekdo drug. Kaj bi lahko naredil?
level-pw-habits-hint-2 = Dobre navade ohranijo tvoje geslo skrivnost, tvoj račun pa zaprt za druge.
level-pw-habits-hint-3 = Odjava na skupni tablici je dobra navada.

pw-habits-bin-good = Dobra navada
pw-habits-bin-risky = Tvegano

pw-habits-one-per-game = Drugo geslo za vsako igro
pw-habits-one-per-game-reason = Če nekdo izve eno geslo, so tvoje druge igre še vedno varne.
pw-habits-sticky-note = Geslo na listku, nalepljenem na tablico
pw-habits-sticky-note-reason = Vsak, ki vzame tablico, ga lahko prebere. Vprašaj odraslo osebo, kje ga varno hraniti.
pw-habits-log-out = Odjava na skupni tablici
pw-habits-log-out-reason = Tako naslednja oseba ne more igrati kot ti. Ko si deliš tablico, se vedno odjavi.
pw-habits-name-birthday = Tvoje ime in rojstni dan kot geslo
pw-habits-name-birthday-reason = Veliko ljudi pozna tvoje ime in rojstni dan. Ugibalci ju preizkusijo najprej.
pw-habits-best-friend = Geslo zaupati najboljšemu prijatelju
pw-habits-best-friend-reason = Prijatelji lahko po pomoti komu povejo. Geslo obdrži zase.
pw-habits-ask-adult = Vprašati odraslo osebo, ko ne veš zagotovo
pw-habits-ask-adult-reason = Odrasla oseba, ki ji zaupaš, ti lahko pomaga. Vprašati je vedno dobra ideja.

## Level 5: a very strong passphrase (build_password, target: very strong)
# Word tiles: short everyday nouns in lower case. Nickname, school and team are made up.

level-pw-build-strong-title = Zelo močno!
level-pw-build-strong-instruction = Sestavi zelo močno geslo iz vsaj 4 besednih ploščic.
level-pw-build-strong-learned = Štiri naključne besede dajo zelo močno geslo. Vzdevke, šole in klube je lahko uganiti.
level-pw-build-strong-hint-1 = Nekatere ploščice so videti kot navadne besede, a govorijo o tebi. Katere?
level-pw-build-strong-hint-2 = Tvoj vzdevek, tvojo šolo in tvoj klub je lahko izvedeti.
level-pw-build-strong-hint-3 = Zippy je tvoj vzdevek, zato ga izpusti.

pw-build-strong-word-1 = luna
pw-build-strong-word-2 = list
pw-build-strong-word-3 = sneg
pw-build-strong-word-4 = ključ
pw-build-strong-word-5 = škatla
pw-build-strong-word-6 = žaba
pw-build-strong-word-7 = boben
pw-build-strong-nickname = Zippy
pw-build-strong-nickname-reason = Zippy je tvoj vzdevek. Poznajo ga prijatelji in ves razred.
pw-build-strong-school = Hrastje
pw-build-strong-school-reason = Hrastje je tvoja šola. Veliko ljudi ve, v katero šolo hodiš.
pw-build-strong-team = Rovers
pw-build-strong-team-reason = Vsi vedo, da navijaš za Rovers. Ugibalec bi tvoj klub poskusil zgodaj.

## Level 6: 2-step verification (pick_reply)

level-pw-two-step-title = Koda je samo zate
level-pw-two-step-instruction = Preberi, kaj se zgodi. Vsakič izberi najboljši odgovor.
level-pw-two-step-learned = Preverjanje v dveh korakih poleg gesla zahteva še kodo. Kode nikoli ne deli, tudi če kdo prosi zanjo.
level-pw-two-step-hint-1 = Za koga je koda: zate ali za vsakogar, ki jo zahteva?
level-pw-two-step-hint-2 = Koda je drugi ključ. Uporabljaš jo samo ti in nihče drug je nikoli ne potrebuje.
level-pw-two-step-hint-3 = Ko prijatelj prosi za tvojo kodo, jo obdrži zase.

pw-two-step-what-prompt = Tvoja igra vpraša: „Vklopim preverjanje v dveh korakih?“ Kaj to naredi?
pw-two-step-what-longer = Geslo postane dvakrat daljše.
pw-two-step-what-longer-reason = Tvoje geslo ostane enako. Doda se drugi korak: koda.
pw-two-step-what-code = Poleg gesla zahteva še kodo.
pw-two-step-what-code-reason = Pravilno! Tudi nekdo, ki pozna tvoje geslo, se brez kode ne more prijaviti. Prosi odraslo osebo, naj ti ga pomaga vklopiti.
pw-two-step-what-friends = Prijatelji se lahko prijavijo namesto tebe.
pw-two-step-what-friends-reason = Ne. Poskrbi, da se lahko prijaviš samo ti.

pw-two-step-friend-prompt = Tvoj prijatelj Sam napiše: „Po pomoti sem svojo kodo za prijavo poslal na tvojo tablico. Mi jo lahko pošlješ?“
pw-two-step-friend-send = Pošljem jo. Sam je moj prijatelj.
pw-two-step-friend-send-reason = To je znana zvijača. Morda Samov račun uporablja nekdo drug. S kodo lahko prevzame še tvojega.
pw-two-step-friend-adult-sends = Prosim odraslo osebo doma, naj jo pošlje namesto mene.
pw-two-step-friend-adult-sends-reason = Povedati odrasli osebi je prav, a kode ne sme poslati nihče. Niti odrasla oseba.
pw-two-step-friend-keep = Obdržim jo. Povem odrasli osebi.
pw-two-step-friend-keep-reason = Pravilno! Kode nikoli ne deli. S Samom se pogovori v živo, da preveriš, ali je res on.

pw-two-step-unasked-prompt = Na tablici se pojavi koda za prijavo, čeprav se zdaj ne prijavljaš.
pw-two-step-unasked-tell = Ne delim je z nikomer in povem odrasli osebi.
pw-two-step-unasked-tell-reason = Pravilno! Morda nekdo preizkuša tvoje geslo. Odrasla oseba ti lahko pomaga, da ga spremeniš.
pw-two-step-unasked-class-chat = Objavim jo v razrednem klepetu.
pw-two-step-unasked-class-chat-reason = Potem bi jo lahko uporabil vsak v klepetu. Koda je samo zate. Raje povej odrasli osebi.
pw-two-step-unasked-reply = Odgovorim in vprašam, kdo jo je poslal.
pw-two-step-unasked-reply-reason = Ne odgovarjaj. Koda je prišla, ker se je nekdo poskušal prijaviti kot ti. Povej odrasli osebi.

## Level 7: a password manager (spot_flags, settings to fix)

level-pw-manager-title = Sef za gesla
level-pw-manager-instruction = To je Mijin upravitelj gesel. Zapomni si njena gesla. Tapni vsako nastavitev, ki ni varna, da jo popraviš.
level-pw-manager-learned = Upravitelj gesel si zapomni tvoja gesla. Eno močno geslo iz besed varuje vsa druga. Nastavi ga skupaj z odraslo osebo, ki ji zaupaš.
level-pw-manager-hint-1 = Katera nastavitev bi komu pomagala odpreti Mijina gesla?
level-pw-manager-hint-2 = Glavno geslo varuje vsa druga, zato mora biti najmočnejše.
level-pw-manager-hint-3 = Začni z glavnim geslom.

pw-manager-set-up = Nastavljeno z: odraslo osebo, ki ji zaupam
pw-manager-set-up-reason = Dobro! Odrasla oseba, ki ji zaupaš, ti lahko pomaga nastaviti upravitelja in ga varovati.
pw-manager-main-password = Glavno geslo: 1234
pw-manager-main-password-reason = To eno geslo odpre vsa druga. Naj bo dolgo in močno: tri naključne besede.
pw-manager-main-password-fixed = Glavno geslo: tri naključne besede
pw-manager-one-each = Shranjuje: drugo geslo za vsako igro
pw-manager-one-each-reason = Dobro! Zapomni si jih, zato ima lahko vsaka igra svoje geslo.
pw-manager-make-new = Ustvari močna gesla zame: Izklopljeno
pw-manager-make-new-reason = Lahko ustvari dolga, naključna gesla in si jih zapomni namesto tebe. Vklopi to.
pw-manager-make-new-fixed = Ustvari močna gesla zame: Vklopljeno
pw-manager-lock = Zakleni aplikacijo, ko jo zaprem: Izklopljeno
pw-manager-lock-reason = Potem bi lahko vsak, ki vzame tablico, videl vsa Mijina gesla.
pw-manager-lock-fixed = Zakleni aplikacijo, ko jo zaprem: Vklopljeno
pw-manager-device = Shranjeno na: moji tablici doma
pw-manager-device-reason = Shranjevanje gesel na lastni tablici je v redu. Nikoli jih ne shranjuj na računalniku v knjižnici.
