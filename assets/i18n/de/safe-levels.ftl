# Die Welt „Gemeinsam sicher“: jemand online ist nicht, wer er vorgibt zu sein, was du tun
# kannst, blockieren und melden, Anmeldecodes und wo es Hilfe gibt. Level 6 und 7 sind nur für
# 12- bis 14-Jährige (Drohungen mit einem privaten Foto, ein privates Foto von jemand
# anderem): ruhig, nie drastisch, nie mit Schuld. Namen bleiben unverändert. Einem
# Erwachsenen, dem man vertraut, Bescheid zu sagen, ist immer richtig.

world-safe-together = Gemeinsam sicher

safe-bin-good = Gute Idee
safe-bin-bad = Keine gute Idee

## Wo es Hilfe gibt: Das Spiel setzt für { $helpline } eine dieser Nachrichten ein.

helpline-call = Du kannst auch ein Kinder- und Jugendtelefon anrufen: { $service }, { $number }.
helpline-ask-adult = Frag einen Erwachsenen, dem du vertraust, nach dem Kinder- und Jugendtelefon in deinem Land.

## Level 1: ein neuer Freund aus dem Spiel (spot_flags)

level-safe-new-friend-title = Neu im Spiel-Chat
level-safe-new-friend-instruction = Jemand aus einem Spiel schreibt dir. Tippe auf alle Warnzeichen.
level-safe-new-friend-learned = Geheimnisse, Fotos, private Chats und Treffen sind Warnzeichen. Hör auf und sag es einem Erwachsenen, dem du vertraust.
level-safe-new-friend-hint-1 = Lies jede Zeile. Würde ein Kind in deinem Alter so etwas fragen?
level-safe-new-friend-hint-2 = Pass auf, wenn jemand Geheimnisse, Fotos, Angaben über dich oder ein Treffen will.
level-safe-new-friend-hint-3 = Schau dir die Zeilen über deine Eltern und deine Schule genau an.

safe-new-friend-sender = Von: Kai_Star (spielt dasselbe Spiel wie du)
safe-new-friend-sender-reason = Mit anderen zu chatten kann Spaß machen. Aber du weißt nur, was Kai über sich erzählt.
safe-new-friend-game = Gutes Spiel heute! In welchem Level bist du?
safe-new-friend-game-reason = Über das Spiel zu reden ist normal. Diese Zeile ist in Ordnung.
safe-new-friend-secret = Erzähl deinen Eltern nichts von mir, okay?
safe-new-friend-secret-reason = Ein guter Freund will nicht, dass du ihn vor deiner Familie versteckst. Das ist ein Warnzeichen.
safe-new-friend-private = Lass uns in einer anderen App chatten. Nur wir zwei.
safe-new-friend-private-reason = Dich in einen privaten Chat zu holen, weg von anderen, ist ein Warnzeichen.
safe-new-friend-photo = Schick mir ein Foto von dir. Nur für mich!
safe-new-friend-photo-reason = Schick nie Fotos von dir an jemanden, den du nur online kennst.
safe-new-friend-school = Auf welche Schule gehst du?
safe-new-friend-school-reason = Deine Schule verrät Fremden, wo sie dich finden. Behalte das für dich.
safe-new-friend-meet = Treffen wir uns am Samstag im Park!
safe-new-friend-meet-reason = Triff dich nie mit jemandem, den du nur online kennst. Sag es einem Erwachsenen, dem du vertraust.

## Level 2: Was tust du? (pick_reply)

level-safe-what-to-do-title = Was tust du?
level-safe-what-to-do-instruction = Kai aus dem Spiel will mehr. Wähle jedes Mal die beste Antwort.
level-safe-what-to-do-learned = Du darfst immer Nein sagen. Blockiere die Person und sag es einem Erwachsenen, dem du vertraust. Es ist nie deine Schuld.
level-safe-what-to-do-hint-1 = Wer könnte dir helfen herauszufinden, ob Kai die Wahrheit über sich sagt?
level-safe-what-to-do-hint-2 = Geheimnisse und Treffen mit Online-Freunden sind Warnzeichen. Hol dir Hilfe, geh nicht allein.
level-safe-what-to-do-hint-3 = Wenn Kai wütend wird, musst du gar nicht antworten.

