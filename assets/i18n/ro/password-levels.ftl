# Lumea „Vârful parolelor”: cine poate ști o parolă, ce o face puternică, obiceiuri bune,
# verificarea în doi pași și managerii de parole. Parolele din pw-rank rămân neschimbate.
# Cuvintele din pw-build-*: substantive obișnuite, cu litere mici (1, 2 și 6 din pw-build-first au trei litere).

world-password-peak = Vârful parolelor

## Nivelul 1: cine îți poate ști parola

level-pw-who-to-tell-title = Cine o poate ști?
level-pw-who-to-tell-instruction = Citește ce se întâmplă. Alege de fiecare dată cel mai bun răspuns.
level-pw-who-to-tell-learned = Parola ta e doar pentru tine. Un adult de încredere care are grijă de tine te poate ajuta cu ea.
level-pw-who-to-tell-hint-1 = Întreabă-te: are persoana asta chiar nevoie de parola mea?
level-pw-who-to-tell-hint-2 = Prietenii și ajutoarele din joc nu au nevoie de ea niciodată. Un părinte sau o persoană care are grijă de tine te poate ajuta s-o păstrezi în siguranță.
level-pw-who-to-tell-hint-3 = În chatul jocului, nu răspunde. Raportează.

pw-who-to-tell-friend-prompt = Cea mai bună prietenă a ta, Zoe, te întreabă: „Care e parola ta de la joc? Vreau să încerc nivelul tău nou.”
pw-who-to-tell-friend-tell = Îi spun. E cea mai bună prietenă a mea.
pw-who-to-tell-friend-tell-reason = Chiar și cei mai buni prieteni pot spune altora din greșeală. Și uneori prietenii se ceartă.
pw-who-to-tell-friend-say-no = Îi zic: „Scuze, e doar pentru mine.”
pw-who-to-tell-friend-say-no-reason = Bravo! Puteți să vă jucați împreună în continuare. Un prieten bun înțelege.
pw-who-to-tell-friend-swap = Facem schimb de parole, ca să fie corect.
pw-who-to-tell-friend-swap-reason = Atunci sunt două parole știute în loc de una. Schimbul nu face nimic mai sigur.

pw-who-to-tell-moderator-prompt = Într-un chat de joc, „Mod_Max” scrie: „Sunt moderator. Trimite-mi parola ta, altfel contul tău va fi închis!”
pw-who-to-tell-moderator-send = O trimit repede, apoi îi spun unui adult ce am făcut.
pw-who-to-tell-moderator-send-reason = E bine să-i spui unui adult, dar n-o trimite niciodată. Moderatorii adevărați nu-ți cer niciodată parola.
pw-who-to-tell-moderator-proof = Îi cer să dovedească că e moderator.
pw-who-to-tell-moderator-proof-reason = Păcălitorii pot falsifica orice dovadă. Nimeni de la joc nu are nevoie de parola ta, deci n-o trimite.
pw-who-to-tell-moderator-report = Nu răspund. Raportez și îi spun unui adult.
pw-who-to-tell-moderator-report-reason = Corect! Moderatorii jocului nu au nevoie niciodată de parola ta. Raportarea ajută la oprirea păcălitorului.

pw-who-to-tell-parent-prompt = Un părinte sau o persoană care are grijă de tine te ajută să-ți configurezi tableta nouă. Te întreabă ce parolă ai ales.
pw-who-to-tell-parent-tell-mum = Le spun. Ei au grijă de mine.
pw-who-to-tell-parent-tell-mum-reason = Da! Un adult de încredere care are grijă de tine, cum ar fi un părinte, o poate ști și te poate ajuta s-o păstrezi în siguranță.
pw-who-to-tell-parent-nobody = Nu spun nimănui, nici măcar lor.
pw-who-to-tell-parent-nobody-reason = Ascunde-o de prieteni și de străini. Dar un părinte sau o persoană care are grijă de tine te poate ajuta.
pw-who-to-tell-parent-class-chat = O scriu în chatul clasei, ca să n-o uit.
pw-who-to-tell-parent-class-chat-reason = Toți cei din chat ar putea s-o citească. Roagă un adult de încredere să te ajute s-o ții minte în siguranță.

