# The "Password Peak" world. Item texts stay short (about 60 characters at most). Facts
# follow the NCSC, NIST SP 800-63B rev. 4 and Action Fraud (docs/literacy-levels.md).
# pw-rank: keep the five passwords as they are. pw-build-*: any everyday nouns in lower case;
# in pw-build-first, words 1, 2 and 6 have three letters, the others five or more.

world-password-peak = Lösenordstoppen

## Level 1: who may know your password (pick_reply)

level-pw-who-to-tell-title = Vem får veta det?
level-pw-who-to-tell-instruction = Läs vad som händer. Välj det bästa svaret varje gång.
level-pw-who-to-tell-learned = Ditt lösenord är bara för dig. En vuxen som du litar på och som tar hand om dig får hjälpa dig med det.
level-pw-who-to-tell-hint-1 = Fråga dig själv: behöver den här personen verkligen mitt lösenord?
level-pw-who-to-tell-hint-2 = Kompisar och moderatorer i spel behöver det aldrig. En förälder eller vårdnadshavare får hjälpa dig att hålla det säkert.
level-pw-who-to-tell-hint-3 = Svara inte i spelchatten. Anmäl det.

pw-who-to-tell-friend-prompt = Din bästa kompis Zoe frågar: ”Vad är ditt lösenord till spelet? Jag vill testa din nya nivå.”
pw-who-to-tell-friend-tell = Berätta. Hon är min bästa kompis.
pw-who-to-tell-friend-tell-reason = Även bästa kompisar kan råka berätta för andra. Och kompisar blir ibland osams.
pw-who-to-tell-friend-say-no = Säga: ”Förlåt, det är bara för mig.”
pw-who-to-tell-friend-say-no-reason = Bra gjort! Ni kan fortfarande spela tillsammans. En bra kompis förstår.
pw-who-to-tell-friend-swap = Byta lösenord med henne, så att det blir rättvist.
pw-who-to-tell-friend-swap-reason = Då är två lösenord ute i stället för ett. Att byta gör det inte säkrare.

pw-who-to-tell-moderator-prompt = I en spelchatt skriver ”Mod_Max”: ”Jag är moderator. Skicka ditt lösenord, annars stängs ditt konto!”
pw-who-to-tell-moderator-send = Skicka det snabbt och berätta sedan för en vuxen.
pw-who-to-tell-moderator-send-reason = Att berätta för en vuxen är bra, men skicka det aldrig. Riktiga moderatorer ber aldrig om ditt lösenord.
pw-who-to-tell-moderator-proof = Be hen bevisa att hen är moderator.
pw-who-to-tell-moderator-proof-reason = Bedragare kan fejka vilka bevis som helst. Ingen från spelet behöver ditt lösenord, så skicka det inte.
pw-who-to-tell-moderator-report = Svara inte. Anmäl det och berätta för en vuxen.
pw-who-to-tell-moderator-report-reason = Rätt! Moderatorer behöver aldrig ditt lösenord. Att anmäla hjälper till att stoppa bedragaren.

pw-who-to-tell-parent-prompt = En förälder eller vårdnadshavare hjälper dig med din nya surfplatta. Hen frågar vilket lösenord du valde.
pw-who-to-tell-parent-tell-mum = Berätta. Hen tar hand om mig.
pw-who-to-tell-parent-tell-mum-reason = Ja! En vuxen som du litar på och som tar hand om dig, som en förälder eller vårdnadshavare, får veta det och hjälpa dig att hålla det säkert.
pw-who-to-tell-parent-nobody = Berätta för ingen, inte ens för hen.
pw-who-to-tell-parent-nobody-reason = Håll det borta från kompisar och främlingar. Men en förälder eller vårdnadshavare som tar hand om dig får hjälpa dig.
pw-who-to-tell-parent-class-chat = Skriva det i klasschatten, så jag inte glömmer det.
pw-who-to-tell-parent-class-chat-reason = Alla i chatten kan läsa det. Be en vuxen som du litar på att hjälpa dig att komma ihåg det på ett säkert sätt.

