# The "Kind Corner" world: being kind online, and what to do when someone is not.
# Level files under assets/levels/kind-*.json refer to these ids. Per level: a title, what
# to do, what was learned, three hints (a nudge, the idea, part of the answer), then each
# item and the reason shown when it is tapped. Item texts stay short (about 60 characters).
# All people are made up: keep their names unchanged when translating. Keep the tone gentle:
# always say what to do, and that telling a trusted adult is good.

world-kind-corner = Freundliche Ecke

## Level 1: kind replies (pick_reply)

level-kind-reply-title = Sag etwas Nettes
level-kind-reply-instruction = Wähle jedes Mal die freundlichste Antwort.
level-kind-reply-learned = Nette Worte im Netz tun anderen gut. Frag dich vor dem Posten: Wie fühlen sich die anderen dann?
level-kind-reply-hint-1 = Stell dir vor, du bist die andere Person. Welche Antwort würdest du gern bekommen?
level-kind-reply-hint-2 = Eine nette Antwort ist freundlich, ehrlich und dreht sich um die andere Person, nicht um dich.
level-kind-reply-hint-3 = Für Mia: Eine Frage zu ihrem Bild zeigt, dass du genau hingeschaut hast.

kind-reply-drawing-prompt = Deine Freundin Mia postet ein selbst gemaltes Bild von ihrer Katze. Was schreibst du?
kind-reply-drawing-praise = Tolle Farben! Wie hast du das gemalt?
kind-reply-drawing-praise-reason = Ehrliches Lob macht Mia froh. Mit deiner Frage zeigst du, dass du genau hingeschaut hast.
kind-reply-drawing-brother = Mein kleiner Bruder malt besser als du.
kind-reply-drawing-brother-reason = Das würde Mia wehtun. Auch als Witz verdirbt es ihr die Freude an ihrem Bild.
kind-reply-drawing-mine = Schau dir lieber mein Bild an!
kind-reply-drawing-mine-reason = Mia wollte ihr Bild zeigen. Mit dieser Antwort geht es plötzlich nur um dich.

kind-reply-game-prompt = In einem Online-Spiel macht dein Teamkollege Leo einen Fehler. Euer Team verliert.
kind-reply-game-blame = Wegen dir haben wir alle verloren, Leo! Danke auch.
kind-reply-game-blame-reason = Alle machen mal Fehler. Wenn du Leo vor allen die Schuld gibst, fühlt er sich furchtbar.
kind-reply-game-kick = Lasst uns Leo aus dem Team werfen.
kind-reply-game-kick-reason = Jemanden wegen eines Fehlers auszuschließen ist gemein. Spiele machen mehr Spaß, wenn alle dabei sein dürfen.
kind-reply-game-cheer = Guter Versuch, Leo! Nächstes Mal gewinnen wir.
kind-reply-game-cheer-reason = Ein freundliches Wort nach einer Niederlage muntert das ganze Team auf. Es ist nur ein Spiel.

kind-reply-sad-prompt = Deine Mitschülerin Ava postet: „Heute mag mich keiner.“
kind-reply-sad-drama = Stell dich nicht so an.
kind-reply-sad-drama-reason = Ava zeigt dir, dass sie traurig ist. Diese Antwort sagt ihr, dass ihre Gefühle egal sind.
kind-reply-sad-message = Schreib Ava: „Ich mag dich! Willst du reden?“
kind-reply-sad-message-reason = Eine nette private Nachricht zeigt Ava, dass sie jemandem wichtig ist. Wirkt sie sehr traurig, sag es auch einem Erwachsenen, dem du vertraust.
kind-reply-sad-scroll = Weiterscrollen. Das regeln bestimmt ihre Eltern.
kind-reply-sad-scroll-reason = Ava fühlt sich dann vielleicht noch einsamer, und ihre Eltern wissen es vielleicht gar nicht. Ein paar nette Worte von dir können viel helfen.

## Level 2: kind or unkind comments (sort)

