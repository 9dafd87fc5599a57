# Id-dinja “Sikuri Flimkien”. Il-livelli 6 u 7 huma għall-grupp 12–14 biss: kalmi, qatt grafiċi,
# qatt ma jwaħħlu fl-istudent. Li tgħid lil adult ta’ fiduċja huwa dejjem sew.

world-safe-together = Sikuri Flimkien

safe-bin-good = Idea tajba
safe-bin-bad = Mhux idea tajba

## Fejn issib l-għajnuna: il-logħba timla { $helpline } b’wieħed minn dawn.

helpline-call = Tista’ ċċempel ukoll lil helpline għat-tfal: { $service }, { $number }.
helpline-ask-adult = Biex issir taf il-helpline għat-tfal ta’ pajjiżek, staqsi lil adult ta’ fiduċja.

## Livell 1: ħabib ġdid minn logħba

level-safe-new-friend-title = Ħabib ġdid minn logħba
level-safe-new-friend-instruction = Xi ħadd minn logħba jiktiblek. Agħfas kull sinjal ta’ twissija.
level-safe-new-friend-learned = Sigrieti, ritratti, chats privati u laqgħat huma sinjali ta’ twissija. Ieqaf u għid lil adult ta’ fiduċja.
level-safe-new-friend-hint-1 = Aqra kull linja. Ħabib ta’ età bħal tiegħek jistaqsi dan?
level-safe-new-friend-hint-2 = Oqgħod attenzjoni meta xi ħadd irid sigrieti, ritratti, id-dettalji tiegħek jew laqgħa.
level-safe-new-friend-hint-3 = Ħares sew lejn il-linji dwar il-ġenituri tiegħek u l-iskola tiegħek.

safe-new-friend-sender = Minn: Kai_Star (plejer mil-logħba tiegħek)
safe-new-friend-sender-reason = Li tiċċettja ma’ plejers jista’ jkun divertenti. Imma taf biss dak li jgħid Kai dwaru nnifsu.
safe-new-friend-game = Logħba tajba llum! F’liema livell int?
safe-new-friend-game-reason = Li titkellem dwar il-logħba huwa normali. Din il-linja tajba.
safe-new-friend-secret = Tgħidx lill-ġenituri tiegħek dwari, ok?
safe-new-friend-secret-reason = Ħabib tajjeb ma jitolbokx taħbih mill-familja tiegħek. Dan sinjal ta’ twissija.
safe-new-friend-private = Ejja niċċettjaw f’app oħra. Aħna t-tnejn biss.
safe-new-friend-private-reason = Li jġorrok għal chat privat, ’il bogħod mill-oħrajn, huwa sinjal ta’ twissija.
safe-new-friend-photo = Ibgħatli ritratt tiegħek. Għalija biss!
safe-new-friend-photo-reason = Qatt tibgħat ritratti tiegħek lil xi ħadd li taf online biss.
safe-new-friend-school = Għal liema skola tmur?
safe-new-friend-school-reason = L-iskola tiegħek tgħid lil barrani fejn isibek. Żommha privata.
safe-new-friend-meet = Ejja niltaqgħu fil-ġnien is-Sibt!
safe-new-friend-meet-reason = Qatt tiltaqa’ ma’ xi ħadd li taf online biss. Għid lil adult ta’ fiduċja.

## Livell 2: x’tagħmel

level-safe-what-to-do-title = X’tagħmel?
level-safe-what-to-do-instruction = Kai mil-logħba jrid aktar. Agħżel l-aħjar tweġiba kull darba.
level-safe-what-to-do-learned = Dejjem tista’ tgħid le. Imblokka lill-persuna u għid lil adult ta’ fiduċja. Qatt m’hu tort tiegħek.
level-safe-what-to-do-hint-1 = Min jista’ jgħinek tiċċekkja jekk Kai huwiex min jgħid li hu?
level-safe-what-to-do-hint-2 = Sigrieti u laqgħat ma’ ħbieb online huma sinjali ta’ twissija. Fittex l-għajnuna, tmurx waħdek.
level-safe-what-to-do-hint-3 = Meta Kai jirrabja, m’għandekx għalfejn twieġeb xejn.

