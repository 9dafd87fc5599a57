# The coding worlds and their levels. Level files under assets/levels/ refer to these ids.
# Per level: a title, what to do, what was learned, and three hints (a nudge, the idea,
# part of the solution). Keep sentences short and plain: many players are 7–9 years old.
# Use the tile names the game shows (robot.ftl): Vorwärts, Links drehen, Rechts drehen,
# Licht an, Wiederholen, Wiederholen bis fertig, Wenn, Wenn … sonst, Helfer 1, Helfer 2,
# Hauptprogramm.

world-robot-road = Roboterstraße
world-loop-lagoon = Schleifen-Lagune
world-helper-hills = Helfer-Hügel
world-choice-canyon = Entscheidungs-Schlucht
world-sensor-springs = Sensor-Quellen
world-number-harbour = Zahlen-Hafen
world-signal-station = Signalstation
world-bug-bay = Fehler-Bucht

## Robot Road: one step after another, and a first bug to fix

level-robot-first-steps-title = Erste Schritte
level-robot-first-steps-instruction = Baue ein Programm, das den Roboter zur Flagge bringt. Dann tippe auf „Start“.
level-robot-first-steps-learned = Ein Programm ist eine Liste von Schritten. Der Roboter macht sie einen nach dem anderen, der Reihe nach.
level-robot-first-steps-hint-1 = Schau dir die Flagge an. Wohin schaut der Roboter gerade?
level-robot-first-steps-hint-2 = „Vorwärts“ bewegt den Roboter ein Feld weiter. „Rechts drehen“ dreht ihn auf der Stelle.
level-robot-first-steps-hint-3 = Fang so an: Vorwärts, Vorwärts, Rechts drehen.

level-robot-turn-left-title = Links herum
level-robot-turn-left-instruction = Bring den Roboter zur Flagge. Diesmal muss er sich nach links drehen.
level-robot-turn-left-learned = „Links drehen“ und „Rechts drehen“ ändern, wohin der Roboter schaut. Sie bewegen ihn nicht.
level-robot-turn-left-hint-1 = Der Roboter schaut nach oben. Wo macht der Weg eine Kurve?
level-robot-turn-left-hint-2 = Nach „Links drehen“ fährt „Vorwärts“ in die neue Richtung.
level-robot-turn-left-hint-3 = Fang so an: Vorwärts, Vorwärts, Links drehen.

level-robot-zigzag-title = Zickzack-Treppe
level-robot-zigzag-instruction = Fahr die Stufen hinunter bis zur Flagge. Nach jeder Stufe macht der Weg eine Kurve.
level-robot-zigzag-learned = Ein langer Weg ist nur eine Reihe kleiner Schritte und Drehungen.
level-robot-zigzag-hint-1 = Fahr den Weg mit dem Finger nach. Zähle die Kurven.
level-robot-zigzag-hint-2 = Mit „Rechts drehen“ geht es nach unten. Mit „Links drehen“ geht es wieder quer.
level-robot-zigzag-hint-3 = Fang so an: Vorwärts, Rechts drehen, Vorwärts, Links drehen.

level-robot-around-rocks-title = Um die Wand herum
level-robot-around-rocks-instruction = Eine Wand ist im Weg. Fahr um sie herum bis zur Flagge.
level-robot-around-rocks-learned = Wenn der Weg versperrt ist, kannst du einen Umweg planen.
level-robot-around-rocks-hint-1 = Der Roboter kann nicht direkt zur Flagge. Wo geht es um die Wand herum?
level-robot-around-rocks-hint-2 = Erst nach oben, dann quer hinüber, dann nach unten.
level-robot-around-rocks-hint-3 = Fang so an: Vorwärts, Vorwärts, Rechts drehen.

level-robot-fix-the-path-title = Weg reparieren
level-robot-fix-the-path-instruction = Dieses Programm hat einen Fehler: Der Roboter fährt gegen eine Wand. Schau ihm mit „Schritt“ zu und repariere dann das Programm.
level-robot-fix-the-path-learned = Fehler im Programm sind oft klein: Ein Block zu viel kann den Roboter gegen eine Wand schicken. Nimm ihn weg, dann klappt es.
level-robot-fix-the-path-hint-1 = Tippe auf „Schritt“, dann läuft ein Block nach dem anderen. Wo fährt der Roboter gegen die Wand?
level-robot-fix-the-path-hint-2 = Der Roboter fährt ein Feld zu weit, bevor er sich dreht. Ein Block ist zu viel.
level-robot-fix-the-path-hint-3 = Der Block, der zu viel ist, steht vor der ersten Drehung.

