# The "Safe together" world. Levels 6 and 7 are for the 12-14 band only: calm, never
# graphic, never blaming the pupil. Telling a trusted adult is always right.

world-safe-together = Varni skupaj

safe-bin-good = Dobra ideja
safe-bin-bad = Ni dobra ideja

## Where to get help: the game fills { $helpline } of level-safe-get-help-learned with one of
## these; { $service } and { $number } come from core::helplines.

helpline-call = Pokličeš lahko tudi telefon za pomoč otrokom: { $service }, { $number }.
helpline-ask-adult = Odraslo osebo, ki ji zaupaš, vprašaj za telefon za pomoč otrokom v tvoji državi.

## Level 1: a new friend from a game (spot_flags)

level-safe-new-friend-title = Nov prijatelj iz igre
level-safe-new-friend-instruction = Nekdo iz igre ti piše. Tapni vsak opozorilni znak.
level-safe-new-friend-learned = Skrivnosti, fotografije, zasebni klepeti in srečanja so opozorilni znaki. Ustavi se in povej odrasli osebi, ki ji zaupaš.
level-safe-new-friend-hint-1 = Preberi vsako vrstico. Bi to vprašal prijatelj tvojih let?
level-safe-new-friend-hint-2 = Pazi, ko nekdo hoče skrivnosti, fotografije, tvoje podatke ali srečanje.
level-safe-new-friend-hint-3 = Dobro poglej vrstici o tvojih starših in tvoji šoli.

safe-new-friend-sender = Od: Kai_Star (igralec iz tvoje igre)
safe-new-friend-sender-reason = Klepet z igralci je lahko zabaven. A o Kaiju veš samo to, kar pove sam o sebi.
safe-new-friend-game = Dobra igra danes! Na kateri stopnji si?
safe-new-friend-game-reason = Pogovor o igri je običajen. Ta vrstica je v redu.
safe-new-friend-secret = Staršem ne povej zame, prav?
safe-new-friend-secret-reason = Dober prijatelj te ne prosi, da ga skrivaš pred družino. To je opozorilni znak.
safe-new-friend-private = Gremo klepetat v drugo aplikacijo. Samo midva.
safe-new-friend-private-reason = Če te nekdo vleče v zasebni klepet, stran od drugih, je to opozorilni znak.
safe-new-friend-photo = Pošlji mi svojo fotografijo. Samo zame!
safe-new-friend-photo-reason = Nikoli ne pošiljaj svojih fotografij nekomu, ki ga poznaš samo s spleta.
safe-new-friend-school = V katero šolo hodiš?
safe-new-friend-school-reason = Tvoja šola neznancu pove, kje te lahko najde. Obdrži to zase.
safe-new-friend-meet = Se dobiva v soboto v parku?
safe-new-friend-meet-reason = Nikoli se ne dobi z nekom, ki ga poznaš samo s spleta. Povej odrasli osebi, ki ji zaupaš.

## Level 2: what to do (pick_reply)

level-safe-what-to-do-title = Kaj narediš?
level-safe-what-to-do-instruction = Kai iz igre hoče več. Vsakič izberi najboljši odgovor.
level-safe-what-to-do-learned = Vedno lahko rečeš ne. Blokiraj to osebo in povej odrasli osebi, ki ji zaupaš. Nikoli ni tvoja krivda.
level-safe-what-to-do-hint-1 = Kdo ti lahko pomaga preveriti, ali je Kai res tisti, za kogar se izdaja?
level-safe-what-to-do-hint-2 = Skrivnosti in srečanja s prijatelji s spleta so opozorilni znaki. Poišči pomoč in ne ukrepaj na lastno pest.
level-safe-what-to-do-hint-3 = Ko se Kai razjezi, ti sploh ni treba odgovoriti.

