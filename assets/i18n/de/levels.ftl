# The digital-literacy worlds and levels (the coding ones are in coding-levels.ftl). Level files under assets/levels/ refer to these ids.

world-share-safe = Sicher teilen

level-share-or-keep-title = Teilen oder für dich behalten?
level-share-or-keep-instruction = Darfst du das im Internet teilen, oder behältst du es besser für dich?
level-share-or-keep-learned = Manche Dinge kannst du ruhig teilen. Dinge, die zeigen, wo man dich findet, oder die deine Konten öffnen, bleiben privat.
level-share-or-keep-hint-1 = Frag dich: Könnte ein Fremder damit mich finden oder in mein Konto kommen?
level-share-or-keep-hint-2 = Was du magst (Farben, Spiele, Tiere), darfst du teilen. Wo du wohnst, zur Schule gehst und deine Geheimnisse nicht.
level-share-or-keep-hint-3 = Deine Adresse, deine Schule und dein Passwort bleiben privat. Auch der Name deines Haustiers: Er steckt oft in Passwörtern.

card-favourite-colour = Deine Lieblingsfarbe
reason-favourite-colour = Viele Menschen mögen dieselbe Farbe. Sie verrät nicht, wer du bist oder wo du bist.
card-home-address = Deine Adresse
reason-home-address = Ein Fremder könnte damit herausfinden, wo du wohnst.
card-favourite-game = Dein Lieblingsspiel
reason-favourite-game = Über Spiele zu reden, die du magst, macht Spaß. Und es verrät niemandem, wo du bist.
card-password = Dein Passwort
reason-password = Ein Passwort ist wie ein Schlüssel. Nur du und deine Eltern oder Betreuer sollten es kennen.
card-pet-name = Der Name deines Haustiers
reason-pet-name = Namen von Haustieren werden oft in Passwörtern und geheimen Fragen benutzt.
card-favourite-animal = Dein Lieblingstier
reason-favourite-animal = Es macht Spaß, das zu teilen, und es verrät nicht, wo du wohnst.
card-school-name = Der Name deiner Schule
reason-school-name = Damit wissen andere, wo sie dich jeden Tag finden.

## Age bands
band-7-9 = 7–9 Jahre
band-10-12 = 10–12 Jahre
band-12-14 = 12–14 Jahre
