# The "AI and Me" world. Item texts stay short (about 60 characters at most). All people,
# apps and accounts are made up. The teach-the-robot cards are in training.ftl.

world-ai-and-me = AI og mig

ai-bin-ok-to-ask = Okay at spørge om
ai-bin-good-use = God brug
ai-bin-not-ok = Ikke okay

## Level 2: what to tell a chatbot (sort)

level-ai-what-to-tell-title = Snak med en chatbot
level-ai-what-to-tell-instruction = Er det okay at spørge en chatbot om det her, eller skal du holde det privat?
level-ai-what-to-tell-learned = Spørg en chatbot om verden, ikke om dig selv. Navne, adresser, billeder, adgangskoder og hemmeligheder forbliver private.
level-ai-what-to-tell-hint-1 = Spørg dig selv: Handler det om verden, eller om mig og mine venner?
level-ai-what-to-tell-hint-2 = Firmaet bag en chatbot kan læse det, du skriver. Hold alt, der viser, hvem du er, privat.
level-ai-what-to-tell-hint-3 = Historien om dragen er fin at spørge om. Din adresse er ikke.

ai-what-to-tell-volcano = Hvordan virker vulkaner?
ai-what-to-tell-volcano-reason = Et spørgsmål om verden afslører intet. Tjek også svaret i en bog.
ai-what-to-tell-address = Din adresse
ai-what-to-tell-address-reason = En chatbot behøver ikke vide, hvor du bor. Firmaet bag den kan læse det, du skriver.
ai-what-to-tell-name-school = Dit fulde navn og din skole
ai-what-to-tell-name-school-reason = Tilsammen fortæller de alle, der læser dem, hvem du er, og hvor du kan findes. Hold dem private.
ai-what-to-tell-dragon = Idéer til en historie om en drage
ai-what-to-tell-dragon-reason = Det er fint at bede om idéer. Gør så historien til din egen.
ai-what-to-tell-password = Din adgangskode, så den kan huske den
ai-what-to-tell-password-reason = En chatbot har aldrig brug for din adgangskode. Behold den for dig selv og den voksne, der hjælper dig med den.
ai-what-to-tell-face-photo = Et billede af dit ansigt
ai-what-to-tell-face-photo-reason = Et billede af dig er personligt. Hold det væk fra chatbots, og spørg en voksen, du stoler på, før du deler billeder.
ai-what-to-tell-perimeter = Hvad betyder »omkreds«?
ai-what-to-tell-perimeter-reason = Det er fint at spørge, hvad et ord betyder. Din lærer kan tjekke svaret sammen med dig.
ai-what-to-tell-friend-secret = En hemmelighed, en ven har fortalt dig
ai-what-to-tell-friend-secret-reason = Det er din vens hemmelighed. Den er ikke din at dele, hverken med en chatbot eller med andre.

## Level 1: teach the robot (train_robot)

level-ai-teach-the-robot-title = Lær robotten noget
level-ai-teach-the-robot-instruction = Sortér kortene for at lære robotten, hvad en kat er. Test den så.
level-ai-teach-the-robot-learned = En robot lærer kun af sine eksempler. Vis den mange slags katte, så kender den også nye katte.
level-ai-teach-the-robot-hint-1 = Kig på de katte, robotten lærte af. Hvordan ligner de alle hinanden?
level-ai-teach-the-robot-hint-2 = Alle de katte, den så, var små og rødbrune. Den har brug for katte, der ser anderledes ud.
level-ai-teach-the-robot-hint-3 = Tilføj en kat, der er grå, stor eller langhåret.

## Level 3: sure, but wrong (pick the reply)

level-ai-chatbot-sure-title = Sikker, men forkert
level-ai-chatbot-sure-instruction = En chatbot lyder meget sikker. Hvad gør du?
level-ai-chatbot-sure-learned = En chatbot kan lyde sikker og alligevel tage fejl. Tjek i en bog eller på en pålidelig side, eller spørg en voksen.
level-ai-chatbot-sure-hint-1 = Bliver noget sandt, fordi det lyder sikkert?
level-ai-chatbot-sure-hint-2 = Tjek med en kilde, der ikke er chatbotten.
level-ai-chatbot-sure-hint-3 = Om edderkoppen: En naturfagsbog kan fortælle dig det.

