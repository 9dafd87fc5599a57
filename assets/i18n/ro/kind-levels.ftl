# Lumea „Colțul bunătății”: să fii bun pe internet și ce faci când cineva nu e. Toți oamenii sunt inventați.
# Ton blând: spune mereu ce e de făcut și că e bine să-i spui unui adult de încredere.

world-kind-corner = Colțul bunătății

## Nivelul 1: răspunsuri frumoase

level-kind-reply-title = Spune ceva frumos
level-kind-reply-instruction = Alege de fiecare dată răspunsul cel mai frumos.
level-kind-reply-learned = Vorbele frumoase de pe internet îi fac pe oameni să se simtă bine. Până să postezi, întreabă-te: cum se vor simți?
level-kind-reply-hint-1 = Imaginează-ți că ești cealaltă persoană. Ce răspuns ți-ar plăcea să primești?
level-kind-reply-hint-2 = Un răspuns frumos e prietenos, sincer și despre cealaltă persoană, nu despre tine.
level-kind-reply-hint-3 = Pentru Mia: o întrebare despre desenul ei arată că te-ai uitat cu atenție.

kind-reply-drawing-prompt = Prietena ta Mia postează un desen cu pisica ei. Ce scrii?
kind-reply-drawing-praise = Ador culorile! Cum ai desenat-o?
kind-reply-drawing-praise-reason = O laudă frumoasă și sinceră o bucură pe Mia. O întrebare arată că te-ai uitat cu atenție.
kind-reply-drawing-brother = Fratele meu mai mic desenează mai bine de atât.
kind-reply-drawing-brother-reason = Asta ar răni-o pe Mia. Chiar și ca glumă, o face să se simtă prost în legătură cu munca ei.
kind-reply-drawing-mine = Uită-te mai bine la desenul meu!
kind-reply-drawing-mine-reason = Mia a vrut să-și arate desenul. Răspunsul ăsta mută discuția la tine.

kind-reply-game-prompt = Într-un joc online, colegul tău de echipă Leo face o greșeală. Echipa voastră pierde.
kind-reply-game-blame = Din cauza ta am pierdut toți, Leo! Mersi frumos.
kind-reply-game-blame-reason = Toată lumea greșește. Dacă îl învinovățești pe Leo în fața echipei, se simte groaznic.
kind-reply-game-kick = Hai să-l dăm pe Leo afară din echipă.
kind-reply-game-kick-reason = E urât să lași pe cineva pe dinafară pentru o singură greșeală. Jocurile sunt mai frumoase când toată lumea e binevenită.
kind-reply-game-cheer = Bună încercare, Leo! Câștigăm data viitoare.
kind-reply-game-cheer-reason = O vorbă prietenoasă după o înfrângere înveselește toată echipa. E doar un joc.

kind-reply-sad-prompt = Colega ta Ava postează: „azi nu mă place nimeni”.
kind-reply-sad-drama = Nu mai face atâta dramă.
kind-reply-sad-drama-reason = Ava îți spune că e tristă. Răspunsul ăsta îi spune că sentimentele ei nu contează.
kind-reply-sad-message = Îi scriu Avei: „Țin la tine! Vrei să vorbim?”
kind-reply-sad-message-reason = Un mesaj privat frumos îi arată Avei că cineva ține la ea. Dacă pare foarte tristă, spune-i și unui adult de încredere.
kind-reply-sad-scroll = Derulez mai departe. Părinții ei se vor ocupa.
kind-reply-sad-scroll-reason = Ava s-ar putea simți și mai singură, iar părinții ei poate nu știu. Câteva vorbe frumoase de la tine pot ajuta mult.

## Nivelul 2: comentarii frumoase sau urâte

kind-bin-kind = Frumos
kind-bin-unkind = Urât

level-kind-comments-title = Frumos sau urât?
level-kind-comments-instruction = Sortează fiecare comentariu: e frumos sau urât?
level-kind-comments-learned = Poți spune ce crezi și totuși să vorbești frumos. Comentariile răutăcioase rănesc, chiar și ca glumă.
level-kind-comments-hint-1 = Citește fiecare comentariu ca și cum cineva ți l-ar fi scris ție.
level-kind-comments-hint-2 = Comentariile frumoase laudă, ajută sau nu sunt de acord politicos. Cele urâte tachinează sau îi pun pe alții la pământ.
level-kind-comments-hint-3 = Comentariile despre cum arată sau cum se mișcă cineva sunt adesea urâte, chiar și când sunt spuse în glumă.

