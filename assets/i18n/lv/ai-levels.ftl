# The "AI and Me" world. Item texts stay short (about 60 characters at most). All people,
# apps and accounts are made up. The teach-the-robot cards are in training.ftl.

world-ai-and-me = MI un es

ai-bin-ok-to-ask = Drīkst jautāt
ai-bin-good-use = Labs lietojums
ai-bin-not-ok = Nav labi

## Level 2: what to tell a chatbot (sort)

level-ai-what-to-tell-title = Saruna ar tērzēšanas robotu
level-ai-what-to-tell-instruction = Vai to drīkst jautāt tērzēšanas robotam, vai labāk paturēt pie sevis?
level-ai-what-to-tell-learned = Jautā tērzēšanas robotam par pasauli, nevis par sevi. Vārdi, adreses, bildes, paroles un noslēpumi paliek privāti.
level-ai-what-to-tell-hint-1 = Pajautā sev: vai tas ir par pasauli vai par mani un maniem draugiem?
level-ai-what-to-tell-hint-2 = Uzņēmums, kuram pieder tērzēšanas robots, var izlasīt, ko tu raksti. Paturi pie sevis visu, kas parāda, kas tu esi.
level-ai-what-to-tell-hint-3 = Par stāstu ar pūķi drīkst jautāt. Par tavu adresi – ne.

ai-what-to-tell-volcano = Kā darbojas vulkāni?
ai-what-to-tell-volcano-reason = Jautājums par pasauli neko neatklāj. Pārbaudi atbildi arī grāmatā.
ai-what-to-tell-address = Tava mājas adrese
ai-what-to-tell-address-reason = Tērzēšanas robotam nav jāzina, kur tu dzīvo. Uzņēmums aiz tā var izlasīt, ko tu raksti.
ai-what-to-tell-name-school = Tavs pilnais vārds un tava skola
ai-what-to-tell-name-school-reason = Kopā tie pasaka ikvienam, kas tos lasa, kas tu esi un kur tevi atrast. Paturi tos privātus.
ai-what-to-tell-dragon = Idejas stāstam par pūķi
ai-what-to-tell-dragon-reason = Lūgt idejas ir labi. Pēc tam padari stāstu par savu.
ai-what-to-tell-password = Tava parole, lai tas to atcerētos
ai-what-to-tell-password-reason = Tērzēšanas robotam tava parole nekad nav vajadzīga. Paturi to pie sevis un pieaugušā, kas tev ar to palīdz.
ai-what-to-tell-face-photo = Tavas sejas bilde
ai-what-to-tell-face-photo-reason = Tava bilde ir personiska. Nedod to tērzēšanas robotiem un pirms dalīšanās ar bildēm pajautā pieaugušajam, kam uzticies.
ai-what-to-tell-perimeter = Ko nozīmē „perimetrs”?
ai-what-to-tell-perimeter-reason = Jautāt, ko nozīmē vārds, ir labi. Tavs skolotājs var kopā ar tevi pārbaudīt atbildi.
ai-what-to-tell-friend-secret = Noslēpums, ko tev uzticēja draugs
ai-what-to-tell-friend-secret-reason = Tas ir tava drauga noslēpums. Tas nav tavs, lai ar to dalītos – ne ar robotu, ne ar kādu citu.

## Level 1: teach the robot (train_robot)

level-ai-teach-the-robot-title = Iemāci robotam
level-ai-teach-the-robot-instruction = Sašķiro kartītes, lai iemācītu robotam, kas ir kaķis. Tad pārbaudi to.
level-ai-teach-the-robot-learned = Robots mācās tikai no saviem piemēriem. Parādi tam daudz dažādu kaķu, un tas pazīs arī jaunus kaķus.
level-ai-teach-the-robot-hint-1 = Paskaties uz kaķiem, no kuriem robots mācījās. Ar ko tie visi ir līdzīgi?
level-ai-teach-the-robot-hint-2 = Visi kaķi, ko tas redzēja, bija mazi un rudi. Tam vajag kaķus, kas izskatās citādi.
level-ai-teach-the-robot-hint-3 = Pievieno kaķi, kas ir pelēks, liels vai pūkains.

## Level 3: sure, but wrong (pick the reply)

level-ai-chatbot-sure-title = Pārliecināts, bet kļūdās
level-ai-chatbot-sure-instruction = Tērzēšanas robots izklausās ļoti pārliecināts. Ko tu dari?
level-ai-chatbot-sure-learned = Tērzēšanas robots var izklausīties pārliecināts un tomēr kļūdīties. Pārbaudi grāmatā vai uzticamā vietnē vai pajautā pieaugušajam.
level-ai-chatbot-sure-hint-1 = Vai tas, ka kaut kas izklausās pārliecināti, padara to patiesu?
level-ai-chatbot-sure-hint-2 = Pārbaudi avotā, kas nav tērzēšanas robots.
level-ai-chatbot-sure-hint-3 = Par zirnekli: dabaszinību grāmata tev to pateiks.

