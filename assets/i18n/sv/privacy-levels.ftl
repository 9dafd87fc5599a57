# The "Share Safe" world, levels 2 and up. Item texts stay short (about 60 characters).
# People's names and numbers stay unchanged; the street and school are made up for Swedish.

## Level 2: a game profile's settings (screen: profile)

level-privacy-profile-title = Lenas profil
level-privacy-profile-instruction = Det här är Lenas spelprofil. Tryck på varje inställning som delar för mycket för att fixa den.
level-privacy-profile-learned = Låt bara vänner se din profil. Använd ett påhittat spelnamn och en tecknad bild, och håll din plats och ditt nummer privata.
level-privacy-profile-hint-1 = Läs varje rad. Kan en främling hitta Lena med det här?
level-privacy-profile-hint-2 = Ett påhittat spelnamn och en tecknad bild är säkra. Riktiga namn, platser och nummer är det inte.
level-privacy-profile-hint-3 = Titta på vem som kan se profilen och på telefonnumret.

privacy-profile-visibility = Vem som kan se min profil: Alla
privacy-profile-visibility-reason = Alla betyder främlingar också. Ändra till bara vänner.
privacy-profile-visibility-fixed = Vem som kan se min profil: Bara vänner
privacy-profile-name = Visat namn: Lena Svensson (hela namnet)
privacy-profile-name-reason = Ett fullständigt namn hjälper främlingar att hitta Lena. Ett påhittat spelnamn räcker.
privacy-profile-name-fixed = Visat namn: StarFox22 (spelnamn)
privacy-profile-game-name = Spelnamn: StarFox22
privacy-profile-game-name-reason = Ett påhittat spelnamn berättar inte för någon vem Lena egentligen är. Bra val!
privacy-profile-avatar = Avatar: en tecknad räv
privacy-profile-avatar-reason = En tecknad bild visar inte Lenas ansikte. Det är säkert.
privacy-profile-location = Dela min plats: På
privacy-profile-location-reason = Det här visar andra var Lena är just nu. Låt det vara avstängt.
privacy-profile-location-fixed = Dela min plats: Av
privacy-profile-game = Favoritspel: Block Builders
privacy-profile-game-reason = Många barn gillar det här spelet. Det berättar inte för någon var Lena är.
privacy-profile-phone = Telefonnummer: synligt för alla
privacy-profile-phone-reason = Främlingar kan ringa eller sms:a Lena. Håll ditt telefonnummer privat.
privacy-profile-phone-fixed = Telefonnummer: dolt

## Level 3: a photo post, described line by line (screen: post)

level-privacy-photo-title = En solig bild
level-privacy-photo-instruction = Tryck på varje ledtråd i det här inlägget som visar var du bor eller går i skolan.
level-privacy-photo-learned = Innan du lägger upp en bild: leta efter gatuskyltar, husnummer, skollogor och platstaggar.
level-privacy-photo-hint-1 = Titta på bakgrunden också, inte bara på dig och hunden.
level-privacy-photo-hint-2 = Gatunamn, husnummer och skollogor visar främlingar var de kan hitta dig.
level-privacy-photo-hint-3 = Gatuskylten bakom dig är en ledtråd. Det finns tre till.

privacy-photo-photo = Bild: jag och min hund i trädgården
privacy-photo-photo-reason = En bild på dig och ditt husdjur kan vara okej att dela med vänner. Kolla bara vad mer som syns.
privacy-photo-sign = Bakom oss: en gatuskylt, ’Lönngatan’
privacy-photo-sign-reason = Skylten berättar för alla vilken gata du bor på. Ta bilden där det inte finns några skyltar.
privacy-photo-door = På dörren: husnummer 12
privacy-photo-door-reason = Tillsammans med gatunamnet visar numret exakt var du bor. Håll det utanför bilden.
privacy-photo-shirt = Min t-shirt med Ekbackens skolas logga
privacy-photo-shirt-reason = Loggan visar vilken skola du går i. Främlingar skulle veta var du är varje dag.
privacy-photo-caption = Bildtext: Solig lördag med Rex!
privacy-photo-caption-reason = Din hunds namn går bra att dela. Använd det bara aldrig som lösenord.
privacy-photo-location = Platstagg: Lönngatan 12
privacy-photo-location-reason = Taggen ger alla din fullständiga adress. Stäng av platstaggar.
privacy-photo-comment = Kommentar från Ben: Söt hund!
privacy-photo-comment-reason = En snäll kommentar från en kompis är okej. Den avslöjar ingenting.

## Level 4: questions that ask for too much (pick the best reply)

level-privacy-stranger-asks-title = Vem vill veta?
level-privacy-stranger-asks-instruction = Välj det bästa svaret varje gång.
level-privacy-stranger-asks-learned = Du får alltid säga nej. Behåll din skola, din gata och dina kompisars nummer för dig själv. Om någon fortsätter fråga, berätta för en vuxen.
level-privacy-stranger-asks-hint-1 = Tänk: vem ser mitt svar, och vad kan de göra med det?
level-privacy-stranger-asks-hint-2 = Dina uppgifter och dina kompisars nummer är dina att behålla. Du får alltid säga nej.
level-privacy-stranger-asks-hint-3 = Ett spel fungerar fortfarande om du inte ger det dina kontakter.

