world-share-safe = Jaga turvaliselt

level-share-or-keep-title = Jagada või hoida endale?
level-share-or-keep-instruction = Kas seda võib internetis jagada või peaksid selle endale hoidma?
level-share-or-keep-learned = Asju, mis sulle meeldivad, isegi lemmiklooma nime, võib jagada. See, kust sind leida, ja sinu paroolid jäävad privaatseks.
level-share-or-keep-hint-1 = Küsi endalt: kas võõras saaks selle abil mind leida või mu kontole pääseda?
level-share-or-keep-hint-2 = Asju, mis sulle meeldivad, võib jagada. See, mis näitab, kust sind leida, või avab su kontod, jääb privaatseks.
level-share-or-keep-hint-3 = Koera või kassi nime võib jagada, aga mitte kunagi paroolina. Sinu kodune aadress jääb privaatseks.

card-favourite-colour = Sinu lemmikvärv
reason-favourite-colour = Paljudele meeldib sama värv, nii et see ei näita, kes või kus sa oled.
card-home-address = Sinu kodune aadress
reason-home-address = Võõras saaks selle abil teada, kus sa elad.
card-favourite-game = Sinu lemmikmäng
reason-favourite-game = Lemmikmängudest rääkimine on lõbus ega ütle kellelegi, kus sa oled.
card-password = Sinu parool
reason-password = Parool on võti. Seda peaksid teadma ainult sina ja sinu vanem või hooldaja.
card-pet-name = Sinu lemmiklooma nimi
reason-pet-name = Seda võib jagada. Ainult ära kasuta seda kunagi paroolina: need, kes seda teavad, võiksid selle ära arvata.
card-favourite-animal = Sinu lemmikloom
reason-favourite-animal = Seda on tore jagada ja see ei ütle midagi selle kohta, kus sa elad.
card-school-name = Sinu kooli nimi
reason-school-name = See ütleb teistele, kust sind iga päev leida.