## Nivelul 2: de la cea mai slabă la cea mai puternică

level-pw-rank-title = Slabă sau puternică?
level-pw-rank-instruction = Pune parolele în ordine. Începe cu cea mai slabă, termină cu cea mai puternică.
level-pw-rank-learned = Mai multe cuvinte la întâmplare fac o parolă lungă. Asta e mult mai puternic decât un singur cuvânt cu un număr.
level-pw-rank-hint-1 = Ce parolă ar încerca întâi cineva care ghicește parole?
level-pw-rank-hint-2 = Cei care ghicesc parole încearcă întâi parolele și cuvintele obișnuite. Parolele lungi din cuvinte la întâmplare vin la urmă.
level-pw-rank-hint-3 = 123456 e cea mai slabă: e una dintre parolele cele mai folosite.

pw-rank-digits = 123456
pw-rank-digits-reason = Aceasta vine prima: e cea mai slabă. E una dintre cele mai folosite parole din lume, așa că e ghicită imediat.
pw-rank-one-word = sunshine
pw-rank-one-word-reason = Aceasta e a doua: un singur cuvânt obișnuit. Cei care ghicesc parole încearcă foarte devreme liste lungi cu astfel de cuvinte.
pw-rank-word-and-number = Sunshine1
pw-rank-word-and-number-reason = Aceasta e la mijloc. O majusculă la început și un 1 la sfârșit sunt trucuri pe care cei care ghicesc le știu bine.
pw-rank-two-words = tiger-Lamp7
pw-rank-two-words-reason = Aceasta e a patra. Două cuvinte care nu merg împreună sunt mai greu de ghicit, dar două tot e puțin.
pw-rank-four-words = violet-cactus-harbour-drum
pw-rank-four-words-reason = Aceasta vine ultima: e cea mai puternică. Patru cuvinte la întâmplare fac o parolă lungă, ușor de ținut minte.

## Nivelul 3: prima parolă din cuvinte

level-pw-build-first-title = Prima ta parolă din cuvinte
level-pw-build-first-instruction = Atinge cartonașele cu cuvinte ca să construiești o parolă puternică din cel puțin 3 cuvinte.
level-pw-build-first-learned = Trei cuvinte la întâmplare fac o parolă lungă și puternică. Lasă deoparte lucrurile pe care alții le știu despre tine.
level-pw-build-first-hint-1 = Spune vreun cartonaș ceva despre tine?
level-pw-build-first-hint-2 = Alege cuvinte la întâmplare, fără nicio legătură cu tine. Fă-o lungă: 15 litere sau mai mult.
level-pw-build-first-hint-3 = Rex e numele câinelui tău, deci lasă-l deoparte.

pw-build-first-word-1 = nor
pw-build-first-word-2 = cal
pw-build-first-word-3 = rachetă
pw-build-first-word-4 = pernă
pw-build-first-word-5 = țestoasă
pw-build-first-word-6 = pom
pw-build-first-pet = Rex
pw-build-first-pet-reason = Rex e numele câinelui tău. Prietenii tăi îl știu, la fel și oricine vede pozele cu câinele tău.
pw-build-first-year = 2016
pw-build-first-year-reason = Acesta e anul în care te-ai născut. Mulți oameni îl știu, iar cei care ghicesc parole încearcă întâi anii.

## Nivelul 4: obiceiuri bune și obiceiuri riscante

level-pw-habits-title = Obiceiuri bune
level-pw-habits-instruction = E un obicei bun sau e riscant? Sortează fiecare cartonaș.
level-pw-habits-learned = Folosește altă parolă pentru fiecare joc, păstreaz-o secretă și deconectează-te pe tabletele comune.
level-pw-habits-hint-1 = Imaginează-ți că altcineva îți găsește tableta. Ce ar putea face?
level-pw-habits-hint-2 = Obiceiurile bune îți țin parola secretă și contul închis pentru alții.
level-pw-habits-hint-3 = Deconectarea pe o tabletă comună e un obicei bun.

pw-habits-bin-good = Obicei bun
pw-habits-bin-risky = Riscant

