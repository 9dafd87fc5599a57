# Lumea „În siguranță împreună”. Nivelurile 6 și 7 sunt doar pentru grupa 12–14: calm, fără detalii, fără vină pentru elev.
# Toți oamenii sunt inventați. Să-i spui unui adult de încredere e mereu corect.

world-safe-together = În siguranță împreună

safe-bin-good = Idee bună
safe-bin-bad = Nu e o idee bună

## Unde primești ajutor: jocul pune unul dintre aceste texte în { $helpline }.

helpline-call = Poți suna și la o linie de ajutor pentru copii: { $service }, { $number }.
helpline-ask-adult = Ca să afli linia de ajutor pentru copii din țara ta, întreabă un adult de încredere.

## Nivelul 1: un prieten nou dintr-un joc

level-safe-new-friend-title = Un prieten nou dintr-un joc
level-safe-new-friend-instruction = Cineva dintr-un joc îți scrie. Atinge fiecare semnal de alarmă.
level-safe-new-friend-learned = Secretele, pozele, chaturile private și întâlnirile sunt semnale de alarmă. Oprește-te și spune-i unui adult de încredere.
level-safe-new-friend-hint-1 = Citește fiecare rând. Ar întreba așa ceva un prieten de vârsta ta?
level-safe-new-friend-hint-2 = Ai grijă când cineva vrea secrete, poze, datele tale sau o întâlnire.
level-safe-new-friend-hint-3 = Uită-te atent la rândurile despre părinții tăi și despre școala ta.

safe-new-friend-sender = De la: Kai_Star (un jucător din jocul tău)
safe-new-friend-sender-reason = E distractiv să vorbești cu alți jucători. Dar știi doar ce spune Kai despre el.
safe-new-friend-game = Joc bun azi! La ce nivel ești?
safe-new-friend-game-reason = E normal să vorbiți despre joc. Rândul acesta e în regulă.
safe-new-friend-secret = Nu le spune părinților tăi despre mine, bine?
safe-new-friend-secret-reason = Un prieten bun nu-ți cere să-l ascunzi de familia ta. E un semn de avertizare.
safe-new-friend-private = Hai să vorbim în altă aplicație. Doar noi doi.
safe-new-friend-private-reason = Să te mute într-un chat privat, departe de alții, e un semn de avertizare.
safe-new-friend-photo = Trimite-mi o poză cu tine. Doar pentru mine!
safe-new-friend-photo-reason = Nu trimite niciodată poze cu tine cuiva pe care îl știi doar de pe internet.
safe-new-friend-school = La ce școală mergi?
safe-new-friend-school-reason = Școala ta îi spune unui străin unde te poate găsi. Păstreaz-o privată.
safe-new-friend-meet = Hai să ne vedem în parc sâmbătă!
safe-new-friend-meet-reason = Nu te întâlni niciodată cu cineva pe care îl știi doar de pe internet. Spune-i unui adult de încredere.

## Nivelul 2: ce faci

level-safe-what-to-do-title = Ce faci?
level-safe-what-to-do-instruction = Kai din joc vrea mai mult. Alege de fiecare dată cel mai bun răspuns.
level-safe-what-to-do-learned = Poți spune mereu nu. Blochează persoana și spune-i unui adult de încredere. Nu e niciodată vina ta.
level-safe-what-to-do-hint-1 = Cine te-ar putea ajuta să verifici dacă Kai e cine spune că e?
level-safe-what-to-do-hint-2 = Secretele și întâlnirile cu prieteni de pe internet sunt semne de avertizare. Cere ajutor, nu te duce fără un adult.
level-safe-what-to-do-hint-3 = Când Kai se înfurie, nu trebuie să-i răspunzi deloc.

