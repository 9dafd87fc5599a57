# The "Safe together" world. Levels 6 and 7 are for the 12-14 band only: calm, never graphic,
# never blaming the pupil. All people are made up. Telling a trusted adult is always right.

world-safe-together = Zajedno sigurni

safe-bin-good = Dobra ideja
safe-bin-bad = Nije dobra ideja

## Where to get help: { $service } and { $number } come from core::helplines.

helpline-call = Možeš nazvati i telefon za djecu: { $service }, { $number }.
helpline-ask-adult = Da pronađeš telefon za djecu u svojoj zemlji, pitaj odraslu osobu kojoj vjeruješ.

## Level 1: a new friend from a game

level-safe-new-friend-title = Novi prijatelj iz igre
level-safe-new-friend-instruction = Netko iz igre ti piše. Dodirni svaki znak upozorenja.
level-safe-new-friend-learned = Tajne, fotografije, privatni razgovori i susreti znakovi su upozorenja. Stani i reci odrasloj osobi kojoj vjeruješ.
level-safe-new-friend-hint-1 = Pročitaj svaki redak. Bi li to pitao prijatelj tvojih godina?
level-safe-new-friend-hint-2 = Pazi kad netko želi tajne, fotografije, tvoje podatke ili susret.
level-safe-new-friend-hint-3 = Pažljivo pogledaj retke o tvojim roditeljima i tvojoj školi.

safe-new-friend-sender = Od: Kai_Star (igrač iz tvoje igre)
safe-new-friend-sender-reason = Dopisivanje s igračima može biti zabavno. Ali o Kaiju znaš samo ono što on sam kaže o sebi.
safe-new-friend-game = Dobra igra danas! Na kojoj si razini?
safe-new-friend-game-reason = Razgovor o igri je normalan. Ovaj redak je u redu.
safe-new-friend-secret = Nemoj roditeljima reći za mene, važi?
safe-new-friend-secret-reason = Dobar prijatelj ne traži da ga skrivaš od obitelji. To je znak upozorenja.
safe-new-friend-private = Prebacimo se u drugu aplikaciju. Samo nas dvoje.
safe-new-friend-private-reason = Odvlačenje u privatni razgovor, daleko od drugih, znak je upozorenja.
safe-new-friend-photo = Pošalji mi svoju fotku. Samo za mene!
safe-new-friend-photo-reason = Nikad ne šalji svoje fotografije nekome koga poznaješ samo s interneta.
safe-new-friend-school = U koju školu ideš?
safe-new-friend-school-reason = Tvoja škola govori nepoznatoj osobi gdje te pronaći. Zadrži to za sebe.
safe-new-friend-meet = Nađimo se u parku u subotu!
safe-new-friend-meet-reason = Nikad se ne nalazi s nekim koga poznaješ samo s interneta. Reci odrasloj osobi kojoj vjeruješ.

## Level 2: what to do

level-safe-what-to-do-title = Što ćeš učiniti?
level-safe-what-to-do-instruction = Kai iz igre želi više. Svaki put odaberi najbolji odgovor.
level-safe-what-to-do-learned = Uvijek smiješ reći „ne“. Blokiraj tu osobu i reci odrasloj osobi kojoj vjeruješ. Nikad nije tvoja krivnja.
level-safe-what-to-do-hint-1 = Tko bi ti mogao pomoći provjeriti je li Kai onaj za koga se predstavlja?
level-safe-what-to-do-hint-2 = Tajne i susreti s prijateljima s interneta znakovi su upozorenja. Potraži pomoć, ne ostaj bez podrške.
level-safe-what-to-do-hint-3 = Kad se Kai naljuti, uopće mu ne moraš odgovoriti.

