# The "Kind Corner" world: being kind online, and what to do when someone is not. Item texts
# stay short (about 60 characters). All people are made up. Keep the tone gentle.

world-kind-corner = Venlighedshjørnet

## Level 1: kind replies (pick_reply)

level-kind-reply-title = Sig noget sødt
level-kind-reply-instruction = Vælg det sødeste svar hver gang.
level-kind-reply-learned = Søde ord på nettet gør folk glade. Før du slår noget op, så spørg: Hvordan vil de have det?
level-kind-reply-hint-1 = Forestil dig, at du er den anden person. Hvilket svar ville du gerne have?
level-kind-reply-hint-2 = Et sødt svar er venligt, ærligt og handler om den anden, ikke om dig.
level-kind-reply-hint-3 = Til Mia: Et spørgsmål om hendes tegning viser, at du virkelig har kigget.

kind-reply-drawing-prompt = Din veninde Mia slår en tegning op, hun har lavet af sin kat. Hvad skriver du?
kind-reply-drawing-praise = Jeg elsker farverne! Hvordan tegnede du den?
kind-reply-drawing-praise-reason = Sød og ærlig ros gør Mia glad. Et spørgsmål viser, at du virkelig har kigget.
kind-reply-drawing-brother = Min lillebror tegner altså bedre end det der.
kind-reply-drawing-brother-reason = Det ville såre Mia. Selv som en spøg får det hende til at have det dårligt med sit arbejde.
kind-reply-drawing-mine = Se hellere min tegning!
kind-reply-drawing-mine-reason = Mia ville dele sin tegning. Det her svar gør det til en snak om dig.

kind-reply-game-prompt = I et onlinespil laver din holdkammerat Leo en fejl. Dit hold taber.
kind-reply-game-blame = Det er din skyld, vi tabte, Leo! Tak for det.
kind-reply-game-blame-reason = Alle laver fejl. At give Leo skylden foran holdet får ham til at have det forfærdeligt.
kind-reply-game-kick = Lad os smide Leo ud af holdet.
kind-reply-game-kick-reason = At holde nogen udenfor på grund af én fejl er ikke sødt. Spil er sjovere, når alle er velkomne.
kind-reply-game-cheer = Godt forsøgt, Leo! Vi vinder den næste.
kind-reply-game-cheer-reason = Et venligt ord efter et nederlag muntrer hele holdet op. Det er bare et spil.

kind-reply-sad-prompt = Freja fra din klasse skriver: »ingen kan lide mig i dag«.
kind-reply-sad-drama = Lad være med at være så dramatisk.
kind-reply-sad-drama-reason = Freja fortæller dig, at hun er ked af det. Det her svar siger til hende, at hendes følelser ikke betyder noget.
kind-reply-sad-message = Skriv til Freja: »Jeg kan lide dig! Vil du snakke?«
kind-reply-sad-message-reason = En sød privat besked viser Freja, at nogen holder af hende. Hvis hun virker meget ked af det, så sig det også til en voksen, du stoler på.
kind-reply-sad-scroll = Scroll videre. Hendes forældre skal nok ordne det hele.
kind-reply-sad-scroll-reason = Freja føler sig måske endnu mere alene, og hendes forældre ved det måske ikke. Et par søde ord fra dig kan hjælpe meget.

## Level 2: kind or unkind comments (sort)

kind-bin-kind = Sød
kind-bin-unkind = Ikke sød

level-kind-comments-title = Sød eller ikke sød?
level-kind-comments-instruction = Sortér hver kommentar: Er den sød eller ikke sød?
level-kind-comments-learned = Du kan sige din mening og stadig være sød. Onde kommentarer gør ondt, også som en spøg.
level-kind-comments-hint-1 = Læs hver kommentar, som om nogen skrev den til dig.
level-kind-comments-hint-2 = Søde kommentarer roser, hjælper eller er høfligt uenige. Ikke søde kommentarer driller eller gør folk små.
level-kind-comments-hint-3 = Kommentarer om, hvordan nogen ser ud eller bevæger sig, er tit ikke søde, heller ikke når de er ment som en spøg.

