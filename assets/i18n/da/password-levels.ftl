# The "Password Peak" world. Item texts stay short (about 60 characters at most). People,
# names and teams are made up. Facts follow the NCSC, NIST SP 800-63B rev. 4 and Action Fraud.
# pw-rank: the five passwords stay as they are. pw-build-first: words 1, 2 and 6 have three
# letters, the others five and up. pw-build-strong: short everyday nouns, four letters or so.

world-password-peak = Adgangskodetoppen

## Level 1: who may know your password (pick_reply)

level-pw-who-to-tell-title = Hvem må kende den?
level-pw-who-to-tell-instruction = Læs, hvad der sker. Vælg det bedste svar hver gang.
level-pw-who-to-tell-learned = Din adgangskode er kun til dig. En voksen, du stoler på, og som passer på dig, må gerne hjælpe dig med den.
level-pw-who-to-tell-hint-1 = Spørg dig selv: Har denne person virkelig brug for min adgangskode?
level-pw-who-to-tell-hint-2 = Venner og spillets moderatorer har aldrig brug for den. Dine forældre eller en anden voksen, der passer på dig, må gerne hjælpe dig med at passe på den.
level-pw-who-to-tell-hint-3 = I spillets chat svarer du ikke. Anmeld det.

pw-who-to-tell-friend-prompt = Din bedste veninde Ida spørger: »Hvad er din adgangskode til spillet? Jeg vil prøve din nye bane.«
pw-who-to-tell-friend-tell = Fortæl hende den. Hun er min bedste veninde.
pw-who-to-tell-friend-tell-reason = Selv bedste venner kan komme til at sige det videre. Og venner bliver nogle gange uvenner.
pw-who-to-tell-friend-say-no = Sig: »Undskyld, den er kun til mig.«
pw-who-to-tell-friend-say-no-reason = Godt gået! I kan stadig spille sammen. En god ven forstår det.
pw-who-to-tell-friend-swap = Byt adgangskoder med hende, så det er fair.
pw-who-to-tell-friend-swap-reason = Så er der to adgangskoder ude i stedet for én. At bytte gør det ikke mere sikkert.

pw-who-to-tell-moderator-prompt = I en spilchat skriver »Mod_Max«: »Jeg er moderator. Send mig din adgangskode, ellers bliver din konto lukket!«
pw-who-to-tell-moderator-send = Send den hurtigt, og fortæl så en voksen, hvad jeg gjorde.
pw-who-to-tell-moderator-send-reason = Det er godt at fortælle en voksen det, men send den aldrig. Rigtige moderatorer spørger aldrig om din adgangskode.
pw-who-to-tell-moderator-proof = Bed dem bevise, at de er moderator.
pw-who-to-tell-moderator-proof-reason = Svindlere kan forfalske ethvert bevis. Ingen fra spillet har brug for din adgangskode, så send den ikke.
pw-who-to-tell-moderator-report = Svar ikke. Anmeld det, og sig det til en voksen.
pw-who-to-tell-moderator-report-reason = Rigtigt! Spillets moderatorer har aldrig brug for din adgangskode. At anmelde hjælper med at stoppe svindleren.

pw-who-to-tell-parent-prompt = En forælder eller en anden voksen, der passer på dig, hjælper dig med din nye tablet. De spørger, hvilken adgangskode du har valgt.
pw-who-to-tell-parent-tell-mum = Fortæl dem den. De passer på mig.
pw-who-to-tell-parent-tell-mum-reason = Ja! En voksen, du stoler på, og som passer på dig, som dine forældre, må gerne kende den og hjælpe med at passe på den.
pw-who-to-tell-parent-nobody = Fortæl det ikke til nogen, heller ikke dem.
pw-who-to-tell-parent-nobody-reason = Hold den væk fra venner og fremmede. Men en forælder eller en anden voksen, der passer på dig, må gerne hjælpe.
pw-who-to-tell-parent-class-chat = Skriv den i klassechatten, så jeg ikke glemmer den.
pw-who-to-tell-parent-class-chat-reason = Alle i chatten kunne læse den. Bed en voksen, du stoler på, om hjælp til at huske den sikkert.

