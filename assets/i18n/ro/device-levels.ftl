# Lumea „Portul dispozitivelor”: grija de tabletă sau telefon și de tine. Aplicațiile, firmele și adresele sunt inventate.

world-device-dock = Portul dispozitivelor

## Nivelul 1: actualizări și pop-up-uri

level-device-update-title = E timpul pentru o actualizare
level-device-update-instruction = Tableta ta arată un mesaj. Alege cel mai bun lucru de făcut.
level-device-update-learned = Actualizările adevărate vin din setările tabletei și o țin în siguranță. Pop-up-urile care te sperie sunt trucuri.
level-device-update-hint-1 = De unde vine mesajul: de la tabletă sau de la o pagină web?
level-device-update-hint-2 = Actualizările repară punctele slabe. O pagină web nu poate vedea în interiorul tabletei tale.
level-device-update-hint-3 = Un mesaj chiar de la tabletă e o actualizare adevărată. Dacă o instalezi, tableta rămâne în siguranță.

device-update-system-prompt = Tableta ta spune: „O actualizare de sistem e gata. Instalezi acum?”
device-update-system-ignore = O ignor mereu. Actualizările sunt plictisitoare.
device-update-system-ignore-reason = Actualizările repară puncte slabe pe care programele rele le-ar putea folosi. Fără ele, tableta ta e mai puțin sigură.
device-update-system-install = O instalez sau cer ajutorul unui adult.
device-update-system-install-reason = Mesajul acesta vine chiar de la tabletă. Actualizările o țin în siguranță și o fac să meargă bine.
device-update-system-switch-off = Închid tableta ca să nu mai întrebe.
device-update-system-switch-off-reason = Actualizarea va întreba din nou mai târziu. S-o instalezi e felul în care îți ții tableta în siguranță.

device-update-popup-prompt = Apare o pagină web: „Tableta ta are 5 viruși! Descarcă acum CleanerPro!”
device-update-popup-download = Descarc repede CleanerPro.
device-update-popup-download-reason = E un truc. Descărcarea ar putea fi chiar programul rău.
device-update-popup-ok-button = Ating „OK” în pop-up, ca să dispară odată.
device-update-popup-ok-button-reason = Butoanele dintr-un pop-up fals pot porni o descărcare. Mai bine închide toată pagina.
device-update-popup-close = Închid pagina și îi spun unui adult.
device-update-popup-close-reason = O pagină web nu poate vedea în interiorul tabletei, deci virușii sunt inventați. E sigur să închizi pagina.

device-update-battery-prompt = Actualizarea vrea să înceapă, dar bateria e la 5%.
device-update-battery-charge = Pun încărcătorul, apoi actualizez.
device-update-battery-charge-reason = O actualizare are nevoie de curent până e gata. Cu încărcătorul pus, se poate termina în siguranță.
device-update-battery-start = Încep acum și rog un adult să stea cu ochii pe ea.
device-update-battery-start-reason = Nu ajută să se uite cineva dacă bateria se termină la jumătate: actualizarea poate da greș. Încarcă întâi.
device-update-battery-cancel = O anulez și nu mai actualizez niciodată.
device-update-battery-cancel-reason = Actualizarea e tot importantă pentru siguranța tabletei. Doar încarc-o întâi.

## Nivelul 2: ce poate folosi o aplicație de lanternă

device-bin-makes-sense = Are sens
device-bin-no-sense = N-are sens

level-device-permissions-title = Aplicația de lanternă
level-device-permissions-instruction = Deschizi o aplicație nouă de lanternă. În timp ce merge, cere să folosească lucrurile acestea. Are sens?
level-device-permissions-learned = Aplicațiile cer permisiuni în timp ce le folosești. Atinge „Nu permite” pentru ce nu-i trebuie unei aplicații. Poți schimba asta mai târziu în Setări.
level-device-permissions-hint-1 = De ce are nevoie o lanternă ca să-și facă treaba?
level-device-permissions-hint-2 = O lanternă trebuie doar să facă lumină. Orice altceva nu ține de treaba ei.
level-device-permissions-hint-3 = O lanternă n-are nicio legătură cu contactele tale.

