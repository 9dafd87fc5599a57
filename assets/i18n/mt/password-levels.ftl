# Id-dinja “Il-Quċċata tal-Passwords”. Il-passwords ta’ pw-rank jibqgħu bħall-Ingliż. Il-kliem
# ta’ pw-build-* huwa nomi komuni b’ittri żgħar: f’pw-build-first il-kliem 1, 2 u 6 għandu tliet
# ittri, l-oħrajn ħamsa jew aktar. Nies, ismijiet u timijiet huma vvintati.

world-password-peak = Il-Quċċata tal-Passwords

## Livell 1: min jista’ jkun jaf il-password tiegħek

level-pw-who-to-tell-title = Min jista’ jkun jafha?
level-pw-who-to-tell-instruction = Aqra x’jiġri. Agħżel l-aħjar tweġiba kull darba.
level-pw-who-to-tell-learned = Il-password tiegħek hija għalik biss. Adult ta’ fiduċja li jieħu ħsiebek jista’ jgħinek biha.
level-pw-who-to-tell-hint-1 = Staqsi lilek innifsek: din il-persuna verament teħtieġ il-password tiegħi?
level-pw-who-to-tell-hint-2 = Il-ħbieb u l-moderaturi tal-logħba qatt ma jeħtiġuha. Ġenitur jew min jieħu ħsiebek jista’ jgħinek iżżommha sigura.
level-pw-who-to-tell-hint-3 = Fiċ-chat tal-logħba, twieġibx. Irrappurtah.

pw-who-to-tell-friend-prompt = L-aqwa ħabiba tiegħek, Zoe, tistaqsi: “X’inhi l-password tal-logħba tiegħek? Irrid nipprova l-livell il-ġdid tiegħek.”
pw-who-to-tell-friend-tell = Ngħidilha. Hija l-aqwa ħabiba tiegħi.
pw-who-to-tell-friend-tell-reason = Anke l-aqwa ħbieb jistgħu jgħiduha lil oħrajn bi żball. U l-ħbieb xi drabi jiġġieldu.
pw-who-to-tell-friend-say-no = Ngħid: “Skużani, hija għalija biss.”
pw-who-to-tell-friend-say-no-reason = Prosit! Xorta tistgħu tilagħbu flimkien. Ħabiba tajba tifhem.
pw-who-to-tell-friend-swap = Nibdlu l-passwords bejnietna, biex ikun ġust.
pw-who-to-tell-friend-swap-reason = Imbagħad ikun hemm żewġ passwords barra minflok waħda. Li tibdluhom ma jagħmilhomx aktar sikuri.

pw-who-to-tell-moderator-prompt = F’chat ta’ logħba, “Mod_Max” jikteb: “Jiena moderatur. Ibgħatli l-password tiegħek inkella l-account tiegħek jingħalaq!”
pw-who-to-tell-moderator-send = Nibgħatha malajr, u mbagħad ngħid lil adult x’għamilt.
pw-who-to-tell-moderator-send-reason = Li tgħid lil adult huwa tajjeb, imma qatt tibgħatha. Moderaturi veri qatt ma jitolbu l-password tiegħek.
pw-who-to-tell-moderator-proof = Nitolbu jipprova li hu moderatur.
pw-who-to-tell-moderator-proof-reason = Il-qarrieqa jistgħu jiffalsifikaw kull prova. Ħadd mil-logħba ma jeħtieġ il-password tiegħek, allura tibgħathiex.
pw-who-to-tell-moderator-report = Ma nwieġebx: nirrapporta u ngħid lil adult.
pw-who-to-tell-moderator-report-reason = Sew! Il-moderaturi tal-logħba qatt ma jeħtieġu l-password tiegħek. Ir-rapport jgħin biex jitwaqqaf il-qarrieq.

pw-who-to-tell-parent-prompt = Ġenitur jew min jieħu ħsiebek jgħinek tissettja t-tablet il-ġdid. Jistaqsik liema password għażilt.
pw-who-to-tell-parent-tell-mum = Ngħidlu. Jieħu ħsiebi.
pw-who-to-tell-parent-tell-mum-reason = Iva! Adult ta’ fiduċja li jieħu ħsiebek, bħal ġenitur, jista’ jkun jafha u jgħinek iżżommha sigura.
pw-who-to-tell-parent-nobody = Ma ngħidha lil ħadd, lanqas id-dar.
pw-who-to-tell-parent-nobody-reason = Żommha moħbija mill-ħbieb u mill-barranin. Imma ġenitur jew min jieħu ħsiebek jista’ jgħinek.
pw-who-to-tell-parent-class-chat = Nikteb fiċ-chat tal-klassi, biex ma ninsihiex.
pw-who-to-tell-parent-class-chat-reason = Kulħadd fiċ-chat jista’ jaqraha. Staqsi lil adult ta’ fiduċja jgħinek tiftakarha b’mod sigur.

