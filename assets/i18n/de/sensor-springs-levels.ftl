# Sensor Springs: the levels of the world (its title, world-sensor-springs, is in
# coding-levels.ftl). „Wiederholen, solange“ stellt seine Frage vor jeder Runde; dann
# verbinden oder drehen die Logik-Wörter nicht, und, oder die Fragen.
# Per level: a title, what to do, what was learned, and three hints (a nudge, the idea,
# part of the solution). Keep sentences short and plain.
# Use the tile names the game shows (robot.ftl): Vorwärts, Links drehen, Rechts drehen,
# Licht an, Wiederholen, Wiederholen bis fertig, „Wiederholen, solange“, Wenn, Wenn … sonst;
# questions as the tiles read them: vorne frei, links frei, auf Rot, nicht, und, oder.

level-sensor-first-while-title = Lange Gänge
level-sensor-first-while-instruction = Mach die Lampe am Ende der zwei langen Gänge an. Probier den neuen Block aus: „Wiederholen, solange“.
level-sensor-first-while-learned = „Wiederholen, solange“ stellt seine Frage vor jeder Runde. Solange die Antwort Ja ist, laufen die Blöcke darin noch einmal. Ist sie Nein, hört der Block auf.
level-sensor-first-while-hint-1 = Wie viele Felder ist jeder Gang lang? Diesmal musst du nicht zählen.
level-sensor-first-while-hint-2 = „Wiederholen, solange vorne frei“ lässt den Roboter fahren, bis vor ihm eine Wand ist.
level-sensor-first-while-hint-3 = Nimm für jeden Gang ein „Wiederholen, solange“ mit „Vorwärts“ darin.

level-sensor-blue-stripe-title = Folge dem Blau
level-sensor-blue-stripe-instruction = Der blaue Streifen führt zu einer Lampe. Mach sie an. Vorsicht: Der Weg geht hinter der Lampe weiter!
level-sensor-blue-stripe-learned = „Wiederholen, solange“ kann auch nach einer Farbe fragen. „Wiederholen, solange auf Blau“ macht weiter, bis der Roboter von den blauen Feldern herunterfährt.
level-sensor-blue-stripe-hint-1 = Wo endet der blaue Streifen? Endet dort auch der Weg?
level-sensor-blue-stripe-hint-2 = Mit „vorne frei“ würde der Roboter an der Lampe vorbei bis zur Wand fahren. Frag lieber nach der Farbe.
level-sensor-blue-stripe-hint-3 = Der Roboter startet auf einem grauen Feld. Fahr zuerst auf den Streifen, dann nimm „Wiederholen, solange auf Blau“.

level-sensor-three-stripes-title = Drei Streifen
level-sensor-three-stripes-instruction = Mach alle drei Lampen an. Jeder blaue Streifen führt zu einer Lampe, und jeder ist anders lang.
level-sensor-three-stripes-learned = Ein „Wiederholen, solange“ kann in einem „Wiederholen“ stecken. In jeder Runde läuft die innere Schleife, bis ihre Antwort Nein ist.
level-sensor-three-stripes-hint-1 = Was macht der Roboter bei einem Streifen? Ist es bei den anderen beiden genauso?
level-sensor-three-stripes-hint-2 = Für jeden Streifen: drauffahren, weiterfahren, solange du auf Blau bist, die Lampe anmachen. Und das dreimal.
level-sensor-three-stripes-hint-3 = Steck „Wiederholen, solange auf Blau“ in „3-mal wiederholen“.

level-sensor-stop-on-red-title = Halt auf Rot
level-sensor-stop-on-red-instruction = Fahr zur Flagge. Sie liegt direkt neben dem roten Feld.
level-sensor-stop-on-red-learned = Das Wort „nicht“ dreht eine Frage um. „Wiederholen, solange nicht auf Rot“ macht weiter, bis der Roboter auf Rot steht.
level-sensor-stop-on-red-hint-1 = Am roten Feld ist keine Wand. Was kann der Roboter dort prüfen?
level-sensor-stop-on-red-hint-2 = Mit dem Knopf für „nicht / und / oder“ setzt du „nicht“ vor eine Frage. „Nicht auf Rot“ heißt Ja auf jedem Feld, das nicht rot ist.
level-sensor-stop-on-red-hint-3 = Fang mit „Wiederholen, solange nicht auf Rot“ an, mit „Vorwärts“ darin. Dann dreh dich zur Flagge.