ai-chatbot-sure-spider-prompt = Til lektierne spørger du en chatbot: »Er en edderkop et insekt?« Den svarer: »Ja, edderkopper er insekter.«
ai-chatbot-sure-spider-copy = Skriv det ned. Den lyder meget sikker.
ai-chatbot-sure-spider-copy-reason = At lyde sikker er ikke det samme som at have ret. Edderkopper har 8 ben, insekter har 6.
ai-chatbot-sure-spider-check = Tjek i en naturfagsbog eller på en pålidelig side
ai-chatbot-sure-spider-check-reason = Rigtigt! En anden kilde viser, at chatbotten tog fejl: Edderkopper er ikke insekter.
ai-chatbot-sure-spider-ask-again = Spørg chatbotten: »Er du sikker?«
ai-chatbot-sure-spider-ask-again-reason = Den siger måske bare ja igen. Tjek med en kilde, der ikke er chatbotten.
ai-chatbot-sure-talk-prompt = En chatbot giver dig en vild fakta til dit oplæg. Du kan ikke finde den andre steder.
ai-chatbot-sure-talk-use-it = Brug den: Chatbotten ved sikkert ting, vi ikke ved
ai-chatbot-sure-talk-use-it-reason = Chatbots kan finde på fakta, der lyder ægte. Hvis ingen andre siger det, så lad det være.
ai-chatbot-sure-talk-leave-out = Lad den være, eller spørg din lærer om den
ai-chatbot-sure-talk-leave-out-reason = Godt. En fakta, du ikke kan tjekke, er ikke klar til dit oplæg.
ai-chatbot-sure-talk-tell-friends = Fortæl dine venner, at den er sand
ai-chatbot-sure-talk-tell-friends-reason = Så spreder du en fakta, som ingen har tjekket. Tjek den først.

## Level 4: why this video? (pick the reply)

level-ai-why-this-video-title = Hvorfor denne video?
level-ai-why-this-video-instruction = Find ud af, hvorfor appen viser dig det, den viser.
level-ai-why-this-video-learned = Apps lærer af det, du ser, synes godt om og søger efter. Søg efter nye ting, og fortæl appen, hvad du ikke vil se.
level-ai-why-this-video-hint-1 = Tænk på, hvad du gjorde i appen før.
level-ai-why-this-video-hint-2 = Appen vælger videoer ud fra det, du ser, synes godt om og søger efter.
level-ai-why-this-video-hint-3 = For at se andre ting skal du vise appen andre ting, du kan lide.

ai-why-this-video-cakes-prompt = Du så tre kagevideoer helt til ende. Nu viser din app masser af kagevideoer.
ai-why-this-video-cakes-everyone = Hele verden ser kager i dag
ai-why-this-video-cakes-everyone-reason = Næppe! Appen vælger videoer til dig ud fra det, du har gjort.
ai-why-this-video-cakes-learned = Appen har lært af det, du så
ai-why-this-video-cakes-learned-reason = Rigtigt. Apps bruger det, du ser, synes godt om og søger efter, til at vælge det næste.
ai-why-this-video-cakes-teacher = Din lærer har sagt til appen, at du kan lide kager
ai-why-this-video-cakes-teacher-reason = Nej. Appen fandt ud af det ud fra dine egne tryk og visninger.
ai-why-this-video-more-prompt = Du vil se mere end kager. Hvad hjælper?
ai-why-this-video-more-search = Søg efter nyt, tryk på »Ikke interesseret«
ai-why-this-video-more-search-reason = Ja! Det lærer appen også af. Mange apps har en knap som »Ikke interesseret«.
ai-why-this-video-more-more-cakes = Se endnu flere kagevideoer
ai-why-this-video-more-more-cakes-reason = Så lærer appen, at du kun vil have kager.
ai-why-this-video-more-scroll = Bliv ved med at scrolle: Appen ændrer sig snart selv
ai-why-this-video-more-scroll-reason = Appen bliver ved med at vælge ud fra det, du gjorde før. Vis den, hvad du ellers kan lide.
ai-why-this-video-feel-bad-prompt = En slags video, appen bliver ved med at vise dig, får dig til at have det dårligt med dig selv.
ai-why-this-video-feel-bad-keep-watching = Bliv ved med at se, så du ikke går glip af noget
ai-why-this-video-feel-bad-keep-watching-reason = Ser du mere, viser appen dig mere af det. Stop, og hold en pause.
ai-why-this-video-feel-bad-share = Del dem med venner for at se, om de også får det dårligt
ai-why-this-video-feel-bad-share-reason = Så spreder du den dårlige følelse. Stop med at se, og tal med en, du stoler på.
ai-why-this-video-feel-bad-stop-tell = Stop, og sig det til en voksen, du stoler på
ai-why-this-video-feel-bad-stop-tell-reason = Godt. Hvordan du har det, betyder mere end appen. En voksen kan hjælpe dig med at ændre, hvad den viser.

