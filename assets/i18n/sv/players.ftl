# Players on a shared tablet. Nicknames are two words picked from lists.

players-title = Vem spelar?
players-empty = Tryck på ”Ny spelare” för att börja.
players-previous = Tidigare spelare
players-next = Fler spelare
players-page = Sida { $page } av { $pages }
player-new = Ny spelare
grown-ups = Vuxna

# A nickname: an adjective and an animal. The adjective gets the animal's gender as $gender:
# common (en-words) or neuter (ett-words: "Modigt Lejon").
nickname = { $adjective } { $animal }

player-new-title = Ny spelare
player-edit-title = Mitt namn och min bild
player-done = Klar
player-preview = Du är { $name }
pick-picture = Välj en bild
pick-colour = Välj en färg
pick-adjective = Välj ett ord
pick-animal = Välj ett djur
nickname-surprise = Överraska mig

adj-brave = { $gender ->
    [neuter] Modigt
   *[other] Modig
}
adj-bright = { $gender ->
    [neuter] Strålande
   *[other] Strålande
}
adj-calm = { $gender ->
    [neuter] Lugnt
   *[other] Lugn
}
adj-clever = { $gender ->
    [neuter] Listigt
   *[other] Listig
}
adj-cheerful = { $gender ->
    [neuter] Muntert
   *[other] Munter
}
adj-gentle = { $gender ->
    [neuter] Milt
   *[other] Mild
}
adj-happy = { $gender ->
    [neuter] Glatt
   *[other] Glad
}
adj-kind = { $gender ->
    [neuter] Snällt
   *[other] Snäll
}
adj-lucky = { $gender ->
    [neuter] Tursamt
   *[other] Tursam
}
adj-quick = { $gender ->
    [neuter] Snabbt
   *[other] Snabb
}
adj-sunny = { $gender ->
    [neuter] Soligt
   *[other] Solig
}
adj-wise = { $gender ->
    [neuter] Vist
   *[other] Vis
}

animal-bear = Björn
    .gender = common
animal-cat = Katt
    .gender = common
animal-dolphin = Delfin
    .gender = common
animal-eagle = Örn
    .gender = common
animal-fox = Räv
    .gender = common
animal-frog = Groda
    .gender = common
animal-lion = Lejon
    .gender = neuter
animal-owl = Uggla
    .gender = common
animal-panda = Panda
    .gender = common
animal-rabbit = Kanin
    .gender = common
animal-tiger = Tiger
    .gender = common
animal-turtle = Sköldpadda
    .gender = common

picture-sun = Sol
picture-moon = Måne
picture-star = Stjärna
picture-heart = Hjärta
picture-tree = Träd
picture-flower = Blomma
picture-fish = Fisk
picture-house = Hus
picture-rocket = Raket
picture-crown = Krona
picture-leaf = Löv
picture-boat = Båt

avatar-colour-red = Röd
avatar-colour-orange = Orange
avatar-colour-yellow = Gul
avatar-colour-green = Grön
avatar-colour-teal = Turkos
avatar-colour-blue = Blå
avatar-colour-purple = Lila
avatar-colour-pink = Rosa

profile-error-full = Den här surfplattan är full. En vuxen kan flytta spelare till en annan surfplatta.
profile-error-name-taken = En annan spelare har redan det här namnet. Välj andra ord.
profile-error-other = Det fungerade inte. Försök igen.

# Picture passwords: three pictures in order.
secret-open-title = Tryck på dina 3 bilder
secret-set-title = Välj 3 bilder till ditt lösenord
secret-confirm-title = Tryck på samma 3 bilder igen
secret-progress = { $count } av { $total } { $total ->
        [one] bild
       *[other] bilder
    }
secret-wrong = Inte riktigt. Försök igen.
secret-ask-grown-up = Inte riktigt. Har du glömt dina bilder? Be din lärare att nollställa dem.
secret-mismatch = Det var andra bilder. Börja om.
secret-skip = Inget lösenord
secret-remove = Ta bort mitt lösenord

# A new player's age band: two big buttons. 12–14 is chosen by a grown-up only.
player-age-title = Hur gammal är du?
player-age-older = Äldre än 12? Välj 10–12. En vuxen kan ändra det.

title-hello = Hej, { $name }!
title-change-player = Byt spelare
title-edit-me = Mitt namn och min bild
title-password = Bildlösenord
title-save-file = Spara mina stjärnor i en fil
save-to-file = Spara i en fil

# The grown-ups' gate: a sum a young child cannot guess.
gate-title = För vuxna
gate-question = Vad är { $a } × { $b }?
gate-typed = Svar: { $typed }
gate-wrong = Det stämmer inte. Här kommer en ny fråga.
gate-delete = Radera siffra
gate-ok = OK

