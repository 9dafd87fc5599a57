# The "Kind Corner" world: being kind online, and what to do when someone is not. Item texts
# stay short (about 60 characters). All people are made up. Keep the tone gentle.

world-kind-corner = Laipnības stūrītis

## Level 1: kind replies (pick_reply)

level-kind-reply-title = Pasaki kaut ko laipnu
level-kind-reply-instruction = Katru reizi izvēlies laipnāko atbildi.
level-kind-reply-learned = Laipni vārdi internetā cilvēkiem dara prieku. Pirms publicē, pajautā sev: kā viņi jutīsies?
level-kind-reply-hint-1 = Iedomājies, ka tu esi otrs cilvēks. Kādu atbildi tu gribētu saņemt?
level-kind-reply-hint-2 = Laipna atbilde ir draudzīga, godīga un par otru cilvēku, nevis par tevi.
level-kind-reply-hint-3 = Annai: jautājums par viņas zīmējumu parāda, ka tu tiešām to aplūkoji.

kind-reply-drawing-prompt = Tava draudzene Anna publicē zīmējumu ar savu kaķi. Ko tu raksti?
kind-reply-drawing-praise = Man patīk krāsas! Kā tu to uzzīmēji?
kind-reply-drawing-praise-reason = Laipna un patiesa uzslava iepriecina Annu. Jautājums parāda, ka tu tiešām aplūkoji.
kind-reply-drawing-brother = Mans mazais brālis zīmē labāk nekā šis.
kind-reply-drawing-brother-reason = Tas sāpinātu Annu. Pat kā joks tas liek viņai justies slikti par savu darbu.
kind-reply-drawing-mine = Labāk paskaties uz manu zīmējumu!
kind-reply-drawing-mine-reason = Anna gribēja dalīties ar savu zīmējumu. Šī atbilde pārvērš sarunu par tevi.

kind-reply-game-prompt = Tiešsaistes spēlē tavs komandas biedrs Emīls kļūdās. Tava komanda zaudē.
kind-reply-game-blame = Tavis dēļ mēs zaudējām, Emīl! Paldies tev.
kind-reply-game-blame-reason = Visi kļūdās. Vainot Emīlu komandas priekšā liek viņam justies briesmīgi.
kind-reply-game-kick = Izmetīsim Emīlu no komandas.
kind-reply-game-kick-reason = Atstumt kādu vienas kļūdas dēļ nav laipni. Spēles ir jautrākas, kad visi ir gaidīti.
kind-reply-game-cheer = Labs mēģinājums, Emīl! Nākamo uzvarēsim.
kind-reply-game-cheer-reason = Draudzīgs vārds pēc zaudējuma uzmundrina visu komandu. Tā ir tikai spēle.

kind-reply-sad-prompt = Tava klasesbiedrene Elza publicē: „šodien mani neviens nemīl”.
kind-reply-sad-drama = Beidz tēlot drāmu.
kind-reply-sad-drama-reason = Elza tev saka, ka viņai ir skumji. Šī atbilde viņai saka, ka viņas jūtas nav svarīgas.
kind-reply-sad-message = Uzrakstīt Elzai: „Tu man patīc! Parunāsim?”
kind-reply-sad-message-reason = Laipna privāta ziņa parāda Elzai, ka kādam viņa rūp. Ja viņa šķiet ļoti bēdīga, pastāsti arī pieaugušajam, kam uzticies.
kind-reply-sad-scroll = Ritināt tālāk. Viņas vecāki jau to visu nokārtos.
kind-reply-sad-scroll-reason = Elza var justies vēl vientuļāka, un viņas vecāki varbūt nezina. Daži laipni vārdi no tevis var ļoti palīdzēt.

## Level 2: kind or unkind comments (sort)

kind-bin-kind = Laipns
kind-bin-unkind = Nelaipns

