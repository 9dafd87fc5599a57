# The "Kind Corner" world: being kind online, and what to do when someone is not.
# All people are made up. Keep the tone gentle: telling a trusted adult is always good.

world-kind-corner = Kutak dobrote

## Level 1: kind replies

level-kind-reply-title = Reci nešto lijepo
level-kind-reply-instruction = Svaki put odaberi najljepši odgovor.
level-kind-reply-learned = Lijepe riječi na internetu ljudima uljepšaju dan. Prije nego što objaviš, pitaj se: kako će se osjećati?
level-kind-reply-hint-1 = Zamisli da si ti ta druga osoba. Koji bi ti odgovor bio drag?
level-kind-reply-hint-2 = Lijep odgovor je prijateljski, iskren i govori o drugoj osobi, a ne o tebi.
level-kind-reply-hint-3 = Za Miu: pitanje o njezinu crtežu pokazuje da ga stvarno gledaš.

kind-reply-drawing-prompt = Tvoja prijateljica Mia objavi crtež svoje mačke. Što ćeš napisati?
kind-reply-drawing-praise = Obožavam boje! Kako si to nacrtala?
kind-reply-drawing-praise-reason = Lijepa i iskrena pohvala razveseli Miu. Pitanje pokazuje da stvarno gledaš crtež.
kind-reply-drawing-brother = Moj mlađi brat crta puno bolje od tebe.
kind-reply-drawing-brother-reason = To bi povrijedilo Miu. Čak i kao šala, zbog toga se loše osjeća zbog svog rada.
kind-reply-drawing-mine = Bolje pogledaj moj crtež!
kind-reply-drawing-mine-reason = Mia je htjela pokazati svoj crtež. Ovaj odgovor pretvara razgovor u razgovor o tebi.

kind-reply-game-prompt = U online igri tvoj suigrač Leo napravi pogrešku. Vaš tim izgubi.
kind-reply-game-blame = Zbog tebe smo svi izgubili, Leo! Hvala ti.
kind-reply-game-blame-reason = Svi griješe. Okrivljavati Lea pred timom čini da se osjeća grozno.
kind-reply-game-kick = Izbacimo Lea iz tima.
kind-reply-game-kick-reason = Isključiti nekoga zbog jedne pogreške nije lijepo. Igre su zabavnije kad je svatko dobrodošao.
kind-reply-game-cheer = Dobar pokušaj, Leo! Sljedeću ćemo dobiti.
kind-reply-game-cheer-reason = Prijateljska riječ nakon poraza razveseli cijeli tim. To je samo igra.

kind-reply-sad-prompt = Tvoja prijateljica iz razreda Eva piše: „danas me nitko ne voli“.
kind-reply-sad-drama = Prestani toliko dramatizirati.
kind-reply-sad-drama-reason = Eva ti govori da je tužna. Ovaj odgovor joj govori da njezini osjećaji nisu važni.
kind-reply-sad-message = Piši Evi: „Tu sam! Želiš razgovarati?“
kind-reply-sad-message-reason = Lijepa privatna poruka pokazuje Evi da je nekome stalo do nje. Ako se čini jako tužnom, reci i odrasloj osobi kojoj vjeruješ.
kind-reply-sad-scroll = Samo listaj dalje. Roditelji će to riješiti.
kind-reply-sad-scroll-reason = Eva se može osjećati još usamljenije, a roditelji možda ne znaju. Nekoliko lijepih riječi od tebe može mnogo pomoći.

## Level 2: kind or unkind comments

kind-bin-kind = Lijepo
kind-bin-unkind = Ružno

level-kind-comments-title = Lijepo ili ružno?
level-kind-comments-instruction = Razvrstaj svaki komentar: je li lijep ili ružan?
level-kind-comments-learned = Možeš reći što misliš i svejedno pisati lijepo. Zlobni komentari bole, čak i kao šala.
level-kind-comments-hint-1 = Pročitaj svaki komentar kao da ga je netko napisao tebi.
level-kind-comments-hint-2 = Lijepi komentari hvale, pomažu ili se pristojno ne slažu. Ružni zadirkuju ili ponižavaju.
level-kind-comments-hint-3 = Komentari o tome kako netko izgleda ili se kreće često su ružni, čak i kad su zamišljeni kao šala.

