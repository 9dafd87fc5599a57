# Players on a shared tablet. Nicknames are two words picked from lists.

players-title = Wie speelt er?
players-empty = Tik op “Nieuwe speler” om te beginnen.
players-previous = Vorige spelers
players-next = Meer spelers
players-page = Pagina { $page } van { $pages }
player-new = Nieuwe speler
grown-ups = Volwassenen

# A nickname: an adjective and an animal. The adjective gets the animal's gender as $gender:
# common (de-words) or neuter (het-words: "Dapper Konijn").
nickname = { $adjective } { $animal }

player-new-title = Nieuwe speler
player-edit-title = Mijn naam en plaatje
player-done = Klaar
player-preview = Jij bent { $name }
pick-picture = Kies een plaatje
pick-colour = Kies een kleur
pick-adjective = Kies een woord
pick-animal = Kies een dier
nickname-surprise = Verras me

adj-brave = { $gender ->
    [neuter] Dapper
   *[other] Dappere
}
adj-bright = { $gender ->
    [neuter] Stralend
   *[other] Stralende
}
adj-calm = { $gender ->
    [neuter] Rustig
   *[other] Rustige
}
adj-clever = { $gender ->
    [neuter] Slim
   *[other] Slimme
}
adj-cheerful = { $gender ->
    [neuter] Vrolijk
   *[other] Vrolijke
}
adj-gentle = { $gender ->
    [neuter] Zacht
   *[other] Zachte
}
adj-happy = { $gender ->
    [neuter] Blij
   *[other] Blije
}
adj-kind = { $gender ->
    [neuter] Lief
   *[other] Lieve
}
adj-lucky = { $gender ->
    [neuter] Gelukkig
   *[other] Gelukkige
}
adj-quick = { $gender ->
    [neuter] Snel
   *[other] Snelle
}
adj-sunny = { $gender ->
    [neuter] Zonnig
   *[other] Zonnige
}
adj-wise = { $gender ->
    [neuter] Wijs
   *[other] Wijze
}

animal-bear = Beer
    .gender = common
animal-cat = Kat
    .gender = common
animal-dolphin = Dolfijn
    .gender = common
animal-eagle = Adelaar
    .gender = common
animal-fox = Vos
    .gender = common
animal-frog = Kikker
    .gender = common
animal-lion = Leeuw
    .gender = common
animal-owl = Uil
    .gender = common
animal-panda = Panda
    .gender = common
animal-rabbit = Konijn
    .gender = neuter
animal-tiger = Tijger
    .gender = common
animal-turtle = Schildpad
    .gender = common

picture-sun = Zon
picture-moon = Maan
picture-star = Ster
picture-heart = Hart
picture-tree = Boom
picture-flower = Bloem
picture-fish = Vis
picture-house = Huis
picture-rocket = Raket
picture-crown = Kroon
picture-leaf = Blad
picture-boat = Boot

avatar-colour-red = Rood
avatar-colour-orange = Oranje
avatar-colour-yellow = Geel
avatar-colour-green = Groen
avatar-colour-teal = Turquoise
avatar-colour-blue = Blauw
avatar-colour-purple = Paars
avatar-colour-pink = Roze

profile-error-full = Deze tablet is vol. Een volwassene kan spelers naar een andere tablet verhuizen.
profile-error-name-taken = Een andere speler heeft deze naam al. Kies andere woorden.
profile-error-other = Dat lukte niet. Probeer het nog een keer.

# Picture passwords: three pictures in order.
secret-open-title = Tik op je 3 plaatjes
secret-set-title = Kies 3 plaatjes voor je wachtwoord
secret-confirm-title = Tik nog een keer op dezelfde 3 plaatjes
secret-progress = { $count } van { $total } { $total ->
        [one] plaatje
       *[other] plaatjes
    }
secret-wrong = Niet helemaal. Probeer het nog eens.
secret-ask-grown-up = Niet helemaal. Ben je je plaatjes vergeten? Vraag je leerkracht om ze opnieuw in te stellen.
secret-mismatch = Dat waren andere plaatjes. Begin opnieuw.
secret-skip = Geen wachtwoord
secret-remove = Mijn wachtwoord weghalen

# A new player's age band: two big buttons. 12–14 is chosen by a grown-up only.
player-age-title = Hoe oud ben je?
player-age-older = Ouder dan 12? Kies 10–12. Een volwassene kan het veranderen.

title-hello = Hoi, { $name }!
title-change-player = Andere speler
title-edit-me = Mijn naam en plaatje
title-password = Plaatjeswachtwoord
title-save-file = Mijn sterren in een bestand opslaan
save-to-file = In een bestand opslaan

# The grown-ups' gate: a sum a young child cannot guess.
gate-title = Voor volwassenen
gate-question = Hoeveel is { $a } × { $b }?
gate-typed = Antwoord: { $typed }
gate-wrong = Dat klopt niet. Hier is een nieuwe vraag.
gate-delete = Cijfer wissen
gate-ok = OK

