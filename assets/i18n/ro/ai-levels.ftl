# Lumea „IA și eu”: chatboturi, IA care învață din exemple, recomandări, imagini și voci făcute cu IA,
# IA la teme. Oamenii, aplicațiile și conturile sunt inventate. Cartonașele nivelului „Învață robotul” sunt în training.ftl.

world-ai-and-me = IA și eu

ai-bin-ok-to-ask = Pot întreba
ai-bin-good-use = Folosire bună
ai-bin-not-ok = Nu e în regulă

## Nivelul 2: ce îi spui unui chatbot

level-ai-what-to-tell-title = Vorbind cu un chatbot
level-ai-what-to-tell-instruction = E în regulă să întrebi un chatbot asta sau ar trebui să rămână privat?
level-ai-what-to-tell-learned = Întreabă un chatbot despre lume, nu despre tine. Numele, adresele, pozele, parolele și secretele rămân private.
level-ai-what-to-tell-hint-1 = Întreabă-te: e despre lume sau despre mine și prietenii mei?
level-ai-what-to-tell-hint-2 = Firma care se ocupă de un chatbot poate citi ce scrii. Păstrează privat tot ce arată cine ești.
level-ai-what-to-tell-hint-3 = Poți cere idei pentru povestea cu dragonul. Adresa ta nu o spui.

ai-what-to-tell-volcano = Cum funcționează vulcanii?
ai-what-to-tell-volcano-reason = O întrebare despre lume nu dezvăluie nimic. Verifică răspunsul și într-o carte.
ai-what-to-tell-address = Adresa ta de acasă
ai-what-to-tell-address-reason = Un chatbot nu trebuie să știe unde locuiești. Firma din spatele lui poate citi ce scrii.
ai-what-to-tell-name-school = Numele tău complet și școala ta
ai-what-to-tell-name-school-reason = Împreună îi spun oricui le citește cine ești și unde te poate găsi. Păstrează-le private.
ai-what-to-tell-dragon = Idei pentru o poveste despre un dragon
ai-what-to-tell-dragon-reason = E în regulă să ceri idei. Apoi fă povestea a ta.
ai-what-to-tell-password = Parola ta, ca s-o țină minte
ai-what-to-tell-password-reason = Un chatbot nu are niciodată nevoie de parola ta. Păstreaz-o pentru tine și pentru adultul care te ajută cu ea.
ai-what-to-tell-face-photo = O poză cu fața ta
ai-what-to-tell-face-photo-reason = O poză cu tine e ceva personal. N-o da chatboturilor și întreabă un adult de încredere până să trimiți poze.
ai-what-to-tell-perimeter = Ce înseamnă „perimetru”?
ai-what-to-tell-perimeter-reason = E în regulă să întrebi ce înseamnă un cuvânt. Profesorul poate verifica răspunsul împreună cu tine.
ai-what-to-tell-friend-secret = Un secret pe care ți l-a spus un prieten
ai-what-to-tell-friend-secret-reason = E secretul prietenului tău. Nu e al tău ca să-l spui, nici unui chatbot, nici altcuiva.

## Nivelul 1: învață robotul

level-ai-teach-the-robot-title = Învață robotul
level-ai-teach-the-robot-instruction = Sortează cartonașele ca să-l înveți pe robot ce e o pisică. Apoi testează-l.
level-ai-teach-the-robot-learned = Un robot învață doar din exemplele lui. Arată-i multe feluri de pisici și va recunoaște și pisici noi.
level-ai-teach-the-robot-hint-1 = Uită-te la pisicile din care a învățat robotul. Cu ce seamănă toate între ele?
level-ai-teach-the-robot-hint-2 = Toate pisicile pe care le-a văzut erau mici și portocalii. Are nevoie de pisici care arată altfel.
level-ai-teach-the-robot-hint-3 = Adaugă o pisică gri, mare sau pufoasă.

## Nivelul 3: sigur, dar greșit

level-ai-chatbot-sure-title = Sigur pe el, dar greșit
level-ai-chatbot-sure-instruction = Un chatbot pare foarte sigur pe el. Ce faci?
level-ai-chatbot-sure-learned = Un chatbot poate părea sigur pe el și totuși să greșească. Verifică într-o carte sau pe un site de încredere, sau întreabă un adult.
level-ai-chatbot-sure-hint-1 = Dacă ceva sună sigur, înseamnă că e adevărat?
level-ai-chatbot-sure-hint-2 = Verifică la o sursă care nu e chatbotul.
level-ai-chatbot-sure-hint-3 = Pentru păianjen: o carte de științe îți poate spune.

