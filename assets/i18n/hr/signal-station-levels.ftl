# Signal Station: events. The event part runs by itself each time the robot steps on a lamp
# or a colour. Name it by its title: „Kad robot stane na lampu“; the button is
# „Promijeni događaj“.

## A first event, a colour, the right event

level-signal-first-event-title = Lampe tu i tamo
level-signal-first-event-instruction = Upali svaku lampu, zatim stani na zastavici. U Glavni program stanu samo 3 bloka pa to ne može sam. Isprobaj novi dio: „Kad robot stane na lampu“.
level-signal-first-event-learned = Događaj je nešto što se dogodi, na primjer robot stane na lampu. Blokovi u „Kad robot stane na lampu“ izvode se svaki put kad se to dogodi. Zatim robot nastavlja s Glavnim programom.
level-signal-first-event-hint-1 = Lampe nisu jednako udaljene. Mora li Glavni program znati gdje je svaka lampa?
level-signal-first-event-hint-2 = Neka Glavni program samo vozi do zastavice. Svaki put kad robot stane na lampu, „Kad robot stane na lampu“ izvede se sam od sebe.
level-signal-first-event-hint-3 = Stavi „Upali“ u „Kad robot stane na lampu“.

level-signal-blue-corners-title = Plavi kutovi
level-signal-blue-corners-instruction = Vozi do zastavice u sredini. Plava polja pokazuju gdje cesta skreće. U Glavni program stanu samo 3 bloka.
level-signal-blue-corners-learned = Događaj može biti i boja. „Kad robot stane na plavo“ izvodi se svaki put kad „Naprijed“ dovede robota na plavo polje.
level-signal-blue-corners-hint-1 = Kamo cesta skreće na svakom plavom polju? Svaki put na istu stranu?
level-signal-blue-corners-hint-2 = Glavni program samo vozi dalje. Skretanja pripadaju u „Kad robot stane na plavo“.
level-signal-blue-corners-hint-3 = Glavni program je „Ponavljaj do uspjeha“ s „Naprijed“ unutra.

level-signal-which-event-title = Koja boja?
level-signal-which-event-instruction = Vozi do zastavice. Na nekim obojenim poljima cesta skreće lijevo. Dobro pogledaj boje, zatim odaberi pravi događaj.
level-signal-which-event-learned = „Promijeni događaj“ bira na što robot odgovara. Odaberi događaj koji se događa točno ondje gdje robot mora nešto učiniti.
level-signal-which-event-hint-1 = Gdje cesta skreće? Koje su boje ta polja?
level-signal-which-event-hint-2 = Crvena polja su na ravnim dijelovima. Skretanje ondje vodi u slijepu ulicu. Dodirni „Promijeni događaj“.
level-signal-which-event-hint-3 = Stavi „Skreni lijevo“ u „Kad robot stane na zeleno“.

## More in the event part

level-signal-corner-lamps-title = Lampe u kutovima
level-signal-corner-lamps-instruction = Obiđi jednom cijeli krug, upali četiri lampe i stani na zastavici iza robota. Svaka je lampa u kutu.
level-signal-corner-lamps-learned = Dio za događaj može sadržavati više od jednog bloka. Svaki put kad se događaj dogodi, izvode se svi njegovi blokovi, jedan za drugim.
level-signal-corner-lamps-hint-1 = Što robot mora učiniti u svakom kutu?
level-signal-corner-lamps-hint-2 = Kod svake lampe su dva posla: upaliti lampu i skrenuti. Oba idu u „Kad robot stane na lampu“.
level-signal-corner-lamps-hint-3 = Stavi „Upali“ u „Kad robot stane na lampu“. Što se još događa u kutu?

level-signal-count-reds-title = Treće crveno polje
level-signal-count-reds-instruction = Stigni do zastavice. Kod svakog crvenog polja ide cesta lijevo, ali samo treća vodi do zastavice. Neka robot broji crvena polja.
level-signal-count-reds-learned = Dio za događaj može koristiti i brojač. „Kad robot stane na crveno“ dodaje 1 na svakom crvenom polju pa Glavni program samo treba voziti.
level-signal-count-reds-hint-1 = Tri crvena polja izgledaju jednako. Kako robot može znati koje je treće?
level-signal-count-reds-hint-2 = Svaki put kad robot stane na crveno, dodaj 1 brojaču. Kad je brojač 3, skreni lijevo.
level-signal-count-reds-hint-3 = „Kad robot stane na crveno“ počinje s „Dodaj 1 brojaču“.

level-signal-winding-road-title = Vijugava cesta
level-signal-winding-road-instruction = Prati vijugavu cestu, upali svaku lampu i stigni do zastavice. Lampe nisu u kutovima.
level-signal-winding-road-learned = Glavni program i dio za događaj mogu raditi svaki svoj posao. Ovdje Glavni program prati cestu, a „Kad robot stane na lampu“ pali lampe usput.
level-signal-winding-road-hint-1 = Kamo cesta skreće u svakom kutu?
level-signal-winding-road-hint-2 = Glavni program vozi dalje i skreće desno svugdje gdje je desno slobodno. Lampe su posao za „Kad robot stane na lampu“.
level-signal-winding-road-hint-3 = U Glavnom programu, u „Ponavljaj do uspjeha“: „Naprijed“, zatim „Ako desno slobodno“.

level-signal-fix-the-event-title = Krivi događaj
level-signal-fix-the-event-instruction = Na svakom plavom polju robot treba skrenuti onamo kamo ide cesta. Ali skreće prerano i vozi u zid. Popravi program.
level-signal-fix-the-event-learned = Ako dio za događaj radi pravu stvar u krivom trenutku, prvo provjeri njegov događaj. Jedan dodir na „Promijeni događaj“ može to popraviti.
level-signal-fix-the-event-hint-1 = Dodirni „Korak“ i promatraj. Na kojem polju robot prvi put skreće?
level-signal-fix-the-event-hint-2 = Blokovi dijela za događaj su dobri. Samo se izvode na krivim poljima.
level-signal-fix-the-event-hint-3 = Pročitaj naslov iznad „Ako … inače“. Događa li se to u kutovima?

level-signal-side-steps-title = Koraci u stranu
level-signal-side-steps-instruction = Stigni do zastavice. Na svakom crvenom polju cesta se pomakne za jedno polje, robotu udesno. U „Kad robot stane na crveno“ stanu samo 2 bloka.
level-signal-side-steps-learned = Dio za događaj može pozvati pomoćnika, baš kao Glavni program. Blokovi pomoćnika se izvedu, a zatim robot nastavlja s Glavnim programom.
level-signal-side-steps-hint-1 = Što robot radi na crvenom polju da dođe do sljedećeg dijela ceste?
level-signal-side-steps-hint-2 = Korak u stranu treba tri bloka, a u dio za događaj stanu samo 2. Složi korak u stranu u Pomoćniku 1 i pozovi ga iz „Kad robot stane na crveno“.
level-signal-side-steps-hint-3 = Pomoćnik 1 počinje sa „Skreni desno“.
