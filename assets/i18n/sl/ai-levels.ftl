# The "AI and Me" world. Item texts stay short (about 60 characters at most). All people,
# apps and accounts are made up. The teach-the-robot cards are in training.ftl.
# AI is "UI" (umetna inteligenca), feminine: "UI pomaga", "njeno delo".

world-ai-and-me = UI in jaz

# Boxes of the sorting levels in this world.
ai-bin-ok-to-ask = Lahko vprašaš
ai-bin-good-use = Dobra raba
ai-bin-not-ok = Ni v redu

## Level 2: what to tell a chatbot (sort: OK to ask / keep private)

level-ai-what-to-tell-title = Klepet s klepetalnikom
level-ai-what-to-tell-instruction = Ali lahko to vprašaš klepetalnik ali naj ostane zasebno?
level-ai-what-to-tell-learned = Klepetalnik sprašuj o svetu, ne o sebi. Imena, naslovi, fotografije, gesla in skrivnosti ostanejo zasebni.
level-ai-what-to-tell-hint-1 = Vprašaj se: je to o svetu ali o meni in mojih prijateljih?
level-ai-what-to-tell-hint-2 = Podjetje, ki upravlja klepetalnik, lahko bere, kar napišeš. Vse, kar pokaže, kdo si, obdrži zase.
level-ai-what-to-tell-hint-3 = O zmaju lahko vprašaš. Svojega naslova ne povej.

ai-what-to-tell-volcano = Kako delujejo vulkani?
ai-what-to-tell-volcano-reason = Vprašanje o svetu ne izda ničesar. Odgovor preveri tudi v knjigi.
ai-what-to-tell-address = Tvoj domači naslov
ai-what-to-tell-address-reason = Klepetalniku ni treba vedeti, kje živiš. Podjetje za njim lahko bere, kar napišeš.
ai-what-to-tell-name-school = Tvoje polno ime in tvoja šola
ai-what-to-tell-name-school-reason = Skupaj vsakomur, ki ju prebere, povesta, kdo si in kje te najde. Obdrži ju zase.
ai-what-to-tell-dragon = Zamisli za zgodbo o zmaju
ai-what-to-tell-dragon-reason = Prositi za zamisli je v redu. Potem iz zgodbe naredi svojo.
ai-what-to-tell-password = Tvoje geslo, da si ga zapomni
ai-what-to-tell-password-reason = Klepetalnik nikoli ne potrebuje tvojega gesla. Obdrži ga zase in za odraslo osebo, ki ti pri njem pomaga.
ai-what-to-tell-face-photo = Fotografija tvojega obraza
ai-what-to-tell-face-photo-reason = Fotografija tebe je osebna. Ne daj je klepetalnikom, pred deljenjem fotografij pa vprašaj odraslo osebo, ki ji zaupaš.
ai-what-to-tell-perimeter = Kaj pomeni „obseg“?
ai-what-to-tell-perimeter-reason = Vprašati, kaj pomeni beseda, je v redu. Učitelj lahko odgovor preveri s tabo.
ai-what-to-tell-friend-secret = Skrivnost, ki ti jo je zaupal prijatelj
ai-what-to-tell-friend-secret-reason = To je prijateljeva skrivnost. Ni tvoja, zato je ne deli ne s klepetalnikom ne s komer koli drugim.

## Level 1: teach the robot (train_robot; the cards are in training.ftl)

level-ai-teach-the-robot-title = Nauči robota
level-ai-teach-the-robot-instruction = Razvrsti kartice, da robota naučiš, kaj je mačka. Nato ga preizkusi.
level-ai-teach-the-robot-learned = Robot se uči samo iz svojih primerov. Pokaži mu veliko vrst mačk in prepozna tudi nove mačke.
level-ai-teach-the-robot-hint-1 = Poglej mačke, iz katerih se je robot učil. V čem so si podobne?
level-ai-teach-the-robot-hint-2 = Vse mačke, ki jih je videl, so bile majhne in oranžne. Potrebuje mačke, ki so videti drugače.
level-ai-teach-the-robot-hint-3 = Dodaj mačko, ki je siva, velika ali puhasta.

## Level 3: sure, but wrong (pick the reply)

