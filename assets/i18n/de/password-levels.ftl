# The "Password Peak" world: who may know a password, what makes one strong, and good habits.
# Level files under assets/levels/pw-*.json refer to these ids. Per level: a title, what to
# do, what was learned, three hints (a nudge, the idea, part of the answer), then each item
# and the reason shown when it is tapped. Item texts stay short (about 60 characters at most).
# All people, names and teams are made up: keep them unchanged when translating.
#
# Passwords and word tiles are checked by the zxcvbn estimator in every language
# (`cargo test --test content`):
# - pw-rank: the five passwords must get stronger from first to last. Keep them as they are.
# - pw-build-*: the word tiles do not need to translate each other; any short, everyday
#   nouns in lower case will do. zxcvbn only knows English words, so a German or Ukrainian
#   word counts as random letters: keep them as short as they are here (3 letters in
#   pw-build-first, 4 in pw-build-strong) so that one or two words alone stay weak.

world-password-peak = Passwort-Gipfel

## Level 1: who may know your password (pick_reply)

level-pw-who-to-tell-title = Wer darf es wissen?
level-pw-who-to-tell-instruction = Lies, was passiert. Wähle jedes Mal die beste Antwort.
level-pw-who-to-tell-learned = Dein Passwort gehört nur dir. Ein Erwachsener, der sich um dich kümmert, darf dir dabei helfen.
level-pw-who-to-tell-hint-1 = Frag dich: Braucht diese Person wirklich mein Passwort?
level-pw-who-to-tell-hint-2 = Freunde und Spiel-Helfer brauchen es nie. Deine Eltern oder eine Betreuungsperson dürfen dir helfen, es sicher aufzubewahren.
level-pw-who-to-tell-hint-3 = Sag Nein zu deiner Freundin und zum Chat. Deine Eltern dürfen dir helfen.

pw-who-to-tell-friend-prompt = Deine beste Freundin Zoe fragt: „Wie ist dein Spiel-Passwort? Ich will dein neues Level ausprobieren.“
pw-who-to-tell-friend-tell = Ich sage es ihr. Sie ist meine beste Freundin.
pw-who-to-tell-friend-tell-reason = Auch beste Freunde können es aus Versehen weitersagen. Und manchmal streiten sich Freunde.
pw-who-to-tell-friend-say-no = Ich sage nett: „Sorry, mein Passwort gehört nur mir.“
pw-who-to-tell-friend-say-no-reason = Gut gemacht! Ihr könnt trotzdem zusammen spielen. Eine gute Freundin versteht das.
pw-who-to-tell-friend-swap = Wir tauschen Passwörter, dann ist es fair.
pw-who-to-tell-friend-swap-reason = Dann kennt jemand zwei Passwörter statt einem. Tauschen macht nichts sicherer.

pw-who-to-tell-moderator-prompt = Im Spiel-Chat schreibt „Mod_Max“: „Ich bin Moderator. Schick mir dein Passwort, sonst wird dein Konto gesperrt!“
pw-who-to-tell-moderator-send = Ich schicke es schnell, damit mein Konto bleibt.
pw-who-to-tell-moderator-send-reason = Echte Moderatoren fragen nie nach deinem Passwort. Das ist ein Trick, um dein Konto zu klauen.
pw-who-to-tell-moderator-proof = Ich frage, ob er beweisen kann, dass er Moderator ist.
pw-who-to-tell-moderator-proof-reason = Betrüger können jeden Beweis fälschen. Niemand vom Spiel braucht dein Passwort, also schick es nicht.
pw-who-to-tell-moderator-report = Ich antworte nicht, melde es und sage es einem Erwachsenen.
pw-who-to-tell-moderator-report-reason = Richtig! Spiel-Helfer brauchen nie dein Passwort. Wenn du es meldest, hilfst du, den Betrüger zu stoppen.

