# Id-dinja “Il-Kantuniera tal-Qalb Tajba”: tkun ġentili online, u x’tagħmel meta xi ħadd mhux.
# Ton ġentili: għid dejjem x’għandek tagħmel, u li tgħid lil adult ta’ fiduċja huwa tajjeb.

world-kind-corner = Il-Kantuniera tal-Qalb Tajba

## Livell 1: tweġibiet ġentili

level-kind-reply-title = Għid xi ħaġa sabiħa
level-kind-reply-instruction = Agħżel l-aktar tweġiba ġentili kull darba.
level-kind-reply-learned = Kliem ġentili online jferraħ lin-nies. Qabel ma tikteb, staqsi: kif se jħossuhom?
level-kind-reply-hint-1 = Immaġina li int il-persuna l-oħra. Liema tweġiba tixtieq tirċievi?
level-kind-reply-hint-2 = Tweġiba ġentili hija ħabiba, onesta u dwar il-persuna l-oħra, mhux dwarek.
level-kind-reply-hint-3 = Għal Mia: mistoqsija dwar it-tpinġija tagħha turi li verament ħarist.

kind-reply-drawing-prompt = Ħabibtek Mia ttella’ tpinġija li għamlet tal-qattus tagħha. X’tikteb?
kind-reply-drawing-praise = Inħobb il-kuluri! Kif pinġejtu?
kind-reply-drawing-praise-reason = Tifħir ġentili u veru jferraħ lil Mia. Li tistaqsi mistoqsija turi li verament ħarist.
kind-reply-drawing-brother = Ħija ż-żgħir ipinġi aħjar minn hekk.
kind-reply-drawing-brother-reason = Dan iweġġa’ lil Mia. Anke bħala ċajta, iġegħilha tħossha ħażin dwar ix-xogħol tagħha.
kind-reply-drawing-mine = Ħares lejn it-tpinġija tiegħi minflok!
kind-reply-drawing-mine-reason = Mia riedet taqsam it-tpinġija tagħha. Din it-tweġiba tibdilha f’diskors dwarek.

kind-reply-game-prompt = F’logħba online, sieħbek fit-tim Leo jagħmel żball. It-tim tagħkom jitlef.
kind-reply-game-blame = Tlifna minħabba fik, Leo! Grazzi ħafna.
kind-reply-game-blame-reason = Kulħadd jiżbalja. Li twaħħal f’Leo quddiem it-tim iġiegħlu jħossu ħażin ħafna.
kind-reply-game-kick = Ejja nkeċċu lil Leo mit-tim.
kind-reply-game-kick-reason = Li tħalli lil xi ħadd barra għal żball wieħed mhux ġentili. Il-logħob huwa aktar divertenti meta kulħadd ikun milqugħ.
kind-reply-game-cheer = Prova tajba, Leo! Nirbħu l-oħra.
kind-reply-game-cheer-reason = Kelma ħabiba wara telfa tqajjem il-moral tat-tim kollu. Hija biss logħba.

kind-reply-sad-prompt = Sieħbitek tal-klassi Ava tikteb: “illum ħadd ma jħobbni”.
kind-reply-sad-drama = Tagħmilx daqshekk drama.
kind-reply-sad-drama-reason = Ava qed tgħidlek li hija mdejqa. Din it-tweġiba tgħidilha li s-sentimenti tagħha ma jgħoddux.
kind-reply-sad-message = Nikteb lil Ava: “Inħobbok! Trid titkellem?”
kind-reply-sad-message-reason = Messaġġ privat ġentili juri lil Ava li xi ħadd jimpurtah minnha. Jekk tidher imdejqa ħafna, għid ukoll lil adult ta’ fiduċja.
kind-reply-sad-scroll = Ngħaddi. Il-ġenituri tagħha żgur isolvuha huma.
kind-reply-sad-scroll-reason = Ava tista’ tħossha aktar waħedha, u l-ġenituri tagħha forsi ma jafux. Ftit kliem ġentili minnek jista’ jgħin ħafna.

## Livell 2: kummenti ġentili jew mhux

kind-bin-kind = Ġentili
kind-bin-unkind = Mhux ġentili