level-kind-comments-title = Laipns vai nelaipns?
level-kind-comments-instruction = Sašķiro katru komentāru: vai tas ir laipns vai nelaipns?
level-kind-comments-learned = Tu vari pateikt savas domas un tomēr runāt laipni. Ļauni komentāri sāp, pat ja tie ir joks.
level-kind-comments-hint-1 = Izlasi katru komentāru tā, it kā kāds to būtu uzrakstījis tev.
level-kind-comments-hint-2 = Laipni komentāri uzslavē, palīdz vai pieklājīgi nepiekrīt. Nelaipni ķircina vai pazemo.
level-kind-comments-hint-3 = Komentāri par to, kā kāds izskatās vai kustas, bieži ir nelaipni, pat ja domāti kā joks.

kind-comments-great-goal = Kāds lielisks vārtu guvums tavā video!
kind-comments-great-goal-reason = Uzslava par to, kas kādam izdevies, liek lepoties. Tas ir laipni.
kind-comments-weird-hair = Tavi mati šajā bildē izskatās tik dīvaini.
kind-comments-weird-hair-reason = Komentāri par izskatu var ļoti sāpināt. Ja tu to neteiktu acīs, nepublicē to.
kind-comments-get-well = Ātru izveseļošanos!
kind-comments-get-well-reason = Vēlēt kādam labu parāda, ka tev viņš rūp. Tas ir laipni.
kind-comments-nobody-asked = Neviens neprasīja tavu viedokli.
kind-comments-nobody-asked-reason = Tas kādam liek apklust un saka, ka viņš nav svarīgs. Tas ir nelaipni.
kind-comments-different-ending = Man labāk patiktu citas beigas, bet stāsts bija jautrs!
kind-comments-different-ending-reason = Tu vari nepiekrist un tomēr runāt laipni. Šis komentārs ir godīgs un draudzīgs.
kind-comments-penguin = Ha ha, tu skrien kā pingvīns!
kind-comments-penguin-reason = Smieties par to, kā kāds kustas, ir ķircināšana. Tas var sāpināt, pat ja domāts kā joks.
kind-comments-thanks-help = Paldies, ka palīdzēji man ar mājasdarbu!
kind-comments-thanks-help-reason = Pateikties liek cilvēkiem priecāties, ka palīdzēja. Tas ir laipni.

## Level 3: when someone keeps sending you mean messages (sort)

level-kind-when-bullied-title = Ļaunas ziņas
level-kind-when-bullied-instruction = Kāds tev sūta ļaunas ziņas atkal un atkal. Vai to ir labi darīt, vai labāk ne?
level-kind-when-bullied-learned = Neatbildi, saglabā pierādījumus, bloķē, ziņo un jebkurā brīdī pastāsti pieaugušajam, kam uzticies. Tā nekad nav tava vaina.
level-kind-when-bullied-hint-1 = Kas no šī aptur ziņas, saglabā pierādījumus vai dod tev palīdzību?
level-kind-when-bullied-hint-2 = Labi soļi saglabā pierādījumus, aptur ziņas un dod tev palīdzību. Atriebties vai slēpt nepalīdz.
level-kind-when-bullied-hint-3 = Pastāstīt pieaugušajam, kam uzticies, vienmēr ir pareizi, jebkurā brīdī.

kind-bin-good-step = Labi darīt
kind-bin-not-step = Labāk ne