level-robot-first-lamp-title = Licht an!
level-robot-first-lamp-instruction = Fahr zur Lampe. Dann schalte sie mit dem Block „Licht an“ ein.
level-robot-first-lamp-learned = „Licht an“ klappt nur, wenn der Roboter auf einer Lampe steht.
level-robot-first-lamp-hint-1 = Wie viele Felder ist die Lampe entfernt?
level-robot-first-lamp-hint-2 = Zuerst muss der Roboter auf der Lampe stehen. Dann schaltet „Licht an“ sie ein.
level-robot-first-lamp-hint-3 = Die Lampe ist drei Felder vor dem Roboter.

level-robot-two-lamps-title = Zwei Lampen
level-robot-two-lamps-instruction = Mach beide Lampen an. Hier gibt es keine Flagge: Du bist fertig, wenn alle Lampen leuchten.
level-robot-two-lamps-learned = Der Roboter kann unterwegs etwas erledigen: anhalten, Licht an, dann weiterfahren.
level-robot-two-lamps-hint-1 = Auf dem Weg zur zweiten Lampe kommst du an der ersten vorbei.
level-robot-two-lamps-hint-2 = Setz „Licht an“ direkt hinter den Block, der den Roboter auf eine Lampe bringt.
level-robot-two-lamps-hint-3 = Fang so an: Vorwärts, Vorwärts, Licht an.

level-robot-lamps-and-flag-title = Lampen und Flagge
level-robot-lamps-and-flag-instruction = Mach beide Lampen an. Dann fahr zur Flagge.
level-robot-lamps-and-flag-learned = Eine Aufgabe kann mehrere Teile haben. Der Roboter muss alle schaffen.
level-robot-lamps-and-flag-hint-1 = Die Flagge zählt erst, wenn alle Lampen leuchten.
level-robot-lamps-and-flag-hint-2 = Plane einen Weg, der über beide Lampen führt, bevor er zur Flagge kommt.
level-robot-lamps-and-flag-hint-3 = Fang so an: Vorwärts, Licht an, Rechts drehen.

level-robot-turn-around-title = Umdrehen
level-robot-turn-around-instruction = Mach die Lampe an. Dann dreh dich um und fahr zur Flagge.
level-robot-turn-around-learned = Zwei Drehungen in dieselbe Richtung, und der Roboter schaut dahin zurück, wo er herkam.
level-robot-turn-around-hint-1 = Die Lampe und die Flagge sind auf verschiedenen Seiten des Roboters.
level-robot-turn-around-hint-2 = Zum Umdrehen brauchst du zwei Drehungen: Links drehen, Links drehen.
level-robot-turn-around-hint-3 = Fang so an: Vorwärts, Vorwärts, Licht an.

level-robot-long-road-title = Der lange Weg
level-robot-long-road-instruction = Mach beide Lampen an und bleib am Ende auf der Flagge stehen. Welcher Weg ist kürzer?
level-robot-long-road-learned = Oft gibt es mehr als einen Weg. Denk erst nach, dann nimm den kürzeren.
level-robot-long-road-hint-1 = Direkt nach unten kommst du zur Flagge, aber dann sind die Lampen noch aus.
level-robot-long-road-hint-2 = Fahr zuerst oben entlang, dann nach unten, dann unten zurück.
level-robot-long-road-hint-3 = Fang so an: Vorwärts, Licht an, Vorwärts, Rechts drehen.

## Loop Lagoon: repeat, then repeat until done (before helpers call themselves)

level-loop-first-loop-title = Die erste Schleife
level-loop-first-loop-instruction = Fahr zur Flagge. In dein Programm passen nur 3 Blöcke, also nimm den Block „Wiederholen“.
level-loop-first-loop-learned = „Wiederholen“ führt die Blöcke darin immer wieder aus. Eine Schleife kann die Arbeit von vielen Blöcken machen.
level-loop-first-loop-hint-1 = Zähle die Felder zwischen dem Roboter und der Flagge.
level-loop-first-loop-hint-2 = Leg „Vorwärts“ in einen „Wiederholen“-Block. Dann tippe auf „Öfter“, um die Zahl einzustellen.
level-loop-first-loop-hint-3 = „Vorwärts“ kommt in die Schleife. Stell die Zahl auf die Felder, die du gezählt hast.

level-loop-lamp-row-title = Lampenreihe
level-loop-lamp-row-instruction = Mach alle fünf Lampen an. In dein Programm passen nur 5 Blöcke, also nimm eine Schleife.
level-loop-lamp-row-learned = Eine Schleife kann mehr als einen Block wiederholen. Hier sind es ein Schritt und ein Licht.
level-loop-lamp-row-hint-1 = Jede Lampe ist genau ein Feld nach der vorigen.
level-loop-lamp-row-hint-2 = Leg zwei Blöcke in ein „Wiederholen“. Die Schleife macht beide, immer wieder.
level-loop-lamp-row-hint-3 = In der Schleife: Vorwärts, dann Licht an. Wie oft?

