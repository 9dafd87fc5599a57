# The "Share Safe" world, levels 2 and up. People, places and games are made up; the street
# and school names are this language's own (Javorova ulica, škola „Hrastik“).

## Level 2: a game profile's settings

level-privacy-profile-title = Lenin profil
level-privacy-profile-instruction = Ovo je Lenin profil u igri. Dodirni svaku postavku koja dijeli previše da je popraviš.
level-privacy-profile-learned = Neka tvoj profil bude samo za prijatelje. Koristi izmišljeno ime u igri i crtanu sličicu, a lokaciju i broj zadrži za sebe.
level-privacy-profile-hint-1 = Pročitaj svaki redak. Bi li nepoznata osoba time mogla pronaći Lenu?
level-privacy-profile-hint-2 = Izmišljeno ime u igri i crtana sličica su sigurni. Prava imena, mjesta i brojevi nisu.
level-privacy-profile-hint-3 = Pogledaj tko može vidjeti profil i broj telefona.

privacy-profile-visibility = Tko vidi moj profil: Svi
privacy-profile-visibility-reason = Svi znači i nepoznati. Postavi na samo prijatelje.
privacy-profile-visibility-fixed = Tko vidi moj profil: Samo prijatelji
privacy-profile-name = Prikazano ime: Lena Horvat (puno ime)
privacy-profile-name-reason = Puno ime pomaže nepoznatima pronaći Lenu. Dovoljno je izmišljeno ime u igri.
privacy-profile-name-fixed = Prikazano ime: StarFox22 (ime u igri)
privacy-profile-game-name = Ime u igri: StarFox22
privacy-profile-game-name-reason = Izmišljeno ime u igri nikome ne govori tko je Lena zapravo. Dobar izbor!
privacy-profile-avatar = Avatar: crtana lisica
privacy-profile-avatar-reason = Crtana sličica ne pokazuje Lenino lice. To je sigurno.
privacy-profile-location = Dijeli moju lokaciju: Uključeno
privacy-profile-location-reason = To ljudima pokazuje gdje je Lena upravo sada. Neka bude isključeno.
privacy-profile-location-fixed = Dijeli moju lokaciju: Isključeno
privacy-profile-game = Omiljena igra: Block Builders
privacy-profile-game-reason = Puno djece voli tu igru. Nikome ne govori gdje je Lena.
privacy-profile-phone = Broj telefona: vidljiv svima
privacy-profile-phone-reason = Nepoznati bi mogli zvati Lenu ili joj pisati. Zadrži broj telefona za sebe.
privacy-profile-phone-fixed = Broj telefona: skriven

## Level 3: a photo post

level-privacy-photo-title = Sunčana fotografija
level-privacy-photo-instruction = Dodirni svaki trag u ovoj objavi koji pokazuje gdje živiš ili ideš u školu.
level-privacy-photo-learned = Prije nego što objaviš fotografiju, potraži ploče s imenom ulice, kućne brojeve, logotipe škola i oznake lokacije.
level-privacy-photo-hint-1 = Pogledaj i pozadinu, ne samo sebe i psa.
level-privacy-photo-hint-2 = Imena ulica, kućni brojevi i logotipi škola pokazuju nepoznatima gdje te pronaći.
level-privacy-photo-hint-3 = Ploča s imenom ulice iza tebe jedan je trag. Ima ih još tri.

privacy-photo-photo = Fotografija: ja i moj pas u vrtu
privacy-photo-photo-reason = Fotografiju s ljubimcem možeš podijeliti s prijateljima. Samo provjeri što je još na njoj.
privacy-photo-sign = Iza nas: ploča s ulicom, „Javorova ulica“
privacy-photo-sign-reason = Ploča svima govori u kojoj ulici živiš. Fotografiraj se ondje gdje nema ploča.
privacy-photo-door = Na vratima: kućni broj 12
privacy-photo-door-reason = Uz ime ulice broj pokazuje točno tvoju kuću. Neka ne bude na fotografiji.
privacy-photo-shirt = Moja majica s logotipom škole „Hrastik“
privacy-photo-shirt-reason = Logotip pokazuje u koju školu ideš. Nepoznati bi znali gdje si svaki dan.
privacy-photo-caption = Opis: Sunčana subota s Rexom!
privacy-photo-caption-reason = Ime psa smiješ podijeliti. Samo ga nikad ne koristi kao lozinku.
privacy-photo-location = Oznaka lokacije: Javorova ulica 12
privacy-photo-location-reason = Oznaka svima daje tvoju punu adresu. Isključi oznake lokacije.
privacy-photo-comment = Komentar od Brune: Sladak pas!
privacy-photo-comment-reason = Lijep komentar prijatelja je u redu. Ništa ne otkriva.

## Level 4: questions that ask for too much

level-privacy-stranger-asks-title = Tko to želi znati?
level-privacy-stranger-asks-instruction = Svaki put odaberi najbolji odgovor.
level-privacy-stranger-asks-learned = Uvijek smiješ reći „ne“. Školu, ulicu i brojeve prijatelja zadrži za sebe. Ako netko i dalje pita, reci odrasloj osobi.
level-privacy-stranger-asks-hint-1 = Razmisli: tko će vidjeti moj odgovor i što bi s njim mogao učiniti?
level-privacy-stranger-asks-hint-2 = Tvoji podaci i brojevi tvojih prijatelja tvoji su da ih čuvaš. Uvijek smiješ reći „ne“.
level-privacy-stranger-asks-hint-3 = Igra i dalje radi kad joj ne dopustiš pristup kontaktima.

