# The "Share Safe" world, levels 2 and up. Item texts stay short (about 60 characters at
# most). People, places and games are made up; street and school names are Danish ones.

## Level 2: a game profile's settings (screen: profile)

level-privacy-profile-title = Lenas profil
level-privacy-profile-instruction = Dette er Lenas spilprofil. Tryk på hver indstilling, der deler for meget, for at rette den.
level-privacy-profile-learned = Hold din profil kun for venner. Brug et opdigtet spilnavn og et tegneseriebillede, og hold din placering og dit nummer private.
level-privacy-profile-hint-1 = Læs hver linje. Kunne en fremmed bruge den til at finde Lena?
level-privacy-profile-hint-2 = Et opdigtet spilnavn og et tegneseriebillede er sikre. Rigtige navne, steder og numre er ikke.
level-privacy-profile-hint-3 = Kig på, hvem der kan se profilen, og på telefonnummeret.

privacy-profile-visibility = Hvem kan se min profil: Alle
privacy-profile-visibility-reason = Alle betyder også fremmede. Sæt den til kun venner.
privacy-profile-visibility-fixed = Hvem kan se min profil: Kun venner
privacy-profile-name = Vist navn: Lena Jensen (fulde navn)
privacy-profile-name-reason = Et fulde navn hjælper fremmede med at finde Lena. Et opdigtet spilnavn er nok.
privacy-profile-name-fixed = Vist navn: StarFox22 (spilnavn)
privacy-profile-game-name = Spilnavn: StarFox22
privacy-profile-game-name-reason = Et opdigtet spilnavn fortæller ingen, hvem Lena virkelig er. Godt valg!
privacy-profile-avatar = Avatar: en tegneserieræv
privacy-profile-avatar-reason = Et tegneseriebillede viser ikke Lenas ansigt. Det er sikkert.
privacy-profile-location = Del min placering: Til
privacy-profile-location-reason = Det viser folk, hvor Lena er lige nu. Lad det være slået fra.
privacy-profile-location-fixed = Del min placering: Fra
privacy-profile-game = Yndlingsspil: Block Builders
privacy-profile-game-reason = Mange børn kan lide dette spil. Det fortæller ingen, hvor Lena er.
privacy-profile-phone = Telefonnummer: synligt for alle
privacy-profile-phone-reason = Fremmede kunne ringe eller skrive til Lena. Hold dit telefonnummer privat.
privacy-profile-phone-fixed = Telefonnummer: skjult

## Level 3: a photo post, described line by line (screen: post)

level-privacy-photo-title = Et solrigt billede
level-privacy-photo-instruction = Tryk på hvert spor i dette opslag, der viser, hvor du bor eller går i skole.
level-privacy-photo-learned = Før du slår et billede op, så se efter vejskilte, husnumre, skolelogoer og steds-tags.
level-privacy-photo-hint-1 = Kig også på baggrunden, ikke kun på dig og hunden.
level-privacy-photo-hint-2 = Vejnavne, husnumre og skolelogoer viser fremmede, hvor de kan finde dig.
level-privacy-photo-hint-3 = Vejskiltet bag dig er ét spor. Der er tre mere.

privacy-photo-photo = Billede: mig og min hund i haven
privacy-photo-photo-reason = Et billede af dig og dit kæledyr kan være fint at dele med venner. Tjek bare, hvad der ellers er på det.
privacy-photo-sign = Bag os: et vejskilt, »Ahornvej«
privacy-photo-sign-reason = Skiltet fortæller alle, hvilken vej du bor på. Tag billedet et sted uden skilte.
privacy-photo-door = På døren: husnummer 12
privacy-photo-door-reason = Sammen med vejnavnet viser nummeret præcis, hvor du bor. Hold det ude af billedet.
privacy-photo-shirt = Min T-shirt med Egebjerg Skoles logo
privacy-photo-shirt-reason = Logoet viser, hvilken skole du går på. Fremmede ville vide, hvor du er hver dag.
privacy-photo-caption = Tekst: Solrig lørdag med Rex!
privacy-photo-caption-reason = Din hunds navn er fint at dele. Bare brug det aldrig som adgangskode.
privacy-photo-location = Steds-tag: Ahornvej 12
privacy-photo-location-reason = Tagget giver alle din fulde adresse. Slå steds-tags fra.
privacy-photo-comment = Kommentar fra Oscar: Sød hund!
privacy-photo-comment-reason = En sød kommentar fra en ven er i orden. Den afslører ingenting.

## Level 4: questions that ask for too much (pick the best reply)

level-privacy-stranger-asks-title = Hvem vil vide det?
level-privacy-stranger-asks-instruction = Vælg det bedste svar hver gang.
level-privacy-stranger-asks-learned = Du må altid sige nej. Hold din skole, din vej og dine venners numre for dig selv. Hvis nogen bliver ved med at spørge, så sig det til en voksen.
level-privacy-stranger-asks-hint-1 = Tænk: Hvem ser mit svar, og hvad kunne de gøre med det?
level-privacy-stranger-asks-hint-2 = Dine oplysninger og dine venners numre er dine at beholde. Du må altid sige nej.
level-privacy-stranger-asks-hint-3 = Et spil virker stadig, når du siger nej til dine kontakter.

