# The "Password Peak" world: who may know a password, what makes one strong, good habits,
# 2-step verification and password managers. Level files under assets/levels/pw-*.json refer
# to these ids. Per level: a title, what to do, what was learned, three hints (a nudge, the
# idea, part of the answer: never the whole answer), then each item and the reason shown when
# it is tapped. Item texts stay short (about 60 characters at most). All people, names and
# teams are made up: keep them unchanged when translating. Facts follow the NCSC ("Three
# random words", 2-step verification, password managers), NIST SP 800-63B rev. 4 and Action
# Fraud (docs/literacy-levels.md lists the sources).
#
# Passwords and word tiles are checked in every language by the strength the pupil is shown
# (the zxcvbn estimator with that language's common words, capped by the guidance: at least
# 15 characters, three words, not all very common), by `cargo test --test content_passwords`:
# - pw-rank: the five passwords must get stronger from first to last. Keep them as they are.
# - pw-build-*: the word tiles do not need to translate each other; any everyday nouns in
#   lower case will do. pw-build-first mixes short tiles (three letters: three of them make a
#   password too short to be strong) with longer ones (five letters or more).
# - pick-the-reply answers: the best answer is not the longest one (the test checks it).

world-password-peak = Passwort-Gipfel

## Level 1: who may know your password (pick_reply)

level-pw-who-to-tell-title = Wer darf es wissen?
level-pw-who-to-tell-instruction = Lies, was passiert. Wähle jedes Mal die beste Antwort.
level-pw-who-to-tell-learned = Dein Passwort gehört nur dir. Ein Erwachsener, der sich um dich kümmert, darf dir dabei helfen.
level-pw-who-to-tell-hint-1 = Frag dich: Braucht diese Person wirklich mein Passwort?
level-pw-who-to-tell-hint-2 = Freunde und Moderatoren brauchen es nie. Erwachsene, die sich um dich kümmern, dürfen dir helfen, es sicher aufzubewahren.
level-pw-who-to-tell-hint-3 = Im Spiel-Chat: nicht antworten, sondern melden.

pw-who-to-tell-friend-prompt = Deine beste Freundin Zoe fragt: „Wie ist dein Spiel-Passwort? Ich will dein neues Level ausprobieren.“
pw-who-to-tell-friend-tell = Ich sage es ihr. Sie ist meine beste Freundin.
pw-who-to-tell-friend-tell-reason = Auch beste Freunde können es aus Versehen weitersagen. Und manchmal streiten sich Freunde.
pw-who-to-tell-friend-say-no = Ich sage: „Sorry, das ist nur für mich.“
pw-who-to-tell-friend-say-no-reason = Gut gemacht! Ihr könnt trotzdem zusammen spielen. Eine gute Freundin versteht das.
pw-who-to-tell-friend-swap = Wir tauschen Passwörter, dann ist es fair.
pw-who-to-tell-friend-swap-reason = Dann sind zwei Passwörter verraten statt einem. Tauschen macht nichts sicherer.

pw-who-to-tell-moderator-prompt = Im Spiel-Chat schreibt „Mod_Max“: „Ich bin Moderator. Schick mir dein Passwort, sonst wird dein Konto gesperrt!“
pw-who-to-tell-moderator-send = Ich schicke es schnell und erzähle es dann einem Erwachsenen.
pw-who-to-tell-moderator-send-reason = Einem Erwachsenen Bescheid sagen ist gut, aber schick es nie. Echte Moderatoren fragen nie nach deinem Passwort.
pw-who-to-tell-moderator-proof = Ich frage, ob er beweisen kann, dass er Moderator ist.
pw-who-to-tell-moderator-proof-reason = Betrüger können jeden Beweis fälschen. Niemand vom Spiel braucht dein Passwort, also schick es nicht.
pw-who-to-tell-moderator-report = Ich antworte nicht, melde es und sag es einem Erwachsenen.
pw-who-to-tell-moderator-report-reason = Richtig! Echte Moderatoren brauchen nie dein Passwort. Wenn du es meldest, hilfst du, den Betrüger zu stoppen.

pw-who-to-tell-parent-prompt = Deine Eltern oder andere Erwachsene, die sich um dich kümmern, richten mit dir dein neues Tablet ein. Sie fragen, welches Passwort du gewählt hast.
pw-who-to-tell-parent-tell-mum = Ich sage es ihnen. Sie kümmern sich um mich.
pw-who-to-tell-parent-tell-mum-reason = Ja! Eltern und andere Erwachsene, die sich um dich kümmern, dürfen es wissen und dir helfen, es sicher aufzubewahren.
pw-who-to-tell-parent-nobody = Ich sage es niemandem, auch ihnen nicht.
pw-who-to-tell-parent-nobody-reason = Freunde und Fremde sollen es nicht wissen. Aber Erwachsene, die sich um dich kümmern, dürfen dir helfen.
pw-who-to-tell-parent-class-chat = Ich poste es im Klassenchat, damit ich es nicht vergesse.
pw-who-to-tell-parent-class-chat-reason = Alle im Chat könnten es lesen. Bitte lieber einen Erwachsenen, dem du vertraust, dir beim Merken zu helfen.