safe-what-to-do-secret-prompt = Kai scrie: „Hai să ținem secrete discuțiile noastre.” Ce faci?
safe-what-to-do-secret-keep = Păstrez secretul. Kai e drăguț cu mine.
safe-what-to-do-secret-keep-reason = Vorbele frumoase pot ascunde un truc. Un prieten adevărat nu are nevoie de secrete față de familia ta.
safe-what-to-do-secret-ask-why = Îl întreb întâi pe Kai de ce, apoi hotărăsc eu.
safe-what-to-do-secret-ask-why-reason = Kai poate avea un răspuns isteț. Nu hotărî fără ajutor: întreabă pe cineva în care ai încredere.
safe-what-to-do-secret-tell = Îi spun despre chat unui adult de încredere.
safe-what-to-do-secret-tell-reason = Da! Cererea de secrete e un semn de avertizare. Un adult de încredere te poate ajuta să verifici.

safe-what-to-do-meet-prompt = Kai vrea să vă întâlniți în parc. Ce faci?
safe-what-to-do-meet-go-with-friend = Merg, dar iau cu mine pe cineva din clasă.
safe-what-to-do-meet-go-with-friend-reason = Doi copii nu sunt destul de în siguranță. Nu te întâlni niciodată cu cineva pe care îl știi doar de pe internet.
safe-what-to-do-meet-say-no = Refuz și îi spun unui adult de încredere.
safe-what-to-do-meet-say-no-reason = Corect. Spune nu și lasă un adult de încredere să te ajute cu Kai.
safe-what-to-do-meet-go-tell-later = Merg și îi spun unui adult după aceea.
safe-what-to-do-meet-go-tell-later-reason = E bine să-i spui unui adult, dar nu te duce. Nu te întâlni niciodată cu cineva pe care îl știi doar de pe internet.

safe-what-to-do-angry-prompt = Ai spus nu. Acum Kai îți trimite mesaje furioase.
safe-what-to-do-angry-block = Îl blochez pe Kai și îi spun unui adult.
safe-what-to-do-angry-block-reason = Da. Nu trebuie să răspunzi. Blochează-l pe Kai și cere ajutor de la un adult în care ai încredere.
safe-what-to-do-angry-sorry = Îmi cer scuze și fac ce vrea Kai.
safe-what-to-do-angry-sorry-reason = N-ai făcut nimic greșit. A fost corect să spui nu.
safe-what-to-do-angry-argue = Continui să-i răspund până când Kai își cere scuze.
safe-what-to-do-angry-argue-reason = Cearta îl face pe Kai să-ți tot scrie. Mai bine nu mai răspunde.

## Nivelul 3: blochează și raportează

level-safe-block-report-title = Blochează și raportează
level-safe-block-report-instruction = Cineva de pe internet te face să te simți rău. E bună fiecare idee sau nu?
level-safe-block-report-learned = Salvează mesajele, blochează persoana, raporteaz-o în aplicație și spune-i unui adult de încredere.
level-safe-block-report-hint-1 = Care idei îmbunătățesc lucrurile și care le înrăutățesc?
level-safe-block-report-hint-2 = Păstrează dovezi, oprește mesajele și cere ajutor.
level-safe-block-report-hint-3 = Ștergerea chatului nu e o idee bună: dovezile ar dispărea.

safe-block-report-screenshot = Fă capturi de ecran cu mesajele
safe-block-report-screenshot-reason = Capturile de ecran sunt dovezi. Fă-le până să blochezi, în caz că chatul dispare.
safe-block-report-delete = Șterge tot chatul, ca să nu-l vadă nimeni
safe-block-report-delete-reason = Atunci dovezile dispar. Păstrează mesajele, ca un adult să te poată ajuta.
safe-block-report-block = Blochează persoana
safe-block-report-block-reason = Blocarea o oprește să-ți mai trimită mesaje.
safe-block-report-reply-mean = Trimite înapoi un mesaj răutăcios
safe-block-report-reply-mean-reason = Asta poate înrăutăți lucrurile. Nu răspunde deloc.
safe-block-report-report = Raportează profilul în aplicație
safe-block-report-report-reason = Echipa aplicației verifică raportările și poate opri contul.
safe-block-report-unblock = Deblochează persoana, ca să vezi dacă îi pare rău
safe-block-report-unblock-reason = Așa îți poate scrie din nou. Las-o blocată.
safe-block-report-tell = Spune-i unui adult de încredere ce s-a întâmplat
safe-block-report-tell-reason = Un adult de încredere te poate ajuta să raportezi și să te simți mai bine.