level-loop-corner-title = Um die Ecke
level-loop-corner-instruction = Fahr zur Flagge. Nimm für jede lange Straße eine Schleife, mit einer Drehung dazwischen.
level-loop-corner-learned = Ein Programm kann mehrere Schleifen haben, eine nach der anderen.
level-loop-corner-hint-1 = Der Weg hat zwei lange, gerade Stücke.
level-loop-corner-hint-2 = Erst eine Schleife für die obere Straße. Dann „Rechts drehen“. Dann eine Schleife für die Straße nach unten.
level-loop-corner-hint-3 = Fang so an: 4-mal wiederholen, mit „Vorwärts“ darin. Dann Rechts drehen.

level-loop-stairs-title = Schleifen-Treppe
level-loop-stairs-instruction = Fahr die Treppe hinauf bis zur Flagge. Finde den Teil, der sich wiederholt.
level-loop-stairs-learned = Wenn sich ein Muster wiederholt, bau es einmal in eine Schleife. Die Schleife macht den Rest.
level-loop-stairs-hint-1 = Schau dir eine Stufe an. Was macht der Roboter auf ihr?
level-loop-stairs-hint-2 = In eine Schleife passen auch Drehungen. Leg eine Stufe in ein „Wiederholen“.
level-loop-stairs-hint-3 = Eine Stufe ist: Vorwärts, Links drehen, Vorwärts, Rechts drehen.

level-loop-square-title = Lampen-Quadrat
level-loop-square-instruction = Mach die drei Lampen in den Ecken an. Nimm eine Schleife.
level-loop-square-learned = Eine Schleife mit einer Drehung darin kann den Roboter im Quadrat herumführen.
level-loop-square-hint-1 = Jede Seite des Quadrats sieht gleich aus.
level-loop-square-hint-2 = Leg die Blöcke für eine Seite und eine Ecke in ein „Wiederholen“.
level-loop-square-hint-3 = Eine Seite ist: Vorwärts, Vorwärts, Licht an, Rechts drehen.

level-loop-fix-the-loop-title = Schleife reparieren
level-loop-fix-the-loop-instruction = Diese Schleife soll alle drei Lampen anmachen. Nach der ersten Lampe fährt der Roboter gegen eine Wand. Repariere die Schleife.
level-loop-fix-the-loop-learned = In einer Schleife laufen in jeder Runde dieselben Blöcke. Darum muss der Roboter am Ende jeder Runde wieder in dieselbe Richtung schauen wie am Anfang.
level-loop-fix-the-loop-hint-1 = Tippe auf „Schritt“. Wohin schaut der Roboter, wenn die Schleife von vorn anfängt?
level-loop-fix-the-loop-hint-2 = Am Ende jeder Runde muss der Roboter in dieselbe Richtung schauen wie am Anfang.
level-loop-fix-the-loop-hint-3 = Am Ende der Schleife fehlt eine Drehung.

level-loop-in-a-loop-title = Schleife in der Schleife
level-loop-in-a-loop-instruction = Mach alle Lampen rund um das Quadrat an. Leg eine Schleife in eine andere Schleife.
level-loop-in-a-loop-learned = Eine Schleife kann in einer anderen Schleife stecken. Jedes Mal, wenn die äußere Schleife einmal läuft, läuft die innere ganz durch.
level-loop-in-a-loop-hint-1 = Schau dir eine Seite an: drei Lampen in einer Reihe, dann eine Ecke.
level-loop-in-a-loop-hint-2 = Die innere Schleife macht eine Seite. Die äußere Schleife macht das für jede Seite.
level-loop-in-a-loop-hint-3 = Die innere Schleife: 3-mal wiederholen, mit „Vorwärts“ und „Licht an“ darin.

level-loop-lamp-stairs-title = Lampen-Treppe
level-loop-lamp-stairs-instruction = Fahr die Treppe hinunter und mach auf jeder Stufe die Lampe an.
level-loop-lamp-stairs-learned = Eine Schleife kann fahren, drehen und etwas erledigen. Jede Runde schafft eine ganze Stufe.
level-loop-lamp-stairs-hint-1 = Was macht der Roboter auf einer Stufe? Schau, wo die Lampe ist.
level-loop-lamp-stairs-hint-2 = Finde die Blöcke für eine Stufe, mit „Licht an“ an der richtigen Stelle. Dann wiederhole sie.
level-loop-lamp-stairs-hint-3 = Eine Stufe fängt so an: Vorwärts, Rechts drehen, Vorwärts.