safe-what-to-do-secret-prompt = Kai schreibt: „Unsere Chats bleiben unser Geheimnis.“ Was tust du?
safe-what-to-do-secret-keep = Das Geheimnis für mich behalten. Kai ist nett zu mir.
safe-what-to-do-secret-keep-reason = Nette Worte können einen Trick verstecken. Ein echter Freund braucht keine Geheimnisse vor deiner Familie.
safe-what-to-do-secret-ask-why = Erst Kai fragen, warum, und dann allein entscheiden.
safe-what-to-do-secret-ask-why-reason = Kai hat vielleicht eine schlaue Antwort. Entscheide nicht allein: Frag jemanden, dem du vertraust.
safe-what-to-do-secret-tell = Einem Erwachsenen von den Chats erzählen.
safe-what-to-do-secret-tell-reason = Ja! Wenn jemand Geheimnisse will, ist das ein Warnzeichen. Ein Erwachsener, dem du vertraust, hilft dir beim Prüfen.

safe-what-to-do-meet-prompt = Kai will dich im Park treffen. Was tust du?
safe-what-to-do-meet-go-with-friend = Hingehen, aber ein Kind aus der Klasse mitnehmen.
safe-what-to-do-meet-go-with-friend-reason = Zwei Kinder sind nicht sicher genug. Triff dich nie mit jemandem, den du nur online kennst.
safe-what-to-do-meet-say-no = Nein sagen und es einem Erwachsenen erzählen.
safe-what-to-do-meet-say-no-reason = Richtig. Sag Nein und lass dir von einem Erwachsenen, dem du vertraust, mit Kai helfen.
safe-what-to-do-meet-go-tell-later = Hingehen und es danach einem Erwachsenen sagen.
safe-what-to-do-meet-go-tell-later-reason = Es einem Erwachsenen zu sagen ist gut, aber geh nicht hin. Triff dich nie mit jemandem, den du nur online kennst.

safe-what-to-do-angry-prompt = Du hast Nein gesagt. Jetzt schickt Kai dir wütende Nachrichten.
safe-what-to-do-angry-block = Kai blockieren und es einem Erwachsenen sagen.
safe-what-to-do-angry-block-reason = Ja. Du musst nicht antworten. Blockiere Kai und hol dir Hilfe von einem Erwachsenen, dem du vertraust.
safe-what-to-do-angry-sorry = Mich entschuldigen und tun, was Kai will.
safe-what-to-do-angry-sorry-reason = Du hast nichts falsch gemacht. Nein zu sagen war richtig.
safe-what-to-do-angry-argue = So lange zurückschreiben, bis Kai sich entschuldigt.
safe-what-to-do-angry-argue-reason = Wenn ihr streitet, schreibt Kai dir immer weiter. Hör lieber auf zu antworten.

## Level 3: Blockieren und melden (sort)

level-safe-block-report-title = Blockieren und melden
level-safe-block-report-instruction = Jemand online gibt dir ein schlechtes Gefühl. Ist jede Idee gut oder nicht?
level-safe-block-report-learned = Nachrichten sichern, die Person blockieren, sie in der App melden und es einem Erwachsenen sagen, dem du vertraust.
level-safe-block-report-hint-1 = Welche Ideen machen es besser, welche schlimmer?
level-safe-block-report-hint-2 = Beweise behalten, die Nachrichten stoppen, Hilfe holen.
level-safe-block-report-hint-3 = Den Chat zu löschen ist keine gute Idee: Dann sind die Beweise weg.

safe-block-report-screenshot = Screenshots von den Nachrichten machen
safe-block-report-screenshot-reason = Screenshots sind Beweise. Mach sie, bevor du blockierst, falls der Chat verschwindet.
safe-block-report-delete = Den ganzen Chat löschen, damit ihn keiner sieht
safe-block-report-delete-reason = Dann sind die Beweise weg. Behalte die Nachrichten, damit ein Erwachsener helfen kann.
safe-block-report-block = Die Person blockieren
safe-block-report-block-reason = Blockieren verhindert, dass sie dir weiter schreibt.
safe-block-report-reply-mean = Eine gemeine Nachricht zurückschicken
safe-block-report-reply-mean-reason = Das kann alles schlimmer machen. Antworte lieber gar nicht.
safe-block-report-report = Das Profil in der App melden
safe-block-report-report-reason = Das Team der App prüft Meldungen und kann das Konto sperren.
safe-block-report-unblock = Die Blockierung aufheben, um zu sehen, ob es der Person leidtut
safe-block-report-unblock-reason = Dann kann sie dir wieder schreiben. Lass die Person blockiert.
safe-block-report-tell = Einem Erwachsenen erzählen, was passiert ist
safe-block-report-tell-reason = Ein Erwachsener, dem du vertraust, hilft dir, es zu melden, und tröstet dich.