safe-what-to-do-secret-prompt = Kai piše: „Neka naši razgovori ostanu tajna.“ Što ćeš učiniti?
safe-what-to-do-secret-keep = Čuvat ću tajnu. Kai je drag prema meni.
safe-what-to-do-secret-keep-reason = Lijepe riječi mogu skrivati trik. Pravom prijatelju ne trebaju tajne pred tvojom obitelji.
safe-what-to-do-secret-ask-why = Prvo ću pitati Kaija zašto, a onda odlučiti.
safe-what-to-do-secret-ask-why-reason = Kai možda ima lukav odgovor. Ne odlučuj bez savjeta: pitaj nekoga kome vjeruješ.
safe-what-to-do-secret-tell = Reći ću odrasloj osobi za razgovore.
safe-what-to-do-secret-tell-reason = Da! Traženje tajni znak je upozorenja. Odrasla osoba kojoj vjeruješ može ti pomoći provjeriti.

safe-what-to-do-meet-prompt = Kai se želi naći s tobom u parku. Što ćeš učiniti?
safe-what-to-do-meet-go-with-friend = Otići ću, ali ću povesti nekoga iz razreda.
safe-what-to-do-meet-go-with-friend-reason = Dvoje djece nije dovoljno sigurno. Nikad se ne nalazi s nekim koga poznaješ samo s interneta.
safe-what-to-do-meet-say-no = Odbit ću i reći odrasloj osobi.
safe-what-to-do-meet-say-no-reason = Točno. Odbij i pusti odraslu osobu kojoj vjeruješ da ti pomogne s Kaijem.
safe-what-to-do-meet-go-tell-later = Otići ću i poslije reći odrasloj osobi.
safe-what-to-do-meet-go-tell-later-reason = Dobro je reći odrasloj osobi, ali nemoj ići. Nikad se ne nalazi s nekim koga poznaješ samo s interneta.

safe-what-to-do-angry-prompt = Odbijaš. Sada ti Kai šalje ljute poruke.
safe-what-to-do-angry-block = Blokirat ću ga i reći odrasloj osobi.
safe-what-to-do-angry-block-reason = Da. Ne moraš odgovarati. Blokiraj Kaija i potraži pomoć od odrasle osobe kojoj vjeruješ.
safe-what-to-do-angry-sorry = Ispričat ću se i učiniti što Kai želi.
safe-what-to-do-angry-sorry-reason = Ne radiš ništa loše. Reći „ne“ bilo je ispravno.
safe-what-to-do-angry-argue = Pisat ću mu sve dok se Kai ne ispriča.
safe-what-to-do-angry-argue-reason = Svađa tjera Kaija da ti i dalje piše. Prestani odgovarati.

## Level 3: block and report

level-safe-block-report-title = Blokiraj i prijavi
level-safe-block-report-instruction = Netko na internetu čini da se osjećaš loše. Je li svaka ideja dobra ili nije?
level-safe-block-report-learned = Sačuvaj poruke, blokiraj tu osobu, prijavi je u aplikaciji i reci odrasloj osobi kojoj vjeruješ.
level-safe-block-report-hint-1 = Koje ideje popravljaju stvari, a koje ih pogoršavaju?
level-safe-block-report-hint-2 = Čuvaj dokaze, zaustavi poruke i potraži pomoć.
level-safe-block-report-hint-3 = Brisanje razgovora nije dobra ideja: dokazi bi nestali.

safe-block-report-screenshot = Napravi snimke zaslona poruka
safe-block-report-screenshot-reason = Snimke zaslona su dokaz. Napravi ih prije blokiranja, u slučaju da razgovor nestane.
safe-block-report-delete = Obriši cijeli razgovor da ga nitko ne vidi
safe-block-report-delete-reason = Tada dokazi nestaju. Sačuvaj poruke da ti odrasla osoba može pomoći.
safe-block-report-block = Blokiraj tu osobu
safe-block-report-block-reason = Blokiranje je sprječava da ti šalje poruke.
safe-block-report-reply-mean = Pošalji zlobnu poruku natrag
safe-block-report-reply-mean-reason = To može pogoršati stvari. Uopće ne odgovaraj.
safe-block-report-report = Prijavi profil u aplikaciji
safe-block-report-report-reason = Tim aplikacije provjerava prijave i može zaustaviti račun.
safe-block-report-unblock = Odblokiraj je da vidiš žali li
safe-block-report-unblock-reason = Tada ti ponovno može pisati. Neka ostane blokirana.
safe-block-report-tell = Reci odrasloj osobi kojoj vjeruješ što se dogodilo
safe-block-report-tell-reason = Odrasla osoba kojoj vjeruješ može ti pomoći prijaviti to i osjećati se bolje.