level-loop-big-ring-title = Der große Ring
level-loop-big-ring-instruction = Mach die Lampen in den Ecken des großen Rings an. Die Seiten sind lang, also nimm eine Schleife in einer Schleife.
level-loop-big-ring-learned = Die innere Schleife kann eine lange Seite entlangfahren. Die äußere Schleife wiederholt Seite, Drehung und Licht für jede Ecke.
level-loop-big-ring-hint-1 = Von einer Ecke bis zur nächsten sind es vier Felder.
level-loop-big-ring-hint-2 = Die innere Schleife fährt eine Seite entlang. Die äußere Schleife nimmt die Drehung und das Licht dazu, einmal für jede Ecke.
level-loop-big-ring-hint-3 = Die innere Schleife: 4-mal wiederholen, mit „Vorwärts“ darin.

level-choice-until-goal-title = Bis fertig
level-choice-until-goal-instruction = Fahr zur Flagge. Nimm „Wiederholen bis fertig“: Der Block macht weiter, bis die Aufgabe geschafft ist.
level-choice-until-goal-learned = „Wiederholen bis fertig“ lässt die Blöcke darin immer wieder laufen und hört auf, wenn die Aufgabe geschafft ist. Du musst nicht zählen.
level-choice-until-goal-hint-1 = Wie weit ist die Flagge weg? Diesmal musst du das gar nicht wissen.
level-choice-until-goal-hint-2 = „Wiederholen bis fertig“ wiederholt die Blöcke darin, bis der Roboter auf der Flagge steht.
level-choice-until-goal-hint-3 = „Vorwärts“ kommt in die Schleife. Eine Zahl musst du nicht einstellen.

## Helper Hills: helpers (procedures)

level-helper-first-helper-title = Dein erster Helfer
level-helper-first-helper-instruction = Mach die drei Lampen an. Bau die Blöcke für eine Lampe in Helfer 1. Dann nimm den Block „Helfer 1“ im Hauptprogramm.
level-helper-first-helper-learned = Ein Helfer ist eine Liste von Blöcken mit einem Namen. Sein Block ruft den Helfer auf: Er macht die ganze Liste, so oft du willst.
level-helper-first-helper-hint-1 = Die Lampen sind in den Ecken. Was macht der Roboter, um zu einer Lampe zu kommen?
level-helper-first-helper-hint-2 = Bau die Blöcke für eine Lampe in Helfer 1. Setz im Hauptprogramm für jede Lampe einmal den Block „Helfer 1“.
level-helper-first-helper-hint-3 = Helfer 1 kann so sein: Vorwärts, Vorwärts, Licht an, Rechts drehen.

level-helper-zigzag-title = Helfer und Kurven
level-helper-zigzag-instruction = Mach die drei Lampen an. Lass Helfer 1 fahren und Licht machen. Das Hauptprogramm macht die Drehungen.
level-helper-zigzag-learned = Im Hauptprogramm kannst du Helfer-Blöcke und andere Blöcke mischen.
level-helper-zigzag-hint-1 = Zwischen den Lampen macht der Weg eine Kurve. Geht sie jedes Mal in dieselbe Richtung?
level-helper-zigzag-hint-2 = Das gerade Stück ist jedes Mal gleich, also kommt es in Helfer 1. Die Drehungen kommen ins Hauptprogramm.
level-helper-zigzag-hint-3 = Helfer 1: Vorwärts, Vorwärts, Vorwärts, Licht an.

level-helper-lamp-stairs-title = Helfer-Treppe
level-helper-lamp-stairs-instruction = Fahr die Treppe hinauf und mach auf jeder Stufe die Lampe an. Nimm Helfer 1.
level-helper-lamp-stairs-learned = Ein Helfer kann ein größeres Muster enthalten, mit Fahren, Drehen und Licht.
level-helper-lamp-stairs-hint-1 = Schau dir eine Stufe an. Wo ist ihre Lampe?
level-helper-lamp-stairs-hint-2 = Leg eine ganze Stufe in Helfer 1. Dann nimm Helfer 1 einmal für jede Stufe.
level-helper-lamp-stairs-hint-3 = Eine Stufe fängt so an: Vorwärts, Links drehen, Vorwärts.

