# Players on a shared tablet: choosing who plays, making a player, picture passwords, the
# grown-ups' screen, moving players between tablets, and updates.
# Nicknames are two words picked from lists: no typing, no real names.
# Keep sentences short and plain: many players are 7–9 years old.

players-title = Wer spielt?
players-empty = Tippe auf „Neuer Spieler“, um zu starten.
players-previous = Vorherige Spieler
players-next = Weitere Spieler
players-page = Seite { $page } von { $pages }
player-new = Neuer Spieler
grown-ups = Erwachsene

# A nickname: an adjective and an animal. The adjective gets the animal's gender as $gender
# (from the animal's .gender attribute): masculine, feminine or neuter.
nickname = { $adjective } { $animal }

player-new-title = Neuer Spieler
player-edit-title = Mein Name und mein Bild
player-done = Fertig
player-preview = Du bist { $name }
pick-picture = Wähle ein Bild
pick-colour = Wähle eine Farbe
pick-adjective = Wähle ein Wort
pick-animal = Wähle ein Tier
nickname-surprise = Überrasch mich

# Adjectives without an article (strong endings): Mutiger Bär, Mutige Eule, Mutiges Tier.
adj-brave = { $gender ->
    [masculine] Mutiger
    [feminine] Mutige
   *[neuter] Mutiges
}
adj-bright = { $gender ->
    [masculine] Strahlender
    [feminine] Strahlende
   *[neuter] Strahlendes
}
adj-calm = { $gender ->
    [masculine] Ruhiger
    [feminine] Ruhige
   *[neuter] Ruhiges
}
adj-clever = { $gender ->
    [masculine] Schlauer
    [feminine] Schlaue
   *[neuter] Schlaues
}
adj-cheerful = { $gender ->
    [masculine] Lustiger
    [feminine] Lustige
   *[neuter] Lustiges
}
adj-gentle = { $gender ->
    [masculine] Sanfter
    [feminine] Sanfte
   *[neuter] Sanftes
}
adj-happy = { $gender ->
    [masculine] Fröhlicher
    [feminine] Fröhliche
   *[neuter] Fröhliches
}
adj-kind = { $gender ->
    [masculine] Netter
    [feminine] Nette
   *[neuter] Nettes
}
adj-lucky = { $gender ->
    [masculine] Glücklicher
    [feminine] Glückliche
   *[neuter] Glückliches
}
adj-quick = { $gender ->
    [masculine] Schneller
    [feminine] Schnelle
   *[neuter] Schnelles
}
adj-sunny = { $gender ->
    [masculine] Sonniger
    [feminine] Sonnige
   *[neuter] Sonniges
}
adj-wise = { $gender ->
    [masculine] Weiser
    [feminine] Weise
   *[neuter] Weises
}

animal-bear = Bär
    .gender = masculine
animal-cat = Katze
    .gender = feminine
animal-dolphin = Delfin
    .gender = masculine
animal-eagle = Adler
    .gender = masculine
animal-fox = Fuchs
    .gender = masculine
animal-frog = Frosch
    .gender = masculine
animal-lion = Löwe
    .gender = masculine
animal-owl = Eule
    .gender = feminine
animal-panda = Panda
    .gender = masculine
animal-rabbit = Hase
    .gender = masculine
animal-tiger = Tiger
    .gender = masculine
animal-turtle = Schildkröte
    .gender = feminine

picture-sun = Sonne
picture-moon = Mond
picture-star = Stern
picture-heart = Herz
picture-tree = Baum
picture-flower = Blume
picture-fish = Fisch
picture-house = Haus
picture-rocket = Rakete
picture-crown = Krone
picture-leaf = Blatt
picture-boat = Boot

avatar-colour-red = Rot
avatar-colour-orange = Orange
avatar-colour-yellow = Gelb
avatar-colour-green = Grün
avatar-colour-teal = Türkis
avatar-colour-blue = Blau
avatar-colour-purple = Lila
avatar-colour-pink = Rosa

profile-error-full = Dieses Tablet ist voll. Ein Erwachsener kann Spieler auf ein anderes Tablet bringen.
profile-error-name-taken = Diesen Namen hat schon ein anderer Spieler. Wähle andere Wörter.
profile-error-other = Das hat nicht geklappt. Bitte versuch es noch mal.

# Picture passwords: three pictures in order.
secret-open-title = Tippe auf deine 3 Bilder
secret-set-title = Wähle 3 Bilder für dein Passwort
secret-confirm-title = Tippe noch mal auf dieselben 3 Bilder
secret-progress = { $count } von { $total } { $total ->
        [one] Bild
       *[other] Bildern
    }
secret-wrong = Nicht ganz. Versuch es noch mal.
secret-ask-grown-up = Nicht ganz. Hast du deine Bilder vergessen? Dann frag deine Lehrkraft. Sie kann sie zurücksetzen.
secret-mismatch = Das waren andere Bilder. Fang noch mal von vorn an.
secret-skip = Kein Passwort
secret-remove = Mein Passwort löschen

# A new player's age band: two big buttons (the band labels "band-7-9" and "band-10-12").
# 12–14 is chosen by a grown-up only, on the grown-ups' screen.
player-age-title = Wie alt bist du?
player-age-older = Älter als 12? Tippe auf „10 bis 12 Jahre“. Ein Erwachsener kann das ändern.

title-hello = Hallo, { $name }!
title-change-player = Spieler wechseln
title-edit-me = Mein Name und mein Bild
title-password = Bilder-Passwort
title-save-file = Meine Sterne in einer Datei speichern
save-to-file = In einer Datei speichern