pw-who-to-tell-parent-prompt = Deine Eltern helfen dir, dein neues Tablet einzurichten. Sie fragen, welches Passwort du gewählt hast.
pw-who-to-tell-parent-tell-mum = Ich sage es ihnen. Sie kümmern sich um mich.
pw-who-to-tell-parent-tell-mum-reason = Ja! Wer sich um dich kümmert, wie deine Eltern oder eine Betreuungsperson, darf es wissen und dir helfen, es sicher aufzubewahren.
pw-who-to-tell-parent-nobody = Ich sage es niemandem, auch ihnen nicht.
pw-who-to-tell-parent-nobody-reason = Freunde und Fremde sollen es nicht wissen. Aber deine Eltern oder eine Betreuungsperson dürfen dir helfen.
pw-who-to-tell-parent-class-chat = Ich poste es im Klassenchat, damit ich es nicht vergesse.
pw-who-to-tell-parent-class-chat-reason = Alle im Chat könnten es lesen. Bitte lieber deine Eltern, dir beim Merken zu helfen.

## Level 2: weakest to strongest (order_steps, ranked by password strength)

level-pw-rank-title = Schwach oder stark?
level-pw-rank-instruction = Bring die Passwörter in die richtige Reihenfolge: vom schwächsten zum stärksten.
level-pw-rank-learned = Mehrere zufällige Wörter ergeben ein langes Passwort. Das ist viel stärker als ein Wort mit einer Zahl.
level-pw-rank-hint-1 = Welches Passwort würde ein Rater zuerst ausprobieren?
level-pw-rank-hint-2 = Rater probieren zuerst bekannte Passwörter und Wörter. Lange Passwörter aus zufälligen Wörtern kommen zuletzt dran.
level-pw-rank-hint-3 = 123456 ist am schwächsten. Das Passwort mit vier Wörtern ist am stärksten.

pw-rank-digits = 123456
pw-rank-digits-reason = Das kommt zuerst, es ist am schwächsten. Es ist eines der häufigsten Passwörter der Welt und sofort erraten.
pw-rank-one-word = sunshine
pw-rank-one-word-reason = Das ist Platz zwei: ein einziges bekanntes englisches Wort. Rater probieren lange Wortlisten ganz früh aus.
pw-rank-word-and-number = Sunshine1
pw-rank-word-and-number-reason = Das steht in der Mitte. Ein großer Buchstabe vorne und eine 1 am Ende sind Tricks, die Rater gut kennen.
pw-rank-two-words = tiger-Lamp7
pw-rank-two-words-reason = Das ist Platz vier. Zwei Wörter, die nicht zusammenpassen, sind schwerer zu erraten. Aber zwei sind noch kurz.
pw-rank-four-words = violet-cactus-harbour-drum
pw-rank-four-words-reason = Das kommt zuletzt, es ist am stärksten. Vier zufällige Wörter ergeben ein langes Passwort, das man sich gut merken kann.

## Level 3: a first passphrase (build_password, target: strong)
# Word tiles: short everyday nouns, in lower case (3 letters in de and uk, see the top).
# The pet's name and the birth year stay the same in every language.

level-pw-build-first-title = Dein erstes Wörter-Passwort
level-pw-build-first-instruction = Tippe auf Wort-Kärtchen und baue ein starkes Passwort aus mindestens 3 Wörtern.
level-pw-build-first-learned = Drei zufällige Wörter ergeben ein starkes Passwort. Lass weg, was andere über dich wissen.
level-pw-build-first-hint-1 = Verrät eines der Kärtchen etwas über dich?
level-pw-build-first-hint-2 = Zufällige Wörter sind schwer zu erraten. Der Name deines Haustiers und dein Geburtsjahr sind leicht zu erraten.
level-pw-build-first-hint-3 = Nimm drei Wort-Kärtchen. Lass Rex und 2016 weg.

pw-build-first-word-1 = zug
pw-build-first-word-2 = eis
pw-build-first-word-3 = kuh
pw-build-first-word-4 = uhr
pw-build-first-word-5 = hut
pw-build-first-word-6 = reh
pw-build-first-pet = Rex
pw-build-first-pet-reason = Rex heißt dein Hund. Deine Freunde kennen den Namen, und alle, die deine Hundefotos sehen, auch.
pw-build-first-year = 2016
pw-build-first-year-reason = In diesem Jahr bist du geboren. Viele wissen das, und Rater probieren Jahreszahlen zuerst.

