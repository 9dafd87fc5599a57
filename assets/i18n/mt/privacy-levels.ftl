# Id-dinja “Aqsam bis-Sigurtà”, mil-livell 2. Nies, postijiet u logħob huma vvintati. It-triq u
# l-iskola huma vvintati għal kull lingwa (Triq l-Aġġru, Skola tal-Ballut).

## Livell 2: is-settings ta’ profil tal-logħba

level-privacy-profile-title = Il-profil ta’ Lena
level-privacy-profile-instruction = Dan huwa l-profil tal-logħba ta’ Lena. Agħfas kull settings li jaqsam wisq biex tirranġah.
level-privacy-profile-learned = Żomm il-profil tiegħek għall-ħbieb biss. Uża isem tal-logħba vvintat u stampa tal-cartoons, u żomm il-post u n-numru tiegħek privati.
level-privacy-profile-hint-1 = Aqra kull linja. Barrani jista’ jużaha biex isib lil Lena?
level-privacy-profile-hint-2 = Isem tal-logħba vvintat u stampa tal-cartoons huma sikuri. Ismijiet veri, postijiet u numri le.
level-privacy-profile-hint-3 = Ħares min jista’ jara l-profil u lejn in-numru tat-telefon.

privacy-profile-visibility = Min jista’ jara l-profil tiegħi: Kulħadd
privacy-profile-visibility-reason = Kulħadd ifisser anke l-barranin. Agħżel ħbieb biss.
privacy-profile-visibility-fixed = Min jista’ jara l-profil tiegħi: Ħbieb biss
privacy-profile-name = Isem muri: Lena Borg (isem sħiħ)
privacy-profile-name-reason = Isem sħiħ jgħin lill-barranin isibu lil Lena. Isem tal-logħba vvintat huwa biżżejjed.
privacy-profile-name-fixed = Isem muri: StarFox22 (isem tal-logħba)
privacy-profile-game-name = Isem tal-logħba: StarFox22
privacy-profile-game-name-reason = Isem tal-logħba vvintat ma jgħid lil ħadd min hi verament Lena. Għażla tajba!
privacy-profile-avatar = Avatar: volpi tal-cartoons
privacy-profile-avatar-reason = Stampa tal-cartoons ma turix wiċċ Lena. Dan sigur.
privacy-profile-location = Aqsam il-post tiegħi: Mixgħul
privacy-profile-location-reason = Dan juri lin-nies fejn tinsab Lena bħalissa. Żommu mitfi.
privacy-profile-location-fixed = Aqsam il-post tiegħi: Mitfi
privacy-profile-game = Logħba favorita: Block Builders
privacy-profile-game-reason = Ħafna tfal iħobbu din il-logħba. Ma tgħid lil ħadd fejn tinsab Lena.
privacy-profile-phone = Numru tat-telefon: jidher għal kulħadd
privacy-profile-phone-reason = Barranin jistgħu jċemplu jew jibagħtu messaġġi lil Lena. Żomm in-numru tat-telefon tiegħek privat.
privacy-profile-phone-fixed = Numru tat-telefon: moħbi

## Livell 3: post b’ritratt, deskritt linja linja

level-privacy-photo-title = Ritratt tax-xemx
level-privacy-photo-instruction = Agħfas kull ħjiel f’dan il-post li juri fejn toqgħod jew fejn tmur l-iskola.
level-privacy-photo-learned = Qabel ma ttella’ ritratt, fittex tabelli tat-toroq, numri tad-djar, logos tal-iskola u tags tal-post.
level-privacy-photo-hint-1 = Ħares ukoll lejn l-isfond, mhux biss lejk u lejn il-kelb.
level-privacy-photo-hint-2 = Ismijiet tat-toroq, numri tad-djar u logos tal-iskola juru lill-barranin fejn isibuk.
level-privacy-photo-hint-3 = It-tabella tat-triq warajk hija ħjiel wieħed. Hemm tlieta oħra.

