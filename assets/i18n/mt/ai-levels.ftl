# Id-dinja “L-IA u Jien”: chatbots, IA li titgħallem mill-eżempji, rakkomandazzjonijiet, stampi u
# vuċijiet magħmula bl-IA, u l-IA għall-iskola. Nies, apps u accounts huma vvintati.

world-ai-and-me = L-IA u Jien

ai-bin-ok-to-ask = Tista’ tistaqsi
ai-bin-good-use = Użu tajjeb
ai-bin-not-ok = Mhux ok

## Livell 2: x’tgħid lil chatbot

level-ai-what-to-tell-title = Tiċċettja ma’ chatbot
level-ai-what-to-tell-instruction = Tista’ tistaqsi dan lil chatbot, jew aħjar iżżommu privat?
level-ai-what-to-tell-learned = Staqsi lil chatbot dwar id-dinja, mhux dwarek. Ismijiet, indirizzi, ritratti, passwords u sigrieti jibqgħu privati.
level-ai-what-to-tell-hint-1 = Staqsi lilek innifsek: dan dwar id-dinja, jew dwari u dwar ħbiebi?
level-ai-what-to-tell-hint-2 = Il-kumpanija li tmexxi chatbot tista’ taqra dak li tikteb. Żomm privat kull ħaġa li turi min int.
level-ai-what-to-tell-hint-3 = Dwar l-istorja tad-dragun tista’ tistaqsi. Dwar l-indirizz ta’ darek le.

ai-what-to-tell-volcano = Kif jaħdmu l-vulkani?
ai-what-to-tell-volcano-reason = Mistoqsija dwar id-dinja ma tagħti xejn. Iċċekkja t-tweġiba fi ktieb ukoll.
ai-what-to-tell-address = L-indirizz ta’ darek
ai-what-to-tell-address-reason = Chatbot m’għandux bżonn ikun jaf fejn toqgħod. Il-kumpanija warajh tista’ taqra dak li tikteb.
ai-what-to-tell-name-school = Ismek sħiħ u l-iskola tiegħek
ai-what-to-tell-name-school-reason = Flimkien jgħidu lil kull min jaqrahom min int u fejn isibek. Żommhom privati.
ai-what-to-tell-dragon = Ideat għal storja dwar dragun
ai-what-to-tell-dragon-reason = Li titlob ideat huwa tajjeb. Imbagħad agħmel l-istorja tiegħek.
ai-what-to-tell-password = Il-password tiegħek, biex jiftakarha
ai-what-to-tell-password-reason = Chatbot qatt m’għandu bżonn il-password tiegħek. Żommha għalik u għall-adult li jgħinek biha.
ai-what-to-tell-face-photo = Ritratt ta’ wiċċek
ai-what-to-tell-face-photo-reason = Ritratt tiegħek huwa personali. Żommu ’l bogħod miċ-chatbots, u staqsi lil adult ta’ fiduċja qabel taqsam ritratti.
ai-what-to-tell-perimeter = X’tfisser “perimetru”?
ai-what-to-tell-perimeter-reason = Li tistaqsi x’tfisser kelma huwa tajjeb. L-għalliem jista’ jiċċekkja t-tweġiba miegħek.
ai-what-to-tell-friend-secret = Sigriet li qallek ħabib
ai-what-to-tell-friend-secret-reason = Huwa s-sigriet ta’ ħabibek. Mhux tiegħek biex taqsmu, la ma’ chatbot u lanqas ma’ ħaddieħor.

## Livell 1: għallem lir-robot

