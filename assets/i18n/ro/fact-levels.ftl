# Lumea „Detectivii de fapte”: titluri, reclame, surse, știri false. Numele, adresele și cifrele rămân neschimbate.

world-fact-finders = Detectivii de fapte

fact-bin-trustworthy = Pare de încredere
fact-bin-check-first = Verifică întâi
fact-bin-advert = Reclamă
fact-bin-not-advert = Nu e reclamă

## Nivelul 1: titluri

level-fact-headlines-title = Verifică titlul
level-fact-headlines-instruction = Pare de încredere titlul acesta sau ar trebui să-l verifici întâi?
level-fact-headlines-learned = Ai încredere în știrile de la cei care chiar știu, de exemplu primăria sau școala ta. Verifică întâi știrile care strigă, sunt uimitoare sau nu au autor.
level-fact-headlines-hint-1 = Întreabă: cine spune asta și de unde ar ști?
level-fact-headlines-hint-2 = Strigătele, secretele și promisiunile uimitoare înseamnă: verifică întâi. Știrile obișnuite de la cei care se ocupă de un lucru par de încredere.
level-fact-headlines-hint-3 = Titlul cu pisicile strigă și vorbește despre un mare secret. Verifică-l întâi!

fact-headlines-cats = ȘOCANT!!! Pisicile pot vorbi, oamenii de știință ascund asta!
fact-headlines-cats-reason = Majusculele, multe „!” și un mare secret sunt semne de avertizare. Caută știrea întâi pe site-uri de încredere.
fact-headlines-library = Site-ul orașului: Biblioteca e deschisă joia până seara
fact-headlines-library-reason = Orașul se ocupă de bibliotecă, deci site-ul lui știe programul.
fact-headlines-grow = Un singur truc te face să crești 10 cm peste noapte!
fact-headlines-grow-reason = Sună prea frumos ca să fie adevărat. Titlurile de felul ăsta vor clicurile tale, nu să-ți spună fapte.
fact-headlines-weather = Serviciul meteo: Ploaie sâmbătă
fact-headlines-weather-reason = Prognozele sunt treaba serviciului meteo. E locul potrivit pentru știrea asta.
fact-headlines-no-name = Postare fără nume: Toate școlile se închid o lună!
fact-headlines-no-name-reason = Nimeni nu spune cine a scris asta. O asemenea știre mare ar apărea pe site-ul școlii sau al orașului.
fact-headlines-sports-day = Buletinul școlii: Ziua sportului se mută vineri
fact-headlines-sports-day-reason = Școala își știe propriile planuri. Știrile de la școala însăși sunt o sursă bună.

## Nivelul 2: reclamă sau nu?

level-fact-ad-or-not-title = Reclamă sau nu?
level-fact-ad-or-not-instruction = E aceasta o reclamă? Sortează fiecare cartonaș în cutia potrivită.
level-fact-ad-or-not-learned = Reclamele vor să cumperi ceva. Caută etichete ca „Sponsorizat”, „Reclamă” sau „#ad”.
level-fact-ad-or-not-hint-1 = Întreabă: vrea cineva să cumpăr ceva?
level-fact-ad-or-not-hint-2 = „Sponsorizat”, „Reclamă” și „#ad” înseamnă că cineva a plătit ca lucrul acela să fie acolo.
level-fact-ad-or-not-hint-3 = Pop-up-ul cu diamante și postarea cu „#ad” sunt reclame.