# The grown-ups' gate: a sum a young child cannot guess.
gate-title = Für Erwachsene
gate-question = Was ist { $a } × { $b }?
gate-typed = Antwort: { $typed }
gate-wrong = Das stimmt nicht. Hier ist eine neue Frage.
gate-delete = Ziffer löschen
gate-ok = OK

# $name is a nickname in the nominative ("Mutiger Fuchs"). Where the sentence needs
# another case, the name stands in quotes so it can stay as it is.
adults-title = Spieler auf diesem Tablet
adults-save-all = Alle Spieler in einer Datei speichern
adults-bring = Spieler aus einer Datei holen
adults-clear = Dieses Tablet leeren
adults-clear-confirm = { $count ->
    [one] Tippe noch mal, um den einzigen Spieler zu löschen
   *[other] Tippe noch mal, um alle { $count } Spieler zu löschen
}
adults-cleared = Dieses Tablet ist jetzt leer.
adults-player = { $name }: { $stars } { $stars ->
        [one] Stern
       *[other] Sterne
    }
adults-save-one = „{ $name }“ in einer Datei speichern
adults-reset-secret = Bilder-Passwort von „{ $name }“ zurücksetzen
adults-secret-reset = { $name } hat jetzt kein Bilder-Passwort mehr.
adults-delete = „{ $name }“ löschen
adults-delete-confirm = Tippe noch mal, um „{ $name }“ zu löschen
adults-deleted = { $name } wurde gelöscht.
adults-saved = { $count ->
    [one] { $count } Spieler wurde in einer Datei gespeichert. Öffne sie auf dem anderen Tablet mit „Spieler aus einer Datei holen“.
   *[other] { $count } Spieler wurden in einer Datei gespeichert. Öffne sie auf dem anderen Tablet mit „Spieler aus einer Datei holen“.
}
adults-save-failed = Die Datei konnte nicht gespeichert werden.
adults-include-secrets = Bilder-Passwörter in die Datei schreiben
adults-secrets-left-out = Dateien enthalten jetzt keine Bilder-Passwörter; ein Passwort auf dem anderen Tablet bleibt.
adults-secrets-included = Dateien enthalten jetzt die Bilder-Passwörter: Wer die Datei öffnet, kann sie lesen.
adults-help = Kinder auf ein anderes Tablet bringen: Speichere sie hier in einer Datei, kopiere die Datei auf das andere Tablet und hole sie dort herein. Spieler, die schon auf dem anderen Tablet sind, behalten alle ihre Sterne.
adults-help-insecure = Diese Seite wird nicht über HTTPS geladen. Darum geht sie nicht offline und kann nicht auf den Startbildschirm gelegt werden. Alles andere funktioniert. In der README steht, wie man sie richtig bereitstellt.
adults-voices-open = Vorlesen
adults-voices-some = Dieses Tablet kann vorlesen auf: { $languages }
adults-voices-none = Dieses Tablet kann noch in keiner Sprache des Spiels vorlesen.
adults-voices-help = So kommt auf einem Android-Tablet eine Stimme dazu: Öffne die Einstellungen, suche „Text-in-Sprache-Ausgabe“, öffne die Einstellungen der bevorzugten Engine und installiere die Sprachdaten für eine Sprache. Öffne dann das Spiel noch einmal. Es lesen nur Stimmen vor, die auf dem Tablet gespeichert sind; nichts wird zum Vorlesen verschickt.
# A player's age band on the grown-ups' screen: the button shows the band ($band is a band
# label, e.g. "Ages 7–9", or adults-band-unset); its accessible name says whose it is.
adults-band = Altersstufe von „{ $name }“: { $band }
adults-band-unset = Alter nicht gewählt
adults-band-changed = { $name }: jetzt { $band }.
adults-band-help = Tippe auf die Altersstufe eines Spielers, um sie zu ändern. Das Kind sieht die Level dieser Stufe zuerst. Kinder wählen am Anfang 7–9 oder 10–12. Nur Erwachsene können 12–14 wählen: Diese Stufe hat Themen für ältere Kinder. „Alter nicht gewählt“ gilt als 7–9.

import-done = Fertig: { $added } { $added ->
        [one] neuer Spieler
       *[other] neue Spieler
    }, { $updated } aktualisiert{ $refused ->
    [0] .
   *[other] , { $refused } { $refused ->
        [one] kam
       *[other] kamen
    } nicht herein (das Tablet ist voll, oder eine neuere Version von Byte Bridge bewahrt sie hier auf).
}{ $renamed ->
    [0] {""}
   *[other] {" "}{ $renamed } { $renamed ->
        [one] bekam
       *[other] bekamen
    } einen neuen Spielnamen, weil der eigene hier schon vergeben war.
}
import-error-too-large = Diese Datei ist zu groß für eine Spieler-Datei.
import-error-not-ours = Das ist keine Spieler-Datei von Byte Bridge.
import-error-newer = Diese Datei kommt von einer neueren Version von Byte Bridge. Aktualisiere zuerst das Spiel auf diesem Tablet.
import-error-damaged = Diese Spieler-Datei ist beschädigt. Darum wurde nichts geändert. Speichere sie auf dem anderen Tablet noch mal.
import-error-over-limits = Ein Spieler in dieser Datei hat mehr gespeichert, als Byte Bridge je aufhebt (zu lange Programme, zu viele Versuche oder Level), allein oder zusammen mit demselben Spieler auf diesem Tablet. Darum wurde nichts geändert.
import-error-unreadable = Die Datei konnte nicht gelesen werden. Versuch es noch mal.

offline-needs-https = Diese Seite wird nicht über HTTPS geladen. Darum geht sie ohne Internet nicht.
update-reload = Neue Version bereit: Tippe, um sie zu starten
save-file-failed = Die Datei konnte nicht gespeichert werden. Versuch es noch mal.