level-kind-comments-title = Ġentili jew le?
level-kind-comments-instruction = Issortja kull kumment: ġentili jew mhux ġentili?
level-kind-comments-learned = Tista’ tgħid dak li taħseb u xorta tkun ġentili. Kummenti ħżiena jweġġgħu, anke bħala ċajta.
level-kind-comments-hint-1 = Aqra kull kumment qisu xi ħadd kitbu lilek.
level-kind-comments-hint-2 = Kummenti ġentili jfaħħru, jgħinu jew ma jaqblux bil-edukazzjoni. Dawk mhux ġentili jiddieħku jew iċekknu lin-nies.
level-kind-comments-hint-3 = Kummenti dwar kif xi ħadd jidher jew jiċċaqlaq spiss mhumiex ġentili, anke meta jkunu ċajta.

kind-comments-great-goal = X’gowl sabiħ fil-vidjo tiegħek!
kind-comments-great-goal-reason = Tifħir għal xi ħaġa li xi ħadd għamel tajjeb iġiegħlu jħossu kburi. Dan ġentili.
kind-comments-weird-hair = Xagħrek jidher stramb wisq f’dan ir-ritratt.
kind-comments-weird-hair-reason = Kummenti dwar id-dehra jistgħu verament iweġġgħu. Jekk ma tgħidux f’wiċċ il-persuna, tiktbux.
kind-comments-get-well = Nispera li tfiq malajr!
kind-comments-get-well-reason = Li tixtieq il-ġid lil xi ħadd juri li jimpurtak minnu. Dan ġentili.
kind-comments-nobody-asked = Ħadd ma staqsiek għall-opinjoni tiegħek.
kind-comments-nobody-asked-reason = Dan jgħid lil xi ħadd jiskot u li m’għandux importanza. Dan mhux ġentili.
kind-comments-different-ending = Kont nippreferi tmiem ieħor, imma l-istorja kienet sabiħa!
kind-comments-different-ending-reason = Tista’ ma taqbilx u xorta tkun ġentili. Dan il-kumment huwa onest u ħabib.
kind-comments-penguin = Ħa ħa, tiġri qisek pingwin!
kind-comments-penguin-reason = Li tidħaq b’kif xi ħadd jiċċaqlaq huwa ż-żufjett. Jista’ jweġġa’, anke jekk kienet ċajta.
kind-comments-thanks-help = Grazzi li għentni fil-homework!
kind-comments-thanks-help-reason = Li tgħid grazzi jferraħ lil min għen. Dan ġentili.

## Livell 3: meta xi ħadd jibqa’ jibgħatlek messaġġi ħżiena

level-kind-when-bullied-title = Messaġġi ħżiena
level-kind-when-bullied-instruction = Xi ħadd jibqa’ jibgħatlek messaġġi ħżiena. Din ħaġa tajba li tagħmel, jew aħjar le?
level-kind-when-bullied-learned = Twieġibx, żomm il-provi, imblokka, irrapporta, u għid lil adult ta’ fiduċja meta trid. Qatt m’hu tort tiegħek.
level-kind-when-bullied-hint-1 = Liema minn dawn iwaqqfu l-messaġġi, iżommu l-provi jew iġibulek l-għajnuna?
level-kind-when-bullied-hint-2 = Passi tajbin iżommu l-provi, iwaqqfu l-messaġġi u jġibulek l-għajnuna. Li tpattiha jew taħbiha ma jgħinx.
level-kind-when-bullied-hint-3 = Li tgħid lil adult ta’ fiduċja huwa dejjem sew, fi kwalunkwe ħin.

kind-bin-good-step = Tajjeb li tagħmel
kind-bin-not-step = Aħjar le