adults-title = Spelers op deze tablet
adults-save-all = Alle spelers in een bestand opslaan
adults-bring = Spelers uit een bestand halen
adults-clear = Deze tablet leegmaken
adults-clear-confirm = { $count ->
        [one] Tik nog een keer om de enige speler te wissen
       *[other] Tik nog een keer om alle { $count } spelers te wissen
    }
adults-cleared = Deze tablet is nu leeg.
adults-player = { $stars ->
        [one] { $name }: één ster
       *[other] { $name }: { $stars } sterren
    }
adults-save-one = “{ $name }” in een bestand opslaan
adults-reset-secret = Plaatjeswachtwoord van “{ $name }” opnieuw instellen
adults-secret-reset = { $name } heeft nu geen plaatjeswachtwoord meer.
adults-delete = “{ $name }” wissen
adults-delete-confirm = Tik nog een keer om “{ $name }” te wissen
adults-deleted = { $name } is gewist.
adults-saved = { $count ->
    [one] Eén speler is in een bestand opgeslagen. Open het op de andere tablet met “Spelers uit een bestand halen”.
   *[other] { $count } spelers zijn in een bestand opgeslagen. Open het op de andere tablet met “Spelers uit een bestand halen”.
}
adults-save-failed = Het bestand kon niet worden opgeslagen.
adults-include-secrets = Plaatjeswachtwoorden in het bestand zetten
adults-secrets-left-out = Bestanden die u nu maakt, bevatten geen plaatjeswachtwoorden; een wachtwoord dat al op de andere tablet staat, blijft.
adults-secrets-included = Bestanden die u nu maakt, bevatten de plaatjeswachtwoorden: wie het bestand opent, kan ze lezen.
adults-help = Leerlingen verhuizen: sla ze hier op in een bestand, kopieer het bestand naar de andere tablet en haal ze daar binnen. Spelers die al op die tablet staan, houden al hun sterren.
adults-help-insecure = Deze pagina wordt niet via HTTPS geladen. Daarom werkt ze niet offline en kan ze niet op het beginscherm worden gezet. Al het andere werkt. In de README staat hoe u haar goed aanbiedt.
adults-voices-open = Voorlezen
adults-voices-some = Talen waarin deze tablet kan voorlezen: { $languages }
adults-voices-none = Deze tablet kan nog in geen enkele taal van het spel voorlezen.
adults-voices-help = Een stem toevoegen op een Android-tablet: open Instellingen, zoek “Tekst-naar-spraakuitvoer”, open de instellingen van de voorkeursengine en installeer de spraakgegevens voor een taal. Open daarna het spel opnieuw. Alleen stemmen die op de tablet staan, lezen voor; er wordt dus niets weggestuurd om te laten voorlezen.
# A player's age band on the grown-ups' screen ($band is a band label or adults-band-unset).
adults-band = Leeftijdsgroep van “{ $name }”: { $band }
adults-band-unset = Leeftijd niet gekozen
adults-band-changed = { $name }: nu { $band }.
adults-band-help = Tik op de leeftijdsgroep van een speler om die te veranderen. De speler ziet de levels van die groep als eerste. Leerlingen kiezen bij de start 7–9 of 10–12; alleen een volwassene kan 12–14 kiezen, de groep met onderwerpen voor oudere leerlingen. “Leeftijd niet gekozen” telt als 7–9.

import-done = Klaar: { $added ->
        [one] één nieuwe speler
       *[other] { $added } nieuwe spelers
    }, { $updated } bijgewerkt{ $refused ->
        [0] .
       *[other] , { $refused } { $refused ->
            [one] kon
           *[other] konden
        } niet worden binnengehaald (de tablet is vol, of een nieuwere Byte Bridge bewaart ze hier).
    }{ $renamed ->
        [0] {""}
        [one] {" "}Eén speler kreeg een nieuwe spelnaam, omdat de eigen naam hier al bestond.
       *[other] {" "}{ $renamed } spelers kregen een nieuwe spelnaam, omdat hun naam hier al bestond.
    }
import-error-too-large = Dit bestand is te groot voor een spelersbestand.
import-error-not-ours = Dit is geen spelersbestand van Byte Bridge.
import-error-newer = Dit bestand komt van een nieuwere Byte Bridge. Werk eerst het spel op deze tablet bij.
import-error-damaged = Dit spelersbestand is beschadigd, dus er is niets veranderd. Sla het op de andere tablet opnieuw op.
import-error-over-limits = Een speler in dit bestand bevat meer dan Byte Bridge ooit bewaart (te lange programma's, te veel pogingen of levels), alleen of samen met dezelfde speler op deze tablet. Er is niets veranderd.
import-error-unreadable = Het bestand kon niet worden gelezen. Probeer het nog een keer.

offline-needs-https = Deze pagina wordt niet via HTTPS geladen, dus ze werkt niet zonder internet.
update-reload = Nieuwe versie klaar: tik om te starten
save-file-failed = Het bestand kon niet worden opgeslagen. Probeer het nog een keer.
