# Number Harbour (Zahlen-Hafen): loops and ifs inside helpers, helpers that take a number,
# and the robot's counter. Level files assets/levels/number-*.json refer to these ids; the
# world's title is in coding-levels.ftl. Per level: a title, what to do, what was learned,
# and three hints (a nudge, the idea, part of the solution). Use the tile names the game
# shows (robot.ftl): Vorwärts, Links drehen, Rechts drehen, Licht an, Wiederholen,
# Wiederholen bis fertig, Wenn, Helfer 1, Helfer 1 mit Zahl, n-mal wiederholen,
# Zähler setzen, Zähler plus 1, Hauptprogramm.

## Loops and ifs inside helpers

level-number-loop-in-helper-title = Eine Schleife im Helfer
level-number-loop-in-helper-instruction = Mach die drei Lampen am Ende der langen Seiten an. Ins Hauptprogramm passen nur 3 Blöcke, in Helfer 1 nur 4.
level-number-loop-in-helper-learned = Ein Helfer kann eine Schleife enthalten. Jedes Mal, wenn das Hauptprogramm den Helfer aufruft, läuft seine Schleife wieder von vorn.
level-number-loop-in-helper-hint-1 = Die drei Seiten sind gleich: gleich lang, mit einer Lampe und einer Drehung am Ende. Was macht der Roboter auf einer Seite?
level-number-loop-in-helper-hint-2 = Vier Blöcke „Vorwärts“ und eine Drehung passen nicht in Helfer 1. Leg stattdessen ein „Wiederholen“ in den Helfer.
level-number-loop-in-helper-hint-3 = Helfer 1: „4-mal wiederholen“ mit „Vorwärts“ darin, dann „Rechts drehen“.

level-number-round-the-basin-title = Rund um das Hafenbecken
level-number-round-the-basin-instruction = Mach alle Lampen rund um das Hafenbecken an. Ins Hauptprogramm passt nur ein Block, also muss Helfer 1 sich selbst aufrufen.
level-number-round-the-basin-learned = Ein Helfer kann eine Schleife enthalten und sich trotzdem selbst aufrufen. Die Schleife schafft eine Seite, der Aufruf startet die nächste.
level-number-round-the-basin-hint-1 = Alle Seiten sehen gleich aus. Wie viele Lampen hat eine Seite?
level-number-round-the-basin-hint-2 = Eine Seite geht so: dreimal „Vorwärts“ und „Licht an“, dann eine Drehung. Bau das mit einer Schleife in Helfer 1, und lass Helfer 1 sich am Ende selbst aufrufen.
level-number-round-the-basin-hint-3 = Helfer 1 fängt mit „3-mal wiederholen“ an, mit „Vorwärts“ und „Licht an“ darin.

level-number-if-in-helper-title = Rote Ecken
level-number-if-in-helper-instruction = Mach alle Lampen an der Hafenmauer an. Auf einem roten Feld biegt der Weg nach links ab. Ins Hauptprogramm passen nur 3 Blöcke.
level-number-if-in-helper-learned = Ein Helfer kann einen „Wenn“-Block enthalten. Bei jedem Aufruf stellt der Helfer die Frage neu. So reicht ein Helfer für gerade Wege und für Ecken.
level-number-if-in-helper-hint-1 = Von einer Lampe zur nächsten sind es immer zwei Felder. Manchmal ist das Feld dazwischen rot.
level-number-if-in-helper-hint-2 = Lass Helfer 1 den Roboter von einer Lampe zur nächsten bringen. Unterwegs fragt er: Stehe ich auf Rot? Das Hauptprogramm macht das Licht an und wiederholt, bis alles fertig ist.
level-number-if-in-helper-hint-3 = Helfer 1 fängt so an: „Vorwärts“, dann „Wenn auf Rot“.

## Helpers with a number

level-number-walk-n-title = n Felder weit
level-number-walk-n-instruction = Fahr zur Flagge. Die geraden Stücke sind verschieden lang, und ins Hauptprogramm passen nur 5 Blöcke. Nimm „Helfer 1 mit Zahl“.
level-number-walk-n-learned = Du kannst einem Helfer beim Aufruf eine Zahl mitgeben. Im Helfer läuft „n-mal wiederholen“ dann so oft, wie diese Zahl sagt.
level-number-walk-n-hint-1 = Zähl die Felder jedes geraden Stücks.
level-number-walk-n-hint-2 = Leg in Helfer 1 „Vorwärts“ in „n-mal wiederholen“. Dann fährt „Helfer 1 mit 3“ drei Felder weit und „Helfer 1 mit 6“ sechs.
level-number-walk-n-hint-3 = Das Hauptprogramm fängt so an: „Helfer 1 mit 3“, dann „Rechts drehen“.

