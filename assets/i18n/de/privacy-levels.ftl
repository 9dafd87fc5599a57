# The "Share Safe" world, levels 2 and up (level 1, share-or-keep, and the world's name are
# in levels.ftl). Level files under assets/levels/privacy-*.json refer to these ids. Per
# level: a title, what to do, what was learned, three hints (a nudge, the idea, part of the
# answer), then each item and the reason shown when it is tapped. Item texts stay short
# (about 60 characters at most). All people, places and games are made up: keep people's
# names and numbers unchanged when translating. Street and school names are made up per
# language (Maple Street, Ahornstraße, вулиця Кленова), so no country's streets are shown.

## Level 2: a game profile's settings (screen: profile)

level-privacy-profile-title = Lenas Profil
level-privacy-profile-instruction = Das ist Lenas Spielprofil. Tippe auf jede Einstellung, die zu viel verrät, um sie zu ändern.
level-privacy-profile-learned = Zeig dein Profil nur Freunden. Nimm einen ausgedachten Spielnamen und ein Comicbild, und behalte deinen Standort und deine Nummer für dich.
level-privacy-profile-hint-1 = Lies jede Zeile. Könnten Fremde Lena damit finden?
level-privacy-profile-hint-2 = Ein ausgedachter Spielname und ein Comicbild sind sicher. Echte Namen, Orte und Nummern nicht.
level-privacy-profile-hint-3 = Schau dir an, wer das Profil sehen kann. Und schau dir die Telefonnummer an.

privacy-profile-visibility = Wer mein Profil sehen kann: Alle
privacy-profile-visibility-reason = Alle heißt: auch Fremde. Stell es auf „Nur Freunde“.
privacy-profile-visibility-fixed = Wer mein Profil sehen kann: Nur Freunde
privacy-profile-name = Angezeigter Name: Lena Schmidt (ganzer Name)
privacy-profile-name-reason = Mit dem ganzen Namen finden Fremde Lena leichter. Ein ausgedachter Spielname reicht.
privacy-profile-name-fixed = Angezeigter Name: StarFox22 (Spielname)
privacy-profile-game-name = Spielname: StarFox22
privacy-profile-game-name-reason = Ein ausgedachter Spielname verrät nicht, wer Lena wirklich ist. Gute Wahl!
privacy-profile-avatar = Profilbild: ein Comic-Fuchs
privacy-profile-avatar-reason = Ein Comicbild zeigt nicht Lenas Gesicht. Das ist sicher.
privacy-profile-location = Meinen Standort teilen: An
privacy-profile-location-reason = So sehen andere, wo Lena gerade ist. Lass das aus.
privacy-profile-location-fixed = Meinen Standort teilen: Aus
privacy-profile-game = Lieblingsspiel: Block Builders
privacy-profile-game-reason = Viele Kinder mögen dieses Spiel. Es verrät niemandem, wo Lena ist.
privacy-profile-phone = Telefonnummer: für alle sichtbar
privacy-profile-phone-reason = Fremde könnten Lena anrufen oder ihr schreiben. Behalte deine Nummer für dich.
privacy-profile-phone-fixed = Telefonnummer: versteckt

## Level 3: a photo post, described line by line (screen: post)

level-privacy-photo-title = Ein sonniges Foto
level-privacy-photo-instruction = Tippe auf jeden Hinweis in diesem Beitrag, der zeigt, wo du wohnst oder zur Schule gehst.
level-privacy-photo-learned = Bevor du ein Foto postest, such nach Straßenschildern, Hausnummern, Schul-Logos und Ortsangaben.
level-privacy-photo-hint-1 = Schau auch in den Hintergrund, nicht nur auf dich und den Hund.
level-privacy-photo-hint-2 = Straßennamen, Hausnummern und Schul-Logos zeigen Fremden, wo sie dich finden.
level-privacy-photo-hint-3 = Das Straßenschild hinter dir ist ein Hinweis. Es gibt noch drei weitere.