## Level 2: weakest to strongest (order_steps, ranked by password strength)

level-pw-rank-title = Schwach oder stark?
level-pw-rank-instruction = Bring die Passwörter in die richtige Reihenfolge: vom schwächsten zum stärksten.
level-pw-rank-learned = Mehrere zufällige Wörter ergeben ein langes Passwort. Das ist viel stärker als ein Wort mit einer Zahl.
level-pw-rank-hint-1 = Welches Passwort würde ein Rater zuerst ausprobieren?
level-pw-rank-hint-2 = Rater probieren zuerst bekannte Passwörter und Wörter. Lange Passwörter aus zufälligen Wörtern kommen zuletzt dran.
level-pw-rank-hint-3 = 123456 ist am schwächsten: Es ist eines der häufigsten Passwörter.

pw-rank-digits = 123456
pw-rank-digits-reason = Das kommt zuerst: Es ist am schwächsten. Es ist eines der häufigsten Passwörter der Welt und wird sofort erraten.
pw-rank-one-word = sunshine
pw-rank-one-word-reason = Das ist Platz zwei: ein einziges bekanntes englisches Wort. Rater probieren lange Wortlisten ganz früh aus.
pw-rank-word-and-number = Sunshine1
pw-rank-word-and-number-reason = Das steht in der Mitte. Ein großer Buchstabe vorne und eine 1 am Ende sind Tricks, die Rater gut kennen.
pw-rank-two-words = tiger-Lamp7
pw-rank-two-words-reason = Das ist Platz vier. Zwei Wörter, die nicht zusammenpassen, sind schwerer zu erraten. Aber zwei Wörter sind immer noch kurz.
pw-rank-four-words = violet-cactus-harbour-drum
pw-rank-four-words-reason = Das kommt zuletzt: Es ist am stärksten. Vier zufällige Wörter ergeben ein langes Passwort, das man sich gut merken kann.

## Level 3: a first passphrase (build_password, target: strong)
# Word tiles: everyday nouns in lower case. Words 1, 2 and 6 are short (three letters), the
# others five letters or more: three short ones stay under 15 characters and show "too short".
# The pet's name and the birth year stay the same in every language.

level-pw-build-first-title = Dein erstes Wörter-Passwort
level-pw-build-first-instruction = Tippe auf Wort-Kärtchen und baue ein starkes Passwort aus mindestens 3 Wörtern.
level-pw-build-first-learned = Drei zufällige Wörter ergeben ein langes, starkes Passwort. Lass weg, was andere über dich wissen.
level-pw-build-first-hint-1 = Verrät eines der Kärtchen etwas über dich?
level-pw-build-first-hint-2 = Nimm zufällige Wörter, die nichts mit dir zu tun haben. Mach es lang: 15 Buchstaben oder mehr.
level-pw-build-first-hint-3 = Rex ist der Name deines Hundes. Lass ihn weg.

pw-build-first-word-1 = eis
pw-build-first-word-2 = zug
pw-build-first-word-3 = rakete
pw-build-first-word-4 = kissen
pw-build-first-word-5 = kürbis
pw-build-first-word-6 = hut
pw-build-first-pet = Rex
pw-build-first-pet-reason = Rex heißt dein Hund. Deine Freunde kennen den Namen, und alle, die deine Hundefotos sehen, auch.
pw-build-first-year = 2016
pw-build-first-year-reason = In diesem Jahr bist du geboren. Viele wissen das, und Rater probieren Jahreszahlen zuerst.

## Level 4: good habits and risky ones (sort)

level-pw-habits-title = Gute Gewohnheiten
level-pw-habits-instruction = Gute Gewohnheit oder riskant? Sortiere jede Karte.
level-pw-habits-learned = Nimm für jedes Spiel ein anderes Passwort, halte es geheim und melde dich auf geteilten Tablets ab.
level-pw-habits-hint-1 = Stell dir vor, jemand anderes findet dein Tablet. Was könnte diese Person tun?
level-pw-habits-hint-2 = Gute Gewohnheiten halten dein Passwort geheim und dein Konto für andere zu.
level-pw-habits-hint-3 = Auf einem geteilten Tablet abmelden ist eine gute Gewohnheit.