## Level 4: der Anmeldecode (pick_reply)

level-safe-login-code-title = Der geheime Anmeldecode
level-safe-login-code-instruction = Wähle jedes Mal die beste Antwort.
level-safe-login-code-learned = Ein Anmeldecode ist nur für dich. Gib ihn nie weiter, auch nicht an Freunde oder den „Support“.
level-safe-login-code-hint-1 = Wer braucht den Code, der auf deinem Handy ankommt?
level-safe-login-code-hint-2 = Der Code ist ein zweites Schloss an deinem Konto. Er funktioniert wie ein Schlüssel.
level-safe-login-code-hint-3 = Ein echtes Support-Team fragt nie nach deinem Code.

safe-login-code-why-prompt = Nach dem Passwort schickt dir die App einen Code aufs Handy. Warum?
safe-login-code-why-ads = Weil die App deine Nummer für Werbung will.
safe-login-code-why-ads-reason = Nein. Der Code soll dein Konto schützen.
safe-login-code-why-second-lock = Ein zweites Schloss: Nur du kommst rein.
safe-login-code-why-second-lock-reason = Ja. Das ist die Anmeldung in zwei Schritten. Wer dein Passwort klaut, braucht trotzdem noch den Code.
safe-login-code-why-phone-check = Um zu prüfen, ob dein Handy noch geht.
safe-login-code-why-phone-check-reason = Nein. Der Code zeigt, dass wirklich du dich anmeldest.

safe-login-code-friend-prompt = Eine Nachricht von Mia: „Hoppla, mein Code ging an dich. Schickst du ihn mir?“
safe-login-code-friend-send = Schnell schicken. Mia ist meine Freundin und braucht ihn.
safe-login-code-friend-send-reason = Vielleicht wurde Mias Konto gehackt. Mit dem Code kämen Fremde in DEIN Konto.
safe-login-code-friend-half = Nur die erste Hälfte vom Code schicken.
safe-login-code-friend-half-reason = Auch ein halber Code hilft Dieben. Behalte den ganzen Code für dich.
safe-login-code-friend-ask = Nicht schicken. Mia persönlich oder am Telefon fragen.
safe-login-code-friend-ask-reason = Richtig. Frag Mia auf einem anderen Weg. Wahrscheinlich ist es ein Trick.

safe-login-code-support-prompt = Im Chat steht: „Hier ist der Spiel-Support. Nenn uns deinen Code, damit dein Konto sicher bleibt.“
safe-login-code-support-give = Ihn nennen. Das ist ja der Support.
safe-login-code-support-give-reason = Ein echtes Support-Team fragt nie nach deinem Code. Das ist ein Trick.
safe-login-code-support-say-no = Nein sagen. Der Support braucht meinen Code nie.
safe-login-code-support-say-no-reason = Richtig. Das sagen auch echte Firmen: Sie fragen nie nach deinem Code.
safe-login-code-support-adult-reads = Einen Erwachsenen bitten, ihnen den Code vorzulesen.
safe-login-code-support-adult-reads-reason = Niemand sollte den Code weitergeben, egal ob Kind oder Erwachsener. Zeig die Nachricht lieber einem Erwachsenen.

## Level 5: Wo es Hilfe gibt (pick_reply); der Lerntext nennt das Kinder- und Jugendtelefon

level-safe-get-help-title = Wo es Hilfe gibt
level-safe-get-help-instruction = Etwas online macht dir Sorgen. Wähle jedes Mal die beste Antwort.
level-safe-get-help-learned = Du bist nie allein. Sprich mit einem Erwachsenen, dem du vertraust. { $helpline }
level-safe-get-help-hint-1 = Was ist besser: eine Sorge für dich behalten oder darüber reden?
level-safe-get-help-hint-2 = Erwachsene, denen du vertraust, und Kinder- und Jugendtelefone hören zu und helfen.
level-safe-get-help-hint-3 = Die 116 111 ist in vielen Ländern eine Nummer für Kinder.