safe-what-to-do-secret-prompt = Kai jikteb: “Ejja nżommu ċ-chats tagħna sigrieti.” X’tagħmel?
safe-what-to-do-secret-keep = Inżomm is-sigriet. Kai ħelu miegħi.
safe-what-to-do-secret-keep-reason = Kliem ħelu jista’ jaħbi qerq. Ħabib veru m’għandux bżonn sigrieti mill-familja tiegħek.
safe-what-to-do-secret-ask-why = L-ewwel nistaqsi lil Kai għaliex, imbagħad niddeċiedi waħdi.
safe-what-to-do-secret-ask-why-reason = Kai jista’ jkollu tweġiba għaqlija. Tiddeċidix waħdek: staqsi lil xi ħadd li tafdah.
safe-what-to-do-secret-tell = Ngħid lil adult ta’ fiduċja dwar iċ-chats.
safe-what-to-do-secret-tell-reason = Iva! Li jitolbu sigrieti huwa sinjal ta’ twissija. Adult ta’ fiduċja jista’ jgħinek tiċċekkja.

safe-what-to-do-meet-prompt = Kai jistaqsik biex tiltaqgħu fil-ġnien. X’tagħmel?
safe-what-to-do-meet-go-with-friend = Immur, imma nieħu ħabib mill-klassi miegħi.
safe-what-to-do-meet-go-with-friend-reason = Żewġ tfal mhumiex sikuri biżżejjed. Qatt tiltaqa’ ma’ xi ħadd li taf online biss.
safe-what-to-do-meet-say-no = Ngħid le, u ngħid lil adult.
safe-what-to-do-meet-say-no-reason = Sew. Għid le, u ħalli adult ta’ fiduċja jgħinek ma’ Kai.
safe-what-to-do-meet-go-tell-later = Immur, u wara ngħid lil adult.
safe-what-to-do-meet-go-tell-later-reason = Li tgħid lil adult huwa tajjeb, imma tmurx. Qatt tiltaqa’ ma’ xi ħadd li taf online biss.

safe-what-to-do-angry-prompt = Għidt le. Issa Kai qed jibagħtlek messaġġi rrabjati.
safe-what-to-do-angry-block = Nimblokka lil Kai u ngħid lil adult.
safe-what-to-do-angry-block-reason = Iva. M’għandekx għalfejn twieġeb. Imblokka lil Kai u fittex għajnuna minn adult li tafdah.
safe-what-to-do-angry-sorry = Ngħid skużani u nagħmel dak li jrid Kai.
safe-what-to-do-angry-sorry-reason = Ma għamilt xejn ħażin. Li għidt le kien sew.
safe-what-to-do-angry-argue = Nibqa’ nwieġeb sakemm Kai jgħid skużani.
safe-what-to-do-angry-argue-reason = L-argument iżomm lil Kai jitkellem miegħek. Minflok, ieqaf wieġeb.

## Livell 3: imblokka u rrapporta

level-safe-block-report-title = Imblokka u rrapporta
level-safe-block-report-instruction = Xi ħadd online qed iġiegħlek tħossok ħażin. Kull idea hija tajba jew le?
level-safe-block-report-learned = Issejvja l-messaġġi, imblokka lill-persuna, irrappurtaha fl-app u għid lil adult ta’ fiduċja.
level-safe-block-report-hint-1 = Liema ideat itejbu l-affarijiet, u liema jagħmluhom agħar?
level-safe-block-report-hint-2 = Żomm il-provi, waqqaf il-messaġġi u fittex l-għajnuna.
level-safe-block-report-hint-3 = Li tħassar iċ-chat mhix idea tajba: il-provi jintilfu.

safe-block-report-screenshot = Tieħu screenshots tal-messaġġi
safe-block-report-screenshot-reason = Screenshots huma provi. Ħudhom qabel ma timblokka, f’każ li ċ-chat tisparixxi.
safe-block-report-delete = Tħassar iċ-chat kollha biex ħadd ma jaraha
safe-block-report-delete-reason = Imbagħad il-provi jintilfu. Żomm il-messaġġi biex adult ikun jista’ jgħinek.
safe-block-report-block = Timblokka lill-persuna
safe-block-report-block-reason = L-imblukkar iwaqqafhom milli jibagħtulek messaġġi.
safe-block-report-reply-mean = Tibgħat messaġġ ħażin lura
safe-block-report-reply-mean-reason = Jista’ jagħmel l-affarijiet agħar. Twieġibx xejn.
safe-block-report-report = Tirrapporta l-profil fl-app
safe-block-report-report-reason = It-tim tal-app jiċċekkja r-rapporti u jista’ jwaqqaf l-account.
safe-block-report-unblock = Tneħħi l-imblukkar biex tara jekk iddispjaċihomx
safe-block-report-unblock-reason = Hekk jerġgħu jistgħu jiktbulek. Żommhom imblukkati.
safe-block-report-tell = Tgħid lil adult ta’ fiduċja x’ġara
safe-block-report-tell-reason = Adult ta’ fiduċja jista’ jgħinek tirrapporta u tħossok aħjar.