## Nivelul 4: codul de conectare

level-safe-login-code-title = Codul secret de conectare
level-safe-login-code-instruction = Alege de fiecare dată cel mai bun răspuns.
level-safe-login-code-learned = Un cod de conectare e doar pentru tine. Nu-l da niciodată nimănui, nici unui prieten, nici „echipei de asistență”.
level-safe-login-code-hint-1 = Cine are nevoie de codul care îți vine pe telefon?
level-safe-login-code-hint-2 = Codul e un al doilea lacăt la contul tău. Funcționează ca o cheie.
level-safe-login-code-hint-3 = Echipele de asistență adevărate nu-ți cer niciodată codul.

safe-login-code-why-prompt = După parolă, aplicația îți trimite un cod pe telefon. De ce?
safe-login-code-why-ads = Pentru că aplicația vrea numărul tău pentru reclame.
safe-login-code-why-ads-reason = Nu. Codul e acolo ca să-ți păstreze contul în siguranță.
safe-login-code-why-second-lock = E un al doilea lacăt, ca doar tu să intri.
safe-login-code-why-second-lock-reason = Da. Asta e conectarea în doi pași. Un hoț care are parola ta tot are nevoie de cod.
safe-login-code-why-phone-check = Ca să verifice dacă telefonul tău mai merge.
safe-login-code-why-phone-check-reason = Nu. Codul dovedește că chiar tu te conectezi.

safe-login-code-friend-prompt = Un mesaj de la Mia: „Hopa, codul meu a ajuns la tine. Mi-l trimiți?”
safe-login-code-friend-send = Îl trimit repede. Mia e prietena mea și are nevoie de el.
safe-login-code-friend-send-reason = Contul Miei poate fi spart. Codul ar lăsa un străin să intre în contul TĂU.
safe-login-code-friend-half = Trimit doar prima jumătate a codului.
safe-login-code-friend-half-reason = Și o jumătate de cod ajută un hoț. Păstrează tot codul pentru tine.
safe-login-code-friend-ask = Nu-l trimit. O sun pe Mia sau o întreb direct.
safe-login-code-friend-ask-reason = Corect. Verifică altfel cu Mia. Probabil e un truc.

safe-login-code-support-prompt = Un chat spune: „Aici echipa de asistență a jocului. Spune-ne codul tău, ca să-ți păstrăm contul în siguranță.”
safe-login-code-support-give = Îl dau. Ei sunt echipa de asistență.
safe-login-code-support-give-reason = Echipele de asistență adevărate nu-ți cer niciodată codul. E un truc.
safe-login-code-support-say-no = Refuz. Asistența n-are nevoie de cod.
safe-login-code-support-say-no-reason = Corect. Și firmele adevărate spun asta: nu-ți cer niciodată codul.
safe-login-code-support-adult-reads = Îi cer unui adult să le citească el codul.
safe-login-code-support-adult-reads-reason = Nimeni n-ar trebui să dea codul, fie adult, fie copil. Mai bine arată-i mesajul unui adult.

## Nivelul 5: unde primești ajutor

level-safe-get-help-title = Unde primești ajutor
level-safe-get-help-instruction = Ceva de pe internet te îngrijorează. Alege de fiecare dată cel mai bun răspuns.
level-safe-get-help-learned = Nu rămâi niciodată fără sprijin. Vorbește cu un adult de încredere. { $helpline }
level-safe-get-help-hint-1 = E mai bine să ții o grijă în tine sau s-o împărtășești?
level-safe-get-help-hint-2 = Adulții de încredere și liniile de ajutor pentru copii ascultă și ajută.
level-safe-get-help-hint-3 = 116 111 e un număr pentru copii în multe țări.