level-ai-teach-the-robot-title = Għallem lir-robot
level-ai-teach-the-robot-instruction = Issortja l-karti biex tgħallem lir-robot x’inhu qattus. Imbagħad ittestjah.
level-ai-teach-the-robot-learned = Robot jitgħallem biss mill-eżempji tiegħu. Urih ħafna tipi ta’ qtates, u jagħraf qtates ġodda wkoll.
level-ai-teach-the-robot-hint-1 = Ħares lejn il-qtates li tgħallem minnhom ir-robot. Kif jixbhu lil xulxin?
level-ai-teach-the-robot-hint-2 = Kull qattus li ra kien żgħir u oranġjo. Għandu bżonn qtates li jidhru differenti.
level-ai-teach-the-robot-hint-3 = Żid wieħed griż, kbir jew bix-xagħar.

## Livell 3: ċert, imma żbaljat

level-ai-chatbot-sure-title = Ċert, imma żbaljat
level-ai-chatbot-sure-instruction = Chatbot jidher ċert ħafna. X’tagħmel?
level-ai-chatbot-sure-learned = Chatbot jista’ jidher ċert u xorta jkun żbaljat. Iċċekkja fi ktieb jew fuq sit affidabbli, jew staqsi lil adult.
level-ai-chatbot-sure-hint-1 = Li tidher ċert jagħmel xi ħaġa vera?
level-ai-chatbot-sure-hint-2 = Iċċekkja ma’ sors li mhux iċ-chatbot.
level-ai-chatbot-sure-hint-3 = Dwar il-brimba: ktieb tax-xjenza jista’ jgħidlek.

ai-chatbot-sure-spider-prompt = Għall-homework, tistaqsi lil chatbot: “Il-brimba insett?” Jgħid: “Iva, il-brimb huma insetti.”
ai-chatbot-sure-spider-copy = Niktibha. Jidher ċert ħafna.
ai-chatbot-sure-spider-copy-reason = Li tidher ċert mhux li jkollok raġun. Il-brimb għandhom 8 saqajn, l-insetti 6.
ai-chatbot-sure-spider-check = Niċċekkja fi ktieb tax-xjenza jew sit affidabbli
ai-chatbot-sure-spider-check-reason = Sew! Sors ieħor juri li ċ-chatbot kien żbaljat: il-brimb mhumiex insetti.
ai-chatbot-sure-spider-ask-again = Nistaqsi liċ-chatbot: “Żgur?”
ai-chatbot-sure-spider-ask-again-reason = Jista’ jerġa’ jgħid iva biss. Iċċekkja ma’ sors li mhux iċ-chatbot.
ai-chatbot-sure-talk-prompt = Chatbot jagħtik fatt tal-għaġeb għat-taħdita tiegħek fil-klassi. Ma ssibu mkien ieħor.
ai-chatbot-sure-talk-use-it = Nużah: iċ-chatbot żgur jaf affarijiet li aħna ma nafux
ai-chatbot-sure-talk-use-it-reason = Iċ-chatbots jistgħu jivvintaw fatti li jidhru veri. Jekk ħadd ieħor ma jgħidu, ħallih barra.
ai-chatbot-sure-talk-leave-out = Inħallih barra, jew nistaqsi lill-għalliem
ai-chatbot-sure-talk-leave-out-reason = Tajjeb. Fatt li ma tistax tiċċekkjah mhux lest għat-taħdita tiegħek.
ai-chatbot-sure-talk-tell-friends = Ngħid lill-ħbieb li huwa veru
ai-chatbot-sure-talk-tell-friends-reason = Hekk ixxerred fatt li ħadd ma ċċekkja. L-ewwel iċċekkjah.

## Livell 4: għaliex dan il-vidjo?

level-ai-why-this-video-title = Għaliex dan il-vidjo?
level-ai-why-this-video-instruction = Skopri għaliex l-app turik dak li turik.
level-ai-why-this-video-learned = L-apps jitgħallmu minn dak li tara, tħobb u tfittex. Fittex affarijiet ġodda, u għid lill-app x’ma tridx.
level-ai-why-this-video-hint-1 = Aħseb f’dak li għamilt qabel fl-app.
level-ai-why-this-video-hint-2 = L-app tagħżel il-vidjos minn dak li tara, tħobb u tfittex.
level-ai-why-this-video-hint-3 = Biex tara affarijiet oħra, uri lill-app affarijiet oħra li tħobb.