## Livell 4: il-kodiċi tad-dħul

level-safe-login-code-title = Il-kodiċi sigriet tad-dħul
level-safe-login-code-instruction = Agħżel l-aħjar tweġiba kull darba.
level-safe-login-code-learned = Kodiċi tad-dħul huwa għalik biss. Qatt tagħtih lil ħadd, lanqas lil ħabib jew lil “support”.
level-safe-login-code-hint-1 = Min jeħtieġ il-kodiċi li jasal fuq it-telefon tiegħek?
level-safe-login-code-hint-2 = Il-kodiċi huwa t-tieni serratura fuq l-account tiegħek. Jaħdem bħal ċavetta.
level-safe-login-code-hint-3 = Timijiet tas-support veri qatt ma jitolbu l-kodiċi tiegħek.

safe-login-code-why-prompt = Wara l-password tiegħek, l-app tibgħat kodiċi fuq it-telefon tiegħek. Għaliex?
safe-login-code-why-ads = Għax l-app trid in-numru tiegħek għar-reklami.
safe-login-code-why-ads-reason = Le. Il-kodiċi qiegħed hemm biex iżomm l-account tiegħek sigur.
safe-login-code-why-second-lock = Hija t-tieni serratura: nidħol jien biss.
safe-login-code-why-second-lock-reason = Iva. Dan huwa dħul f’żewġ passi. Halliel bil-password tiegħek xorta jeħtieġ il-kodiċi.
safe-login-code-why-phone-check = Biex jiċċekkjaw li t-telefon għadu jaħdem.
safe-login-code-why-phone-check-reason = Le. Il-kodiċi jipprova li verament int qed tidħol.

safe-login-code-friend-prompt = Messaġġ minn Mia: “Ops, il-kodiċi tiegħi wasal għandek. Tista’ tibagħtuli?”
safe-login-code-friend-send = Nibagħtu malajr. Mia ħabiba tiegħi u teħtieġu.
safe-login-code-friend-send-reason = L-account ta’ Mia jista’ jkun ġie hekkjat. Il-kodiċi jdaħħal barrani fl-account TIEGĦEK.
safe-login-code-friend-half = Nibgħat biss l-ewwel nofs tal-kodiċi.
safe-login-code-friend-half-reason = Anke nofs kodiċi jgħin lil halliel. Żomm il-kodiċi kollu għalik.
safe-login-code-friend-ask = Ma nibgħatux. Nistaqsi lil Mia personalment.
safe-login-code-friend-ask-reason = Sew. Iċċekkja ma’ Mia b’mod ieħor, personalment jew bit-telefon. Probabbli huwa qerq.

safe-login-code-support-prompt = Chat tgħid: “Hawn is-support tal-logħba. Għidilna l-kodiċi tiegħek biex inżommu l-account tiegħek sigur.”
safe-login-code-support-give = Nagħtih. Huma t-tim tas-support.
safe-login-code-support-give-reason = Timijiet tas-support veri qatt ma jitolbu l-kodiċi tiegħek. Dan qerq.
safe-login-code-support-say-no = Ngħid le. Is-support ma jeħtiġux.
safe-login-code-support-say-no-reason = Sew. Il-kumpaniji veri jgħiduha wkoll: qatt ma jitolbu l-kodiċi tiegħek.
safe-login-code-support-adult-reads = Nistaqsi lil adult jaqralhom il-kodiċi hu.
safe-login-code-support-adult-reads-reason = Ħadd m’għandu jagħti l-kodiċi, la adult u lanqas tifel jew tifla. Minflok, uri l-messaġġ lil adult.

## Livell 5: fejn issib l-għajnuna

level-safe-get-help-title = Fejn issib l-għajnuna
level-safe-get-help-instruction = Xi ħaġa online qed tinkwetak. Agħżel l-aħjar tweġiba kull darba.
level-safe-get-help-learned = Qatt m’int waħdek. Kellem lil adult ta’ fiduċja. { $helpline }
level-safe-get-help-hint-1 = Aħjar iżżomm inkwiet ġewwa fik jew taqsmu?
level-safe-get-help-hint-2 = Adulti ta’ fiduċja u helplines għat-tfal jisimgħu u jgħinu.
level-safe-get-help-hint-3 = 116 111 huwa numru għat-tfal f’ħafna pajjiżi.