safe-get-help-worried-prompt = Ai văzut pe internet ceva care te sperie. Ce te ajută cel mai mult?
safe-get-help-worried-keep = Țin totul pentru mine și încerc să uit.
safe-get-help-worried-keep-reason = Grijile cresc când le ții în tine. Ajută să-i spui cuiva.
safe-get-help-worried-tell = Îi povestesc unui adult de încredere.
safe-get-help-worried-tell-reason = Da! Un părinte, o persoană care are grijă de tine sau un profesor te poate ajuta.
safe-get-help-worried-search = Caut mai multe despre asta pe internet.
safe-get-help-worried-search-reason = S-ar putea să găsești lucruri și mai înfricoșătoare. Vorbește mai întâi cu cineva.

safe-get-help-nobody-prompt = Nu vrei să vorbești cu nimeni dintre cei pe care îi cunoști. Ce poți face?
safe-get-help-nobody-forum = Întreb niște străini de pe un forum ce ar trebui să fac.
safe-get-help-nobody-forum-reason = Străinii de pe internet s-ar putea să nu fie nici buni, nici să aibă dreptate. O linie de ajutor e acolo ca să te ajute.
safe-get-help-nobody-wait = Aștept până când problema trece de la sine.
safe-get-help-nobody-wait-reason = Problemele de multe ori nu trec singure. E în regulă să ceri ajutor.
safe-get-help-nobody-helpline = Sun sau scriu la o linie de ajutor pentru copii.
safe-get-help-nobody-helpline-reason = Da. Liniile de ajutor pentru copii îi ascultă pe copii. Nu trebuie să-ți spui numele.

safe-get-help-number-prompt = Un afiș de la școală arată 116 111. Ce număr e acesta?
safe-get-help-number-helpline = Linie pentru copii, în multe țări din Europa
safe-get-help-number-helpline-reason = Da. În multe țări europene, 116 111 e o linie de ajutor pentru copii. Unele țări folosesc alt număr.
safe-get-help-number-prize = Un număr la care poți câștiga premii
safe-get-help-number-prize-reason = Nu. E o linie de ajutor unde copiii pot vorbi despre griji.
safe-get-help-number-adults = Un număr pe care au voie să-l sune doar adulții
safe-get-help-number-adults-reason = Nu. Copiii pot suna singuri la o linie de ajutor pentru copii.

## Nivelul 6 (doar 12–14): când cineva amenință

level-safe-threats-title = Când cineva amenință
level-safe-threats-instruction = Cineva amenință că va răspândi o poză privată. Alege cel mai bun răspuns.
level-safe-threats-learned = Nu e niciodată vina ta. Nu plăti, nu mai răspunde, păstrează mesajele, spune-i unui adult de încredere și raportează.
level-safe-threats-hint-1 = Ce vrea de la tine persoana care amenință?
level-safe-threats-hint-2 = Plata sau trimiterea de alte poze nu opresc amenințările. Ajutorul le oprește.
level-safe-threats-hint-3 = Păstrează chatul ca dovadă, dar nu mai răspunde.

safe-threats-pay-prompt = Un prieten de pe internet scrie: „Plătește-mi, altfel răspândesc poza privată pe care mi-ai trimis-o.”
safe-threats-pay-pay = Îi dau repede banii, ca poza să rămână privată.
safe-threats-pay-pay-reason = Plata nu-i oprește. De obicei cer și mai mult.
safe-threats-pay-stop = Nu mai răspund. Spun unui adult de încredere.
safe-threats-pay-stop-reason = Da. Oprește orice contact și cere ajutor. Un adult te poate ajuta să raportezi.
safe-threats-pay-more = Mai trimit o poză, ca să se calmeze.
safe-threats-pay-more-reason = Nu trimite niciodată mai mult. Nu se vor opri. Mai bine cere ajutor.