## Level 4: good habits and risky ones (sort)

level-pw-habits-title = Gute Gewohnheiten
level-pw-habits-instruction = Gute Gewohnheit oder riskant? Sortiere jede Karte.
level-pw-habits-learned = Nimm für jedes Spiel ein anderes Passwort, halte es geheim und melde dich auf geteilten Tablets ab.
level-pw-habits-hint-1 = Stell dir vor, jemand anderes findet dein Tablet. Was könnte er tun?
level-pw-habits-hint-2 = Gute Gewohnheiten halten dein Passwort geheim und dein Konto zu.
level-pw-habits-hint-3 = Abmelden und Erwachsene fragen sind gute Gewohnheiten. Ein Klebezettel ist riskant.

pw-habits-bin-good = Gute Gewohnheit
pw-habits-bin-risky = Riskant

pw-habits-one-per-game = Für jedes Spiel ein anderes Passwort
pw-habits-one-per-game-reason = Wenn jemand ein Passwort herausfindet, bleiben deine anderen Spiele sicher.
pw-habits-sticky-note = Das Passwort auf einem Zettel am Tablet
pw-habits-sticky-note-reason = Jeder, der das Tablet nimmt, kann es lesen. Frag einen Erwachsenen, wo es sicher aufgehoben ist.
pw-habits-log-out = Auf einem geteilten Tablet abmelden
pw-habits-log-out-reason = Dann kann die nächste Person nicht als du spielen. Melde dich immer ab, wenn du teilst.
pw-habits-name-birthday = Dein Name und Geburtstag als Passwort
pw-habits-name-birthday-reason = Viele kennen deinen Namen und deinen Geburtstag. Rater probieren sie zuerst.
pw-habits-best-friend = Deiner besten Freundin das Passwort sagen
pw-habits-best-friend-reason = Freunde können es aus Versehen weitersagen. Behalte dein Passwort für dich.
pw-habits-ask-adult = Einen Erwachsenen fragen, wenn du unsicher bist
pw-habits-ask-adult-reason = Ein Erwachsener, dem du vertraust, kann dir helfen. Fragen ist immer eine gute Idee.

## Level 5: a very strong passphrase (build_password, target: very strong)
# Word tiles: short everyday nouns, in lower case (4 letters in de and uk, see the top).
# The nickname, the school and the football team are made up: keep them unchanged.

level-pw-build-strong-title = Super stark!
level-pw-build-strong-instruction = Baue ein sehr starkes Passwort aus mindestens 4 Wort-Kärtchen.
level-pw-build-strong-learned = Vier zufällige Wörter ergeben ein sehr starkes Passwort. Spitznamen, Schulen und Vereine sind leicht zu erraten.
level-pw-build-strong-hint-1 = Manche Kärtchen sehen aus wie Wörter, aber sie verraten etwas über dich. Welche?
level-pw-build-strong-hint-2 = Deinen Spitznamen, deine Schule und deinen Verein kann man leicht herausfinden.
level-pw-build-strong-hint-3 = Nimm vier Wort-Kärtchen. Lass Zippy, Oakfield und Rovers weg.

pw-build-strong-word-1 = mond
pw-build-strong-word-2 = igel
pw-build-strong-word-3 = topf
pw-build-strong-word-4 = nuss
pw-build-strong-word-5 = zelt
pw-build-strong-word-6 = korb
pw-build-strong-word-7 = hase
pw-build-strong-nickname = Zippy
pw-build-strong-nickname-reason = Zippy ist dein Spitzname. Deine Freunde und deine ganze Klasse kennen ihn.
pw-build-strong-school = Oakfield
pw-build-strong-school-reason = Oakfield ist deine Schule. Viele wissen, auf welche Schule du gehst.
pw-build-strong-team = Rovers
pw-build-strong-team-reason = Alle wissen, dass du ein Fan der Rovers bist. Ein Rater probiert deinen Verein früh aus.
