# Pramene senzorov: Opakuj, pokiaľ sa pýta pred každým kolom; slová nie, alebo, a spájajú
# alebo obracajú otázky. Používaj názvy blokov z hry (robot.ftl).

level-sensor-first-while-title = Dlhé chodby
level-sensor-first-while-instruction = Rozsviet lampu na konci dvoch dlhých chodieb. Vyskúšaj nový blok: Opakuj, pokiaľ.
level-sensor-first-while-learned = Opakuj, pokiaľ sa pýta svoju otázku pred každým kolom. Kým je odpoveď áno, spúšťa svoje bloky znova. Keď je odpoveď nie, zastaví sa.
level-sensor-first-while-hint-1 = Koľko políčok má každá chodba? Tentoraz nemusíš počítať.
level-sensor-first-while-hint-2 = „Opakuj, pokiaľ je cesta vpredu“ posúva robota ďalej, kým pred ním nie je stena.
level-sensor-first-while-hint-3 = Na každú chodbu použi jeden blok Opakuj, pokiaľ, vnútri Dopredu.

level-sensor-blue-stripe-title = Po modrej
level-sensor-blue-stripe-instruction = Modrý pás vedie k lampe. Rozsviet ju. Pozor: cesta pokračuje aj za lampou!
level-sensor-blue-stripe-learned = Opakuj, pokiaľ sa môže pýtať aj na farbu. „Opakuj, pokiaľ je na modrom“ pokračuje, kým robot nezíde z modrých políčok.
level-sensor-blue-stripe-hint-1 = Kde končí modrý pás? Končí tam aj cesta?
level-sensor-blue-stripe-hint-2 = „Je cesta vpredu“ by robota zaviedlo za lampu, až k stene. Pýtaj sa radšej na farbu.
level-sensor-blue-stripe-hint-3 = Robot začína na sivom políčku. Najprv vojdi na pás, potom použi Opakuj, pokiaľ je na modrom.

level-sensor-three-stripes-title = Tri pásy
level-sensor-three-stripes-instruction = Rozsviet všetky tri lampy. Každý modrý pás vedie k lampe a každý je inak dlhý.
level-sensor-three-stripes-learned = Opakuj, pokiaľ môže byť v bloku Opakuj. V každom kole beží vnútorný cyklus, kým nie je jeho odpoveď nie.
level-sensor-three-stripes-hint-1 = Čo robí robot pri jednom páse? Je to rovnaké aj pri ďalších dvoch?
level-sensor-three-stripes-hint-2 = Pri každom páse: vojdi naň, choď, pokiaľ si na modrom, rozsviet lampu. Urob to trikrát.
level-sensor-three-stripes-hint-3 = Daj Opakuj, pokiaľ je na modrom do bloku Opakuj 3-krát.

level-sensor-stop-on-red-title = Zastav na červenom
level-sensor-stop-on-red-instruction = Dostaň sa k vlajke. Je hneď vedľa červeného políčka.
level-sensor-stop-on-red-learned = „nie“ obráti otázku. „Opakuj, pokiaľ nie je na červenom“ pokračuje, kým robot nestojí na červenom.
level-sensor-stop-on-red-hint-1 = Pri červenom políčku nie je stena. Čo tam môže robot skontrolovať?
level-sensor-stop-on-red-hint-2 = Ťukni na „Zmeň nie / a / alebo“ a daj „nie“ pred otázku. „Nie je na červenom“ je áno na každom políčku, ktoré nie je červené.
level-sensor-stop-on-red-hint-3 = Začni blokom Opakuj, pokiaľ nie je na červenom, vnútri Dopredu. Potom sa otoč k vlajke.

level-sensor-fix-the-while-title = Stále dokola
level-sensor-fix-the-while-instruction = Červené políčka označujú rohy: na každom sa otoč doprava. Ale tento robot jazdí dokola v malom štvorčeku. Oprav program.
level-sensor-fix-the-while-learned = Bloky v bloku Opakuj, pokiaľ bežia v každom kole. Otočenie, ktoré patrí za cyklus, musí byť za ním, nie v ňom.
level-sensor-fix-the-while-hint-1 = Ťukni na Krok. Kedy sa robot otočí? Stojí vtedy na červenom?
level-sensor-fix-the-while-hint-2 = Robot sa má otočiť, až keď stojí na červenom, nie po každom kroku.
level-sensor-fix-the-while-hint-3 = Pozri sa na bloky v bloku Opakuj, pokiaľ.