privacy-photo-photo = Ritratt: jien u l-kelb tiegħi fil-ġnien
privacy-photo-photo-reason = Ritratt tiegħek mal-annimal tiegħek jista’ jinqasam mal-ħbieb. Iċċekkja biss x’hemm iżjed fih.
privacy-photo-sign = Warajna: tabella tat-triq, “Triq l-Aġġru”
privacy-photo-sign-reason = It-tabella tgħid lil kulħadd f’liema triq toqgħod. Ħu r-ritratt fejn m’hemmx tabelli.
privacy-photo-door = Fuq il-bieb: in-numru tad-dar 12
privacy-photo-door-reason = Flimkien mal-isem tat-triq, in-numru juri eżatt id-dar tiegħek. Żommu barra mir-ritratt.
privacy-photo-shirt = Il-flokk tiegħi bil-logo tal-Iskola tal-Ballut
privacy-photo-shirt-reason = Il-logo juri għal liema skola tmur. Il-barranin ikunu jafu fejn tkun kuljum.
privacy-photo-caption = Kapsjun: Sibt xemxi ma’ Rex!
privacy-photo-caption-reason = L-isem tal-kelb tiegħek tista’ taqsmu. Biss qatt tużah bħala password.
privacy-photo-location = Tag tal-post: 12, Triq l-Aġġru
privacy-photo-location-reason = It-tag jagħti l-indirizz sħiħ tiegħek lil kulħadd. Itfi t-tags tal-post.
privacy-photo-comment = Kumment minn Ben: X’kelb ħelu!
privacy-photo-comment-reason = Kumment ġentili minn ħabib huwa tajjeb. Ma jagħti xejn.

## Livell 4: mistoqsijiet li jitolbu wisq

level-privacy-stranger-asks-title = Min irid ikun jaf?
level-privacy-stranger-asks-instruction = Agħżel l-aħjar tweġiba kull darba.
level-privacy-stranger-asks-learned = Dejjem tista’ tgħid le. Żomm għalik l-iskola tiegħek, it-triq tiegħek u n-numri tal-ħbieb tiegħek. Jekk xi ħadd jibqa’ jistaqsi, għid lil adult.
level-privacy-stranger-asks-hint-1 = Aħseb: min se jara t-tweġiba tiegħi, u x’jista’ jagħmel biha?
level-privacy-stranger-asks-hint-2 = Id-dettalji tiegħek, u n-numri tal-ħbieb tiegħek, huma tagħkom biex iżżommuhom. Dejjem tista’ tgħid le.
level-privacy-stranger-asks-hint-3 = Logħba taħdem xorta meta tgħid le għall-kuntatti tiegħek.

