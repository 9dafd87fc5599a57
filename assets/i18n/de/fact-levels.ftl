# The "Fact Finders" world: judging information (headlines, adverts, sources, fake news).
# Level files under assets/levels/fact-*.json refer to these ids. Per level: a title, what
# to do, what was learned, three hints (a nudge, the idea, part of the answer), then each
# item and the reason shown when it is tapped. Item texts stay short (about 60 characters at
# most). All people, places, sites and brands are made up: keep names, addresses and
# numbers unchanged when translating, and use only reserved .example web addresses.

world-fact-finders = Faktenfinder

# Boxes of the sorting levels in this world.
fact-bin-trustworthy = Wirkt vertrauenswürdig
fact-bin-check-first = Erst prüfen
fact-bin-advert = Werbung
fact-bin-not-advert = Keine Werbung

## Level 1: headlines (sort: seems trustworthy / check first)

level-fact-headlines-title = Schlagzeilen-Check
level-fact-headlines-instruction = Wirkt diese Schlagzeile vertrauenswürdig, oder solltest du sie erst prüfen?
level-fact-headlines-learned = Vertrau Nachrichten von denen, die es wirklich wissen, wie deiner Stadt oder Schule. Prüf erst, wenn etwas schreit, zu toll klingt oder keinen Namen hat.
level-fact-headlines-hint-1 = Frag dich: Wer sagt das, und woher wissen die das?
level-fact-headlines-hint-2 = Schreien, Geheimnisse und tolle Versprechen heißen: erst prüfen. Alltägliche Nachrichten von den Zuständigen wirken vertrauenswürdig.
level-fact-headlines-hint-3 = Die Katzen-Schlagzeile schreit und redet von einem großen Geheimnis. Erst prüfen!

fact-headlines-cats = SCHOCK!!! Katzen können sprechen, Forscher verschweigen es!
fact-headlines-cats-reason = Großbuchstaben, viele „!“ und ein großes Geheimnis sind Warnzeichen. Such es erst auf verlässlichen Seiten.
fact-headlines-library = Webseite der Stadt: Bücherei donnerstags länger offen
fact-headlines-library-reason = Die Stadt betreibt die Bücherei. Ihre eigene Webseite kennt die Öffnungszeiten.
fact-headlines-grow = Mit diesem einen Trick wächst du über Nacht 10 cm!
fact-headlines-grow-reason = Das klingt zu schön, um wahr zu sein. Solche Schlagzeilen wollen Klicks, keine Fakten.
fact-headlines-weather = Wetterdienst: Am Samstag wird Regen erwartet
fact-headlines-weather-reason = Vorhersagen sind die Arbeit des Wetterdienstes. Für diese Nachricht ist er genau richtig.
fact-headlines-no-name = Beitrag ohne Namen: Alle Schulen einen Monat zu!
fact-headlines-no-name-reason = Niemand sagt, wer das geschrieben hat. So eine große Nachricht stünde auf der Webseite der Schule oder der Stadt.
fact-headlines-sports-day = Schulnachrichten: Das Sportfest ist jetzt am Freitag
fact-headlines-sports-day-reason = Deine Schule kennt ihre eigenen Pläne. Nachrichten direkt von der Schule sind eine gute Quelle.

## Level 2: advert or not? (sort: advert / not an advert)

level-fact-ad-or-not-title = Werbung oder nicht?
level-fact-ad-or-not-instruction = Ist das Werbung? Sortiere jede Karte in die richtige Kiste.
level-fact-ad-or-not-learned = Werbung will, dass du etwas kaufst. Achte auf Wörter wie „Anzeige“, „Gesponsert“ oder „#Werbung“.
level-fact-ad-or-not-hint-1 = Frag dich: Will jemand, dass ich etwas kaufe?
level-fact-ad-or-not-hint-2 = „Anzeige“, „Gesponsert“ und „#Werbung“ heißen: Jemand hat bezahlt, damit es da steht.
level-fact-ad-or-not-hint-3 = Das Edelstein-Fenster und der Beitrag mit „#Werbung“ sind Werbung.

