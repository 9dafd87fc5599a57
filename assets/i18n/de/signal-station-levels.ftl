# Signal Station (Signalstation): Ereignisse. Neben dem Hauptprogramm und den Helfern hat ein
# Programm einen Teil, der von selbst läuft, jedes Mal wenn ein Ereignis passiert (der
# Roboter kommt auf eine Lampe, auf Rot, auf Blau, auf Grün); danach macht der Roboter
# weiter. Level files assets/levels/signal-*.json refer to these ids; the world's title is in
# coding-levels.ftl. Per level: a title, what to do, what was learned, and three hints (a
# nudge, the idea, part of the solution). Use the tile names the game shows (robot.ftl):
# Vorwärts, Links drehen, Rechts drehen, Licht an, Wiederholen bis fertig, Wenn,
# Wenn … sonst, Helfer 1, Zähler plus 1, Hauptprogramm. The event part is named by its title
# as pupils see it, after „der Teil“: der Teil „Wenn der Roboter auf eine Lampe kommt“,
# „Wenn der Roboter auf Rot kommt“ (Blau, Grün); in general „Ereignis-Teil“; the button is
# „Ereignis ändern“.

## A first event, a colour, the right event

level-signal-first-event-title = Lampen hier und da
level-signal-first-event-instruction = Mach alle Lampen an und halte dann an der Flagge. Ins Hauptprogramm passen nur 3 Blöcke, allein schafft es das nicht. Probier den neuen Teil aus: „Wenn der Roboter auf eine Lampe kommt“.
level-signal-first-event-learned = Ein Ereignis ist etwas, das passiert, zum Beispiel: Der Roboter kommt auf eine Lampe. Die Blöcke im Teil „Wenn der Roboter auf eine Lampe kommt“ laufen jedes Mal, wenn das passiert. Danach macht der Roboter im Hauptprogramm weiter.
level-signal-first-event-hint-1 = Die Lampen liegen verschieden weit auseinander. Muss das Hauptprogramm wissen, wo jede Lampe ist?
level-signal-first-event-hint-2 = Lass das Hauptprogramm einfach bis zur Flagge fahren. Jedes Mal, wenn der Roboter auf eine Lampe kommt, läuft der Teil „Wenn der Roboter auf eine Lampe kommt“ von allein.
level-signal-first-event-hint-3 = Leg „Licht an“ in den Teil „Wenn der Roboter auf eine Lampe kommt“.

level-signal-blue-corners-title = Blaue Ecken
level-signal-blue-corners-instruction = Fahr zur Flagge in der Mitte. Die blauen Felder zeigen, wo der Weg abbiegt. Ins Hauptprogramm passen nur 3 Blöcke.
level-signal-blue-corners-learned = Ein Ereignis kann auch eine Farbe sein. Der Teil „Wenn der Roboter auf Blau kommt“ läuft jedes Mal, wenn ein „Vorwärts“ den Roboter auf ein blaues Feld bringt.
level-signal-blue-corners-hint-1 = In welche Richtung biegt der Weg bei jedem blauen Feld ab? Ist es jedes Mal dieselbe?
level-signal-blue-corners-hint-2 = Das Hauptprogramm fährt nur weiter. Die Drehungen gehören in den Teil „Wenn der Roboter auf Blau kommt“.
level-signal-blue-corners-hint-3 = Das Hauptprogramm ist „Wiederholen bis fertig“ mit „Vorwärts“ darin.

level-signal-which-event-title = Welche Farbe?
level-signal-which-event-instruction = Fahr zur Flagge. Bei manchen bunten Feldern biegt der Weg nach links ab. Schau dir die Farben genau an und wähl dann das richtige Ereignis.
level-signal-which-event-learned = Mit „Ereignis ändern“ wählst du, worauf der Roboter reagiert. Nimm das Ereignis, das genau dort passiert, wo der Roboter etwas tun muss.
level-signal-which-event-hint-1 = Wo biegt der Weg ab? Welche Farbe haben diese Felder?
level-signal-which-event-hint-2 = Die roten Felder liegen auf geraden Stücken. Eine Drehung dort führt in eine Sackgasse. Tippe auf „Ereignis ändern“.
level-signal-which-event-hint-3 = Leg „Links drehen“ in den Teil „Wenn der Roboter auf Grün kommt“.

## More in the event part: two tiles, the counter, questions, a helper