level-helper-call-itself-title = Ein Helfer als Schleife
level-helper-call-itself-instruction = Fahr die lange Treppe hinauf bis zur Flagge. Ins Hauptprogramm passen nur 3 Blöcke. Kann Helfer 1 sich selbst aufrufen und weitermachen wie „Wiederholen bis fertig“?
level-helper-call-itself-learned = Ein Helfer kann sich am Ende selbst aufrufen. Dann fängt er wieder von vorn an, wie eine Schleife, bis die Aufgabe geschafft ist.
level-helper-call-itself-hint-1 = Es gibt mehr Stufen, als im Hauptprogramm Platz ist.
level-helper-call-itself-hint-2 = Setz den Block „Helfer 1“ als letzten Block in Helfer 1. Dann läuft Helfer 1 immer wieder.
level-helper-call-itself-hint-3 = Helfer 1 fängt so an: Vorwärts, Links drehen, Vorwärts, Rechts drehen.

level-helper-round-and-round-title = Rundherum
level-helper-round-and-round-instruction = Mach alle vier Lampen an. Lass Helfer 1 im Kreis fahren, indem er sich selbst aufruft.
level-helper-round-and-round-learned = Ein Helfer, der sich selbst aufruft, macht weiter, bis alle Lampen leuchten.
level-helper-round-and-round-hint-1 = Jede Seite hat eine Lampe, genau in der Mitte.
level-helper-round-and-round-hint-2 = Für eine Seite: fahren, Licht an, fahren, drehen. Dann fängt Helfer 1 von selbst wieder an.
level-helper-round-and-round-hint-3 = Helfer 1 fängt so an: Vorwärts, Licht an, Vorwärts.

level-helper-fix-the-helper-title = Der Helfer hört auf
level-helper-fix-the-helper-instruction = Helfer 1 soll um das Quadrat fahren und alle drei Lampen anmachen, aber nach der ersten hört er auf. Repariere Helfer 1.
level-helper-fix-the-helper-learned = Ein Helfer, der weitermachen soll, ruft sich am Ende selbst auf. Ohne diesen Aufruf läuft er einmal und hört dann auf.
level-helper-fix-the-helper-hint-1 = Tippe auf „Schritt“. Was passiert, wenn Helfer 1 an seinem Ende ankommt?
level-helper-fix-the-helper-hint-2 = Das Hauptprogramm ruft Helfer 1 nur einmal auf. Wie kann Helfer 1 sich selbst wieder starten?
level-helper-fix-the-helper-hint-3 = Am Ende von Helfer 1 fehlt etwas.

level-helper-second-helper-title = Zwei Helfer
level-helper-second-helper-instruction = Mach alle Lampen rund um das Quadrat an. Helfer 1 kann Helfer 2 aufrufen. Für drei Sterne ruft Helfer 1 auch sich selbst auf.
level-helper-second-helper-learned = Ein Helfer kann einen anderen Helfer aufrufen. Aus kleinen Teilen werden größere Teile.
level-helper-second-helper-hint-1 = Was ist das kleinste Muster? Schau dir eine Lampe an.
level-helper-second-helper-hint-2 = Leg das kleinste Muster in Helfer 2. Helfer 1 ruft ihn auf, schafft so eine Seite, dreht sich und ruft sich dann selbst auf.
level-helper-second-helper-hint-3 = Helfer 2: Vorwärts, Licht an.

level-helper-walk-then-loop-title = Erst hinfahren, dann immer wieder
level-helper-walk-then-loop-instruction = Fahr zuerst bis zur Treppe. Dann lass Helfer 1 hinauffahren und jede Lampe anmachen: Er ruft sich am Ende selbst auf.
level-helper-walk-then-loop-learned = Das Hauptprogramm kann den ersten Teil einer Aufgabe machen und den Rest einem Helfer geben.
level-helper-walk-then-loop-hint-1 = Die Treppe fängt nicht da an, wo der Roboter steht. Die erste Lampe ist drei Felder vor ihm.
level-helper-walk-then-loop-hint-2 = Fahr mit dem Hauptprogramm bis zur Treppe. Dann ruf Helfer 1 auf: Er fährt eine Stufe hinauf, macht ihre Lampe an und ruft sich selbst auf.
level-helper-walk-then-loop-hint-3 = Hauptprogramm: Vorwärts, Vorwärts, Helfer 1.

level-helper-big-ring-title = Helfer im Kreis
level-helper-big-ring-instruction = Mach die drei Lampen rund um das Quadrat an. Es gibt keinen Block „Links drehen“: Bau dir einen in einem Helfer. Ins Hauptprogramm passt nur ein Block, also muss ein Helfer sich selbst aufrufen.
level-helper-big-ring-learned = Ein Helfer kann ein Block sein, den du nicht hast: Dreimal „Rechts drehen“ ist wie einmal „Links drehen“.
level-helper-big-ring-hint-1 = An jeder Ecke biegt der Weg nach links ab. Du hast aber nur „Rechts drehen“.
level-helper-big-ring-hint-2 = Nach dreimal „Rechts drehen“ schaut der Roboter in dieselbe Richtung wie nach einmal „Links drehen“. Leg die drei in einen eigenen Helfer.
level-helper-big-ring-hint-3 = Ein Helfer kann so sein: Rechts drehen, Rechts drehen, Rechts drehen.

