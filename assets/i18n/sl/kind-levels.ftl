# The "Kind Corner" world: being kind online, and what to do when someone is not.
# Item texts stay short (about 60 characters). Keep the tone gentle: always say what to
# do, and that telling a trusted adult is good.

world-kind-corner = Prijazni kotiček

## Level 1: kind replies (pick_reply)

level-kind-reply-title = Reci kaj prijaznega
level-kind-reply-instruction = Vsakič izberi najprijaznejši odgovor.
level-kind-reply-learned = Prijazne besede na spletu ljudem polepšajo dan. Preden kaj objaviš, se vprašaj: kako se bo druga oseba počutila?
level-kind-reply-hint-1 = Predstavljaj si, da si druga oseba. Kateri odgovor bi ti bil najbolj všeč?
level-kind-reply-hint-2 = Prijazen odgovor je ljubezniv, iskren in govori o drugi osebi, ne o tebi.
level-kind-reply-hint-3 = Za Mio: vprašanje o njeni risbi pokaže, da te njena risba res zanima.

kind-reply-drawing-prompt = Tvoja prijateljica Mia objavi risbo svoje mačke. Kaj napišeš?
kind-reply-drawing-praise = Barve so super! Kako si jo narisala?
kind-reply-drawing-praise-reason = Prijazna in iskrena pohvala Mio razveseli. Vprašanje pokaže, da te risba res zanima.
kind-reply-drawing-brother = Moj mali brat zna to narisati še veliko bolje.
kind-reply-drawing-brother-reason = To bi Mio prizadelo. Tudi kot šala ji pokvari veselje do njenega dela.
kind-reply-drawing-mine = Raje poglej mojo risbo!
kind-reply-drawing-mine-reason = Mia je želela deliti svojo risbo. Ta odgovor pogovor obrne nate.

kind-reply-game-prompt = V spletni igri tvoj soigralec Leo naredi napako. Vaša ekipa izgubi.
kind-reply-game-blame = Zaradi tebe smo izgubili, Leo! Najlepša hvala.
kind-reply-game-blame-reason = Vsak dela napake. Če Lea kriviš pred ekipo, se počuti grozno.
kind-reply-game-kick = Vrzimo Lea iz ekipe.
kind-reply-game-kick-reason = Izključiti nekoga zaradi ene napake je neprijazno. Igre so bolj zabavne, ko je vsak dobrodošel.
kind-reply-game-cheer = Dober poskus, Leo! Naslednjo bomo zmagali.
kind-reply-game-cheer-reason = Prijazna beseda po porazu razveseli celo ekipo. Saj je samo igra.

kind-reply-sad-prompt = Tvoja sošolka Ava objavi: „danes me nihče nima rad“.
kind-reply-sad-drama = Nehaj biti tako dramatična.
kind-reply-sad-drama-reason = Ava ti pove, da je žalostna. Ta odgovor ji pove, da njeni občutki niso pomembni.
kind-reply-sad-message = Avi napišem: „Všeč si mi! Se pogovoriva?“
kind-reply-sad-message-reason = Prijazno zasebno sporočilo Avi pokaže, da ji je nekdo mar. Če je videti zelo žalostna, povej tudi odrasli osebi, ki ji zaupaš.
kind-reply-sad-scroll = Pomaknem se naprej. Njeni starši bodo to uredili.
kind-reply-sad-scroll-reason = Ava se lahko počuti še bolj osamljeno, njeni starši pa morda ne vedo. Nekaj tvojih prijaznih besed lahko zelo pomaga.

## Level 2: kind or unkind comments (sort)

kind-bin-kind = Prijazno
kind-bin-unkind = Neprijazno

level-kind-comments-title = Prijazno ali neprijazno?
level-kind-comments-instruction = Razvrsti vsak komentar: je prijazen ali neprijazen?
level-kind-comments-learned = Lahko poveš, kaj misliš, in to vseeno poveš prijazno. Zlobni komentarji bolijo, tudi kot šala.
level-kind-comments-hint-1 = Preberi vsak komentar, kot da ga je nekdo napisal tebi.
level-kind-comments-hint-2 = Prijazni komentarji pohvalijo, pomagajo ali se vljudno ne strinjajo. Neprijazni se norčujejo ali druge ponižujejo.
level-kind-comments-hint-3 = Komentarji o tem, kako je kdo videti ali kako se giblje, so pogosto neprijazni, tudi če so mišljeni kot šala.