kind-comments-great-goal = Sikke et flot mål i din video!
kind-comments-great-goal-reason = Ros for noget, nogen har gjort godt, gør dem stolte. Det er sødt.
kind-comments-weird-hair = Dit hår ser så mærkeligt ud på det billede.
kind-comments-weird-hair-reason = Kommentarer om, hvordan nogen ser ud, kan virkelig gøre ondt. Hvis du ikke ville sige det til deres ansigt, så skriv det ikke.
kind-comments-get-well = God bedring!
kind-comments-get-well-reason = At ønske nogen alt godt viser, at du holder af dem. Det er sødt.
kind-comments-nobody-asked = Ingen har spurgt om din mening.
kind-comments-nobody-asked-reason = Det siger til nogen, at de skal tie stille, og at de ikke betyder noget. Det er ikke sødt.
kind-comments-different-ending = Jeg kunne bedre lide en anden slutning, men den var sjov!
kind-comments-different-ending-reason = Du kan være uenig og stadig være sød. Denne kommentar er ærlig og venlig.
kind-comments-penguin = Haha, du løber som en pingvin!
kind-comments-penguin-reason = At grine af, hvordan nogen bevæger sig, er drilleri. Det kan gøre ondt, selv om det var ment som en spøg.
kind-comments-thanks-help = Tak, fordi du hjalp mig med mine lektier!
kind-comments-thanks-help-reason = At sige tak får folk til at være glade for at have hjulpet. Det er sødt.

## Level 3: when someone keeps sending you mean messages (sort)

level-kind-when-bullied-title = Onde beskeder
level-kind-when-bullied-instruction = Nogen bliver ved med at sende dig onde beskeder. Er det godt at gøre, eller hellere ikke?
level-kind-when-bullied-learned = Svar ikke, gem beviser, blokér, anmeld, og sig det til en voksen, du stoler på, når som helst. Det er aldrig din skyld.
level-kind-when-bullied-hint-1 = Hvilke af disse stopper beskederne, gemmer beviser eller giver dig hjælp?
level-kind-when-bullied-hint-2 = Gode trin gemmer beviser, stopper beskederne og giver dig hjælp. At slå igen eller skjule det hjælper ikke.
level-kind-when-bullied-hint-3 = At sige det til en voksen, du stoler på, er altid rigtigt, når som helst.

kind-bin-good-step = Godt at gøre
kind-bin-not-step = Hellere ikke

kind-when-bullied-no-reply = Svar ikke på de onde beskeder.
kind-when-bullied-no-reply-reason = Onde beskeder vil have en reaktion. Hvis du ikke svarer, får de ingenting.
kind-when-bullied-screenshot = Tag skærmbilleder som bevis.
kind-when-bullied-screenshot-reason = Beviser viser, hvad der skete. Tag skærmbilleder, før du blokerer: Blokering kan skjule beskederne.
kind-when-bullied-hit-back = Send noget ondt tilbage.
kind-when-bullied-hit-back-reason = Det kan gøre det værre, og det giver dem den reaktion, de vil have.
kind-when-bullied-block = Blokér personen.
kind-when-bullied-block-reason = Så holder de onde beskeder op med at komme til dig.
kind-when-bullied-tell = Sig det til en voksen, du stoler på, og vis dem det.
kind-when-bullied-tell-reason = Rigtigt når som helst: først, sidst eller midt i. Du skal aldrig klare det alene.
kind-when-bullied-secret = Hold det hemmeligt, og håb, at det stopper.
kind-when-bullied-secret-reason = Du behøver ikke klare det alene. Sig det til en voksen, du stoler på. Det er aldrig din skyld.
kind-when-bullied-report = Anmeld dem i appen.
kind-when-bullied-report-reason = Appen kan advare eller stoppe personen. Dine skærmbilleder hjælper.
kind-when-bullied-delete-all = Slet alle beskederne med det samme.
kind-when-bullied-delete-all-reason = Så er beviserne væk. Tag skærmbilleder først, og blokér og anmeld så.

## Level 4: when you see someone else being treated badly (pick_reply)

level-kind-bystander-title = Sig fra
level-kind-bystander-instruction = Du ser, at nogen bliver behandlet dårligt. Vælg det bedste, du kan gøre.
level-kind-bystander-learned = Vær ikke med. Vær sød ved personen, og sig det til en voksen, du stoler på. Det hjælper meget.
level-kind-bystander-hint-1 = Tænk på den, der bliver behandlet dårligt. Hvad ville hjælpe dem?
level-kind-bystander-hint-2 = At være med eller tie hjælper ikke. Venlighed og at hente hjælp gør.
level-kind-bystander-hint-3 = For Emil kan en simpel invitation gøre hans dag god.

