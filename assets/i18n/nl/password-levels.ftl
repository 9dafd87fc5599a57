# The "Password Peak" world. Item texts stay short (about 60 characters at most). Facts
# follow the NCSC, NIST SP 800-63B rev. 4 and Action Fraud (docs/literacy-levels.md).
# pw-rank: keep the five passwords as they are. pw-build-*: any everyday nouns in lower case;
# in pw-build-first, words 1, 2 and 6 have three letters, the others five or more.

world-password-peak = Wachtwoordtop

## Level 1: who may know your password (pick_reply)

level-pw-who-to-tell-title = Wie mag het weten?
level-pw-who-to-tell-instruction = Lees wat er gebeurt. Kies elke keer het beste antwoord.
level-pw-who-to-tell-learned = Je wachtwoord is alleen voor jou. Een volwassene die je vertrouwt en die voor je zorgt, mag je ermee helpen.
level-pw-who-to-tell-hint-1 = Vraag jezelf: heeft deze persoon mijn wachtwoord echt nodig?
level-pw-who-to-tell-hint-2 = Vrienden en moderators van een spel hebben het nooit nodig. Een ouder of verzorger mag je helpen het veilig te bewaren.
level-pw-who-to-tell-hint-3 = Geef in de spelchat geen antwoord. Meld het.

pw-who-to-tell-friend-prompt = Je beste vriendin Zoe vraagt: “Wat is je wachtwoord voor het spel? Ik wil je nieuwe level proberen.”
pw-who-to-tell-friend-tell = Vertellen. Ze is mijn beste vriendin.
pw-who-to-tell-friend-tell-reason = Zelfs beste vrienden kunnen het per ongeluk doorvertellen. En soms krijgen vrienden ruzie.
pw-who-to-tell-friend-say-no = Zeggen: “Sorry, dat is alleen voor mij.”
pw-who-to-tell-friend-say-no-reason = Goed zo! Jullie kunnen nog steeds samen spelen. Een goede vriendin begrijpt dat.
pw-who-to-tell-friend-swap = Wachtwoorden met haar ruilen, dan is het eerlijk.
pw-who-to-tell-friend-swap-reason = Dan zijn er twee wachtwoorden bekend in plaats van één. Ruilen maakt het niet veiliger.

pw-who-to-tell-moderator-prompt = In een spelchat schrijft “Mod_Max”: “Ik ben moderator. Stuur me je wachtwoord, anders wordt je account gesloten!”
pw-who-to-tell-moderator-send = Snel sturen en het dan aan een volwassene vertellen.
pw-who-to-tell-moderator-send-reason = Een volwassene vertellen is goed, maar stuur het nooit. Echte moderators vragen nooit om je wachtwoord.
pw-who-to-tell-moderator-proof = Vragen of ze kunnen bewijzen dat ze moderator zijn.
pw-who-to-tell-moderator-proof-reason = Oplichters kunnen elk bewijs vervalsen. Niemand van het spel heeft je wachtwoord nodig, dus stuur het niet.
pw-who-to-tell-moderator-report = Niet reageren. Melden en een volwassene inlichten.
pw-who-to-tell-moderator-report-reason = Goed zo! Moderators hebben je wachtwoord nooit nodig. Melden helpt om de oplichter te stoppen.

pw-who-to-tell-parent-prompt = Een ouder of verzorger helpt je met je nieuwe tablet. Die vraagt welk wachtwoord je hebt gekozen.
pw-who-to-tell-parent-tell-mum = Vertellen. Die zorgt voor mij.
pw-who-to-tell-parent-tell-mum-reason = Ja! Een volwassene die je vertrouwt en die voor je zorgt, zoals een ouder of verzorger, mag het weten en helpen het veilig te houden.
pw-who-to-tell-parent-nobody = Aan niemand vertellen, ook niet aan hen.
pw-who-to-tell-parent-nobody-reason = Houd het weg bij vrienden en vreemden. Maar een ouder of verzorger die voor je zorgt, mag je helpen.
pw-who-to-tell-parent-class-chat = In de klassenchat zetten, dan vergeet ik het niet.
pw-who-to-tell-parent-class-chat-reason = Iedereen in de chat kan het lezen. Vraag een volwassene die je vertrouwt om je te helpen het veilig te onthouden.

