# Id-dinja “Il-Moll tal-Apparat”: tieħu ħsieb it-tablet jew it-telefon tiegħek, u lilek innifsek.
# Apps, kumpaniji, numri u indirizzi huma vvintati: jibqgħu l-istess. L-ebda numru tat-telefon.

world-device-dock = Il-Moll tal-Apparat

## Livell 1: aġġornamenti u pop-ups

level-device-update-title = Ħin għall-aġġornament
level-device-update-instruction = It-tablet tiegħek juri messaġġ. Agħżel l-aħjar ħaġa li tagħmel.
level-device-update-learned = Aġġornamenti veri jiġu mis-settings tat-tablet tiegħek u jżommuh sigur. Pop-ups li jbeżżgħuk huma qerq.
level-device-update-hint-1 = Minn fejn ġej il-messaġġ: mit-tablet innifsu jew minn paġna web?
level-device-update-hint-2 = L-aġġornamenti jirranġaw punti dgħajfa. Paġna web ma tistax tara ġewwa t-tablet tiegħek.
level-device-update-hint-3 = Messaġġ mit-tablet innifsu huwa aġġornament veru. Li tinstallah iżomm it-tablet sigur.

device-update-system-prompt = It-tablet tiegħek jgħid: “Aġġornament tas-sistema lest. Tinstallah issa?”
device-update-system-ignore = Ninjorah għal dejjem. L-aġġornamenti huma boring.
device-update-system-ignore-reason = L-aġġornamenti jirranġaw punti dgħajfa li software ħażin jista’ juża. Mingħajrhom, it-tablet tiegħek inqas sigur.
device-update-system-install = Ninstallah, jew nistaqsi lil adult jgħinni.
device-update-system-install-reason = Dan il-messaġġ ġej mit-tablet innifsu. L-aġġornamenti jżommuh sigur u jaħdem tajjeb.
device-update-system-switch-off = Nitfi t-tablet biex jieqaf jistaqsi.
device-update-system-switch-off-reason = L-aġġornament jerġa’ jistaqsi aktar tard. Li tinstallah huwa l-mod kif iżżomm it-tablet sigur.

device-update-popup-prompt = Paġna web titfaċċa: “It-tablet tiegħek għandu 5 viruses! Niżżel CleanerPro issa!”
device-update-popup-download = Inniżżel CleanerPro malajr.
device-update-popup-download-reason = Dan qerq. Id-download jista’ jkun is-software ħażin innifsu.
device-update-popup-ok-button = Nagħfas “OK” fil-pop-up biex jitlaq.
device-update-popup-ok-button-reason = Buttuni f’pop-up falz jistgħu jibdew download. Minflok, agħlaq il-paġna kollha.
device-update-popup-close = Nagħlaq il-paġna u ngħid lil adult.
device-update-popup-close-reason = Paġna web ma tistax tħares ġewwa t-tablet tiegħek, għalhekk il-viruses huma vvintati. Li tagħlaq il-paġna huwa sigur.

device-update-battery-prompt = L-aġġornament irid jibda, imma l-batterija fuq 5%.
device-update-battery-charge = L-ewwel inqabbad iċ-charger, imbagħad naġġorna.
device-update-battery-charge-reason = Aġġornament jeħtieġ il-qawwa sakemm jispiċċa. Biċ-charger imqabbad, jista’ jlesti bla periklu.
device-update-battery-start = Nibdih issa, u nistaqsi lil adult biex joqgħod iħares.
device-update-battery-start-reason = Li tħares ma jgħinx jekk il-batterija tispiċċa f’nofs it-triq: l-aġġornament jista’ jmur ħażin. L-ewwel iċċarġja.
device-update-battery-cancel = Nikkanċellah u qatt ma naġġorna aktar.
device-update-battery-cancel-reason = L-aġġornament xorta importanti għas-sigurtà tat-tablet tiegħek. L-ewwel iċċarġjah biss.

## Livell 2: x’tista’ tuża app tat-torċa

device-bin-makes-sense = Jagħmel sens
device-bin-no-sense = Ma jagħmilx sens

level-device-permissions-title = L-app tat-torċa
level-device-permissions-instruction = Tiftaħ app ġdida tat-torċa. Waqt li taħdem, titlob li tuża dawn l-affarijiet. Jagħmel sens?
level-device-permissions-learned = L-apps jistaqsu waqt li tużahom. Agħfas “Tħallix” għal dak li app ma teħtiġx. Tista’ tibdlu wara fis-Settings.
level-device-permissions-hint-1 = X’teħtieġ app tat-torċa biex tagħmel xogħolha?
level-device-permissions-hint-2 = Torċa teħtieġ biss tagħmel dawl. Kull ħaġa oħra mhix parti mix-xogħol tagħha.
level-device-permissions-hint-3 = Torċa m’għandha x’taqsam xejn mal-kuntatti tiegħek.