kind-bin-kind = Freundlich
kind-bin-unkind = Gemein

level-kind-comments-title = Freundlich oder gemein?
level-kind-comments-instruction = Sortiere jeden Kommentar: Ist er freundlich oder gemein?
level-kind-comments-learned = Du kannst sagen, was du denkst, und trotzdem freundlich sein. Gemeine Kommentare tun weh, auch als Witz.
level-kind-comments-hint-1 = Lies jeden Kommentar so, als hätte ihn jemand an dich geschrieben.
level-kind-comments-hint-2 = Freundliche Kommentare loben, helfen oder widersprechen höflich. Gemeine ärgern oder machen andere klein.
level-kind-comments-hint-3 = Sprüche darüber, wie jemand aussieht oder sich bewegt, sind oft gemein, auch als Witz.

kind-comments-great-goal = Was für ein tolles Tor in deinem Video!
kind-comments-great-goal-reason = Lob für etwas, das jemand gut gemacht hat, macht stolz. Das ist freundlich.
kind-comments-weird-hair = Deine Haare sehen auf dem Foto echt komisch aus.
kind-comments-weird-hair-reason = Sprüche über das Aussehen können sehr wehtun. Was du niemandem ins Gesicht sagen würdest, postest du auch nicht.
kind-comments-get-well = Gute Besserung! Werd schnell wieder fit!
kind-comments-get-well-reason = Wer gute Besserung wünscht, zeigt: Du bist mir wichtig. Das ist freundlich.
kind-comments-nobody-asked = Dich hat keiner nach deiner Meinung gefragt.
kind-comments-nobody-asked-reason = Damit sagst du jemandem: Sei still, du bist unwichtig. Das ist gemein.
kind-comments-different-ending = Ich mag ein anderes Ende lieber, aber toll erzählt!
kind-comments-different-ending-reason = Du kannst anderer Meinung sein und trotzdem freundlich bleiben. Dieser Kommentar ist ehrlich und nett.
kind-comments-penguin = Haha, du rennst wie ein Pinguin!
kind-comments-penguin-reason = Wer sich darüber lustig macht, wie jemand läuft, ärgert die Person. Das kann wehtun, auch wenn es ein Witz sein soll.
kind-comments-thanks-help = Danke, dass du mir bei den Hausaufgaben geholfen hast!
kind-comments-thanks-help-reason = Ein Dankeschön freut alle, die geholfen haben. Das ist freundlich.

## Level 3: when someone keeps sending you mean messages (sort: good to do / better not;
## telling a trusted adult is right at any time, so this is not an ordering level)

level-kind-when-bullied-title = Gemeine Nachrichten
level-kind-when-bullied-instruction = Jemand schickt dir immer wieder gemeine Nachrichten. Ist das gut oder lieber nicht?
level-kind-when-bullied-learned = Nicht antworten, Beweise sichern, blockieren, melden – und einem Erwachsenen, dem du vertraust, davon erzählen, jederzeit. Es ist nie deine Schuld.
level-kind-when-bullied-hint-1 = Was davon stoppt die Nachrichten, sichert Beweise oder holt dir Hilfe?
level-kind-when-bullied-hint-2 = Gute Schritte sichern Beweise, stoppen die Nachrichten und holen Hilfe. Zurückschlagen oder Verschweigen hilft nicht.
level-kind-when-bullied-hint-3 = Einem Erwachsenen, dem du vertraust, davon zu erzählen, ist immer richtig, egal wann.

kind-bin-good-step = Gut so
kind-bin-not-step = Lieber nicht