fact-ad-or-not-sponsored = Sponsorizat: Încearcă noile cereale Crunchy Stars!
fact-ad-or-not-sponsored-reason = „Sponsorizat” înseamnă că o firmă a plătit ca să-ți arate asta. Vrea să-i cumperi cerealele.
fact-ad-or-not-news = Știre: Un pod nou se deschide în Riverton
fact-ad-or-not-news-reason = O știre îți spune ce s-a întâmplat. Nimeni nu încearcă să-ți vândă nimic.
fact-ad-or-not-influencer = Mia_Plays: Ador adidașii ăștia! #ad
fact-ad-or-not-influencer-reason = „#ad” înseamnă că o firmă a plătit-o pe Mia pentru postare. E plătită să spună că îi adoră.
fact-ad-or-not-encyclopedia = Articol de enciclopedie: Cum fac albinele miere
fact-ad-or-not-encyclopedia-reason = O enciclopedie explică lucruri. Nu încearcă să-ți vândă miere.
fact-ad-or-not-search = Primul rezultat la căutare, marcat „Sponsorizat”
fact-ad-or-not-search-reason = Firma a plătit ca să fie prima. Cel mai bun răspuns poate fi mai jos.
fact-ad-or-not-gems = Pop-up în joc: Cumpără acum 500 de diamante!
fact-ad-or-not-gems-reason = Jocul vrea să cheltuiești bani adevărați. Întreabă mereu un adult până să cumperi ceva.
fact-ad-or-not-friend = Postarea unui prieten: Uitați-vă la castelul meu de nisip!
fact-ad-or-not-friend-reason = Prietenul tău îți arată ceva amuzant. Nimeni n-a plătit pentru asta, deci nu e reclamă.

## Nivelul 3: unde cauți

level-fact-which-source-title = Unde cauți?
level-fact-which-source-instruction = Alege de fiecare dată cel mai bun răspuns.
level-fact-which-source-learned = Caută faptele acolo unde le scriu experții. Verifică o poveste pe site-uri de încredere până s-o crezi sau s-o distribui.
level-fact-which-source-hint-1 = Întreabă: cine a făcut asta și chiar se pricepe?
level-fact-which-source-hint-2 = Sursele bune spun cine le-a făcut, iar experții le verifică.
level-fact-which-source-hint-3 = Pentru informații despre vulcani, alege enciclopedia sau site-ul muzeului.

fact-which-source-volcanoes = Pentru o temă, ai nevoie de informații despre vulcani. Unde cauți?
fact-which-source-volcanoes-video = Primul filmuleț amuzant pe care îl găsesc.
fact-which-source-volcanoes-video-reason = Filmulețele amuzante vor să te facă să râzi. Pot greși faptele.
fact-which-source-volcanoes-encyclopedia = O enciclopedie pentru copii sau site-ul unui muzeu.
fact-which-source-volcanoes-encyclopedia-reason = Bravo! Experții le scriu și le verifică. Ele spun cine le-a făcut.
fact-which-source-volcanoes-game-chat = Întreb într-un chat de joc. Cineva de acolo o să știe.
fact-which-source-volcanoes-game-chat-reason = Cei din chatul unui joc poate doar ghicesc. Nu poți ști dacă chiar se pricep.
fact-which-source-chocolate = Un filmuleț spune: „Ciocolata vindecă răceala!” Ce faci?
fact-which-source-chocolate-believe = Mănânc multă ciocolată data viitoare când răcesc.
fact-which-source-chocolate-believe-reason = Un filmuleț nu e o dovadă. Multă ciocolată nu face răceala să treacă.
fact-which-source-chocolate-share = O trimit bunicii, ca să rămână sănătoasă.
fact-which-source-chocolate-share-reason = Și bunica ar putea s-o creadă, iar nu e adevărat. Verifică întâi, apoi distribuie doar ce e adevărat.
fact-which-source-chocolate-check = Rog un adult să mă ajute să verific.
fact-which-source-chocolate-check-reason = Corect! Împreună puteți căuta pe un site de sănătate de încredere. Medicii se pricep la răceli.
fact-which-source-screenshot = Cineva trimite în chatul clasei o captură de ecran cu o „știre”. Nu are niciun link.
fact-which-source-screenshot-search = O caut pe un site de știri de încredere.
fact-which-source-screenshot-search-reason = Muncă bună de detectiv! Dacă e adevărată, o vor avea și site-urile de știri de încredere.
fact-which-source-screenshot-forward = O trimit în celelalte chaturi, ca să știe toată lumea.
fact-which-source-screenshot-forward-reason = Fără link, nu poți ști cine a făcut-o. Poate fi inventată.
fact-which-source-screenshot-believe = O cred: o captură de ecran e o dovadă.
fact-which-source-screenshot-believe-reason = Oricine poate face o imagine care arată ca o știre. Capturile de ecran sunt ușor de falsificat.

