# Id-dinja “Sejjieba tal-Fatti”: niġġudikaw l-informazzjoni. Nies, postijiet, siti u ditti huma
# vvintati: l-ismijiet, l-indirizzi u n-numri jibqgħu l-istess.

world-fact-finders = Sejjieba tal-Fatti

fact-bin-trustworthy = Jidher affidabbli
fact-bin-check-first = L-ewwel iċċekkja
fact-bin-advert = Reklam
fact-bin-not-advert = Mhux reklam

## Livell 1: titli

level-fact-headlines-title = Iċċekkja t-titli
level-fact-headlines-instruction = Dan it-titlu jidher affidabbli, jew l-ewwel għandek tiċċekkjah?
level-fact-headlines-learned = Afda aħbarijiet minn min verament jaf, bħall-kunsill lokali jew l-iskola tiegħek. Aħbarijiet li jgħajtu, li jistagħġbu jew bla isem, l-ewwel iċċekkjahom.
level-fact-headlines-hint-1 = Staqsi: min qed jgħid dan, u kif jaf?
level-fact-headlines-hint-2 = Għajjat, sigrieti u wegħdiet tal-għaġeb ifissru: l-ewwel iċċekkja. Aħbarijiet ta’ kuljum minn min hu responsabbli jidhru affidabbli.
level-fact-headlines-hint-3 = It-titlu dwar il-qtates jgħajjat u jitkellem dwar sigriet kbir. L-ewwel iċċekkjah!

fact-headlines-cats = XOKKANTI!!! Il-qtates jitkellmu, ix-xjenzati jaħbuh!
fact-headlines-cats-reason = Ittri kbar, ħafna “!” u sigriet kbir huma sinjali ta’ twissija. L-ewwel fittxu fuq siti affidabbli.
fact-headlines-library = Sit tal-kunsill: Il-librerija tiftaħ tard il-Ħamis
fact-headlines-library-reason = Il-kunsill imexxi l-librerija, għalhekk is-sit tiegħu jaf il-ħinijiet.
fact-headlines-grow = Dan it-trick wieħed ikabbrek 10 cm f’lejl!
fact-headlines-grow-reason = Jidher tajjeb wisq biex ikun veru. Titli bħal dawn iridu l-klikks tiegħek, mhux jgħidulek fatti.
fact-headlines-weather = Servizz tat-temp: Xita mistennija s-Sibt
fact-headlines-weather-reason = It-tbassir huwa x-xogħol tas-servizz tat-temp. Huwa l-post it-tajjeb għal din l-aħbar.
fact-headlines-no-name = Post bla isem: L-iskejjel kollha jagħlqu għal xahar!
fact-headlines-no-name-reason = Ħadd ma jgħid min kitbu. Aħbar kbira bħal din tkun fuq is-sit tal-iskola jew tal-kunsill.
fact-headlines-sports-day = Newsletter tal-iskola: Il-jum sportiv jiċċaqlaq għall-Ġimgħa
fact-headlines-sports-day-reason = L-iskola tiegħek taf il-pjanijiet tagħha. Aħbarijiet mill-iskola nfisha huma sors tajjeb.

## Livell 2: reklam jew le?

level-fact-ad-or-not-title = Reklam jew le?
level-fact-ad-or-not-instruction = Dan reklam? Issortja kull karta fil-kaxxa t-tajba.
level-fact-ad-or-not-learned = Ir-reklami jridu li tixtri xi ħaġa. Fittex tikketti bħal “Sponsorjat”, “Reklam” jew “#ad”.
level-fact-ad-or-not-hint-1 = Staqsi: xi ħadd irid li nixtri xi ħaġa?
level-fact-ad-or-not-hint-2 = “Sponsorjat”, “Reklam” u “#ad” ifissru li xi ħadd ħallas biex ikun hemm.
level-fact-ad-or-not-hint-3 = Il-pop-up tal-ħaġar prezzjuż u l-post b’“#ad” huma reklami.

