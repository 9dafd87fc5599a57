# The "Safe together" world. Levels 6 and 7 are for the 12-14 band only: calm, never graphic,
# never blaming the pupil. All people are made up. Item texts stay short (about 60
# characters). Telling a trusted adult is always right.

world-safe-together = Sikre sammen

safe-bin-good = God idé
safe-bin-bad = Ikke en god idé

## Where to get help: the game fills { $helpline } of level-safe-get-help-learned with one of these.

helpline-call = Du kan også ringe til en børnetelefon: { $service }, { $number }.
helpline-ask-adult = Spørg en voksen, du stoler på, hvilken børnetelefon dit land har.

## Level 1: a new friend from a game (spot_flags)

level-safe-new-friend-title = En ny ven fra et spil
level-safe-new-friend-instruction = En fra et spil skriver til dig. Tryk på hvert faresignal.
level-safe-new-friend-learned = Hemmeligheder, billeder, private chats og møder er faresignaler. Stop, og sig det til en voksen, du stoler på.
level-safe-new-friend-hint-1 = Læs hver linje. Ville en ven på din egen alder spørge om det?
level-safe-new-friend-hint-2 = Pas på, når nogen vil have hemmeligheder, billeder, oplysninger om dig eller et møde.
level-safe-new-friend-hint-3 = Se godt på linjerne om dine forældre og din skole.

safe-new-friend-sender = Fra: Kai_Star (en spiller fra dit spil)
safe-new-friend-sender-reason = Det kan være sjovt at chatte med spillere. Men du ved kun det, Kai selv siger om sig selv.
safe-new-friend-game = Godt spil i dag! Hvilken bane er du på?
safe-new-friend-game-reason = Det er helt normalt at snakke om spillet. Denne linje er i orden.
safe-new-friend-secret = Du fortæller ikke dine forældre om mig, vel?
safe-new-friend-secret-reason = En god ven beder dig ikke om at skjule noget for din familie. Det er et faresignal.
safe-new-friend-private = Lad os chatte i en anden app. Bare os to.
safe-new-friend-private-reason = At lokke dig over i en privat chat, væk fra andre, er et faresignal.
safe-new-friend-photo = Send mig et billede af dig. Kun til mig!
safe-new-friend-photo-reason = Send aldrig billeder af dig selv til en, du kun kender på nettet.
safe-new-friend-school = Hvilken skole går du på?
safe-new-friend-school-reason = Din skole fortæller en fremmed, hvor du kan findes. Hold den privat.
safe-new-friend-meet = Lad os mødes i parken på lørdag!
safe-new-friend-meet-reason = Mød aldrig en, du kun kender på nettet. Sig det til en voksen, du stoler på.

## Level 2: what to do (pick_reply)

level-safe-what-to-do-title = Hvad gør du?
level-safe-what-to-do-instruction = Kai fra spillet vil have mere. Vælg det bedste svar hver gang.
level-safe-what-to-do-learned = Du må altid sige nej. Blokér personen, og sig det til en voksen, du stoler på. Det er aldrig din skyld.
level-safe-what-to-do-hint-1 = Hvem kunne hjælpe dig med at tjekke, om Kai er den, han siger?
level-safe-what-to-do-hint-2 = Hemmeligheder og møder med venner fra nettet er faresignaler. Få hjælp, klar det ikke alene.
level-safe-what-to-do-hint-3 = Når Kai bliver vred, behøver du slet ikke at svare.

safe-what-to-do-secret-prompt = Kai skriver: »Lad os holde vores chats hemmelige.« Hvad gør du?
safe-what-to-do-secret-keep = Hold hemmeligheden. Kai er sød ved mig.
safe-what-to-do-secret-keep-reason = Søde ord kan skjule et trick. En rigtig ven har ikke brug for hemmeligheder for din familie.
safe-what-to-do-secret-ask-why = Spørg først Kai hvorfor, og beslut så helt selv.
safe-what-to-do-secret-ask-why-reason = Kai har måske et smart svar. Beslut det ikke alene: Spørg en, du stoler på.
safe-what-to-do-secret-tell = Fortæl en voksen, du stoler på, om chatsene.
safe-what-to-do-secret-tell-reason = Ja! At bede om hemmeligheder er et faresignal. En voksen, du stoler på, kan hjælpe dig med at tjekke.

safe-what-to-do-meet-prompt = Kai vil mødes med dig i parken. Hvad gør du?
safe-what-to-do-meet-go-with-friend = Gå derhen, men tag en fra klassen med.
safe-what-to-do-meet-go-with-friend-reason = To børn er ikke sikkert nok. Mød aldrig en, du kun kender på nettet.
safe-what-to-do-meet-say-no = Sig nej, og fortæl en voksen det.
safe-what-to-do-meet-say-no-reason = Rigtigt. Sig nej, og lad en voksen, du stoler på, hjælpe dig med Kai.
safe-what-to-do-meet-go-tell-later = Gå derhen, og fortæl en voksen det bagefter.
safe-what-to-do-meet-go-tell-later-reason = Det er godt at fortælle en voksen det, men gå ikke derhen. Mød aldrig en, du kun kender på nettet.