safe-what-to-do-secret-prompt = Kai napiše: „Najini klepeti naj ostanejo skrivnost.“ Kaj narediš?
safe-what-to-do-secret-keep = Obdržim skrivnost. Kai je prijazen z mano.
safe-what-to-do-secret-keep-reason = Prijazne besede lahko skrivajo zvijačo. Pravi prijatelj ne potrebuje skrivnosti pred tvojo družino.
safe-what-to-do-secret-ask-why = Najprej vprašam Kaija, zakaj, nato se odločim.
safe-what-to-do-secret-ask-why-reason = Kai ima morda pameten odgovor. Ne odločaj o tem brez pomoči: vprašaj nekoga, ki mu zaupaš.
safe-what-to-do-secret-tell = Povem odrasli osebi, ki ji zaupam.
safe-what-to-do-secret-tell-reason = Ja! Prošnja za skrivnost je opozorilni znak. Odrasla oseba, ki ji zaupaš, ti pomaga preveriti.

safe-what-to-do-meet-prompt = Kai se želi dobiti s tabo v parku. Kaj narediš?
safe-what-to-do-meet-go-with-friend = Grem, a s sabo vzamem nekoga iz razreda.
safe-what-to-do-meet-go-with-friend-reason = Dva otroka nista dovolj varna. Nikoli se ne dobi z nekom, ki ga poznaš samo s spleta.
safe-what-to-do-meet-say-no = Rečem ne in povem odrasli osebi.
safe-what-to-do-meet-say-no-reason = Pravilno. Reci ne in naj ti odrasla oseba, ki ji zaupaš, pomaga s Kaijem.
safe-what-to-do-meet-go-tell-later = Grem in potem povem odrasli osebi.
safe-what-to-do-meet-go-tell-later-reason = Povedati odrasli osebi je dobro, a ne hodi tja. Nikoli se ne dobi z nekom, ki ga poznaš samo s spleta.

safe-what-to-do-angry-prompt = Zavrneš ga. Zdaj ti Kai pošilja jezna sporočila.
safe-what-to-do-angry-block = Blokiram Kaija in povem odrasli osebi.
safe-what-to-do-angry-block-reason = Ja. Ni ti treba odgovoriti. Blokiraj Kaija in poišči pomoč pri odrasli osebi, ki ji zaupaš.
safe-what-to-do-angry-sorry = Se opravičim in storim vse, kar hoče Kai.
safe-what-to-do-angry-sorry-reason = To ni tvoja krivda. Reči ne je bilo prav.
safe-what-to-do-angry-argue = Odpisujem, dokler se Kai ne opraviči.
safe-what-to-do-angry-argue-reason = Prepir Kaija samo drži v pogovoru s tabo. Raje nehaj odgovarjati.

## Level 3: block and report (sort)

level-safe-block-report-title = Blokiraj in prijavi
level-safe-block-report-instruction = Nekdo na spletu ti daje slab občutek. Je vsaka zamisel dobra ali ne?
level-safe-block-report-learned = Shrani sporočila, blokiraj osebo, prijavi jo v aplikaciji in povej odrasli osebi, ki ji zaupaš.
level-safe-block-report-hint-1 = Katere zamisli stvari izboljšajo in katere jih poslabšajo?
level-safe-block-report-hint-2 = Ohrani dokaze, ustavi sporočila in poišči pomoč.
level-safe-block-report-hint-3 = Brisanje klepeta ni dobra zamisel: dokazi bi izginili.

safe-block-report-screenshot = Naredi posnetke zaslona sporočil
safe-block-report-screenshot-reason = Posnetki zaslona so dokaz. Naredi jih, preden blokiraš, če bi klepet izginil.
safe-block-report-delete = Izbriši ves klepet, da ga nihče ne vidi
safe-block-report-delete-reason = Potem dokazov ni več. Ohrani sporočila, da lahko odrasla oseba pomaga.
safe-block-report-block = Blokiraj osebo
safe-block-report-block-reason = Blokiranje prepreči, da bi ti ta oseba pošiljala sporočila.
safe-block-report-reply-mean = Pošlji nazaj zlobno sporočilo
safe-block-report-reply-mean-reason = To lahko stvari poslabša. Sploh ne odgovarjaj.
safe-block-report-report = Prijavi profil v aplikaciji
safe-block-report-report-reason = Ekipa aplikacije pregleduje prijave in lahko zapre račun.
safe-block-report-unblock = Odblokiraj osebo, da vidiš, ali ji je žal
safe-block-report-unblock-reason = Potem ti lahko spet piše. Pusti jo blokirano.
safe-block-report-tell = Povej odrasli osebi, ki ji zaupaš, kaj se je zgodilo
safe-block-report-tell-reason = Odrasla oseba, ki ji zaupaš, ti lahko pomaga to prijaviti in se bolje počutiti.