## Level 2: weakest to strongest (order_steps, ranked by password strength)

level-pw-rank-title = Zwak of sterk?
level-pw-rank-instruction = Zet de wachtwoorden op volgorde. Begin met het zwakste, eindig met het sterkste.
level-pw-rank-learned = Een paar willekeurige woorden samen maken een lang wachtwoord. Dat is veel sterker dan één woord met een cijfer.
level-pw-rank-hint-1 = Welk wachtwoord zou iemand die wachtwoorden raadt als eerste proberen?
level-pw-rank-hint-2 = Raders proberen eerst bekende wachtwoorden en woorden. Lange wachtwoorden met willekeurige woorden komen als laatste.
level-pw-rank-hint-3 = 123456 is het zwakst: het is een van de meest gebruikte wachtwoorden.

pw-rank-digits = 123456
pw-rank-digits-reason = Dit komt eerst: het is het zwakst. Het is een van de meest gebruikte wachtwoorden ter wereld, dus het wordt meteen geraden.
pw-rank-one-word = sunshine
pw-rank-one-word-reason = Dit is de tweede: één bekend woord. Raders proberen heel vroeg lange lijsten met zulke woorden.
pw-rank-word-and-number = Sunshine1
pw-rank-word-and-number-reason = Dit staat in het midden. Een hoofdletter vooraan en een 1 aan het eind zijn trucs die raders goed kennen.
pw-rank-two-words = tiger-Lamp7
pw-rank-two-words-reason = Dit is de vierde. Twee woorden die niet bij elkaar horen zijn moeilijker te raden, maar twee is nog steeds kort.
pw-rank-four-words = violet-cactus-harbour-drum
pw-rank-four-words-reason = Dit komt als laatste: het is het sterkst. Vier willekeurige woorden maken een lang wachtwoord dat makkelijk te onthouden is.

## Level 3: a first passphrase (build_password, target: strong)

level-pw-build-first-title = Je eerste woordwachtwoord
level-pw-build-first-instruction = Tik op woordblokjes om een sterk wachtwoord te bouwen van minstens 3 woorden.
level-pw-build-first-learned = Drie willekeurige woorden maken een lang, sterk wachtwoord. Laat dingen weg die anderen over jou weten.
level-pw-build-first-hint-1 = Vertellen sommige blokjes iets over jou?
level-pw-build-first-hint-2 = Kies willekeurige woorden die niets met jou te maken hebben. Maak het lang: 15 letters of meer.
level-pw-build-first-hint-3 = Rex is de naam van je hond, dus laat die weg.

pw-build-first-word-1 = zon
pw-build-first-word-2 = kat
pw-build-first-word-3 = raket
pw-build-first-word-4 = kussen
pw-build-first-word-5 = schildpad
pw-build-first-word-6 = bus
pw-build-first-pet = Rex
pw-build-first-pet-reason = Rex is de naam van je hond. Je vrienden kennen die naam, en iedereen die je hondenfoto's ziet ook.
pw-build-first-year = 2016
pw-build-first-year-reason = Dit is het jaar waarin je geboren bent. Veel mensen weten dat, en raders proberen jaartallen als eerste.

## Level 4: good habits and risky ones (sort)

level-pw-habits-title = Goede gewoontes
level-pw-habits-instruction = Is het een goede gewoonte of is het riskant? Sorteer elke kaart.
level-pw-habits-learned = Gebruik voor elk spel een ander wachtwoord, houd het geheim en log uit op gedeelde tablets.
level-pw-habits-hint-1 = Stel je voor dat iemand anders je tablet vindt. Wat kan die dan doen?
level-pw-habits-hint-2 = Goede gewoontes houden je wachtwoord geheim en je account dicht voor anderen.
level-pw-habits-hint-3 = Uitloggen op een gedeelde tablet is een goede gewoonte.

pw-habits-bin-good = Goede gewoonte
pw-habits-bin-risky = Riskant