safe-what-to-do-angry-prompt = Du sagde nej. Nu sender Kai dig vrede beskeder.
safe-what-to-do-angry-block = Blokér Kai, og sig det til en voksen.
safe-what-to-do-angry-block-reason = Ja. Du behøver ikke svare. Blokér Kai, og få hjælp fra en voksen, du stoler på.
safe-what-to-do-angry-sorry = Sig undskyld, og gør, som Kai vil.
safe-what-to-do-angry-sorry-reason = Du har ikke gjort noget forkert. Det var rigtigt at sige nej.
safe-what-to-do-angry-argue = Bliv ved med at skrive tilbage, til Kai siger undskyld.
safe-what-to-do-angry-argue-reason = At skændes får Kai til at blive ved med at skrive til dig. Stop hellere med at svare.

## Level 3: block and report (sort)

level-safe-block-report-title = Blokér og anmeld
level-safe-block-report-instruction = En på nettet får dig til at have det dårligt. Er hver idé god eller ej?
level-safe-block-report-learned = Gem beskederne, blokér personen, anmeld dem i appen, og sig det til en voksen, du stoler på.
level-safe-block-report-hint-1 = Hvilke idéer gør tingene bedre, og hvilke gør dem værre?
level-safe-block-report-hint-2 = Gem beviser, stop beskederne, og få hjælp.
level-safe-block-report-hint-3 = At slette chatten er ikke en god idé: Så ville beviserne være væk.

safe-block-report-screenshot = Tag skærmbilleder af beskederne
safe-block-report-screenshot-reason = Skærmbilleder er beviser. Tag dem, før du blokerer, hvis nu chatten forsvinder.
safe-block-report-delete = Slet hele chatten, så ingen ser den
safe-block-report-delete-reason = Så er beviserne væk. Behold beskederne, så en voksen kan hjælpe.
safe-block-report-block = Blokér personen
safe-block-report-block-reason = At blokere forhindrer dem i at sende dig beskeder.
safe-block-report-reply-mean = Send en ond besked tilbage
safe-block-report-reply-mean-reason = Det kan gøre det værre. Svar slet ikke.
safe-block-report-report = Anmeld profilen i appen
safe-block-report-report-reason = Appens team tjekker anmeldelser og kan stoppe kontoen.
safe-block-report-unblock = Fjern blokeringen for at se, om de er kede af det
safe-block-report-unblock-reason = Så kan de skrive til dig igen. Lad dem forblive blokeret.
safe-block-report-tell = Fortæl en voksen, du stoler på, hvad der skete
safe-block-report-tell-reason = En voksen, du stoler på, kan hjælpe dig med at anmelde det og få det bedre.

## Level 4: the login code (pick_reply)

level-safe-login-code-title = Den hemmelige login-kode
level-safe-login-code-instruction = Vælg det bedste svar hver gang.
level-safe-login-code-learned = En login-kode er kun til dig. Giv den aldrig til nogen, heller ikke til en ven eller til »support«.
level-safe-login-code-hint-1 = Hvem har brug for den kode, der kommer på din telefon?
level-safe-login-code-hint-2 = Koden er en ekstra lås på din konto. Den virker som en nøgle.
level-safe-login-code-hint-3 = Rigtige supportteams spørger aldrig om din kode.

safe-login-code-why-prompt = Efter din adgangskode sender appen en kode til din telefon. Hvorfor?
safe-login-code-why-ads = Fordi appen vil have dit nummer til reklamer.
safe-login-code-why-ads-reason = Nej. Koden er der for at holde din konto sikker.
safe-login-code-why-second-lock = En ekstra lås, så kun jeg kommer ind.
safe-login-code-why-second-lock-reason = Ja. Det er login i to trin. En tyv med din adgangskode har stadig brug for koden.
safe-login-code-why-phone-check = For at tjekke, at min telefon stadig virker.
safe-login-code-why-phone-check-reason = Nej. Koden beviser, at det virkelig er dig, der logger ind.

safe-login-code-friend-prompt = En besked fra Mia: »Ups, min kode kom til dig. Kan du sende den til mig?«
safe-login-code-friend-send = Send den hurtigt. Mia er min ven og har brug for den.
safe-login-code-friend-send-reason = Mias konto er måske hacket. Koden ville lukke en fremmed ind på DIN konto.
safe-login-code-friend-half = Send kun den første halvdel af koden.
safe-login-code-friend-half-reason = En halv kode hjælper stadig en tyv. Behold hele koden for dig selv.
safe-login-code-friend-ask = Send den ikke. Spørg Mia i virkeligheden.
safe-login-code-friend-ask-reason = Rigtigt. Tjek med Mia på en anden måde, ansigt til ansigt eller i telefonen. Det er nok et trick.

