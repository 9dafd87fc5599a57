# The "Share Safe" world, levels 2 and up. Item texts stay short (about 60 characters).
# People's names and numbers stay unchanged; the street and school are made up for Slovenian.

## Level 2: a game profile's settings (screen: profile)

level-privacy-profile-title = Lenin profil
level-privacy-profile-instruction = To je Lenin profil v igri. Tapni vsako nastavitev, ki deli preveč, da jo popraviš.
level-privacy-profile-learned = Profil naj bo samo za prijatelje. Uporabi izmišljeno ime v igri in risano sliko, lokacijo in številko pa obdrži zase.
level-privacy-profile-hint-1 = Preberi vsako vrstico. Bi neznanec s tem lahko našel Leno?
level-privacy-profile-hint-2 = Izmišljeno ime v igri in risana slika sta varna. Prava imena, kraji in številke niso.
level-privacy-profile-hint-3 = Poglej, kdo lahko vidi profil, in poglej telefonsko številko.

privacy-profile-visibility = Kdo vidi moj profil: Vsi
privacy-profile-visibility-reason = Vsi pomeni tudi neznanci. Nastavi na samo prijatelje.
privacy-profile-visibility-fixed = Kdo vidi moj profil: Samo prijatelji
privacy-profile-name = Prikazano ime: Lena Novak (polno ime)
privacy-profile-name-reason = Polno ime neznancem pomaga najti Leno. Izmišljeno ime v igri je dovolj.
privacy-profile-name-fixed = Prikazano ime: StarFox22 (ime v igri)
privacy-profile-game-name = Ime v igri: StarFox22
privacy-profile-game-name-reason = Izmišljeno ime v igri nikomur ne pove, kdo je Lena v resnici. Dobra izbira!
privacy-profile-avatar = Avatar: risana lisica
privacy-profile-avatar-reason = Risana slika ne pokaže Leninega obraza. To je varno.
privacy-profile-location = Deli mojo lokacijo: Vklopljeno
privacy-profile-location-reason = To ljudem pokaže, kje je Lena ravno zdaj. Pusti izklopljeno.
privacy-profile-location-fixed = Deli mojo lokacijo: Izklopljeno
privacy-profile-game = Najljubša igra: Block Builders
privacy-profile-game-reason = To igro ima rado veliko otrok. Nikomur ne pove, kje je Lena.
privacy-profile-phone = Telefonska številka: vidna vsem
privacy-profile-phone-reason = Neznanci bi lahko Leno klicali ali ji pisali. Telefonsko številko obdrži zase.
privacy-profile-phone-fixed = Telefonska številka: skrita

## Level 3: a photo post, described line by line (screen: post)

level-privacy-photo-title = Sončna fotografija
level-privacy-photo-instruction = Tapni vsak namig v tej objavi, ki pokaže, kje živiš ali hodiš v šolo.
level-privacy-photo-learned = Preden objaviš fotografijo, poišči table z imeni ulic, hišne številke, šolske logotipe in oznake lokacije.
level-privacy-photo-hint-1 = Poglej tudi ozadje, ne samo sebe in psa.
level-privacy-photo-hint-2 = Imena ulic, hišne številke in šolski logotipi neznancem pokažejo, kje te najdejo.
level-privacy-photo-hint-3 = Tabla z imenom ulice za tabo je en namig. Obstajajo še trije.

privacy-photo-photo = Fotografija: jaz in moj pes na vrtu
privacy-photo-photo-reason = Fotografijo sebe in ljubljenčka lahko deliš s prijatelji. Samo preveri, kaj je še na njej.
privacy-photo-sign = Za nama: tabla z imenom ulice, ‚Javorova ulica‘
privacy-photo-sign-reason = Tabla vsem pove, na kateri ulici živiš. Fotografiraj tam, kjer ni tabel.
privacy-photo-door = Na vratih: hišna številka 12
privacy-photo-door-reason = Skupaj z imenom ulice številka pokaže točno, kje živiš. Naj ne bo na fotografiji.
privacy-photo-shirt = Moja majica z logotipom OŠ Hrastje
privacy-photo-shirt-reason = Logotip pokaže, v katero šolo hodiš. Neznanci bi vedeli, kje si vsak dan.
privacy-photo-caption = Opis: Sončna sobota z Rexom!
privacy-photo-caption-reason = Ime tvojega psa lahko deliš. Le nikoli ga ne uporabi kot geslo.
privacy-photo-location = Oznaka lokacije: Javorova ulica 12
privacy-photo-location-reason = Oznaka vsem pove tvoj celoten naslov. Izklopi oznake lokacije.
privacy-photo-comment = Komentar od Bena: Luštkan pes!
privacy-photo-comment-reason = Prijazen komentar prijatelja je v redu. Ničesar ne izda.

## Level 4: questions that ask for too much (pick the best reply)

level-privacy-stranger-asks-title = Kdo bi rad vedel?
level-privacy-stranger-asks-instruction = Vsakič izberi najboljši odgovor.
level-privacy-stranger-asks-learned = Vedno lahko rečeš ne. Svojo šolo, ulico in številke prijateljev obdrži zase. Če nekdo kar naprej sprašuje, povej odrasli osebi.
level-privacy-stranger-asks-hint-1 = Premisli: kdo bo videl moj odgovor in kaj lahko z njim naredi?
level-privacy-stranger-asks-hint-2 = Tvoji podatki in številke tvojih prijateljev so tvoji, da jih obdržiš. Vedno lahko rečeš ne.
level-privacy-stranger-asks-hint-3 = Igra deluje tudi, če ji ne daš dostopa do stikov.