fact-ad-or-not-sponsored = Sponsorjat: Ipprova ċ-ċereali l-ġodda Crunchy Stars!
fact-ad-or-not-sponsored-reason = “Sponsorjat” ifisser li kumpanija ħallset biex turik dan. Trid li tixtri ċ-ċereali tagħha.
fact-ad-or-not-news = Aħbar: Jinfetaħ pont ġdid f’Riverton
fact-ad-or-not-news-reason = Aħbar tgħidlek x’ġara. Ħadd mhu qed ibigħlek xejn.
fact-ad-or-not-influencer = Mia_Plays: Inħobb dawn iż-żraben! #ad
fact-ad-or-not-influencer-reason = “#ad” ifisser li kumpanija ħallset lil Mia għal dan il-post. Tħallset biex tgħid li tħobbhom.
fact-ad-or-not-encyclopedia = Artiklu tal-enċiklopedija: Kif in-naħal jagħmel l-għasel
fact-ad-or-not-encyclopedia-reason = Enċiklopedija tispjega l-affarijiet. Ma tippruvax tbigħlek l-għasel.
fact-ad-or-not-search = L-ewwel riżultat tat-tfittxija, immarkat “Sponsorjat”
fact-ad-or-not-search-reason = Il-kumpanija ħallset biex tkun fuq nett. L-aħjar tweġiba tista’ tkun aktar ’l isfel.
fact-ad-or-not-gems = Pop-up tal-logħba: Ixtri 500 ħaġra prezzjuża issa!
fact-ad-or-not-gems-reason = Il-logħba trid li tonfoq flus veri. Dejjem staqsi lil adult qabel tixtri xi ħaġa.
fact-ad-or-not-friend = Post ta’ ħabibtek: Ara l-kastell tar-ramel tiegħi!
fact-ad-or-not-friend-reason = Ħabibtek qed taqsam xi ħaġa divertenti. Ħadd ma ħallas għaliha, għalhekk mhux reklam.

## Livell 3: fejn tfittex

level-fact-which-source-title = Fejn tfittex?
level-fact-which-source-instruction = Agħżel l-aħjar tweġiba kull darba.
level-fact-which-source-learned = Fittex il-fatti fejn jiktbuhom l-esperti. Iċċekkja storja fuq siti affidabbli qabel ma temminha jew taqsamha.
level-fact-which-source-hint-1 = Staqsi: min għamel dan, u verament jaf dwaru?
level-fact-which-source-hint-2 = Sorsi tajbin jgħidu min għamilhom, u l-esperti jiċċekkjawhom.
level-fact-which-source-hint-3 = Għall-fatti dwar il-vulkani, agħżel l-enċiklopedija jew is-sit tal-mużew.

fact-which-source-volcanoes = Għall-homework, għandek bżonn fatti dwar il-vulkani. Fejn tfittex?
fact-which-source-volcanoes-video = L-ewwel vidjo divertenti li nsib.
fact-which-source-volcanoes-video-reason = Vidjos divertenti jridu jdaħħkuk. Jistgħu jiżbaljaw il-fatti.
fact-which-source-volcanoes-encyclopedia = Enċiklopedija għat-tfal jew sit ta’ mużew.
fact-which-source-volcanoes-encyclopedia-reason = Prosit! L-esperti jiktbuhom u jiċċekkjawhom. Jgħidu min għamilhom.
fact-which-source-volcanoes-game-chat = Nistaqsi f’chat ta’ logħba. Xi ħadd ikun jaf.
fact-which-source-volcanoes-game-chat-reason = In-nies f’chat ta’ logħba jistgħu jkunu qed jaqtgħu. Ma tistax tkun taf jekk verament jafu.
fact-which-source-chocolate = Vidjo jgħid: “Iċ-ċikkulata tfejjaq ir-riħ!” X’tagħmel?
fact-which-source-chocolate-believe = Niekol ħafna ċikkulata l-ħin li jmiss li jkolli r-riħ.
fact-which-source-chocolate-believe-reason = Vidjo wieħed mhuwiex prova. Ħafna ċikkulata mhux se tfejjaq ir-riħ.
fact-which-source-chocolate-share = Nibagħtu lin-nanna biex tibqa’ b’saħħitha.
fact-which-source-chocolate-share-reason = In-nanna tista’ temminha wkoll, u mhux vera. L-ewwel iċċekkja, imbagħad aqsam biss dak li hu veru.
fact-which-source-chocolate-check = Nistaqsi lil adult jgħinni niċċekkja.
fact-which-source-chocolate-check-reason = Sew! Flimkien tistgħu tfittxu fuq sit tas-saħħa affidabbli. It-tobba jafu dwar ir-riħ.
fact-which-source-screenshot = Xi ħadd jaqsam screenshot ta’ “aħbar” fiċ-chat tal-klassi. M’hemmx link.
fact-which-source-screenshot-search = Infittixha fuq sit tal-aħbarijiet affidabbli.
fact-which-source-screenshot-search-reason = Xogħol tajjeb ta’ detettiv! Jekk hi vera, is-siti tal-aħbarijiet affidabbli jkollhom ukoll.
fact-which-source-screenshot-forward = Ngħaddiha liċ-chats l-oħra, biex ikun jaf kulħadd.
fact-which-source-screenshot-forward-reason = Mingħajr link, ma tistax tkun taf min għamilha. Tista’ tkun ivvintata.
fact-which-source-screenshot-believe = Nemminha: screenshot hija prova.
fact-which-source-screenshot-believe-reason = Kulħadd jista’ jagħmel stampa li tidher qisha aħbar. Screenshots huma faċli biex tiffalsifikahom.