level-ai-chatbot-sure-title = Prepričan, a v zmoti
level-ai-chatbot-sure-instruction = Klepetalnik zveni zelo prepričano. Kaj narediš?
level-ai-chatbot-sure-learned = Klepetalnik lahko zveni prepričano in se vseeno moti. Preveri v knjigi ali na zanesljivem spletnem mestu ali vprašaj odraslo osebo.
level-ai-chatbot-sure-hint-1 = Ali je nekaj res zato, ker zveni prepričano?
level-ai-chatbot-sure-hint-2 = Preveri pri viru, ki ni klepetalnik.
level-ai-chatbot-sure-hint-3 = Za pajka: knjiga o naravi ti lahko pove.

ai-chatbot-sure-spider-prompt = Pri domači nalogi vprašaš klepetalnik: „Je pajek žuželka?“ Odgovori: „Da, pajki so žuželke.“
ai-chatbot-sure-spider-copy = Zapišem. Zveni zelo prepričano.
ai-chatbot-sure-spider-copy-reason = Zveneti prepričano ni isto kot imeti prav. Pajki imajo 8 nog, žuželke 6.
ai-chatbot-sure-spider-check = Preverim v knjigi o naravi ali na zanesljivi strani
ai-chatbot-sure-spider-check-reason = Pravilno! Drug vir pokaže, da se je klepetalnik motil: pajki niso žuželke.
ai-chatbot-sure-spider-ask-again = Vprašam klepetalnik: „Si prepričan?“
ai-chatbot-sure-spider-ask-again-reason = Morda bo samo spet rekel da. Preveri pri viru, ki ni klepetalnik.
ai-chatbot-sure-talk-prompt = Klepetalnik ti da neverjetno dejstvo za govorni nastop. Nikjer drugje ga ne najdeš.
ai-chatbot-sure-talk-use-it = Uporabim ga: klepetalnik ve stvari, ki jih mi ne
ai-chatbot-sure-talk-use-it-reason = Klepetalniki si lahko izmislijo dejstva, ki zvenijo resnično. Če tega ne pravi nihče drug, to izpusti.
ai-chatbot-sure-talk-leave-out = Izpustim ga ali o njem vprašam učitelja
ai-chatbot-sure-talk-leave-out-reason = Dobro. Dejstvo, ki ga ne moreš preveriti, ni pripravljeno za tvoj nastop.
ai-chatbot-sure-talk-tell-friends = Prijateljem povem, da je res
ai-chatbot-sure-talk-tell-friends-reason = Tako širiš dejstvo, ki ga ni nihče preveril. Najprej ga preveri.

## Level 4: why this video? (pick the reply)

level-ai-why-this-video-title = Zakaj ta video?
level-ai-why-this-video-instruction = Ugotovi, zakaj ti aplikacija kaže to, kar kaže.
level-ai-why-this-video-learned = Aplikacije se učijo iz tega, kar gledaš, všečkaš in iščeš. Išči nove stvari in aplikaciji povej, česa nočeš.
level-ai-why-this-video-hint-1 = Pomisli, kaj v aplikaciji običajno počneš.
level-ai-why-this-video-hint-2 = Aplikacija izbira videe glede na to, kar gledaš, všečkaš in iščeš.
level-ai-why-this-video-hint-3 = Če želiš videti druge stvari, pokaži aplikaciji druge stvari, ki so ti všeč.