## Livell 2: mill-aktar dgħajfa għall-aktar b’saħħitha

level-pw-rank-title = Dgħajfa jew b’saħħitha?
level-pw-rank-instruction = Poġġi l-passwords f’ordni. Ibda bl-aktar dgħajfa, spiċċa bl-aktar b’saħħitha.
level-pw-rank-learned = Diversi kelmiet każwali jagħmlu password twila. Dik hija ħafna aktar b’saħħitha minn kelma waħda b’numru.
level-pw-rank-hint-1 = Liema password jipprova l-ewwel min qed jaqta’?
level-pw-rank-hint-2 = Min jaqta’ jipprova l-ewwel passwords u kliem komuni. Passwords twal b’kelmiet każwali jiġu l-aħħar.
level-pw-rank-hint-3 = 123456 hija l-aktar dgħajfa: hija waħda mill-passwords l-aktar użati.

pw-rank-digits = 123456
pw-rank-digits-reason = Din tiġi l-ewwel: hija l-aktar dgħajfa. Hija waħda mill-passwords l-aktar użati fid-dinja, għalhekk jaqtgħuha mill-ewwel.
pw-rank-one-word = sunshine
pw-rank-one-word-reason = Din it-tieni: kelma Ingliża komuni waħda. Min jaqta’ jipprova listi twal ta’ kliem bħal dan kmieni ħafna.
pw-rank-word-and-number = Sunshine1
pw-rank-word-and-number-reason = Din fin-nofs. Ittra kbira fil-bidu u 1 fl-aħħar huma tricks li min jaqta’ jaf sew.
pw-rank-two-words = tiger-Lamp7
pw-rank-two-words-reason = Din ir-raba’. Żewġ kelmiet li ma jaqblux flimkien huma aktar diffiċli biex taqtagħhom, imma tnejn għadhom ftit.
pw-rank-four-words = violet-cactus-harbour-drum
pw-rank-four-words-reason = Din tiġi l-aħħar: hija l-aktar b’saħħitha. Erba’ kelmiet każwali jagħmlu password twila u faċli tiftakarha.

## Livell 3: l-ewwel password tal-kliem

level-pw-build-first-title = L-ewwel password tal-kliem tiegħek
level-pw-build-first-instruction = Agħfas il-biċċiet tal-kliem biex tibni password b’saħħitha ta’ mill-inqas 3 kelmiet.
level-pw-build-first-learned = Tliet kelmiet każwali jagħmlu password twila u b’saħħitha. Ħalli barra affarijiet li ħaddieħor jaf dwarek.
level-pw-build-first-hint-1 = Xi biċċa tgħid xi ħaġa dwarek?
level-pw-build-first-hint-2 = Agħżel kelmiet każwali li m’għandhom x’jaqsmu xejn miegħek. Agħmilha twila: 15-il ittra jew aktar.
level-pw-build-first-hint-3 = Rex huwa l-isem tal-kelb tiegħek, għalhekk ħallih barra.

pw-build-first-word-1 = dar
pw-build-first-word-2 = bir
pw-build-first-word-3 = rokit
pw-build-first-word-4 = mħadda
pw-build-first-word-5 = fekruna
pw-build-first-word-6 = ħut
pw-build-first-pet = Rex
pw-build-first-pet-reason = Rex huwa l-isem tal-kelb tiegħek. Il-ħbieb tiegħek jafuh, u hekk ukoll kull min jara r-ritratti tal-kelb tiegħek.
pw-build-first-year = 2016
pw-build-first-year-reason = Din hija s-sena li twelidt fiha. Ħafna nies jafuha, u min jaqta’ jipprova s-snin l-ewwel.

## Livell 4: drawwiet tajbin u drawwiet riskjużi

level-pw-habits-title = Drawwiet tajbin
level-pw-habits-instruction = Hija drawwa tajba jew riskjuża? Issortja kull karta.
level-pw-habits-learned = Uża password differenti għal kull logħba, żommha sigrieta, u oħroġ mill-account fuq tablets maqsuma.
level-pw-habits-hint-1 = Immaġina li xi ħadd ieħor isib it-tablet tiegħek. X’jista’ jagħmel?
level-pw-habits-hint-2 = Drawwiet tajbin iżommu l-password sigrieta u l-account tiegħek magħluq għal ħaddieħor.
level-pw-habits-hint-3 = Li toħroġ mill-account fuq tablet maqsum hija drawwa tajba.