pw-habits-bin-good = Gute Gewohnheit
pw-habits-bin-risky = Riskant

pw-habits-one-per-game = Für jedes Spiel ein anderes Passwort
pw-habits-one-per-game-reason = Wenn jemand ein Passwort herausfindet, bleiben deine anderen Spiele sicher.
pw-habits-sticky-note = Das Passwort auf einem Zettel am Tablet
pw-habits-sticky-note-reason = Alle, die das Tablet in die Hand nehmen, können es lesen. Frag einen Erwachsenen, wo es sicher aufgehoben ist.
pw-habits-log-out = Auf einem geteilten Tablet abmelden
pw-habits-log-out-reason = Dann kann die nächste Person nicht als du spielen. Melde dich immer ab, wenn du teilst.
pw-habits-name-birthday = Dein Name und Geburtstag als Passwort
pw-habits-name-birthday-reason = Viele kennen deinen Namen und deinen Geburtstag. Rater probieren sie zuerst.
pw-habits-best-friend = Deiner besten Freundin das Passwort sagen
pw-habits-best-friend-reason = Freunde können es aus Versehen weitersagen. Behalte dein Passwort für dich.
pw-habits-ask-adult = Einen Erwachsenen fragen, wenn du unsicher bist
pw-habits-ask-adult-reason = Ein Erwachsener, dem du vertraust, kann dir helfen. Fragen ist immer eine gute Idee.

## Level 5: a very strong passphrase (build_password, target: very strong)
# Word tiles: short everyday nouns, in lower case (four letters or so: four of them make a
# password of 15 characters or more). The nickname (what friends call you), the school and
# the football team are made up: keep them unchanged.

level-pw-build-strong-title = Super stark!
level-pw-build-strong-instruction = Baue ein sehr starkes Passwort aus mindestens 4 Wort-Kärtchen.
level-pw-build-strong-learned = Vier zufällige Wörter ergeben ein sehr starkes Passwort. Spitznamen, Schulen und Vereine sind leicht zu erraten.
level-pw-build-strong-hint-1 = Manche Kärtchen sehen aus wie Wörter, aber sie verraten etwas über dich. Welche?
level-pw-build-strong-hint-2 = Deinen Spitznamen, deine Schule und deinen Verein kann man leicht herausfinden.
level-pw-build-strong-hint-3 = Zippy ist dein Spitzname. Lass ihn weg.

pw-build-strong-word-1 = mond
pw-build-strong-word-2 = igel
pw-build-strong-word-3 = topf
pw-build-strong-word-4 = nuss
pw-build-strong-word-5 = zelt
pw-build-strong-word-6 = korb
pw-build-strong-word-7 = hase
pw-build-strong-nickname = Zippy
pw-build-strong-nickname-reason = Zippy ist dein Spitzname. Deine Freunde und deine ganze Klasse kennen ihn.
pw-build-strong-school = Eichenfeld
pw-build-strong-school-reason = Eichenfeld ist deine Schule. Viele wissen, auf welche Schule du gehst.
pw-build-strong-team = Rovers
pw-build-strong-team-reason = Alle wissen, dass du ein Fan der Rovers bist. Ein Rater probiert deinen Verein früh aus.

## Level 6: 2-step verification (pick_reply)
# Facts: see the English file. "Bestätigung in zwei Schritten" is the name German account
# settings use.

level-pw-two-step-title = Der Code ist nur für dich
level-pw-two-step-instruction = Lies, was passiert. Wähle jedes Mal die beste Antwort.
level-pw-two-step-learned = Die Bestätigung in zwei Schritten fragt nach deinem Passwort und nach einem Code. Gib den Code nie weiter, auch wenn jemand fragt.
level-pw-two-step-hint-1 = Für wen ist der Code: für dich oder für jeden, der fragt?
level-pw-two-step-hint-2 = Der Code ist ein zweiter Schlüssel. Nur du brauchst ihn, sonst niemand.
level-pw-two-step-hint-3 = Wenn ein Freund nach deinem Code fragt: Behalte ihn für dich.

pw-two-step-what-prompt = Dein Spiel fragt: „Bestätigung in zwei Schritten einschalten?“ Was macht das?
pw-two-step-what-longer = Es macht dein Passwort doppelt so lang.
pw-two-step-what-longer-reason = Dein Passwort bleibt gleich. Es kommt ein zweiter Schritt dazu: ein Code.
pw-two-step-what-code = Es fragt auch nach einem Code.
pw-two-step-what-code-reason = Richtig! Wer dein Passwort kennt, kommt ohne den Code trotzdem nicht hinein. Frag einen Erwachsenen, ob er dir beim Einschalten hilft.
pw-two-step-what-friends = Freunde können sich für dich anmelden.
pw-two-step-what-friends-reason = Nein. So kannst nur du dich anmelden.