## Nivelul 4: o pagină de știri false

level-fact-fake-news-page-title = Știre de ultimă oră?
level-fact-fake-news-page-instruction = Atinge fiecare semnal de alarmă de pe această pagină de știri.
level-fact-fake-news-page-learned = Știrile false adesea strigă, ascund cine le-a scris, dau povești vechi drept noi și te grăbesc să le distribui.
level-fact-fake-news-page-hint-1 = Citește ca un detectiv: cine a scris asta și când?
level-fact-fake-news-page-hint-2 = Strigătele, un nume care lipsește, o dată veche și graba de a distribui sunt semne de avertizare.
level-fact-fake-news-page-hint-3 = Uită-te la titlu, la rândul cu autorul și la dată.

fact-fake-news-page-address = daily-truth-now.example/big-news
fact-fake-news-page-address-reason = N-ai auzit niciodată de site-ul ăsta. Oricine poate pune „truth” (adevăr) într-un nume, deci află cine îl conduce.
fact-fake-news-page-menu = Acasă · Știri · Sport
fact-fake-news-page-menu-reason = Majoritatea site-urilor de știri au un meniu ca acesta. Nu e un semn de avertizare.
fact-fake-news-page-headline = UN OU DE DINOZAUR A ECLOZAT ÎN PARCUL MAPLETON!!!
fact-fake-news-page-headline-reason = Majusculele și multe „!” vor să te entuziasmeze. Știrile adevărate îți spun lucrurile calm.
fact-fake-news-page-author = Scris de: (fără nume)
fact-fake-news-page-author-reason = Știrile adevărate spun cine le-a scris. Fără nume, nimeni nu răspunde pentru poveste.
fact-fake-news-page-date = Postat acum 6 ani, dar marcat „NOU!”
fact-fake-news-page-date-reason = Povestea asta veche e distribuită ca și cum s-ar fi întâmplat azi. Verifică mereu data.
fact-fake-news-page-photo = Poză: un parc liniștit cu copaci
fact-fake-news-page-photo-reason = O poză obișnuită, singură, nu e un semn de avertizare. Citește și cuvintele din jurul ei.
fact-fake-news-page-share = Distribuie până nu șterg asta!
fact-fake-news-page-share-reason = Asta vrea să te grăbești și să nu gândești. Știrile adevărate nu te imploră să le distribui.

## Nivelul 5: verifică o poveste până s-o distribui

level-fact-check-a-story-title = Oprește-te și verifică
level-fact-check-a-story-instruction = Vezi o poveste surprinzătoare. Pune în ordine pașii celor care verifică faptele.
level-fact-check-a-story-learned = Cei care verifică faptele se opresc întâi, apoi află cine a făcut povestea, apoi o caută pe site-uri de încredere și abia apoi hotărăsc dacă o distribuie.
level-fact-check-a-story-hint-1 = Ce ar trebui să faci până să atingi „Distribuie”?
level-fact-check-a-story-hint-2 = Cei care verifică faptele se uită la cine a făcut o poveste până să caute în altă parte. Hotărârea vine la urmă.
level-fact-check-a-story-hint-3 = Pasul 1 e să te oprești și să nu distribui încă.

fact-check-a-story-stop = Stop: nu o distribui încă.
fact-check-a-story-stop-reason = Fă asta primul. Cei care verifică faptele încep cu Stop: odată ce distribui o poveste, n-o mai poți lua înapoi.
fact-check-a-story-who = Află cine a făcut-o și de ce.
fact-check-a-story-who-reason = Apoi, uită-te la sursă. Vrea să te informeze, să-ți vândă ceva sau să primească clicuri?
fact-check-a-story-others = Caut-o pe alte site-uri de încredere. Verifică data.
fact-check-a-story-others-reason = Apoi compară. Dacă e adevărată, o relatează și site-urile de știri de încredere. Poveștile vechi sunt des distribuite ca noi.
fact-check-a-story-decide = Apoi hotărăște: o distribui sau nu.
fact-check-a-story-decide-reason = Hotărăște la urmă, când știi cine a făcut-o și cine altcineva o relatează. Distribuie doar ce ai verificat.