## Level 4: the login code

level-safe-login-code-title = Tajni kod za prijavu
level-safe-login-code-instruction = Svaki put odaberi najbolji odgovor.
level-safe-login-code-learned = Kod za prijavu samo je za tebe. Nikad ga nikome ne daj, čak ni prijatelju ni „podršci“.
level-safe-login-code-hint-1 = Kome treba kod koji stigne na tvoj mobitel?
level-safe-login-code-hint-2 = Kod je druga brava na tvom računu. Radi kao ključ.
level-safe-login-code-hint-3 = Prave službe za podršku nikad ne traže tvoj kod.

safe-login-code-why-prompt = Nakon lozinke aplikacija šalje kod na tvoj mobitel. Zašto?
safe-login-code-why-ads = Jer aplikacija želi tvoj broj za reklame.
safe-login-code-why-ads-reason = Ne. Kod je tu da čuva tvoj račun.
safe-login-code-why-second-lock = Druga brava, da samo ti uđeš.
safe-login-code-why-second-lock-reason = Da. To je prijava u dva koraka. Lopovu s tvojom lozinkom i dalje treba kod.
safe-login-code-why-phone-check = Da provjeri radi li ti mobitel još.
safe-login-code-why-phone-check-reason = Ne. Kod dokazuje da se stvarno ti prijavljuješ.

safe-login-code-friend-prompt = Poruka od Mije: „Ups, moj kod je stigao tebi. Možeš mi ga poslati?“
safe-login-code-friend-send = Brzo ću ga poslati. Mia mi je prijateljica i treba ga.
safe-login-code-friend-send-reason = Mijin račun možda je hakiran. Kod bi pustio nepoznatu osobu u TVOJ račun.
safe-login-code-friend-half = Poslat ću samo prvu polovicu koda.
safe-login-code-friend-half-reason = Pola koda i dalje pomaže lopovu. Zadrži cijeli kod za sebe.
safe-login-code-friend-ask = Neću ga poslati. Pitat ću Miju uživo.
safe-login-code-friend-ask-reason = Točno. Provjeri s Mijom na drugi način. Vjerojatno je trik.

safe-login-code-support-prompt = Razgovor kaže: „Ovdje podrška igre. Reci nam svoj kod da zaštitimo tvoj račun.“
safe-login-code-support-give = Dat ću ga. Oni su podrška.
safe-login-code-support-give-reason = Prave službe za podršku nikad ne traže tvoj kod. Ovo je trik.
safe-login-code-support-say-no = Odbit ću. Podršci ne treba moj kod.
safe-login-code-support-say-no-reason = Točno. I prave tvrtke to kažu: nikad ne traže tvoj kod.
safe-login-code-support-adult-reads = Zamolit ću odraslu osobu da im pročita kod.
safe-login-code-support-adult-reads-reason = Nitko ne bi smio davati kod, ni odrasla osoba ni dijete. Umjesto toga pokaži poruku odrasloj osobi.

## Level 5: where to get help

level-safe-get-help-title = Gdje potražiti pomoć
level-safe-get-help-instruction = Nešto na internetu te brine. Svaki put odaberi najbolji odgovor.
level-safe-get-help-learned = Nikad ne ostaješ bez pomoći. Razgovaraj s odraslom osobom kojoj vjeruješ. { $helpline }
level-safe-get-help-hint-1 = Je li bolje držati brigu u sebi ili je podijeliti?
level-safe-get-help-hint-2 = Odrasle osobe kojima vjeruješ i telefoni za djecu slušaju i pomažu.
level-safe-get-help-hint-3 = 116 111 je broj za djecu u mnogim zemljama.

