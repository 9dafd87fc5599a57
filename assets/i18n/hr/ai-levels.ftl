# The "AI and Me" world. Item texts stay short (about 60 characters at most). All people,
# apps and accounts are made up.

world-ai-and-me = UI i ja

ai-bin-ok-to-ask = Smije se pitati
ai-bin-good-use = Dobra upotreba
ai-bin-not-ok = Nije u redu

## Level 2: what to tell a chatbot

level-ai-what-to-tell-title = Razgovor s chatbotom
level-ai-what-to-tell-instruction = Smiješ li ovo pitati chatbota ili to trebaš zadržati za sebe?
level-ai-what-to-tell-learned = Pitaj chatbota o svijetu, ne o sebi. Imena, adrese, fotografije, lozinke i tajne ostaju privatni.
level-ai-what-to-tell-hint-1 = Pitaj se: je li ovo o svijetu ili o meni i mojim prijateljima?
level-ai-what-to-tell-hint-2 = Tvrtka koja vodi chatbota može čitati što pišeš. Sve što otkriva tko si zadrži za sebe.
level-ai-what-to-tell-hint-3 = Za priču o zmaju smiješ pitati. Za svoju adresu ne.

ai-what-to-tell-volcano = Kako rade vulkani?
ai-what-to-tell-volcano-reason = Pitanje o svijetu ništa ne otkriva o tebi. Provjeri odgovor i u knjizi.
ai-what-to-tell-address = Tvoja kućna adresa
ai-what-to-tell-address-reason = Chatbot ne treba znati gdje živiš. Tvrtka iza njega može čitati što pišeš.
ai-what-to-tell-name-school = Tvoje puno ime i tvoja škola
ai-what-to-tell-name-school-reason = Zajedno svakome tko ih pročita govore tko si i gdje te pronaći. Zadrži ih za sebe.
ai-what-to-tell-dragon = Ideje za priču o zmaju
ai-what-to-tell-dragon-reason = Tražiti ideje je u redu. Zatim priču napiši na svoj način.
ai-what-to-tell-password = Tvoja lozinka, da je zapamti
ai-what-to-tell-password-reason = Chatbotu nikad ne treba tvoja lozinka. Zadrži je za sebe i za odraslu osobu koja ti pomaže s njom.
ai-what-to-tell-face-photo = Fotografija tvog lica
ai-what-to-tell-face-photo-reason = Tvoja fotografija je osobna. Ne daj je chatbotovima i pitaj odraslu osobu kojoj vjeruješ prije nego što dijeliš fotografije.
ai-what-to-tell-perimeter = Što znači „opseg“?
ai-what-to-tell-perimeter-reason = Pitati što znači neka riječ je u redu. Učitelj može s tobom provjeriti odgovor.
ai-what-to-tell-friend-secret = Tajna koju ti je rekao prijatelj
ai-what-to-tell-friend-secret-reason = To je tajna tvog prijatelja. Nije tvoja da je dijeliš, ni s chatbotom ni s bilo kim.

## Level 1: teach the robot

level-ai-teach-the-robot-title = Nauči robota
level-ai-teach-the-robot-instruction = Razvrstaj kartice da naučiš robota što je mačka. Zatim ga provjeri.
level-ai-teach-the-robot-learned = Robot uči samo iz svojih primjera. Pokaži mu mnogo vrsta mačaka i prepoznat će i nove mačke.
level-ai-teach-the-robot-hint-1 = Pogledaj mačke iz kojih je robot učio. Po čemu su sve slične?
level-ai-teach-the-robot-hint-2 = Svaka mačka koju je vidio bila je mala i riđa. Trebaju mu mačke koje izgledaju drukčije.
level-ai-teach-the-robot-hint-3 = Dodaj mačku koja je siva, velika ili čupava.

## Level 3: sure, but wrong

level-ai-chatbot-sure-title = Siguran, ali u krivu
level-ai-chatbot-sure-instruction = Chatbot zvuči vrlo sigurno. Što ćeš učiniti?
level-ai-chatbot-sure-learned = Chatbot može zvučati sigurno i svejedno biti u krivu. Provjeri u knjizi ili na pouzdanoj stranici ili pitaj odraslu osobu.
level-ai-chatbot-sure-hint-1 = Čini li to što nešto zvuči sigurno da je to istina?
level-ai-chatbot-sure-hint-2 = Provjeri u izvoru koji nije chatbot.
level-ai-chatbot-sure-hint-3 = Za pauka: to ti može reći knjiga iz prirode.