pw-habits-one-per-game = Een ander wachtwoord voor elk spel
pw-habits-one-per-game-reason = Als iemand één wachtwoord ontdekt, blijven je andere spellen veilig.
pw-habits-sticky-note = Je wachtwoord op een briefje op de tablet
pw-habits-sticky-note-reason = Iedereen die de tablet oppakt, kan het lezen. Vraag een volwassene waar je het veilig kunt bewaren.
pw-habits-log-out = Uitloggen op een gedeelde tablet
pw-habits-log-out-reason = Dan kan de volgende niet als jou spelen. Log altijd uit als je een tablet deelt.
pw-habits-name-birthday = Je naam en verjaardag als wachtwoord
pw-habits-name-birthday-reason = Veel mensen kennen je naam en je verjaardag. Raders proberen die als eerste.
pw-habits-best-friend = Je wachtwoord aan je beste maatje vertellen
pw-habits-best-friend-reason = Vrienden kunnen het per ongeluk doorvertellen. Houd je wachtwoord voor jezelf.
pw-habits-ask-adult = Een volwassene vragen als je twijfelt
pw-habits-ask-adult-reason = Een volwassene die je vertrouwt, kan je helpen. Vragen is altijd een goed idee.

## Level 5: a very strong passphrase (build_password, target: very strong)
# Word tiles: short everyday nouns in lower case. Nickname, school and team are made up.

level-pw-build-strong-title = Heel sterk!
level-pw-build-strong-instruction = Bouw een heel sterk wachtwoord van minstens 4 woordblokjes.
level-pw-build-strong-learned = Vier willekeurige woorden maken een heel sterk wachtwoord. Bijnamen, scholen en clubs zijn makkelijk te raden.
level-pw-build-strong-hint-1 = Sommige blokjes lijken gewone woorden, maar ze gaan over jou. Welke?
level-pw-build-strong-hint-2 = Je bijnaam, je school en je club zijn makkelijk te achterhalen.
level-pw-build-strong-hint-3 = Zippy is je bijnaam, dus laat die weg.

pw-build-strong-word-1 = maan
pw-build-strong-word-2 = blad
pw-build-strong-word-3 = sneeuw
pw-build-strong-word-4 = sleutel
pw-build-strong-word-5 = doos
pw-build-strong-word-6 = kikker
pw-build-strong-word-7 = trom
pw-build-strong-nickname = Zippy
pw-build-strong-nickname-reason = Zippy is je bijnaam. Je vrienden en je hele klas kennen die.
pw-build-strong-school = Eikenveld
pw-build-strong-school-reason = Eikenveld is je school. Veel mensen weten naar welke school je gaat.
pw-build-strong-team = Rovers
pw-build-strong-team-reason = Iedereen weet dat je fan bent van Rovers. Wie wachtwoorden raadt, probeert je club al vroeg.

## Level 6: 2-step verification (pick_reply)

level-pw-two-step-title = De code is alleen voor jou
level-pw-two-step-instruction = Lees wat er gebeurt. Kies elke keer het beste antwoord.
level-pw-two-step-learned = Tweestapsverificatie vraagt om een code naast je wachtwoord. Deel de code nooit, ook niet als iemand erom vraagt.
level-pw-two-step-hint-1 = Voor wie is de code: voor jou, of voor iedereen die erom vraagt?
level-pw-two-step-hint-2 = De code is een tweede sleutel. Alleen jij gebruikt hem, en niemand anders heeft hem ooit nodig.
level-pw-two-step-hint-3 = Vraagt een vriend om je code? Houd hem dan voor jezelf.

pw-two-step-what-prompt = Je spel vraagt: “Tweestapsverificatie aanzetten?” Wat doet dat?
pw-two-step-what-longer = Het maakt je wachtwoord twee keer zo lang.
pw-two-step-what-longer-reason = Je wachtwoord blijft hetzelfde. Er komt een tweede stap bij: een code.
pw-two-step-what-code = Het vraagt je ook om een code.
pw-two-step-what-code-reason = Goed zo! Zelfs iemand die je wachtwoord kent, kan zonder de code niet inloggen. Vraag een volwassene om te helpen het aan te zetten.
pw-two-step-what-friends = Vrienden kunnen dan voor jou inloggen.
pw-two-step-what-friends-reason = Nee. Het zorgt ervoor dat alleen jij kunt inloggen.

