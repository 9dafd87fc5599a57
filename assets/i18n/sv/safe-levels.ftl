# The "Safe together" world. Levels 6 and 7 are for the 12-14 band only: calm, never
# graphic, never blaming the pupil. Telling a trusted adult is always right.

world-safe-together = Säkra tillsammans

safe-bin-good = Bra idé
safe-bin-bad = Ingen bra idé

## Where to get help: the game fills { $helpline } of level-safe-get-help-learned with one of
## these; { $service } and { $number } come from core::helplines.

helpline-call = Du kan också ringa en stödlinje för barn: { $service }, { $number }.
helpline-ask-adult = Fråga en vuxen som du litar på om stödlinjen för barn i ditt land.

## Level 1: a new friend from a game (spot_flags)

level-safe-new-friend-title = En ny kompis från ett spel
level-safe-new-friend-instruction = Någon från ett spel skriver till dig. Tryck på varje varningssignal.
level-safe-new-friend-learned = Hemligheter, bilder, privata chattar och träffar är varningssignaler. Stanna upp och berätta för en vuxen som du litar på.
level-safe-new-friend-hint-1 = Läs varje rad. Skulle en kompis i din ålder fråga så här?
level-safe-new-friend-hint-2 = Var försiktig när någon vill ha hemligheter, bilder, dina uppgifter eller en träff.
level-safe-new-friend-hint-3 = Titta noga på raderna om dina föräldrar och din skola.

safe-new-friend-sender = Från: Kai_Star (en spelare från ditt spel)
safe-new-friend-sender-reason = Det kan vara kul att chatta med spelare. Men du vet bara det Kai säger om sig själv.
safe-new-friend-game = Bra spelat i dag! Vilken nivå är du på?
safe-new-friend-game-reason = Att prata om spelet är normalt. Den här raden är okej.
safe-new-friend-secret = Berätta inte om mig för dina föräldrar, okej?
safe-new-friend-secret-reason = En bra kompis ber dig inte att hålla hen hemlig för din familj. Det här är en varningssignal.
safe-new-friend-private = Kom så chattar vi i en annan app. Bara vi två.
safe-new-friend-private-reason = Att locka dig till en privat chatt, bort från andra, är en varningssignal.
safe-new-friend-photo = Skicka en bild på dig. Bara till mig!
safe-new-friend-photo-reason = Skicka aldrig bilder på dig själv till någon du bara känner på nätet.
safe-new-friend-school = Vilken skola går du i?
safe-new-friend-school-reason = Din skola berättar för en främling var du finns. Håll den privat.
safe-new-friend-meet = Ska vi ses i parken på lördag?
safe-new-friend-meet-reason = Träffa aldrig någon du bara känner på nätet. Berätta för en vuxen som du litar på.

## Level 2: what to do (pick_reply)

level-safe-what-to-do-title = Vad gör du?
level-safe-what-to-do-instruction = Kai från spelet vill mer. Välj det bästa svaret varje gång.
level-safe-what-to-do-learned = Du får alltid säga nej. Blockera personen och berätta för en vuxen som du litar på. Det är aldrig ditt fel.
level-safe-what-to-do-hint-1 = Vem kan hjälpa dig att kolla om Kai är den han säger?
level-safe-what-to-do-hint-2 = Hemligheter och träffar med kompisar från nätet är varningssignaler. Skaffa hjälp, gå inte ensam.
level-safe-what-to-do-hint-3 = När Kai blir arg behöver du inte svara alls.

safe-what-to-do-secret-prompt = Kai skriver: ”Vi håller våra chattar hemliga, okej?” Vad gör du?
safe-what-to-do-secret-keep = Hålla hemligheten. Kai är snäll mot mig.
safe-what-to-do-secret-keep-reason = Snälla ord kan dölja ett trick. En riktig vän behöver inga hemligheter för din familj.
safe-what-to-do-secret-ask-why = Fråga Kai varför först och sedan bestämma själv.
safe-what-to-do-secret-ask-why-reason = Kai kanske har ett smart svar. Bestäm inte ensam: fråga någon du litar på.
safe-what-to-do-secret-tell = Berätta för en vuxen som jag litar på.
safe-what-to-do-secret-tell-reason = Ja! Att be om hemligheter är en varningssignal. En vuxen som du litar på kan hjälpa dig att kolla.

