# The "AI and Me" world: chatbots, AI that learns from examples, recommendations, pictures
# and voices made by AI, and using AI for schoolwork. Level files under
# assets/levels/ai-*.json refer to these ids. Per level: a title, what to do, what was
# learned, three hints (a nudge, the idea, part of the answer), then each item and the reason
# shown when it is tapped. Item texts stay short (about 60 characters at most). All people,
# apps and accounts are made up. The teach-the-robot level's cards and buttons are in
# training.ftl.

world-ai-and-me = KI und ich

# Boxes of the sorting levels in this world.
ai-bin-ok-to-ask = Fragen ist okay
ai-bin-good-use = Gut genutzt
ai-bin-not-ok = Nicht okay

## Level 2: what to tell a chatbot (sort: OK to ask / keep private)

level-ai-what-to-tell-title = Plaudern mit einem Chatbot
level-ai-what-to-tell-instruction = Darfst du das einen Chatbot fragen, oder behältst du es lieber für dich?
level-ai-what-to-tell-learned = Frag einen Chatbot nach der Welt, nicht nach dir. Namen, Adressen, Fotos, Passwörter und Geheimnisse bleiben privat.
level-ai-what-to-tell-hint-1 = Frag dich: Geht es um die Welt oder um mich und meine Freunde?
level-ai-what-to-tell-hint-2 = Die Firma hinter einem Chatbot kann lesen, was du eintippst. Alles, was zeigt, wer du bist, bleibt privat.
level-ai-what-to-tell-hint-3 = Nach der Drachengeschichte darfst du fragen. Deine Adresse bleibt privat.

ai-what-to-tell-volcano = Wie funktionieren Vulkane?
ai-what-to-tell-volcano-reason = Eine Frage über die Welt verrät nichts über dich. Schau die Antwort auch in einem Buch nach.
ai-what-to-tell-address = Deine Adresse
ai-what-to-tell-address-reason = Ein Chatbot muss nicht wissen, wo du wohnst. Die Firma dahinter kann lesen, was du eintippst.
ai-what-to-tell-name-school = Dein ganzer Name und deine Schule
ai-what-to-tell-name-school-reason = Zusammen verraten sie allen, die sie lesen, wer du bist und wo man dich findet. Behalte sie für dich.
ai-what-to-tell-dragon = Ideen für eine Geschichte über einen Drachen
ai-what-to-tell-dragon-reason = Nach Ideen fragen ist in Ordnung. Dann mach die Geschichte zu deiner eigenen.
ai-what-to-tell-password = Dein Passwort, damit er es sich merkt
ai-what-to-tell-password-reason = Ein Chatbot braucht nie dein Passwort. Nur du und der Erwachsene, der dir dabei hilft, sollen es kennen.
ai-what-to-tell-face-photo = Ein Foto von deinem Gesicht
ai-what-to-tell-face-photo-reason = Ein Foto von dir ist persönlich. Gib es keinem Chatbot. Frag einen Erwachsenen, dem du vertraust, bevor du Fotos teilst.
ai-what-to-tell-perimeter = Was bedeutet „Umfang“?
ai-what-to-tell-perimeter-reason = Fragen, was ein Wort bedeutet, ist in Ordnung. Deine Lehrkraft kann die Antwort mit dir prüfen.
ai-what-to-tell-friend-secret = Ein Geheimnis, das dir jemand erzählt hat
ai-what-to-tell-friend-secret-reason = Es ist nicht dein Geheimnis. Du gibst es nicht weiter, keinem Chatbot und niemandem sonst.

## Level 1: teach the robot (train_robot; the cards are in training.ftl)

level-ai-teach-the-robot-title = Bring dem Roboter etwas bei
level-ai-teach-the-robot-instruction = Sortiere die Karten, damit der Roboter lernt, was eine Katze ist. Dann teste ihn.
level-ai-teach-the-robot-learned = Ein Roboter lernt nur aus seinen Beispielen. Zeig ihm viele Arten von Katzen, dann erkennt er auch neue.
level-ai-teach-the-robot-hint-1 = Schau dir die Katzen an, von denen der Roboter gelernt hat. Worin gleichen sie sich?
level-ai-teach-the-robot-hint-2 = Jede Katze, die er gesehen hat, war klein und orange. Er braucht Katzen, die anders aussehen.
level-ai-teach-the-robot-hint-3 = Gib ihm eine Katze, die grau, groß oder flauschig ist.

## Level 3: sure, but wrong (pick the reply)

