# The "Share Safe" world, levels 2 and up (level 1, share-or-keep, and the world's name are
# in levels.ftl). Level files under assets/levels/privacy-*.json refer to these ids. Per
# level: a title, what to do, what was learned, three hints (a nudge, the idea, part of the
# answer), then each item and the reason shown when it is tapped. Item texts stay short
# (about 60 characters at most). All people, places and games are made up: keep names,
# addresses and numbers unchanged when translating.

## Level 2: a game profile's settings (screen: profile)

level-privacy-profile-title = Lenas Profil
level-privacy-profile-instruction = Das ist Lenas Spielprofil. Tippe auf jede Einstellung, die zu viel verrät, um sie zu reparieren.
level-privacy-profile-learned = Zeig dein Profil nur Freunden. Nimm einen Spitznamen und ein Comicbild, und behalte deinen Standort und deine Nummer für dich.
level-privacy-profile-hint-1 = Lies jede Zeile. Könnte ein Fremder damit Lena finden?
level-privacy-profile-hint-2 = Spitznamen und Comicbilder sind sicher. Echte Namen, Orte und Nummern nicht.
level-privacy-profile-hint-3 = Schau, wer das Profil sehen kann, und schau auf die Telefonnummer.

privacy-profile-visibility = Wer mein Profil sehen kann: Alle
privacy-profile-visibility-reason = Alle heißt: auch Fremde. Stell es auf „Nur Freunde“.
privacy-profile-visibility-fixed = Wer mein Profil sehen kann: Nur Freunde
privacy-profile-name = Angezeigter Name: Lena Schmidt (ganzer Name)
privacy-profile-name-reason = Mit dem ganzen Namen finden Fremde Lena leichter. Ein Spitzname reicht.
privacy-profile-name-fixed = Angezeigter Name: StarFox22 (Spitzname)
privacy-profile-nickname = Spitzname: StarFox22
privacy-profile-nickname-reason = Ein Spitzname verrät nicht, wer Lena wirklich ist. Gute Wahl!
privacy-profile-avatar = Profilbild: ein Comic-Fuchs
privacy-profile-avatar-reason = Ein Comicbild zeigt nicht Lenas Gesicht. Das ist sicher.
privacy-profile-location = Meinen Standort teilen: An
privacy-profile-location-reason = So sehen andere, wo Lena gerade ist. Lass das aus.
privacy-profile-location-fixed = Meinen Standort teilen: Aus
privacy-profile-game = Lieblingsspiel: Block Builders
privacy-profile-game-reason = Viele Kinder mögen dieses Spiel. Es verrät niemandem, wo Lena ist.
privacy-profile-phone = Telefonnummer: für alle sichtbar
privacy-profile-phone-reason = Fremde könnten Lena anrufen oder ihr schreiben. Behalte deine Nummer für dich.
privacy-profile-phone-fixed = Telefonnummer: verborgen

## Level 3: a photo post, described line by line (screen: post)

level-privacy-photo-title = Ein sonniges Foto
level-privacy-photo-instruction = Tippe auf jeden Hinweis in diesem Beitrag, der zeigt, wo du wohnst oder zur Schule gehst.
level-privacy-photo-learned = Bevor du ein Foto postest, such nach Straßenschildern, Hausnummern, Schulabzeichen und Ortsangaben.
level-privacy-photo-hint-1 = Schau auch in den Hintergrund, nicht nur auf dich und den Hund.
level-privacy-photo-hint-2 = Straßennamen, Hausnummern und Abzeichen zeigen Fremden, wo sie dich finden.
level-privacy-photo-hint-3 = Schau auf das Schild, die Tür und dein T-Shirt. Ein Hinweis steht noch unter dem Foto.

privacy-photo-photo = Foto: ich und mein Hund im Garten
privacy-photo-photo-reason = Ein Foto von dir und deinem Haustier kannst du mit Freunden teilen. Prüf nur, was sonst noch drauf ist.
privacy-photo-sign = Hinter uns: das Straßenschild „Weidenweg“
privacy-photo-sign-reason = Das Schild verrät allen, in welcher Straße du wohnst. Mach das Foto, wo keine Schilder sind.
privacy-photo-door = An der Tür: Hausnummer 12
privacy-photo-door-reason = Mit dem Straßennamen zeigt die Nummer genau dein Zuhause. Lass sie aus dem Bild.
privacy-photo-jumper = Mein T-Shirt mit dem Abzeichen der Oakfield School
privacy-photo-jumper-reason = Das Abzeichen zeigt, auf welche Schule du gehst. Fremde wüssten, wo du jeden Tag bist.
privacy-photo-caption = Bildtext: Sonniger Samstag!
privacy-photo-caption-reason = Dieser Text verrät nicht, wo du bist. Er ist in Ordnung.
privacy-photo-location = Ort: Weidenweg 12
privacy-photo-location-reason = Die Ortsangabe zeigt allen deine ganze Adresse. Schalte Ortsangaben aus.
privacy-photo-comment = Kommentar von Ben: Süßer Hund!
privacy-photo-comment-reason = Ein netter Kommentar von einem Freund ist in Ordnung. Er verrät nichts.

## Level 4: questions that ask for too much (pick the best reply)

