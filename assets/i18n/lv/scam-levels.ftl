# The "Scam Spotters" world: the pupil taps the red flags on a mock screen. Part texts stay
# short (about 60 characters at most). People, companies and addresses are made up.

world-scam-spotters = Krāpnieku atmaskotāji

## Level 1: a chat message about a prize (screen: message)

level-flags-prize-message-title = Pārsteiguma balva?
level-flags-prize-message-instruction = Pieskaries katrai brīdinājuma zīmei šajā ziņā.
level-flags-prize-message-learned = Pārsteiguma balva no svešinieka ir triks, tāpēc nekad nesūti viņam savas ziņas.
level-flags-prize-message-hint-1 = Lēnām izlasi katru rindu. Vai draugs tā rakstītu?
level-flags-prize-message-hint-2 = Svešinieki, pārsteiguma balvas un jautājumi par tevi ir brīdinājuma zīmes.
level-flags-prize-message-hint-3 = Paskaties, kas to sūtīja. Vēl divas brīdinājuma zīmes ir zemāk.

flags-prize-message-sender = No: Nezināms numurs
flags-prize-message-sender-reason = Tu nepazīsti šo numuru. Uzmanies, kad tev raksta svešinieks.
flags-prize-message-greeting = Sveiki!
flags-prize-message-greeting-reason = Draudzīgs sveiciens ir normāli. Tas pats par sevi nav brīdinājuma zīme.
flags-prize-message-prize = Apsveicam! Tu laimēji jaunu planšeti!
flags-prize-message-prize-reason = Konkursa nebija, bet balva ir? Pārsteiguma balva no svešinieka ir triks.
flags-prize-message-picture = Attēls: spīdīga planšete ar sarkanu lenti
flags-prize-message-picture-reason = Attēls pats par sevi nav brīdinājuma zīme. Izlasi arī vārdus ap to.
flags-prize-message-request = Lai to saņemtu, atsūti mums savu vārdu un adresi.
flags-prize-message-request-reason = Nekad nedod savu adresi svešiniekam. Pirms atbildi, pajautā pieaugušajam.
flags-prize-message-signoff = Jauku dienu!
flags-prize-message-signoff-reason = Laipna atvadīšanās ir normāla. Jauki vārdi vien nepadara ziņu ne labu, ne sliktu.

## Level 2: a fake parcel e-mail (screen: email)

level-flags-parcel-email-title = E-pasts par sūtījumu
level-flags-parcel-email-instruction = Pieskaries katrai brīdinājuma zīmei šajā e-pastā.
level-flags-parcel-email-learned = Īsts uzņēmums nekad neprasa tavu paroli e-pastā. Steidzināšana ir triks.
level-flags-parcel-email-hint-1 = Izlasi katru rindu. Vai tas tiešām ir no sūtījumu uzņēmuma?
level-flags-parcel-email-hint-2 = Viltoti e-pasti nāk no dīvainām adresēm, steidzina un prasa noslēpumus.
level-flags-parcel-email-hint-3 = Paskaties, kas to sūtīja, un paskaties uz saiti. Ir vēl brīdinājuma zīmes.

flags-parcel-email-sender = No: QuickBox Parcels <qb.help.2291@free-mail.example>
flags-parcel-email-sender-reason = Sūtījumu uzņēmums raksta no savas adreses. Šī ir tikai bezmaksas e-pasta adrese.
flags-parcel-email-subject = Temats: Mēs nevarējām piegādāt tavu sūtījumu
flags-parcel-email-subject-reason = Dažreiz sūtījumu tiešām neizdodas piegādāt. Temats pats par sevi nav brīdinājuma zīme.
flags-parcel-email-greeting = Sveiki,
flags-parcel-email-greeting-reason = Vienkāršs sveiciens ir normāli. Tas pats par sevi nav brīdinājuma zīme.
flags-parcel-email-urgency = Samaksā nelielu maksu 1 stundas laikā, citādi sūtīs atpakaļ!
flags-parcel-email-urgency-reason = Krāpnieki steidzina, lai tu neapstātos padomāt. Īsts uzņēmums dod laiku.
flags-parcel-email-link = Noklikšķini šeit: parcel-help.example/pay-now
flags-parcel-email-link-reason = Saite ved uz parcel-help, nevis uz QuickBox. Palūdz pieaugušajam pārbaudīt īstajā vietnē.
flags-parcel-email-request = Tad ieraksti savu paroli un kartes numuru.
flags-parcel-email-request-reason = Nevienam sūtījumu uzņēmumam nevajag tavu paroli. Nekad neraksti paroli vai kartes numuru pēc saites e-pastā.
flags-parcel-email-signoff = Paldies, QuickBox komanda
flags-parcel-email-signoff-reason = Parakstīties ar vārdu ir normāli. Bet ikviens var ierakstīt jebkuru vārdu, tāpēc pārbaudi arī pārējās rindas.