level-ai-chatbot-sure-title = Ganz sicher, aber falsch
level-ai-chatbot-sure-instruction = Ein Chatbot klingt ganz sicher. Was machst du?
level-ai-chatbot-sure-learned = Ein Chatbot kann sicher klingen und trotzdem falschliegen. Prüf es in einem Buch oder auf einer verlässlichen Seite, oder frag einen Erwachsenen.
level-ai-chatbot-sure-hint-1 = Wird etwas wahr, nur weil es sicher klingt?
level-ai-chatbot-sure-hint-2 = Prüf es mit einer Quelle, die nicht der Chatbot ist.
level-ai-chatbot-sure-hint-3 = Bei der Spinne hilft ein Sachbuch über Tiere.

ai-chatbot-sure-spider-prompt = Für die Hausaufgaben fragst du einen Chatbot: „Ist eine Spinne ein Insekt?“ Er sagt: „Ja, Spinnen sind Insekten.“
ai-chatbot-sure-spider-copy = Aufschreiben. Er klingt ganz sicher.
ai-chatbot-sure-spider-copy-reason = Sicher klingen heißt nicht richtig sein. Spinnen haben 8 Beine, Insekten 6.
ai-chatbot-sure-spider-check = In einem Sachbuch oder auf einer verlässlichen Seite prüfen
ai-chatbot-sure-spider-check-reason = Richtig! Eine andere Quelle zeigt, dass der Chatbot falschlag: Spinnen sind keine Insekten.
ai-chatbot-sure-spider-ask-again = Den Chatbot fragen: „Bist du sicher?“
ai-chatbot-sure-spider-ask-again-reason = Vielleicht sagt er einfach noch mal Ja. Prüf es mit einer Quelle, die nicht der Chatbot ist.
ai-chatbot-sure-talk-prompt = Ein Chatbot nennt dir eine erstaunliche Tatsache für dein Referat. Du findest sie nirgends sonst.
ai-chatbot-sure-talk-use-it = Nehmen: Der Chatbot weiß bestimmt mehr als wir
ai-chatbot-sure-talk-use-it-reason = Chatbots können Tatsachen erfinden, die echt klingen. Wenn es sonst niemand sagt, lass es weg.
ai-chatbot-sure-talk-leave-out = Weglassen oder deine Lehrkraft danach fragen
ai-chatbot-sure-talk-leave-out-reason = Gut. Was du nicht prüfen kannst, gehört noch nicht in dein Referat.
ai-chatbot-sure-talk-tell-friends = Deinen Freunden sagen, dass es stimmt
ai-chatbot-sure-talk-tell-friends-reason = So verbreitest du etwas, das niemand geprüft hat. Prüf es zuerst.

## Level 4: why this video? (pick the reply)

level-ai-why-this-video-title = Warum dieses Video?
level-ai-why-this-video-instruction = Find heraus, warum dir die App zeigt, was sie zeigt.
level-ai-why-this-video-learned = Apps lernen aus dem, was du anschaust, likest und suchst. Such nach Neuem und sag der App, was du nicht willst.
level-ai-why-this-video-hint-1 = Überleg mal: Was hast du vorher in der App gemacht?
level-ai-why-this-video-hint-2 = Die App wählt Videos nach dem aus, was du anschaust, likest und suchst.
level-ai-why-this-video-hint-3 = Wenn du anderes sehen willst, zeig der App, was dir noch gefällt.

ai-why-this-video-cakes-prompt = Du hast drei Kuchenvideos bis zum Ende angeschaut. Jetzt zeigt dir die App ganz viele Kuchenvideos.
ai-why-this-video-cakes-everyone = Heute schaut die ganze Welt Kuchenvideos
ai-why-this-video-cakes-everyone-reason = Eher nicht! Die App sucht Videos danach aus, was du gemacht hast.
ai-why-this-video-cakes-learned = Die App hat aus dem gelernt, was du angeschaut hast
ai-why-this-video-cakes-learned-reason = Richtig. Apps wählen das Nächste nach dem aus, was du anschaust, likest und suchst.
ai-why-this-video-cakes-teacher = Deine Lehrkraft hat der App gesagt, dass du Kuchen magst
ai-why-this-video-cakes-teacher-reason = Nein. Die App hat es aus deinem eigenen Tippen und Schauen gelernt.
ai-why-this-video-more-prompt = Du willst mehr als Kuchen sehen. Was hilft?
ai-why-this-video-more-search = Nach Neuem suchen, auf „Kein Interesse“ tippen
ai-why-this-video-more-search-reason = Ja! Auch daraus lernt die App. Viele Apps haben einen Knopf wie „Kein Interesse“.
ai-why-this-video-more-more-cakes = Noch mehr Kuchenvideos schauen
ai-why-this-video-more-more-cakes-reason = Damit lernt die App, dass du nur Kuchen willst.
ai-why-this-video-more-scroll = Weiterscrollen: Die App ändert sich bald von selbst
ai-why-this-video-more-scroll-reason = Die App wählt weiter nach dem aus, was du vorher gemacht hast. Zeig ihr, was dir noch gefällt.
ai-why-this-video-feel-bad-prompt = Die App zeigt dir immer wieder ähnliche Videos. Danach findest du dich selbst nicht mehr gut.
ai-why-this-video-feel-bad-keep-watching = Weiterschauen, damit du nichts verpasst
ai-why-this-video-feel-bad-keep-watching-reason = Wenn du weiterschaust, zeigt dir die App mehr davon. Hör auf und mach eine Pause.
ai-why-this-video-feel-bad-share = Mit Freunden teilen: Geht es ihnen genauso?
ai-why-this-video-feel-bad-share-reason = So verbreitest du das schlechte Gefühl. Hör auf zu schauen und sprich mit jemandem, dem du vertraust.
ai-why-this-video-feel-bad-stop-tell = Aufhören und es einem Erwachsenen sagen
ai-why-this-video-feel-bad-stop-tell-reason = Gut. Wie du dich fühlst, ist wichtiger als die App. Ein Erwachsener, dem du vertraust, kann dir helfen, das zu ändern, was sie dir zeigt.