## Level 2: weakest to strongest (order_steps, ranked by password strength)

level-pw-rank-title = Svagt eller starkt?
level-pw-rank-instruction = Sätt lösenorden i ordning. Börja med det svagaste och sluta med det starkaste.
level-pw-rank-learned = Flera slumpmässiga ord ger ett långt lösenord. Det är mycket starkare än ett ord med en siffra.
level-pw-rank-hint-1 = Vilket lösenord skulle någon som gissar prova först?
level-pw-rank-hint-2 = Gissare provar vanliga lösenord och ord först. Långa lösenord med slumpmässiga ord kommer sist.
level-pw-rank-hint-3 = 123456 är svagast: det är ett av de mest använda lösenorden.

pw-rank-digits = 123456
pw-rank-digits-reason = Det här kommer först: det är svagast. Det är ett av de mest använda lösenorden i världen, så det gissas direkt.
pw-rank-one-word = sunshine
pw-rank-one-word-reason = Det här är tvåa: ett vanligt ord. Gissare provar långa listor med sådana ord väldigt tidigt.
pw-rank-word-and-number = Sunshine1
pw-rank-word-and-number-reason = Det här är i mitten. En stor bokstav först och en 1:a i slutet är knep som gissare känner väl till.
pw-rank-two-words = tiger-Lamp7
pw-rank-two-words-reason = Det här är fyra. Två ord som inte hör ihop är svårare att gissa, men två är fortfarande kort.
pw-rank-four-words = violet-cactus-harbour-drum
pw-rank-four-words-reason = Det här kommer sist: det är starkast. Fyra slumpmässiga ord ger ett långt lösenord som är lätt att komma ihåg.

## Level 3: a first passphrase (build_password, target: strong)

level-pw-build-first-title = Ditt första ordlösenord
level-pw-build-first-instruction = Tryck på ordbrickor för att bygga ett starkt lösenord av minst 3 ord.
level-pw-build-first-learned = Tre slumpmässiga ord ger ett långt, starkt lösenord. Ta inte med saker som andra vet om dig.
level-pw-build-first-hint-1 = Säger någon av brickorna något om dig?
level-pw-build-first-hint-2 = Välj slumpmässiga ord som inte har med dig att göra. Gör det långt: 15 bokstäver eller fler.
level-pw-build-first-hint-3 = Rex är din hunds namn, så ta inte med det.

pw-build-first-word-1 = sol
pw-build-first-word-2 = bok
pw-build-first-word-3 = raket
pw-build-first-word-4 = kudde
pw-build-first-word-5 = tomat
pw-build-first-word-6 = bil
pw-build-first-pet = Rex
pw-build-first-pet-reason = Rex är din hunds namn. Dina kompisar vet det, och det gör alla som ser dina hundbilder också.
pw-build-first-year = 2016
pw-build-first-year-reason = Det här är året då du föddes. Många vet det, och gissare provar årtal först.

## Level 4: good habits and risky ones (sort)

level-pw-habits-title = Bra vanor
level-pw-habits-instruction = Är det en bra vana eller är det riskabelt? Sortera varje kort.
level-pw-habits-learned = Använd olika lösenord för varje spel, håll dem hemliga och logga ut på delade surfplattor.
level-pw-habits-hint-1 = Tänk dig att någon annan hittar din surfplatta. Vad skulle hen kunna göra?
level-pw-habits-hint-2 = Bra vanor håller ditt lösenord hemligt och ditt konto stängt för andra.
level-pw-habits-hint-3 = Att logga ut på en delad surfplatta är en bra vana.

pw-habits-bin-good = Bra vana
pw-habits-bin-risky = Riskabelt