level-signal-corner-lamps-title = Lampen in den Ecken
level-signal-corner-lamps-instruction = Fahr einmal rund um den Ring, mach die vier Lampen an und halte an der Flagge hinter dem Roboter. Jede Lampe steht in einer Ecke.
level-signal-corner-lamps-learned = Ein Ereignis-Teil kann mehr als einen Block enthalten. Jedes Mal, wenn das Ereignis passiert, laufen alle seine Blöcke nacheinander.
level-signal-corner-lamps-hint-1 = Was muss der Roboter in jeder Ecke tun?
level-signal-corner-lamps-hint-2 = An jeder Lampe gibt es zwei Aufgaben: die Lampe anmachen und sich drehen. Beides gehört in den Teil „Wenn der Roboter auf eine Lampe kommt“.
level-signal-corner-lamps-hint-3 = Leg „Licht an“ in den Teil „Wenn der Roboter auf eine Lampe kommt“. Was passiert in einer Ecke noch?

level-signal-count-reds-title = Das dritte rote Feld
level-signal-count-reds-instruction = Fahr zur Flagge. Bei jedem roten Feld geht links ein Weg ab, aber nur der dritte führt zur Flagge. Lass den Roboter die roten Felder zählen.
level-signal-count-reds-learned = Ein Ereignis-Teil kann auch den Zähler benutzen. Der Teil „Wenn der Roboter auf Rot kommt“ zählt auf jedem roten Feld eins dazu. So muss das Hauptprogramm nur fahren.
level-signal-count-reds-hint-1 = Die drei roten Felder sehen gleich aus. Woran erkennt der Roboter das dritte?
level-signal-count-reds-hint-2 = Zähl jedes Mal eins dazu, wenn der Roboter auf Rot kommt. Wenn der Zähler 3 ist, dreh dich nach links.
level-signal-count-reds-hint-3 = Der Teil „Wenn der Roboter auf Rot kommt“ fängt mit „Zähler plus 1“ an.

level-signal-winding-road-title = Der kurvige Weg
level-signal-winding-road-instruction = Fahr den kurvigen Weg entlang, mach alle Lampen an und fahr zur Flagge. Die Lampen stehen nicht in den Ecken.
level-signal-winding-road-learned = Das Hauptprogramm und der Ereignis-Teil können sich die Arbeit teilen. Hier folgt das Hauptprogramm dem Weg, und der Teil „Wenn der Roboter auf eine Lampe kommt“ macht unterwegs die Lampen an.
level-signal-winding-road-hint-1 = In welche Richtung biegt der Weg in jeder Ecke ab?
level-signal-winding-road-hint-2 = Das Hauptprogramm fährt weiter und dreht sich überall nach rechts, wo rechts frei ist. Die Lampen sind eine Aufgabe für den Teil „Wenn der Roboter auf eine Lampe kommt“.
level-signal-winding-road-hint-3 = Im Hauptprogramm, in „Wiederholen bis fertig“: „Vorwärts“, dann „Wenn rechts frei“.

level-signal-fix-the-event-title = Das falsche Ereignis
level-signal-fix-the-event-instruction = Auf jedem blauen Feld soll sich der Roboter dorthin drehen, wohin der Weg führt. Aber er dreht sich zu früh und fährt gegen eine Wand. Repariere das Programm.
level-signal-fix-the-event-learned = Macht ein Ereignis-Teil das Richtige im falschen Moment, prüf zuerst sein Ereignis. Oft reicht es, einmal auf „Ereignis ändern“ zu tippen.
level-signal-fix-the-event-hint-1 = Tippe auf „Schritt“ und schau zu. Auf welchem Feld dreht sich der Roboter zum ersten Mal?
level-signal-fix-the-event-hint-2 = Die Blöcke im Ereignis-Teil stimmen. Sie laufen nur auf den falschen Feldern.
level-signal-fix-the-event-hint-3 = Lies die Überschrift über dem Block „Wenn … sonst“. Passiert das in den Ecken?

level-signal-side-steps-title = Seitenschritte
level-signal-side-steps-instruction = Fahr zur Flagge. Bei jedem roten Feld rückt der Weg um ein Feld zur Seite, vom Roboter aus nach rechts. In den Teil „Wenn der Roboter auf Rot kommt“ passen nur 2 Blöcke.
level-signal-side-steps-learned = Ein Ereignis-Teil kann einen Helfer aufrufen, genau wie das Hauptprogramm. Die Blöcke des Helfers laufen, und danach macht der Roboter im Hauptprogramm weiter.
level-signal-side-steps-hint-1 = Was macht der Roboter auf einem roten Feld, um zum nächsten Stück Weg zu kommen?
level-signal-side-steps-hint-2 = Ein Seitenschritt braucht drei Blöcke, aber in den Ereignis-Teil passen nur 2. Bau den Seitenschritt in Helfer 1 und ruf ihn im Teil „Wenn der Roboter auf Rot kommt“ auf.
level-signal-side-steps-hint-3 = Helfer 1 fängt mit „Rechts drehen“ an.