## Level 5: real or made by AI? (red flags on a photo post)

level-ai-fake-picture-title = Echt oder von KI gemacht?
level-ai-fake-picture-instruction = Tippe auf jeden Hinweis, dass dieses Bild von KI stammen oder nicht stimmen könnte.
level-ai-fake-picture-learned = KI kann Bilder machen, die echt aussehen. Such nach Hinweisen, prüf andere Quellen und frag einen Erwachsenen, wenn du unsicher bist.
level-ai-fake-picture-hint-1 = Würde dich dieses Bild im echten Leben überraschen?
level-ai-fake-picture-hint-2 = Überraschend, zu perfekt, falsche Einzelheiten und Druck, schnell zu teilen: alles Hinweise.
level-ai-fake-picture-hint-3 = Lies das Schild am Bus ganz genau.

ai-fake-picture-account = Gepostet von: @pic_planet, heute um 10:02
ai-fake-picture-account-reason = Name und Uhrzeit allein sagen nicht, ob ein Bild echt ist. Schau dir das Bild selbst an.
ai-fake-picture-photo = Foto: ein Pinguin, so groß wie ein Schulbus
ai-fake-picture-photo-reason = Sehr überraschende Bilder sind ein Hinweis. Prüf, ob Nachrichten oder verlässliche Seiten es auch zeigen.
ai-fake-picture-perfect = Alles sieht glatt und perfekt aus, wie Spielzeug
ai-fake-picture-perfect-reason = Bilder von KI können zu perfekt aussehen. Das ist ein Hinweis: Prüf erst, bevor du es glaubst.
ai-fake-picture-sign = Auf dem Schild am Bus steht „SCHLUBUS“
ai-fake-picture-sign-reason = Falsche Einzelheiten wie vertauschte Buchstaben sind ein Hinweis, dass ein Bild erfunden sein kann.
ai-fake-picture-caption = Bildtext: ECHT!!! Teilen, bevor es gelöscht wird!
ai-fake-picture-caption-reason = Druck, schnell zu teilen, ist ein Warnzeichen. Echte Nachrichten können warten, bis du es geprüft hast.
ai-fake-picture-question = Kommentar: Welche Nachrichtenseite zeigt das?
ai-fake-picture-question-reason = Gute Frage! Andere Quellen prüfen ist genau richtig.
ai-fake-picture-comment = Kommentar: So groß sind Pinguine nicht!
ai-fake-picture-comment-reason = Dieser Kommentar zweifelt zu Recht. Was du schon weißt, hilft beim Prüfen.

## Level 6: is it really them? (pick the reply)

level-ai-voice-message-title = Wer spricht da wirklich?
level-ai-voice-message-instruction = Stimmen und Videos kann man mit KI machen. Was tust du?
level-ai-voice-message-learned = KI kann Stimmen und Gesichter nachmachen. Will eine Nachricht Codes oder Geld oder drängt dich zum schnellen Tippen, prüf es auf einem anderen Weg und sag es einem Erwachsenen.
level-ai-voice-message-hint-1 = Beweist eine Stimme, die richtig klingt, wer spricht?
level-ai-voice-message-hint-2 = Prüf es bei der Person auf einem anderen Weg, nicht mit einer Antwort auf die Nachricht.
level-ai-voice-message-hint-3 = Bei der Sängerin: Ihre eigene Seite würde es auch sagen.