ai-why-this-video-cakes-prompt = Rajt tliet vidjos tal-kejkijiet sal-aħħar. Issa l-app turik ħafna vidjos tal-kejkijiet.
ai-why-this-video-cakes-everyone = Kulħadd fid-dinja qed jara kejkijiet illum
ai-why-this-video-cakes-everyone-reason = Diffiċli! L-app tagħżel vidjos għalik minn dak li għamilt.
ai-why-this-video-cakes-learned = L-app tgħallmet minn dak li rajt
ai-why-this-video-cakes-learned-reason = Sew. L-apps jużaw dak li tara, tħobb u tfittex biex jagħżlu x’jiġi wara.
ai-why-this-video-cakes-teacher = L-għalliem qal lill-app li nħobb il-kejkijiet
ai-why-this-video-cakes-teacher-reason = Le. L-app tgħallmitha mit-tagħfisiet u mill-vidjos tiegħek stess.
ai-why-this-video-more-prompt = Trid tara aktar minn kejkijiet biss. X’jgħin?
ai-why-this-video-more-search = Infittex affarijiet ġodda, nagħfas “M’interessanix”
ai-why-this-video-more-search-reason = Iva! L-app titgħallem minn dan ukoll. Ħafna apps għandhom buttuna bħal “M’interessanix”.
ai-why-this-video-more-more-cakes = Nara aktar vidjos tal-kejkijiet
ai-why-this-video-more-more-cakes-reason = Hekk tgħallem lill-app li trid kejkijiet biss.
ai-why-this-video-more-scroll = Nibqa’ nagħmel scroll: l-app tinbidel waħedha dalwaqt
ai-why-this-video-more-scroll-reason = L-app tibqa’ tagħżel minn dak li għamilt qabel. Uriha x’iktar tħobb.
ai-why-this-video-feel-bad-prompt = Tip ta’ vidjo li l-app tibqa’ turik iġiegħlek tħossok ħażin dwarek innifsek.
ai-why-this-video-feel-bad-keep-watching = Nibqa’ nara, biex ma nitlef xejn
ai-why-this-video-feel-bad-keep-watching-reason = Li tara aktar jgħid lill-app biex turik aktar minnu. Ieqaf u ħu break.
ai-why-this-video-feel-bad-share = Naqsmu mal-ħbieb biex nara jekk iħossuhom ħażin ukoll
ai-why-this-video-feel-bad-share-reason = Hekk ixxerred is-sensazzjoni ħażina. Ieqaf ara u kellem lil xi ħadd li tafdah.
ai-why-this-video-feel-bad-stop-tell = Nieqaf nara u ngħid lil adult ta’ fiduċja
ai-why-this-video-feel-bad-stop-tell-reason = Tajjeb. Kif tħossok jgħodd aktar mill-app. Adult jista’ jgħinek tibdel dak li turi.

## Livell 5: vera jew magħmula bl-IA?

level-ai-fake-picture-title = Vera jew magħmula bl-IA?
level-ai-fake-picture-instruction = Agħfas kull ħjiel li din l-istampa tista’ tkun magħmula bl-IA jew tista’ ma tkunx vera.
level-ai-fake-picture-learned = L-IA tista’ tagħmel stampi li jidhru veri. Fittex ħjiel, iċċekkja sorsi oħra, u staqsi lil adult meta jkollok dubju.
level-ai-fake-picture-hint-1 = Din l-istampa tissorprendik fil-ħajja vera?
level-ai-fake-picture-hint-2 = Sorpriżi, perfezzjoni żejda, dettalji ħżiena u pressjoni biex taqsam malajr huma kollha ħjiel.
level-ai-fake-picture-hint-3 = Aqra sew it-tabella fuq il-karozza tal-linja.

