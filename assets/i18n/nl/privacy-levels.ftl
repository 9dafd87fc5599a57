# The "Share Safe" world, levels 2 and up. Item texts stay short (about 60 characters).
# People's names and numbers stay unchanged; the street and school are made up for Dutch.

## Level 2: a game profile's settings (screen: profile)

level-privacy-profile-title = Het profiel van Lena
level-privacy-profile-instruction = Dit is het spelprofiel van Lena. Tik op elke instelling die te veel deelt om hem te verbeteren.
level-privacy-profile-learned = Houd je profiel alleen voor vrienden. Gebruik een verzonnen spelnaam en een getekend plaatje, en houd je locatie en nummer privé.
level-privacy-profile-hint-1 = Lees elke regel. Kan een vreemde Lena hiermee vinden?
level-privacy-profile-hint-2 = Een verzonnen spelnaam en een getekend plaatje zijn veilig. Echte namen, plaatsen en nummers niet.
level-privacy-profile-hint-3 = Kijk wie het profiel kan zien, en kijk naar het telefoonnummer.

privacy-profile-visibility = Wie mijn profiel kan zien: Iedereen
privacy-profile-visibility-reason = Iedereen betekent ook vreemden. Zet het op alleen vrienden.
privacy-profile-visibility-fixed = Wie mijn profiel kan zien: Alleen vrienden
privacy-profile-name = Getoonde naam: Lena Jansen (volledige naam)
privacy-profile-name-reason = Met een volledige naam kunnen vreemden Lena vinden. Een verzonnen spelnaam is genoeg.
privacy-profile-name-fixed = Getoonde naam: StarFox22 (spelnaam)
privacy-profile-game-name = Spelnaam: StarFox22
privacy-profile-game-name-reason = Een verzonnen spelnaam vertelt niemand wie Lena echt is. Goede keuze!
privacy-profile-avatar = Avatar: een getekende vos
privacy-profile-avatar-reason = Een getekend plaatje laat het gezicht van Lena niet zien. Dat is veilig.
privacy-profile-location = Mijn locatie delen: Aan
privacy-profile-location-reason = Dit laat mensen zien waar Lena nu is. Houd het uit.
privacy-profile-location-fixed = Mijn locatie delen: Uit
privacy-profile-game = Lievelingsspel: Block Builders
privacy-profile-game-reason = Veel kinderen vinden dit spel leuk. Het vertelt niemand waar Lena is.
privacy-profile-phone = Telefoonnummer: zichtbaar voor iedereen
privacy-profile-phone-reason = Vreemden kunnen Lena bellen of berichtjes sturen. Houd je telefoonnummer privé.
privacy-profile-phone-fixed = Telefoonnummer: verborgen

## Level 3: a photo post, described line by line (screen: post)

level-privacy-photo-title = Een zonnige foto
level-privacy-photo-instruction = Tik op elke aanwijzing in dit bericht die laat zien waar je woont of naar school gaat.
level-privacy-photo-learned = Kijk voordat je een foto plaatst naar straatnaamborden, huisnummers, schoollogo's en locatielabels.
level-privacy-photo-hint-1 = Kijk ook naar de achtergrond, niet alleen naar jou en de hond.
level-privacy-photo-hint-2 = Straatnamen, huisnummers en schoollogo's laten vreemden zien waar ze je kunnen vinden.
level-privacy-photo-hint-3 = Het straatnaambord achter je is één aanwijzing. Er zijn er nog drie.

privacy-photo-photo = Foto: ik en mijn hond in de tuin
privacy-photo-photo-reason = Een foto van jou en je huisdier kun je prima met vrienden delen. Kijk alleen wat er nog meer op staat.
privacy-photo-sign = Achter ons: een straatnaambord, ‘Esdoornstraat’
privacy-photo-sign-reason = Het bord vertelt iedereen in welke straat je woont. Maak de foto op een plek zonder borden.
privacy-photo-door = Op de deur: huisnummer 12
privacy-photo-door-reason = Samen met de straatnaam laat het nummer precies zien waar je woont. Houd het buiten de foto.
privacy-photo-shirt = Mijn T-shirt met het logo van basisschool Eikenveld
privacy-photo-shirt-reason = Het logo laat zien naar welke school je gaat. Vreemden zouden weten waar je elke dag bent.
privacy-photo-caption = Bijschrift: Zonnige zaterdag met Rex!
privacy-photo-caption-reason = De naam van je hond mag je delen. Gebruik hem alleen nooit als wachtwoord.
privacy-photo-location = Locatielabel: Esdoornstraat 12
privacy-photo-location-reason = Het label geeft iedereen je volledige adres. Zet locatielabels uit.
privacy-photo-comment = Reactie van Ben: Schattige hond!
privacy-photo-comment-reason = Een aardige reactie van een vriend is prima. Die verraadt niets.

## Level 4: questions that ask for too much (pick the best reply)

level-privacy-stranger-asks-title = Wie wil dat weten?
level-privacy-stranger-asks-instruction = Kies elke keer het beste antwoord.
level-privacy-stranger-asks-learned = Je mag altijd nee zeggen. Houd je school, je straat en de nummers van je vrienden voor jezelf. Blijft iemand vragen? Vertel het een volwassene.
level-privacy-stranger-asks-hint-1 = Denk na: wie ziet mijn antwoord, en wat kunnen ze ermee doen?
level-privacy-stranger-asks-hint-2 = Jouw gegevens en de nummers van je vrienden houd je voor jezelf. Je mag altijd nee zeggen.
level-privacy-stranger-asks-hint-3 = Een spel werkt nog steeds als je geen toegang tot je contacten geeft.