ai-chatbot-sure-spider-prompt = Pentru o temă, întrebi un chatbot: „Păianjenul e o insectă?” El spune: „Da, păianjenii sunt insecte.”
ai-chatbot-sure-spider-copy = O scriu. Pare foarte sigur pe el.
ai-chatbot-sure-spider-copy-reason = Să pari sigur nu înseamnă să ai dreptate. Păianjenii au 8 picioare, insectele au 6.
ai-chatbot-sure-spider-check = Verific într-o carte de științe sau pe un site de încredere
ai-chatbot-sure-spider-check-reason = Corect! O altă sursă arată că chatbotul a greșit: păianjenii nu sunt insecte.
ai-chatbot-sure-spider-ask-again = Întreb chatbotul: „Ești sigur?”
ai-chatbot-sure-spider-ask-again-reason = S-ar putea să spună iar da. Verifică la o sursă care nu e chatbotul.
ai-chatbot-sure-talk-prompt = Un chatbot îți dă o informație uimitoare pentru prezentarea de la clasă. N-o găsești nicăieri altundeva.
ai-chatbot-sure-talk-use-it = O folosesc: chatbotul știe mai multe decât noi
ai-chatbot-sure-talk-use-it-reason = Chatboturile pot inventa informații care par adevărate. Dacă nimeni altcineva nu o spune, las-o deoparte.
ai-chatbot-sure-talk-leave-out = O las deoparte sau îl întreb pe profesor
ai-chatbot-sure-talk-leave-out-reason = Bine. O informație pe care n-o poți verifica nu e gata pentru prezentarea ta.
ai-chatbot-sure-talk-tell-friends = Le spun prietenilor că e adevărată
ai-chatbot-sure-talk-tell-friends-reason = Așa răspândești o informație pe care n-a verificat-o nimeni. Verific-o întâi.

## Nivelul 4: de ce filmulețul acesta?

level-ai-why-this-video-title = De ce filmulețul acesta?
level-ai-why-this-video-instruction = Află de ce aplicația îți arată ce îți arată.
level-ai-why-this-video-learned = Aplicațiile învață din ce urmărești, apreciezi și cauți. Caută lucruri noi și spune-i aplicației ce nu vrei.
level-ai-why-this-video-hint-1 = Gândește-te la ce ai făcut înainte în aplicație.
level-ai-why-this-video-hint-2 = Aplicația alege filmulețe după ce urmărești, apreciezi și cauți.
level-ai-why-this-video-hint-3 = Ca să vezi alte lucruri, arată-i aplicației alte lucruri care îți plac.

ai-why-this-video-cakes-prompt = Ai urmărit până la capăt trei filmulețe cu prăjituri. Acum aplicația îți arată o mulțime de filmulețe cu prăjituri.
ai-why-this-video-cakes-everyone = Azi toată lumea de pe planetă se uită la prăjituri
ai-why-this-video-cakes-everyone-reason = Puțin probabil! Aplicația alege filmulețe pentru tine după ce ai făcut tu.
ai-why-this-video-cakes-learned = Aplicația a învățat din ce ai urmărit
ai-why-this-video-cakes-learned-reason = Corect. Aplicațiile folosesc ce urmărești, apreciezi și cauți ca să aleagă ce urmează.
ai-why-this-video-cakes-teacher = Profesorul i-a spus aplicației că-ți plac prăjiturile
ai-why-this-video-cakes-teacher-reason = Nu. Aplicația a învățat asta din propriile tale atingeri și vizionări.
ai-why-this-video-more-prompt = Vrei să vezi și altceva decât prăjituri. Ce ajută?
ai-why-this-video-more-search = Caut lucruri noi, ating „Nu mă interesează”
ai-why-this-video-more-search-reason = Da! Aplicația învață și din asta. Multe aplicații au un buton ca „Nu mă interesează”.
ai-why-this-video-more-more-cakes = Mă uit la și mai multe filmulețe cu prăjituri
ai-why-this-video-more-more-cakes-reason = Așa înveți aplicația că vrei doar prăjituri.
ai-why-this-video-more-scroll = Derulez mai departe: aplicația se va schimba singură
ai-why-this-video-more-scroll-reason = Aplicația alege în continuare după ce ai făcut înainte. Arată-i ce altceva îți mai place.
ai-why-this-video-feel-bad-prompt = Un fel de filmuleț pe care aplicația ți-l tot arată te face să te simți prost în legătură cu tine.
ai-why-this-video-feel-bad-keep-watching = Mă uit în continuare, ca să nu pierd nimic
ai-why-this-video-feel-bad-keep-watching-reason = Dacă te uiți mai mult, îi spui aplicației să-ți arate mai multe. Oprește-te și ia o pauză.
ai-why-this-video-feel-bad-share = Le trimit prietenilor, să văd dacă și ei se simt rău
ai-why-this-video-feel-bad-share-reason = Așa răspândești sentimentul urât. Oprește-te și vorbește cu cineva în care ai încredere.
ai-why-this-video-feel-bad-stop-tell = Mă opresc și îi spun unui adult de încredere
ai-why-this-video-feel-bad-stop-tell-reason = Bine. Ce simți tu contează mai mult decât aplicația. Un adult te poate ajuta să schimbi ce îți arată.