kind-comments-great-goal = Kakav super gol u tvom videu!
kind-comments-great-goal-reason = Pohvala za nešto što je netko dobro napravio čini ga ponosnim. To je lijepo.
kind-comments-weird-hair = Kosa ti na ovoj fotki izgleda baš čudno.
kind-comments-weird-hair-reason = Komentari o izgledu mogu jako povrijediti. Ono što se ne bi reklo nekome u lice ne treba ni objaviti.
kind-comments-get-well = Brzo ozdravi!
kind-comments-get-well-reason = Lijepe želje pokazuju da ti je stalo do nekoga. To je lijepo.
kind-comments-nobody-asked = Nitko te nije pitao za mišljenje.
kind-comments-nobody-asked-reason = To nekome poručuje da šuti i da nije važan. To je ružno.
kind-comments-different-ending = Draži mi je drugi kraj, ali priča je bila zabavna!
kind-comments-different-ending-reason = Možeš se ne slagati i svejedno pisati lijepo. Ovaj je komentar iskren i prijateljski.
kind-comments-penguin = Ha-ha, trčiš kao pingvin!
kind-comments-penguin-reason = Smijati se tome kako se netko kreće jest zadirkivanje. Može povrijediti, čak i ako je zamišljeno kao šala.
kind-comments-thanks-help = Hvala što si mi pomogao s domaćom zadaćom!
kind-comments-thanks-help-reason = Zahvala ljude razveseli što su pomogli. To je lijepo.

## Level 3: when someone keeps sending you mean messages

level-kind-when-bullied-title = Zlobne poruke
level-kind-when-bullied-instruction = Netko ti stalno šalje zlobne poruke. Je li ovo dobro učiniti ili bolje ne?
level-kind-when-bullied-learned = Ne odgovaraj, sačuvaj dokaze, blokiraj, prijavi i u bilo kojem trenutku reci odrasloj osobi kojoj vjeruješ. Nikad nije tvoja krivnja.
level-kind-when-bullied-hint-1 = Što od ovoga zaustavlja poruke, čuva dokaze ili ti donosi pomoć?
level-kind-when-bullied-hint-2 = Dobri koraci čuvaju dokaze, zaustavljaju poruke i donose ti pomoć. Uzvraćanje ili skrivanje ne pomažu.
level-kind-when-bullied-hint-3 = Reći odrasloj osobi kojoj vjeruješ uvijek je dobro, u bilo kojem trenutku.

kind-bin-good-step = Dobro je
kind-bin-not-step = Bolje ne

kind-when-bullied-no-reply = Ne odgovaraj na zlobne poruke.
kind-when-bullied-no-reply-reason = Zlobne poruke traže reakciju. Ako ne odgovoriš, ne dobiju ništa.
kind-when-bullied-screenshot = Napravi snimke zaslona kao dokaz.
kind-when-bullied-screenshot-reason = Dokazi pokazuju što se dogodilo. Napravi snimke zaslona prije blokiranja: blokiranje može sakriti poruke.
kind-when-bullied-hit-back = Pošalji nešto zlobno natrag.
kind-when-bullied-hit-back-reason = To može pogoršati stvari i daje im reakciju koju žele.
kind-when-bullied-block = Blokiraj tu osobu.
kind-when-bullied-block-reason = Tada ti zlobne poruke prestaju stizati.
kind-when-bullied-tell = Reci odrasloj osobi kojoj vjeruješ i pokaži joj.
kind-when-bullied-tell-reason = Dobro je u bilo kojem trenutku: na početku, na kraju ili između. S ovim se nikad ne moraš nositi bez pomoći.
kind-when-bullied-secret = Čuvaj to u tajnosti i nadaj se da će prestati.
kind-when-bullied-secret-reason = Ne moraš to nositi u sebi. Reci odrasloj osobi kojoj vjeruješ. Ništa od ovoga nije tvoja krivnja.
kind-when-bullied-report = Prijavi tu osobu u aplikaciji.
kind-when-bullied-report-reason = Aplikacija je može upozoriti ili zaustaviti. Tvoje snimke zaslona pomažu.
kind-when-bullied-delete-all = Odmah obriši sve poruke.
kind-when-bullied-delete-all-reason = Tada dokazi nestaju. Prvo napravi snimke zaslona, zatim blokiraj i prijavi.

## Level 4: when you see someone else being treated badly

level-kind-bystander-title = Stani uz druge
level-kind-bystander-instruction = Vidiš da se prema nekome loše ponašaju. Odaberi što je najbolje učiniti.
level-kind-bystander-learned = Ne pridružuj se. Pokaži ljubaznost prema toj osobi i reci odrasloj osobi kojoj vjeruješ. To jako pomaže.
level-kind-bystander-hint-1 = Razmisli o osobi prema kojoj se loše ponašaju. Što bi joj pomoglo?
level-kind-bystander-hint-2 = Pridružiti se ili šutjeti ne pomaže. Ljubaznost i traženje pomoći pomažu.
level-kind-bystander-hint-3 = Franu jednostavan poziv može uljepšati cijeli dan.