ai-chatbot-sure-spider-prompt = Mājasdarbam tu jautā tērzēšanas robotam: „Vai zirneklis ir kukainis?” Tas atbild: „Jā, zirnekļi ir kukaiņi.”
ai-chatbot-sure-spider-copy = Pierakstīt. Tas izklausās ļoti pārliecināts.
ai-chatbot-sure-spider-copy-reason = Izklausīties pārliecinātam nenozīmē būt pareizi. Zirnekļiem ir 8 kājas, kukaiņiem – 6.
ai-chatbot-sure-spider-check = Pārbaudīt dabaszinību grāmatā vai uzticamā vietnē
ai-chatbot-sure-spider-check-reason = Pareizi! Cits avots parāda, ka robots kļūdījās: zirnekļi nav kukaiņi.
ai-chatbot-sure-spider-ask-again = Pajautāt robotam: „Vai esi pārliecināts?”
ai-chatbot-sure-spider-ask-again-reason = Tas var vienkārši atkal pateikt „jā”. Pārbaudi avotā, kas nav tērzēšanas robots.
ai-chatbot-sure-talk-prompt = Tērzēšanas robots tev iedod apbrīnojamu faktu tavai uzstāšanās reizei. Nekur citur tu to nevari atrast.
ai-chatbot-sure-talk-use-it = Izmantot: robots noteikti zina, ko mēs nezinām
ai-chatbot-sure-talk-use-it-reason = Tērzēšanas roboti var izdomāt faktus, kas izklausās patiesi. Ja neviens cits to nesaka, izlaid to.
ai-chatbot-sure-talk-leave-out = Izlaist vai pajautāt par to skolotājam
ai-chatbot-sure-talk-leave-out-reason = Labi. Fakts, ko nevar pārbaudīt, nav gatavs tavai uzstāšanās reizei.
ai-chatbot-sure-talk-tell-friends = Pastāstīt draugiem, ka tā ir patiesība
ai-chatbot-sure-talk-tell-friends-reason = Tā izplatās fakts, ko neviens nav pārbaudījis. Vispirms pārbaudi.

## Level 4: why this video? (pick the reply)

level-ai-why-this-video-title = Kāpēc šis video?
level-ai-why-this-video-instruction = Noskaidro, kāpēc lietotne rāda tev to, ko rāda.
level-ai-why-this-video-learned = Lietotnes mācās no tā, ko tu skaties, atzīmē ar „patīk” un meklē. Meklē jaunas lietas un pasaki lietotnei, ko tu negribi.
level-ai-why-this-video-hint-1 = Padomā, ko tu lietotnē darīji pirms tam.
level-ai-why-this-video-hint-2 = Lietotne izvēlas video pēc tā, ko tu skaties, atzīmē ar „patīk” un meklē.
level-ai-why-this-video-hint-3 = Lai redzētu ko citu, parādi lietotnei citas lietas, kas tev patīk.

ai-why-this-video-cakes-prompt = Tu noskatījies līdz galam trīs video par kūkām. Tagad lietotne tev rāda daudz video par kūkām.
ai-why-this-video-cakes-everyone = Visa pasaule šodien skatās kūkas
ai-why-this-video-cakes-everyone-reason = Maz ticams! Lietotne izvēlas video tieši tev pēc tā, ko tu darīji.
ai-why-this-video-cakes-learned = Lietotne mācījās no tā, ko tu skatījies
ai-why-this-video-cakes-learned-reason = Pareizi. Lietotnes izmanto to, ko tu skaties, atzīmē un meklē, lai izvēlētos nākamo.
ai-why-this-video-cakes-teacher = Tavs skolotājs pateica lietotnei, ka tev garšo kūkas
ai-why-this-video-cakes-teacher-reason = Nē. Lietotne to iemācījās no taviem pieskārieniem un skatījumiem.
ai-why-this-video-more-prompt = Tu gribi redzēt ne tikai kūkas. Kas palīdz?
ai-why-this-video-more-search = Meklēt ko jaunu, pieskarties „Neinteresē”
ai-why-this-video-more-search-reason = Jā! Lietotne mācās arī no tā. Daudzās lietotnēs ir poga, piemēram, „Neinteresē”.
ai-why-this-video-more-more-cakes = Skatīties vēl vairāk video par kūkām
ai-why-this-video-more-more-cakes-reason = Tas māca lietotnei, ka tu gribi tikai kūkas.
ai-why-this-video-more-scroll = Ritināt tālāk: lietotne drīz mainīsies pati
ai-why-this-video-more-scroll-reason = Lietotne turpina izvēlēties pēc tā, ko tu darīji iepriekš. Parādi tai, kas vēl tev patīk.
ai-why-this-video-feel-bad-prompt = Kāds video veids, ko lietotne tev rāda atkal un atkal, liek tev justies slikti par sevi.
ai-why-this-video-feel-bad-keep-watching = Skatīties tālāk, lai neko nepalaistu garām
ai-why-this-video-feel-bad-keep-watching-reason = Ja skaties vairāk, lietotne rāda vairāk tā paša. Apstājies un ieturi pauzi.
ai-why-this-video-feel-bad-share = Dalīties ar draugiem: vai viņiem arī kļūst slikti?
ai-why-this-video-feel-bad-share-reason = Tā izplatās sliktā sajūta. Beidz skatīties un parunā ar kādu, kam uzticies.
ai-why-this-video-feel-bad-stop-tell = Beigt skatīties un pastāstīt pieaugušajam
ai-why-this-video-feel-bad-stop-tell-reason = Labi. Tas, kā tu jūties, ir svarīgāk par lietotni. Pieaugušais var palīdzēt mainīt to, ko tā rāda.