kind-when-bullied-no-reply = Nicht auf die gemeinen Nachrichten antworten.
kind-when-bullied-no-reply-reason = Gemeine Nachrichten wollen eine Reaktion. Wenn du nicht antwortest, bekommen sie nichts.
kind-when-bullied-screenshot = Screenshots als Beweis machen.
kind-when-bullied-screenshot-reason = Beweise zeigen, was passiert ist. Mach die Screenshots vor dem Blockieren: Danach sind die Nachrichten vielleicht weg.
kind-when-bullied-hit-back = Etwas Gemeines zurückschreiben.
kind-when-bullied-hit-back-reason = Das kann alles schlimmer machen, und sie bekommen die Reaktion, die sie wollen.
kind-when-bullied-block = Die Person blockieren.
kind-when-bullied-block-reason = Dann kommen keine gemeinen Nachrichten mehr bei dir an.
kind-when-bullied-tell = Einem Erwachsenen, dem du vertraust, alles erzählen und zeigen.
kind-when-bullied-tell-reason = Das ist jederzeit richtig: zuerst, zuletzt oder mittendrin. Du musst damit nie allein klarkommen.
kind-when-bullied-secret = Es geheim halten und hoffen, dass es aufhört.
kind-when-bullied-secret-reason = Du musst das nicht allein schaffen. Erzähl es einem Erwachsenen, dem du vertraust. Es ist nie deine Schuld.
kind-when-bullied-report = Die Person in der App melden.
kind-when-bullied-report-reason = Die App kann die Person verwarnen oder sperren. Deine Screenshots helfen dabei.
kind-when-bullied-delete-all = Sofort alle Nachrichten löschen.
kind-when-bullied-delete-all-reason = Dann sind die Beweise weg. Mach erst Screenshots, dann blockiere und melde die Person.

## Level 4: when you see someone else being treated badly (pick_reply)

level-kind-bystander-title = Nicht wegschauen
level-kind-bystander-instruction = Jemand wird schlecht behandelt. Wähle, was du am besten tust.
level-kind-bystander-learned = Mach nicht mit. Sei freundlich zu der Person und sag es einem Erwachsenen, dem du vertraust. Das hilft viel.
level-kind-bystander-hint-1 = Denk an die Person, die schlecht behandelt wird. Was würde ihr helfen?
level-kind-bystander-hint-2 = Mitmachen oder schweigen hilft nicht. Freundlichkeit und Hilfe holen schon.
level-kind-bystander-hint-3 = Für Finn: Eine einfache Einladung kann ihn sehr freuen.

kind-bystander-chat-prompt = Im Klassenchat machen sich ein paar Kinder immer wieder über Noah lustig.
kind-bystander-chat-join = Auch ein lachendes Gesicht schicken.
kind-bystander-chat-join-reason = Auch ein einziges lachendes Gesicht heißt: Du machst mit. Noah fühlt sich dann, als wären alle gegen ihn.
kind-bystander-chat-silent = Nichts sagen. Die Lehrkraft liest ja sowieso alles mit.
kind-bystander-chat-silent-reason = Lehrkräfte lesen nicht jeden Chat mit, und Noah denkt vielleicht, alle finden es gut. Sag es selbst einem Erwachsenen, dem du vertraust.
kind-bystander-chat-support = Noah nett schreiben und es einem Erwachsenen sagen.
kind-bystander-chat-support-reason = Eine nette Nachricht zeigt Noah, dass er nicht allein ist. Ein Erwachsener, dem du vertraust, kann helfen, das Ärgern zu stoppen.

kind-bystander-photo-prompt = Jemand teilt ein peinliches Foto von deiner Mitschülerin Zoe, um sie auszulachen.
kind-bystander-photo-share = Es an noch mehr Freunde schicken.
kind-bystander-photo-share-reason = Jedes Teilen verbreitet das Foto weiter und tut Zoe noch mehr weh. Niemand sollte ein Foto teilen, um jemanden auszulachen.
kind-bystander-photo-stop = Melden und es einem Erwachsenen sagen.
kind-bystander-photo-stop-reason = Bei dir geht das Foto nicht weiter. Durch Melden kann es gelöscht werden, und ein Erwachsener kann Zoe helfen.
kind-bystander-photo-like = Es liken, weil es alle anderen auch schon tun.
kind-bystander-photo-like-reason = Ein Like sagt der Person, die es geschickt hat: Das Foto ist lustig. Dann postet sie vielleicht noch mehr.