kind-bystander-chat-prompt = U grupnom razgovoru tvog razreda neka djeca stalno se rugaju Noi.
kind-bystander-chat-join = Pošalji i ti smajlić koji se smije.
kind-bystander-chat-join-reason = Čak i jedan smajlić koji se smije znači pridruživanje. Noa osjeća da su svi protiv njega.
kind-bystander-chat-silent = Ništa ne reci. Učitelj će to ionako vidjeti.
kind-bystander-chat-silent-reason = Učitelji ne čitaju svaki razgovor, a Noa može misliti da se svi slažu. Ti reci odrasloj osobi kojoj vjeruješ.
kind-bystander-chat-support = Napiši Noi nešto lijepo, reci odraslima.
kind-bystander-chat-support-reason = Lijepa poruka pokazuje Noi da nije sam. Odrasla osoba kojoj vjeruješ može pomoći da zadirkivanje prestane.

kind-bystander-photo-prompt = Netko dijeli smiješnu fotografiju tvoje prijateljice iz razreda Lare da joj se smiju.
kind-bystander-photo-share = Podijeli je s još prijatelja.
kind-bystander-photo-share-reason = Svako dijeljenje širi fotografiju dalje i još više povrijedi Laru. Nitko ne bi smio dijeliti nečiju fotografiju da bi joj se drugi smijali.
kind-bystander-photo-stop = Prijavi je i reci odrasloj osobi.
kind-bystander-photo-stop-reason = Fotografija se zaustavlja kod tebe. Prijava može dovesti do uklanjanja, a odrasla osoba može pomoći Lari.
kind-bystander-photo-like = Lajkaj je jer su je svi drugi lajkali.
kind-bystander-photo-like-reason = Lajk pošiljatelju govori da je fotografija smiješna. To ga može potaknuti da objavi još.

kind-bystander-game-prompt = Neka djeca namjerno ne puštaju Frana u online igru.
kind-bystander-game-invite = Pozovi Frana da igra s tobom.
kind-bystander-game-invite-reason = Jednostavan poziv može Franu uljepšati dan. Ako ga i dalje isključuju, reci odrasloj osobi kojoj vjeruješ.
kind-bystander-game-along = Igraj bez njega. Njihova igra, njihova pravila.
kind-bystander-game-along-reason = Namjerno isključivanje boli. Ako se povedeš za njima, Fran se osjeća još usamljenije.
kind-bystander-game-pretend = Pravi se da ništa ne vidiš.
kind-bystander-game-pretend-reason = Lako je pogledati na drugu stranu, ali Fran se i dalje osjeća isključeno. Mala lijepa gesta može mu pomoći.

## Level 5: a class group chat

level-kind-group-chat-title = Razgovor razreda
level-kind-group-chat-instruction = Dodirni svaku ružnu poruku u ovom razgovoru razreda.
level-kind-group-chat-learned = Ruganje, isključivanje, dijeljenje fotografija bez pitanja i smijanje s drugima ružni su. Ne pridružuj se.
level-kind-group-chat-hint-1 = Pročitaj svaku poruku. Kako bi se Luka osjećao dok je čita?
level-kind-group-chat-hint-2 = Ružne poruke rugaju se nekome, isključuju ga ili dijele njegovu fotografiju.
level-kind-group-chat-hint-3 = Bruno piše dvije od ružnih poruka.

kind-group-chat-trip = Mia: Tko je spreman za sutrašnji izlet?
kind-group-chat-trip-reason = Prijateljsko pitanje cijelom razredu. Ova poruka je u redu.
kind-group-chat-bottle = Leo: Ja! Ne zaboravite bočice s vodom.
kind-group-chat-bottle-reason = Korisan podsjetnik za sve. Ova poruka je u redu.
kind-group-chat-shoes = Bruno: Jeste vidjeli Lukine tenisice danas? Grozne haha
kind-group-chat-shoes-reason = Ovo ismijava Luku pred cijelim razredom. Ne pridružuj se i pokaži Luki ljubaznost.
kind-group-chat-laugh = Maks: HAHAHA (pet smajlića koji se smiju)
kind-group-chat-laugh-reason = Smijanje s drugima još dodaje i pogoršava zadirkivanje. Ne sudjelovati već je bolje.
kind-group-chat-homework = Fran: Može li mi netko poslati stranicu sa zadaćom?
kind-group-chat-homework-reason = Tražiti pomoć sa zadaćom je u redu. Razgovori razreda odlični su za to.
kind-group-chat-photo = Bruno: Gledajte! Fotka kako se Luka spotiče u dvorištu.
kind-group-chat-photo-reason = Luka nije pristao da se ova fotografija dijeli. Pitaj prije nego što podijeliš nečiju fotografiju, a za ovu reci odrasloj osobi.
kind-group-chat-party = Eva: Zabava kod mene! Ne zovite Luku.
kind-group-chat-party-reason = Govoriti svima da isključe Luku jako ga boli. Nitko ne bi smio biti namjerno isključen.
kind-group-chat-thanks = Lara: Luka mi je danas pomogao s projektom. Hvala, Luka!
kind-group-chat-thanks-reason = Zahvaliti pred razredom je lijepo. Ova poruka je u redu.