pw-two-step-friend-prompt = Dein Freund Sam schreibt: „Ich habe meinen Anmeldecode aus Versehen an dein Tablet geschickt. Schickst du ihn mir?“
pw-two-step-friend-send = Ich schicke ihn. Sam ist mein Freund.
pw-two-step-friend-send-reason = Das ist ein bekannter Trick. Vielleicht benutzt jemand anderes Sams Konto. Mit dem Code kann er auch deins übernehmen.
pw-two-step-friend-adult-sends = Ich bitte einen Erwachsenen zu Hause, ihn zu schicken.
pw-two-step-friend-adult-sends-reason = Einem Erwachsenen Bescheid sagen ist richtig. Aber den Code schickt niemand weiter, auch kein Erwachsener.
pw-two-step-friend-keep = Ich behalte ihn und sage es einem Erwachsenen.
pw-two-step-friend-keep-reason = Richtig! Gib nie einen Code weiter. Frag Sam persönlich, ob es wirklich Sam war.

pw-two-step-unasked-prompt = Auf deinem Tablet erscheint ein Anmeldecode. Aber du hast gar nicht versucht, dich anzumelden.
pw-two-step-unasked-tell = Ich gebe ihn niemandem und sage es einem Erwachsenen.
pw-two-step-unasked-tell-reason = Richtig! Vielleicht probiert jemand dein Passwort aus. Ein Erwachsener hilft dir, es zu ändern.
pw-two-step-unasked-class-chat = Ich poste ihn im Klassenchat.
pw-two-step-unasked-class-chat-reason = Dann könnten ihn alle im Chat benutzen. Der Code ist nur für dich. Sag es lieber einem Erwachsenen.
pw-two-step-unasked-reply = Ich antworte und frage, wer ihn geschickt hat.
pw-two-step-unasked-reply-reason = Antworte nicht. Der Code kam, weil jemand versucht hat, sich als du anzumelden. Sag es einem Erwachsenen.

## Level 7: a password manager (spot_flags, settings to fix)
# Facts: see the English file.

level-pw-manager-title = Ein Tresor für Passwörter
level-pw-manager-instruction = Das ist Mias Passwort-Manager. Er merkt sich ihre Passwörter. Tippe auf jede Einstellung, die nicht sicher ist, um sie zu ändern.
level-pw-manager-learned = Ein Passwort-Manager merkt sich deine Passwörter. Ein starkes Passwort aus Wörtern schützt alle anderen. Richte ihn mit einem Erwachsenen ein, dem du vertraust.
level-pw-manager-hint-1 = Welche Einstellung würde jemandem helfen, Mias Passwörter zu öffnen?
level-pw-manager-hint-2 = Das Hauptpasswort schützt alle anderen. Darum muss es das stärkste sein.
level-pw-manager-hint-3 = Fang mit dem Hauptpasswort an.

pw-manager-set-up = Eingerichtet mit: einem Erwachsenen, dem ich vertraue
pw-manager-set-up-reason = Gut! Ein Erwachsener, dem du vertraust, hilft beim Einrichten und passt mit auf.
pw-manager-main-password = Hauptpasswort: 1234
pw-manager-main-password-reason = Dieses eine Passwort öffnet alle anderen. Mach es lang und stark: drei zufällige Wörter.
pw-manager-main-password-fixed = Hauptpasswort: drei zufällige Wörter
pw-manager-one-each = Speichert: für jedes Spiel ein anderes Passwort
pw-manager-one-each-reason = Gut! Er merkt sie sich, also kann jedes Spiel sein eigenes Passwort haben.
pw-manager-make-new = Starke Passwörter für mich erstellen: Aus
pw-manager-make-new-reason = Er kann lange, zufällige Passwörter erstellen und sie sich merken. Schalte es ein.
pw-manager-make-new-fixed = Starke Passwörter für mich erstellen: An
pw-manager-lock = App beim Schließen sperren: Aus
pw-manager-lock-reason = Dann könnten alle, die das Tablet in die Hand nehmen, jedes Passwort von Mia sehen.
pw-manager-lock-fixed = App beim Schließen sperren: An
pw-manager-device = Gespeichert auf: meinem eigenen Tablet zu Hause
pw-manager-device-reason = Auf deinem eigenen Tablet ist das in Ordnung. Auf einem Computer in der Bücherei speicherst du nie Passwörter.