## Level 5: real or made by AI? (red flags on a photo post)

level-ai-fake-picture-title = Ægte eller lavet af AI?
level-ai-fake-picture-instruction = Tryk på hvert tegn på, at dette billede måske er lavet af AI eller måske ikke er sandt.
level-ai-fake-picture-learned = AI kan lave billeder, der ligner virkeligheden. Se efter tegn, tjek andre kilder, og spørg en voksen, når du er i tvivl.
level-ai-fake-picture-hint-1 = Ville dette billede overraske dig i virkeligheden?
level-ai-fake-picture-hint-2 = Overraskende, for perfekt, forkerte detaljer og pres for at dele hurtigt er alle tegn.
level-ai-fake-picture-hint-3 = Læs skiltet på bussen godt.

ai-fake-picture-account = Slået op af: @pic_planet, i dag kl. 10:02
ai-fake-picture-account-reason = Navnet og tidspunktet alene fortæller ikke, om et billede er ægte. Kig på selve billedet.
ai-fake-picture-photo = Billede: en pingvin, der er lige så høj som en skolebus
ai-fake-picture-photo-reason = Meget overraskende billeder er et tegn. Tjek, om nyhederne eller en pålidelig side også viser det.
ai-fake-picture-perfect = Alt ser glat og perfekt ud, som et stykke legetøj
ai-fake-picture-perfect-reason = Billeder lavet af AI kan se for perfekte ud. Det er et tegn, så tjek, før du tror på det.
ai-fake-picture-sign = Skiltet på bussen siger »SOKLE BSU«
ai-fake-picture-sign-reason = Detaljer, der ikke passer, som rodede bogstaver, er et tegn på, at et billede kan være opdigtet.
ai-fake-picture-caption = Tekst: ÆGTE!!! Del, før det bliver slettet!
ai-fake-picture-caption-reason = Pres for at dele hurtigt er et faresignal. Rigtige nyheder kan vente, mens du tjekker.
ai-fake-picture-question = Kommentar: Hvilken nyhedsside har det?
ai-fake-picture-question-reason = Et godt spørgsmål! At tjekke andre kilder er det rigtige at gøre.
ai-fake-picture-comment = Kommentar: Pingviner er ikke så store!
ai-fake-picture-comment-reason = Den kommentar tvivler med god grund. At bruge det, du ved, er et godt tjek.

## Level 6: is it really them? (pick the reply)

level-ai-voice-message-title = Er det virkelig dem?
level-ai-voice-message-instruction = Stemmer og videoer kan laves med AI. Hvad gør du?
level-ai-voice-message-learned = AI kan kopiere stemmer og ansigter. Hvis en besked beder om koder, penge eller et hurtigt klik, så tjek på en anden måde, og sig det til en voksen.
level-ai-voice-message-hint-1 = Beviser en stemme, der lyder rigtig, hvem der taler?
level-ai-voice-message-hint-2 = Tjek med personen på en anden måde, ikke ved at svare på beskeden.
level-ai-voice-message-hint-3 = Om sangerinden: Hendes egen side ville også skrive det.