device-permissions-camera-light = Tixgħel id-dawl ħdejn il-kamera
device-permissions-camera-light-reason = Dak id-dawl żgħir huwa t-torċa. L-app teħtieġu biex tagħmel xogħolha.
device-permissions-contacts = Aċċess għall-kuntatti tiegħek
device-permissions-contacts-reason = Torċa ma teħtieġx l-ismijiet u n-numri tal-ħbieb tiegħek. Agħfas “Tħallix”.
device-permissions-location = Aċċess għall-post ta’ dan l-apparat
device-permissions-location-reason = Torċa taħdem l-istess kullimkien. M’għandhiex bżonn tkun taf fejn int.
device-permissions-screen-bright = Tagħmel l-iskrin abjad u qawwi
device-permissions-screen-bright-reason = Xi torċi jixegħlu l-iskrin kollu. Dan parti milli tkun torċa.
device-permissions-microphone = Tirrekordja l-ħoss
device-permissions-microphone-reason = Torċa m’għandhiex bżonn tismagħk. Agħfas “Tħallix”: it-torċa xorta taħdem.
device-permissions-notifications = Tibgħatlek notifiki
device-permissions-notifications-reason = Torċa m’għandha xejn x’tgħidlek. In-notifiki jkunu biss reklami jew tfakkiriet biex tiftaħha.
device-permissions-photos = Aċċess għar-ritratti u l-vidjos fuq dan l-apparat
device-permissions-photos-reason = Ir-ritratti tiegħek huma privati. Torċa ma teħtiġhomx biex tagħmel id-dawl.

## Livell 3: twissija falza ta’ virus

level-device-fake-virus-title = Allarm tal-virus!
level-device-fake-virus-instruction = Agħfas kull sinjal ta’ twissija f’din il-paġna web.
level-device-fake-virus-learned = Paġna web ma tistax issib viruses fuq it-tablet tiegħek. Agħlaq paġni li jbeżżgħu u għid lil adult.
level-device-fake-virus-hint-1 = Ibda minn fuq. Ta’ min hi din il-paġna?
level-device-fake-virus-hint-2 = Twissijiet foloz jgħajtu, jgħaġġluk, u jridu li tniżżel jew iċċempel.
level-device-fake-virus-hint-3 = It-twissija kbira li tteptep hija sinjal wieħed. Hemm erbgħa oħra fil-paġna.

device-fake-virus-address = tablet-safety-scan.example/alert
device-fake-virus-address-reason = Din hija paġna web kwalunkwe, mhux it-tablet tiegħek. Paġna web ma tistax tfittex viruses fit-tablet tiegħek.
device-fake-virus-warning = Aħmar iteptep: TWISSIJA! INSTABU 5 VIRUSES!
device-fake-virus-warning-reason = It-teptip u l-ittri kbar iridu jbeżżgħuk biex tieqaf taħseb. Il-viruses huma vvintati.
device-fake-virus-picture = Stampa: tablet b’tarka blu
device-fake-virus-picture-reason = Stampa waħedha mhix sinjal ta’ twissija. Aqra l-kliem ta’ madwarha.
device-fake-virus-countdown = Aġixxi fi 60 sekonda!
device-fake-virus-countdown-reason = L-arloġġ irid jgħaġġlek. Il-qarrieqa jgħaġġluk biex ma tistaqsi lil ħadd.
device-fake-virus-download = Niżżel CleanerPro.apk biex tnaddaf it-tablet
device-fake-virus-download-reason = Dan id-download jista’ jkun software ħażin. Ħu l-apps biss mill-app store uffiċjali, ma’ adult.
device-fake-virus-phone = Jew ċempel lin-numru tal-għajnuna tagħna issa!
device-fake-virus-phone-reason = Dawk li jagħmlu t-tablets veri ma jgħidulekx iċċempel minn paġna web. Qatt ma ċċempel numru bħal dan.
device-fake-virus-menu = Għajnuna · Dwarna · Kuntatt
device-fake-virus-menu-reason = Links tal-menu jinsabu fil-biċċa l-kbira tal-paġni web. Waħedhom mhumiex sinjal ta’ twissija.

## Livell 4: tieħu app ġdida b’mod sigur

level-device-install-app-title = App ġdida
level-device-install-app-instruction = Trid logħba ġdida, u adult qal iva. Poġġi l-passi fl-ordni li jiġru.
level-device-install-app-learned = Ħu l-apps mill-app store uffiċjali u l-ewwel iċċekkja l-klassifikazzjoni tal-età u s-Sigurtà tad-data. Wara li tinstallaha, ħalli biss dak li l-app teħtieġ.
level-device-install-app-hint-1 = Minn fejn jiġu l-apps sikuri?
level-device-install-app-hint-2 = Tista’ taqra dwar app biss wara li ssibha, u tista’ titolbok affarijiet biss wara li tiġi installata.
level-device-install-app-hint-3 = Ibda fl-app store uffiċjali. Il-klassifikazzjoni tal-età u s-Sigurtà tad-data jinsabu fil-paġna tal-app.