## Choice Canyon: checks and choices

level-choice-first-if-title = Rot heißt drehen
level-choice-first-if-instruction = Jedes rote Feld heißt: Hier links drehen. Prüfe mit einem „Wenn“-Block, ob der Roboter auf Rot steht.
level-choice-first-if-learned = Ein „Wenn“-Block stellt eine Frage. Die Blöcke darin laufen nur, wenn die Antwort Ja ist.
level-choice-first-if-hint-1 = Wo macht der Weg eine Kurve? Welche Farbe haben diese Felder?
level-choice-first-if-hint-2 = „Wenn auf Rot“ macht seine Blöcke nur, wenn der Roboter auf einem roten Feld steht.
level-choice-first-if-hint-3 = In „Wiederholen bis fertig“: Vorwärts, dann „Wenn auf Rot“.

level-choice-green-lamps-title = Grün vor der Lampe
level-choice-green-lamps-instruction = Ein grünes Feld heißt: Auf dem nächsten Feld ist eine Lampe. Mach alle Lampen an.
level-choice-green-lamps-learned = Eine Frage kann dem Roboter sagen, was als Nächstes kommt. So kann er sich darauf vorbereiten.
level-choice-green-lamps-hint-1 = Schau dir das Feld direkt vor jeder Lampe an.
level-choice-green-lamps-hint-2 = Wenn der Roboter auf Grün steht, kann er auf die Lampe fahren und sie anmachen.
level-choice-green-lamps-hint-3 = In „Wiederholen bis fertig“: Vorwärts, dann „Wenn auf Grün“.

level-choice-path-right-title = Schau nach rechts
level-choice-path-right-instruction = Der Roboter kann den Weg prüfen. Dreh dich überall nach rechts, wo rechts frei ist.
level-choice-path-right-learned = Der Roboter kann Wände erkennen. „Rechts frei“ heißt Ja, wenn das Feld rechts von ihm frei ist.
level-choice-path-right-hint-1 = An jeder Ecke geht der Weg nach rechts weiter.
level-choice-path-right-hint-2 = „Wenn rechts frei“ schaut auf das Feld rechts neben dem Roboter.
level-choice-path-right-hint-3 = In „Wiederholen bis fertig“: Vorwärts, dann „Wenn rechts frei“.

level-choice-fix-the-check-title = Zu viel gedreht
level-choice-fix-the-check-instruction = Blau heißt rechts drehen. Aber dieser Roboter dreht sich auf jedem Feld und fährt gegen eine Wand. Repariere das Programm.
level-choice-fix-the-check-learned = Die Blöcke in einem „Wenn“ laufen nur, wenn die Antwort „Ja“ ist. Ein Block nach dem „Wenn“ läuft jedes Mal.
level-choice-fix-the-check-hint-1 = Tippe auf „Schritt“. Dreht sich der Roboter auch auf einem Feld, das nicht blau ist?
level-choice-fix-the-check-hint-2 = Welche Drehung steckt im „Wenn“? Welche läuft jedes Mal?
level-choice-fix-the-check-hint-3 = Schau dir den letzten Block in der Schleife an.

level-choice-if-else-title = Wenn oder sonst
level-choice-if-else-instruction = Fahr vorwärts, wenn vorne frei ist. Sonst dreh dich nach rechts. Pass auf die kleinen Seitenwege auf!
level-choice-if-else-learned = „Wenn … sonst“ wählt einen von zwei Wegen: den ersten Teil bei Ja, den Sonst-Teil bei Nein.
level-choice-if-else-hint-1 = Die kleinen Seitenwege führen nirgendwohin. Dreh dich nur, wenn vor dir eine Wand ist.
level-choice-if-else-hint-2 = „Wenn … sonst“ hat zwei Teile. Der erste Teil läuft bei Ja. Der Sonst-Teil läuft bei Nein.
level-choice-if-else-hint-3 = Nimm in „Wiederholen bis fertig“ ein „Wenn vorne frei“, mit „Vorwärts“ im ersten Teil.

level-choice-colours-title = Rot und Blau
level-choice-colours-instruction = Rot heißt links drehen. Blau heißt rechts drehen. Nimm zwei „Wenn“-Blöcke.
level-choice-colours-learned = Ein Programm kann mehr als eine Frage stellen. Jeder „Wenn“-Block stellt seine eigene.
level-choice-colours-hint-1 = Schau dir die Farben der Felder an, wo der Weg eine Kurve macht.
level-choice-colours-hint-2 = Leg zwei „Wenn“-Blöcke in die Schleife: einer fragt nach Rot, einer nach Blau.
level-choice-colours-hint-3 = Fang in „Wiederholen bis fertig“ mit „Vorwärts“ an. Dann „Wenn auf Rot“, mit „Links drehen“ darin.