safe-get-help-worried-prompt = Na internetu vidiš nešto što te plaši. Što najviše pomaže?
safe-get-help-worried-keep = Zadržat ću to za sebe i pokušati zaboraviti.
safe-get-help-worried-keep-reason = Brige rastu kad ih držiš u sebi. Pomaže kad nekome kažeš.
safe-get-help-worried-tell = Reći ću odrasloj osobi što vidim.
safe-get-help-worried-tell-reason = Da! Roditelj, skrbnik ili učitelj može ti pomoći.
safe-get-help-worried-search = Potražit ću još o tome na internetu.
safe-get-help-worried-search-reason = Ondje te mogu dočekati još strašnije stvari. Prvo razgovaraj s nekim.

safe-get-help-nobody-prompt = Ne želiš razgovarati ni s kim koga poznaješ. Što možeš učiniti?
safe-get-help-nobody-forum = Pitat ću nepoznate na forumu što da radim.
safe-get-help-nobody-forum-reason = Nepoznati na internetu možda nisu dobronamjerni ni u pravu. Telefon za djecu tu je da pomogne.
safe-get-help-nobody-wait = Čekat ću da problem nestane.
safe-get-help-nobody-wait-reason = Problemi često ne nestanu sami. U redu je tražiti pomoć.
safe-get-help-nobody-helpline = Nazvat ću telefon za djecu.
safe-get-help-nobody-helpline-reason = Da. Telefoni za djecu slušaju djecu. Ne moraš reći svoje ime.

safe-get-help-number-prompt = Plakat u školi pokazuje 116 111. Kakav je to broj?
safe-get-help-number-helpline = Telefon za djecu u mnogim zemljama Europe
safe-get-help-number-helpline-reason = Da. U mnogim europskim zemljama 116 111 je telefon za djecu. Neke zemlje imaju drugi broj.
safe-get-help-number-prize = Broj na kojem se osvajaju nagrade
safe-get-help-number-prize-reason = Ne. To je telefon na kojem djeca mogu razgovarati o brigama.
safe-get-help-number-adults = Broj koji smiju nazvati samo odrasle osobe
safe-get-help-number-adults-reason = Ne. Djeca sama mogu nazvati telefon za djecu.

## Level 6 (12-14 only): when someone makes threats

level-safe-threats-title = Kad netko prijeti
level-safe-threats-instruction = Netko prijeti da će podijeliti privatnu fotografiju. Odaberi najbolji odgovor.
level-safe-threats-learned = Nikad nije tvoja krivnja. Ne plaćaj, prestani odgovarati, sačuvaj poruke, reci odrasloj osobi kojoj vjeruješ i prijavi to.
level-safe-threats-hint-1 = Što od tebe želi osoba koja prijeti?
level-safe-threats-hint-2 = Plaćanje ili slanje još fotografija ne zaustavlja prijetnje. Traženje pomoći ih zaustavlja.
level-safe-threats-hint-3 = Sačuvaj razgovor kao dokaz, ali prestani odgovarati.

safe-threats-pay-prompt = Prijatelj s interneta piše: „Plati mi ili ću podijeliti privatnu fotku koju imam od tebe.“
safe-threats-pay-pay = Brzo ću platiti da fotografija ostane privatna.
safe-threats-pay-pay-reason = Plaćanje ih ne zaustavlja. Obično traže još.
safe-threats-pay-stop = Prestat ću odgovarati i reći odrasloj osobi.
safe-threats-pay-stop-reason = Da. Prekini svaki kontakt i potraži pomoć. Odrasla osoba može ti pomoći da to prijaviš.
safe-threats-pay-more = Poslat ću još jednu fotografiju da se smiri.
safe-threats-pay-more-reason = Nikad ne šalji još. Neće prestati. Umjesto toga potraži pomoć.

safe-threats-chat-prompt = Osjećaš se grozno i želiš da razgovor nestane. Što ćeš s njim?
safe-threats-chat-delete = Odmah ću obrisati cijeli razgovor i svoj račun.
safe-threats-chat-delete-reason = Razgovor je dokaz. Aplikaciji i policiji treba da ih zaustave.
safe-threats-chat-forward = Proslijedit ću razgovor prijateljima da ih pitam.
safe-threats-chat-forward-reason = Ne prosljeđuj ga. Neka ostane između tebe i odrasle osobe kojoj vjeruješ.
safe-threats-chat-keep = Sačuvat ću ga, zatim blokirati i prijaviti.
safe-threats-chat-keep-reason = Točno. Sačuvaj poruke kao dokaz, zatim blokiraj i prijavi račun.