safe-what-to-do-meet-prompt = Kai vill träffa dig i parken. Vad gör du?
safe-what-to-do-meet-go-with-friend = Gå, men ta med någon från klassen.
safe-what-to-do-meet-go-with-friend-reason = Två barn är inte tillräckligt säkert. Träffa aldrig någon du bara känner på nätet.
safe-what-to-do-meet-say-no = Säga nej och berätta för en vuxen.
safe-what-to-do-meet-say-no-reason = Rätt. Säg nej och låt en vuxen som du litar på hjälpa dig med Kai.
safe-what-to-do-meet-go-tell-later = Gå, och berätta för en vuxen efteråt.
safe-what-to-do-meet-go-tell-later-reason = Att berätta för en vuxen är bra, men gå inte. Träffa aldrig någon du bara känner på nätet.

safe-what-to-do-angry-prompt = Du sa nej. Nu skickar Kai arga meddelanden.
safe-what-to-do-angry-block = Blockera Kai och berätta för en vuxen.
safe-what-to-do-angry-block-reason = Ja. Du behöver inte svara. Blockera Kai och få hjälp av en vuxen som du litar på.
safe-what-to-do-angry-sorry = Säga förlåt och göra som Kai vill.
safe-what-to-do-angry-sorry-reason = Du gjorde inget fel. Det var rätt att säga nej.
safe-what-to-do-angry-argue = Fortsätta skriva tills Kai säger förlåt.
safe-what-to-do-angry-argue-reason = Att bråka får Kai att fortsätta prata med dig. Sluta svara i stället.

## Level 3: block and report (sort)

level-safe-block-report-title = Blockera och anmäl
level-safe-block-report-instruction = Någon på nätet får dig att må dåligt. Är varje idé bra eller inte?
level-safe-block-report-learned = Spara meddelandena, blockera personen, anmäl hen i appen och berätta för en vuxen som du litar på.
level-safe-block-report-hint-1 = Vilka idéer gör saken bättre, och vilka gör den värre?
level-safe-block-report-hint-2 = Spara bevis, stoppa meddelandena och skaffa hjälp.
level-safe-block-report-hint-3 = Att radera chatten är ingen bra idé: då försvinner bevisen.

safe-block-report-screenshot = Ta skärmbilder av meddelandena
safe-block-report-screenshot-reason = Skärmbilder är bevis. Ta dem innan du blockerar, ifall chatten försvinner.
safe-block-report-delete = Radera hela chatten så att ingen ser den
safe-block-report-delete-reason = Då försvinner bevisen. Spara meddelandena så att en vuxen kan hjälpa till.
safe-block-report-block = Blockera personen
safe-block-report-block-reason = Att blockera stoppar personen från att skicka meddelanden till dig.
safe-block-report-reply-mean = Skicka ett elakt meddelande tillbaka
safe-block-report-reply-mean-reason = Det kan göra saken värre. Svara inte alls.
safe-block-report-report = Anmäl profilen i appen
safe-block-report-report-reason = Appens team går igenom anmälningar och kan stänga kontot.
safe-block-report-unblock = Avblockera för att se om hen ångrar sig
safe-block-report-unblock-reason = Då kan hen skriva till dig igen. Låt personen vara blockerad.
safe-block-report-tell = Berätta för en vuxen som du litar på vad som hände
safe-block-report-tell-reason = En vuxen som du litar på kan hjälpa dig att anmäla och att må bättre.

## Level 4: the login code (pick_reply)

level-safe-login-code-title = Den hemliga inloggningskoden
level-safe-login-code-instruction = Välj det bästa svaret varje gång.
level-safe-login-code-learned = En inloggningskod är bara för dig. Ge den aldrig till någon, inte ens till en kompis eller ”support”.
level-safe-login-code-hint-1 = Vem behöver koden som kommer till din telefon?
level-safe-login-code-hint-2 = Koden är ett andra lås på ditt konto. Den fungerar som en nyckel.
level-safe-login-code-hint-3 = Riktiga supportteam ber aldrig om din kod.

safe-login-code-why-prompt = Efter ditt lösenord skickar appen en kod till din telefon. Varför?
safe-login-code-why-ads = För att appen vill ha ditt nummer för reklam.
safe-login-code-why-ads-reason = Nej. Koden finns där för att hålla ditt konto säkert.
safe-login-code-why-second-lock = Det är ett andra lås, så bara du kommer in.
safe-login-code-why-second-lock-reason = Ja. Det här är inloggning i två steg. En tjuv med ditt lösenord behöver ändå koden.
safe-login-code-why-phone-check = För att kolla att din telefon fungerar.
safe-login-code-why-phone-check-reason = Nej. Koden bevisar att det verkligen är du som loggar in.