## Level 5: real or made by AI? (red flags on a photo post)

level-ai-fake-picture-title = Īsts vai MI veidots?
level-ai-fake-picture-instruction = Pieskaries katrai pazīmei, ka šo attēlu, iespējams, veidojis MI vai tas nav patiess.
level-ai-fake-picture-learned = MI var radīt attēlus, kas izskatās īsti. Meklē pazīmes, pārbaudi citus avotus un pajautā pieaugušajam, kad šaubies.
level-ai-fake-picture-hint-1 = Vai šis attēls tevi pārsteigtu īstajā dzīvē?
level-ai-fake-picture-hint-2 = Pārsteidzošs, pārāk perfekts, nepareizas detaļas un spiediens ātri dalīties – tās visas ir pazīmes.
level-ai-fake-picture-hint-3 = Uzmanīgi izlasi uzrakstu uz autobusa.

ai-fake-picture-account = Publicēja: @pic_planet, šodien 10:02
ai-fake-picture-account-reason = Vārds un laiks vien nepasaka, vai attēls ir īsts. Skaties uz pašu attēlu.
ai-fake-picture-photo = Bilde: pingvīns, kas ir tikpat garš kā skolas autobuss
ai-fake-picture-photo-reason = Ļoti pārsteidzoši attēli ir pazīme. Pārbaudi, vai ziņas vai uzticama vietne to arī rāda.
ai-fake-picture-perfect = Viss izskatās gluds un perfekts kā rotaļlieta
ai-fake-picture-perfect-reason = MI veidoti attēli var izskatīties pārāk perfekti. Tā ir pazīme, tāpēc pārbaudi, pirms tici.
ai-fake-picture-sign = Uzraksts uz autobusa: „SKLOAS ABTUSOBS”
ai-fake-picture-sign-reason = Detaļas, kas nav pareizas, piemēram, sajaukti burti, ir pazīme, ka attēls var būt izdomāts.
ai-fake-picture-caption = Paraksts: ĪSTS!!! Dalies, pirms to izdzēš!
ai-fake-picture-caption-reason = Spiediens ātri dalīties ir brīdinājuma zīme. Īstas ziņas var pagaidīt, kamēr tu pārbaudi.
ai-fake-picture-question = Komentārs: Kurā ziņu vietnē tas ir?
ai-fake-picture-question-reason = Labs jautājums! Pārbaudīt citus avotus ir pareizi.
ai-fake-picture-comment = Komentārs: Pingvīni nav tik lieli!
ai-fake-picture-comment-reason = Šis komentārs pamatoti šaubās. Izmantot to, ko zini, ir laba pārbaude.

## Level 6: is it really them? (pick the reply)

level-ai-voice-message-title = Vai tas tiešām ir viņš?
level-ai-voice-message-instruction = Balsis un video var izveidot ar MI. Ko tu dari?
level-ai-voice-message-learned = MI var atdarināt balsis un sejas. Ja ziņa prasa kodus, naudu vai ātru klikšķi, pārbaudi citādi un pastāsti pieaugušajam.
level-ai-voice-message-hint-1 = Vai pazīstama balss pierāda, kas runā?
level-ai-voice-message-hint-2 = Pārbaudi ar šo cilvēku citādā veidā, nevis atbildot uz ziņu.
level-ai-voice-message-hint-3 = Par dziedātāju: viņas pašas lapā par to arī būtu rakstīts.