device-permissions-camera-light = Să aprindă lumina de lângă cameră
device-permissions-camera-light-reason = Luminița aceea e lanterna. Aplicația are nevoie de ea ca să-și facă treaba.
device-permissions-contacts = Să acceseze contactele tale
device-permissions-contacts-reason = O lanternă nu are nevoie de numele și numerele prietenilor tăi. Atinge „Nu permite”.
device-permissions-location = Să acceseze locația dispozitivului
device-permissions-location-reason = O lanternă merge la fel peste tot. Nu trebuie să știe unde ești.
device-permissions-screen-bright = Să facă ecranul alb și luminos
device-permissions-screen-bright-reason = Unele lanterne luminează tot ecranul. Asta ține de treaba unei lanterne.
device-permissions-microphone = Să înregistreze sunet
device-permissions-microphone-reason = O lanternă nu trebuie să te audă. Atinge „Nu permite”: lanterna tot merge.
device-permissions-notifications = Să-ți trimită notificări
device-permissions-notifications-reason = O lanternă n-are ce să-ți spună. Notificările ar fi doar reclame sau mementouri s-o deschizi.
device-permissions-photos = Să acceseze pozele și filmulețele de pe dispozitiv
device-permissions-photos-reason = Pozele tale sunt private. O lanternă nu are nevoie de ele ca să facă lumină.

## Nivelul 3: un avertisment fals despre viruși

level-device-fake-virus-title = Alarmă de virus!
level-device-fake-virus-instruction = Atinge fiecare semnal de alarmă de pe această pagină web.
level-device-fake-virus-learned = O pagină web nu poate găsi viruși pe tableta ta. Închide paginile care te sperie și spune-i unui adult.
level-device-fake-virus-hint-1 = Începe de sus. A cui e pagina asta?
level-device-fake-virus-hint-2 = Avertismentele false strigă, te grăbesc și vor să descarci ceva sau să suni.
level-device-fake-virus-hint-3 = Avertismentul mare care clipește e un semnal de alarmă. Mai sunt încă patru pe pagină.

device-fake-virus-address = tablet-safety-scan.example/alert
device-fake-virus-address-reason = E o pagină web oarecare, nu tableta ta. O pagină web nu-ți poate scana tableta de viruși.
device-fake-virus-warning = Roșu care clipește: ATENȚIE! 5 VIRUȘI GĂSIȚI!
device-fake-virus-warning-reason = Clipirea și literele mari vor să te sperie, ca să nu mai gândești. Virușii sunt inventați.
device-fake-virus-picture = Poză: o tabletă cu un scut albastru
device-fake-virus-picture-reason = O poză, singură, nu e un semnal de alarmă. Citește cuvintele din jurul ei.
device-fake-virus-countdown = Acționează în 60 de secunde!
device-fake-virus-countdown-reason = Ceasul vrea să te grăbești. Păcălitorii te grăbesc ca să nu întrebi pe nimeni.
device-fake-virus-download = Descarcă CleanerPro.apk ca să-ți cureți tableta
device-fake-virus-download-reason = Descărcarea asta ar putea fi un program rău. Ia aplicații doar din magazinul oficial de aplicații, împreună cu un adult.
device-fake-virus-phone = Sau sună acum la numărul nostru de ajutor!
device-fake-virus-phone-reason = Firmele care fac tablete adevărate nu-ți cer să suni de pe o pagină web. Nu suna niciodată la un astfel de număr.
device-fake-virus-menu = Ajutor · Despre noi · Contact
device-fake-virus-menu-reason = Linkurile de meniu sunt pe majoritatea paginilor web. Singure, nu sunt un semnal de alarmă.

## Nivelul 4: o aplicație nouă, în siguranță

level-device-install-app-title = O aplicație nouă
level-device-install-app-instruction = Vrei un joc nou și un adult a zis da. Pune pașii în ordinea în care se întâmplă.
level-device-install-app-learned = Ia aplicațiile din magazinul oficial și verifică întâi clasificarea de vârstă și Siguranța datelor. După instalare, permite doar ce-i trebuie aplicației.
level-device-install-app-hint-1 = De unde vin aplicațiile sigure?
level-device-install-app-hint-2 = Poți citi despre o aplicație doar după ce ai găsit-o, iar ea îți poate cere lucruri doar după ce e instalată.
level-device-install-app-hint-3 = Începe în magazinul oficial de aplicații. Clasificarea de vârstă și Siguranța datelor sunt pe pagina aplicației.