pw-two-step-friend-prompt = Je vriend Sam schrijft: “Ik heb mijn inlogcode per ongeluk naar jouw tablet gestuurd. Kun je hem naar mij sturen?”
pw-two-step-friend-send = Sturen. Sam is mijn vriend.
pw-two-step-friend-send-reason = Dit is een bekende truc. Misschien gebruikt iemand anders Sams account. Met de code kan die jouw account overnemen.
pw-two-step-friend-adult-sends = Een volwassene thuis vragen hem voor mij te sturen.
pw-two-step-friend-adult-sends-reason = Een volwassene vertellen is goed, maar niemand mag de code sturen. Ook een volwassene niet.
pw-two-step-friend-keep = Houden, en een volwassene inlichten.
pw-two-step-friend-keep-reason = Goed zo! Deel nooit een code. Praat met Sam in het echt om na te gaan of het echt Sam is.

pw-two-step-unasked-prompt = Er verschijnt een inlogcode op je tablet, maar jij probeerde niet in te loggen.
pw-two-step-unasked-tell = Met niemand delen en een volwassene inlichten.
pw-two-step-unasked-tell-reason = Goed zo! Misschien probeert iemand je wachtwoord. Een volwassene kan je helpen het te veranderen.
pw-two-step-unasked-class-chat = Hem in de klassenchat zetten.
pw-two-step-unasked-class-chat-reason = Dan kan iedereen in de chat hem gebruiken. De code is alleen voor jou. Vertel het liever aan een volwassene.
pw-two-step-unasked-reply = Antwoorden en vragen wie hem heeft gestuurd.
pw-two-step-unasked-reply-reason = Antwoord niet. De code kwam omdat iemand als jou probeerde in te loggen. Vertel het aan een volwassene.

## Level 7: a password manager (spot_flags, settings to fix)

level-pw-manager-title = Een kluis voor wachtwoorden
level-pw-manager-instruction = Dit is de wachtwoordmanager van Mia. Die onthoudt haar wachtwoorden. Tik op elke instelling die niet veilig is om hem te verbeteren.
level-pw-manager-learned = Een wachtwoordmanager onthoudt je wachtwoorden. Eén sterk wachtwoord van woorden beschermt alle andere. Stel hem in samen met een volwassene die je vertrouwt.
level-pw-manager-hint-1 = Welke instelling zou iemand helpen om de wachtwoorden van Mia te openen?
level-pw-manager-hint-2 = Het hoofdwachtwoord beschermt alle andere, dus het moet het sterkste zijn.
level-pw-manager-hint-3 = Begin met het hoofdwachtwoord.

pw-manager-set-up = Ingesteld met: een vertrouwde volwassene
pw-manager-set-up-reason = Goed! Een volwassene die je vertrouwt, kan je helpen hem in te stellen en veilig te houden.
pw-manager-main-password = Hoofdwachtwoord: 1234
pw-manager-main-password-reason = Dit ene wachtwoord opent alle andere. Maak het lang en sterk: drie willekeurige woorden.
pw-manager-main-password-fixed = Hoofdwachtwoord: drie willekeurige woorden
pw-manager-one-each = Bewaart: een ander wachtwoord voor elk spel
pw-manager-one-each-reason = Goed! Hij onthoudt ze, dus elk spel kan zijn eigen wachtwoord hebben.
pw-manager-make-new = Sterke wachtwoorden voor me maken: Uit
pw-manager-make-new-reason = Hij kan lange, willekeurige wachtwoorden maken en ze voor je onthouden. Zet het aan.
pw-manager-make-new-fixed = Sterke wachtwoorden voor me maken: Aan
pw-manager-lock = App vergrendelen als ik hem sluit: Uit
pw-manager-lock-reason = Dan kan iedereen die de tablet oppakt alle wachtwoorden van Mia zien.
pw-manager-lock-fixed = App vergrendelen als ik hem sluit: Aan
pw-manager-device = Opgeslagen op: mijn eigen tablet thuis
pw-manager-device-reason = Wachtwoorden opslaan op je eigen tablet is prima. Sla ze nooit op op een computer in de bibliotheek.
