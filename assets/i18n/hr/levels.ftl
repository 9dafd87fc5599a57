# The digital-literacy worlds and levels (the coding ones are in coding-levels.ftl).

world-share-safe = Dijeli sigurno

level-share-or-keep-title = Podijeliti ili zadržati?
level-share-or-keep-instruction = Smije li se ovo podijeliti na internetu ili treba ostati privatno?
level-share-or-keep-learned = Stvari koje voliš, čak i ime ljubimca, smiju se podijeliti. Gdje te se može pronaći i tvoje lozinke ostaju privatni.
level-share-or-keep-hint-1 = Pitaj se: bi li me nepoznata osoba time mogla pronaći ili ući u moj račun?
level-share-or-keep-hint-2 = Stvari koje voliš smiju se podijeliti. Ono što pokazuje gdje te pronaći ili otvara tvoje račune ostaje privatno.
level-share-or-keep-hint-3 = Ime ljubimca smiješ podijeliti, ali nikad kao lozinku. Kućna adresa ostaje privatna.

card-favourite-colour = Tvoja omiljena boja
reason-favourite-colour = Puno ljudi voli istu boju pa ona ne otkriva tko si ni gdje si.
card-home-address = Tvoja kućna adresa
reason-home-address = Nepoznata osoba mogla bi pomoću nje pronaći gdje živiš.
card-favourite-game = Tvoja omiljena igra
reason-favourite-game = Pričati o igrama koje voliš zabavno je i nikome ne govori gdje si.
card-password = Tvoja lozinka
reason-password = Lozinka je ključ. Trebate je znati samo ti i tvoj roditelj ili skrbnik.
card-pet-name = Ime tvog ljubimca
reason-pet-name = Smiješ ga podijeliti. Samo ga nikad ne koristi kao lozinku: ljudi koji ga znaju mogli bi je pogoditi.
card-favourite-animal = Tvoja omiljena životinja
reason-favourite-animal = Zabavno je to podijeliti, a ništa ne govori o tome gdje živiš.
card-school-name = Ime tvoje škole
reason-school-name = Ono ljudima govori gdje te mogu pronaći svaki dan.