pw-habits-one-per-game = Ett eget lösenord för varje spel
pw-habits-one-per-game-reason = Om någon får reda på ett lösenord är dina andra spel fortfarande säkra.
pw-habits-sticky-note = Ditt lösenord på en lapp på surfplattan
pw-habits-sticky-note-reason = Alla som tar upp surfplattan kan läsa det. Fråga en vuxen var du kan förvara det säkert.
pw-habits-log-out = Logga ut på en delad surfplatta
pw-habits-log-out-reason = Då kan nästa person inte spela som du. Logga alltid ut när ni delar.
pw-habits-name-birthday = Ditt namn och din födelsedag som lösenord
pw-habits-name-birthday-reason = Många vet ditt namn och din födelsedag. Gissare provar dem först.
pw-habits-best-friend = Berätta ditt lösenord för din bästa kompis
pw-habits-best-friend-reason = Kompisar kan råka berätta för andra. Behåll ditt lösenord för dig själv.
pw-habits-ask-adult = Fråga en vuxen när du är osäker
pw-habits-ask-adult-reason = En vuxen som du litar på kan hjälpa dig. Att fråga är alltid en bra idé.

## Level 5: a very strong passphrase (build_password, target: very strong)
# Word tiles: short everyday nouns in lower case. Nickname, school and team are made up.

level-pw-build-strong-title = Mycket starkt!
level-pw-build-strong-instruction = Bygg ett mycket starkt lösenord av minst 4 ordbrickor.
level-pw-build-strong-learned = Fyra slumpmässiga ord ger ett mycket starkt lösenord. Smeknamn, skolor och lag är lätta att gissa.
level-pw-build-strong-hint-1 = Vissa brickor ser ut som vanliga ord, men de handlar om dig. Vilka?
level-pw-build-strong-hint-2 = Ditt smeknamn, din skola och ditt lag är lätta att ta reda på.
level-pw-build-strong-hint-3 = Zippy är ditt smeknamn, så ta inte med det.

pw-build-strong-word-1 = måne
pw-build-strong-word-2 = blad
pw-build-strong-word-3 = moln
pw-build-strong-word-4 = nyckel
pw-build-strong-word-5 = låda
pw-build-strong-word-6 = groda
pw-build-strong-word-7 = trumma
pw-build-strong-nickname = Zippy
pw-build-strong-nickname-reason = Zippy är ditt smeknamn. Dina kompisar och hela din klass vet det.
pw-build-strong-school = Ekbacken
pw-build-strong-school-reason = Ekbacken är din skola. Många vet vilken skola du går i.
pw-build-strong-team = Rovers
pw-build-strong-team-reason = Alla vet att du älskar Rovers. Den som gissar skulle prova ditt lag tidigt.

## Level 6: 2-step verification (pick_reply)

level-pw-two-step-title = Koden är bara för dig
level-pw-two-step-instruction = Läs vad som händer. Välj det bästa svaret varje gång.
level-pw-two-step-learned = Tvåstegsverifiering ber om en kod utöver ditt lösenord. Dela aldrig koden, inte ens om någon ber om den.
level-pw-two-step-hint-1 = Vem är koden till: dig, eller alla som frågar?
level-pw-two-step-hint-2 = Koden är en andra nyckel. Bara du använder den, och ingen annan behöver den någonsin.
level-pw-two-step-hint-3 = När en kompis ber om din kod behåller du den för dig själv.

pw-two-step-what-prompt = Ditt spel frågar: ”Slå på tvåstegsverifiering?” Vad gör det?
pw-two-step-what-longer = Det gör ditt lösenord dubbelt så långt.
pw-two-step-what-longer-reason = Ditt lösenord förblir detsamma. Det lägger till ett andra steg: en kod.
pw-two-step-what-code = Det ber dig om en kod också.
pw-two-step-what-code-reason = Rätt! Även någon som kan ditt lösenord kan inte logga in utan koden. Be en vuxen hjälpa dig att slå på det.
pw-two-step-what-friends = Kompisar kan logga in åt dig.
pw-two-step-what-friends-reason = Nej. Det ser till att bara du kan logga in.