kind-bystander-game-prompt = Ein paar Kinder lassen Finn in einem Online-Spiel absichtlich nicht mitspielen.
kind-bystander-game-invite = Finn einladen, mit dir zu spielen.
kind-bystander-game-invite-reason = Eine einfache Einladung kann Finn sehr freuen. Wird er weiter ausgeschlossen, sag es einem Erwachsenen, dem du vertraust.
kind-bystander-game-along = Ohne ihn spielen. Ihr Spiel, ihre Regeln.
kind-bystander-game-along-reason = Absichtlich ausgeschlossen zu werden tut weh. Wenn du mitmachst, fühlt sich Finn noch einsamer.
kind-bystander-game-pretend = So tun, als hättest du nichts gesehen.
kind-bystander-game-pretend-reason = Wegschauen ist leicht, aber Finn fühlt sich trotzdem ausgeschlossen. Schon eine kleine nette Geste kann ihm helfen.

## Level 5: a class group chat (spot_flags, screen: group_chat)

level-kind-group-chat-title = Der Klassenchat
level-kind-group-chat-instruction = Tippe auf jede gemeine Nachricht in diesem Klassenchat.
level-kind-group-chat-learned = Auslachen, Ausschließen, Fotos ohne Fragen teilen und Mitlachen sind gemein. Mach nicht mit.
level-kind-group-chat-hint-1 = Lies jede Nachricht. Wie würde sich Sam dabei fühlen?
level-kind-group-chat-hint-2 = Gemeine Nachrichten machen sich über jemanden lustig, schließen ihn aus oder teilen sein Foto.
level-kind-group-chat-hint-3 = Ben schreibt zwei der gemeinen Nachrichten.

kind-group-chat-trip = Mia: Wer freut sich schon auf den Ausflug morgen?
kind-group-chat-trip-reason = Eine freundliche Frage an die ganze Klasse. Diese Nachricht ist in Ordnung.
kind-group-chat-bottle = Leo: Ich! Vergesst eure Trinkflasche nicht.
kind-group-chat-bottle-reason = Eine hilfreiche Erinnerung für alle. Diese Nachricht ist in Ordnung.
kind-group-chat-shoes = Ben: Habt ihr Sams Schuhe heute gesehen? So hässlich lol
kind-group-chat-shoes-reason = Das macht Sam vor der ganzen Klasse lächerlich. Mach nicht mit und sei nett zu Sam.
kind-group-chat-laugh = Max: HAHAHA (fünf lachende Gesichter)
kind-group-chat-laugh-reason = Mitlachen macht das Ärgern noch schlimmer. Sich rauszuhalten ist schon besser.
kind-group-chat-homework = Finn: Kann mir jemand die Hausaufgaben-Seite schicken?
kind-group-chat-homework-reason = Nach Hilfe bei den Hausaufgaben zu fragen ist in Ordnung. Dafür sind Klassenchats super.
kind-group-chat-photo = Ben: Schaut mal! Ein Foto, wie Sam auf dem Schulhof hinfällt.
kind-group-chat-photo-reason = Sam hat nicht erlaubt, dass dieses Foto geteilt wird. Frag immer, bevor du ein Foto von jemandem teilst, und erzähl einem Erwachsenen davon.
kind-group-chat-party = Ava: Party bei mir! Ladet Sam nicht ein.
kind-group-chat-party-reason = Wenn alle hören, dass Sam nicht kommen soll, tut ihm das sehr weh. Niemand sollte absichtlich ausgeschlossen werden.
kind-group-chat-thanks = Zoe: Sam hat mir heute beim Projekt geholfen. Danke, Sam!
kind-group-chat-thanks-reason = Sich vor der Klasse zu bedanken ist freundlich. Diese Nachricht ist in Ordnung.