## Livell 4: paġna ta’ aħbarijiet foloz

level-fact-fake-news-page-title = Aħbar tal-aħħar minuta?
level-fact-fake-news-page-instruction = Agħfas kull sinjal ta’ twissija f’din il-paġna tal-aħbarijiet.
level-fact-fake-news-page-learned = L-aħbarijiet foloz spiss jgħajtu, jaħbu min kitibhom, jgħaddu stejjer qodma bħala ġodda u jgħaġġluk taqsam.
level-fact-fake-news-page-hint-1 = Aqraha bħal detettiv: min kitibha, u meta?
level-fact-fake-news-page-hint-2 = Għajjat, isem nieqes, data qadima u għaġla biex taqsam huma sinjali ta’ twissija.
level-fact-fake-news-page-hint-3 = Ħares lejn it-titlu, il-linja tal-awtur u d-data.

fact-fake-news-page-address = daily-truth-now.example/big-news
fact-fake-news-page-address-reason = Qatt ma smajt b’dan is-sit. Kulħadd jista’ jpoġġi “verità” f’isem, għalhekk sib min imexxih.
fact-fake-news-page-menu = Paġna ewlenija · Aħbarijiet · Sport
fact-fake-news-page-menu-reason = Il-biċċa l-kbira tas-siti tal-aħbarijiet għandhom menu bħal dan. Mhux sinjal ta’ twissija.
fact-fake-news-page-headline = BAJDA TAD-DINOSAWRU TFAQQAS F’MAPLETON PARK!!!
fact-fake-news-page-headline-reason = Ittri kbar u ħafna “!” jippruvaw jeċċitawk. Aħbarijiet veri jgħidulek bil-kalma.
fact-fake-news-page-author = Miktub minn: (bla isem)
fact-fake-news-page-author-reason = Aħbarijiet veri jgħidu min kitibhom. Bla isem, ħadd ma jwieġeb għall-istorja.
fact-fake-news-page-date = Imtella’ 6 snin ilu, imma mmarkat “ĠDID!”
fact-fake-news-page-date-reason = Din l-istorja qadima qed tinqasam qisha ġrat illum. Dejjem iċċekkja d-data.
fact-fake-news-page-photo = Ritratt: ġnien kwiet b’siġar
fact-fake-news-page-photo-reason = Ritratt normali waħdu mhux sinjal ta’ twissija. Aqra wkoll il-kliem ta’ madwaru.
fact-fake-news-page-share = Aqsam qabel iħassruh!
fact-fake-news-page-share-reason = Dan irid li tgħaġġel u ma taħsibx. Aħbarijiet veri ma jitolbukx taqsamhom.

## Livell 5: iċċekkja storja qabel taqsamha

level-fact-check-a-story-title = Ieqaf u ċċekkja
level-fact-check-a-story-instruction = Tara storja sorprendenti. Poġġi l-passi ta’ min jiċċekkja l-fatti f’ordni.
level-fact-check-a-story-learned = Min jiċċekkja l-fatti l-ewwel jieqaf, imbagħad isib min għamel l-istorja, imbagħad ifittixha fuq siti affidabbli, u mbagħad biss jiddeċiedi jekk jaqsamhiex.
level-fact-check-a-story-hint-1 = X’għandek tagħmel qabel subgħajk jagħfas “Aqsam”?
level-fact-check-a-story-hint-2 = Min jiċċekkja l-fatti jħares lejn min għamel storja qabel ma jfittex x’imkien ieħor. Id-deċiżjoni tiġi l-aħħar.
level-fact-check-a-story-hint-3 = Il-pass 1 huwa li tieqaf u ma taqsamx għalissa.

fact-check-a-story-stop = Ieqaf: taqsamhiex għalissa.
fact-check-a-story-stop-reason = Agħmel dan l-ewwel. Min jiċċekkja l-fatti jibda billi jieqaf: ladarba taqsam storja, ma tistax tiġbidha lura.
fact-check-a-story-who = Sib min għamilha, u għaliex.
fact-check-a-story-who-reason = Imbagħad, ħares lejn is-sors. Irid jinfurmak, ibigħlek xi ħaġa jew jieħu l-klikks?
fact-check-a-story-others = Fittixha fuq siti affidabbli oħra. Iċċekkja d-data.
fact-check-a-story-others-reason = Imbagħad qabbel. Jekk hi vera, is-siti tal-aħbarijiet affidabbli jirrappurtawha wkoll. Stejjer qodma spiss jinqasmu bħala ġodda.
fact-check-a-story-decide = Imbagħad iddeċiedi: taqsamha jew le.
fact-check-a-story-decide-reason = Iddeċiedi l-aħħar, meta taf min għamilha u min jirrappurtaha. Aqsam biss dak li ċċekkjajt.