## Level 2: weakest to strongest (order_steps)

level-pw-rank-title = Svag eller stærk?
level-pw-rank-instruction = Sæt adgangskoderne i rækkefølge. Start med den svageste, og slut med den stærkeste.
level-pw-rank-learned = Flere tilfældige ord giver en lang adgangskode. Den er meget stærkere end ét ord med et tal.
level-pw-rank-hint-1 = Hvilken adgangskode ville en, der gætter, prøve først?
level-pw-rank-hint-2 = Dem, der gætter, prøver almindelige adgangskoder og ord først. Lange adgangskoder med tilfældige ord kommer sidst.
level-pw-rank-hint-3 = 123456 er den svageste: Den er en af de mest brugte adgangskoder.

pw-rank-digits = 123456
pw-rank-digits-reason = Denne kommer først: Den er den svageste. Den er en af de mest brugte adgangskoder i verden, så den bliver gættet med det samme.
pw-rank-one-word = sunshine
pw-rank-one-word-reason = Denne er nummer to: ét almindeligt ord (»solskin« på engelsk). Dem, der gætter, prøver lange lister med ord som dette meget tidligt.
pw-rank-word-and-number = Sunshine1
pw-rank-word-and-number-reason = Denne er i midten. Et stort bogstav først og et 1-tal til sidst er tricks, som dem, der gætter, kender godt.
pw-rank-two-words = tiger-Lamp7
pw-rank-two-words-reason = Denne er nummer fire. To ord, der ikke hører sammen, er sværere at gætte, men to er stadig kort.
pw-rank-four-words = violet-cactus-harbour-drum
pw-rank-four-words-reason = Denne kommer sidst: Den er den stærkeste. Fire tilfældige ord giver en lang adgangskode, der er let at huske.

## Level 3: a first passphrase (build_password, target: strong)

level-pw-build-first-title = Din første ord-adgangskode
level-pw-build-first-instruction = Tryk på ordbrikker for at bygge en stærk adgangskode af mindst 3 ord.
level-pw-build-first-learned = Tre tilfældige ord giver en lang, stærk adgangskode. Udelad ting, som andre ved om dig.
level-pw-build-first-hint-1 = Fortæller nogen af brikkerne noget om dig?
level-pw-build-first-hint-2 = Vælg tilfældige ord, der ikke har noget med dig at gøre. Gør den lang: 15 bogstaver eller flere.
level-pw-build-first-hint-3 = Rex er din hunds navn, så udelad det.

pw-build-first-word-1 = sol
pw-build-first-word-2 = ost
pw-build-first-word-3 = raket
pw-build-first-word-4 = hynde
pw-build-first-word-5 = citron
pw-build-first-word-6 = hat
pw-build-first-pet = Rex
pw-build-first-pet-reason = Rex er din hunds navn. Dine venner kender det, og det gør alle, der ser dine hundebilleder, også.
pw-build-first-year = 2016
pw-build-first-year-reason = Det er det år, du blev født. Mange kender det, og dem, der gætter, prøver årstal først.

## Level 4: good habits and risky ones (sort)

level-pw-habits-title = Gode vaner
level-pw-habits-instruction = Er det en god vane, eller er det risikabelt? Sortér hvert kort.
level-pw-habits-learned = Brug en ny adgangskode til hvert spil, hold den hemmelig, og log ud på delte tablets.
level-pw-habits-hint-1 = Forestil dig, at en anden finder din tablet. Hvad kunne de gøre?
level-pw-habits-hint-2 = Gode vaner holder din adgangskode hemmelig og din konto lukket for andre.
level-pw-habits-hint-3 = At logge ud på en delt tablet er en god vane.

pw-habits-bin-good = God vane
pw-habits-bin-risky = Risikabelt