safe-login-code-support-prompt = En chat siger: »Her er spillets support. Giv os din kode, så vi kan beskytte din konto.«
safe-login-code-support-give = Giv dem den. Det er supportteamet.
safe-login-code-support-give-reason = Rigtige supportteams spørger aldrig om din kode. Det er et trick.
safe-login-code-support-say-no = Sig nej. Support skal aldrig have min kode.
safe-login-code-support-say-no-reason = Rigtigt. Rigtige firmaer siger det også: De spørger aldrig om din kode.
safe-login-code-support-adult-reads = Bed en voksen om at læse koden højt for dem.
safe-login-code-support-adult-reads-reason = Ingen bør give koden væk, hverken voksne eller børn. Vis hellere beskeden til en voksen.

## Level 5: where to get help (pick_reply); its learned text names the helpline

level-safe-get-help-title = Hvor du kan få hjælp
level-safe-get-help-instruction = Noget på nettet bekymrer dig. Vælg det bedste svar hver gang.
level-safe-get-help-learned = Du er aldrig alene. Tal med en voksen, du stoler på. { $helpline }
level-safe-get-help-hint-1 = Er det bedre at holde en bekymring inde i sig selv eller at dele den?
level-safe-get-help-hint-2 = Voksne, du stoler på, og børnetelefoner lytter og hjælper.
level-safe-get-help-hint-3 = 116 111 er et nummer for børn i mange lande.

safe-get-help-worried-prompt = Du har set noget på nettet, der gør dig bange. Hvad hjælper mest?
safe-get-help-worried-keep = Holde det for mig selv og prøve at glemme det.
safe-get-help-worried-keep-reason = Bekymringer vokser, når man holder dem inde. Det hjælper at fortælle det til nogen.
safe-get-help-worried-tell = Fortælle en voksen, hvad jeg så.
safe-get-help-worried-tell-reason = Ja! Dine forældre, en anden voksen, der passer på dig, eller en lærer kan hjælpe dig.
safe-get-help-worried-search = Søge på nettet for at finde mere om det.
safe-get-help-worried-search-reason = Du finder måske endnu mere uhyggelige ting. Tal med nogen først.

safe-get-help-nobody-prompt = Du har ikke lyst til at tale med nogen, du kender. Hvad kan du gøre?
safe-get-help-nobody-forum = Spørge fremmede i et forum, hvad jeg skal gøre.
safe-get-help-nobody-forum-reason = Fremmede på nettet er ikke altid søde eller har ret. En børnetelefon er der for at hjælpe.
safe-get-help-nobody-wait = Vente, til problemet går væk.
safe-get-help-nobody-wait-reason = Problemer går tit ikke væk af sig selv. Det er okay at bede om hjælp.
safe-get-help-nobody-helpline = Ringe eller chatte med en børnetelefon.
safe-get-help-nobody-helpline-reason = Ja. Børnetelefoner lytter til børn. Du behøver ikke sige dit navn.

safe-get-help-number-prompt = En plakat på skolen siger 116 111. Hvad er det for et nummer?
safe-get-help-number-helpline = En børnetelefon i mange lande i Europa
safe-get-help-number-helpline-reason = Ja. I mange europæiske lande er 116 111 en børnetelefon. Nogle lande bruger et andet nummer.
safe-get-help-number-prize = Et nummer, hvor man kan vinde præmier
safe-get-help-number-prize-reason = Nej. Det er en telefon, hvor børn kan tale om deres bekymringer.
safe-get-help-number-adults = Et nummer, som kun voksne har lov til at ringe til
safe-get-help-number-adults-reason = Nej. Børn kan selv ringe til en børnetelefon.

## Level 6 (12-14 only): when someone makes threats (pick_reply)

level-safe-threats-title = Når nogen truer
level-safe-threats-instruction = Nogen truer med at dele et privat billede. Vælg det bedste svar.
level-safe-threats-learned = Det er aldrig din skyld. Betal ikke, stop med at svare, gem beskederne, sig det til en voksen, du stoler på, og anmeld det.
level-safe-threats-hint-1 = Hvad vil den, der truer, have fra dig?
level-safe-threats-hint-2 = At betale eller sende mere stopper ikke truslerne. Det gør det at få hjælp.
level-safe-threats-hint-3 = Behold chatten som bevis, men stop med at svare.