privacy-stranger-asks-school = SkyRider9, prijatelj s spleta, ki ga ne poznaš v živo, vpraša: „V katero šolo hodiš?“
privacy-stranger-asks-school-tell = Povem, potem pa to povem odrasli osebi.
privacy-stranger-asks-school-tell-reason = Povedati odrasli osebi je dobro, a zdaj SkyRider9 pozna tvojo šolo. Raje tega sploh ne deli.
privacy-stranger-asks-school-town = Povem samo kraj, kjer živim.
privacy-stranger-asks-school-town-reason = Tvoj kraj je še vedno namig, kje si. Tudi tega obdrži zase.
privacy-stranger-asks-school-say-no = Rečem ne in povem odrasli osebi.
privacy-stranger-asks-school-say-no-reason = Bravo! Ne lahko rečeš prijazno. Odrasla oseba lahko pomaga, če SkyRider9 kar naprej sprašuje.
privacy-stranger-asks-contacts = Med igranjem igra vpraša: „Dovoliš igri Block Builders dostop do stikov?“
privacy-stranger-asks-contacts-allow = Tapnem „Dovoli“, da hitro najdem prijatelje.
privacy-stranger-asks-contacts-allow-reason = Tvoji stiki so številke drugih ljudi. Igra bi jih dobila, ne da bi te ljudi vprašala.
privacy-stranger-asks-contacts-not-now = Tapnem „Ne dovoli“. Igra še vedno deluje.
privacy-stranger-asks-contacts-not-now-reason = Pravilno! Številke tvojih stikov niso tvoje, zato jih ne daj naprej. Prijatelje lahko dodaš po njihovem imenu v igri.
privacy-stranger-asks-contacts-allow-then-delete = Dovolim in pozneje kar izbrišem celo igro.
privacy-stranger-asks-contacts-allow-then-delete-reason = Ko ima igra številke enkrat, jih z brisanjem igre ne dobiš nazaj.
privacy-stranger-asks-quiz = Zabaven kviz pravi: „Tvoje ime superjunaka = tvoja ulica + tvoja šola!“
privacy-stranger-asks-quiz-skip = Preskočim ali se igram z izmišljenimi besedami.
privacy-stranger-asks-quiz-skip-reason = Dobro premišljeno! Tvoja ulica in šola pokažeta, kje te najdejo. Izmišljene besede so prav tako zabavne.
privacy-stranger-asks-quiz-post = Objavim svoje pravo ime superjunaka v komentarjih.
privacy-stranger-asks-quiz-post-reason = Zdaj vsi poznajo tvojo ulico in šolo. Skupaj pokažeta, kje te najdejo.
privacy-stranger-asks-quiz-send-friend = Pošljem ga samo enemu prijatelju v sporočilu.
privacy-stranger-asks-quiz-send-friend-reason = Sporočila se lahko pošljejo naprej. Svoje prave odgovore obdrži zase.

## Level 5: before you post a photo (sort: do it / better not)

level-privacy-before-posting-title = Pripravljeno za objavo?
level-privacy-before-posting-instruction = Želiš objaviti fotografijo. Je to dober korak pred objavo ali raje ne?
level-privacy-before-posting-learned = Pred objavo preveri fotografijo za namige, vprašaj ljudi na njej in izberi samo prijatelje. Oznake lokacije pusti izklopljene.
level-privacy-before-posting-hint-1 = Premisli: ko je fotografija objavljena, kdo jo lahko vidi in kaj lahko iz nje izve?
level-privacy-before-posting-hint-2 = Dobri koraki ne spustijo zraven namigov in neznancev ter vprašajo ljudi na fotografiji. Tvegani koraki razširijo fotografijo ali to, kje si.
level-privacy-before-posting-hint-3 = Oznako lokacije raje izpusti.

privacy-bin-do = Naredi
privacy-bin-dont = Raje ne

privacy-before-posting-clues = Preveri fotografijo za table in hišne številke.
privacy-before-posting-clues-reason = Dobro! Obreži jih ali izberi drugo fotografijo, da nihče ne ve, kje živiš.
privacy-before-posting-location = Dodaj oznako lokacije, da te prijatelji najdejo.
privacy-before-posting-location-reason = Oznaka lokacije vsem pokaže, kje si. Izpusti jo.
privacy-before-posting-ask = Vprašaj vse na fotografiji, ali je v redu.
privacy-before-posting-ask-reason = To je tudi njihova fotografija. Objavi jo samo, če rečejo da.
privacy-before-posting-everyone = Objavi jo za vse, da dobiš več všečkov.
privacy-before-posting-everyone-reason = Vsi pomeni tudi neznanci. Všečki niso vredni tega.
privacy-before-posting-audience = Izberi, kdo jo lahko vidi: samo prijatelji.
privacy-before-posting-audience-reason = Dobro! Samo prijatelji pomeni, da neznanci ostanejo zunaj.
privacy-before-posting-surprise = Za presenečenje objavi smešno fotografijo prijatelja.
privacy-before-posting-surprise-reason = Najprej vprašaj. Tvoj prijatelj morda noče te fotografije na spletu.