kind-when-bullied-no-reply = Neatbildēt uz ļaunajām ziņām.
kind-when-bullied-no-reply-reason = Ļaunas ziņas grib reakciju. Ja tu neatbildi, tās neko nedabū.
kind-when-bullied-screenshot = Uzņemt ekrānuzņēmumus kā pierādījumus.
kind-when-bullied-screenshot-reason = Pierādījumi parāda, kas notika. Uzņem ekrānuzņēmumus pirms bloķēšanas: bloķēšana var paslēpt ziņas.
kind-when-bullied-hit-back = Aizsūtīt atpakaļ kaut ko ļaunu.
kind-when-bullied-hit-back-reason = Tas var padarīt visu sliktāku un dod viņiem tieši to reakciju, ko viņi grib.
kind-when-bullied-block = Bloķēt šo cilvēku.
kind-when-bullied-block-reason = Tad ļaunās ziņas vairs nenāk pie tevis.
kind-when-bullied-tell = Pastāstīt pieaugušajam, kam uzticos, un parādīt.
kind-when-bullied-tell-reason = Pareizi jebkurā brīdī: pirmais, pēdējais vai pa vidu. Tev nekad nav ar to jātiek galā vienatnē.
kind-when-bullied-secret = Paturēt to noslēpumā un cerēt, ka beigsies.
kind-when-bullied-secret-reason = Tev nav ar to jātiek galā vienatnē. Pastāsti pieaugušajam, kam uzticies. Tā nekad nav tava vaina.
kind-when-bullied-report = Ziņot par viņu lietotnē.
kind-when-bullied-report-reason = Lietotne var brīdināt vai apturēt šo cilvēku. Tavi ekrānuzņēmumi palīdz.
kind-when-bullied-delete-all = Uzreiz izdzēst visas ziņas.
kind-when-bullied-delete-all-reason = Tad pierādījumi ir pazuduši. Vispirms uzņem ekrānuzņēmumus, tad bloķē un ziņo.

## Level 4: when you see someone else being treated badly (pick_reply)

level-kind-bystander-title = Nostājies blakus
level-kind-bystander-instruction = Tu redzi, ka pret kādu izturas slikti. Izvēlies labāko, ko darīt.
level-kind-bystander-learned = Nepiedalies. Izturies laipni pret šo cilvēku un pastāsti pieaugušajam, kam uzticies. Tas ļoti palīdz.
level-kind-bystander-hint-1 = Padomā par to, pret kuru izturas slikti. Kas viņam palīdzētu?
level-kind-bystander-hint-2 = Piedalīšanās vai klusēšana nepalīdz. Laipnība un palīdzības meklēšana palīdz.
level-kind-bystander-hint-3 = Markusam vienkāršs uzaicinājums var padarīt dienu labāku.

kind-bystander-chat-prompt = Tavas klases grupas tērzēšanā daži bērni atkal un atkal izsmej Ralfu.
kind-bystander-chat-join = Arī aizsūtīt smejošu emocijzīmi.
kind-bystander-chat-join-reason = Pat viena smejoša emocijzīme ir piedalīšanās. Ralfs jūt, ka visi ir pret viņu.
kind-bystander-chat-silent = Neko neteikt. Skolotājs to tāpat kaut kad redzēs.
kind-bystander-chat-silent-reason = Skolotāji nelasa visas sarunas, un Ralfs var domāt, ka visi piekrīt. Pastāsti par to pieaugušajam, kam uzticies.
kind-bystander-chat-support = Laipni uzrakstīt Ralfam, pateikt pieaugušajam.
kind-bystander-chat-support-reason = Laipna ziņa parāda Ralfam, ka viņš nav viens. Pieaugušais, kam uzticies, var palīdzēt apturēt izsmiešanu.

kind-bystander-photo-prompt = Kāds izplata muļķīgu bildi ar tavu klasesbiedreni Zani, lai par viņu pasmietos.
kind-bystander-photo-share = Aizsūtīt to vēl citiem draugiem.
kind-bystander-photo-share-reason = Katra dalīšanās izplata bildi tālāk un sāpina Zani vēl vairāk. Nevienam nevajadzētu dalīties ar kāda bildi, lai par viņu smietos.
kind-bystander-photo-stop = Ziņot par to un pastāstīt pieaugušajam.
kind-bystander-photo-stop-reason = Pie tevis bilde apstājas. Ziņojums var panākt, ka to noņem, un pieaugušais var palīdzēt Zanei.
kind-bystander-photo-like = Atzīmēt „patīk”, jo visi pārējie arī atzīmēja.
kind-bystander-photo-like-reason = „Patīk” sūtītājam saka, ka bilde ir smieklīga. Tas var mudināt publicēt vēl.