device-install-app-store = Iftaħ l-app store uffiċjali (Play Store).
device-install-app-store-reason = Agħmel dan l-ewwel. L-apps fl-app store uffiċjali jiġu ċċekkjati għal software ta’ ħsara. Apps minn postijiet oħra jistgħu jaħbuh.
device-install-app-read = Fil-paġna tal-app, iċċekkja l-età u s-Sigurtà tad-data.
device-install-app-read-reason = Wara. Il-klassifikazzjoni tal-età (PEGI fil-biċċa l-kbira tal-Ewropa) tgħid għal min hi l-app. Fis-Sigurtà tad-data dawk li għamluha jgħidu liema data tiġbor u taqsam.
device-install-app-install = Agħfas “Installa”.
device-install-app-install-reason = Issa installaha, wara li qrajt il-paġna tagħha. Qabel dan, l-app ma tista’ titolbok xejn.
device-install-app-say-no = Iftaħ l-app. Ħalli biss dak li teħtieġ.
device-install-app-say-no-reason = L-apps jistaqsu waqt li tużahom, mhux qabel. Agħfas “Tħallix” għal dak li ma teħtiġx. Tista’ tibdlu wara fis-Settings.
device-install-app-check = M’għadekx tużaha? Ħassarha.
device-install-app-check-reason = Agħmel dan l-aħħar. App li ma tużax xorta tieħu spazju u xorta jista’ jkollha d-data tiegħek.

## Livell 5: bilanċ

level-device-screen-time-title = Ħin għal break?
level-device-screen-time-instruction = Agħżel l-aħjar ħaġa għalik u għal ġismek.
level-device-screen-time-learned = Il-break, l-irqad u ħbieb veri jgħoddu aktar minn kwalunkwe premju jew streak ta’ logħba.
level-device-screen-time-hint-1 = Aħseb f’għajnejk, fl-irqad tiegħek u fil-ħin tiegħek.
level-device-screen-time-hint-2 = Logħob u apps jippruvaw iżommuk quddiem l-iskrin. Int tiddeċiedi meta tieqaf.
level-device-screen-time-hint-3 = Għas-senduq: l-irqad jgħodd aktar minn kwalunkwe premju ta’ logħba.

device-screen-time-eyes-prompt = Ilek tilgħab sagħtejn. Għajnejk għajjenin.
device-screen-time-eyes-one-more = Nistaqsi lil adult għal siegħa oħra, imbagħad nistrieħ.
device-screen-time-eyes-one-more-reason = Għajnejn għajjenin jeħtieġu mistrieħ issa, mhux wara siegħa, anke jekk adult jgħid iva. Isma’ minn ġismek.
device-screen-time-eyes-break = Nieħu break: inħares ’il bogħod u nitħarrek.
device-screen-time-eyes-break-reason = Li tħares ’il bogħod jistrieħ għajnejk, u li titħarrek jagħmel ġid lil ġismek.
device-screen-time-eyes-brighter = Nagħmel l-iskrin aktar qawwi u nkompli.
device-screen-time-eyes-brighter-reason = Skrin aktar qawwi ma jgħinx għajnejn għajjenin. Jeħtieġu break ’il bogħod mill-iskrin.

device-screen-time-chest-prompt = Logħba tgħid: “Erġa’ lura f’10 minuti għal senduq b’xejn!” Wasal il-ħin tal-irqad.
device-screen-time-chest-stay-up = Ma norqodx għal 10 minuti oħra għas-senduq.
device-screen-time-chest-stay-up-reason = Il-logħob juża premjijiet żgħar biex iżommok tilgħab. Għaxar minuti spiss isiru aktar.
device-screen-time-chest-alarm = Nissettja allarm biex inqum għalih bil-lejl.
device-screen-time-chest-alarm-reason = Li tqum għal logħba jkisser l-irqad tiegħek. Għada jkollok ngħas.
device-screen-time-chest-sleep = Immur norqod. Is-senduq jista’ jistenna.
device-screen-time-chest-sleep-reason = L-irqad jgħinek tikber, titgħallem u tħossok tajjeb. Premju ta’ logħba qatt ma jiswa irqad mitluf.

device-screen-time-streak-prompt = Ħabib irid li żżomm streak taċ-chat kuljum. Illum għandek ħafna x’tagħmel.
device-screen-time-streak-tell = Ngħid lill-ħabib: “Illum ma nistax, nitkellmu dalwaqt!”
device-screen-time-streak-tell-reason = Ħabib veru jifhem. L-apps jużaw l-istreaks biex iġegħluk terġa’ lura, imma l-ħbiberija ma teħtiġhomx.
device-screen-time-streak-homework = Nieqaf mill-homework biex inżomm l-istreak.
device-screen-time-streak-homework-reason = Il-homework tiegħek jgħodd aktar minn numru f’app. L-istreak ma jiswiex l-istress.
device-screen-time-streak-password = Nagħti l-password tiegħi lill-ħabib biex iżommha għaddejja.
device-screen-time-streak-password-reason = Qatt taqsam il-password tiegħek, anke ma’ ħabib tajjeb. Hija ċ-ċavetta tal-account tiegħek.