kind-comments-great-goal = Ce gol superb în filmulețul tău!
kind-comments-great-goal-reason = Lauda pentru ceva făcut bine îl face pe celălalt să se simtă mândru. E frumos.
kind-comments-weird-hair = Părul tău arată tare ciudat în poza asta.
kind-comments-weird-hair-reason = Comentariile despre cum arată cineva pot răni cu adevărat. Dacă nu i-ai spune-o în față, nu o posta.
kind-comments-get-well = Sper să te faci bine repede!
kind-comments-get-well-reason = Când îi urezi cuiva bine, arăți că îți pasă de el. E frumos.
kind-comments-nobody-asked = Nu te-a întrebat nimeni ce crezi.
kind-comments-nobody-asked-reason = Asta îi spune cuiva să tacă și că nu contează. E urât.
kind-comments-different-ending = Mi-ar fi plăcut alt final, dar povestea a fost super!
kind-comments-different-ending-reason = Poți să nu fii de acord și totuși să vorbești frumos. Comentariul ăsta e sincer și prietenos.
kind-comments-penguin = Ha ha, alergi ca un pinguin!
kind-comments-penguin-reason = Să râzi de cum se mișcă cineva înseamnă să-l tachinezi. Poate răni, chiar dacă ai spus-o în glumă.
kind-comments-thanks-help = Mersi că m-ai ajutat la teme!
kind-comments-thanks-help-reason = Un mulțumesc îi face pe oameni să se bucure că au ajutat. E frumos.

## Nivelul 3: când cineva îți tot trimite mesaje răutăcioase

level-kind-when-bullied-title = Mesaje răutăcioase
level-kind-when-bullied-instruction = Cineva îți tot trimite mesaje răutăcioase. E bine să faci asta sau mai bine nu?
level-kind-when-bullied-learned = Nu răspunde, păstrează dovezi, blochează, raportează și spune-i oricând unui adult de încredere. Nu e niciodată vina ta.
level-kind-when-bullied-hint-1 = Care dintre acestea opresc mesajele, păstrează dovezi sau îți aduc ajutor?
level-kind-when-bullied-hint-2 = Pașii buni păstrează dovezi, opresc mesajele și îți aduc ajutor. Să răspunzi la fel sau să ascunzi totul nu ajută.
level-kind-when-bullied-hint-3 = Să-i spui unui adult de încredere e mereu corect, oricând.

kind-bin-good-step = E bine
kind-bin-not-step = Mai bine nu

kind-when-bullied-no-reply = Nu răspunde la mesajele răutăcioase.
kind-when-bullied-no-reply-reason = Mesajele răutăcioase vor o reacție. Dacă nu răspunzi, nu primesc nimic.
kind-when-bullied-screenshot = Fă capturi de ecran, ca să ai dovezi.
kind-when-bullied-screenshot-reason = Dovezile arată ce s-a întâmplat. Fă capturi până să blochezi: blocarea poate ascunde mesajele.
kind-when-bullied-hit-back = Trimite și tu ceva răutăcios.
kind-when-bullied-hit-back-reason = Poate înrăutăți lucrurile și le dă reacția pe care o vor.
kind-when-bullied-block = Blochează persoana.
kind-when-bullied-block-reason = Atunci mesajele răutăcioase nu mai ajung la tine.
kind-when-bullied-tell = Spune-i unui adult de încredere și arată-i mesajele.
kind-when-bullied-tell-reason = E corect oricând: primul, ultimul sau la mijloc. Nu trebuie să treci niciodată prin asta fără ajutor.
kind-when-bullied-secret = Ține totul secret și speră că se oprește.
kind-when-bullied-secret-reason = Nu trebuie să te descurci fără ajutor. Spune-i unui adult de încredere. Nu e niciodată vina ta.
kind-when-bullied-report = Raportează persoana în aplicație.
kind-when-bullied-report-reason = Aplicația poate avertiza sau opri persoana. Capturile tale de ecran ajută.
kind-when-bullied-delete-all = Șterge imediat toate mesajele.
kind-when-bullied-delete-all-reason = Atunci dovezile dispar. Fă întâi capturi de ecran, apoi blochează și raportează.

## Nivelul 4: când vezi că altcineva e tratat urât

level-kind-bystander-title = Nu sta deoparte
level-kind-bystander-instruction = Vezi că cineva e tratat urât. Alege cel mai bun lucru de făcut.
level-kind-bystander-learned = Nu te alătura. Poartă-te frumos cu persoana respectivă și spune-i unui adult de încredere. Asta ajută mult.
level-kind-bystander-hint-1 = Gândește-te la persoana care e tratată urât. Ce ar ajuta-o?
level-kind-bystander-hint-2 = Să te alături sau să taci nu ajută. Bunătatea și ajutorul cerut de la alții ajută.
level-kind-bystander-hint-3 = Pentru Finn, o simplă invitație îi poate face ziua mai frumoasă.