ai-voice-message-cousin-prompt = Eine Sprachnachricht klingt genau wie dein Cousin Leo: „Mein Handy ist weg! Schick mir schnell den Bankcode deiner Eltern!“
ai-voice-message-cousin-send = Schicken: Leo gehört zur Familie und klingt besorgt
ai-voice-message-cousin-send-reason = KI kann eine Stimme aus einem kurzen Schnipsel nachmachen. Und ein echter Cousin fragt nicht nach einem Bankcode.
ai-voice-message-cousin-check = Mit einem Erwachsenen bei Leo nachfragen
ai-voice-message-cousin-check-reason = Richtig. Trau nicht nur der Stimme. Ein Erwachsener kann Leo unter seiner bekannten Nummer anrufen.
ai-voice-message-cousin-delete-after = Schicken, aber sagen, dass er ihn danach löscht
ai-voice-message-cousin-delete-after-reason = Einmal verschickt, hast du es nicht mehr in der Hand. Schick nie Codes.
ai-voice-message-singer-prompt = In einem Video sagt die Sängerin Mila Star: „Klick auf den Link und hol dir ein Gratis-Tablet!“
ai-voice-message-singer-click = Schnell auf den Link tippen, bevor die Tablets weg sind
ai-voice-message-singer-click-reason = Eile ist ein Warnzeichen. Solche Videos kann man mit KI machen, um dich reinzulegen.
ai-voice-message-singer-check = Erst ihre eigene Seite und die Nachrichten prüfen
ai-voice-message-singer-check-reason = Ja. Wenn ihre eigene Seite und die Nachrichten es nicht sagen, ist das Video gefälscht.
ai-voice-message-singer-aunt = Deine Tante bitten, für dich auf den Link zu tippen
ai-voice-message-singer-aunt-reason = Der Link ist das Problem, egal wer darauf tippt. Prüf erst und zeig deiner Tante dann, warum.

## Level 7: AI helps, you decide (sort: good use / not OK)

level-ai-you-decide-title = KI hilft, du entscheidest
level-ai-you-decide-instruction = Ist das eine gute Art, KI für die Schule zu nutzen, oder nicht okay?
level-ai-you-decide-learned = KI kann dir beim Lernen helfen. Du denkst selbst, prüfst, was sie sagt, und hältst dich an die Regeln deiner Schule.
level-ai-you-decide-hint-1 = Frag dich: Wer denkt hier nach, ich oder die KI?
level-ai-you-decide-hint-2 = KI zum Verstehen oder Üben nutzen ist gut. Ihre Arbeit als deine eigene ausgeben nicht.
level-ai-you-decide-hint-3 = Lass dir von der KI ein Wort erklären: Das ist gut genutzt.

ai-you-decide-explain-word = Dir ein Wort erklären lassen, das du nicht kennst
ai-you-decide-explain-word-reason = KI zum Verstehen nutzen hilft dir beim Lernen. Prüf, ob es Sinn ergibt.
ai-you-decide-copy-story = Eine Geschichte der KI als deine eigene abgeben
ai-you-decide-copy-story-reason = Das ist nicht deine Arbeit, und du lernst nichts. Sag ehrlich, was die KI gemacht hat.
ai-you-decide-quiz = Um Quizfragen zum Üben bitten
ai-you-decide-quiz-reason = Mit ihren Fragen zu üben kann helfen. Prüf die Antworten in deinen Heften.
ai-you-decide-whole-homework = Die KI alle Hausaufgaben für dich machen lassen
ai-you-decide-whole-homework-reason = Dann fällt das Nachdenken weg, um das es bei Hausaufgaben geht. Versuch es erst selbst.
ai-you-decide-check-facts = Fakten der KI im Buch oder auf verlässlichen Seiten prüfen
ai-you-decide-check-facts-reason = KI kann sich irren. Prüfen ist genau richtig.
ai-you-decide-fake-photo = Ein lustiges falsches Foto von jemandem aus der Klasse machen
ai-you-decide-fake-photo-reason = Falsche Bilder von echten Menschen können sie verletzen. Nutz KI nie, um dich über jemanden lustig zu machen.
ai-you-decide-own-words = Ideen holen, dann mit eigenen Worten schreiben
ai-you-decide-own-words-reason = Gut: Die Ideen helfen beim Anfangen, und die Arbeit ist deine.
ai-you-decide-against-rules = KI nutzen, obwohl deine Lehrkraft Nein gesagt hat
ai-you-decide-against-rules-reason = Deine Schule entscheidet, wann KI erlaubt ist. Halte dich an ihre Regeln.
