# Players on a shared tablet. Nicknames are an adjective and an animal picked from lists.
# All twelve animals are common gender (en-ord) in Danish, so the adjectives never change:
# adjectives are plain text and animals have no .gender.

players-title = Hvem spiller?
players-empty = Tryk på »Ny spiller« for at starte.
players-previous = Forrige spillere
players-next = Flere spillere
players-page = Side { $page } af { $pages }
player-new = Ny spiller
grown-ups = Voksne

nickname = { $adjective } { $animal }

player-new-title = Ny spiller
player-edit-title = Mit navn og billede
player-done = Færdig
player-preview = Du er { $name }
pick-picture = Vælg et billede
pick-colour = Vælg en farve
pick-adjective = Vælg et ord
pick-animal = Vælg et dyr
nickname-surprise = Overrask mig

adj-brave = Modig
adj-bright = Strålende
adj-calm = Rolig
adj-clever = Klog
adj-cheerful = Munter
adj-gentle = Blid
adj-happy = Glad
adj-kind = Venlig
adj-lucky = Heldig
adj-quick = Hurtig
adj-sunny = Solrig
adj-wise = Vis

animal-bear = Bjørn
animal-cat = Kat
animal-dolphin = Delfin
animal-eagle = Ørn
animal-fox = Ræv
animal-frog = Frø
animal-lion = Løve
animal-owl = Ugle
animal-panda = Panda
animal-rabbit = Kanin
animal-tiger = Tiger
animal-turtle = Skildpadde

picture-sun = Sol
picture-moon = Måne
picture-star = Stjerne
picture-heart = Hjerte
picture-tree = Træ
picture-flower = Blomst
picture-fish = Fisk
picture-house = Hus
picture-rocket = Raket
picture-crown = Krone
picture-leaf = Blad
picture-boat = Båd

avatar-colour-red = Rød
avatar-colour-orange = Orange
avatar-colour-yellow = Gul
avatar-colour-green = Grøn
avatar-colour-teal = Turkis
avatar-colour-blue = Blå
avatar-colour-purple = Lilla
avatar-colour-pink = Lyserød

profile-error-full = Denne tablet er fuld. En voksen kan flytte spillere til en anden tablet.
profile-error-name-taken = En anden spiller har allerede det navn. Vælg andre ord.
profile-error-other = Det virkede ikke. Prøv igen.

# Picture passwords: three pictures in order.
secret-open-title = Tryk på dine 3 billeder
secret-set-title = Vælg 3 billeder til din adgangskode
secret-confirm-title = Tryk på de samme 3 billeder igen
secret-progress = { $count } af { $total } { $total ->
        [one] billede
       *[other] billeder
    }
secret-wrong = Ikke helt. Prøv igen.
secret-ask-grown-up = Ikke helt. Hvis du har glemt dine billeder, så bed din lærer om at nulstille dem.
secret-mismatch = Det var nogle andre billeder. Start forfra.
secret-skip = Ingen adgangskode
secret-remove = Fjern min adgangskode

player-age-title = Hvor gammel er du?
player-age-older = Over 12? Vælg 10–12. En voksen kan ændre det.

title-hello = Hej, { $name }!
title-change-player = Skift spiller
title-edit-me = Mit navn og billede
title-password = Billedkode
title-save-file = Gem mine stjerner i en fil
save-to-file = Gem i en fil

# The grown-ups' gate: a sum a young child cannot guess.
gate-title = For voksne
gate-question = Hvad er { $a } × { $b }?
gate-typed = Svar: { $typed }
gate-wrong = Det er ikke rigtigt. Her er et nyt spørgsmål.
gate-delete = Slet ciffer
gate-ok = OK

adults-title = Spillere på denne tablet
adults-save-all = Gem alle spillere i en fil
adults-bring = Hent spillere fra en fil
adults-clear = Ryd denne tablet
adults-clear-confirm = { $count ->
        [one] Tryk igen for at slette den eneste spiller
       *[other] Tryk igen for at slette alle { $count } spillere
    }