pw-habits-one-per-game = En ny adgangskode til hvert spil
pw-habits-one-per-game-reason = Hvis nogen finder ud af én adgangskode, er dine andre spil stadig sikre.
pw-habits-sticky-note = Din adgangskode på en seddel på tabletten
pw-habits-sticky-note-reason = Alle, der tager tabletten, kan læse den. Spørg en voksen, hvor du kan gemme den sikkert.
pw-habits-log-out = At logge ud på en delt tablet
pw-habits-log-out-reason = Så kan den næste ikke spille som dig. Log altid ud, når I deler.
pw-habits-name-birthday = Dit navn og din fødselsdag som adgangskode
pw-habits-name-birthday-reason = Mange kender dit navn og din fødselsdag. Dem, der gætter, prøver dem først.
pw-habits-best-friend = At fortælle din bedste ven din adgangskode
pw-habits-best-friend-reason = Venner kan komme til at sige det videre. Behold din adgangskode for dig selv.
pw-habits-ask-adult = At spørge en voksen, når du er i tvivl
pw-habits-ask-adult-reason = En voksen, du stoler på, kan hjælpe dig. Det er altid en god idé at spørge.

## Level 5: a very strong passphrase (build_password, target: very strong)

level-pw-build-strong-title = Meget stærk!
level-pw-build-strong-instruction = Byg en meget stærk adgangskode af mindst 4 ordbrikker.
level-pw-build-strong-learned = Fire tilfældige ord giver en meget stærk adgangskode. Kælenavne, skoler og hold er lette at gætte.
level-pw-build-strong-hint-1 = Nogle brikker ligner almindelige ord, men de handler om dig. Hvilke?
level-pw-build-strong-hint-2 = Dit kælenavn, din skole og dit hold er lette at finde ud af.
level-pw-build-strong-hint-3 = Zippy er dit kælenavn, så udelad det.

pw-build-strong-word-1 = måne
pw-build-strong-word-2 = blad
pw-build-strong-word-3 = spand
pw-build-strong-word-4 = nøgle
pw-build-strong-word-5 = kasse
pw-build-strong-word-6 = tårn
pw-build-strong-word-7 = skib
pw-build-strong-nickname = Zippy
pw-build-strong-nickname-reason = Zippy er dit kælenavn. Dine venner og hele din klasse kender det.
pw-build-strong-school = Egebjerg
pw-build-strong-school-reason = Egebjerg er din skole. Mange ved, hvor du går i skole.
pw-build-strong-team = Rovers
pw-build-strong-team-reason = Alle ved, at du elsker Rovers. En, der gætter, ville hurtigt prøve dit hold.

## Level 6: 2-step verification (pick_reply)

level-pw-two-step-title = Koden er kun til dig
level-pw-two-step-instruction = Læs, hvad der sker. Vælg det bedste svar hver gang.
level-pw-two-step-learned = Totrinsbekræftelse beder om en kode ud over din adgangskode. Del aldrig koden, heller ikke hvis nogen beder om den.
level-pw-two-step-hint-1 = Hvem er koden til: dig eller alle, der spørger?
level-pw-two-step-hint-2 = Koden er en ekstra nøgle. Kun du bruger den, og ingen andre har nogensinde brug for den.
level-pw-two-step-hint-3 = Når en ven beder om din kode, så behold den for dig selv.

pw-two-step-what-prompt = Dit spil spørger: »Slå totrinsbekræftelse til?« Hvad gør det?
pw-two-step-what-longer = Den gør din adgangskode dobbelt så lang.
pw-two-step-what-longer-reason = Din adgangskode forbliver den samme. Den tilføjer et ekstra trin: en kode.
pw-two-step-what-code = Den beder dig også om en kode.
pw-two-step-what-code-reason = Rigtigt! Selv en, der kender din adgangskode, kan ikke logge ind uden koden. Bed en voksen om hjælp til at slå den til.
pw-two-step-what-friends = Venner kan logge ind for dig.
pw-two-step-what-friends-reason = Nej. Den sørger for, at kun du kan logge ind.