device-install-app-store = Deschide magazinul oficial de aplicații (Play Store).
device-install-app-store-reason = Fă asta primul. Aplicațiile din magazinul oficial sunt verificate să nu ascundă programe dăunătoare. Cele din alte locuri le pot ascunde.
device-install-app-read = Pe pagina aplicației, verifică vârsta și Siguranța datelor.
device-install-app-read-reason = Urmează asta. Clasificarea de vârstă (PEGI în mare parte din Europa) spune pentru cine e aplicația. La Siguranța datelor, cei care au făcut-o spun ce date strânge și cu cine le împarte.
device-install-app-install = Atinge „Instalează”.
device-install-app-install-reason = Acum instaleaz-o, după ce i-ai citit pagina. Până acum, aplicația nu-ți putea cere nimic.
device-install-app-say-no = Deschide aplicația. Permite doar ce-i trebuie.
device-install-app-say-no-reason = Aplicațiile cer în timp ce le folosești, nu dinainte. Atinge „Nu permite” pentru ce nu-i trebuie. Poți schimba asta mai târziu în Setări.
device-install-app-check = Nu o mai folosești? Șterge-o.
device-install-app-check-reason = Fă asta la urmă. O aplicație pe care n-o folosești tot ocupă loc și poate avea încă datele tale.

## Nivelul 5: echilibru

level-device-screen-time-title = E timpul pentru o pauză?
level-device-screen-time-instruction = Alege ce e mai bine pentru tine și pentru corpul tău.
level-device-screen-time-learned = Pauzele, somnul și prietenii adevărați contează mai mult decât orice recompensă sau serie dintr-un joc.
level-device-screen-time-hint-1 = Gândește-te la ochii tăi, la somnul tău și la timpul tău.
level-device-screen-time-hint-2 = Jocurile și aplicațiile încearcă să te țină în fața ecranului. Tu hotărăști când te oprești.
level-device-screen-time-hint-3 = Pentru cufăr: somnul contează mai mult decât orice recompensă din joc.

device-screen-time-eyes-prompt = Te joci de două ore. Te simți cu ochii obosiți.
device-screen-time-eyes-one-more = Cer unui adult încă o oră, apoi mă odihnesc.
device-screen-time-eyes-one-more-reason = Ochii obosiți au nevoie de odihnă acum, nu peste o oră, chiar dacă un adult zice da. Ascultă-ți corpul.
device-screen-time-eyes-break = Iau o pauză: mă uit departe și mă mișc.
device-screen-time-eyes-break-reason = Când te uiți în depărtare, ochii se odihnesc, iar mișcarea e bună pentru corp.
device-screen-time-eyes-brighter = Fac ecranul mai luminos și continui.
device-screen-time-eyes-brighter-reason = Un ecran mai luminos nu ajută ochii obosiți. Au nevoie de o pauză departe de ecran.

device-screen-time-chest-prompt = Un joc spune: „Revino peste 10 minute pentru un cufăr gratuit!” E ora de culcare.
device-screen-time-chest-stay-up = Mă culc cu 10 minute mai târziu, pentru cufăr.
device-screen-time-chest-stay-up-reason = Jocurile folosesc recompense mici ca să te țină în joc. Zece minute devin des mai multe.
device-screen-time-chest-alarm = Pun o alarmă ca să mă trezesc noaptea pentru el.
device-screen-time-chest-alarm-reason = Dacă te trezești pentru un joc, îți strici somnul. A doua zi te vei simți fără energie.
device-screen-time-chest-sleep = Mă culc. Cufărul poate să aștepte.
device-screen-time-chest-sleep-reason = Somnul te ajută să crești, să înveți și să te simți bine. O recompensă din joc nu merită niciodată somnul pierdut.

device-screen-time-streak-prompt = Un prieten vrea să păstrați zilnic o serie în chat. Azi ai foarte multe de făcut.
device-screen-time-streak-tell = Îi spun prietenului: „Azi n-am timp, vorbim!”
device-screen-time-streak-tell-reason = Un prieten adevărat înțelege. Aplicațiile folosesc seriile ca să te facă să revii, dar prietenia nu are nevoie de ele.
device-screen-time-streak-homework = Las tema baltă ca să păstrez seria.
device-screen-time-streak-homework-reason = Tema ta contează mai mult decât un număr dintr-o aplicație. Seria nu merită stresul.
device-screen-time-streak-password = Îi dau prietenului parola, ca seria să continue.
device-screen-time-streak-password-reason = Nu-ți da niciodată parola, nici măcar unui prieten bun. E cheia contului tău.