privacy-photo-photo = Foto: ich und mein Hund im Garten
privacy-photo-photo-reason = Ein Foto von dir und deinem Haustier kannst du mit Freunden teilen. Prüf nur, was sonst noch drauf ist.
privacy-photo-sign = Hinter uns: ein Straßenschild, „Ahornstraße“
privacy-photo-sign-reason = Das Schild verrät allen, in welcher Straße du wohnst. Mach das Foto, wo keine Schilder sind.
privacy-photo-door = An der Tür: Hausnummer 12
privacy-photo-door-reason = Mit dem Straßennamen zeigt die Nummer genau dein Zuhause. Lass sie aus dem Bild.
privacy-photo-shirt = Mein T-Shirt mit dem Logo der Eichenfeld-Schule
privacy-photo-shirt-reason = Das Logo zeigt, auf welche Schule du gehst. Fremde wüssten, wo du jeden Tag bist.
privacy-photo-caption = Bildtext: Sonniger Samstag mit Rex!
privacy-photo-caption-reason = Den Namen deines Hundes darfst du teilen. Nimm ihn nur nie als Passwort.
privacy-photo-location = Ort: Ahornstraße 12
privacy-photo-location-reason = Die Ortsangabe zeigt allen deine ganze Adresse. Schalte Ortsangaben aus.
privacy-photo-comment = Kommentar von Ben: Süßer Hund!
privacy-photo-comment-reason = Ein netter Kommentar von einem Freund ist in Ordnung. Er verrät nichts.

## Level 4: questions that ask for too much (pick the best reply)

level-privacy-stranger-asks-title = Wer will das wissen?
level-privacy-stranger-asks-instruction = Wähle jedes Mal die beste Antwort.
level-privacy-stranger-asks-learned = Du darfst immer Nein sagen. Deine Schule, deine Straße und die Nummern deiner Freunde behältst du für dich. Fragt jemand immer weiter, sag es einem Erwachsenen.
level-privacy-stranger-asks-hint-1 = Überleg: Wer sieht meine Antwort, und was könnte man damit machen?
level-privacy-stranger-asks-hint-2 = Deine Daten und die Nummern deiner Freunde gehören dir. Du darfst immer Nein sagen.
level-privacy-stranger-asks-hint-3 = Ein Spiel funktioniert auch, wenn du deine Kontakte nicht freigibst.