kind-when-bullied-no-reply = Ma twieġibx il-messaġġi ħżiena.
kind-when-bullied-no-reply-reason = Messaġġi ħżiena jridu reazzjoni. Jekk ma twieġibx, ma jiksbu xejn.
kind-when-bullied-screenshot = Tieħu screenshots biex iżżomm il-provi.
kind-when-bullied-screenshot-reason = Il-provi juru x’ġara. Ħu screenshots qabel ma timblokka: l-imblukkar jista’ jaħbi l-messaġġi.
kind-when-bullied-hit-back = Tibgħat xi ħaġa ħażina lura.
kind-when-bullied-hit-back-reason = Jista’ jagħmel l-affarijiet agħar, u jagħtihom ir-reazzjoni li jridu.
kind-when-bullied-block = Timblokka lill-persuna.
kind-when-bullied-block-reason = Imbagħad il-messaġġi ħżiena ma jibqgħux jaslulek.
kind-when-bullied-tell = Tgħid lil adult ta’ fiduċja u turih.
kind-when-bullied-tell-reason = Sew fi kwalunkwe ħin: l-ewwel, l-aħħar jew bejniethom. Qatt m’għandek għalfejn tħabbat wiċċek ma’ dan waħdek.
kind-when-bullied-secret = Iżżommha sigrieta u tittama li tieqaf.
kind-when-bullied-secret-reason = M’għandekx għalfejn tħabbat wiċċek ma’ dan waħdek. Għid lil adult ta’ fiduċja. Qatt m’hu tort tiegħek.
kind-when-bullied-report = Tirrappurtahom fl-app.
kind-when-bullied-report-reason = L-app tista’ twissi jew twaqqaf lill-persuna. Is-screenshots tiegħek jgħinu.
kind-when-bullied-delete-all = Tħassar il-messaġġi kollha minnufih.
kind-when-bullied-delete-all-reason = Imbagħad il-provi jintilfu. L-ewwel ħu screenshots, imbagħad imblokka u rrapporta.

## Livell 4: meta tara lil xi ħadd jiġi ttrattat ħażin

level-kind-bystander-title = Qum għal ħaddieħor
level-kind-bystander-instruction = Tara lil xi ħadd jiġi ttrattat ħażin. Agħżel l-aħjar ħaġa li tagħmel.
level-kind-bystander-learned = Tingħaqadx magħhom. Kun ġentili mal-persuna u għid lil adult ta’ fiduċja. Dan jgħin ħafna.
level-kind-bystander-hint-1 = Aħseb fil-persuna li qed tiġi ttrattata ħażin. X’jgħinha?
level-kind-bystander-hint-2 = Li tingħaqad jew tibqa’ siekta ma jgħinx. Il-qalb tajba u li tfittex l-għajnuna jgħinu.
level-kind-bystander-hint-3 = Għal Finn, stedina sempliċi tista’ tferraħlu l-ġurnata.

kind-bystander-chat-prompt = Fiċ-chat tal-grupp tal-klassi, xi tfal jibqgħu jiddieħku b’Noah.
kind-bystander-chat-join = Nibgħat wiċċ jidħak jien ukoll.
kind-bystander-chat-join-reason = Anke wiċċ wieħed jidħak ifisser li ngħaqadt magħhom. Iġiegħel lil Noah iħoss li kulħadd kontrih.
kind-bystander-chat-silent = Ma ngħid xejn. Xi għalliem żgur se jaraha xorta.
kind-bystander-chat-silent-reason = L-għalliema ma jaqrawx kull chat, u Noah jista’ jaħseb li kulħadd jaqbel. Għid int lil adult ta’ fiduċja.
kind-bystander-chat-support = Nikteb kelma sabiħa lil Noah u ngħid lil adult.
kind-bystander-chat-support-reason = Messaġġ ġentili juri lil Noah li mhux waħdu. Adult ta’ fiduċja jista’ jgħin iwaqqaf iż-żufjett.

kind-bystander-photo-prompt = Xi ħadd jaqsam ritratt redikolu ta’ sieħbitek tal-klassi Zoe biex jidħaq biha.
kind-bystander-photo-share = Naqsmu ma’ aktar ħbieb.
kind-bystander-photo-share-reason = Kull darba li jinqasam, ir-ritratt jixtered aktar u jweġġa’ lil Zoe aktar. Ħadd m’għandu jaqsam ritratt ta’ xi ħadd biex jidħaq bih.
kind-bystander-photo-stop = Nirrappurtah u ngħid lil adult.
kind-bystander-photo-stop-reason = Ir-ritratt jieqaf għandek. Ir-rapport jista’ jneħħih, u adult jista’ jgħin lil Zoe.
kind-bystander-photo-like = Nagħmel like, għax kulħadd għamel.
kind-bystander-photo-like-reason = Like jgħid lil min bagħtu li r-ritratt huwa daħkan. Jista’ jġegħlu jtella’ aktar.