fact-ad-or-not-sponsored = Gesponsert: Probier die neuen Crunchy-Stars-Flocken!
fact-ad-or-not-sponsored-reason = „Gesponsert“ heißt: Eine Firma hat bezahlt, damit du das siehst. Sie will, dass du ihre Flocken kaufst.
fact-ad-or-not-news = Nachrichten: Neue Brücke in Riverton eröffnet
fact-ad-or-not-news-reason = Ein Nachrichtenbericht erzählt, was passiert ist. Niemand will dir etwas verkaufen.
fact-ad-or-not-influencer = Mia_Plays: Ich liebe diese Sneaker! #Werbung
fact-ad-or-not-influencer-reason = „#Werbung“ heißt: Eine Firma hat Mia für den Beitrag bezahlt. Sie bekommt Geld dafür, die Schuhe toll zu finden.
fact-ad-or-not-encyclopedia = Lexikonartikel: Wie Bienen Honig machen
fact-ad-or-not-encyclopedia-reason = Ein Lexikon erklärt Dinge. Es will dir keinen Honig verkaufen.
fact-ad-or-not-search = Oberstes Suchergebnis, markiert mit „Anzeige“
fact-ad-or-not-search-reason = Die Firma hat bezahlt, um ganz oben zu stehen. Die beste Antwort steht vielleicht weiter unten.
fact-ad-or-not-gems = Fenster im Spiel: Kauf jetzt 500 Edelsteine!
fact-ad-or-not-gems-reason = Das Spiel will, dass du echtes Geld ausgibst. Frag immer einen Erwachsenen, bevor du etwas kaufst.
fact-ad-or-not-friend = Beitrag deiner Freundin: Schaut mal, meine Sandburg!
fact-ad-or-not-friend-reason = Deine Freundin zeigt etwas Schönes. Niemand hat dafür bezahlt, also ist es keine Werbung.

## Level 3: where to look (pick the best reply)

level-fact-which-source-title = Wo schaust du nach?
level-fact-which-source-instruction = Wähle jedes Mal die beste Antwort.
level-fact-which-source-learned = Such Fakten dort, wo Fachleute sie aufschreiben. Prüf eine Geschichte auf verlässlichen Seiten, bevor du sie glaubst oder teilst.
level-fact-which-source-hint-1 = Frag dich: Wer hat das gemacht, und kennen die sich wirklich aus?
level-fact-which-source-hint-2 = Gute Quellen sagen, wer sie gemacht hat, und Fachleute prüfen sie.
level-fact-which-source-hint-3 = Für Fakten über Vulkane nimm das Lexikon oder die Museumsseite.

fact-which-source-volcanoes = Für die Hausaufgaben brauchst du Fakten über Vulkane. Wo suchst du?
fact-which-source-volcanoes-video = Im ersten lustigen Video, das du findest.
fact-which-source-volcanoes-video-reason = Lustige Videos wollen dich zum Lachen bringen. Die Fakten darin können falsch sein.
fact-which-source-volcanoes-encyclopedia = Im Kinderlexikon oder auf einer Museumsseite.
fact-which-source-volcanoes-encyclopedia-reason = Gut gemacht! Fachleute schreiben und prüfen so etwas. Dort steht, wer es gemacht hat.
fact-which-source-volcanoes-game-chat = Im Spiel-Chat fragen. Da weiß es sicher irgendjemand.
fact-which-source-volcanoes-game-chat-reason = Leute im Spiel-Chat raten vielleicht nur. Du weißt nicht, ob sie sich wirklich auskennen.
fact-which-source-chocolate = Ein Video sagt: „Schokolade essen heilt Erkältungen!“ Was tust du?
fact-which-source-chocolate-believe = Du isst beim nächsten Schnupfen ganz viel Schokolade.
fact-which-source-chocolate-believe-reason = Ein Video ist kein Beweis. Viel Schokolade vertreibt keine Erkältung.
fact-which-source-chocolate-share = Du schickst es Oma, damit sie gesund bleibt.
fact-which-source-chocolate-share-reason = Oma glaubt es vielleicht auch, und es stimmt nicht. Erst prüfen, dann nur teilen, was stimmt.
fact-which-source-chocolate-check = Du prüfst es mit einem Erwachsenen.
fact-which-source-chocolate-check-reason = Richtig! Zusammen könnt ihr auf einer verlässlichen Gesundheitsseite nachsehen. Ärztinnen und Ärzte kennen sich mit Erkältungen aus.
fact-which-source-screenshot = Jemand teilt im Klassenchat einen Screenshot mit „Nachrichten“. Es gibt keinen Link.
fact-which-source-screenshot-search = Du suchst sie auf einer Nachrichtenseite.
fact-which-source-screenshot-search-reason = Gute Detektivarbeit! Wenn es stimmt, steht es auch auf verlässlichen Nachrichtenseiten.
fact-which-source-screenshot-forward = Du schickst ihn in alle Chats, damit es jeder weiß.
fact-which-source-screenshot-forward-reason = Ohne Link weißt du nicht, wer ihn gemacht hat. Er könnte erfunden sein.
fact-which-source-screenshot-believe = Du glaubst es: Ein Screenshot ist ein Beweis.
fact-which-source-screenshot-believe-reason = Alle können ein Bild machen, das wie Nachrichten aussieht. Screenshots lassen sich leicht fälschen.