kind-comments-great-goal = Kakšen super gol v tvojem videu!
kind-comments-great-goal-reason = Pohvala za nekaj, kar je nekdo dobro naredil, ga naredi ponosnega. To je prijazno.
kind-comments-weird-hair = Tvoji lasje so na tej fotografiji tako čudni.
kind-comments-weird-hair-reason = Komentarji o tem, kako je kdo videti, lahko zelo bolijo. Česar ne moreš reči v obraz, ne objavi.
kind-comments-get-well = Upam, da ti bo kmalu bolje!
kind-comments-get-well-reason = Ko nekomu želiš, da ozdravi, pokažeš, da ti je mar. To je prijazno.
kind-comments-nobody-asked = Nihče te ni vprašal za mnenje.
kind-comments-nobody-asked-reason = To nekomu pove, naj utihne in da ni pomemben. To je neprijazno.
kind-comments-different-ending = Drugačen konec bi mi bil bolj všeč, a zgodba je super!
kind-comments-different-ending-reason = Lahko se ne strinjaš in to vseeno poveš prijazno. Ta komentar je iskren in prijazen.
kind-comments-penguin = Haha, tečeš kot pingvin!
kind-comments-penguin-reason = Smejati se temu, kako se kdo giblje, je zbadanje. Lahko boli, tudi če je mišljeno kot šala.
kind-comments-thanks-help = Hvala za pomoč pri domači nalogi!
kind-comments-thanks-help-reason = Zahvala ljudem da dober občutek, da so pomagali. To je prijazno.

## Level 3: when someone keeps sending you mean messages (sort: good to do / better not)

level-kind-when-bullied-title = Zlobna sporočila
level-kind-when-bullied-instruction = Nekdo ti kar naprej pošilja zlobna sporočila. Je to dobro narediti ali raje ne?
level-kind-when-bullied-learned = Ne odgovarjaj, shrani dokaze, blokiraj, prijavi in kadar koli povej odrasli osebi, ki ji zaupaš. Nikoli ni tvoja krivda.
level-kind-when-bullied-hint-1 = Kateri od teh korakov ustavijo sporočila, ohranijo dokaze ali ti prinesejo pomoč?
level-kind-when-bullied-hint-2 = Dobri koraki ohranijo dokaze, ustavijo sporočila in ti prinesejo pomoč. Vračanje ali skrivanje ne pomaga.
level-kind-when-bullied-hint-3 = Povedati odrasli osebi, ki ji zaupaš, je vedno prav, kadar koli.

kind-bin-good-step = Dobro narediti
kind-bin-not-step = Raje ne

kind-when-bullied-no-reply = Ne odgovarjaj na zlobna sporočila.
kind-when-bullied-no-reply-reason = Zlobna sporočila hočejo odziv. Če ne odgovoriš, ne dobijo ničesar.
kind-when-bullied-screenshot = Naredi posnetke zaslona kot dokaz.
kind-when-bullied-screenshot-reason = Dokazi pokažejo, kaj se je zgodilo. Posnetke naredi, preden blokiraš: blokiranje lahko sporočila skrije.
kind-when-bullied-hit-back = Pošlji nazaj nekaj zlobnega.
kind-when-bullied-hit-back-reason = To lahko stvari poslabša in jim da odziv, ki ga hočejo.
kind-when-bullied-block = Blokiraj osebo.
kind-when-bullied-block-reason = Potem zlobna sporočila ne prihajajo več do tebe.
kind-when-bullied-tell = Povej odrasli osebi, ki ji zaupaš, in ji pokaži.
kind-when-bullied-tell-reason = Prav je kadar koli: prvo, zadnje ali vmes. S tem se ti ni treba spopadati brez pomoči.
kind-when-bullied-secret = Ohrani to skrivnost in upaj, da preneha.
kind-when-bullied-secret-reason = S tem se ti ni treba spopadati brez pomoči. Povej odrasli osebi, ki ji zaupaš. Nikoli ni tvoja krivda.
kind-when-bullied-report = Prijavi osebo v aplikaciji.
kind-when-bullied-report-reason = Aplikacija lahko osebo opozori ali ustavi. Tvoji posnetki zaslona pomagajo.
kind-when-bullied-delete-all = Takoj izbriši vsa sporočila.
kind-when-bullied-delete-all-reason = Potem dokazov ni več. Najprej naredi posnetke zaslona, nato blokiraj in prijavi.

## Level 4: when you see someone else being treated badly (pick_reply)

level-kind-bystander-title = Postavi se za druge
level-kind-bystander-instruction = Vidiš, da nekdo z nekom grdo ravna. Izberi najboljše, kar lahko narediš.
level-kind-bystander-learned = Ne pridruži se. Z osebo ravnaj prijazno in povej odrasli osebi, ki ji zaupaš. To zelo pomaga.
level-kind-bystander-hint-1 = Pomisli na osebo, s katero grdo ravnajo. Kaj bi ji pomagalo?
level-kind-bystander-hint-2 = Pridružiti se ali molčati ne pomaga. Prijaznost in iskanje pomoči pomagata.
level-kind-bystander-hint-3 = Finnu lahko preprosto povabilo polepša dan.