kind-bystander-chat-prompt = I din klasses gruppechat bliver nogle børn ved med at gøre grin med Noah.
kind-bystander-chat-join = Send også en grinende smiley.
kind-bystander-chat-join-reason = Selv én grinende smiley er at være med. Det får Noah til at føle, at alle er imod ham.
kind-bystander-chat-silent = Sig ingenting. En lærer skal nok se det alligevel.
kind-bystander-chat-silent-reason = Lærere læser ikke alle chats, og Noah tror måske, at alle er enige. Sig det selv til en voksen, du stoler på.
kind-bystander-chat-support = Skriv sødt til Noah, og sig det til en voksen.
kind-bystander-chat-support-reason = En sød besked viser Noah, at han ikke er alene. En voksen, du stoler på, kan hjælpe med at stoppe drilleriet.

kind-bystander-photo-prompt = Nogen deler et fjollet billede af Ida fra din klasse for at grine af hende.
kind-bystander-photo-share = Del det med flere venner.
kind-bystander-photo-share-reason = Hver deling spreder billedet mere og gør Ida mere ondt. Ingen bør dele et billede af nogen for at grine af dem.
kind-bystander-photo-stop = Anmeld det, og sig det til en voksen.
kind-bystander-photo-stop-reason = Billedet stopper hos dig. En anmeldelse kan få det fjernet, og en voksen kan hjælpe Ida.
kind-bystander-photo-like = Giv det et like, fordi alle de andre gjorde.
kind-bystander-photo-like-reason = Et like fortæller afsenderen, at billedet er sjovt. Det kan få dem til at slå mere op.

kind-bystander-game-prompt = Nogle børn holder med vilje Emil ude af et onlinespil.
kind-bystander-game-invite = Inviter Emil til at spille med dig.
kind-bystander-game-invite-reason = En simpel invitation kan gøre Emils dag god. Hvis han bliver ved med at blive holdt ude, så sig det til en voksen, du stoler på.
kind-bystander-game-along = Spil uden ham. Deres spil, deres regler.
kind-bystander-game-along-reason = At holde nogen ude med vilje gør ondt. At følge med får Emil til at føle sig endnu mere alene.
kind-bystander-game-pretend = Lad som om, du ikke så det.
kind-bystander-game-pretend-reason = Det er let at kigge væk, men Emil føler sig stadig holdt udenfor. En lille venlig handling kan hjælpe ham.

## Level 5: a class group chat (spot_flags, screen: group_chat)

level-kind-group-chat-title = Klassechatten
level-kind-group-chat-instruction = Tryk på hver ond besked i denne klassechat.
level-kind-group-chat-learned = At håne, holde udenfor, dele billeder uden at spørge og grine med er ikke søde ting. Vær ikke med.
level-kind-group-chat-hint-1 = Læs hver besked. Hvordan ville Malte have det, når han læste den?
level-kind-group-chat-hint-2 = Onde beskeder gør grin med nogen, holder dem udenfor eller deler deres billede.
level-kind-group-chat-hint-3 = Oscar skriver to af de onde beskeder.

kind-group-chat-trip = Mia: Hvem er klar til udflugten i morgen?
kind-group-chat-trip-reason = Et venligt spørgsmål til hele klassen. Denne besked er i orden.
kind-group-chat-bottle = Leo: Mig! Husk jeres vandflaske.
kind-group-chat-bottle-reason = En hjælpsom påmindelse til alle. Denne besked er i orden.
kind-group-chat-shoes = Oscar: Så I Maltes sko i dag? Så grimme lol
kind-group-chat-shoes-reason = Det gør grin med Malte foran hele klassen. Vær ikke med, og vær sød ved Malte.
kind-group-chat-laugh = Max: HAHAHA (fem grinende smileys)
kind-group-chat-laugh-reason = At grine med gør drilleriet værre. Bare at holde sig udenfor er allerede bedre.
kind-group-chat-homework = Emil: Kan nogen sende mig lektiesiden?
kind-group-chat-homework-reason = Det er fint at bede om hjælp til lektier. Klassechats er gode til det.
kind-group-chat-photo = Oscar: Se! Et billede af Malte, der snubler i skolegården.
kind-group-chat-photo-reason = Malte har ikke sagt ja til, at billedet bliver delt. Spørg, før du deler et billede af nogen, og sig det her til en voksen.
kind-group-chat-party = Freja: Fest hos mig! Inviter ikke Malte.
kind-group-chat-party-reason = At sige til alle, at de skal holde Malte udenfor, gør ham meget ondt. Ingen bør holdes udenfor med vilje.
kind-group-chat-thanks = Ida: Malte hjalp mig med mit projekt i dag. Tak, Malte!
kind-group-chat-thanks-reason = At sige tak foran klassen er sødt. Denne besked er i orden.