## Level 4: the login code (pick_reply)

level-safe-login-code-title = Skrivna koda za prijavo
level-safe-login-code-instruction = Vsakič izberi najboljši odgovor.
level-safe-login-code-learned = Koda za prijavo je samo zate. Nikoli je ne daj nikomur, tudi prijatelju ali „podpori“ ne.
level-safe-login-code-hint-1 = Kdo potrebuje kodo, ki pride na tvoj telefon?
level-safe-login-code-hint-2 = Koda je druga ključavnica na tvojem računu. Deluje kot ključ.
level-safe-login-code-hint-3 = Prave ekipe za podporo nikoli ne sprašujejo po tvoji kodi.

safe-login-code-why-prompt = Po geslu ti aplikacija pošlje kodo na telefon. Zakaj?
safe-login-code-why-ads = Ker aplikacija hoče tvojo številko za oglase.
safe-login-code-why-ads-reason = Ne. Koda je tam, da je tvoj račun varen.
safe-login-code-why-second-lock = Druga ključavnica, da prideš noter samo ti.
safe-login-code-why-second-lock-reason = Ja. To je prijava v dveh korakih. Tat s tvojim geslom še vedno potrebuje kodo.
safe-login-code-why-phone-check = Da preveri, ali tvoj telefon še deluje.
safe-login-code-why-phone-check-reason = Ne. Koda dokazuje, da se res prijavljaš ti.

safe-login-code-friend-prompt = Sporočilo od Mie: „Ups, moja koda je prišla k tebi. Mi jo lahko pošlješ?“
safe-login-code-friend-send = Hitro jo pošljem. Mia je moja prijateljica in jo rabi.
safe-login-code-friend-send-reason = V Mijin račun je morda nekdo vdrl. Koda bi neznancu odprla TVOJ račun.
safe-login-code-friend-half = Pošljem samo prvo polovico kode.
safe-login-code-friend-half-reason = Pol kode tatu še vedno pomaga. Celo kodo obdrži zase.
safe-login-code-friend-ask = Ne pošljem. Mio vprašam v živo ali po telefonu.
safe-login-code-friend-ask-reason = Pravilno. Preveri pri Mii na drug način. Verjetno gre za zvijačo.

safe-login-code-support-prompt = Klepet pravi: „Tukaj podpora igre. Povej nam svojo kodo, da bo tvoj račun varen.“
safe-login-code-support-give = Dam jo. To je ekipa za podporo.
safe-login-code-support-give-reason = Prave ekipe za podporo nikoli ne sprašujejo po tvoji kodi. To je zvijača.
safe-login-code-support-say-no = Rečem ne. Podpora moje kode nikoli ne rabi.
safe-login-code-support-say-no-reason = Pravilno. Tudi prava podjetja to pravijo: nikoli ne sprašujejo po tvoji kodi.
safe-login-code-support-adult-reads = Prosim odraslo osebo, naj jim prebere kodo.
safe-login-code-support-adult-reads-reason = Kode ne sme dati nihče, ne odrasli ne otrok. Raje pokaži sporočilo odrasli osebi.

## Level 5: where to get help (pick_reply); its learned text names the helpline

level-safe-get-help-title = Kje dobiti pomoč
level-safe-get-help-instruction = Nekaj na spletu te skrbi. Vsakič izberi najboljši odgovor.
level-safe-get-help-learned = Pomoč je vedno na voljo. Pogovori se z odraslo osebo, ki ji zaupaš. { $helpline }
level-safe-get-help-hint-1 = Je skrb bolje obdržati zase ali jo deliti?
level-safe-get-help-hint-2 = Odrasli, ki jim zaupaš, in telefoni za pomoč otrokom prisluhnejo in pomagajo.
level-safe-get-help-hint-3 = 116 111 je številka za otroke v mnogih državah.