pw-two-step-friend-prompt = Din kompis Sam skriver: ”Jag skickade min inloggningskod till din surfplatta av misstag. Kan du skicka den till mig?”
pw-two-step-friend-send = Skicka den. Sam är min kompis.
pw-two-step-friend-send-reason = Det här är ett känt trick. Någon kanske använder Sams konto. Med koden kan hen ta över ditt konto.
pw-two-step-friend-adult-sends = Be en vuxen hemma skicka den åt mig.
pw-two-step-friend-adult-sends-reason = Att berätta för en vuxen är rätt, men ingen ska skicka koden. Inte ens en vuxen.
pw-two-step-friend-keep = Behåll den. Berätta för en vuxen.
pw-two-step-friend-keep-reason = Rätt! Dela aldrig en kod. Prata med Sam på riktigt för att kolla om det verkligen är Sam.

pw-two-step-unasked-prompt = En inloggningskod dyker upp på din surfplatta, men du försökte inte logga in.
pw-two-step-unasked-tell = Dela den med ingen och berätta för en vuxen.
pw-two-step-unasked-tell-reason = Rätt! Någon kanske provar ditt lösenord. En vuxen kan hjälpa dig att byta det.
pw-two-step-unasked-class-chat = Skriva den i klasschatten.
pw-two-step-unasked-class-chat-reason = Då kan alla i chatten använda den. Koden är bara för dig. Berätta för en vuxen i stället.
pw-two-step-unasked-reply = Svara och fråga vem som skickade den.
pw-two-step-unasked-reply-reason = Svara inte. Koden kom för att någon försökte logga in som du. Berätta för en vuxen.

## Level 7: a password manager (spot_flags, settings to fix)

level-pw-manager-title = Ett kassaskåp för lösenord
level-pw-manager-instruction = Det här är Mias lösenordshanterare. Den kommer ihåg hennes lösenord. Tryck på varje inställning som inte är säker för att fixa den.
level-pw-manager-learned = En lösenordshanterare kommer ihåg dina lösenord. Ett starkt lösenord av ord skyddar alla andra. Ställ in den tillsammans med en vuxen som du litar på.
level-pw-manager-hint-1 = Vilken inställning skulle hjälpa någon att öppna Mias lösenord?
level-pw-manager-hint-2 = Huvudlösenordet skyddar alla andra, så det måste vara det starkaste.
level-pw-manager-hint-3 = Börja med huvudlösenordet.

pw-manager-set-up = Inställd med: en vuxen som du litar på
pw-manager-set-up-reason = Bra! En vuxen som du litar på kan hjälpa dig att ställa in den och hålla den säker.
pw-manager-main-password = Huvudlösenord: 1234
pw-manager-main-password-reason = Det här enda lösenordet öppnar alla andra. Gör det långt och starkt: tre slumpmässiga ord.
pw-manager-main-password-fixed = Huvudlösenord: tre slumpmässiga ord
pw-manager-one-each = Sparar: ett eget lösenord för varje spel
pw-manager-one-each-reason = Bra! Den kommer ihåg dem, så varje spel kan ha sitt eget lösenord.
pw-manager-make-new = Skapa starka lösenord åt mig: Av
pw-manager-make-new-reason = Den kan skapa långa, slumpmässiga lösenord och komma ihåg dem åt dig. Slå på det.
pw-manager-make-new-fixed = Skapa starka lösenord åt mig: På
pw-manager-lock = Lås appen när jag stänger den: Av
pw-manager-lock-reason = Då kan alla som tar upp surfplattan se alla Mias lösenord.
pw-manager-lock-fixed = Lås appen när jag stänger den: På
pw-manager-device = Sparad på: min egen surfplatta hemma
pw-manager-device-reason = Att spara lösenord på din egen surfplatta är okej. Spara dem aldrig på en dator på biblioteket.