privacy-stranger-asks-school = SkyRider9, en kompis på nätet som du aldrig har träffat, frågar: ”Vilken skola går du i?”
privacy-stranger-asks-school-tell = Berätta och säga det till en vuxen efteråt.
privacy-stranger-asks-school-tell-reason = Att berätta för en vuxen är bra, men nu vet SkyRider9 vilken skola du går i. Dela det inte alls från början.
privacy-stranger-asks-school-town = Berätta bara vilken stad jag bor i.
privacy-stranger-asks-school-town-reason = Din stad är fortfarande en ledtråd till var du finns. Håll den privat också.
privacy-stranger-asks-school-say-no = Säga nej och berätta för en vuxen.
privacy-stranger-asks-school-say-no-reason = Bra gjort! Du kan säga nej på ett vänligt sätt. En vuxen kan hjälpa till om SkyRider9 fortsätter fråga.
privacy-stranger-asks-contacts = Medan du spelar frågar ett spel: ”Vill du ge Block Builders tillgång till dina kontakter?”
privacy-stranger-asks-contacts-allow = Tryck på ”Tillåt” för att hitta vänner snabbt.
privacy-stranger-asks-contacts-allow-reason = Dina kontakter är andra människors nummer. Spelet skulle få dem utan att fråga de personerna.
privacy-stranger-asks-contacts-not-now = Tryck på ”Tillåt inte”. Spelet fungerar ändå.
privacy-stranger-asks-contacts-not-now-reason = Rätt! Dina kontakters nummer är inte dina att ge bort. Du kan lägga till vänner med deras spelnamn i stället.
privacy-stranger-asks-contacts-allow-then-delete = Tillåta det och sedan radera hela spelet senare.
privacy-stranger-asks-contacts-allow-then-delete-reason = När spelet väl har numren får man inte tillbaka dem genom att radera spelet.
privacy-stranger-asks-quiz = Ett roligt quiz säger: ”Ditt superhjältenamn = din gata + din skola!”
privacy-stranger-asks-quiz-skip = Hoppa över det, eller lek med påhittade ord.
privacy-stranger-asks-quiz-skip-reason = Smart tänkt! Din gata och din skola visar var man kan hitta dig. Påhittade ord är lika roliga.
privacy-stranger-asks-quiz-post = Skriva ditt riktiga superhjältenamn i kommentarerna.
privacy-stranger-asks-quiz-post-reason = Nu vet alla din gata och din skola. Tillsammans visar de var man kan hitta dig.
privacy-stranger-asks-quiz-send-friend = Bara skicka det till en kompis i ett meddelande.
privacy-stranger-asks-quiz-send-friend-reason = Meddelanden kan skickas vidare. Behåll dina riktiga svar för dig själv.

## Level 5: before you post a photo (sort: do it / better not)

level-privacy-before-posting-title = Redo att lägga upp?
level-privacy-before-posting-instruction = Du vill lägga upp en bild. Är det här ett bra steg innan du lägger upp den, eller hellre inte?
level-privacy-before-posting-learned = Innan du lägger upp: kolla bilden efter ledtrådar, fråga personerna på den och välj bara vänner. Låt platstaggar vara avstängda.
level-privacy-before-posting-hint-1 = Tänk: när den väl är uppe, vem kan se bilden, och vad kan de ta reda på?
level-privacy-before-posting-hint-2 = Bra steg håller ledtrådar och främlingar borta och frågar personerna på bilden. Riskabla steg sprider bilden eller var du är.
level-privacy-before-posting-hint-3 = En platstagg är något att låta bli.

privacy-bin-do = Gör det
privacy-bin-dont = Hellre inte

privacy-before-posting-clues = Kolla bilden efter skyltar och husnummer.
privacy-before-posting-clues-reason = Bra! Beskär bort dem eller välj en annan bild, så att ingen kan se var du bor.
privacy-before-posting-location = Lägg till en platstagg så att vänner hittar dig.
privacy-before-posting-location-reason = En platstagg visar alla var du är. Låt bli den.
privacy-before-posting-ask = Fråga alla på bilden om det är okej.
privacy-before-posting-ask-reason = Det är deras bild också. Lägg bara upp den om de säger ja.
privacy-before-posting-everyone = Lägg upp den för alla, för att få fler gillningar.
privacy-before-posting-everyone-reason = Alla betyder främlingar också. Gillningar är inte värda det.
privacy-before-posting-audience = Välj vem som kan se den: bara vänner.
privacy-before-posting-audience-reason = Bra! Bara vänner håller främlingar borta.
privacy-before-posting-surprise = Lägg upp en kompis fåniga bild som en överraskning.
privacy-before-posting-surprise-reason = Fråga först. Din kompis vill kanske inte ha den bilden på nätet.