## Nivelul 5: real sau făcut cu IA?

level-ai-fake-picture-title = Real sau făcut cu IA?
level-ai-fake-picture-instruction = Atinge fiecare indiciu că imaginea aceasta poate fi făcută cu IA sau poate nu e adevărată.
level-ai-fake-picture-learned = IA poate face imagini care par reale. Caută indicii, verifică alte surse și întreabă un adult când ai îndoieli.
level-ai-fake-picture-hint-1 = Te-ar surprinde imaginea aceasta în viața reală?
level-ai-fake-picture-hint-2 = Lucrurile surprinzătoare, prea perfecte, detaliile greșite și presiunea de a distribui repede sunt toate indicii.
level-ai-fake-picture-hint-3 = Citește atent ce scrie pe autobuz.

ai-fake-picture-account = Postat de: @pic_planet, azi la 10:02
ai-fake-picture-account-reason = Numele și ora singure nu-ți spun dacă o imagine e reală. Uită-te la imaginea însăși.
ai-fake-picture-photo = Poză: un pinguin înalt cât un autobuz școlar
ai-fake-picture-photo-reason = Imaginile foarte surprinzătoare sunt un indiciu. Verifică dacă știrile sau un site de încredere o arată și ele.
ai-fake-picture-perfect = Totul pare neted și perfect, ca o jucărie
ai-fake-picture-perfect-reason = Imaginile făcute cu IA pot părea prea perfecte. E un indiciu, deci verifică până să crezi.
ai-fake-picture-sign = Pe autobuz scrie „ȘCAOLĂ AUTOBUZ”
ai-fake-picture-sign-reason = Detaliile care nu sunt corecte, ca literele amestecate, sunt un indiciu că o imagine poate fi inventată.
ai-fake-picture-caption = Descriere: ADEVĂRAT!!! Distribuie până nu e șters!
ai-fake-picture-caption-reason = Presiunea de a distribui repede e un semn de avertizare. Știrile adevărate pot aștepta până verifici.
ai-fake-picture-question = Comentariu: Ce site de știri are asta?
ai-fake-picture-question-reason = O întrebare bună! E corect să verifici alte surse.
ai-fake-picture-comment = Comentariu: Pinguinii nu sunt atât de mari!
ai-fake-picture-comment-reason = Comentariul are dreptate să se îndoiască. Să folosești ce știi e o verificare bună.

## Nivelul 6: chiar sunt ei?

level-ai-voice-message-title = Chiar sunt ei?
level-ai-voice-message-instruction = Vocile și filmulețele pot fi făcute cu IA. Ce faci?
level-ai-voice-message-learned = IA poate copia voci și fețe. Dacă un mesaj cere coduri, bani sau un clic rapid, verifică altfel și spune-i unui adult.
level-ai-voice-message-hint-1 = O voce care sună cunoscut dovedește cine vorbește?
level-ai-voice-message-hint-2 = Verifică cu persoana altfel, nu răspunzând la mesaj.
level-ai-voice-message-hint-3 = Pentru cântăreață: pagina ei ar spune și ea asta.