pw-habits-bin-good = Drawwa tajba
pw-habits-bin-risky = Riskjuż

pw-habits-one-per-game = Password differenti għal kull logħba
pw-habits-one-per-game-reason = Jekk xi ħadd isir jaf password waħda, il-logħob l-ieħor tiegħek jibqa’ sigur.
pw-habits-sticky-note = Il-password fuq nota mwaħħla mat-tablet
pw-habits-sticky-note-reason = Kull min jaqbad it-tablet jista’ jaqraha. Staqsi lil adult fejn iżżommha sigura.
pw-habits-log-out = Toħroġ mill-account fuq tablet maqsum
pw-habits-log-out-reason = Hekk il-persuna ta’ wara ma tistax tilgħab minflokok. Dejjem oħroġ meta taqsam.
pw-habits-name-birthday = Ismek u għeluq sninek bħala password
pw-habits-name-birthday-reason = Ħafna nies jafu ismek u għeluq sninek. Min jaqta’ jipprovahom l-ewwel.
pw-habits-best-friend = Tgħid il-password lill-aqwa ħabib tiegħek
pw-habits-best-friend-reason = Il-ħbieb jistgħu jgħiduha lil oħrajn bi żball. Żomm il-password għalik.
pw-habits-ask-adult = Tistaqsi lil adult meta ikollok dubju
pw-habits-ask-adult-reason = Adult ta’ fiduċja jista’ jgħinek. Li tistaqsi hija dejjem idea tajba.

## Livell 5: password b’saħħitha ħafna

level-pw-build-strong-title = B’saħħitha ħafna!
level-pw-build-strong-instruction = Ibni password b’saħħitha ħafna minn mill-inqas 4 biċċiet tal-kliem.
level-pw-build-strong-learned = Erba’ kelmiet każwali jagħmlu password b’saħħitha ħafna. Laqmijiet, skejjel u timijiet huma faċli biex taqtagħhom.
level-pw-build-strong-hint-1 = Xi biċċiet jidhru kliem, imma huma dwarek. Liema?
level-pw-build-strong-hint-2 = Il-laqam tiegħek, l-iskola tiegħek u t-tim tiegħek huma faċli biex issirhom taf.
level-pw-build-strong-hint-3 = Zippy huwa l-laqam tiegħek, għalhekk ħallih barra.

pw-build-strong-word-1 = ilma
pw-build-strong-word-2 = silġ
pw-build-strong-word-3 = ħobż
pw-build-strong-word-4 = qamar
pw-build-strong-word-5 = kaxxa
pw-build-strong-word-6 = warda
pw-build-strong-word-7 = tanbur
pw-build-strong-nickname = Zippy
pw-build-strong-nickname-reason = Zippy huwa l-laqam tiegħek. Il-ħbieb tiegħek u l-klassi kollha jafuh.
pw-build-strong-school = Ballut
pw-build-strong-school-reason = Ballut hija l-iskola tiegħek. Ħafna nies jafu fejn tmur l-iskola.
pw-build-strong-team = Rovers
pw-build-strong-team-reason = Kulħadd jaf li tħobb lir-Rovers. Min jaqta’ jipprova t-tim tiegħek kmieni.

## Livell 6: verifika f’żewġ passi

level-pw-two-step-title = Il-kodiċi huwa għalik biss
level-pw-two-step-instruction = Aqra x’jiġri. Agħżel l-aħjar tweġiba kull darba.
level-pw-two-step-learned = Il-verifika f’żewġ passi titlob kodiċi flimkien mal-password tiegħek. Qatt taqsam il-kodiċi, anke jekk xi ħadd jitolbu.
level-pw-two-step-hint-1 = Għal min huwa l-kodiċi: għalik, jew għal kull min jitolbu?
level-pw-two-step-hint-2 = Il-kodiċi huwa t-tieni ċavetta. Tużah int biss, u ħadd ieħor qatt ma jeħtieġu.
level-pw-two-step-hint-3 = Meta ħabib jitolbok il-kodiċi tiegħek, żommu għalik.

pw-two-step-what-prompt = Il-logħba tiegħek tistaqsi: “Tixgħel il-verifika f’żewġ passi?” X’tagħmel?
pw-two-step-what-longer = Tagħmel il-password darbtejn itwal.
pw-two-step-what-longer-reason = Il-password tiegħek tibqa’ l-istess. Iżżid pass ieħor: kodiċi.
pw-two-step-what-code = Titolbok kodiċi wkoll.
pw-two-step-what-code-reason = Sew! Anke min jaf il-password tiegħek ma jistax jidħol mingħajr il-kodiċi. Staqsi lil adult jgħinek tixgħelha.
pw-two-step-what-friends = Il-ħbieb jistgħu jidħlu minflokok.
pw-two-step-what-friends-reason = Le. Tiżgura li int biss tista’ tidħol.

