# The "Share Safe" world, levels 2 and up. Item texts stay short (about 60 characters at
# most). People, places and games are made up; street and school names are Latvian ones.

## Level 2: a game profile's settings (screen: profile)

level-privacy-profile-title = Līgas profils
level-privacy-profile-instruction = Šis ir Līgas spēles profils. Pieskaries katram iestatījumam, kas atklāj par daudz, lai to salabotu.
level-privacy-profile-learned = Lai tavs profils ir tikai draugiem. Izmanto izdomātu spēles vārdu un multfilmas attēlu, un paturi savu atrašanās vietu un numuru privātus.
level-privacy-profile-hint-1 = Izlasi katru rindu. Vai svešinieks ar to varētu atrast Līgu?
level-privacy-profile-hint-2 = Izdomāts spēles vārds un multfilmas attēls ir droši. Īsti vārdi, vietas un numuri – nē.
level-privacy-profile-hint-3 = Paskaties, kas var redzēt profilu, un paskaties uz tālruņa numuru.

privacy-profile-visibility = Kas var redzēt manu profilu: Visi
privacy-profile-visibility-reason = Visi nozīmē arī svešiniekus. Iestati „Tikai draugi”.
privacy-profile-visibility-fixed = Kas var redzēt manu profilu: Tikai draugi
privacy-profile-name = Redzamais vārds: Līga Kalniņa (pilns vārds)
privacy-profile-name-reason = Pilns vārds palīdz svešiniekiem atrast Līgu. Pietiek ar izdomātu spēles vārdu.
privacy-profile-name-fixed = Redzamais vārds: StarFox22 (spēles vārds)
privacy-profile-game-name = Spēles vārds: StarFox22
privacy-profile-game-name-reason = Izdomāts spēles vārds nevienam neatklāj, kas Līga ir patiesībā. Laba izvēle!
privacy-profile-avatar = Avatārs: multfilmas lapsa
privacy-profile-avatar-reason = Multfilmas attēls nerāda Līgas seju. Tas ir droši.
privacy-profile-location = Kopīgot manu atrašanās vietu: Ieslēgts
privacy-profile-location-reason = Tas rāda cilvēkiem, kur Līga ir tieši tagad. Lai tas paliek izslēgts.
privacy-profile-location-fixed = Kopīgot manu atrašanās vietu: Izslēgts
privacy-profile-game = Mīļākā spēle: Block Builders
privacy-profile-game-reason = Daudziem bērniem patīk šī spēle. Tā nevienam neatklāj, kur ir Līga.
privacy-profile-phone = Tālruņa numurs: redzams visiem
privacy-profile-phone-reason = Svešinieki varētu Līgai zvanīt vai rakstīt. Paturi savu tālruņa numuru privātu.
privacy-profile-phone-fixed = Tālruņa numurs: paslēpts

## Level 3: a photo post, described line by line (screen: post)

level-privacy-photo-title = Saulaina bilde
level-privacy-photo-instruction = Pieskaries katrai pazīmei šajā ierakstā, kas parāda, kur tu dzīvo vai mācies.
level-privacy-photo-learned = Pirms publicē bildi, meklē ielu zīmes, māju numurus, skolu logotipus un atrašanās vietas atzīmes.
level-privacy-photo-hint-1 = Paskaties arī uz fonu, ne tikai uz sevi un suni.
level-privacy-photo-hint-2 = Ielu nosaukumi, māju numuri un skolu logotipi parāda svešiniekiem, kur tevi atrast.
level-privacy-photo-hint-3 = Ielas zīme aiz tevis ir viena pazīme. Ir vēl trīs.

privacy-photo-photo = Bilde: es un mans suns dārzā
privacy-photo-photo-reason = Ar bildi, kurā esi tu ar savu mājdzīvnieku, var dalīties ar draugiem. Tikai pārbaudi, kas vēl tajā redzams.
privacy-photo-sign = Aiz mums: ielas zīme „Kļavu iela”
privacy-photo-sign-reason = Zīme visiem pasaka, kurā ielā tu dzīvo. Fotografē tur, kur zīmju nav.
privacy-photo-door = Uz durvīm: mājas numurs 12
privacy-photo-door-reason = Kopā ar ielas nosaukumu numurs parāda tavu precīzo māju. Lai tas nav bildē.
privacy-photo-shirt = Mans krekls ar Ozolkalna skolas logotipu
privacy-photo-shirt-reason = Logotips parāda, kurā skolā tu mācies. Svešinieki zinātu, kur tu esi katru dienu.
privacy-photo-caption = Paraksts: Saulaina sestdiena ar Reksu!
privacy-photo-caption-reason = Ar suņa vārdu drīkst dalīties. Tikai nekad neizmanto to kā paroli.
privacy-photo-location = Vietas atzīme: Kļavu iela 12
privacy-photo-location-reason = Atzīme visiem atklāj tavu pilno adresi. Izslēdz vietas atzīmes.
privacy-photo-comment = Kārļa komentārs: Mīlīgs suns!
privacy-photo-comment-reason = Drauga laipns komentārs ir kārtībā. Tas neko neatklāj.

## Level 4: questions that ask for too much (pick the best reply)

level-privacy-stranger-asks-title = Kas grib zināt?
level-privacy-stranger-asks-instruction = Katru reizi izvēlies labāko atbildi.
level-privacy-stranger-asks-learned = Tu vienmēr vari teikt „nē”. Paturi pie sevis savu skolu, savu ielu un draugu numurus. Ja kāds turpina jautāt, pastāsti pieaugušajam.
level-privacy-stranger-asks-hint-1 = Padomā: kas redzēs manu atbildi, un ko viņi ar to varētu darīt?
level-privacy-stranger-asks-hint-2 = Tavas ziņas un tavu draugu numuri ir tavi, lai tos paturētu. Tu vienmēr vari teikt „nē”.
level-privacy-stranger-asks-hint-3 = Spēle tik un tā darbojas, ja tu nedod piekļuvi kontaktiem.