ai-fake-picture-account = Imtella’ minn: @pic_planet, illum fl-10:02
ai-fake-picture-account-reason = L-isem u l-ħin waħedhom ma jgħidulekx jekk stampa hijiex vera. Ħares lejn l-istampa nfisha.
ai-fake-picture-photo = Ritratt: pingwin għoli daqs karozza tal-iskola
ai-fake-picture-photo-reason = Stampi sorprendenti ħafna huma ħjiel. Iċċekkja jekk l-aħbarijiet jew sit affidabbli jurih ukoll.
ai-fake-picture-perfect = Kollox jidher lixx u perfett, qisu ġugarell
ai-fake-picture-perfect-reason = Stampi magħmula bl-IA jistgħu jidhru perfetti wisq. Huwa ħjiel, għalhekk iċċekkja qabel temmen.
ai-fake-picture-sign = It-tabella fuq il-karozza tgħid “SKOLA TAL-KROZAZ”
ai-fake-picture-sign-reason = Dettalji li mhumiex sew, bħal ittri mħawda, huma ħjiel li stampa tista’ tkun ivvintata.
ai-fake-picture-caption = Kapsjun: VERA!!! Aqsam qabel titħassar!
ai-fake-picture-caption-reason = Pressjoni biex taqsam malajr hija sinjal ta’ twissija. Aħbarijiet veri jistgħu jistennew waqt li tiċċekkja.
ai-fake-picture-question = Kumment: Liema sit tal-aħbarijiet għandu dan?
ai-fake-picture-question-reason = Mistoqsija tajba! Li tiċċekkja sorsi oħra hija l-ħaġa t-tajba.
ai-fake-picture-comment = Kumment: Il-pingwini mhumiex daqshekk kbar!
ai-fake-picture-comment-reason = Dan il-kumment għandu raġun jiddubita. Li tuża dak li taf huwa ċekk tajjeb.

## Livell 6: verament hu?

level-ai-voice-message-title = Verament hu?
level-ai-voice-message-instruction = Vuċijiet u vidjos jistgħu jsiru bl-IA. X’tagħmel?
level-ai-voice-message-learned = L-IA tista’ tikkopja vuċijiet u uċuħ. Jekk messaġġ jitlob kodiċijiet, flus jew klikk malajr, iċċekkja b’mod ieħor u għid lil adult.
level-ai-voice-message-hint-1 = Vuċi li tinstema’ sew tipprova min qed jitkellem?
level-ai-voice-message-hint-2 = Iċċekkja mal-persuna b’mod ieħor, mhux billi twieġeb il-messaġġ.
level-ai-voice-message-hint-3 = Għall-kantanta: il-paġna tagħha stess tgħidu wkoll.

ai-voice-message-cousin-prompt = Messaġġ bil-vuċi jinstema’ eżatt bħal kuġinek Leo: “Tlift it-telefon! Ibgħatli l-kodiċi tal-bank tal-ġenituri tiegħek, malajr!”
ai-voice-message-cousin-send = Nibagħtu: Leo tal-familja u jidher inkwetat
ai-voice-message-cousin-send-reason = L-IA tista’ tikkopja vuċi minn klip qasir. U kuġin veru ma jitlobx kodiċi tal-bank.
ai-voice-message-cousin-check = Niċċekkja ma’ Leo b’mod ieħor, ma’ adult
ai-voice-message-cousin-check-reason = Sew. Tafdax il-vuċi biss. Adult jista’ jċempel lil Leo fuq in-numru li jaf.
ai-voice-message-cousin-delete-after = Nibgħat il-kodiċi, imma ngħidlu jħassru wara
ai-voice-message-cousin-delete-after-reason = Ladarba tibagħtu, m’għadux f’idejk. Qatt tibgħat kodiċijiet.
ai-voice-message-singer-prompt = Vidjo juri lill-kantanta Mila Star tgħid: “Ikklikkja dan il-link u ħu tablet b’xejn!”
ai-voice-message-singer-click = Nikklikkja malajr, qabel ma jispiċċaw it-tablets b’xejn
ai-voice-message-singer-click-reason = L-għaġla hija sinjal ta’ twissija. Vidjos bħal dan jistgħu jsiru bl-IA biex iqarrqu bik.
ai-voice-message-singer-check = L-ewwel niċċekkja l-paġna tagħha u l-aħbarijiet
ai-voice-message-singer-check-reason = Iva. Jekk il-paġna tagħha u l-aħbarijiet ma jgħidux hekk, il-vidjo falz.
ai-voice-message-singer-aunt = Nistaqsi liz-zija tikklikkjah għalija
ai-voice-message-singer-aunt-reason = Il-problema hija l-link, ikun min ikun li jikklikkjah. L-ewwel iċċekkja, imbagħad uri lill-adult għaliex.