safe-login-code-friend-prompt = Ett meddelande från Mia: ”Hoppsan, min kod hamnade hos dig. Kan du skicka den till mig?”
safe-login-code-friend-send = Skicka den snabbt. Mia är min kompis och behöver den.
safe-login-code-friend-send-reason = Mias konto kan vara hackat. Koden skulle släppa in en främling på DITT konto.
safe-login-code-friend-half = Skicka bara första halvan av koden.
safe-login-code-friend-half-reason = En halv kod hjälper ändå en tjuv. Behåll hela koden för dig själv.
safe-login-code-friend-ask = Skicka inte. Fråga Mia på riktigt eller i telefon.
safe-login-code-friend-ask-reason = Rätt. Kolla med Mia på ett annat sätt. Det är nog ett trick.

safe-login-code-support-prompt = En chatt säger: ”Här är spelets support. Berätta din kod så håller vi ditt konto säkert.”
safe-login-code-support-give = Ge den. De är supportteamet.
safe-login-code-support-give-reason = Riktiga supportteam ber aldrig om din kod. Det här är ett trick.
safe-login-code-support-say-no = Säga nej. Support behöver aldrig min kod.
safe-login-code-support-say-no-reason = Rätt. Riktiga företag säger det också: de ber aldrig om din kod.
safe-login-code-support-adult-reads = Be en vuxen läsa upp koden för dem i stället.
safe-login-code-support-adult-reads-reason = Ingen ska ge bort koden, varken vuxen eller barn. Visa meddelandet för en vuxen i stället.

## Level 5: where to get help (pick_reply); its learned text names the helpline

level-safe-get-help-title = Här får du hjälp
level-safe-get-help-instruction = Något på nätet oroar dig. Välj det bästa svaret varje gång.
level-safe-get-help-learned = Du är aldrig ensam. Prata med en vuxen som du litar på. { $helpline }
level-safe-get-help-hint-1 = Är det bättre att hålla en oro inom sig eller att dela den?
level-safe-get-help-hint-2 = Vuxna som du litar på och stödlinjer för barn lyssnar och hjälper.
level-safe-get-help-hint-3 = 116 111 är ett nummer för barn i många länder.

safe-get-help-worried-prompt = Du såg något på nätet som skrämmer dig. Vad hjälper mest?
safe-get-help-worried-keep = Hålla det för mig själv och försöka glömma det.
safe-get-help-worried-keep-reason = Oro växer när man håller den inom sig. Att berätta för någon hjälper.
safe-get-help-worried-tell = Berätta för en vuxen jag litar på vad jag såg.
safe-get-help-worried-tell-reason = Ja! En förälder, vårdnadshavare eller lärare kan hjälpa dig.
safe-get-help-worried-search = Söka mer om det på nätet.
safe-get-help-worried-search-reason = Du kan hitta ännu läskigare saker. Prata med någon först.

safe-get-help-nobody-prompt = Du vill inte prata med någon du känner. Vad kan du göra?
safe-get-help-nobody-forum = Fråga främlingar i ett forum vad jag ska göra.
safe-get-help-nobody-forum-reason = Främlingar på nätet är kanske inte snälla och har inte alltid rätt. En stödlinje finns där för att hjälpa.
safe-get-help-nobody-wait = Vänta tills problemet går över.
safe-get-help-nobody-wait-reason = Problem går ofta inte över av sig själva. Det är okej att be om hjälp.
safe-get-help-nobody-helpline = Ringa eller chatta med en stödlinje för barn.
safe-get-help-nobody-helpline-reason = Ja. Stödlinjer för barn lyssnar på barn. Du behöver inte säga ditt namn.

safe-get-help-number-prompt = En affisch i skolan visar 116 111. Vad är det för nummer?
safe-get-help-number-helpline = Stödlinje för barn i många länder i Europa
safe-get-help-number-helpline-reason = Ja. I många europeiska länder är 116 111 en stödlinje för barn. Vissa länder har ett annat nummer.
safe-get-help-number-prize = Ett nummer där man kan vinna priser
safe-get-help-number-prize-reason = Nej. Det är en stödlinje där barn kan prata om sin oro.
safe-get-help-number-adults = Ett nummer som bara vuxna har lov att ringa
safe-get-help-number-adults-reason = Nej. Barn kan själva ringa en stödlinje för barn.

## Level 6 (12-14 only): when someone makes threats (pick_reply)

level-safe-threats-title = När någon hotar
level-safe-threats-instruction = Någon hotar att dela en privat bild. Välj det bästa svaret.
level-safe-threats-learned = Det är aldrig ditt fel. Betala inte, sluta svara, spara meddelandena, berätta för en vuxen som du litar på och anmäl det.
level-safe-threats-hint-1 = Vad vill personen som hotar ha av dig?
level-safe-threats-hint-2 = Att betala eller skicka mer stoppar inte hoten. Att skaffa hjälp gör det.
level-safe-threats-hint-3 = Spara chatten som bevis, men sluta svara.