privacy-stranger-asks-school = SkyRider9, prijatelj s interneta kojeg ne poznaješ uživo, pita: „U koju školu ideš?“
privacy-stranger-asks-school-tell = Reci mu, a zatim to reci i odrasloj osobi.
privacy-stranger-asks-school-tell-reason = Dobro je reći odrasloj osobi, ali sada SkyRider9 zna tvoju školu. Nemoj je uopće dijeliti.
privacy-stranger-asks-school-town = Reci mu samo svoj grad.
privacy-stranger-asks-school-town-reason = Tvoj grad i dalje je trag gdje si. Zadrži i njega za sebe.
privacy-stranger-asks-school-say-no = Reci „ne“ i javi odrasloj osobi.
privacy-stranger-asks-school-say-no-reason = Bravo! Možeš odbiti na prijateljski način. Odrasla osoba može pomoći ako SkyRider9 i dalje pita.
privacy-stranger-asks-contacts = Dok igraš, igra pita: „Dopustiti igri Block Builders pristup tvojim kontaktima?“
privacy-stranger-asks-contacts-allow = Dodirni „Dopusti“ da brzo pronađeš prijatelje.
privacy-stranger-asks-contacts-allow-reason = Tvoji kontakti su brojevi drugih ljudi. Igra bi ih dobila bez pitanja tih ljudi.
privacy-stranger-asks-contacts-not-now = Dodirni „Ne dopusti“. Igra i dalje radi.
privacy-stranger-asks-contacts-not-now-reason = Točno! Brojevi tvojih kontakata nisu tvoji da ih dijeliš. Prijatelje možeš dodati po imenu u igri.
privacy-stranger-asks-contacts-allow-then-delete = Dopusti, pa poslije obriši cijelu igru.
privacy-stranger-asks-contacts-allow-then-delete-reason = Kad igra jednom ima brojeve, brisanje igre ne vraća ih natrag.
privacy-stranger-asks-quiz = Zabavni kviz kaže: „Tvoje ime superjunaka = tvoja ulica + tvoja škola!“
privacy-stranger-asks-quiz-skip = Preskoči ga ili igraj s izmišljenim riječima.
privacy-stranger-asks-quiz-skip-reason = Dobro razmišljanje! Ulica i škola pokazuju gdje te pronaći. Izmišljene riječi jednako su zabavne.
privacy-stranger-asks-quiz-post = Napiši svoje pravo ime superjunaka u komentare.
privacy-stranger-asks-quiz-post-reason = Sada svi znaju tvoju ulicu i školu. Zajedno pokazuju gdje te pronaći.
privacy-stranger-asks-quiz-send-friend = Pošalji ga samo jednom prijatelju u poruci.
privacy-stranger-asks-quiz-send-friend-reason = Poruke se mogu proslijediti. Zadrži svoje prave odgovore za sebe.

## Level 5: before you post a photo

level-privacy-before-posting-title = Spremno za objavu?
level-privacy-before-posting-instruction = Želiš objaviti fotografiju. Je li ovo dobar korak prije objave ili bolje ne?
level-privacy-before-posting-learned = Prije objave provjeri ima li na fotografiji tragova, pitaj ljude na njoj i odaberi samo prijatelje. Ne dodaj oznaku lokacije.
level-privacy-before-posting-hint-1 = Razmisli: kad je objavljena, tko bi mogao vidjeti fotografiju i što bi mogao saznati?
level-privacy-before-posting-hint-2 = Dobri koraci drže tragove i nepoznate podalje i pitaju ljude na fotografiji. Rizični šire fotografiju ili to gdje si.
level-privacy-before-posting-hint-3 = Oznaku lokacije treba izostaviti.

privacy-bin-do = Učini to
privacy-bin-dont = Bolje ne

privacy-before-posting-clues = Provjeri ima li na fotografiji ploča i kućnih brojeva.
privacy-before-posting-clues-reason = Dobro! Izreži ih ili odaberi drugu fotografiju da nitko ne sazna gdje živiš.
privacy-before-posting-location = Dodaj oznaku lokacije da te prijatelji pronađu.
privacy-before-posting-location-reason = Oznaka lokacije svima pokazuje gdje si. Ne dodaj je.
privacy-before-posting-ask = Pitaj sve na fotografiji slažu li se.
privacy-before-posting-ask-reason = To je i njihova fotografija. Objavi je samo ako kažu „da“.
privacy-before-posting-everyone = Objavi je za sve, za više lajkova.
privacy-before-posting-everyone-reason = Svi znači i nepoznati. Lajkovi nisu vrijedni toga.
privacy-before-posting-audience = Odaberi tko je vidi: samo prijatelji.
privacy-before-posting-audience-reason = Dobro! „Samo prijatelji“ drži nepoznate podalje.
privacy-before-posting-surprise = Objavi smiješnu fotografiju prijatelja kao iznenađenje.
privacy-before-posting-surprise-reason = Prvo pitaj. Prijatelj možda ne želi tu fotografiju na internetu.