ai-voice-message-cousin-prompt = En talebesked lyder præcis som din fætter Leo: »Jeg har mistet min telefon! Send mig dine forældres bankkode, hurtigt!«
ai-voice-message-cousin-send = Send den: Leo er familie og lyder bekymret
ai-voice-message-cousin-send-reason = AI kan kopiere en stemme fra et kort klip. Og en rigtig fætter ville ikke bede om en bankkode.
ai-voice-message-cousin-check = Tjek med Leo på en anden måde, med en voksen
ai-voice-message-cousin-check-reason = Rigtigt. Stol ikke kun på stemmen. En voksen kan ringe til Leo på det nummer, de kender.
ai-voice-message-cousin-delete-after = Send koden, men bed ham om at slette den bagefter
ai-voice-message-cousin-delete-after-reason = Når den først er sendt, har du ikke styr på den. Send aldrig koder.
ai-voice-message-singer-prompt = En video viser sangerinden Mila Star, der siger: »Klik på dette link, og få en gratis tablet!«
ai-voice-message-singer-click = Klik hurtigt, før tabletterne er væk
ai-voice-message-singer-click-reason = Hastværk er et faresignal. Videoer som denne kan laves med AI for at narre dig.
ai-voice-message-singer-check = Tjek først hendes egen side og nyhederne
ai-voice-message-singer-check-reason = Ja. Hvis hendes egen side og nyhederne ikke siger det, er videoen falsk.
ai-voice-message-singer-aunt = Bed din tante om at klikke på det for dig
ai-voice-message-singer-aunt-reason = Linket er problemet, uanset hvem der klikker. Tjek først, og vis så den voksne hvorfor.

## Level 7: AI helps, you decide (sort)

level-ai-you-decide-title = AI hjælper, du bestemmer
level-ai-you-decide-instruction = Er det en god måde at bruge AI på i skolen, eller ikke okay?
level-ai-you-decide-learned = AI kan hjælpe dig med at lære. Du tænker selv, tjekker, hvad den siger, og følger din skoles regler.
level-ai-you-decide-hint-1 = Spørg: Hvem tænker her, mig eller AI'en?
level-ai-you-decide-hint-2 = At bruge AI til at forstå eller øve dig er godt. At aflevere dens arbejde som dit eget er ikke.
level-ai-you-decide-hint-3 = At bede den forklare et ord er en god brug.

ai-you-decide-explain-word = Bed den forklare et ord, du ikke kender
ai-you-decide-explain-word-reason = At bruge AI til at forstå noget hjælper dig med at lære. Tjek, at det giver mening.
ai-you-decide-copy-story = Aflever en historie, den har skrevet, som din egen
ai-you-decide-copy-story-reason = Det er ikke dit arbejde, og du lærer intet. Vær ærlig om, hvad AI gjorde.
ai-you-decide-quiz = Bed den om quizspørgsmål at øve dig på
ai-you-decide-quiz-reason = Det kan hjælpe at øve med dens spørgsmål. Tjek svarene i dine noter.
ai-you-decide-whole-homework = Lad den lave alle dine lektier for dig
ai-you-decide-whole-homework-reason = Så springer du den tænkning over, som lektierne er til for. Prøv selv først.
ai-you-decide-check-facts = Tjek dens fakta i en bog eller på en pålidelig side
ai-you-decide-check-facts-reason = AI kan tage fejl. At tjekke er det, en klog bruger gør.
ai-you-decide-fake-photo = Lav et sjovt falsk billede af en fra klassen
ai-you-decide-fake-photo-reason = Falske billeder af rigtige mennesker kan gøre dem ondt. Brug aldrig AI til at gøre grin med nogen.
ai-you-decide-own-words = Få idéer, og skriv så med dine egne ord
ai-you-decide-own-words-reason = Godt: Idéerne hjælper dig i gang, og arbejdet er dit.
ai-you-decide-against-rules = Brug den, når din lærer har sagt nej
ai-you-decide-against-rules-reason = Din skole bestemmer, hvornår AI må bruges. Følg dens regler.