safe-threats-pay-prompt = En ven fra nettet skriver: »Betal mig, ellers deler jeg det private billede, du sendte.«
safe-threats-pay-pay = Betale hurtigt, så billedet forbliver privat.
safe-threats-pay-pay-reason = At betale stopper dem ikke. De beder som regel om mere.
safe-threats-pay-stop = Ikke svare mere og sige det til en voksen.
safe-threats-pay-stop-reason = Ja. Stop al kontakt, og få hjælp. En voksen kan hjælpe dig med at anmelde det.
safe-threats-pay-more = Sende et billede mere, så de falder til ro.
safe-threats-pay-more-reason = Send aldrig mere. De stopper ikke. Få hellere hjælp.

safe-threats-chat-prompt = Du har det forfærdeligt og vil have chatten væk. Hvad gør du med den?
safe-threats-chat-delete = Slette hele chatten og min konto med det samme.
safe-threats-chat-delete-reason = Chatten er bevis. Appen og politiet har brug for den for at stoppe dem.
safe-threats-chat-forward = Sende chatten videre til venner for at spørge dem.
safe-threats-chat-forward-reason = Send den ikke videre. Hold den mellem dig og en voksen, du stoler på.
safe-threats-chat-keep = Beholde chatten, og så blokere og anmelde.
safe-threats-chat-keep-reason = Rigtigt. Gem beskederne som bevis, og blokér og anmeld så kontoen.

safe-threats-fault-prompt = Du tænker: »Det er min skyld. Jeg kan ikke fortælle det til nogen.« Hvad er sandt?
safe-threats-fault-my-fault = Det er min skyld, så jeg må klare det alene.
safe-threats-fault-my-fault-reason = Nej. Den, der truer, gør noget forkert, ikke dig.
safe-threats-fault-never = Det er aldrig min skyld, og der er hjælp.
safe-threats-fault-never-reason = Ja. Du blev narret. Voksne og børnetelefoner hjælper uden at give dig skylden.
safe-threats-fault-later = Kun fortælle en voksen det, hvis det bliver værre.
safe-threats-fault-later-reason = Fortæl det nu. Jo før du får hjælp, jo før stopper det.

safe-threats-online-prompt = Du er bange for, at billedet er på nettet nu. Hvad kan hjælpe?
safe-threats-online-take-it-down = Bruge et værktøj som Take It Down med en voksen.
safe-threats-online-take-it-down-reason = Take It Down hjælper med at fjerne billeder taget, før du fyldte 18, fra hvilket som helst land.
safe-threats-online-search = Søge efter billedet hver dag for at tjekke.
safe-threats-online-search-reason = Det får dig bare til at have det værre. Lad en voksen og et værktøj gøre arbejdet.
safe-threats-online-nothing = Intet kan hjælpe, når et billede først er på nettet.
safe-threats-online-nothing-reason = Det er ikke sandt. Billeder kan tit fjernes. Der er altid hjælp.

## Level 7 (12-14 only): a private photo of someone else (sort)

level-safe-not-yours-title = Et billede, der ikke er dit
level-safe-not-yours-instruction = Et privat billede af en fra klassen bliver delt i en chat. God idé eller ej?
level-safe-not-yours-learned = Gem eller send aldrig et privat billede af nogen videre. Sig det til en voksen, du stoler på, og anmeld det.
level-safe-not-yours-hint-1 = Hvordan ville du have det, hvis det var dit billede?
level-safe-not-yours-hint-2 = Hver deling gør ondt på personen på billedet igen.
level-safe-not-yours-hint-3 = At sende det videre er aldrig en god idé, heller ikke for at få hjælp.

safe-not-yours-forward = Send det videre til én ven
safe-not-yours-forward-reason = Hver deling gør personen mere ondt. I mange lande er det også ulovligt.
safe-not-yours-tell = Fortæl en voksen, du stoler på, om det
safe-not-yours-tell-reason = Ja. En voksen kan hjælpe med at stoppe spredningen, uden at du sender det.
safe-not-yours-save = Gem det på min telefon
safe-not-yours-save-reason = Behold det ikke. Et billede som dette skal ikke være på din telefon.
safe-not-yours-report = Anmeld opslaget i appen
safe-not-yours-report-reason = Appen kan fjerne det. Det har personen på billedet brug for.
safe-not-yours-ask-friend = Send det til en ven for at spørge, hvad jeg skal gøre
safe-not-yours-ask-friend-reason = Send det ikke til nogen, heller ikke for at få hjælp. Fortæl hellere om det.
safe-not-yours-kind = Vær sød ved personen på billedet
safe-not-yours-kind-reason = De har det måske forfærdeligt. Det er ikke deres skyld.
safe-not-yours-laugh = Grine med, så jeg passer ind
safe-not-yours-laugh-reason = At grine gør dem mere ondt. Du kan være den, der stopper det.