## Level 4: a fake news page (screen: web)

level-fact-fake-news-page-title = Eilmeldung?
level-fact-fake-news-page-instruction = Tippe auf jedes Warnzeichen auf dieser Nachrichtenseite.
level-fact-fake-news-page-learned = Falsche Nachrichten schreien oft, verschweigen, wer sie geschrieben hat, geben Altes als neu aus und drängen dich zum Teilen.
level-fact-fake-news-page-hint-1 = Lies wie ein Detektiv: Wer hat das geschrieben, und wann?
level-fact-fake-news-page-hint-2 = Schreien, ein fehlender Name, ein altes Datum und Druck zum Teilen sind Warnzeichen.
level-fact-fake-news-page-hint-3 = Schau auf die Schlagzeile, auf die Zeile „Geschrieben von“ und auf das Datum.

fact-fake-news-page-address = daily-truth-now.example/big-news
fact-fake-news-page-address-reason = Von dieser Seite hast du noch nie gehört. Alle können „truth“ (Wahrheit) in einen Namen schreiben. Finde heraus, wer dahintersteckt.
fact-fake-news-page-menu = Start · Nachrichten · Sport
fact-fake-news-page-menu-reason = Die meisten Nachrichtenseiten haben so ein Menü. Das ist kein Warnzeichen.
fact-fake-news-page-headline = DINO-EI IM PARK VON MAPLETON GESCHLÜPFT!!!
fact-fake-news-page-headline-reason = Großbuchstaben und viele „!“ sollen dich aufregen. Echte Nachrichten berichten ruhig.
fact-fake-news-page-author = Geschrieben von: (kein Name)
fact-fake-news-page-author-reason = Echte Nachrichten sagen, wer sie geschrieben hat. Ohne Namen steht niemand für die Geschichte gerade.
fact-fake-news-page-date = Vor 6 Jahren gepostet, aber markiert mit „NEU!“
fact-fake-news-page-date-reason = Diese alte Geschichte wird geteilt, als wäre sie heute passiert. Prüf immer das Datum.
fact-fake-news-page-photo = Foto: ein ruhiger Park mit Bäumen
fact-fake-news-page-photo-reason = Ein normales Foto allein ist kein Warnzeichen. Lies auch die Wörter drumherum.
fact-fake-news-page-share = Teilt das, bevor sie es löschen!
fact-fake-news-page-share-reason = Hier sollst du dich beeilen und nicht nachdenken. Echte Nachrichten betteln nicht darum, geteilt zu werden.

## Level 5: check a story before you share it (order_steps: the first moves of the SIFT
## method, Stop, Investigate the source, Find better coverage, then deciding)

level-fact-check-a-story-title = Halt, erst prüfen!
level-fact-check-a-story-instruction = Du siehst eine überraschende Geschichte. Bring die Schritte der Faktenprüfer in die richtige Reihenfolge.
level-fact-check-a-story-learned = Faktenprüfer halten zuerst an, finden dann heraus, wer eine Geschichte gemacht hat, suchen sie auf verlässlichen Seiten und entscheiden erst dann, ob sie sie teilen.
level-fact-check-a-story-hint-1 = Was solltest du tun, bevor dein Finger auf „Teilen“ tippt?
level-fact-check-a-story-hint-2 = Faktenprüfer schauen zuerst, wer eine Geschichte gemacht hat, bevor sie woanders suchen. Entscheiden kommt zuletzt.
level-fact-check-a-story-hint-3 = Schritt 1: anhalten und noch nicht teilen.

fact-check-a-story-stop = Stopp: noch nicht teilen.
fact-check-a-story-stop-reason = Das kommt zuerst. Faktenprüfer fangen mit Anhalten an: Was du einmal geteilt hast, holst du nicht zurück.
fact-check-a-story-who = Herausfinden, wer es gemacht hat und warum.
fact-check-a-story-who-reason = Als Nächstes schaust du dir die Quelle an. Will sie dich informieren, dir etwas verkaufen oder Klicks bekommen?
fact-check-a-story-others = Auf anderen verlässlichen Seiten suchen. Das Datum prüfen.
fact-check-a-story-others-reason = Dann vergleichst du. Wenn es stimmt, berichten auch verlässliche Nachrichtenseiten darüber. Alte Geschichten werden oft als neu geteilt.
fact-check-a-story-decide = Dann entscheiden: teilen oder nicht.
fact-check-a-story-decide-reason = Entscheide zuletzt, wenn du weißt, wer es gemacht hat und wer noch darüber berichtet. Teile nur, was du geprüft hast.