safe-get-help-worried-prompt = Na spletu vidiš nekaj, kar te prestraši. Kaj najbolj pomaga?
safe-get-help-worried-keep = Obdržim to zase in poskušam vse pozabiti.
safe-get-help-worried-keep-reason = Skrbi rastejo, če jih obdržiš zase. Pomaga, če nekomu poveš.
safe-get-help-worried-tell = To pokažem odrasli osebi, ki ji zaupam.
safe-get-help-worried-tell-reason = Ja! Starš, skrbnik ali učitelj ti lahko pomaga.
safe-get-help-worried-search = Na spletu poiščem še več o tem.
safe-get-help-worried-search-reason = Lahko najdeš še bolj strašne stvari. Najprej se z nekom pogovori.

safe-get-help-nobody-prompt = Ne želiš se pogovarjati z nikomer, ki ga poznaš. Kaj lahko narediš?
safe-get-help-nobody-forum = Na forumu vprašam neznance, kaj naj naredim.
safe-get-help-nobody-forum-reason = Neznanci na spletu morda niso prijazni ali nimajo prav. Telefon za pomoč je tu, da pomaga.
safe-get-help-nobody-wait = Počakam, da težava mine sama od sebe.
safe-get-help-nobody-wait-reason = Težave pogosto ne minejo same. Prav je, da prosiš za pomoč.
safe-get-help-nobody-helpline = Pokličem ali pišem telefonu za otroke.
safe-get-help-nobody-helpline-reason = Ja. Telefoni za pomoč otrokom prisluhnejo otrokom. Ni ti treba povedati svojega imena.

safe-get-help-number-prompt = Na plakatu v šoli piše 116 111. Kaj je ta številka?
safe-get-help-number-helpline = Telefon za otroke v mnogih državah Evrope
safe-get-help-number-helpline-reason = Ja. V mnogih evropskih državah je 116 111 telefon za pomoč otrokom. Nekatere države imajo drugo številko.
safe-get-help-number-prize = Številka, kjer lahko zadeneš nagrade
safe-get-help-number-prize-reason = Ne. To je telefon, kjer lahko otroci govorijo o svojih skrbeh.
safe-get-help-number-adults = Številka, na katero smejo klicati samo odrasli
safe-get-help-number-adults-reason = Ne. Otroci lahko telefon za pomoč otrokom pokličejo sami.

## Level 6 (12-14 only): when someone makes threats (pick_reply)

level-safe-threats-title = Ko ti nekdo grozi
level-safe-threats-instruction = Nekdo grozi, da bo delil zasebno fotografijo. Izberi najboljši odgovor.
level-safe-threats-learned = Nikoli ni tvoja krivda. Ne plačaj, nehaj odgovarjati, shrani sporočila, povej odrasli osebi, ki ji zaupaš, in to prijavi.
level-safe-threats-hint-1 = Kaj hoče od tebe oseba, ki grozi?
level-safe-threats-hint-2 = Plačilo ali pošiljanje še česa grožnje ne ustavi. Pomoč jih.
level-safe-threats-hint-3 = Klepet shrani kot dokaz, a nehaj odgovarjati.

safe-threats-pay-prompt = Prijatelj s spleta napiše: „Plačaj, sicer delim zasebno fotografijo, ki jo imam od tebe.“
safe-threats-pay-pay = Hitro plačam, da fotografija ostane zasebna.
safe-threats-pay-pay-reason = Plačilo jih ne ustavi. Navadno zahtevajo še več.
safe-threats-pay-stop = Neham odgovarjati in povem odrasli osebi.
safe-threats-pay-stop-reason = Ja. Prekini vse stike in poišči pomoč. Odrasla oseba ti lahko pomaga to prijaviti.
safe-threats-pay-more = Pošljem še eno fotografijo, da se oseba pomiri.
safe-threats-pay-more-reason = Nikoli ne pošlji še več. Ne bodo nehali. Raje poišči pomoč.

safe-threats-chat-prompt = Počutiš se grozno in hočeš, da klepet izgine. Kaj narediš z njim?
safe-threats-chat-delete = Takoj izbrišem ves klepet in svoj račun.
safe-threats-chat-delete-reason = Klepet je dokaz. Aplikacija in policija ga potrebujeta, da osebo ustavita.
safe-threats-chat-forward = Klepet pošljem prijateljem, da jih vprašam.
safe-threats-chat-forward-reason = Ne pošiljaj ga naprej. Naj ostane med tabo in odraslo osebo, ki ji zaupaš.
safe-threats-chat-keep = Klepet shranim, nato blokiram in prijavim.
safe-threats-chat-keep-reason = Pravilno. Sporočila shrani kot dokaz, nato račun blokiraj in prijavi.