## Level 3: a fake shop page (screen: web)

level-flags-fake-shop-title = Lielā izpārdošana
level-flags-fake-shop-instruction = Pieskaries katrai brīdinājuma zīmei šajā veikala lapā.
level-flags-fake-shop-learned = Pārbaudi veikala adresi un cenu, un nekad nedod paroli vai kartes numuru tērzēšanā.
level-flags-fake-shop-hint-1 = Sāc augšā. Vai īsts veikals darītu to visu?
level-flags-fake-shop-hint-2 = Viltoti veikali kopē īstus nosaukumus, tiem ir niecīgas cenas, un tie steidzina.
level-flags-fake-shop-hint-3 = Izlasi adresi burtu pa burtam: tajā slēpjas cipars. Vēl trīs brīdinājuma zīmes ir zemāk.

flags-fake-shop-address = jollyt0y-shop.example/super-sale
flags-fake-shop-address-reason = Paskaties uzmanīgi: tajā ir nulle, nevis burts o. Viltoti veikali kopē īstu veikalu nosaukumus.
flags-fake-shop-welcome = Laipni lūdzam Jollytoy!
flags-fake-shop-welcome-reason = Sveiciena rinda veikala lapā ir normāla. Tā pati par sevi nav brīdinājuma zīme.
flags-fake-shop-picture = Attēls: spēļu konsole ar divām vadības pultīm
flags-fake-shop-picture-reason = Veikali rāda bildes ar to, ko pārdod. Tas ir normāli.
flags-fake-shop-price = Spēļu konsole: 99 % atlaide no parastās cenas
flags-fake-shop-price-reason = Konsole nekad nav tik lēta. Cena, kas ir pārāk laba, lai būtu patiesa, ir triks.
flags-fake-shop-countdown = Piedāvājums beigsies pēc 04:59!
flags-fake-shop-countdown-reason = Tikšķošais pulkstenis grib, lai tu steidzies. Viltoti veikali steidzina, lai tu nepārbaudītu.
flags-fake-shop-delivery = Piegāde aizņem 3 līdz 5 dienas.
flags-fake-shop-delivery-reason = Veikali pasaka, cik ilgi notiek piegāde. Tas ir normāli.
flags-fake-shop-chat = Tērzēšana: atsūti mums šeit savu paroli un kartes numuru.
flags-fake-shop-chat-reason = Īsts veikals nekad neprasa tavu paroli. Kartes numuri nekad nav jāraksta tērzēšanā.

## Level 4: which links go to Moonbank? (read_address)

addr-brand-moonbank = Moonbank

level-addr-moonbank-title = Vai tā tiešām ir Moonbank?
level-addr-moonbank-instruction = Katrā saitē pieskaries daļai, kas nosauc vietni. Tad pasaki, vai tā ir Moonbank vietne.
level-addr-moonbank-learned = Lasi saites nosaukumu no beigām: galotne tieši pirms pirmās atsevišķās /, tad nosaukums tieši pirms tās. Tā ir vietne. Vārdi tai priekšā vai aiz / neko nepierāda.
level-addr-moonbank-hint-1 = Atrodi saitē pirmo atsevišķo /. Vietnes nosaukums beidzas tieši pirms tās.
level-addr-moonbank-hint-2 = Lasi atpakaļ no šīs /: vispirms galotne .example, tad nosaukums pirms tās. Kopā tās ir vietne.
level-addr-moonbank-hint-3 = Trešā saite ved uz free-gifts.example. Vārds moonbank aiz / ir tikai lapas nosaukums.

## Level 5: look-alike links (read_address)

addr-brand-pixelpost = Pixelpost

level-addr-lookalike-title = Līdzīgas saites
level-addr-lookalike-instruction = Katrā saitē pieskaries daļai, kas nosauc vietni. Tad pasaki, vai tā ir Pixelpost vietne.
level-addr-lookalike-learned = Krāpnieki paslēpj īsto vietni aiz @, pievieno liekus vārdus vai nomaina burtus pret līdzīgiem. Lasi vietni burtu pa burtam.
level-addr-lookalike-hint-1 = Vai saitē ir @? Vietne nāk aiz tā.
level-addr-lookalike-hint-2 = Lasi vietni burtu pa burtam. Lieks vārds vai dīvains burts to padara par citu vietni.
level-addr-lookalike-hint-3 = Paskaties uz burtu i otrajā saitē: tas ir no cita alfabēta. Tāpēc tā ir cita vietne.