ai-voice-message-cousin-prompt = Un mesaj vocal sună exact ca vărul tău Leo: „Mi-am pierdut telefonul! Trimite-mi repede codul de bancă al părinților tăi!”
ai-voice-message-cousin-send = Îl trimit: Leo e din familie și pare îngrijorat
ai-voice-message-cousin-send-reason = IA poate copia o voce dintr-un clip scurt. Și un văr adevărat nu ți-ar cere un cod de bancă.
ai-voice-message-cousin-check = Verific altfel cu Leo, împreună cu un adult
ai-voice-message-cousin-check-reason = Corect. Nu te încrede doar în voce. Un adult îl poate suna pe Leo la numărul pe care îl știe.
ai-voice-message-cousin-delete-after = Trimit codul, dar îi cer să-l șteargă după aceea
ai-voice-message-cousin-delete-after-reason = Odată trimis, nu mai e în mâinile tale. Nu trimite niciodată coduri.
ai-voice-message-singer-prompt = Un filmuleț o arată pe cântăreața Mila Star spunând: „Dă clic pe link și primești o tabletă gratuită!”
ai-voice-message-singer-click = Dau clic repede, până nu se termină tabletele
ai-voice-message-singer-click-reason = Graba e un semn de avertizare. Filmulețele de felul ăsta pot fi făcute cu IA ca să te păcălească.
ai-voice-message-singer-check = Verific întâi pagina ei și știrile
ai-voice-message-singer-check-reason = Da. Dacă pagina ei și știrile nu spun asta, filmulețul e fals.
ai-voice-message-singer-aunt = O rog pe mătușa mea să dea clic pentru mine
ai-voice-message-singer-aunt-reason = Problema e linkul, oricine ar da clic. Verifică întâi, apoi arată-i adultului de ce.

## Nivelul 7: IA te ajută, tu hotărăști

level-ai-you-decide-title = IA ajută, tu hotărăști
level-ai-you-decide-instruction = E un mod bun de a folosi IA pentru școală sau nu e în regulă?
level-ai-you-decide-learned = IA te poate ajuta să înveți. Tu faci gânditul, verifici ce spune și respecți regulile școlii tale.
level-ai-you-decide-hint-1 = Întreabă: cine gândește aici, eu sau IA?
level-ai-you-decide-hint-2 = E bine să folosești IA ca să înțelegi sau să exersezi. Să-i dai munca drept a ta nu e.
level-ai-you-decide-hint-3 = Să-i ceri să explice un cuvânt e o folosire bună.

ai-you-decide-explain-word = Îi cer să-mi explice un cuvânt pe care nu-l știu
ai-you-decide-explain-word-reason = Dacă folosești IA ca să înțelegi ceva, înveți. Verifică dacă are sens.
ai-you-decide-copy-story = Predau drept a mea o poveste scrisă de ea
ai-you-decide-copy-story-reason = Nu e munca ta și nu înveți nimic. Spune sincer ce a făcut IA.
ai-you-decide-quiz = Îi cer întrebări de test, ca să exersez
ai-you-decide-quiz-reason = Exersatul cu întrebările ei te poate ajuta. Verifică răspunsurile în notițele tale.
ai-you-decide-whole-homework = O las să-mi facă toate temele
ai-you-decide-whole-homework-reason = Atunci sari peste gânditul pentru care sunt temele. Încearcă întâi tu.
ai-you-decide-check-facts = Verific ce spune într-o carte sau pe un site de încredere
ai-you-decide-check-facts-reason = IA poate greși. Verificarea e ce face un utilizator isteț.
ai-you-decide-fake-photo = Fac o poză falsă și amuzantă cu un coleg
ai-you-decide-fake-photo-reason = Imaginile false cu oameni reali îi pot răni. Nu folosi niciodată IA ca să râzi de cineva.
ai-you-decide-own-words = Iau idei, apoi scriu cu cuvintele mele
ai-you-decide-own-words-reason = Bine: ideile te ajută să începi, iar munca e a ta.
ai-you-decide-against-rules = O folosesc când profesorul a spus să n-o folosesc
ai-you-decide-against-rules-reason = Școala ta hotărăște când poate fi folosită IA. Respectă regulile ei.
