# Lumile și nivelurile de educație digitală (cele de programare sunt în coding-levels.ftl).

world-share-safe = Împărtășește în siguranță

level-share-or-keep-title = Împărtășești sau păstrezi?
level-share-or-keep-instruction = E în regulă să împărtășești asta pe internet sau ar trebui să rămână privat?
level-share-or-keep-learned = Lucrurile care îți plac, chiar și numele animalului tău, pot fi împărtășite. Locul unde te găsești și parolele tale rămân private.
level-share-or-keep-hint-1 = Întreabă-te: ar putea un străin să folosească asta ca să mă găsească sau să intre în contul meu?
level-share-or-keep-hint-2 = Lucrurile care îți plac pot fi împărtășite. Ce arată unde te găsești sau îți deschide conturile rămâne privat.
level-share-or-keep-hint-3 = Poți spune cum îl cheamă pe animalul tău, dar nu-l folosi niciodată ca parolă. Adresa de acasă rămâne privată.

card-favourite-colour = Culoarea ta preferată
reason-favourite-colour = Multor oameni le place aceeași culoare, deci nu arată cine ești sau unde ești.
card-home-address = Adresa ta de acasă
reason-home-address = Un străin ar putea s-o folosească ca să afle unde locuiești.
card-favourite-game = Jocul tău preferat
reason-favourite-game = E distractiv să vorbești despre jocurile care îți plac și nu spune nimănui unde ești.
card-password = Parola ta
reason-password = O parolă e o cheie. Doar tu și părintele sau persoana care are grijă de tine ar trebui s-o știți.
card-pet-name = Numele animalului tău
reason-pet-name = Poate fi împărtășit. Doar nu-l folosi niciodată ca parolă: cine îl știe l-ar putea ghici.
card-favourite-animal = Animalul tău preferat
reason-favourite-animal = E distractiv de împărtășit și nu spune nimic despre locul unde locuiești.
card-school-name = Numele școlii tale
reason-school-name = Le spune oamenilor unde te pot găsi în fiecare zi.