level-number-spiral-title = Die Spirale
level-number-spiral-instruction = Fahr die Spirale entlang bis zur Flagge in der Mitte. Jedes gerade Stück ist ein Feld kürzer als das davor.
level-number-spiral-learned = Der Helfer bleibt gleich, nur seine Zahl ändert sich von Aufruf zu Aufruf. Das Hauptprogramm sagt nur noch, wie weit.
level-number-spiral-hint-1 = Wie lang ist jedes gerade Stück? Was macht der Roboter am Ende von jedem?
level-number-spiral-hint-2 = Helfer 1 kann n Felder weit fahren und sich dann drehen. Das Hauptprogramm ruft ihn viermal auf, jedes Mal mit einer kleineren Zahl.
level-number-spiral-hint-3 = Helfer 1 endet mit „Rechts drehen“.

level-number-lamp-rows-title = Lampenreihen
level-number-lamp-rows-instruction = Mach die Reihe mit 5 Lampen und die Reihe mit 3 Lampen an. Ins Hauptprogramm passen nur 3 Blöcke.
level-number-lamp-rows-learned = Die Zahl muss keine Felder zählen. Hier zählt sie Lampen: „Helfer 1 mit 5“ macht 5 Lampen an.
level-number-lamp-rows-hint-1 = Für jede Lampe fährt der Roboter auf ihr Feld und macht sie an.
level-number-lamp-rows-hint-2 = Leg „Vorwärts“ und „Licht an“ in „n-mal wiederholen“. Dann sagt n, wie viele Lampen Helfer 1 anmacht.
level-number-lamp-rows-hint-3 = Hauptprogramm: „Helfer 1 mit 5“, dann „Rechts drehen“, dann noch ein Block.

## The robot's counter

level-number-third-opening-title = Die dritte Abzweigung
level-number-third-opening-instruction = Der Weg zur Flagge ist die dritte Abzweigung rechts. Lass den Roboter die Abzweigungen zählen, an denen er vorbeifährt.
level-number-third-opening-learned = Der Roboter hat einen Zähler, der bei 0 anfängt. „Zähler plus 1“ zählt eins dazu, und „Wenn Zähler gleich 3“ fragt, wie oft etwas schon passiert ist.
level-number-third-opening-hint-1 = Die ersten beiden Abzweigungen rechts führen nur zurück auf den Weg. Nur die dritte führt zur Flagge.
level-number-third-opening-hint-2 = Zähl jedes Mal eins dazu, wenn rechts frei ist. Dreh dich nur dann nach rechts, wenn der Zähler 3 ist.
level-number-third-opening-hint-3 = In „Wiederholen bis fertig“: „Vorwärts“, dann „Wenn rechts frei“.

level-number-counting-helper-title = Ein Helfer, der zählt
level-number-counting-helper-instruction = Bieg bei der dritten Abzweigung rechts ab und fahr zur Flagge. Ins Hauptprogramm passen nur 4 Blöcke, also muss Helfer 1 zählen.
level-number-counting-helper-learned = Das Hauptprogramm und die Helfer teilen sich einen Zähler. Ein Helfer kann dazuzählen und nach dem Zähler fragen. Die Zahl bleibt, auch wenn der Helfer fertig ist.
level-number-counting-helper-hint-1 = Diesmal fährt der Roboter nach links. Seine rechte Seite ist also oben.
level-number-counting-helper-hint-2 = Das Hauptprogramm fährt und fragt: Ist rechts frei? Wenn ja, ruft es Helfer 1 auf. Helfer 1 zählt und dreht sich nach rechts, wenn der Zähler 3 ist.
level-number-counting-helper-hint-3 = Helfer 1 fängt mit „Zähler plus 1“ an.

level-number-second-red-title = Das zweite rote Feld
level-number-second-red-instruction = Fahr zur Flagge. Bieg beim zweiten roten Feld nach links ab, nicht beim ersten.
level-number-second-red-learned = Der Zähler kann alles zählen, wonach der Roboter fragen kann: Abzweigungen, Farben und mehr.
level-number-second-red-hint-1 = Bei beiden roten Feldern geht links ein Weg ab. Welcher führt zur Flagge?
level-number-second-red-hint-2 = Zähl auf jedem roten Feld eins dazu. Dreh dich nur dann nach links, wenn der Zähler 2 ist.
level-number-second-red-hint-3 = In „Wiederholen bis fertig“: „Vorwärts“, dann „Wenn auf Rot“.

level-number-fix-the-count-title = Neu zählen
level-number-fix-the-count-instruction = Der Roboter soll bei jedem zweiten roten Feld nach links abbiegen. Beim zweiten klappt das, aber beim vierten fährt er geradeaus gegen die Wand. Repariere das Programm.
level-number-fix-the-count-learned = Ein Zähler zählt immer weiter, bis du ihn zurücksetzt. Mit „Zähler auf 0 setzen“ fängt er wieder von vorn an.
level-number-fix-the-count-hint-1 = Tippe auf „Schritt“ und schau auf den Zähler neben der Schrittzahl. Was zeigt er auf dem vierten roten Feld?
level-number-fix-the-count-hint-2 = Nach der ersten Drehung soll der Roboter wieder bei 0 anfangen zu zählen.
level-number-fix-the-count-hint-3 = Schau dir an, was direkt nach der Drehung nach links passiert.