safe-get-help-worried-prompt = Du hast online etwas gesehen, das dir Angst macht. Was hilft am meisten?
safe-get-help-worried-keep = Es für mich behalten und versuchen, es zu vergessen.
safe-get-help-worried-keep-reason = Sorgen werden größer, wenn du sie für dich behältst. Darüber reden hilft.
safe-get-help-worried-tell = Einem Erwachsenen sagen, was ich gesehen habe.
safe-get-help-worried-tell-reason = Ja! Deine Eltern, andere Erwachsene, die sich um dich kümmern, oder deine Lehrkraft können dir helfen.
safe-get-help-worried-search = Online noch mehr darüber suchen.
safe-get-help-worried-search-reason = Du findest vielleicht noch Schlimmeres. Sprich zuerst mit jemandem.

safe-get-help-nobody-prompt = Du willst mit niemandem reden, den du kennst. Was kannst du tun?
safe-get-help-nobody-forum = Fremde in einem Forum fragen, was ich tun soll.
safe-get-help-nobody-forum-reason = Fremde online sind nicht immer nett und haben nicht immer recht. Ein Kinder- und Jugendtelefon ist zum Helfen da.
safe-get-help-nobody-wait = Warten, bis das Problem von allein weggeht.
safe-get-help-nobody-wait-reason = Probleme gehen oft nicht von allein weg. Es ist in Ordnung, um Hilfe zu bitten.
safe-get-help-nobody-helpline = Ein Kinder- und Jugendtelefon anrufen.
safe-get-help-nobody-helpline-reason = Ja. Dort hört man Kindern zu. Du musst deinen Namen nicht sagen.

safe-get-help-number-prompt = Auf einem Plakat in der Schule steht 116 111. Was ist das für eine Nummer?
safe-get-help-number-helpline = Ein Sorgentelefon für Kinder in vielen Ländern Europas
safe-get-help-number-helpline-reason = Ja. In vielen Ländern Europas ist die 116 111 ein Sorgentelefon für Kinder. Manche Länder haben eine andere Nummer.
safe-get-help-number-prize = Eine Nummer, bei der man Preise gewinnt
safe-get-help-number-prize-reason = Nein. Dort können Kinder über ihre Sorgen sprechen.
safe-get-help-number-adults = Eine Nummer, die nur Erwachsene anrufen dürfen, sonst niemand
safe-get-help-number-adults-reason = Nein. Kinder können selbst dort anrufen.

## Level 6 (nur 12–14): Wenn jemand droht (pick_reply)

level-safe-threats-title = Wenn jemand droht
level-safe-threats-instruction = Jemand droht, ein privates Foto zu teilen. Wähle die beste Antwort.
level-safe-threats-learned = Es ist nie deine Schuld. Nicht zahlen, nicht mehr antworten, Nachrichten behalten, einem Erwachsenen Bescheid sagen und melden.
level-safe-threats-hint-1 = Was will die Person, die droht, von dir?
level-safe-threats-hint-2 = Zahlen oder mehr schicken stoppt die Drohungen nicht. Hilfe holen schon.
level-safe-threats-hint-3 = Behalte den Chat als Beweis, aber antworte nicht mehr.

safe-threats-pay-prompt = Ein Online-Kontakt schreibt: „Zahl mir Geld, sonst teile ich das private Foto, das du geschickt hast.“
safe-threats-pay-pay = Schnell zahlen, damit das Foto privat bleibt.
safe-threats-pay-pay-reason = Zahlen stoppt sie nicht. Meistens wollen sie danach noch mehr.
safe-threats-pay-stop = Nicht mehr antworten und einem Erwachsenen Bescheid sagen.
safe-threats-pay-stop-reason = Ja. Brich den Kontakt ab und hol dir Hilfe. Ein Erwachsener hilft dir beim Melden.
safe-threats-pay-more = Noch ein Foto schicken, damit Ruhe ist.
safe-threats-pay-more-reason = Schick nie mehr. Sie hören trotzdem nicht auf. Hol dir lieber Hilfe.