level-choice-corner-lamps-title = Licht oder drehen
level-choice-corner-lamps-instruction = Jedes Feld auf diesem Weg ist eine Lampe oder rot. Auf Rot: links drehen. Auf jedem anderen Feld: Licht an.
level-choice-corner-lamps-learned = „Wenn … sonst“ kann auch nach einer Farbe fragen: Der erste Teil läuft auf Rot, der Sonst-Teil auf jedem anderen Feld.
level-choice-corner-lamps-hint-1 = Welche Felder haben keine Lampe? Was macht der Roboter dort?
level-choice-corner-lamps-hint-2 = Ein „Wenn … sonst“ kann beide Aufgaben erledigen: ein Teil für die roten Felder, der Sonst-Teil für die Lampen.
level-choice-corner-lamps-hint-3 = In „Wiederholen bis fertig“: Vorwärts, dann „Wenn auf Rot“, mit „Links drehen“ im ersten Teil.

level-choice-two-rules-title = Zwei Regeln
level-choice-two-rules-instruction = Rot heißt links drehen. Eine Wand vor dem Roboter heißt rechts drehen. Nimm für die eine Regel ein „Wenn“ und für die andere ein „Wenn … sonst“.
level-choice-two-rules-learned = Ein Programm kann „Wenn“ und „Wenn … sonst“ mischen. Jeder Block stellt seine eigene Frage, eine nach der anderen.
level-choice-two-rules-hint-1 = Manche Wege gehen hinter einem roten Feld weiter, aber sie führen nirgendwohin. Auf Rot dreh dich nach links.
level-choice-two-rules-hint-2 = Stell in jeder Runde zwei Fragen: Stehe ich auf Rot? Ist vorne frei?
level-choice-two-rules-hint-3 = Fang in „Wiederholen bis fertig“ mit „Vorwärts“ an. Dann „Wenn auf Rot“, mit „Links drehen“ darin.

level-choice-red-means-left-title = Kreuzungen in der Schlucht
level-choice-red-means-left-instruction = Fahr vorwärts, solange vorne frei ist. Stehst du an einer Wand, schau auf das Feld: Auf Rot dreh dich nach links, auf jedem anderen Feld nach rechts.
level-choice-red-means-left-learned = Ein „Wenn“ kann in einem anderen „Wenn“ stecken. Der Roboter stellt eine Frage und dann vielleicht noch eine.
level-choice-red-means-left-hint-1 = Rote Felder sind nur an einer Wand wichtig. Auf freier Strecke fährst du einfach darüber. Ein Weg führt im Kreis!
level-choice-red-means-left-hint-2 = Frag zuerst: Ist vorne frei? Nur wenn nicht, frag: Stehe ich auf Rot?
level-choice-red-means-left-hint-3 = Nimm in „Wiederholen bis fertig“ ein „Wenn vorne frei … sonst“, mit „Vorwärts“ im ersten Teil.

## Bug Bay: find and fix bugs

level-bug-wrong-turn-title = Falsch abgebogen
level-bug-wrong-turn-instruction = Dieses Programm soll den Roboter zur Flagge bringen, aber er fährt gegen eine Wand. Finde den falschen Block und repariere ihn.
level-bug-wrong-turn-learned = Fehler suchen heißt: den Schritt finden, der schiefgeht, und genau diesen Schritt reparieren.
level-bug-wrong-turn-hint-1 = Tippe auf „Schritt“, dann läuft ein Block nach dem anderen. Wo geht es schief?
level-bug-wrong-turn-hint-2 = Oft ist ein Fehler nur ein falscher Block. Tausch ihn gegen den richtigen aus.
level-bug-wrong-turn-hint-3 = Schau dir die Drehung an. Muss der Roboter sich nach links oder nach rechts drehen?

level-bug-missing-step-title = Ein Schritt fehlt
level-bug-missing-step-instruction = Der Roboter will eine Lampe anmachen, wo keine ist. Finde heraus, was fehlt.
level-bug-missing-step-learned = Manchmal fehlt einfach ein Block. Zähle die Felder nach, um es zu prüfen.
level-bug-missing-step-hint-1 = Welche Lampe bleibt aus?
level-bug-missing-step-hint-2 = Zähle die Felder von der Ecke bis zur zweiten Lampe. Zähle auch die „Vorwärts“-Blöcke.
level-bug-missing-step-hint-3 = Der fehlende Block gehört direkt hinter „Rechts drehen“. Welcher Block bewegt den Roboter?

