# The digital-literacy worlds and levels (the coding ones are in coding-levels.ftl). Level files under assets/levels/ refer to these ids.

world-share-safe = Sicher teilen

level-share-or-keep-title = Teilen oder für dich behalten?
level-share-or-keep-instruction = Darfst du das im Internet teilen, oder behältst du es besser für dich?
level-share-or-keep-learned = Was du magst, sogar den Namen deines Haustiers, darfst du teilen. Wo man dich findet und deine Passwörter bleiben privat.
level-share-or-keep-hint-1 = Frag dich: Könnten Fremde mich damit finden oder in mein Konto kommen?
level-share-or-keep-hint-2 = Was du magst, darfst du teilen. Was zeigt, wo man dich findet, oder deine Konten öffnet, bleibt privat.
level-share-or-keep-hint-3 = Den Namen deines Haustiers darfst du teilen, aber nie als Passwort nehmen. Deine Adresse bleibt privat.

card-favourite-colour = Deine Lieblingsfarbe
reason-favourite-colour = Viele Menschen mögen dieselbe Farbe. Sie verrät nicht, wer du bist oder wo du bist.
card-home-address = Deine Adresse
reason-home-address = Fremde könnten damit herausfinden, wo du wohnst.
card-favourite-game = Dein Lieblingsspiel
reason-favourite-game = Über Spiele zu reden, die du magst, macht Spaß. Und es verrät niemandem, wo du bist.
card-password = Dein Passwort
reason-password = Ein Passwort ist wie ein Schlüssel. Nur du und deine Eltern oder andere Erwachsene, die sich um dich kümmern, sollten es kennen.
card-pet-name = Der Name deines Haustiers
reason-pet-name = Den darfst du ruhig teilen. Nimm ihn nur nie als Passwort: Wer ihn kennt, könnte es erraten.
card-favourite-animal = Dein Lieblingstier
reason-favourite-animal = Es macht Spaß, das zu teilen, und es verrät nicht, wo du wohnst.
card-school-name = Der Name deiner Schule
reason-school-name = Damit wissen andere, wo sie dich jeden Tag finden.