safe-threats-chat-prompt = Te simți groaznic și vrei să dispară chatul. Ce faci cu el?
safe-threats-chat-delete = Șterg imediat tot chatul și tot contul meu.
safe-threats-chat-delete-reason = Chatul e o dovadă. Aplicația și poliția au nevoie de el ca să-i oprească.
safe-threats-chat-forward = Le trimit prietenilor chatul, ca să-i întreb.
safe-threats-chat-forward-reason = Nu-l trimite mai departe. Păstrează-l între tine și un adult de încredere.
safe-threats-chat-keep = Păstrez chatul, apoi blochez și raportez.
safe-threats-chat-keep-reason = Corect. Păstrează mesajele ca dovadă, apoi blochează și raportează contul.

safe-threats-fault-prompt = Te gândești: „E vina mea. Nu pot să spun nimănui.” Ce e adevărat?
safe-threats-fault-my-fault = E vina mea, deci trebuie să mă descurc fără nimeni.
safe-threats-fault-my-fault-reason = Nu. Persoana care amenință face rău, nu tu.
safe-threats-fault-never = Nu e niciodată vina mea și există ajutor.
safe-threats-fault-never-reason = Da. Cineva te-a păcălit. Adulții și liniile de ajutor te ajută fără să te învinovățească.
safe-threats-fault-later = Îi spun unui adult doar dacă se înrăutățește.
safe-threats-fault-later-reason = Spune-i cuiva acum. Cu cât primești mai repede ajutor, cu atât se oprește mai repede.

safe-threats-online-prompt = Te temi că poza e acum pe internet. Ce te poate ajuta?
safe-threats-online-take-it-down = Folosesc Take It Down, împreună cu un adult.
safe-threats-online-take-it-down-reason = Take It Down ajută la ștergerea pozelor făcute înainte de 18 ani, din orice țară.
safe-threats-online-search = Continui să caut poza în fiecare zi, ca să verific.
safe-threats-online-search-reason = Asta te face doar să te simți mai rău. Lasă un adult și un instrument să facă treaba.
safe-threats-online-nothing = Nimic nu mai ajută odată ce poza e online.
safe-threats-online-nothing-reason = Nu e adevărat. Pozele pot fi adesea șterse. Există mereu ajutor.

## Nivelul 7 (doar 12–14): o poză privată cu altcineva

level-safe-not-yours-title = O poză care nu e a ta
level-safe-not-yours-instruction = O poză privată cu cineva din clasă e trimisă într-un chat. Idee bună sau nu?
level-safe-not-yours-learned = Nu păstra și nu trimite mai departe niciodată o poză privată cu cineva. Spune-i unui adult de încredere și raporteaz-o.
level-safe-not-yours-hint-1 = Cum te-ai simți dacă ar fi poza ta?
level-safe-not-yours-hint-2 = Fiecare trimitere o rănește din nou pe persoana din poză.
level-safe-not-yours-hint-3 = S-o trimiți mai departe nu e niciodată o idee bună, nici măcar ca să ceri ajutor.

safe-not-yours-forward = O trimit mai departe unui prieten
safe-not-yours-forward-reason = Fiecare trimitere rănește persoana și mai mult. În multe țări e și împotriva legii.
safe-not-yours-tell = Îi spun despre ea unui adult de încredere
safe-not-yours-tell-reason = Da. Un adult poate ajuta la oprirea răspândirii, fără ca tu s-o trimiți.
safe-not-yours-save = O salvez pe telefonul meu
safe-not-yours-save-reason = N-o păstra. O astfel de poză nu trebuie să fie pe telefonul tău.
safe-not-yours-report = Raportez postarea în aplicație
safe-not-yours-report-reason = Aplicația o poate șterge. Persoana din poză are nevoie de asta.
safe-not-yours-ask-friend = O trimit unui prieten, ca să-l întreb ce să fac
safe-not-yours-ask-friend-reason = N-o trimite nimănui, nici măcar ca să ceri ajutor. Mai bine povestește-i despre ea.
safe-not-yours-kind = Mă port frumos cu persoana din poză
safe-not-yours-kind-reason = Poate se simte groaznic. Nu e vina ei.
safe-not-yours-laugh = Râd și eu, ca să nu ies în evidență
safe-not-yours-laugh-reason = Râsul o rănește și mai mult. Tu poți opri asta.