kind-bystander-game-prompt = Xi tfal iħallu lil Finn barra minn logħba online apposta.
kind-bystander-game-invite = Nistieden lil Finn jilgħab miegħi.
kind-bystander-game-invite-reason = Stedina sempliċi tista’ tferraħ il-ġurnata ta’ Finn. Jekk jibqgħu jħalluh barra, għid lil adult ta’ fiduċja.
kind-bystander-game-along = Nilgħab mingħajru. Il-logħba tagħhom, ir-regoli tagħhom.
kind-bystander-game-along-reason = Li tħalli lil xi ħadd barra apposta jweġġa’. Li timxi magħhom iġiegħel lil Finn iħossu aktar waħdu.
kind-bystander-game-pretend = Nagħmel qisni ma rajt xejn.
kind-bystander-game-pretend-reason = Li tħares lejn in-naħa l-oħra huwa faċli, imma Finn xorta jħossu barra. Att żgħir ta’ qalb tajba jista’ jgħinu.

## Livell 5: chat tal-klassi

level-kind-group-chat-title = Iċ-chat tal-klassi
level-kind-group-chat-instruction = Agħfas kull messaġġ mhux ġentili f’din iċ-chat tal-klassi.
level-kind-group-chat-learned = Id-daħk b’ħaddieħor, li tħalli barra, li taqsam ritratti mingħajr ma tistaqsi u li tidħaq mal-oħrajn mhumiex ġentili. Tingħaqadx.
level-kind-group-chat-hint-1 = Aqra kull messaġġ. Kif iħossu Sam jaqrah?
level-kind-group-chat-hint-2 = Messaġġi mhux ġentili jiddieħku b’xi ħadd, iħalluh barra jew jaqsmu r-ritratt tiegħu.
level-kind-group-chat-hint-3 = Ben jikteb tnejn mill-messaġġi mhux ġentili.

kind-group-chat-trip = Mia: Min lest għall-ħarġa tal-iskola għada?
kind-group-chat-trip-reason = Mistoqsija ħabiba lill-klassi kollha. Dan il-messaġġ tajjeb.
kind-group-chat-bottle = Leo: Jien! Tinsewx il-flixkun tal-ilma.
kind-group-chat-bottle-reason = Tfakkira utli għal kulħadd. Dan il-messaġġ tajjeb.
kind-group-chat-shoes = Ben: Rajtu ż-żraben ta’ Sam illum? Koroh lol
kind-group-chat-shoes-reason = Dan jiddieħak b’Sam quddiem il-klassi kollha. Tingħaqadx, u kun ġentili ma’ Sam.
kind-group-chat-laugh = Max: ĦAĦAĦA (ħames uċuħ jidħku)
kind-group-chat-laugh-reason = Li tidħaq mal-oħrajn iżid mal-piż u jagħmel iż-żufjett agħar. Li toqgħod barra diġà aħjar.
kind-group-chat-homework = Finn: Xi ħadd jibgħatli l-paġna tal-homework?
kind-group-chat-homework-reason = Li titlob l-għajnuna fil-homework huwa tajjeb. Iċ-chats tal-klassi huma tajbin għal dan.
kind-group-chat-photo = Ben: Araw! Ritratt ta’ Sam jitfixkel fil-bitħa tal-iskola.
kind-group-chat-photo-reason = Sam ma qabilx li jinqasam dan ir-ritratt. Staqsi qabel taqsam ritratt ta’ xi ħadd, u għid lil adult dwar dan.
kind-group-chat-party = Ava: Festa għandi! Tistidnux lil Sam.
kind-group-chat-party-reason = Li tgħid lil kulħadd iħalli lil Sam barra jweġġgħu ħafna. Ħadd m’għandu jitħalla barra apposta.
kind-group-chat-thanks = Zoe: Sam għenni fil-proġett illum. Grazzi, Sam!
kind-group-chat-thanks-reason = Li tgħid grazzi quddiem il-klassi huwa ġentili. Dan il-messaġġ tajjeb.