ai-why-this-video-cakes-prompt = Tri videe o tortah gledaš do konca. Zdaj ti aplikacija kaže kup videov o tortah.
ai-why-this-video-cakes-everyone = Danes vsi na svetu gledajo torte
ai-why-this-video-cakes-everyone-reason = Malo verjetno! Aplikacija videe zate izbira glede na tvoja dejanja.
ai-why-this-video-cakes-learned = Aplikacija se je učila iz tega, kar gledaš
ai-why-this-video-cakes-learned-reason = Pravilno. Aplikacije uporabljajo, kar gledaš, všečkaš in iščeš, da izberejo, kaj pride naslednje.
ai-why-this-video-cakes-teacher = Učitelj je aplikaciji povedal, da so ti všeč torte
ai-why-this-video-cakes-teacher-reason = Ne. Aplikacija se je tega naučila iz tvojih dotikov in ogledov.
ai-why-this-video-more-prompt = Želiš videti več kot samo torte. Kaj pomaga?
ai-why-this-video-more-search = Iščem nove stvari, tapnem „Ne zanima me“
ai-why-this-video-more-search-reason = Ja! Tudi iz tega se aplikacija uči. Veliko aplikacij ima gumb, kot je „Ne zanima me“.
ai-why-this-video-more-more-cakes = Gledam še več videov o tortah
ai-why-this-video-more-more-cakes-reason = Tako aplikacijo naučiš, da hočeš samo torte.
ai-why-this-video-more-scroll = Drsim naprej: aplikacija se bo kmalu spremenila
ai-why-this-video-more-scroll-reason = Aplikacija še naprej izbira glede na to, kar počneš. Pokaži ji, kaj ti je še všeč.
ai-why-this-video-feel-bad-prompt = Zaradi ene vrste videov, ki ti jih aplikacija kar naprej kaže, se počutiš slabo.
ai-why-this-video-feel-bad-keep-watching = Gledam naprej, da česa ne zamudim
ai-why-this-video-feel-bad-keep-watching-reason = Več ko gledaš, več tega ti aplikacija pokaže. Ustavi se in si vzemi premor.
ai-why-this-video-feel-bad-share = Delim s prijatelji, da vidim, ali je tudi njim slabo
ai-why-this-video-feel-bad-share-reason = Tako širiš slab občutek. Nehaj gledati in se pogovori z nekom, ki mu zaupaš.
ai-why-this-video-feel-bad-stop-tell = Neham gledati in povem odrasli osebi
ai-why-this-video-feel-bad-stop-tell-reason = Dobro. Tvoje počutje je pomembnejše od aplikacije. Odrasla oseba ti lahko pomaga spremeniti, kaj ti kaže.

## Level 5: real or made by AI? (red flags on a photo post)

level-ai-fake-picture-title = Resnično ali naredila UI?
level-ai-fake-picture-instruction = Tapni vsak namig, da je to sliko morda naredila UI ali da morda ni resnična.
level-ai-fake-picture-learned = UI lahko naredi slike, ki so videti resnične. Išči namige, preveri druge vire in vprašaj odraslo osebo, ko ne veš zagotovo.
level-ai-fake-picture-hint-1 = Bi te ta slika v resničnem življenju presenetila?
level-ai-fake-picture-hint-2 = Presenetljivo, preveč popolno, napačne podrobnosti in pritisk, da hitro deliš, so vse namigi.
level-ai-fake-picture-hint-3 = Dobro preberi napis na avtobusu.

ai-fake-picture-account = Objavil: @pic_planet, danes ob 10:02
ai-fake-picture-account-reason = Ime in čas sama ne povesta, ali je slika resnična. Poglej samo sliko.
ai-fake-picture-photo = Fotografija: pingvin, velik kot šolski avtobus
ai-fake-picture-photo-reason = Zelo presenetljive slike so namig. Preveri, ali jo kažejo tudi novice ali zanesljivo spletno mesto.
ai-fake-picture-perfect = Vse je gladko in popolno, kot igrača
ai-fake-picture-perfect-reason = Slike, ki jih naredi UI, so lahko preveč popolne. To je namig, zato preveri, preden verjameš.
ai-fake-picture-sign = Na avtobusu piše „SCHOLO BSU“
ai-fake-picture-sign-reason = Podrobnosti, ki niso prave, kot so pomešane črke, so namig, da je slika morda izmišljena.
ai-fake-picture-caption = Opis: RESNIČNO!!! Deli, preden izbrišejo!
ai-fake-picture-caption-reason = Pritisk, da hitro deliš, je opozorilni znak. Prave novice lahko počakajo, da preveriš.
ai-fake-picture-question = Komentar: Katera novičarska stran to ima?
ai-fake-picture-question-reason = Dobro vprašanje! Preveriti druge vire je prav to, kar je treba narediti.
ai-fake-picture-comment = Komentar: Pingvini niso tako veliki!
ai-fake-picture-comment-reason = Ta komentar upravičeno dvomi. Uporabiti, kar veš, je dobro preverjanje.

## Level 6: is it really them? (pick the reply)

level-ai-voice-message-title = Je to res ta oseba?
level-ai-voice-message-instruction = Glasove in videe je mogoče narediti z UI. Kaj narediš?
level-ai-voice-message-learned = UI lahko posnema glasove in obraze. Če sporočilo zahteva kode, denar ali hiter klik, preveri na drug način in povej odrasli osebi.
level-ai-voice-message-hint-1 = Ali glas, ki zveni prav, dokazuje, kdo govori?
level-ai-voice-message-hint-2 = Pri osebi preveri na drug način, ne z odgovorom na sporočilo.
level-ai-voice-message-hint-3 = Za pevko: to bi pisalo tudi na njeni strani.