safe-threats-chat-prompt = Du fühlst dich schrecklich und willst den Chat loswerden. Was tust du damit?
safe-threats-chat-delete = Sofort den ganzen Chat und mein Konto löschen.
safe-threats-chat-delete-reason = Der Chat ist ein Beweis. Die App und die Polizei brauchen ihn, um die Täter zu stoppen.
safe-threats-chat-forward = Den Chat an Freunde weiterleiten und sie fragen.
safe-threats-chat-forward-reason = Leite ihn nicht weiter. Das bleibt zwischen dir und einem Erwachsenen, dem du vertraust.
safe-threats-chat-keep = Chat behalten, dann blockieren und melden.
safe-threats-chat-keep-reason = Richtig. Behalte die Nachrichten als Beweis, dann blockiere und melde das Konto.

safe-threats-fault-prompt = Du denkst: „Das ist meine Schuld. Ich kann es keinem sagen.“ Was stimmt?
safe-threats-fault-my-fault = Es ist meine Schuld, also muss ich es allein lösen.
safe-threats-fault-my-fault-reason = Nein. Wer droht, tut Unrecht, nicht du.
safe-threats-fault-never = Es ist nie meine Schuld, und es gibt Hilfe.
safe-threats-fault-never-reason = Ja. Du wurdest hereingelegt. Erwachsene und Sorgentelefone helfen, ohne dir die Schuld zu geben.
safe-threats-fault-later = Es erst dann erzählen, wenn es schlimmer wird.
safe-threats-fault-later-reason = Erzähl es jetzt. Je früher du Hilfe bekommst, desto früher hört es auf.

safe-threats-online-prompt = Du hast Angst, dass das Foto jetzt online ist. Was kann helfen?
safe-threats-online-take-it-down = Mit einem Erwachsenen ein Tool wie Take It Down nutzen.
safe-threats-online-take-it-down-reason = Take It Down hilft in jedem Land, Fotos zu entfernen, die vor deinem 18. Geburtstag entstanden sind.
safe-threats-online-search = Jeden Tag nach dem Foto suchen, um nachzusehen.
safe-threats-online-search-reason = Dann fühlst du dich nur schlechter. Lass einen Erwachsenen und ein Tool die Arbeit machen.
safe-threats-online-nothing = Wenn ein Foto online ist, kann nichts mehr helfen.
safe-threats-online-nothing-reason = Stimmt nicht. Fotos können oft entfernt werden. Es gibt immer Hilfe.

## Level 7 (nur 12–14): ein privates Foto von jemand anderem (sort)

level-safe-not-yours-title = Ein Foto, das nicht dir gehört
level-safe-not-yours-instruction = In einem Chat wird ein privates Foto von jemandem aus der Klasse geteilt. Gute Idee oder nicht?
level-safe-not-yours-learned = Behalte oder teile nie ein privates Foto von jemandem. Sag es einem Erwachsenen, dem du vertraust, und melde es.
level-safe-not-yours-hint-1 = Wie würdest du dich fühlen, wenn es dein Foto wäre?
level-safe-not-yours-hint-2 = Jedes Teilen verletzt die Person auf dem Foto aufs Neue.
level-safe-not-yours-hint-3 = Weiterschicken ist nie eine gute Idee, auch nicht, um Hilfe zu holen.

safe-not-yours-forward = An einen Freund oder eine Freundin weiterleiten
safe-not-yours-forward-reason = Jedes Teilen verletzt die Person noch mehr. In vielen Ländern ist es auch verboten.
safe-not-yours-tell = Einem Erwachsenen davon erzählen
safe-not-yours-tell-reason = Ja. Ein Erwachsener kann helfen, dass es sich nicht weiter verbreitet. Du musst das Foto dafür niemandem schicken.
safe-not-yours-save = Auf meinem Handy speichern
safe-not-yours-save-reason = Behalte es nicht. So ein Foto gehört nicht auf dein Handy.
safe-not-yours-report = Den Beitrag in der App melden
safe-not-yours-report-reason = Die App kann ihn entfernen. Die Person auf dem Foto braucht das.
safe-not-yours-ask-friend = Es jemandem schicken, um zu fragen, was ich tun soll
safe-not-yours-ask-friend-reason = Schick es niemandem, auch nicht, um Hilfe zu holen. Erzähl lieber davon.
safe-not-yours-kind = Nett zu der Person auf dem Foto sein
safe-not-yours-kind-reason = Ihr geht es vielleicht schrecklich. Es ist nicht ihre Schuld.
safe-not-yours-laugh = Mitlachen, damit ich dazugehöre
safe-not-yours-laugh-reason = Mitlachen verletzt sie noch mehr. Du kannst die Person sein, die es stoppt.