level-bug-loop-count-title = Nachzählen
level-bug-loop-count-instruction = Der Roboter fährt gegen eine Wand. Prüfe, wie oft sich jede Schleife wiederholt, und repariere das.
level-bug-loop-count-learned = Eine Schleife, die einmal zu oft oder einmal zu wenig läuft, ist ein sehr häufiger Fehler.
level-bug-loop-count-hint-1 = Schau dir die erste Schleife an. Wo stößt der Roboter an?
level-bug-loop-count-hint-2 = Zähle die Felder bis zur Ecke. So oft soll die Schleife laufen.
level-bug-loop-count-hint-3 = Ändere die Zahl der ersten Schleife.

level-bug-forgot-light-title = Licht vergessen
level-bug-forgot-light-instruction = Der Roboter fährt um das Quadrat, aber keine Lampe geht an. Repariere die Schleife.
level-bug-forgot-light-learned = Wenn etwas nie passiert, prüfe, ob in der Schleife ein Block fehlt.
level-bug-forgot-light-hint-1 = Welcher Block macht eine Lampe an? Ist er im Programm?
level-bug-forgot-light-hint-2 = Ein Block in der Schleife läuft in jeder Runde.
level-bug-forgot-light-hint-3 = Der fehlende Block gehört in die Schleife. Nach den zwei „Vorwärts“-Blöcken steht der Roboter auf einer Lampe.

level-bug-helper-turn-title = Fehler im Helfer
level-bug-helper-turn-instruction = Helfer 1 hat einen Fehler. Das Hauptprogramm ruft ihn dreimal auf, also passiert der Fehler jedes Mal. Repariere ihn einmal.
level-bug-helper-turn-learned = Wenn du einen Helfer reparierst, reparierst du ihn überall, wo er aufgerufen wird.
level-bug-helper-turn-hint-1 = Tippe auf „Schritt“. Was passiert nach der ersten Lampe?
level-bug-helper-turn-hint-2 = An jeder Ecke dieses Quadrats geht der Weg nach rechts weiter.
level-bug-helper-turn-hint-3 = Schau dir den letzten Block in Helfer 1 an.

level-bug-wrong-side-title = Falsche Seite
level-bug-wrong-side-instruction = Der Weg biegt immer nach rechts ab, aber der Roboter fährt gegen eine Wand. Der „Wenn“-Block stellt die falsche Frage. Repariere ihn.
level-bug-wrong-side-learned = Ein „Wenn“ mit der falschen Frage kann das ganze Programm durcheinanderbringen.
level-bug-wrong-side-hint-1 = In welche Richtung biegt der Weg ab? Auf welche Seite schaut der „Wenn“-Block?
level-bug-wrong-side-hint-2 = Tippe im Programm auf den „Wenn“-Block. Dann tippe auf „Frage ändern“.
level-bug-wrong-side-hint-3 = Der „Wenn“-Block schaut auf die eine Seite, der Weg biegt zur anderen ab.

level-bug-two-mistakes-title = Zwei Fehler
level-bug-two-mistakes-instruction = Dieses Programm hat zwei Fehler. Finde beide, damit der Roboter die Treppe hinauf zur Flagge kommt.
level-bug-two-mistakes-learned = Ein Programm kann mehr als einen Fehler haben. Repariere einen, lass es wieder laufen, dann repariere den nächsten.
level-bug-two-mistakes-hint-1 = Schau dir die erste Stufe an. Wo geht der Roboter falsch?
level-bug-two-mistakes-hint-2 = Ein Fehler ist eine Drehung. Der andere ist, wie oft die Schleife läuft.
level-bug-two-mistakes-hint-3 = Auf jeder Stufe fährt der Roboter hoch und dreht sich dann wieder in die Richtung, in die er vorher gefahren ist. Prüfe diese Drehung, dann zähle die Stufen.

level-bug-mixed-colours-title = Farben vertauscht
level-bug-mixed-colours-instruction = Rot soll „links drehen“ heißen und Blau „rechts drehen“. Jemand hat das vertauscht. Repariere das Programm.
level-bug-mixed-colours-learned = Teste dein Programm, finde die Stelle, an der etwas anderes passiert als gewollt, und repariere genau das.
level-bug-mixed-colours-hint-1 = Was macht der Roboter auf dem ersten blauen Feld?
level-bug-mixed-colours-hint-2 = Jeder „Wenn“-Block fragt nach der richtigen Farbe, aber dreht falsch herum.
level-bug-mixed-colours-hint-3 = Ändere die Drehung in jedem „Wenn“-Block.