ai-chatbot-sure-spider-prompt = Za domaću zadaću pitaš chatbota: „Je li pauk kukac?“ On kaže: „Da, pauci su kukci.“
ai-chatbot-sure-spider-copy = Zapiši to. Zvuči vrlo sigurno.
ai-chatbot-sure-spider-copy-reason = Sigurnim tonom nešto ne postaje točno. Pauci imaju 8 nogu, kukci 6.
ai-chatbot-sure-spider-check = Provjeri u knjizi ili na pouzdanoj stranici
ai-chatbot-sure-spider-check-reason = Točno! Drugi izvor pokazuje da je chatbot pogriješio: pauci nisu kukci.
ai-chatbot-sure-spider-ask-again = Pitaj chatbota: „Jesi li siguran?“
ai-chatbot-sure-spider-ask-again-reason = Možda samo opet kaže „da“. Provjeri u izvoru koji nije chatbot.
ai-chatbot-sure-talk-prompt = Chatbot ti daje nevjerojatnu činjenicu za izlaganje u razredu. Ne možeš je pronaći nigdje drugdje.
ai-chatbot-sure-talk-use-it = Upotrijebi je: chatbot sigurno zna više od nas
ai-chatbot-sure-talk-use-it-reason = Chatbotovi mogu izmisliti činjenice koje zvuče stvarno. Ako to nitko drugi ne kaže, izostavi to.
ai-chatbot-sure-talk-leave-out = Izostavi je ili pitaj učitelja o njoj
ai-chatbot-sure-talk-leave-out-reason = Dobro. Činjenica koju ne možeš provjeriti nije spremna za tvoje izlaganje.
ai-chatbot-sure-talk-tell-friends = Reci prijateljima da je to istina
ai-chatbot-sure-talk-tell-friends-reason = Tako se širi činjenica koju nitko nije provjerio. Prvo je provjeri.

## Level 4: why this video?

level-ai-why-this-video-title = Zašto baš ovaj video?
level-ai-why-this-video-instruction = Otkrij zašto ti aplikacija pokazuje to što pokazuje.
level-ai-why-this-video-learned = Aplikacije uče iz onoga što gledaš, lajkaš i tražiš. Traži nove stvari i reci aplikaciji što ne želiš.
level-ai-why-this-video-hint-1 = Razmisli što radiš u aplikaciji.
level-ai-why-this-video-hint-2 = Aplikacija bira videe prema onome što gledaš, lajkaš i tražiš.
level-ai-why-this-video-hint-3 = Da vidiš druge stvari, pokaži aplikaciji druge stvari koje voliš.

ai-why-this-video-cakes-prompt = Tri videa o tortama gledaš do kraja. Sada ti aplikacija pokazuje puno videa o tortama.
ai-why-this-video-cakes-everyone = Danas cijeli svijet gleda torte
ai-why-this-video-cakes-everyone-reason = Teško! Aplikacija bira videe za tebe prema onome što radiš.
ai-why-this-video-cakes-learned = Aplikacija je učila iz onoga što gledaš
ai-why-this-video-cakes-learned-reason = Točno. Aplikacije biraju što slijedi prema onome što gledaš, lajkaš i tražiš.
ai-why-this-video-cakes-teacher = Učitelj je rekao aplikaciji da voliš torte
ai-why-this-video-cakes-teacher-reason = Ne. Aplikacija je to naučila iz tvojih dodira i gledanja.
ai-why-this-video-more-prompt = Želiš vidjeti nešto osim torti. Što pomaže?
ai-why-this-video-more-search = Traži nove stvari, dodirni „Ne zanima me“
ai-why-this-video-more-search-reason = Da! Aplikacija uči i iz toga. Mnoge aplikacije imaju gumb poput „Ne zanima me“.
ai-why-this-video-more-more-cakes = Gledaj još više videa o tortama
ai-why-this-video-more-more-cakes-reason = Time učiš aplikaciju da želiš samo torte.
ai-why-this-video-more-scroll = Listaj dalje: aplikacija će se uskoro sama promijeniti
ai-why-this-video-more-scroll-reason = Aplikacija i dalje bira prema onome što radiš. Pokaži joj što još voliš.
ai-why-this-video-feel-bad-prompt = Neka vrsta videa koju ti aplikacija stalno pokazuje čini da se osjećaš loše zbog sebe.
ai-why-this-video-feel-bad-keep-watching = Gledaj dalje da ništa ne propustiš
ai-why-this-video-feel-bad-keep-watching-reason = Gledanjem aplikaciji govoriš da ti pokazuje još toga. Stani i odmori se.
ai-why-this-video-feel-bad-share = Podijeli ih s prijateljima: osjećaju li se i oni loše?
ai-why-this-video-feel-bad-share-reason = Tako se loš osjećaj širi. Prestani gledati i razgovaraj s nekim kome vjeruješ.
ai-why-this-video-feel-bad-stop-tell = Prestani gledati i reci odrasloj osobi kojoj vjeruješ
ai-why-this-video-feel-bad-stop-tell-reason = Dobro. Kako se osjećaš važnije je od aplikacije. Odrasla osoba može ti pomoći promijeniti ono što ti pokazuje.