ai-voice-message-cousin-prompt = Glasovno sporočilo zveni točno kot tvoj bratranec Leo: „Izgubil sem telefon! Pošlji mi bančno kodo svojih staršev, hitro!“
ai-voice-message-cousin-send = Pošljem: Leo je družina in zveni zaskrbljeno
ai-voice-message-cousin-send-reason = UI lahko posnema glas iz kratkega posnetka. In pravi bratranec ne bi prosil za bančno kodo.
ai-voice-message-cousin-check = Z odraslo osebo preverim pri Leu
ai-voice-message-cousin-check-reason = Pravilno. Ne zaupaj samo glasu. Odrasla oseba lahko Lea pokliče na številko, ki jo pozna.
ai-voice-message-cousin-delete-after = Pošljem kodo, a ga prosim, naj jo potem izbriše
ai-voice-message-cousin-delete-after-reason = Ko je enkrat poslano, nimaš več nadzora. Nikoli ne pošiljaj kod.
ai-voice-message-singer-prompt = Video kaže pevko Milo Star, ki pravi: „Klikni to povezavo in dobi brezplačno tablico!“
ai-voice-message-singer-click = Hitro kliknem, preden zmanjka vseh tablic
ai-voice-message-singer-click-reason = Naglica je opozorilni znak. Takšne videe lahko naredijo z UI, da te prevarajo.
ai-voice-message-singer-check = Najprej preverim njeno stran in novice
ai-voice-message-singer-check-reason = Ja. Če njena stran in novice tega ne pravijo, je video lažen.
ai-voice-message-singer-aunt = Prosim teto, naj klikne namesto mene
ai-voice-message-singer-aunt-reason = Težava je povezava, kdor koli jo klikne. Najprej preveri, nato odrasli osebi pokaži, zakaj.

## Level 7: AI helps, you decide (sort: good use / not OK)

level-ai-you-decide-title = UI pomaga, ti odločaš
level-ai-you-decide-instruction = Je to dober način uporabe UI za šolo ali ni v redu?
level-ai-you-decide-learned = UI ti lahko pomaga pri učenju. Razmišljaš ti, preveriš, kar pove, in upoštevaš pravila šole.
level-ai-you-decide-hint-1 = Vprašaj se: kdo tu razmišlja, jaz ali UI?
level-ai-you-decide-hint-2 = Uporabiti UI, da nekaj razumeš ali vadiš, je dobro. Oddati njeno delo kot svoje pa ne.
level-ai-you-decide-hint-3 = Prositi jo, naj razloži besedo, je dobra raba.

ai-you-decide-explain-word = Prosiš jo, naj razloži besedo, ki je ne poznaš
ai-you-decide-explain-word-reason = Če z UI nekaj bolje razumeš, se učiš. Preveri, ali je smiselno.
ai-you-decide-copy-story = Oddaš zgodbo, ki jo je napisala, kot svojo
ai-you-decide-copy-story-reason = To ni tvoje delo in nič se ne naučiš. Povej po resnici, kaj je naredila UI.
ai-you-decide-quiz = Prosiš jo za kvizna vprašanja za vajo
ai-you-decide-quiz-reason = Vaja z njenimi vprašanji lahko pomaga. Odgovore preveri v svojih zapiskih.
ai-you-decide-whole-homework = Pustiš ji, da naredi vso domačo nalogo
ai-you-decide-whole-homework-reason = Tako preskočiš razmišljanje, zaradi katerega je naloga. Najprej poskusi brez nje.
ai-you-decide-check-facts = Njena dejstva preveriš v knjigi ali na zanesljivi strani
ai-you-decide-check-facts-reason = UI se lahko moti. Preverjanje je tisto, kar naredi pameten uporabnik.
ai-you-decide-fake-photo = Narediš smešno lažno fotografijo sošolca
ai-you-decide-fake-photo-reason = Lažne slike resničnih ljudi jih lahko prizadenejo. UI nikoli ne uporabljaj za norčevanje iz drugih.
ai-you-decide-own-words = Dobiš zamisli, nato pišeš s svojimi besedami
ai-you-decide-own-words-reason = Dobro: zamisli ti pomagajo začeti, delo pa je tvoje.
ai-you-decide-against-rules = Uporabiš jo, čeprav je učitelj rekel, da ne
ai-you-decide-against-rules-reason = Šola odloča, kdaj se sme uporabljati UI. Upoštevaj njena pravila.