pw-habits-one-per-game = Altă parolă pentru fiecare joc
pw-habits-one-per-game-reason = Dacă cineva află o parolă, celelalte jocuri ale tale rămân în siguranță.
pw-habits-sticky-note = Parola ta pe un bilețel lipit pe tabletă
pw-habits-sticky-note-reason = Oricine ia tableta în mână o poate citi. Întreabă un adult unde s-o păstrezi în siguranță.
pw-habits-log-out = Deconectarea pe o tabletă comună
pw-habits-log-out-reason = Așa, următoarea persoană nu poate juca în locul tău. Deconectează-te mereu când împarți tableta.
pw-habits-name-birthday = Numele și ziua ta de naștere ca parolă
pw-habits-name-birthday-reason = Mulți oameni îți știu numele și ziua de naștere. Cei care ghicesc parole le încearcă primele.
pw-habits-best-friend = Să-i spui parola celui mai bun prieten
pw-habits-best-friend-reason = Prietenii pot spune altora din greșeală. Păstrează-ți parola pentru tine.
pw-habits-ask-adult = Să întrebi un adult când ai îndoieli
pw-habits-ask-adult-reason = Un adult de încredere te poate ajuta. E mereu o idee bună să întrebi.

## Nivelul 5: o parolă foarte puternică din cuvinte

level-pw-build-strong-title = Foarte puternică!
level-pw-build-strong-instruction = Construiește o parolă foarte puternică din cel puțin 4 cartonașe cu cuvinte.
level-pw-build-strong-learned = Patru cuvinte la întâmplare fac o parolă foarte puternică. Poreclele, școlile și echipele sunt ușor de ghicit.
level-pw-build-strong-hint-1 = Unele cartonașe arată ca niște cuvinte, dar sunt despre tine. Care?
level-pw-build-strong-hint-2 = Porecla ta, școala ta și echipa ta sunt ușor de aflat.
level-pw-build-strong-hint-3 = Zippy e porecla ta, deci las-o deoparte.

pw-build-strong-word-1 = lună
pw-build-strong-word-2 = frunză
pw-build-strong-word-3 = zăpadă
pw-build-strong-word-4 = cheie
pw-build-strong-word-5 = cutie
pw-build-strong-word-6 = broască
pw-build-strong-word-7 = tobă
pw-build-strong-nickname = Zippy
pw-build-strong-nickname-reason = Zippy e porecla ta. Prietenii tăi și toată clasa o știu.
pw-build-strong-school = Oakfield
pw-build-strong-school-reason = Oakfield e școala ta. Mulți oameni știu la ce școală mergi.
pw-build-strong-team = Rovers
pw-build-strong-team-reason = Toată lumea știe că ții cu Rovers. Cineva care ghicește ar încerca devreme echipa ta.

## Nivelul 6: verificarea în doi pași

level-pw-two-step-title = Codul e doar pentru tine
level-pw-two-step-instruction = Citește ce se întâmplă. Alege de fiecare dată cel mai bun răspuns.
level-pw-two-step-learned = Verificarea în doi pași îți cere un cod pe lângă parolă. Nu da niciodată codul nimănui, chiar dacă ți-l cere cineva.
level-pw-two-step-hint-1 = Pentru cine e codul: pentru tine sau pentru oricine îl cere?
level-pw-two-step-hint-2 = Codul e o a doua cheie. Doar tu îl folosești și nimeni altcineva nu are vreodată nevoie de el.
level-pw-two-step-hint-3 = Când un prieten îți cere codul, păstrează-l pentru tine.

pw-two-step-what-prompt = Jocul tău întreabă: „Pornești verificarea în doi pași?” Ce face ea?
pw-two-step-what-longer = Îți face parola de două ori mai lungă.
pw-two-step-what-longer-reason = Parola ta rămâne aceeași. Se adaugă un al doilea pas: un cod.
pw-two-step-what-code = Îți cere și un cod.
pw-two-step-what-code-reason = Corect! Chiar și cineva care îți știe parola nu se poate conecta fără cod. Roagă un adult să te ajute s-o pornești.
pw-two-step-what-friends = Prietenii se pot conecta în locul tău.
pw-two-step-what-friends-reason = Nu. Ea se asigură că doar tu te poți conecta.