privacy-stranger-asks-school = SkyRider9, ħabib online li qatt ma ltqajt miegħu, jistaqsi: “Għal liema skola tmur?”
privacy-stranger-asks-school-tell = Ngħidlu, imbagħad ngħid lil adult.
privacy-stranger-asks-school-tell-reason = Li tgħid lil adult huwa tajjeb, imma issa SkyRider9 jaf l-iskola tiegħek. Aħjar ma taqsamhiex mill-ewwel.
privacy-stranger-asks-school-town = Ngħidlu biss il-belt tiegħi.
privacy-stranger-asks-school-town-reason = Il-belt tiegħek xorta hija ħjiel dwar fejn int. Żommha privata wkoll.
privacy-stranger-asks-school-say-no = Ngħid le, u ngħid lil adult.
privacy-stranger-asks-school-say-no-reason = Prosit! Tista’ tgħid le b’mod ħabib. Adult jista’ jgħin jekk SkyRider9 jibqa’ jistaqsi.
privacy-stranger-asks-contacts = Waqt li qed tilgħab, logħba tistaqsi: “Tħalli lil Block Builders jaċċessa l-kuntatti tiegħek?”
privacy-stranger-asks-contacts-allow = Nagħfas “Ħalli” biex insib ħbieb malajr.
privacy-stranger-asks-contacts-allow-reason = Il-kuntatti tiegħek huma n-numri ta’ nies oħra. Il-logħba teħodhom mingħajr ma tistaqsi lil dawk in-nies.
privacy-stranger-asks-contacts-not-now = Nagħfas “Tħallix”. Il-logħba xorta taħdem.
privacy-stranger-asks-contacts-not-now-reason = Sew! In-numri tal-kuntatti tiegħek mhumiex tiegħek biex tagħtihom. Tista’ żżid ħbieb bl-ismijiet tal-logħba tagħhom.
privacy-stranger-asks-contacts-allow-then-delete = Inħalli, imbagħad wara nħassar il-logħba kollha.
privacy-stranger-asks-contacts-allow-then-delete-reason = Ladarba l-logħba jkollha n-numri, li tħassar il-logħba ma jġibhomx lura.
privacy-stranger-asks-quiz = Kwiżż divertenti jgħid: “L-isem ta’ supereroj tiegħek = it-triq tiegħek + l-iskola tiegħek!”
privacy-stranger-asks-quiz-skip = Naqbżu, jew nilgħab bi kliem ivvintat.
privacy-stranger-asks-quiz-skip-reason = Ħsieb tajjeb! It-triq u l-iskola tiegħek juru fejn isibuk. Kliem ivvintat huwa divertenti xorta.
privacy-stranger-asks-quiz-post = Nikteb l-isem ta’ supereroj veru tiegħi fil-kummenti.
privacy-stranger-asks-quiz-post-reason = Issa kulħadd jaf it-triq u l-iskola tiegħek. Flimkien juru fejn isibuk.
privacy-stranger-asks-quiz-send-friend = Nibagħtu biss lil ħabib wieħed f’messaġġ.
privacy-stranger-asks-quiz-send-friend-reason = Il-messaġġi jistgħu jingħaddew. Żomm it-tweġibiet veri tiegħek għalik.

## Livell 5: qabel ma ttella’ ritratt

level-privacy-before-posting-title = Lest biex ittella’?
level-privacy-before-posting-instruction = Trid ittella’ ritratt. Dan pass tajjeb qabel ma ttella’, jew aħjar le?
level-privacy-before-posting-learned = Qabel ma ttella’, iċċekkja r-ritratt għal ħjiel, staqsi lin-nies li fih u agħżel ħbieb biss. Żomm it-tags tal-post mitfija.
level-privacy-before-posting-hint-1 = Aħseb: ladarba jitla’, min jista’ jara r-ritratt, u x’jista’ jsir jaf?
level-privacy-before-posting-hint-2 = Passi tajbin iżommu l-ħjiel u l-barranin barra u jistaqsu lin-nies fir-ritratt. Passi riskjużi jxerrdu r-ritratt jew fejn int.
level-privacy-before-posting-hint-3 = Tag tal-post huwa wieħed li tħalli barra.

privacy-bin-do = Agħmlu
privacy-bin-dont = Aħjar le

privacy-before-posting-clues = Tiċċekkja r-ritratt għal tabelli u numri tad-djar.
privacy-before-posting-clues-reason = Tajjeb! Aqtagħhom barra jew agħżel ritratt ieħor, biex ħadd ma jkun jaf fejn toqgħod.
privacy-before-posting-location = Iżżid tag tal-post biex il-ħbieb isibuk.
privacy-before-posting-location-reason = Tag tal-post juri lil kulħadd fejn int. Żommu mitfi.
privacy-before-posting-ask = Tistaqsi lil kulħadd fir-ritratt jekk hux ok.
privacy-before-posting-ask-reason = Ir-ritratt huwa tagħhom ukoll. Tellgħu biss jekk jgħidu iva.
privacy-before-posting-everyone = Ittellgħu għal kulħadd, biex ikollok aktar likes.
privacy-before-posting-everyone-reason = Kulħadd ifisser anke l-barranin. Il-likes ma jiswewx daqshekk.
privacy-before-posting-audience = Tagħżel min jista’ jarah: ħbieb biss.
privacy-before-posting-audience-reason = Tajjeb! Ħbieb biss iżomm il-barranin barra.
privacy-before-posting-surprise = Ittella’ ritratt redikolu ta’ ħabib bħala sorpriża.
privacy-before-posting-surprise-reason = L-ewwel staqsi. Ħabibek forsi ma jridx dak ir-ritratt online.