safe-threats-fault-prompt = Misliš: „To je moja krivnja. Ne mogu nikome reći.“ Što je istina?
safe-threats-fault-my-fault = To je moja krivnja pa to moram riješiti bez ikoga.
safe-threats-fault-my-fault-reason = Ne. Osoba koja prijeti radi loše, a ne ti.
safe-threats-fault-never = Nikad nije moja krivnja i pomoć postoji.
safe-threats-fault-never-reason = Da. To je bila prevara. Odrasli i telefoni za djecu pomažu bez okrivljavanja.
safe-threats-fault-later = Reći ću odrasloj osobi samo ako bude gore.
safe-threats-fault-later-reason = Reci nekome sada. Što prije dobiješ pomoć, prije će prestati.

safe-threats-online-prompt = Brine te da je fotografija već na internetu. Što može pomoći?
safe-threats-online-take-it-down = Alat poput Take It Down, uz odraslu osobu.
safe-threats-online-take-it-down-reason = Take It Down pomaže ukloniti fotografije snimljene prije tvoje 18. godine, iz bilo koje zemlje.
safe-threats-online-search = Svaki dan ću tražiti tu fotografiju da provjerim.
safe-threats-online-search-reason = Od toga se osjećaš samo gore. Neka posao obave odrasla osoba i alat.
safe-threats-online-nothing = Ništa ne pomaže kad je fotografija na internetu.
safe-threats-online-nothing-reason = Nije istina. Fotografije se često mogu ukloniti. Pomoć uvijek postoji.

## Level 7 (12-14 only): a private photo of someone else

level-safe-not-yours-title = Fotografija koja nije tvoja
level-safe-not-yours-instruction = U razgovoru je podijeljena privatna fotografija nekoga iz razreda. Dobra ideja ili ne?
level-safe-not-yours-learned = Nikad ne čuvaj i ne prosljeđuj nečiju privatnu fotografiju. Reci odrasloj osobi kojoj vjeruješ i prijavi to.
level-safe-not-yours-hint-1 = A da je to tvoja fotografija? Kako bi to bilo?
level-safe-not-yours-hint-2 = Svako dijeljenje ponovno povrijedi osobu na fotografiji.
level-safe-not-yours-hint-3 = Prosljeđivanje nikad nije dobra ideja, čak ni da pitaš za pomoć.

safe-not-yours-forward = Proslijedi je jednom prijatelju
safe-not-yours-forward-reason = Svako dijeljenje još više povrijedi tu osobu. U mnogim zemljama to je i protuzakonito.
safe-not-yours-tell = Reci o tome odrasloj osobi kojoj vjeruješ
safe-not-yours-tell-reason = Da. Odrasla osoba može pomoći zaustaviti širenje, a da je ti ne šalješ.
safe-not-yours-save = Spremi je na svoj mobitel
safe-not-yours-save-reason = Nemoj je čuvati. Takva fotografija ne bi smjela biti na tvom mobitelu.
safe-not-yours-report = Prijavi objavu u aplikaciji
safe-not-yours-report-reason = Aplikacija je može ukloniti. Osobi na fotografiji to treba.
safe-not-yours-ask-friend = Pošalji je prijatelju da pitaš što učiniti
safe-not-yours-ask-friend-reason = Ne šalji je nikome, čak ni da dobiješ pomoć. Umjesto toga ispričaj što se događa.
safe-not-yours-kind = Pokaži ljubaznost osobi na fotografiji
safe-not-yours-kind-reason = Možda se osjeća grozno. Nije to njezina krivnja.
safe-not-yours-laugh = Smij se s drugima da se uklopiš
safe-not-yours-laugh-reason = Smijeh je još više povrijedi. Ti možeš biti ta osoba koja će to zaustaviti.
