# What the digital-literacy level kinds show around a level's own texts.

answer-next = Nästa
answer-right = Rätt!
answer-wrong = Inte riktigt.
answer-feedback = { $verdict } { $reason }

pick-screen = Vad skulle du göra?
pick-start = Läs vad som händer och tryck sedan på det bästa svaret.
pick-progress = Fråga { $current } av { $total }
pick-option-best = Bästa svaret: { $text }
pick-option-not-best = Inte bäst: { $text }

order-screen-steps = Steg
order-screen-rank = Lösenord
order-start = Tryck på steget som kommer först.
order-start-rank = Tryck på det svagaste lösenordet först.
order-progress = { $placed } av { $total } i ordning
order-step-placed = { $number }. { $text }
order-done = { $last } Allt är i ordning. Tryck på Klar.

password-screen = Nytt lösenord
password-empty = Tryck på orden nedanför för att bygga ett lösenord.
password-shown = Lösenord: { $password }
password-piece = Lägg till { $text }
password-remove = Ta bort sista
password-clear = Börja om
password-pieces = { $count } { $count ->
        [one] del
       *[other] delar
    } (minst { $min }, högst { $max })
password-meter-empty = Styrka: inget än
password-meter-pending = Styrka: mäter …
password-meter-unavailable = Styrkemätaren kunde inte laddas. Kontrollera anslutningen och ändra sedan lösenordet för att försöka igen.
password-meter = Styrka: { $score }. { $time }
password-personal = Se upp! { $reason }
password-build-empty = Börja med ett ord. Välj ord som inte har något med dig att göra.
password-build-personal = Ta bort delen om dig: folk som känner dig kan gissa den.
password-build-short = Lägg till fler ord: använd minst { $min }.
password-build-weak = Inte tillräckligt starkt än. Lägg till ett ord till, eller byt ut ett. Sikta på ”{ $target }”.
password-build-done = Starkt, långt och inget om dig. Tryck på Klar!
password-score-0 = Mycket svagt
password-score-1 = Svagt
password-score-2 = Sådär
password-score-3 = Starkt
password-score-4 = Mycket starkt
password-time-instantly = En dator gissar det på mindre än en minut.
password-time-minutes = En dator gissar det på några minuter.
password-time-hours = En dator gissar det på några timmar.
password-time-days = En dator behöver dagar för att gissa det.
password-time-years = En dator behöver år för att gissa det.
password-time-centuries = En dator behöver hundratals år för att gissa det.
# When the guidance holds a password back, the meter says why instead of the guessing time.
password-meter-limited = Styrka: { $score }. { $limit }
password-limit-short = För kort för att vara starkt. Gör det 15 bokstäver eller längre.
password-limit-few-words = Starka lösenord har minst tre slumpmässiga ord.
password-limit-common-words = De här orden är mycket vanliga. Byt ut ett mot ett ovanligare ord.

address-screen = Länk
address-claim = Den här länken säger att den går till { $brand }.
address-start = Läs adressen från slutet av namnet, inte från början.
address-find = Tryck på delen som anger webbplatsen.
address-judge = Är det här webbplatsen för { $brand }?
address-yes = Ja, det är { $brand }
address-no = Nej, det är det inte
address-part = Adressdel: { $text }
address-progress = Länk { $current } av { $total }
address-found = Ja! Den här delen anger webbplatsen: { $site }. Är det { $brand }?
address-verdict-real = Den här länken går till { $site }, den riktiga webbplatsen för { $brand }.
address-verdict-other = Den här länken går till { $site }, inte till { $brand }. Namnet { $brand } på andra ställen i den är bara en förklädnad.
address-verdict-lookalike = Titta noga: några bokstäver kommer från ett annat alfabet. Webbläsaren läser { $real }, och det är inte { $brand }.
address-part-scheme = ”https://” betyder bara att ingen kan tjuvlyssna på vägen. Det säger inte vem som driver webbplatsen.
address-part-user = Webbläsaren går inte till det som står före ett @. Bedragare sätter ett känt namn där.
address-part-subdomain = Det här är bara en framdel. Webbplatsens ägare kan skriva vilket ord som helst här, till och med ett känt namn.
address-part-site = Den här delen anger webbplatsen: ändelsen och namnet precis före den. Den berättar vem som driver webbplatsen.
address-part-port = Det här talet är en dörr in till webbplatsen. Det säger inte vem som driver den.
address-part-path = Den här delen kommer efter webbplatsens namn. Ägaren kan skriva vad som helst här.
address-part-query = Den här delen kommer efter webbplatsens namn. Ägaren kan skriva vad som helst här.
address-part-fragment = Den här delen hoppar bara till ett ställe på sidan. Den säger inte vem som driver webbplatsen.
address-shown = { $words } — den går egentligen till:
address-verdict-shown = Orden på den säger en sak, men den går till { $site }, inte till { $brand }.
address-verdict-note = { $reason } { $note }