kind-bystander-chat-prompt = În chatul de grup al clasei, câțiva copii tot râd de Noah.
kind-bystander-chat-join = Trimit și eu o față care râde.
kind-bystander-chat-join-reason = Chiar și o singură față care râde înseamnă că te alături. Noah simte că toată lumea e împotriva lui.
kind-bystander-chat-silent = Nu zic nimic. Oricum o să vadă chatul un profesor.
kind-bystander-chat-silent-reason = Profesorii nu citesc fiecare chat, iar Noah poate crede că toată lumea e de acord. Spune-i tu unui adult de încredere.
kind-bystander-chat-support = Îl încurajez pe Noah și îi spun unui adult.
kind-bystander-chat-support-reason = Un mesaj frumos îi arată lui Noah că nu e singur. Un adult de încredere poate ajuta la oprirea tachinărilor.

kind-bystander-photo-prompt = Cineva trimite o poză caraghioasă cu colega ta Zoe, ca să râdă de ea.
kind-bystander-photo-share = O trimit și altor prieteni.
kind-bystander-photo-share-reason = Fiecare trimitere răspândește poza mai departe și o rănește și mai tare pe Zoe. Nimeni n-ar trebui să trimită poza cuiva ca să râdă de el.
kind-bystander-photo-stop = O raportez și îi spun unui adult.
kind-bystander-photo-stop-reason = Poza se oprește la tine. Raportarea poate duce la ștergerea ei, iar un adult o poate ajuta pe Zoe.
kind-bystander-photo-like = Îi dau like, pentru că toți ceilalți au dat.
kind-bystander-photo-like-reason = Un like îi spune celui care a trimis-o că poza e amuzantă. Asta îl poate face să posteze și mai multe.

kind-bystander-game-prompt = Câțiva copii îl lasă intenționat pe Finn pe dinafară într-un joc online.
kind-bystander-game-invite = Îl invit pe Finn să se joace cu mine.
kind-bystander-game-invite-reason = O simplă invitație îi poate face ziua mai frumoasă lui Finn. Dacă e lăsat tot pe dinafară, spune-i unui adult de încredere.
kind-bystander-game-along = Mă joc fără el. Jocul lor, regulile lor.
kind-bystander-game-along-reason = Să lași pe cineva intenționat pe dinafară doare. Dacă faci la fel, Finn se simte și mai singur.
kind-bystander-game-pretend = Mă prefac că n-am văzut.
kind-bystander-game-pretend-reason = E ușor să te uiți în altă parte, dar Finn tot se simte lăsat pe dinafară. Un mic gest frumos îl poate ajuta.

## Nivelul 5: chatul clasei

level-kind-group-chat-title = Chatul clasei
level-kind-group-chat-instruction = Atinge fiecare mesaj urât din chatul acesta al clasei.
level-kind-group-chat-learned = Batjocura, lăsatul pe dinafară, trimiterea de poze fără să întrebi și râsul alături de ceilalți sunt urâte. Nu te alătura.
level-kind-group-chat-hint-1 = Citește fiecare mesaj. Cum s-ar simți Sam dacă l-ar citi?
level-kind-group-chat-hint-2 = Mesajele urâte râd de cineva, îl lasă pe dinafară sau îi trimit poza.
level-kind-group-chat-hint-3 = Ben scrie două dintre mesajele urâte.

kind-group-chat-trip = Mia: Cine e gata pentru excursia de mâine?
kind-group-chat-trip-reason = O întrebare prietenoasă pentru toată clasa. Mesajul acesta e în regulă.
kind-group-chat-bottle = Leo: Eu! Nu uitați sticla de apă.
kind-group-chat-bottle-reason = O amintire utilă pentru toți. Mesajul acesta e în regulă.
kind-group-chat-shoes = Ben: Ați văzut ce pantofi avea Sam azi? Urâți rău lol
kind-group-chat-shoes-reason = Mesajul îl ia peste picior pe Sam în fața întregii clase. Nu te alătura și poartă-te frumos cu Sam.
kind-group-chat-laugh = Max: HAHAHA (cinci fețe care râd)
kind-group-chat-laugh-reason = Râsul alături de ceilalți îngroașă gluma și face tachinarea mai rea. Să stai deoparte e deja mai bine.
kind-group-chat-homework = Finn: Îmi poate trimite cineva pagina cu tema?
kind-group-chat-homework-reason = E în regulă să ceri ajutor la teme. Chaturile clasei sunt grozave pentru asta.
kind-group-chat-photo = Ben: Uitați! O poză cu Sam când se împiedică în curtea școlii.
kind-group-chat-photo-reason = Sam nu a fost de acord ca poza asta să fie trimisă. Întreabă până să trimiți poza cuiva și spune-i unui adult despre aceasta.
kind-group-chat-party = Ava: Petrecere la mine! Nu-l invitați pe Sam.
kind-group-chat-party-reason = Când le spui tuturor să-l lase pe dinafară pe Sam, îl rănești tare. Nimeni n-ar trebui lăsat intenționat pe dinafară.
kind-group-chat-thanks = Zoe: Sam m-a ajutat azi la proiect. Mersi, Sam!
kind-group-chat-thanks-reason = Să mulțumești cuiva în fața clasei e frumos. Mesajul acesta e în regulă.