## Level 6: what to do about a trick (pick_reply)

level-scam-what-to-do-title = Ko tu dari?
level-scam-what-to-do-instruction = Uznirst kaut kas dīvains. Katru reizi izvēlies labāko, ko darīt.
level-scam-what-to-do-learned = Ja ziņa steidzina, izskatās dīvaina vai grib kartes numuru, nepieskaries. Pārbaudi citādi un pastāsti pieaugušajam, kam uzticies.
level-scam-what-to-do-hint-1 = Labs detektīvs apstājas un padomā, pirms kaut kam pieskaras.
level-scam-what-to-do-hint-2 = Krāpnieki steidzina, izmanto draugu kontus un sola balvas. Apstājies, pirms pieskaries.
level-scam-what-to-do-hint-3 = Kad drauga konts atsūta kaut ko dīvainu, pārbaudi to ar draugu citādā veidā.

scam-what-to-do-account-closed-prompt = Ziņa saka: „Tavu spēles kontu slēgs ŠODIEN! Pieskaries šeit, lai to glābtu: save-my-game.example”
scam-what-to-do-account-closed-tap-fast = Ātri pieskarties saitei, lai glābtu savu kontu.
scam-what-to-do-account-closed-tap-fast-reason = Steiga ir triks, lai tu nedomātu. Saite varētu nozagt tavu paroli.
scam-what-to-do-account-closed-tell-adult = Nepieskarties. Parādīt pieaugušajam.
scam-what-to-do-account-closed-tell-adult-reason = Labi izdarīts! Kopā jūs varat pārbaudīt īstajā spēlē. Šāda steiga ir triks.
scam-what-to-do-account-closed-reply = Atbildēt un pajautāt, kas viņi ir.
scam-what-to-do-account-closed-reply-reason = Atbilde pasaka krāpniekam, ka kāds lasa viņa ziņas. Labāk neatbildēt vispār.

scam-what-to-do-friend-link-prompt = Tava drauga Toma konts pēkšņi atsūta: „lol vai tas esi tu?? clip-watch.example/v/8812”
scam-what-to-do-friend-link-tap = Pieskarties. Tas ir no Toma, tātad droši.
scam-what-to-do-friend-link-tap-reason = Varbūt Toma kontu lieto kāds cits. Krāpnieki sūta sliktas saites no draugu kontiem.
scam-what-to-do-friend-link-pass-on = Aizsūtīt to arī citiem draugiem.
scam-what-to-do-friend-link-pass-on-reason = Tad arī viņi varētu tai pieskarties. Nekad nesūti tālāk saiti, par kuru šaubies.
scam-what-to-do-friend-link-grown-up-phone = Pieskarties, bet pieaugušā tālrunī.
scam-what-to-do-friend-link-grown-up-phone-reason = Slikta saite ir tikpat slikta jebkurā tālrunī, un tā var prasīt paroli. Vispirms pārbaudi pie Toma.
scam-what-to-do-friend-link-ask-another-way = Vispirms pajautāt Tomam klātienē.
scam-what-to-do-friend-link-ask-another-way-reason = Lieliski! Pajautā Tomam klātienē vai pa tālruni. Ja Toms to nesūtīja, pastāsti pieaugušajam.

scam-what-to-do-won-phone-prompt = Uznirstošs logs saka: „Tu laimēji jaunu tālruni! Ieraksti vecāku kartes numuru, lai to saņemtu.”
scam-what-to-do-won-phone-close-tell = Aizvērt to un pastāstīt pieaugušajam.
scam-what-to-do-won-phone-close-tell-reason = Pareizi! Īstai balvai nekad nevajag kartes numuru. Pieaugušais var pārbaudīt, vai viss ir kārtībā.
scam-what-to-do-won-phone-type-card = Paņemt karti un ātri ierakstīt tās numuru.
scam-what-to-do-won-phone-type-card-reason = Tālruņa nav. Krāpnieki grib kartes numuru, lai paņemtu naudu.
scam-what-to-do-won-phone-claim = Pieskarties „Saņemt balvu”.
scam-what-to-do-won-phone-claim-reason = Šāda loga pogas var atvērt vēl citus trikus. Labāk aizver to.