pw-two-step-friend-prompt = Prietenul tău Sam scrie: „Mi-am trimis din greșeală codul de conectare pe tableta ta. Mi-l trimiți?”
pw-two-step-friend-send = Îl trimit. Sam e prietenul meu.
pw-two-step-friend-send-reason = E un truc cunoscut. Poate altcineva folosește contul lui Sam. Cu codul, îți poate lua contul tău.
pw-two-step-friend-adult-sends = Îi cer unui adult de acasă să-l trimită pentru mine.
pw-two-step-friend-adult-sends-reason = E bine să-i spui unui adult, dar nimeni n-ar trebui să trimită codul. Nici măcar un adult.
pw-two-step-friend-keep = Îl păstrez. Îi spun unui adult de încredere.
pw-two-step-friend-keep-reason = Corect! Nu da niciodată un cod. Vorbește cu Sam față în față ca să verifici dacă e chiar Sam.

pw-two-step-unasked-prompt = Pe tableta ta apare un cod de conectare, dar tu n-ai încercat să te conectezi.
pw-two-step-unasked-tell = Nu-l dau nimănui și îi spun unui adult despre el.
pw-two-step-unasked-tell-reason = Corect! Poate cineva îți încearcă parola. Un adult te poate ajuta s-o schimbi.
pw-two-step-unasked-class-chat = Îl pun în chatul clasei.
pw-two-step-unasked-class-chat-reason = Atunci toți cei din chat l-ar putea folosi. Codul e doar pentru tine. Spune-i mai bine unui adult.
pw-two-step-unasked-reply = Răspund și întreb cine l-a trimis.
pw-two-step-unasked-reply-reason = Nu răspunde. Codul a venit pentru că cineva a încercat să se conecteze ca tine. Spune-i unui adult.

## Nivelul 7: un manager de parole

level-pw-manager-title = Un seif pentru parole
level-pw-manager-instruction = Acesta e managerul de parole al Miei. El ține minte parolele ei. Atinge fiecare setare care nu e sigură, ca s-o repari.
level-pw-manager-learned = Un manager de parole îți ține minte parolele. O singură parolă puternică din cuvinte le păzește pe toate celelalte. Configurează-l împreună cu un adult de încredere.
level-pw-manager-hint-1 = Ce setare l-ar ajuta pe cineva să deschidă parolele Miei?
level-pw-manager-hint-2 = Parola principală le păzește pe toate celelalte, deci trebuie să fie cea mai puternică.
level-pw-manager-hint-3 = Începe cu parola principală.

pw-manager-set-up = Configurat cu: un adult de încredere
pw-manager-set-up-reason = Bine! Un adult de încredere te poate ajuta să-l configurezi și să-l păstrezi în siguranță.
pw-manager-main-password = Parola principală: 1234
pw-manager-main-password-reason = Această singură parolă le deschide pe toate celelalte. Fă-o lungă și puternică: trei cuvinte la întâmplare.
pw-manager-main-password-fixed = Parola principală: trei cuvinte la întâmplare
pw-manager-one-each = Salvează: altă parolă pentru fiecare joc
pw-manager-one-each-reason = Bine! El le ține minte, așa că fiecare joc poate avea parola lui.
pw-manager-make-new = Fă parole puternice pentru mine: Oprit
pw-manager-make-new-reason = Poate face parole lungi, la întâmplare, și le ține minte pentru tine. Pornește-l.
pw-manager-make-new-fixed = Fă parole puternice pentru mine: Pornit
pw-manager-lock = Blochează aplicația când o închid: Oprit
pw-manager-lock-reason = Atunci oricine ia tableta ar putea vedea toate parolele Miei.
pw-manager-lock-fixed = Blochează aplicația când o închid: Pornit
pw-manager-device = Salvat pe: tableta mea de acasă
pw-manager-device-reason = E în regulă să salvezi parole pe tableta ta. Nu le salva niciodată pe un calculator de la bibliotecă.