safe-threats-fault-prompt = Misliš si: „To je moja krivda. Ne morem povedati nikomur.“ Kaj je res?
safe-threats-fault-my-fault = To je moja krivda, zato moram to rešiti brez pomoči.
safe-threats-fault-my-fault-reason = Ne. Narobe ravna oseba, ki grozi, ne ti.
safe-threats-fault-never = Nikoli ni moja krivda in pomoč obstaja.
safe-threats-fault-never-reason = Ja. Nekdo te je prevaral. Odrasli in telefoni za pomoč ti pomagajo, ne da bi te krivili.
safe-threats-fault-later = Odrasli osebi povem samo, če bo huje.
safe-threats-fault-later-reason = Povej zdaj. Prej ko dobiš pomoč, prej se konča.

safe-threats-online-prompt = Skrbi te, da je fotografija zdaj na spletu. Kaj lahko pomaga?
safe-threats-online-take-it-down = Z odraslo osebo uporabim Take It Down.
safe-threats-online-take-it-down-reason = Take It Down pomaga odstraniti fotografije, posnete pred 18. letom starosti, iz katere koli države.
safe-threats-online-search = Vsak dan iščem fotografijo, da preverim.
safe-threats-online-search-reason = Zaradi tega se počutiš samo še slabše. Naj delo opravita odrasla oseba in orodje.
safe-threats-online-nothing = Ko je fotografija na spletu, ni več pomoči.
safe-threats-online-nothing-reason = Ni res. Fotografije je pogosto mogoče odstraniti. Pomoč vedno obstaja.

## Level 7 (12-14 only): a private photo of someone else (sort)

level-safe-not-yours-title = Fotografija, ki ni tvoja
level-safe-not-yours-instruction = V klepetu nekdo deli zasebno fotografijo nekoga iz razreda. Dobra ideja ali ne?
level-safe-not-yours-learned = Nikoli ne shranjuj in ne pošiljaj naprej zasebne fotografije nekoga drugega. Povej odrasli osebi, ki ji zaupaš, in to prijavi.
level-safe-not-yours-hint-1 = Kako bi bilo tebi, če bi bila to tvoja fotografija?
level-safe-not-yours-hint-2 = Vsako deljenje osebo na fotografiji znova prizadene.
level-safe-not-yours-hint-3 = Pošiljanje naprej ni nikoli dobra ideja, tudi ne kot prošnja za pomoč.

safe-not-yours-forward = Pošljem jo naprej enemu prijatelju
safe-not-yours-forward-reason = Vsako deljenje osebo še bolj prizadene. V mnogih državah je to tudi prepovedano z zakonom.
safe-not-yours-tell = Povem odrasli osebi, ki ji zaupam
safe-not-yours-tell-reason = Ja. Odrasla oseba lahko pomaga ustaviti širjenje, brez tega, da fotografijo pošlješ naprej.
safe-not-yours-save = Shranim jo na svoj telefon
safe-not-yours-save-reason = Ne obdrži je. Taka fotografija ne sodi na tvoj telefon.
safe-not-yours-report = Prijavim objavo v aplikaciji
safe-not-yours-report-reason = Aplikacija jo lahko odstrani. Oseba na fotografiji to potrebuje.
safe-not-yours-ask-friend = Pošljem jo prijatelju, da vprašam, kaj naj naredim
safe-not-yours-ask-friend-reason = Ne pošiljaj je nikomur, tudi zaradi pomoči ne. Raje povej, kaj se dogaja.
safe-not-yours-kind = Prijazno se vedem do osebe na fotografiji
safe-not-yours-kind-reason = Morda se počuti grozno. To ni njena krivda.
safe-not-yours-laugh = Smejim se z drugimi, da spadam zraven
safe-not-yours-laugh-reason = Smeh jo še bolj prizadene. Ti lahko to ustaviš.