## Level 5: real or made by AI?

level-ai-fake-picture-title = Stvarno ili od UI-ja?
level-ai-fake-picture-instruction = Dodirni svaki trag da je ovu sliku možda napravila UI ili da možda nije istinita.
level-ai-fake-picture-learned = UI može napraviti slike koje izgledaju stvarno. Traži tragove, provjeri druge izvore i pitaj odraslu osobu kad sumnjaš.
level-ai-fake-picture-hint-1 = Bi li te ova slika iznenadila u stvarnom životu?
level-ai-fake-picture-hint-2 = Iznenađujuće, presavršeno, krivi detalji i pritisak da brzo podijeliš, sve su to tragovi.
level-ai-fake-picture-hint-3 = Pažljivo pročitaj natpis na autobusu.

ai-fake-picture-account = Autor objave: @pic_planet, danas u 10:02
ai-fake-picture-account-reason = Samo ime i vrijeme ne govore je li slika stvarna. Pogledaj samu sliku.
ai-fake-picture-photo = Fotografija: pingvin visok kao školski autobus
ai-fake-picture-photo-reason = Vrlo iznenađujuće slike su trag. Provjeri pokazuju li je i vijesti ili pouzdana stranica.
ai-fake-picture-perfect = Sve izgleda glatko i savršeno, kao igračka
ai-fake-picture-perfect-reason = Slike koje napravi UI mogu izgledati presavršeno. To je trag, zato provjeri prije nego što povjeruješ.
ai-fake-picture-sign = Na autobusu piše „ŠKLOSKI AUTOUBS“
ai-fake-picture-sign-reason = Detalji koji nisu u redu, poput izmiješanih slova, trag su da je slika možda izmišljena.
ai-fake-picture-caption = Opis: ISTINITO!!! Podijeli prije nego što izbrišu!
ai-fake-picture-caption-reason = Pritisak da brzo podijeliš znak je upozorenja. Prave vijesti mogu pričekati dok provjeriš.
ai-fake-picture-question = Komentar: Koja stranica s vijestima ovo ima?
ai-fake-picture-question-reason = Dobro pitanje! Provjeravanje drugih izvora upravo je ono što treba.
ai-fake-picture-comment = Komentar: Pingvini nisu toliko veliki!
ai-fake-picture-comment-reason = Ovaj komentar s pravom sumnja. Korištenje onoga što znaš dobra je provjera.

## Level 6: is it really them?

level-ai-voice-message-title = Je li to stvarno ta osoba?
level-ai-voice-message-instruction = Glasovi i videi mogu se napraviti pomoću UI-ja. Što ćeš učiniti?
level-ai-voice-message-learned = UI može kopirati glasove i lica. Ako poruka traži kodove, novac ili brzi klik, provjeri na drugi način i reci odrasloj osobi.
level-ai-voice-message-hint-1 = Dokazuje li glas koji zvuči poznato tko govori?
level-ai-voice-message-hint-2 = Provjeri s tom osobom na drugi način, a ne odgovaranjem na poruku.
level-ai-voice-message-hint-3 = Za pjevačicu: i njezina bi stranica to objavila.