privacy-stranger-asks-school = SkyRider9, een online vriend die je nooit hebt ontmoet, vraagt: “Naar welke school ga jij?”
privacy-stranger-asks-school-tell = Vertellen, en het daarna aan een volwassene zeggen.
privacy-stranger-asks-school-tell-reason = Een volwassene vertellen is goed, maar nu kent SkyRider9 je school. Deel het liever helemaal niet.
privacy-stranger-asks-school-town = Alleen mijn woonplaats noemen.
privacy-stranger-asks-school-town-reason = Je woonplaats is nog steeds een aanwijzing voor waar je bent. Houd die ook privé.
privacy-stranger-asks-school-say-no = Nee zeggen en een volwassene inlichten.
privacy-stranger-asks-school-say-no-reason = Goed zo! Je kunt op een vriendelijke manier nee zeggen. Een volwassene kan helpen als SkyRider9 blijft vragen.
privacy-stranger-asks-contacts = Tijdens het spelen vraagt een spel: “Block Builders toegang geven tot je contacten?”
privacy-stranger-asks-contacts-allow = Op “Toestaan” tikken om snel vrienden te vinden.
privacy-stranger-asks-contacts-allow-reason = Je contacten zijn nummers van andere mensen. Het spel zou ze krijgen zonder het die mensen te vragen.
privacy-stranger-asks-contacts-not-now = Op “Niet toestaan” tikken. Het spel werkt nog.
privacy-stranger-asks-contacts-not-now-reason = Goed zo! De nummers van je contacten zijn niet van jou om weg te geven. Je kunt vrienden toevoegen via hun spelnaam.
privacy-stranger-asks-contacts-allow-then-delete = Het toestaan, en later het hele spel verwijderen.
privacy-stranger-asks-contacts-allow-then-delete-reason = Heeft het spel de nummers eenmaal, dan krijg je ze niet terug door het spel te verwijderen.
privacy-stranger-asks-quiz = Een leuke quiz zegt: “Jouw superheldennaam = je straat + je school!”
privacy-stranger-asks-quiz-skip = Overslaan, of spelen met verzonnen woorden.
privacy-stranger-asks-quiz-skip-reason = Goed bedacht! Je straat en je school laten zien waar je te vinden bent. Verzonnen woorden zijn net zo leuk.
privacy-stranger-asks-quiz-post = Je echte superheldennaam in de reacties zetten.
privacy-stranger-asks-quiz-post-reason = Nu weet iedereen je straat en je school. Samen laten ze zien waar je te vinden bent.
privacy-stranger-asks-quiz-send-friend = Hem alleen in een bericht naar één vriend sturen.
privacy-stranger-asks-quiz-send-friend-reason = Berichten kunnen worden doorgestuurd. Houd je echte antwoorden voor jezelf.

## Level 5: before you post a photo (sort: do it / better not)

level-privacy-before-posting-title = Klaar om te plaatsen?
level-privacy-before-posting-instruction = Je wilt een foto plaatsen. Is dit een goede stap vooraf, of beter niet?
level-privacy-before-posting-learned = Controleer de foto vooraf op aanwijzingen, vraag het de mensen die erop staan en kies alleen vrienden. Laat locatielabels uit.
level-privacy-before-posting-hint-1 = Denk na: wie kan de foto zien als hij eenmaal online staat, en wat kunnen ze eruit halen?
level-privacy-before-posting-hint-2 = Goede stappen houden aanwijzingen en vreemden buiten en vragen het de mensen op de foto. Riskante stappen verspreiden de foto of laten zien waar je bent.
level-privacy-before-posting-hint-3 = Een locatielabel laat je beter weg.

privacy-bin-do = Doen
privacy-bin-dont = Beter niet

privacy-before-posting-clues = De foto controleren op bordjes en huisnummers.
privacy-before-posting-clues-reason = Goed! Snijd ze eruit of kies een andere foto, zodat niemand kan zien waar je woont.
privacy-before-posting-location = Een locatielabel toevoegen zodat vrienden me vinden.
privacy-before-posting-location-reason = Een locatielabel laat iedereen zien waar je bent. Laat het weg.
privacy-before-posting-ask = Iedereen op de foto vragen of het oké is.
privacy-before-posting-ask-reason = Het is ook hun foto. Plaats hem alleen als ze ja zeggen.
privacy-before-posting-everyone = Hem voor iedereen plaatsen, voor meer likes.
privacy-before-posting-everyone-reason = Iedereen betekent ook vreemden. Likes zijn dat niet waard.
privacy-before-posting-audience = Kiezen wie hem kan zien: alleen vrienden.
privacy-before-posting-audience-reason = Goed! Met alleen vrienden blijven vreemden buiten.
privacy-before-posting-surprise = Een gekke foto van een vriend plaatsen als verrassing.
privacy-before-posting-surprise-reason = Vraag het eerst. Je vriend wil die foto misschien niet online.