level-sensor-fix-the-while-title = Immer im Kreis
level-sensor-fix-the-while-instruction = Rote Felder markieren die Ecken: Dreh dich auf jedem nach rechts. Aber dieser Roboter fährt immer nur in einem winzigen Quadrat herum. Repariere das Programm.
level-sensor-fix-the-while-learned = Die Blöcke in „Wiederholen, solange“ laufen in jeder Runde. Eine Drehung, die nach der Schleife kommen soll, gehört hinter die Schleife, nicht hinein.
level-sensor-fix-the-while-hint-1 = Tippe auf „Schritt“. Wann dreht sich der Roboter? Steht er dann auf Rot?
level-sensor-fix-the-while-hint-2 = Der Roboter soll sich drehen, sobald er auf Rot steht, nicht nach jedem Schritt.
level-sensor-fix-the-while-hint-3 = Schau dir die Blöcke in „Wiederholen, solange“ an.

level-sensor-side-roads-title = Seitenwege
level-sensor-side-roads-instruction = Überall, wo ein Seitenweg abgeht, links oder rechts, steht eine Lampe. Mach alle Lampen an.
level-sensor-side-roads-learned = Das Wort „oder“ verbindet zwei Fragen. „Links frei oder rechts frei“ heißt Ja, wenn eine davon Ja ist oder beide.
level-sensor-side-roads-hint-1 = Schau dir die Felder mit Lampen an. Was ist gleich daneben?
level-sensor-side-roads-hint-2 = Ein „Wenn“ kann zwei Fragen auf einmal stellen, verbunden mit „oder“.
level-sensor-side-roads-hint-3 = Nimm „Wiederholen, solange vorne frei“ und fang darin mit „Vorwärts“ an.

level-sensor-blue-and-free-title = Streifen und Wände
level-sensor-blue-and-free-instruction = Folge den drei blauen Streifen bis zur Flagge. Manche Streifen enden an einer Wand. Andere hören mitten auf dem Weg auf.
level-sensor-blue-and-free-learned = Auch das Wort „und“ verbindet zwei Fragen. „Vorne frei und auf Blau“ heißt nur dann Ja, wenn beide Ja sind.
level-sensor-blue-and-free-hint-1 = Wo endet jeder Streifen? Wo würde der Roboter gegen eine Wand fahren?
level-sensor-blue-and-free-hint-2 = Fahr weiter, solange zwei Dinge stimmen: Vorne ist frei, und der Roboter steht auf Blau.
level-sensor-blue-and-free-hint-3 = Jede Runde im „Wiederholen“-Block ist gleich: auf einen Streifen fahren, ihn entlangfahren, nach rechts drehen.

level-sensor-spiral-title = Die lange Spirale
level-sensor-spiral-instruction = Fahr die ganze Spirale entlang bis zur Flagge.
level-sensor-spiral-learned = Ein „Wiederholen, solange“ kann in einem anderen „Wiederholen, solange“ stecken. Die äußere Schleife braucht keine Zahl: Sie stellt ihre eigene Frage.
level-sensor-spiral-hint-1 = Wie viele Gänge hat die Spirale? Kann „Wiederholen“ so hoch zählen?
level-sensor-spiral-hint-2 = Für jeden Gang: bis zur Wand fahren, dann nach rechts drehen. Mach das, solange vorne frei ist.
level-sensor-spiral-hint-3 = Steck ein „Wiederholen, solange“ in ein anderes „Wiederholen, solange“.

level-sensor-painted-corners-title = Bunte Ecken
level-sensor-painted-corners-instruction = Mach alle Lampen an. Die Ecken sind rot oder blau angemalt: Dreh dich auf beiden Farben nach links.
level-sensor-painted-corners-learned = Auch „Wenn … sonst“ kann eine verbundene Frage stellen. Mit „auf Rot oder auf Blau“ läuft der erste Teil auf beiden Farben, der Sonst-Teil auf jedem anderen Feld.
level-sensor-painted-corners-hint-1 = Welche Felder haben keine Lampe? Welche Farben haben sie?
level-sensor-painted-corners-hint-2 = Ein „Wenn … sonst“ reicht: „auf Rot oder auf Blau“ für die Ecken, der Sonst-Teil für die Lampen.
level-sensor-painted-corners-hint-3 = Fang in „Wiederholen bis fertig“ mit „Vorwärts“ an.

level-sensor-maze-title = Das Labyrinth
level-sensor-maze-instruction = Finde den Weg durch das Labyrinth zur Flagge. Nimm so wenige Blöcke wie möglich.
level-sensor-maze-learned = Wer immer eine Hand an der Wand lässt, kommt durch viele Labyrinthe. Dein Programm folgt dieser Regel mit einer Schleife in einer Schleife.
level-sensor-maze-hint-1 = Stell dir vor, du gehst durch das Labyrinth und hast die rechte Hand immer an der Wand.
level-sensor-maze-hint-2 = Versuch auf jedem Feld zuerst, nach rechts abzubiegen. Ist dort eine Wand, dann geradeaus, dann links, dann zurück.
level-sensor-maze-hint-3 = In „Wiederholen, solange vorne frei“: „Vorwärts“, „Rechts drehen“, dann noch ein „Wiederholen, solange“ mit der Frage „nicht vorne frei“.