privacy-stranger-asks-school = SkyRider9 ir draugs tikai no interneta. Viņš jautā: „Kurā skolā tu mācies?”
privacy-stranger-asks-school-tell = Pateikt, tad pastāstīt pieaugušajam, ka pateicu.
privacy-stranger-asks-school-tell-reason = Pastāstīt pieaugušajam ir labi, bet tagad SkyRider9 zina tavu skolu. Labāk to nemaz neatklāj.
privacy-stranger-asks-school-town = Pateikt tikai savu pilsētu.
privacy-stranger-asks-school-town-reason = Tava pilsēta tik un tā ir pazīme, kur tu esi. Paturi arī to privātu.
privacy-stranger-asks-school-say-no = Pateikt „nē” un pastāstīt pieaugušajam.
privacy-stranger-asks-school-say-no-reason = Labi izdarīts! „Nē” var pateikt draudzīgi. Pieaugušais var palīdzēt, ja SkyRider9 turpina jautāt.
privacy-stranger-asks-contacts = Spēles laikā spēle jautā: „Atļaut Block Builders piekļūt taviem kontaktiem?”
privacy-stranger-asks-contacts-allow = Pieskarties „Atļaut”, lai ātri atrastu draugus.
privacy-stranger-asks-contacts-allow-reason = Tavi kontakti ir citu cilvēku numuri. Spēle tos dabūtu, šiem cilvēkiem nejautājot.
privacy-stranger-asks-contacts-not-now = Pieskarties „Neatļaut”. Spēle darbojas.
privacy-stranger-asks-contacts-not-now-reason = Pareizi! Tavu kontaktu numuri nav tavi, lai tos atdotu. Draugus var pievienot arī pēc viņu spēles vārdiem.
privacy-stranger-asks-contacts-allow-then-delete = Atļaut, bet vēlāk izdzēst visu spēli.
privacy-stranger-asks-contacts-allow-then-delete-reason = Kad spēlei numuri jau ir, spēles dzēšana tos neatņem.
privacy-stranger-asks-quiz = Jautra viktorīna saka: „Tavs supervaroņa vārds = tava iela + tava skola!”
privacy-stranger-asks-quiz-skip = Izlaist vai spēlēt ar izdomātiem vārdiem.
privacy-stranger-asks-quiz-skip-reason = Gudri izdomāts! Tava iela un skola parāda, kur tevi atrast. Izdomāti vārdi ir tikpat jautri.
privacy-stranger-asks-quiz-post = Ierakstīt savu īsto supervaroņa vārdu komentāros.
privacy-stranger-asks-quiz-post-reason = Tagad visi zina tavu ielu un skolu. Kopā tās parāda, kur tevi atrast.
privacy-stranger-asks-quiz-send-friend = Aizsūtīt to tikai vienam draugam ziņā.
privacy-stranger-asks-quiz-send-friend-reason = Ziņas var pārsūtīt tālāk. Paturi savas īstās atbildes pie sevis.

## Level 5: before you post a photo (sort)

level-privacy-before-posting-title = Publicēsim?
level-privacy-before-posting-instruction = Tu gribi publicēt bildi. Vai šis ir labs solis pirms publicēšanas, vai labāk ne?
level-privacy-before-posting-learned = Pirms publicē, pārbaudi, vai bildē nav pazīmju, pajautā tiem, kas ir bildē, un izvēlies „Tikai draugi”. Atstāj vietas atzīmes izslēgtas.
level-privacy-before-posting-hint-1 = Padomā: kad bilde ir publicēta, kas to var redzēt un ko viņi var uzzināt?
level-privacy-before-posting-hint-2 = Labi soļi neielaiž pazīmes un svešiniekus un pajautā tiem, kas ir bildē. Riskanti soļi izplata bildi vai to, kur tu esi.
level-privacy-before-posting-hint-3 = Vietas atzīme ir tā, ko labāk izlaist.

privacy-bin-do = Darīt
privacy-bin-dont = Labāk ne

privacy-before-posting-clues = Pārbaudīt, vai bildē nav zīmju un māju numuru.
privacy-before-posting-clues-reason = Labi! Izgriez tās vai izvēlies citu bildi, lai neviens neuzzinātu, kur tu dzīvo.
privacy-before-posting-location = Pievienot vietas atzīmi, lai draugi tevi atrastu.
privacy-before-posting-location-reason = Vietas atzīme visiem parāda, kur tu esi. Atstāj to izslēgtu.
privacy-before-posting-ask = Pajautāt visiem bildē, vai viņi piekrīt.
privacy-before-posting-ask-reason = Tā ir arī viņu bilde. Publicē to tikai tad, ja viņi saka „jā”.
privacy-before-posting-everyone = Publicēt visiem, lai dabūtu vairāk „patīk”.
privacy-before-posting-everyone-reason = Visi nozīmē arī svešiniekus. „Patīk” nav tā vērti.
privacy-before-posting-audience = Izvēlēties, kas to redz: tikai draugi.
privacy-before-posting-audience-reason = Labi! „Tikai draugi” neielaiž svešiniekus.
privacy-before-posting-surprise = Publicēt drauga smieklīgu bildi kā pārsteigumu.
privacy-before-posting-surprise-reason = Vispirms pajautā. Draugs varbūt negrib, lai šī bilde būtu internetā.