pw-two-step-friend-prompt = Ħabibek Sam jikteb: “Bagħatt il-kodiċi tad-dħul tiegħi lit-tablet tiegħek bi żball. Tista’ tibagħtuli?”
pw-two-step-friend-send = Nibagħtu. Sam ħabibi.
pw-two-step-friend-send-reason = Dan qerq magħruf. Forsi xi ħadd qed juża l-account ta’ Sam. Bil-kodiċi, jista’ jieħu tiegħek ukoll.
pw-two-step-friend-adult-sends = Nistaqsi lil adult id-dar jibagħtu minflokni.
pw-two-step-friend-adult-sends-reason = Li tgħid lil adult huwa sew, imma ħadd m’għandu jibgħat il-kodiċi. Lanqas adult.
pw-two-step-friend-keep = Inżommu għalija. Ngħid lil adult.
pw-two-step-friend-keep-reason = Sew! Qatt taqsam kodiċi. Kellem lil Sam personalment biex tiċċekkja li verament hu.

pw-two-step-unasked-prompt = Jitfaċċa kodiċi tad-dħul fuq it-tablet tiegħek, imma int ma ppruvajtx tidħol.
pw-two-step-unasked-tell = Ma naqsmu ma’ ħadd, u ngħid lil adult dwaru.
pw-two-step-unasked-tell-reason = Sew! Forsi xi ħadd qed jipprova l-password tiegħek. Adult jista’ jgħinek tibdilha.
pw-two-step-unasked-class-chat = Nikteb fiċ-chat tal-klassi.
pw-two-step-unasked-class-chat-reason = Imbagħad kulħadd fiċ-chat jista’ jużah. Il-kodiċi huwa għalik biss. Minflok, għid lil adult.
pw-two-step-unasked-reply = Inwieġeb u nistaqsi min bagħtu.
pw-two-step-unasked-reply-reason = Twieġibx. Il-kodiċi wasal għax xi ħadd ipprova jidħol bħalek. Għid lil adult.

## Livell 7: manager tal-passwords

level-pw-manager-title = Kexxun għall-passwords
level-pw-manager-instruction = Dan huwa l-manager tal-passwords ta’ Mia. Jiftakar il-passwords tagħha. Agħfas kull settings li mhux sigur biex tirranġah.
level-pw-manager-learned = Manager tal-passwords jiftakar il-passwords tiegħek. Password waħda b’saħħitha tal-kliem tgħasses lill-oħrajn kollha. Issettjah ma’ adult ta’ fiduċja.
level-pw-manager-hint-1 = Liema settings jgħin lil xi ħadd jiftaħ il-passwords ta’ Mia?
level-pw-manager-hint-2 = Il-password prinċipali tgħasses lill-oħrajn kollha, għalhekk trid tkun l-aktar b’saħħitha.
level-pw-manager-hint-3 = Ibda mill-password prinċipali.

pw-manager-set-up = Issettjat ma’: adult ta’ fiduċja
pw-manager-set-up-reason = Tajjeb! Adult ta’ fiduċja jista’ jgħinek tissettjah u żżommu sigur.
pw-manager-main-password = Password prinċipali: 1234
pw-manager-main-password-reason = Din il-password waħda tiftaħ l-oħrajn kollha. Agħmilha twila u b’saħħitha: tliet kelmiet każwali.
pw-manager-main-password-fixed = Password prinċipali: tliet kelmiet każwali
pw-manager-one-each = Jissejvja: password differenti għal kull logħba
pw-manager-one-each-reason = Tajjeb! Jiftakarhom hu, għalhekk kull logħba jista’ jkollha l-password tagħha.
pw-manager-make-new = Oħloq passwords b’saħħithom għalija: Mitfi
pw-manager-make-new-reason = Jista’ joħloq passwords twal u każwali u jiftakarhom għalik. Ixgħlu.
pw-manager-make-new-fixed = Oħloq passwords b’saħħithom għalija: Mixgħul
pw-manager-lock = Saqqar l-app meta nagħlaqha: Mitfi
pw-manager-lock-reason = Imbagħad kull min jaqbad it-tablet jista’ jara l-passwords kollha ta’ Mia.
pw-manager-lock-fixed = Saqqar l-app meta nagħlaqha: Mixgħul
pw-manager-device = Issejvjat fuq: it-tablet tiegħi d-dar
pw-manager-device-reason = Li tissejvja l-passwords fuq it-tablet tiegħek huwa tajjeb. Qatt tissejvjahom fuq kompjuter tal-librerija.