safe-threats-pay-prompt = En kompis från nätet skriver: ”Betala, annars delar jag den privata bilden du skickade.”
safe-threats-pay-pay = Betala snabbt så att bilden förblir privat.
safe-threats-pay-pay-reason = Att betala stoppar dem inte. Oftast ber de om mer.
safe-threats-pay-stop = Sluta svara och berätta för en vuxen.
safe-threats-pay-stop-reason = Ja. Bryt all kontakt och skaffa hjälp. En vuxen kan hjälpa dig att anmäla det.
safe-threats-pay-more = Skicka en bild till så att de lugnar sig.
safe-threats-pay-more-reason = Skicka aldrig mer. De slutar inte. Skaffa hjälp i stället.

safe-threats-chat-prompt = Du mår hemskt och vill att chatten ska försvinna. Vad gör du med den?
safe-threats-chat-delete = Radera hela chatten och mitt konto direkt.
safe-threats-chat-delete-reason = Chatten är bevis. Appen och polisen behöver den för att stoppa dem.
safe-threats-chat-forward = Skicka chatten till kompisar och fråga dem.
safe-threats-chat-forward-reason = Skicka inte vidare den. Håll den mellan dig och en vuxen som du litar på.
safe-threats-chat-keep = Spara chatten, blockera och anmäl sedan.
safe-threats-chat-keep-reason = Rätt. Spara meddelandena som bevis, blockera sedan kontot och anmäl det.

safe-threats-fault-prompt = Du tänker: ”Det här är mitt fel. Jag kan inte berätta för någon.” Vad är sant?
safe-threats-fault-my-fault = Det är mitt fel, så jag måste lösa det själv.
safe-threats-fault-my-fault-reason = Nej. Personen som hotar gör fel, inte du.
safe-threats-fault-never = Det är aldrig mitt fel, och det finns hjälp.
safe-threats-fault-never-reason = Ja. Du blev lurad. Vuxna och stödlinjer hjälper utan att skylla på dig.
safe-threats-fault-later = Berätta för en vuxen bara om det blir värre.
safe-threats-fault-later-reason = Berätta nu. Ju snabbare du får hjälp, desto snabbare slutar det.

safe-threats-online-prompt = Du är orolig att bilden finns på nätet nu. Vad kan hjälpa?
safe-threats-online-take-it-down = Använda Take It Down med en vuxen.
safe-threats-online-take-it-down-reason = Take It Down hjälper till att ta bort bilder tagna innan du fyllde 18, från alla länder.
safe-threats-online-search = Leta efter bilden varje dag för att kolla.
safe-threats-online-search-reason = Det får dig bara att må sämre. Låt en vuxen och ett verktyg göra jobbet.
safe-threats-online-nothing = Inget kan hjälpa när en bild väl är på nätet.
safe-threats-online-nothing-reason = Inte sant. Bilder kan ofta tas bort. Det finns alltid hjälp.

## Level 7 (12-14 only): a private photo of someone else (sort)

level-safe-not-yours-title = En bild som inte är din
level-safe-not-yours-instruction = En privat bild på en klasskompis delas i en chatt. Bra idé eller inte?
level-safe-not-yours-learned = Spara aldrig en privat bild på någon och skicka den aldrig vidare. Berätta för en vuxen som du litar på och anmäl det.
level-safe-not-yours-hint-1 = Hur skulle du känna dig om det var din bild?
level-safe-not-yours-hint-2 = Varje delning sårar personen på bilden igen.
level-safe-not-yours-hint-3 = Att skicka vidare den är aldrig en bra idé, inte ens för att be om hjälp.

safe-not-yours-forward = Skicka vidare den till en kompis
safe-not-yours-forward-reason = Varje delning sårar personen mer. I många länder är det också olagligt.
safe-not-yours-tell = Berätta om det för en vuxen som du litar på
safe-not-yours-tell-reason = Ja. En vuxen kan hjälpa till att stoppa spridningen, utan att du skickar bilden.
safe-not-yours-save = Spara den i min telefon
safe-not-yours-save-reason = Behåll den inte. En sådan bild ska inte finnas i din telefon.
safe-not-yours-report = Anmäl inlägget i appen
safe-not-yours-report-reason = Appen kan ta bort det. Personen på bilden behöver det.
safe-not-yours-ask-friend = Skicka den till en kompis och fråga vad jag ska göra
safe-not-yours-ask-friend-reason = Skicka den inte till någon, inte ens för att få hjälp. Berätta om den i stället.
safe-not-yours-kind = Var snäll mot personen på bilden
safe-not-yours-kind-reason = Hen kanske mår hemskt. Det är inte hens fel.
safe-not-yours-laugh = Skratta med så att jag passar in
safe-not-yours-laugh-reason = Att skratta med sårar personen ännu mer. Du kan vara den som stoppar det.