privacy-stranger-asks-school = SkyRider9, ein Online-Freund, den du nie getroffen hast, fragt: „Auf welche Schule gehst du?“
privacy-stranger-asks-school-tell = Du verrätst sie und sagst es danach einem Erwachsenen.
privacy-stranger-asks-school-tell-reason = Es einem Erwachsenen zu sagen ist gut, aber jetzt kennt SkyRider9 deine Schule. Verrat sie gar nicht erst.
privacy-stranger-asks-school-town = Du nennst lieber nur deinen Wohnort.
privacy-stranger-asks-school-town-reason = Auch dein Wohnort ist ein Hinweis, wo du bist. Behalte ihn auch für dich.
privacy-stranger-asks-school-say-no = Du sagst Nein und erzählst es einem Erwachsenen.
privacy-stranger-asks-school-say-no-reason = Gut gemacht! Du darfst freundlich Nein sagen. Fragt SkyRider9 weiter, hilft dir ein Erwachsener.
privacy-stranger-asks-contacts = Beim Spielen fragt ein Spiel: „Block Builders Zugriff auf deine Kontakte erlauben?“
privacy-stranger-asks-contacts-allow = Du tippst auf „Zulassen“, um schnell Freunde zu finden.
privacy-stranger-asks-contacts-allow-reason = Deine Kontakte sind die Nummern anderer Leute. Das Spiel bekäme sie, ohne diese Leute zu fragen.
privacy-stranger-asks-contacts-not-now = Du tippst auf „Nicht zulassen“. Das Spiel geht trotzdem.
privacy-stranger-asks-contacts-not-now-reason = Richtig! Die Nummern deiner Kontakte darfst du nicht einfach weitergeben. Freunde findest du auch über ihre Spielnamen.
privacy-stranger-asks-contacts-allow-then-delete = Du erlaubst es und löschst später einfach das ganze Spiel.
privacy-stranger-asks-contacts-allow-then-delete-reason = Hat das Spiel die Nummern einmal, bekommst du sie durch Löschen nicht zurück.
privacy-stranger-asks-quiz = Ein lustiges Quiz: „Dein Heldenname = deine Straße + deine Schule!“
privacy-stranger-asks-quiz-skip = Du lässt es aus oder spielst mit ausgedachten Wörtern.
privacy-stranger-asks-quiz-skip-reason = Gut überlegt! Deine Straße und deine Schule zeigen, wo man dich findet. Ausgedachte Wörter machen genauso Spaß.
privacy-stranger-asks-quiz-post = Du schreibst deinen echten Heldennamen in die Kommentare.
privacy-stranger-asks-quiz-post-reason = Jetzt kennen alle deine Straße und deine Schule. Zusammen zeigen sie, wo man dich findet.
privacy-stranger-asks-quiz-send-friend = Du schickst ihn nur einem Freund in einer Nachricht.
privacy-stranger-asks-quiz-send-friend-reason = Nachrichten können weitergeschickt werden. Behalte deine echten Antworten für dich.

## Level 5: before you post a photo (sort: do it / better not; the order of these steps is
## not fixed by any guidance, so the level asks which ones, not in which order)

level-privacy-before-posting-title = Bereit zum Posten?
level-privacy-before-posting-instruction = Du willst ein Foto posten. Ist das ein guter Schritt vor dem Posten oder lieber nicht?
level-privacy-before-posting-learned = Bevor du postest: Such auf dem Foto nach Hinweisen, frag die Leute darauf und wähle „Nur Freunde“. Ortsangaben lässt du aus.
level-privacy-before-posting-hint-1 = Überleg: Wer könnte das Foto nach dem Posten sehen, und was könnte man daraus erfahren?
level-privacy-before-posting-hint-2 = Gute Schritte halten Hinweise und Fremde fern und fragen die Leute auf dem Foto. Riskante verbreiten das Foto oder zeigen, wo du bist.
level-privacy-before-posting-hint-3 = Eine Ortsangabe lässt du besser weg.

privacy-bin-do = Mach ich
privacy-bin-dont = Lieber nicht

privacy-before-posting-clues = Auf dem Foto nach Schildern und Hausnummern suchen.
privacy-before-posting-clues-reason = Gut! Schneide sie weg oder nimm ein anderes Foto, damit niemand sieht, wo du wohnst.
privacy-before-posting-location = Eine Ortsangabe hinzufügen, damit Freunde dich finden.
privacy-before-posting-location-reason = Eine Ortsangabe zeigt allen, wo du bist. Lass sie weg.
privacy-before-posting-ask = Alle auf dem Foto fragen, ob es okay ist.
privacy-before-posting-ask-reason = Es ist auch ihr Foto. Poste es nur, wenn sie Ja sagen.
privacy-before-posting-everyone = Für alle posten, damit es mehr Likes gibt.
privacy-before-posting-everyone-reason = Alle heißt: auch Fremde. So viel sind Likes nicht wert.
privacy-before-posting-audience = Wählen, wer es sehen kann: nur Freunde.
privacy-before-posting-audience-reason = Gut! „Nur Freunde“ hält Fremde draußen.
privacy-before-posting-surprise = Ein peinliches Foto einer Freundin als Überraschung posten.
privacy-before-posting-surprise-reason = Frag vorher. Deine Freundin will das Foto vielleicht nicht im Netz haben.