level-privacy-stranger-asks-title = Wer will das wissen?
level-privacy-stranger-asks-instruction = Wähle jedes Mal die beste Antwort.
level-privacy-stranger-asks-learned = Du darfst immer Nein sagen. Deine Schule, deine Kontakte und geheime Antworten behältst du für dich, und du fragst einen Erwachsenen.
level-privacy-stranger-asks-hint-1 = Überleg: Wer sieht meine Antwort, und was könnte man damit machen?
level-privacy-stranger-asks-hint-2 = Die beste Antwort hält deine Daten privat. Oft holst du dir dabei einen Erwachsenen dazu.
level-privacy-stranger-asks-hint-3 = Bei der Frage nach der Schule: Sag, dass du das nicht verrätst, und sag es einem Erwachsenen.

privacy-stranger-asks-school = SkyRider9, ein Online-Freund, den du nie getroffen hast, fragt: „Auf welche Schule gehst du?“
privacy-stranger-asks-school-tell = Du nennst den Namen deiner Schule.
privacy-stranger-asks-school-tell-reason = Deine Schule zeigt, wo du jeden Tag bist. Verrat sie niemandem, den du nur online kennst.
privacy-stranger-asks-school-town = Du verrätst nur deinen Wohnort.
privacy-stranger-asks-school-town-reason = Auch dein Wohnort ist ein Hinweis, wo du bist. Behalte ihn auch für dich.
privacy-stranger-asks-school-say-no = Du sagst „Das verrate ich nicht“ und erzählst es Erwachsenen.
privacy-stranger-asks-school-say-no-reason = Gut gemacht! Du darfst freundlich Nein sagen. Fragt SkyRider9 weiter, hilft dir ein Erwachsener.
privacy-stranger-asks-contacts = Ein Spiel zeigt: „Lass uns deine Kontakte sehen, um Freunde zu finden!“
privacy-stranger-asks-contacts-allow = Du tippst auf „Erlauben“, um schnell Freunde zu finden.
privacy-stranger-asks-contacts-allow-reason = Deine Kontakte sind die Nummern anderer Leute. Das Spiel bekäme sie, ohne diese Leute zu fragen.
privacy-stranger-asks-contacts-not-now = Du tippst auf „Jetzt nicht“ und fragst erst einen Erwachsenen.
privacy-stranger-asks-contacts-not-now-reason = Richtig! Die Nummern deiner Kontakte darfst du nicht einfach weitergeben. Ein Erwachsener hilft dir zu entscheiden.
privacy-stranger-asks-contacts-allow-then-delete = Du erlaubst es und löschst das Spiel später.
privacy-stranger-asks-contacts-allow-then-delete-reason = Hat das Spiel die Nummern einmal, bekommst du sie durch Löschen nicht zurück.
privacy-stranger-asks-quiz = Ein lustiges Quiz: „Dein Heldenname = Name deines Haustiers + deine Straße!“
privacy-stranger-asks-quiz-skip = Du lässt es aus oder spielst mit ausgedachten Wörtern.
privacy-stranger-asks-quiz-skip-reason = Gut überlegt! Haustiernamen sind oft geheime Antworten für Konten, und deine Straße zeigt, wo du wohnst.
privacy-stranger-asks-quiz-post = Du schreibst deinen echten Heldennamen in die Kommentare.
privacy-stranger-asks-quiz-post-reason = Jetzt kennen alle den Namen deines Haustiers und deine Straße. Haustiernamen öffnen oft Konten.
privacy-stranger-asks-quiz-send-friend = Du schickst ihn nur einem Freund in einer Nachricht.
privacy-stranger-asks-quiz-send-friend-reason = Nachrichten können weitergeschickt werden. Behalte deine echten Antworten für dich.

## Level 5: before you post a photo (put the steps in order)

level-privacy-before-posting-title = Bereit zum Posten?
level-privacy-before-posting-instruction = Was tust du, bevor du ein Foto postest? Bring die Schritte in die richtige Reihenfolge.
level-privacy-before-posting-learned = Schau dir das ganze Foto an, such nach Hinweisen, frag die Leute darauf, wähle „Nur Freunde“ – und erst dann poste.
level-privacy-before-posting-hint-1 = Was muss passieren, bevor etwas online geht?
level-privacy-before-posting-hint-2 = Erst prüfst du das Foto, dann fragst du die Leute darauf, dann wählst du, wer es sieht.
level-privacy-before-posting-hint-3 = Fang damit an, das ganze Bild anzuschauen. Posten ist der allerletzte Schritt.

privacy-before-posting-look = Das ganze Bild anschauen, bis in jede Ecke.
privacy-before-posting-look-reason = Das kommt zuerst. Du kannst nur prüfen, was du wirklich angeschaut hast.
privacy-before-posting-check = Nach Namen, Schildern, Uniformen und Hausnummern suchen.
privacy-before-posting-check-reason = Als Nächstes suchst du Hinweise. Zeigen sie, wo du wohnst oder zur Schule gehst, schneide sie weg oder nimm ein anderes Foto.
privacy-before-posting-ask = Alle auf dem Foto fragen, ob es okay ist.
privacy-before-posting-ask-reason = Es ist auch ihr Foto. Frag, wenn es geprüft ist, damit sie das Foto sehen, das du wirklich postest.
privacy-before-posting-audience = Wählen, wer es sehen kann: nur Freunde.
privacy-before-posting-audience-reason = Das machst du kurz vor dem Posten. „Nur Freunde“ hält Fremde draußen.
privacy-before-posting-post = Jetzt posten.
privacy-before-posting-post-reason = Poste zuletzt, wenn alles geprüft ist. Was einmal online ist, holst du schwer zurück.