ai-voice-message-cousin-prompt = Balss ziņa izklausās tieši kā tavs brālēns Emīls: „Es pazaudēju telefonu! Ātri atsūti man tavu vecāku bankas kodu!”
ai-voice-message-cousin-send = Aizsūtīt: Emīls ir ģimene un izklausās noraizējies
ai-voice-message-cousin-send-reason = MI var atdarināt balsi no īsa ieraksta. Un īsts brālēns neprasītu bankas kodu.
ai-voice-message-cousin-check = Pārbaudīt pie Emīla citādi, kopā ar pieaugušo
ai-voice-message-cousin-check-reason = Pareizi. Neuzticies tikai balsij. Pieaugušais var piezvanīt Emīlam uz numuru, ko zina.
ai-voice-message-cousin-delete-after = Aizsūtīt kodu, bet palūgt, lai viņš pēc tam to izdzēš
ai-voice-message-cousin-delete-after-reason = Kad tas ir aizsūtīts, tas vairs nav tavās rokās. Nekad nesūti kodus.
ai-voice-message-singer-prompt = Video rāda dziedātāju Mila Star, kas saka: „Noklikšķini uz šīs saites un saņem bezmaksas planšeti!”
ai-voice-message-singer-click = Ātri noklikšķināt, pirms planšetes beidzas
ai-voice-message-singer-click-reason = Steiga ir brīdinājuma zīme. Šādus video var izveidot ar MI, lai tevi apmānītu.
ai-voice-message-singer-check = Vispirms pārbaudīt viņas lapu un ziņas
ai-voice-message-singer-check-reason = Jā. Ja viņas pašas lapā un ziņās par to nekas nav, video ir viltots.
ai-voice-message-singer-aunt = Palūgt tantei noklikšķināt tavā vietā
ai-voice-message-singer-aunt-reason = Problēma ir saite, lai kurš uz tās klikšķina. Vispirms pārbaudi, tad parādi pieaugušajam, kāpēc.

## Level 7: AI helps, you decide (sort)

level-ai-you-decide-title = MI palīdz, tu izlem
level-ai-you-decide-instruction = Vai tas ir labs veids, kā izmantot MI skolā, vai nav labi?
level-ai-you-decide-learned = MI var palīdzēt mācīties. Domāšanu veic tu, pārbaudi, ko tas saka, un ievēro savas skolas noteikumus.
level-ai-you-decide-hint-1 = Pajautā: kurš šeit domā – es vai MI?
level-ai-you-decide-hint-2 = Izmantot MI, lai saprastu vai vingrinātos, ir labi. Uzdot tā darbu par savu – nav.
level-ai-you-decide-hint-3 = Palūgt tam izskaidrot vārdu ir labs lietojums.

ai-you-decide-explain-word = Palūgt tam izskaidrot vārdu, ko nezini
ai-you-decide-explain-word-reason = Izmantot MI, lai kaut ko saprastu, palīdz mācīties. Pārbaudi, vai tas ir jēdzīgi.
ai-you-decide-copy-story = Nodot tā uzrakstītu stāstu kā savu
ai-you-decide-copy-story-reason = Tas nav tavs darbs, un tu neko neiemācies. Godīgi pastāsti, ko izdarīja MI.
ai-you-decide-quiz = Palūgt viktorīnas jautājumus, lai vingrinātos
ai-you-decide-quiz-reason = Vingrināties ar tā jautājumiem var palīdzēt. Pārbaudi atbildes savās piezīmēs.
ai-you-decide-whole-homework = Ļaut tam izpildīt visus tavus mājasdarbus
ai-you-decide-whole-homework-reason = Tad tu izlaid domāšanu, kurai mājasdarbi ir domāti. Vispirms mēģini bez palīdzības.
ai-you-decide-check-facts = Pārbaudīt tā faktus grāmatā vai uzticamā vietnē
ai-you-decide-check-facts-reason = MI var kļūdīties. Pārbaudīt – tā dara gudrs lietotājs.
ai-you-decide-fake-photo = Izveidot smieklīgu viltotu bildi ar klasesbiedru
ai-you-decide-fake-photo-reason = Viltotas bildes ar īstiem cilvēkiem var viņus sāpināt. Nekad neizmanto MI, lai kādu izsmietu.
ai-you-decide-own-words = Gūt idejas, tad rakstīt saviem vārdiem
ai-you-decide-own-words-reason = Labi: idejas palīdz sākt, un darbs ir tavs.
ai-you-decide-against-rules = Izmantot to, kad skolotājs teica „nē”
ai-you-decide-against-rules-reason = Tava skola izlemj, kad MI drīkst izmantot. Ievēro tās noteikumus.