safe-get-help-worried-prompt = Rajt xi ħaġa online li beżżgħetek. X’jgħin l-aktar?
safe-get-help-worried-keep = Inżommha għalija u nipprova ninsieha.
safe-get-help-worried-keep-reason = L-inkwiet jikber meta żżommu ġewwa fik. Li tgħid lil xi ħadd jgħin.
safe-get-help-worried-tell = Ngħid lil adult x’rajt.
safe-get-help-worried-tell-reason = Iva! Ġenitur, min jieħu ħsiebek jew għalliem jista’ jgħinek.
safe-get-help-worried-search = Infittex aktar dwarha online.
safe-get-help-worried-search-reason = Tista’ ssib affarijiet li jbeżżgħu aktar. L-ewwel kellem lil xi ħadd.

safe-get-help-nobody-prompt = Ma tridx titkellem ma’ ħadd li taf. X’tista’ tagħmel?
safe-get-help-nobody-forum = Nistaqsi lil barranin f’forum x’għandi nagħmel.
safe-get-help-nobody-forum-reason = Barranin online jistgħu ma jkunux ġentili jew ma jkollhomx raġun. Helpline hija hemm biex tgħin.
safe-get-help-nobody-wait = Nistenna sakemm il-problema tgħaddi waħedha.
safe-get-help-nobody-wait-reason = Ħafna drabi l-problemi ma jgħaddux waħedhom. Huwa ok li titlob l-għajnuna.
safe-get-help-nobody-helpline = Inċempel jew niċċettja ma’ helpline għat-tfal.
safe-get-help-nobody-helpline-reason = Iva. Helplines għat-tfal jisimgħu lit-tfal. M’għandekx għalfejn tgħid ismek.

safe-get-help-number-prompt = Poster l-iskola jgħid 116 111. X’inhu dan in-numru?
safe-get-help-number-helpline = Helpline għat-tfal f’ħafna pajjiżi tal-Ewropa
safe-get-help-number-helpline-reason = Iva. F’ħafna pajjiżi Ewropej 116 111 hija helpline għat-tfal. Xi pajjiżi jużaw numru ieħor.
safe-get-help-number-prize = Numru fejn tista’ tirbaħ premjijiet
safe-get-help-number-prize-reason = Le. Hija helpline fejn it-tfal jistgħu jitkellmu dwar l-inkwiet tagħhom.
safe-get-help-number-adults = Numru li l-adulti biss jistgħu jċemplu, mhux it-tfal
safe-get-help-number-adults-reason = Le. It-tfal jistgħu jċemplu lil helpline għat-tfal huma stess.

## Livell 6 (12–14 biss): meta xi ħadd jhedded

level-safe-threats-title = Meta xi ħadd jhedded
level-safe-threats-instruction = Xi ħadd qed jhedded li jaqsam ritratt privat. Agħżel l-aħjar tweġiba.
level-safe-threats-learned = Qatt m’hu tort tiegħek. Tħallasx, ieqaf wieġeb, żomm il-messaġġi, għid lil adult ta’ fiduċja u rrapporta.
level-safe-threats-hint-1 = X’irid minnek min qed jhedded?
level-safe-threats-hint-2 = Li tħallas jew tibgħat aktar ma jwaqqafx it-theddid. Li tfittex l-għajnuna iva.
level-safe-threats-hint-3 = Żomm iċ-chat bħala prova, imma ieqaf wieġeb.

safe-threats-pay-prompt = Ħabib online jikteb: “Ħallasni, inkella naqsam ir-ritratt privat li bgħattli.”
safe-threats-pay-pay = Inħallas malajr biex ir-ritratt jibqa’ privat.
safe-threats-pay-pay-reason = Il-ħlas ma jwaqqafhomx. Normalment jitolbu aktar.
safe-threats-pay-stop = Nieqaf inwieġeb u ngħid lil adult.
safe-threats-pay-stop-reason = Iva. Waqqaf kull kuntatt u fittex l-għajnuna. Adult jista’ jgħinek tirrapporta.
safe-threats-pay-more = Nibgħat ritratt ieħor biex jikkalma.
safe-threats-pay-more-reason = Qatt tibgħat aktar. Mhux se jieqfu. Minflok, fittex l-għajnuna.

safe-threats-chat-prompt = Tħossok ħażin ħafna u trid li ċ-chat tisparixxi. X’tagħmel biha?
safe-threats-chat-delete = Inħassar iċ-chat kollha u l-account tiegħi minnufih.
safe-threats-chat-delete-reason = Iċ-chat hija prova. L-app u l-pulizija jeħtiġuha biex iwaqqfuhom.
safe-threats-chat-forward = Ngħaddi ċ-chat lill-ħbieb biex nistaqsihom.
safe-threats-chat-forward-reason = Tgħaddihiex. Żommha bejnek u bejn adult ta’ fiduċja.
safe-threats-chat-keep = Inżomm iċ-chat, imbagħad nimblokka u nirrapporta.
safe-threats-chat-keep-reason = Sew. Żomm il-messaġġi bħala prova, imbagħad imblokka u rrapporta l-account.