adults-title = Spelare på den här surfplattan
adults-save-all = Spara alla spelare i en fil
adults-bring = Hämta spelare från en fil
adults-clear = Töm den här surfplattan
adults-clear-confirm = { $count ->
        [one] Tryck igen för att radera den enda spelaren
       *[other] Tryck igen för att radera alla { $count } spelare
    }
adults-cleared = Den här surfplattan är tom nu.
adults-player = { $stars ->
        [one] { $name }: en stjärna
       *[other] { $name }: { $stars } stjärnor
    }
adults-save-one = Spara ”{ $name }” i en fil
adults-reset-secret = Nollställ bildlösenordet för ”{ $name }”
adults-secret-reset = { $name } har inget bildlösenord nu.
adults-delete = Radera ”{ $name }”
adults-delete-confirm = Tryck igen för att radera ”{ $name }”
adults-deleted = { $name } har raderats.
adults-saved = { $count ->
    [one] En spelare har sparats i en fil. Öppna den på den andra surfplattan med ”Hämta spelare från en fil”.
   *[other] { $count } spelare har sparats i en fil. Öppna den på den andra surfplattan med ”Hämta spelare från en fil”.
}
adults-save-failed = Filen kunde inte sparas.
adults-include-secrets = Lägg bildlösenorden i filen
adults-secrets-left-out = Filer som görs nu innehåller inga bildlösenord; ett lösenord som redan finns på den andra surfplattan ligger kvar.
adults-secrets-included = Filer som görs nu innehåller bildlösenorden: alla som öppnar filen kan läsa dem.
adults-help = Flytta elever: spara dem i en fil här, kopiera filen till den andra surfplattan och hämta in dem där. Spelare som redan finns på den surfplattan behåller alla sina stjärnor.
adults-help-insecure = Den här sidan visas inte via HTTPS, så den fungerar inte offline och kan inte läggas på hemskärmen. Allt annat fungerar. I README står det hur man gör.
adults-voices-open = Uppläsning
adults-voices-some = Den här surfplattan kan läsa upp på: { $languages }
adults-voices-none = Den här surfplattan kan inte läsa upp på något av spelets språk än.
adults-voices-help = Så lägger du till en röst på en Android-surfplatta: öppna Inställningar, leta upp ”Text-till-tal-utdata”, öppna inställningarna för önskad motor och installera röstdata för ett språk. Öppna sedan spelet igen. Bara röster som är sparade på surfplattan läser upp, så inget skickas iväg för att läsas.
# A player's age band on the grown-ups' screen ($band is a band label or adults-band-unset).
adults-band = Åldersgrupp för ”{ $name }”: { $band }
adults-band-unset = Ålder inte vald
adults-band-changed = { $name }: { $band } nu.
adults-band-help = Tryck på en spelares åldersgrupp för att ändra den. Spelaren ser nivåerna för den gruppen först. Elever väljer 7–9 eller 10–12 när de börjar; bara en vuxen kan välja 12–14, gruppen med ämnen för äldre elever. ”Ålder inte vald” räknas som 7–9.

import-done = Klart: { $added ->
        [one] en ny spelare
       *[other] { $added } nya spelare
    }, { $updated } uppdaterade{ $refused ->
        [0] .
       *[other] , { $refused } kunde inte hämtas in (surfplattan är full, eller en nyare Byte Bridge sparar dem här).
    }{ $renamed ->
        [0] {""}
        [one] {" "}En spelare fick ett nytt spelnamn, eftersom det egna namnet redan fanns här.
       *[other] {" "}{ $renamed } spelare fick ett nytt spelnamn, eftersom deras namn redan fanns här.
    }
import-error-too-large = Den här filen är för stor för att vara en spelarfil.
import-error-not-ours = Det här är ingen spelarfil från Byte Bridge.
import-error-newer = Den här filen kommer från en nyare Byte Bridge. Uppdatera spelet på den här surfplattan först.
import-error-damaged = Den här spelarfilen är skadad, så inget har ändrats. Spara den igen på den andra surfplattan.
import-error-over-limits = En spelare i den här filen innehåller mer än Byte Bridge någonsin sparar (för långa program, för många försök eller nivåer), ensam eller tillsammans med samma spelare på den här surfplattan. Inget har ändrats.
import-error-unreadable = Filen kunde inte läsas. Försök igen.

offline-needs-https = Den här sidan visas inte via HTTPS, så den fungerar inte utan internet.
update-reload = Ny version klar: tryck för att starta den
save-file-failed = Filen kunde inte sparas. Försök igen.