adults-cleared = Denne tablet er tom nu.
adults-player = { $stars ->
        [one] { $name }: { $stars } stjerne
       *[other] { $name }: { $stars } stjerner
    }
adults-save-one = Gem { $name } i en fil
adults-reset-secret = Nulstil billedkoden for { $name }
adults-secret-reset = { $name } har ingen billedkode nu.
adults-delete = Slet { $name }
adults-delete-confirm = Tryk igen for at slette { $name }
adults-deleted = { $name } er slettet.
adults-saved = { $count ->
    [one] { $count } spiller er gemt i en fil. Åbn den på den anden tablet med »Hent spillere fra en fil«.
   *[other] { $count } spillere er gemt i en fil. Åbn den på den anden tablet med »Hent spillere fra en fil«.
}
adults-save-failed = Filen kunne ikke gemmes.
adults-include-secrets = Læg billedkoder med i filen
adults-secrets-left-out = Filer, der laves nu, har ikke billedkoderne med; en kode, der allerede er på den anden tablet, bliver.
adults-secrets-included = Filer, der laves nu, har billedkoderne med: Alle, der åbner filen, kan læse dem.
adults-help = Flyt elever: Gem dem i en fil her, kopiér filen til den anden tablet, og hent dem ind der. Spillere, der allerede er på den tablet, beholder alle deres stjerner.
adults-help-insecure = Denne side hentes ikke over HTTPS, så den kan ikke virke offline eller lægges på hjemmeskærmen. Alt andet virker. README forklarer, hvordan den skal hentes.
adults-voices-open = Oplæsning
adults-voices-some = Denne tablet kan læse op på: { $languages }
adults-voices-none = Denne tablet kan endnu ikke læse op på nogen af spillets sprog.
adults-voices-help = Sådan tilføjer du en stemme på en Android-tablet: Åbn Indstillinger, find »Oplæsning«, åbn indstillingerne for den foretrukne maskine, og installer stemmedata for et sprog. Åbn så spillet igen. Kun stemmer, der er gemt på tabletten, læser op, så intet bliver sendt væk for at blive læst op.
adults-band = Aldersgruppe for { $name }: { $band }
adults-band-unset = Alder ikke valgt
adults-band-changed = { $name }: { $band } nu.
adults-band-help = Tryk på en spillers aldersgruppe for at ændre den. Spilleren ser først banerne for den gruppe. Elever vælger 7–9 eller 10–12, når de starter; kun en voksen kan vælge 12–14, gruppen med emner for ældre elever. »Alder ikke valgt« tæller som 7–9.

import-done = Færdig: { $added ->
        [one] { $added } ny spiller
       *[other] { $added } nye spillere
    }, { $updated } opdateret{ $refused ->
        [0] .
        [one] , { $refused } kunne ikke hentes ind (tabletten er fuld, eller en nyere Byte Bridge gemmer den her).
       *[other] , { $refused } kunne ikke hentes ind (tabletten er fuld, eller en nyere Byte Bridge gemmer dem her).
    }{ $renamed ->
        [0] {""}
        [one] {" "}Én spiller fik et nyt spilnavn, fordi det gamle allerede var taget her.
       *[other] {" "}{ $renamed } spillere fik et nyt spilnavn, fordi det gamle allerede var taget her.
    }
import-error-too-large = Denne fil er for stor til at være en spillerfil.
import-error-not-ours = Dette er ikke en spillerfil fra Byte Bridge.
import-error-newer = Denne fil kommer fra en nyere Byte Bridge. Opdatér først spillet på denne tablet.
import-error-damaged = Denne spillerfil er beskadiget, så intet er ændret. Gem den igen på den anden tablet.
import-error-over-limits = En spiller i denne fil har mere, end Byte Bridge nogensinde gemmer (for lange programmer, for mange forsøg eller baner), alene eller sammen med den samme spiller på denne tablet. Intet er ændret.
import-error-unreadable = Filen kunne ikke læses. Prøv igen.

offline-needs-https = Denne side hentes ikke over HTTPS, så den virker ikke uden internet.
update-reload = Ny version klar: tryk for at starte den
save-file-failed = Filen kunne ikke gemmes. Prøv igen.