safe-threats-fault-prompt = Taħseb: “Dan tort tiegħi. Ma nista’ ngħid lil ħadd.” X’inhu minnu?
safe-threats-fault-my-fault = Huwa tort tiegħi, allura rrid insolviha waħdi.
safe-threats-fault-my-fault-reason = Le. Min qed jhedded qed jagħmel il-ħażin, mhux int.
safe-threats-fault-never = Qatt m’hu tort tiegħi, u hemm l-għajnuna.
safe-threats-fault-never-reason = Iva. Xi ħadd qarraq bik. Adulti u helplines jgħinu mingħajr ma jwaħħlu fik.
safe-threats-fault-later = Ngħid lil adult biss jekk tiggrava.
safe-threats-fault-later-reason = Għid lil xi ħadd issa. Aktar ma tfittex l-għajnuna kmieni, aktar malajr tieqaf.

safe-threats-online-prompt = Tinkwieta li r-ritratt issa online. X’jista’ jgħin?
safe-threats-online-take-it-down = Nuża għodda bħal Take It Down ma’ adult.
safe-threats-online-take-it-down-reason = Take It Down jgħin ineħħi ritratti meħuda qabel ma kellek 18-il sena, minn kull pajjiż.
safe-threats-online-search = Infittex ir-ritratt kuljum biex niċċekkja.
safe-threats-online-search-reason = Dan iġiegħlek tħossok agħar biss. Ħalli x-xogħol lil adult u lil għodda.
safe-threats-online-nothing = Xejn ma jista’ jgħin ladarba ritratt ikun online.
safe-threats-online-nothing-reason = Mhux minnu. Ħafna drabi r-ritratti jistgħu jitneħħew. Dejjem hemm l-għajnuna.

## Livell 7 (12–14 biss): ritratt privat ta’ ħaddieħor

level-safe-not-yours-title = Ritratt li mhux tiegħek
level-safe-not-yours-instruction = Ritratt privat ta’ xi ħadd mill-klassi qed jiġi maqsum f’chat. Idea tajba jew le?
level-safe-not-yours-learned = Qatt iżżomm jew tgħaddi ritratt privat ta’ xi ħadd. Għid lil adult ta’ fiduċja u rrappurtah.
level-safe-not-yours-hint-1 = Kif tħossok kieku r-ritratt kien tiegħek?
level-safe-not-yours-hint-2 = Kull darba li jinqasam, il-persuna fir-ritratt terġa’ tweġġa’.
level-safe-not-yours-hint-3 = Li tibagħtu ’l quddiem qatt mhu idea tajba, lanqas biex titlob parir.

safe-not-yours-forward = Tgħaddih lil ħabib wieħed
safe-not-yours-forward-reason = Kull darba li jinqasam iweġġa’ aktar lill-persuna. F’ħafna pajjiżi huwa wkoll kontra l-liġi.
safe-not-yours-tell = Tgħid lil adult ta’ fiduċja dwaru
safe-not-yours-tell-reason = Iva. Adult jista’ jgħin iwaqqaf it-tixrid tiegħu, mingħajr ma tibagħtu int.
safe-not-yours-save = Tissejvjah fuq it-telefon tiegħek
safe-not-yours-save-reason = Iżżommux. Ritratt bħal dan m’għandux ikun fuq it-telefon tiegħek.
safe-not-yours-report = Tirrapporta l-post fl-app
safe-not-yours-report-reason = L-app tista’ tneħħih. Il-persuna fir-ritratt teħtieġ dan.
safe-not-yours-ask-friend = Tibagħtu lil ħabib biex tistaqsi x’għandek tagħmel
safe-not-yours-ask-friend-reason = Tibagħtu lil ħadd, lanqas biex tieħu parir. Minflok, għidilhom dwaru.
safe-not-yours-kind = Tkun ġentili mal-persuna fir-ritratt
safe-not-yours-kind-reason = Tista’ tkun qed tħossha ħażin ħafna. Mhux tort tagħha.
safe-not-yours-laugh = Tidħaq mal-oħrajn biex tidħol fil-grupp
safe-not-yours-laugh-reason = Id-daħk iweġġagħha aktar. Int tista’ twaqqaf dan.