pw-two-step-friend-prompt = Din ven Malte skriver: »Jeg kom til at sende min login-kode til din tablet. Kan du sende den til mig?«
pw-two-step-friend-send = Send den. Malte er min ven.
pw-two-step-friend-send-reason = Det er et kendt trick. Måske bruger en anden Maltes konto. Med koden kan de overtage din.
pw-two-step-friend-adult-sends = Bed en voksen derhjemme om at sende den.
pw-two-step-friend-adult-sends-reason = Det er rigtigt at fortælle en voksen det, men ingen bør sende koden. Heller ikke en voksen.
pw-two-step-friend-keep = Behold den. Sig det til en voksen.
pw-two-step-friend-keep-reason = Rigtigt! Del aldrig en kode. Tal med Malte ansigt til ansigt for at tjekke, om det virkelig er Malte.

pw-two-step-unasked-prompt = En login-kode dukker op på din tablet, men du har ikke prøvet at logge ind.
pw-two-step-unasked-tell = Del den ikke med nogen, og fortæl en voksen det.
pw-two-step-unasked-tell-reason = Rigtigt! Måske prøver nogen din adgangskode. En voksen kan hjælpe dig med at skifte den.
pw-two-step-unasked-class-chat = Skriv den i klassechatten.
pw-two-step-unasked-class-chat-reason = Så kunne alle i chatten bruge den. Koden er kun til dig. Fortæl hellere en voksen det.
pw-two-step-unasked-reply = Svar, og spørg, hvem der har sendt den.
pw-two-step-unasked-reply-reason = Svar ikke. Koden kom, fordi nogen prøvede at logge ind som dig. Fortæl en voksen det.

## Level 7: a password manager (spot_flags, settings to fix)

level-pw-manager-title = Et pengeskab til adgangskoder
level-pw-manager-instruction = Dette er Mias adgangskodeadministrator. Den husker hendes adgangskoder. Tryk på hver indstilling, der ikke er sikker, for at rette den.
level-pw-manager-learned = En adgangskodeadministrator husker dine adgangskoder. Én stærk adgangskode af ord beskytter alle de andre. Sæt den op sammen med en voksen, du stoler på.
level-pw-manager-hint-1 = Hvilken indstilling ville hjælpe nogen med at åbne Mias adgangskoder?
level-pw-manager-hint-2 = Hovedadgangskoden beskytter alle de andre, så den skal være den stærkeste.
level-pw-manager-hint-3 = Start med hovedadgangskoden.

pw-manager-set-up = Sat op sammen med: en voksen, jeg stoler på
pw-manager-set-up-reason = Godt! En voksen, du stoler på, kan hjælpe dig med at sætte den op og passe på den.
pw-manager-main-password = Hovedadgangskode: 1234
pw-manager-main-password-reason = Denne ene adgangskode åbner alle de andre. Gør den lang og stærk: tre tilfældige ord.
pw-manager-main-password-fixed = Hovedadgangskode: tre tilfældige ord
pw-manager-one-each = Gemmer: en ny adgangskode til hvert spil
pw-manager-one-each-reason = Godt! Den husker dem, så hvert spil kan have sin egen adgangskode.
pw-manager-make-new = Lav stærke adgangskoder til mig: Fra
pw-manager-make-new-reason = Den kan lave lange, tilfældige adgangskoder og huske dem for dig. Slå det til.
pw-manager-make-new-fixed = Lav stærke adgangskoder til mig: Til
pw-manager-lock = Lås appen, når jeg lukker den: Fra
pw-manager-lock-reason = Så kunne alle, der tager tabletten, se alle Mias adgangskoder.
pw-manager-lock-fixed = Lås appen, når jeg lukker den: Til
pw-manager-device = Gemt på: min egen tablet derhjemme
pw-manager-device-reason = Det er fint at gemme adgangskoder på din egen tablet. Gem dem aldrig på en computer på biblioteket.