privacy-stranger-asks-school = SkyRider9, en ven fra nettet, du aldrig har mødt, spørger: »Hvilken skole går du på?«
privacy-stranger-asks-school-tell = Fortæl det, og sig så til en voksen, at jeg gjorde det.
privacy-stranger-asks-school-tell-reason = Det er godt at sige det til en voksen, men nu kender SkyRider9 din skole. Del den slet ikke.
privacy-stranger-asks-school-town = Fortæl bare, hvilken by jeg bor i.
privacy-stranger-asks-school-town-reason = Din by er stadig et spor til, hvor du er. Hold også den privat.
privacy-stranger-asks-school-say-no = Sig nej, og sig det til en voksen.
privacy-stranger-asks-school-say-no-reason = Godt gået! Du kan sige nej på en venlig måde. En voksen kan hjælpe, hvis SkyRider9 bliver ved med at spørge.
privacy-stranger-asks-contacts = Mens du spiller, spørger et spil: »Giv Block Builders adgang til dine kontakter?«
privacy-stranger-asks-contacts-allow = Tryk på »Tillad« for hurtigt at finde dine venner.
privacy-stranger-asks-contacts-allow-reason = Dine kontakter er andre menneskers numre. Spillet ville få dem uden at spørge de mennesker.
privacy-stranger-asks-contacts-not-now = Tryk på »Tillad ikke«. Spillet virker stadig.
privacy-stranger-asks-contacts-not-now-reason = Rigtigt! Dine kontakters numre er ikke dine at give væk. Du kan tilføje venner med deres spilnavne i stedet.
privacy-stranger-asks-contacts-allow-then-delete = Tillad det, og slet så hele spillet senere.
privacy-stranger-asks-contacts-allow-then-delete-reason = Når spillet først har numrene, får du dem ikke tilbage ved at slette spillet.
privacy-stranger-asks-quiz = En sjov quiz siger: »Dit superheltenavn = din vej + din skole!«
privacy-stranger-asks-quiz-skip = Spring over, eller leg med opdigtede ord.
privacy-stranger-asks-quiz-skip-reason = Godt tænkt! Din vej og din skole viser, hvor du kan findes. Opdigtede ord er lige så sjove.
privacy-stranger-asks-quiz-post = Skriv dit rigtige superheltenavn i kommentarerne.
privacy-stranger-asks-quiz-post-reason = Nu kender alle din vej og din skole. Tilsammen viser de, hvor du kan findes.
privacy-stranger-asks-quiz-send-friend = Send det kun til én ven i en besked.
privacy-stranger-asks-quiz-send-friend-reason = Beskeder kan sendes videre. Hold dine rigtige svar for dig selv.

## Level 5: before you post a photo (sort)

level-privacy-before-posting-title = Klar til at slå op?
level-privacy-before-posting-instruction = Du vil slå et billede op. Er dette et godt trin, før du slår op, eller hellere ikke?
level-privacy-before-posting-learned = Før du slår op, så tjek billedet for spor, spørg dem, der er på det, og vælg kun venner. Lad steds-tags være slået fra.
level-privacy-before-posting-hint-1 = Tænk: Når det er slået op, hvem kunne så se billedet, og hvad kunne de finde ud af?
level-privacy-before-posting-hint-2 = Gode trin holder spor og fremmede ude og spørger dem, der er på billedet. Risikable trin spreder billedet eller hvor du er.
level-privacy-before-posting-hint-3 = Et steds-tag er et af dem, du skal lade være.

privacy-bin-do = Gør det
privacy-bin-dont = Hellere ikke

privacy-before-posting-clues = Tjek billedet for skilte og husnumre.
privacy-before-posting-clues-reason = Godt! Beskær dem væk, eller vælg et andet billede, så ingen kan se, hvor du bor.
privacy-before-posting-location = Tilføj et steds-tag, så venner kan finde dig.
privacy-before-posting-location-reason = Et steds-tag viser alle, hvor du er. Lad det være.
privacy-before-posting-ask = Spørg alle på billedet, om det er okay.
privacy-before-posting-ask-reason = Det er også deres billede. Slå det kun op, hvis de siger ja.
privacy-before-posting-everyone = Slå det op for alle for at få flere likes.
privacy-before-posting-everyone-reason = Alle betyder også fremmede. Likes er ikke det værd.
privacy-before-posting-audience = Vælg, hvem der kan se det: kun venner.
privacy-before-posting-audience-reason = Godt! Kun venner holder fremmede ude.
privacy-before-posting-surprise = Slå et fjollet billede af en ven op som en overraskelse.
privacy-before-posting-surprise-reason = Spørg først. Din ven vil måske ikke have det billede på nettet.