level-sensor-side-roads-title = Bočné cesty
level-sensor-side-roads-instruction = Všade, kde začína bočná cesta, vľavo alebo vpravo, stojí lampa. Rozsviet každú lampu.
level-sensor-side-roads-learned = „alebo“ spája dve otázky. „Je cesta vľavo alebo je cesta vpravo“ je áno, keď je áno jedna z nich, alebo obe.
level-sensor-side-roads-hint-1 = Pozri sa na políčka s lampami. Čo je vedľa každého z nich?
level-sensor-side-roads-hint-2 = Jeden blok Ak sa môže pýtať dve otázky naraz, spojené slovom „alebo“.
level-sensor-side-roads-hint-3 = Použi Opakuj, pokiaľ je cesta vpredu, a začni ho blokom Dopredu.

level-sensor-blue-and-free-title = Pásy a steny
level-sensor-blue-and-free-instruction = Choď po troch modrých pásoch k vlajke. Niektoré pásy končia pri stene. Iné sa len skončia na voľnej ceste.
level-sensor-blue-and-free-learned = Aj „a“ spája dve otázky. „Je cesta vpredu a je na modrom“ je áno, len keď sú obe áno.
level-sensor-blue-and-free-hint-1 = Kde končí každý pás? Kde by robot narazil do steny?
level-sensor-blue-and-free-hint-2 = Choď ďalej, pokiaľ platia dve veci: cesta vpredu je voľná a robot je na modrom.
level-sensor-blue-and-free-hint-3 = Každé kolo bloku Opakuj robí to isté: vojdi na pás, choď po ňom, otoč sa doprava.

level-sensor-spiral-title = Dlhá špirála
level-sensor-spiral-instruction = Prejdi po špirále až k vlajke.
level-sensor-spiral-learned = Opakuj, pokiaľ môže byť v inom bloku Opakuj, pokiaľ. Vonkajší cyklus nepotrebuje číslo: pýta sa vlastnú otázku.
level-sensor-spiral-hint-1 = Koľko chodieb má špirála? Vie Opakuj napočítať až tak ďaleko?
level-sensor-spiral-hint-2 = Pri každej chodbe: choď k stene, potom sa otoč doprava. Rob to, pokiaľ je cesta vpredu voľná.
level-sensor-spiral-hint-3 = Daj jeden blok Opakuj, pokiaľ do iného bloku Opakuj, pokiaľ.

level-sensor-painted-corners-title = Farebné rohy
level-sensor-painted-corners-instruction = Rozsviet každú lampu. Rohy sú natreté na červeno alebo na modro: na oboch farbách sa otoč doľava.
level-sensor-painted-corners-learned = Aj Ak … inak sa môže pýtať spojenú otázku. S „je na červenom alebo je na modrom“ beží jeho prvá časť na oboch farbách a časť „inak“ na každom inom políčku.
level-sensor-painted-corners-hint-1 = Ktoré políčka nemajú lampu? Akú majú farbu?
level-sensor-painted-corners-hint-2 = Stačí jeden blok Ak … inak: „je na červenom alebo je na modrom“ pre rohy, časť „inak“ pre lampy.
level-sensor-painted-corners-hint-3 = V bloku Opakuj do konca začni s Dopredu.

level-sensor-maze-title = Bludisko
level-sensor-maze-instruction = Nájdi cestu bludiskom k vlajke. Použi čo najmenej blokov.
level-sensor-maze-learned = Drž jednu ruku na stene a prejdeš mnohými bludiskami. Tvoj program sa riadi týmto pravidlom s cyklom v cykle.
level-sensor-maze-hint-1 = Predstav si, že ideš bludiskom a pravú ruku máš stále na stene.
level-sensor-maze-hint-2 = Na každom políčku skús najprv odbočiť doprava. Keď je tam stena, skús rovno, potom doľava, potom späť.
level-sensor-maze-hint-3 = V bloku Opakuj, pokiaľ je cesta vpredu: Dopredu, Otoč sa doprava, potom Opakuj, pokiaľ, ktorý sa pýta „nie je cesta vpredu“.