kind-bystander-game-prompt = Daži bērni tīšām neņem Markusu tiešsaistes spēlē.
kind-bystander-game-invite = Uzaicināt Markusu spēlēt kopā.
kind-bystander-game-invite-reason = Vienkāršs uzaicinājums var padarīt Markusa dienu labāku. Ja viņu joprojām atstumj, pastāsti pieaugušajam, kam uzticies.
kind-bystander-game-along = Spēlēt bez viņa. Viņu spēle, viņu noteikumi.
kind-bystander-game-along-reason = Tīšām kādu atstumt sāp. Ja tu piedalies, Markuss jūtas vēl vientuļāks.
kind-bystander-game-pretend = Izlikties, ka neko neredzēji.
kind-bystander-game-pretend-reason = Novērsties ir viegli, bet Markuss joprojām jūtas atstumts. Mazs laipns darbs var viņam palīdzēt.

## Level 5: a class group chat (spot_flags, screen: group_chat)

level-kind-group-chat-title = Klases tērzēšana
level-kind-group-chat-instruction = Pieskaries katrai nelaipnai ziņai šajā klases tērzēšanā.
level-kind-group-chat-learned = Izsmiet, atstumt, dalīties ar bildēm bez atļaujas un smieties līdzi ir nelaipni. Nepiedalies.
level-kind-group-chat-hint-1 = Izlasi katru ziņu. Kā Toms justos, to lasot?
level-kind-group-chat-hint-2 = Nelaipnas ziņas izsmej kādu, atstumj viņu vai dalās ar viņa bildi.
level-kind-group-chat-hint-3 = Kārlis uzraksta divas no nelaipnajām ziņām.

kind-group-chat-trip = Anna: Kurš ir gatavs rītdienas ekskursijai?
kind-group-chat-trip-reason = Draudzīgs jautājums visai klasei. Šī ziņa ir kārtībā.
kind-group-chat-bottle = Emīls: Es! Neaizmirstiet ūdens pudeles.
kind-group-chat-bottle-reason = Noderīgs atgādinājums visiem. Šī ziņa ir kārtībā.
kind-group-chat-shoes = Kārlis: Redzējāt Toma kurpes šodien? Briesmīgas lol
kind-group-chat-shoes-reason = Tas izsmej Tomu visas klases priekšā. Nepiedalies un izturies pret Tomu laipni.
kind-group-chat-laugh = Maksis: HAHAHA (piecas smejošas emocijzīmes)
kind-group-chat-laugh-reason = Smiešanās līdzi pastiprina ķircināšanu. Palikt malā jau ir labāk.
kind-group-chat-homework = Markuss: Vai kāds var atsūtīt mājasdarba lapu?
kind-group-chat-homework-reason = Lūgt palīdzību ar mājasdarbu ir labi. Klases tērzēšana tam ir lieliska.
kind-group-chat-photo = Kārlis: Skatieties! Bilde, kā Toms paklūp skolas pagalmā.
kind-group-chat-photo-reason = Toms nepiekrita, ka šo bildi izplata. Pajautā, pirms dalies ar kāda bildi, un pastāsti par šo pieaugušajam.
kind-group-chat-party = Elza: Ballīte pie manis! Tomu neaiciniet.
kind-group-chat-party-reason = Likt visiem atstumt Tomu viņu ļoti sāpina. Nevienu nevajadzētu tīšām atstumt.
kind-group-chat-thanks = Zane: Toms šodien man palīdzēja ar projektu. Paldies, Tom!
kind-group-chat-thanks-reason = Pateikties klases priekšā ir laipni. Šī ziņa ir kārtībā.