kind-bystander-chat-prompt = V razrednem skupinskem klepetu se nekateri otroci kar naprej norčujejo iz Noaha.
kind-bystander-chat-join = Tudi jaz pošljem smejoči se obraz.
kind-bystander-chat-join-reason = Tudi en smejoči se obraz pomeni, da se pridružiš. Noah dobi občutek, da so vsi proti njemu.
kind-bystander-chat-silent = Nič ne rečem. Učitelj bo to tako ali tako videl.
kind-bystander-chat-silent-reason = Učitelji ne berejo vseh klepetov, Noah pa morda misli, da se vsi strinjajo. Odrasli osebi, ki ji zaupaš, povej kar ti.
kind-bystander-chat-support = Noahu stojim ob strani in povem odrasli osebi.
kind-bystander-chat-support-reason = Prijazno sporočilo Noahu pokaže, da ni sam. Odrasla oseba, ki ji zaupaš, lahko pomaga ustaviti zbadanje.

kind-bystander-photo-prompt = Nekdo deli smešno fotografijo tvoje sošolke Zoe, da bi se ji smejali.
kind-bystander-photo-share = Delim jo še z več prijatelji.
kind-bystander-photo-share-reason = Vsako deljenje fotografijo razširi še dlje in Zoe še bolj prizadene. Nihče ne bi smel deliti fotografije drugega, da bi se mu smejali.
kind-bystander-photo-stop = Prijavim jo in povem odrasli osebi.
kind-bystander-photo-stop-reason = Fotografija se ustavi pri tebi. Prijava lahko pripomore, da jo odstranijo, odrasla oseba pa lahko pomaga Zoe.
kind-bystander-photo-like = Všečkam jo, ker so jo vsi drugi tudi.
kind-bystander-photo-like-reason = Všeček pošiljatelju pove, da je fotografija smešna. Potem morda objavi še več.

kind-bystander-game-prompt = Nekateri otroci Finna namenoma izključijo iz spletne igre.
kind-bystander-game-invite = Finna povabim, da se igra z mano.
kind-bystander-game-invite-reason = Preprosto povabilo lahko Finnu polepša dan. Če ga še naprej izključujejo, povej odrasli osebi, ki ji zaupaš.
kind-bystander-game-along = Igram brez njega. Njihova igra, njihova pravila.
kind-bystander-game-along-reason = Namerno izključevanje boli. Če se pridružiš, se Finn počuti še bolj osamljenega.
kind-bystander-game-pretend = Delam se, kot da se nič ne dogaja.
kind-bystander-game-pretend-reason = Pogledati stran je lahko, a Finn se še vedno počuti izključenega. Majhno prijazno dejanje mu lahko pomaga.

## Level 5: a class group chat (spot_flags, screen: group_chat)

level-kind-group-chat-title = Razredni klepet
level-kind-group-chat-instruction = Tapni vsako neprijazno sporočilo v tem razrednem klepetu.
level-kind-group-chat-learned = Norčevanje, izključevanje, deljenje fotografij brez vprašanja in smejanje zraven so neprijazni. Ne pridruži se.
level-kind-group-chat-hint-1 = Preberi vsako sporočilo. Kako bi se Sam počutil, ko bi ga prebral?
level-kind-group-chat-hint-2 = Neprijazna sporočila se iz nekoga norčujejo, ga izključujejo ali delijo njegovo fotografijo.
level-kind-group-chat-hint-3 = Ben je napisal dve neprijazni sporočili.

kind-group-chat-trip = Mia: Kdo se veseli jutrišnjega šolskega izleta?
kind-group-chat-trip-reason = Prijazno vprašanje celemu razredu. To sporočilo je v redu.
kind-group-chat-bottle = Leo: Jaz! Ne pozabite steklenic za vodo.
kind-group-chat-bottle-reason = Koristen opomnik za vse. To sporočilo je v redu.
kind-group-chat-shoes = Ben: Ste videli Samove čevlje danes? Grozni so lol
kind-group-chat-shoes-reason = To se iz Sama norčuje pred celim razredom. Ne pridruži se in s Samom ravnaj prijazno.
kind-group-chat-laugh = Max: HAHAHA (pet smejočih se obrazov)
kind-group-chat-laugh-reason = Smejanje zraven poslabša zbadanje. Že če ostaneš ob strani, je bolje.
kind-group-chat-homework = Finn: Mi lahko kdo pošlje stran z domačo nalogo?
kind-group-chat-homework-reason = Prositi za pomoč pri domači nalogi je v redu. Razredni klepeti so za to odlični.
kind-group-chat-photo = Ben: Poglejte! Fotografija Sama, ko se spotakne na igrišču.
kind-group-chat-photo-reason = Sam se ni strinjal, da se fotografija deli. Preden deliš fotografijo nekoga, ga vprašaj, o tej pa povej odrasli osebi.
kind-group-chat-party = Ava: Zabava pri meni! Sama ne povabite.
kind-group-chat-party-reason = Ko vsem rečeš, naj Sama izključijo, ga to zelo prizadene. Nihče ne bi smel biti namerno izključen.
kind-group-chat-thanks = Zoe: Sam mi je danes pomagal pri projektu. Hvala, Sam!
kind-group-chat-thanks-reason = Zahvala pred razredom je prijazna. To sporočilo je v redu.