ai-voice-message-cousin-prompt = Glasovna poruka zvuči točno kao tvoj rođak Leo: „Izgubio sam mobitel! Pošalji mi bankovni kod svojih roditelja, brzo!“
ai-voice-message-cousin-send = Pošalji ga: Leo je obitelj i zvuči zabrinuto
ai-voice-message-cousin-send-reason = UI može kopirati glas iz kratkog snimka. A pravi rođak ne bi tražio bankovni kod.
ai-voice-message-cousin-check = Provjeri s Leom drukčije, uz odraslu osobu
ai-voice-message-cousin-check-reason = Točno. Ne vjeruj samo glasu. Odrasla osoba može nazvati Lea na broj koji zna.
ai-voice-message-cousin-delete-after = Pošalji kod, ali ga zamoli da ga poslije obriše
ai-voice-message-cousin-delete-after-reason = Kad je poslan, više nije u tvojim rukama. Nikad ne šalji kodove.
ai-voice-message-singer-prompt = Video prikazuje pjevačicu Milu Star kako kaže: „Klikni ovu poveznicu i dobij besplatan tablet!“
ai-voice-message-singer-click = Klikni brzo prije nego što tableti nestanu
ai-voice-message-singer-click-reason = Žurba je znak upozorenja. Ovakvi videi mogu se napraviti pomoću UI-ja da te prevare.
ai-voice-message-singer-check = Prvo provjeri njezinu stranicu i vijesti
ai-voice-message-singer-check-reason = Da. Ako njezina stranica i vijesti to ne kažu, video je lažan.
ai-voice-message-singer-aunt = Zamoli tetu da klikne umjesto tebe
ai-voice-message-singer-aunt-reason = Problem je poveznica, tko god je kliknuo. Prvo provjeri, zatim pokaži odrasloj osobi zašto.

## Level 7: AI helps, you decide

level-ai-you-decide-title = UI pomaže, ti odlučuješ
level-ai-you-decide-instruction = Je li ovo dobar način da koristiš UI za školu ili nije u redu?
level-ai-you-decide-learned = UI ti može pomoći da učiš. Razmišljanje je tvoje: provjeravaj što kaže i poštuj pravila svoje škole.
level-ai-you-decide-hint-1 = Pitaj: tko ovdje razmišlja, ja ili UI?
level-ai-you-decide-hint-2 = Koristiti UI da nešto razumiješ ili vježbaš je dobro. Predati njezin rad kao svoj nije.
level-ai-you-decide-hint-3 = Zamoliti je da objasni riječ dobra je upotreba.

ai-you-decide-explain-word = Zamoli je da objasni riječ koju ne znaš
ai-you-decide-explain-word-reason = Koristiti UI da nešto razumiješ pomaže ti učiti. Provjeri ima li to smisla.
ai-you-decide-copy-story = Predaj priču koju je napisala UI kao svoju
ai-you-decide-copy-story-reason = To nije tvoj rad i ništa ne naučiš. Iskreno reci što je napravila UI.
ai-you-decide-quiz = Traži od nje pitanja za kviz da vježbaš
ai-you-decide-quiz-reason = Vježbanje s njezinim pitanjima može pomoći. Provjeri odgovore u svojim bilješkama.
ai-you-decide-whole-homework = Neka ti napravi cijelu domaću zadaću
ai-you-decide-whole-homework-reason = Tada preskačeš razmišljanje zbog kojeg domaća zadaća postoji. Prvo pokušaj samostalno.
ai-you-decide-check-facts = Provjeri činjenice u knjizi ili na pouzdanoj stranici
ai-you-decide-check-facts-reason = UI može pogriješiti. Provjeravanje je ono što radi pametan korisnik.
ai-you-decide-fake-photo = Napravi smiješnu lažnu fotografiju kolege iz razreda
ai-you-decide-fake-photo-reason = Lažne slike stvarnih ljudi mogu ih povrijediti. Nikad ne koristi UI za ruganje drugima.
ai-you-decide-own-words = Uzmi ideje, zatim piši svojim riječima
ai-you-decide-own-words-reason = Dobro: ideje ti pomažu da počneš, a rad je tvoj.
ai-you-decide-against-rules = Koristi je kad je učitelj rekao da ne smiješ
ai-you-decide-against-rules-reason = Škola odlučuje kada se UI smije koristiti. Poštuj njezina pravila.