## Livell 7: l-IA tgħin, int tiddeċiedi

level-ai-you-decide-title = L-IA tgħin, int tiddeċiedi
level-ai-you-decide-instruction = Dan mod tajjeb biex tuża l-IA għall-iskola, jew mhux ok?
level-ai-you-decide-learned = L-IA tista’ tgħinek titgħallem. Int taħseb, tiċċekkja dak li tgħid, u timxi mar-regoli tal-iskola tiegħek.
level-ai-you-decide-hint-1 = Staqsi: min qed jaħseb hawn, jien jew l-IA?
level-ai-you-decide-hint-2 = Li tuża l-IA biex tifhem jew tipprattika huwa tajjeb. Li tgħaddi x-xogħol tagħha bħala tiegħek le.
level-ai-you-decide-hint-3 = Li titlobha tispjega kelma huwa użu tajjeb.

ai-you-decide-explain-word = Titlobha tispjega kelma li ma tafx
ai-you-decide-explain-word-reason = Li tuża l-IA biex tifhem xi ħaġa jgħinek titgħallem. Iċċekkja li tagħmel sens.
ai-you-decide-copy-story = Tgħaddi storja li kitbet hi bħala tiegħek
ai-you-decide-copy-story-reason = Dak mhux xogħolok, u ma titgħallem xejn. Għid il-verità dwar x’għamlet l-IA.
ai-you-decide-quiz = Titlobha mistoqsijiet ta’ kwiżż biex tipprattika
ai-you-decide-quiz-reason = Li tipprattika bil-mistoqsijiet tagħha jista’ jgħin. Iċċekkja t-tweġibiet fin-noti tiegħek.
ai-you-decide-whole-homework = Tħalliha tagħmel il-homework kollu minflokok
ai-you-decide-whole-homework-reason = Imbagħad taqbeż il-ħsieb li għalih hemm il-homework. L-ewwel ipprova int.
ai-you-decide-check-facts = Tiċċekkja l-fatti tagħha fi ktieb jew sit affidabbli
ai-you-decide-check-facts-reason = L-IA tista’ tiżbalja. Li tiċċekkja huwa dak li jagħmel min jużaha bil-għaqal.
ai-you-decide-fake-photo = Tagħmel ritratt falz daħkan ta’ sieħbek tal-klassi
ai-you-decide-fake-photo-reason = Stampi foloz ta’ nies veri jistgħu jweġġgħuhom. Qatt tuża l-IA biex tiddieħaq b’xi ħadd.
ai-you-decide-own-words = Tieħu ideat, imbagħad tikteb bi kliemek
ai-you-decide-own-words-reason = Tajjeb: l-ideat jgħinuk tibda, u x-xogħol huwa tiegħek.
ai-you-decide-against-rules = Tużaha meta l-għalliem qal le
ai-you-decide-against-rules-reason = L-iskola tiegħek tiddeċiedi meta tista’ tintuża l-IA. Imxi mar-regoli tagħha.
