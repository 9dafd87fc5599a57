# Everything around the levels: title, map, result, notices.

language-name = Hrvatski
app-title = Byte Bridge
app-tagline = Uči programirati i čuvaj se na internetu
title-play = Igraj
language-picker = Jezik
language-open = Jezik: { $language }
language-loading = Preuzimanje: { $language } …
language-not-on-device = Jezik { $language } još nije na ovom tabletu. Spoji se jednom na internet da ga preuzmeš. Na ovom tabletu: { $ready }
language-damaged = Jezik { $language } nije stigao u cijelosti. Pokušaj ponovno kasnije. Na ovom tabletu: { $ready }

back = Natrag
notice-dismiss = U redu

map-title = Razine
level-status-locked = zaključano
level-status-new = još nije igrano
level-status-stars = { $stars } od 3 zvjezdice
map-level = { $number }. { $title }, { $status }
map-locked-hint = Završi prethodnu razinu da otključaš ovu.
map-world = { $title }, { $status }
map-world-stars = { $stars } od { $max } { $max ->
        [one] zvjezdice
        [few] zvjezdice
       *[other] zvjezdica
    }

result-title = Razina završena!
result-stars = { $stars } od 3 zvjezdice
result-new-best = Novi rekord!
result-learned-heading = Što sada znaš
result-next = Sljedeća razina
result-retry = Igraj ponovno
result-levels = Sve razine

storage-unavailable = Ovaj tablet trenutačno ne može spremati. Možeš igrati, ali zvjezdice će nestati kad se stranica zatvori.
storage-recovered-damaged = Spremljeni igrač nije se mogao pročitati i nije imao dobru kopiju. Ostavljen je sa strane na ovom tabletu.
storage-recovered-backup = Neke spremljene zvjezdice bile su oštećene. Vraćena je zadnja dobra kopija.
storage-newer-version = Neke igrače spremila je novija verzija Byte Bridgea. Na sigurnom su: ažuriraj igru da ih vidiš.
storage-full = Memorija tableta je puna. Spremi zvjezdice u datoteku da se ništa ne izgubi.

hint = Savjet
hint-shown = Savjet { $number }: { $hint }

read-aloud = Pročitaj mi
read-aloud-stop = Zaustavi čitanje
settings-open = Postavke
settings-title = Postavke
settings-read-everything = Čitaj mi sve
settings-read-everything-about = Igra naglas pročita svaku razinu, svaki savjet i svaki rezultat čim se pojave.
settings-no-voice = Ovaj tablet još nema glas za ovaj jezik. Odrasla osoba ga može dodati.
settings-robot-speed = Brzina robota: { $speed }
settings-calm = Manje kretanja
settings-calm-about = Robot skače s polja na polje umjesto da klizi. To je uključeno od početka ako je tablet postavljen da prikazuje manje kretanja.
settings-contrast = Visoki kontrast
settings-contrast-about = Pozadina postaje crna, slova bijela, a gumbi dobivaju bijele rubove. Nekima je tako lakše vidjeti.
settings-text-size = Veličina slova: { $size }
settings-text-size-about = Dodirni ponovno i slova postaju veća, sve do dvostruke veličine. Zatim su opet normalna.
text-size-normal = normalna
text-size-big = velika
text-size-bigger = veća
text-size-biggest = najveća
settings-more-space = Više razmaka
settings-more-space-about = Više mjesta između slova i između redaka. Nekima je tako lakše čitati.
