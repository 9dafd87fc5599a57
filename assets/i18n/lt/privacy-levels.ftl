# Pasaulis „Dalinkis saugiai“, 2 lygis ir toliau. Žmonės, vietos ir žaidimai išgalvoti.
# Gatvė ir mokykla išgalvotos lietuviškai (Klevų gatvė, Ąžuolyno mokykla).

## 2 lygis: žaidimo profilio nustatymai

level-privacy-profile-title = Linos profilis
level-privacy-profile-instruction = Tai Linos žaidimo profilis. Paliesk kiekvieną nustatymą, kuris atskleidžia per daug, kad jį pataisytum.
level-privacy-profile-learned = Tavo profilį turėtų matyti tik draugai. Naudok išgalvotą žaidimo vardą ir animacinį paveikslėlį, o buvimo vietą ir numerį laikyk privačiai.
level-privacy-profile-hint-1 = Perskaityk kiekvieną eilutę. Ar nepažįstamasis galėtų tuo pasinaudoti, kad rastų Liną?
level-privacy-profile-hint-2 = Išgalvotas žaidimo vardas ir animacinis paveikslėlis saugūs. Tikri vardai, vietos ir numeriai – ne.
level-privacy-profile-hint-3 = Pažiūrėk, kas gali matyti profilį, ir į telefono numerį.

privacy-profile-visibility = Kas gali matyti mano profilį: visi
privacy-profile-visibility-reason = Visi – tai ir nepažįstamieji. Nustatyk „tik draugai“.
privacy-profile-visibility-fixed = Kas gali matyti mano profilį: tik draugai
privacy-profile-name = Rodomas vardas: Lina Jonaitė (pilnas vardas)
privacy-profile-name-reason = Pilnas vardas padeda nepažįstamiesiems rasti Liną. Užtenka išgalvoto žaidimo vardo.
privacy-profile-name-fixed = Rodomas vardas: StarFox22 (žaidimo vardas)
privacy-profile-game-name = Žaidimo vardas: StarFox22
privacy-profile-game-name-reason = Išgalvotas žaidimo vardas niekam nepasako, kas iš tikrųjų yra Lina. Geras pasirinkimas!
privacy-profile-avatar = Avataras: animacinė lapė
privacy-profile-avatar-reason = Animacinis paveikslėlis nerodo Linos veido. Tai saugu.
privacy-profile-location = Bendrinti mano buvimo vietą: įjungta
privacy-profile-location-reason = Tai rodo žmonėms, kur Lina yra dabar. Laikyk išjungtą.
privacy-profile-location-fixed = Bendrinti mano buvimo vietą: išjungta
privacy-profile-game = Mėgstamiausias žaidimas: Block Builders
privacy-profile-game-reason = Šį žaidimą mėgsta daug vaikų. Jis niekam nepasako, kur yra Lina.
privacy-profile-phone = Telefono numeris: matomas visiems
privacy-profile-phone-reason = Nepažįstamieji galėtų Linai skambinti ar rašyti. Laikyk telefono numerį privačiai.
privacy-profile-phone-fixed = Telefono numeris: paslėptas

## 3 lygis: įrašas su nuotrauka, aprašytas eilutė po eilutės

level-privacy-photo-title = Saulėta nuotrauka
level-privacy-photo-instruction = Paliesk kiekvieną šio įrašo užuominą, kuri rodo, kur gyveni ar į kurią mokyklą eini.
level-privacy-photo-learned = Prieš skelbiant nuotrauką, ieškok gatvių lentelių, namų numerių, mokyklos logotipų ir vietos žymų.
level-privacy-photo-hint-1 = Pažiūrėk ir į foną, ne tik į save ir šunį.
level-privacy-photo-hint-2 = Gatvių pavadinimai, namų numeriai ir mokyklos logotipai rodo nepažįstamiesiems, kur tave rasti.
level-privacy-photo-hint-3 = Gatvės lentelė už tavęs – viena užuomina. Yra dar trys.

privacy-photo-photo = Nuotrauka: aš ir mano šuo sode
privacy-photo-photo-reason = Nuotrauka su augintiniu gali būti tinkama pasidalinti su draugais. Tik patikrink, kas dar joje matyti.
privacy-photo-sign = Už mūsų: gatvės lentelė „Klevų g.“
privacy-photo-sign-reason = Lentelė visiems pasako, kurioje gatvėje gyveni. Fotografuok ten, kur lentelių nėra.
privacy-photo-door = Ant durų: namo numeris 12
privacy-photo-door-reason = Kartu su gatvės pavadinimu numeris parodo tikslią tavo namų vietą. Palik jį už kadro.
privacy-photo-shirt = Mano marškinėliai su Ąžuolyno mokyklos logotipu
privacy-photo-shirt-reason = Logotipas rodo, į kurią mokyklą eini. Nepažįstamieji žinotų, kur esi kiekvieną dieną.
privacy-photo-caption = Antraštė: Saulėtas šeštadienis su Rex!
privacy-photo-caption-reason = Šuns vardu dalintis galima. Tik niekada nenaudok jo kaip slaptažodžio.
privacy-photo-location = Vietos žyma: Klevų g. 12
privacy-photo-location-reason = Žyma visiems atskleidžia visą tavo adresą. Išjunk vietos žymas.
privacy-photo-comment = Beno komentaras: Koks mielas šuo!
privacy-photo-comment-reason = Draugo malonus komentaras – viskas gerai. Jis nieko neišduoda.

## 4 lygis: klausimai, kurie prašo per daug

level-privacy-stranger-asks-title = Kas nori žinoti?
level-privacy-stranger-asks-instruction = Kiekvieną kartą pasirink geriausią atsakymą.
level-privacy-stranger-asks-learned = Visada gali pasakyti „ne“. Mokyklą, gatvę ir draugų numerius laikyk sau. Jei kas nors vis klausinėja, pasakyk suaugusiajam.
level-privacy-stranger-asks-hint-1 = Pagalvok: kas matys mano atsakymą ir ką galės su juo padaryti?
level-privacy-stranger-asks-hint-2 = Tavo duomenys ir draugų numeriai priklauso tik jums. Visada gali pasakyti „ne“.
level-privacy-stranger-asks-hint-3 = Žaidimas veikia ir tada, kai neleidi jam matyti kontaktų.

privacy-stranger-asks-school = SkyRider9, draugas iš interneto, kurio niekada nesutikai, klausia: „Į kurią mokyklą eini?“
privacy-stranger-asks-school-tell = Pasakau, paskui pasakau ir suaugusiajam.
privacy-stranger-asks-school-tell-reason = Pasakyti suaugusiajam gerai, bet dabar SkyRider9 žino tavo mokyklą. Geriau iš viso ja nesidalink.
privacy-stranger-asks-school-town = Pasakau tik savo miestą.
privacy-stranger-asks-school-town-reason = Tavo miestas irgi yra užuomina, kur esi. Laikyk jį privačiai.
privacy-stranger-asks-school-say-no = Sakau „ne“ ir pasakau suaugusiajam.
privacy-stranger-asks-school-say-no-reason = Šaunu! „Ne“ gali pasakyti draugiškai. Suaugęs žmogus padės, jei SkyRider9 vis klausinės.
privacy-stranger-asks-contacts = Tau žaidžiant, žaidimas klausia: „Leisti Block Builders pasiekti tavo kontaktus?“
privacy-stranger-asks-contacts-allow = Paliečiu „Leisti“, kad greit rasčiau draugų.
privacy-stranger-asks-contacts-allow-reason = Tavo kontaktai – tai kitų žmonių numeriai. Žaidimas juos gautų, nepaklausęs tų žmonių.
privacy-stranger-asks-contacts-not-now = Paliečiu „Neleisti“. Žaidimas veikia.
privacy-stranger-asks-contacts-not-now-reason = Teisingai! Kontaktų numeriai – ne tavo, kad juos atiduotum. Draugus gali pridėti pagal jų žaidimo vardus.
privacy-stranger-asks-contacts-allow-then-delete = Leidžiu, o vėliau ištrinu visą žaidimą.
privacy-stranger-asks-contacts-allow-then-delete-reason = Kai žaidimas jau turi numerius, jo ištrynimas jų nesugrąžina.
privacy-stranger-asks-quiz = Linksma viktorina sako: „Tavo superherojaus vardas = tavo gatvė + tavo mokykla!“
privacy-stranger-asks-quiz-skip = Praleidžiu ar rašau išgalvotus žodžius.
privacy-stranger-asks-quiz-skip-reason = Gerai sugalvojai! Gatvė ir mokykla rodo, kur tave rasti. Išgalvoti žodžiai – tokie pat linksmi.
privacy-stranger-asks-quiz-post = Parašau tikrą superherojaus vardą komentaruose.
privacy-stranger-asks-quiz-post-reason = Dabar visi žino tavo gatvę ir mokyklą. Kartu jos rodo, kur tave rasti.
privacy-stranger-asks-quiz-send-friend = Nusiunčiu tik vienam draugui žinute.
privacy-stranger-asks-quiz-send-friend-reason = Žinutes galima persiųsti. Tikrus atsakymus laikyk sau.

## 5 lygis: prieš skelbiant nuotrauką

level-privacy-before-posting-title = Galima skelbti?
level-privacy-before-posting-instruction = Nori paskelbti nuotrauką. Ar tai geras žingsnis prieš skelbiant, ar geriau ne?
level-privacy-before-posting-learned = Prieš skelbiant patikrink, ar nuotraukoje nėra užuominų, paklausk joje esančių žmonių ir pasirink „tik draugai“. Vietos žymas laikyk išjungtas.
level-privacy-before-posting-hint-1 = Pagalvok: kai nuotrauka bus paskelbta, kas galės ją matyti ir ką sužinoti?
level-privacy-before-posting-hint-2 = Geri žingsniai neįsileidžia užuominų ir nepažįstamųjų ir klausia žmonių nuotraukoje. Rizikingi išplatina nuotrauką ar tai, kur esi.
level-privacy-before-posting-hint-3 = Vietos žyma – tai, ką reikia palikti išjungtą.

privacy-bin-do = Daryk
privacy-bin-dont = Geriau ne

privacy-before-posting-clues = Patikrinti, ar nuotraukoje nėra lentelių ir namų numerių.
privacy-before-posting-clues-reason = Gerai! Apkirpk jas arba pasirink kitą nuotrauką, kad niekas nesužinotų, kur gyveni.
privacy-before-posting-location = Pridėti vietos žymą, kad draugai tave rastų.
privacy-before-posting-location-reason = Vietos žyma visiems rodo, kur esi. Palik ją išjungtą.
privacy-before-posting-ask = Paklausti visų nuotraukoje, ar jie sutinka.
privacy-before-posting-ask-reason = Tai ir jų nuotrauka. Skelbk tik tada, jei jie sutinka.
privacy-before-posting-everyone = Skelbti visiems, kad gautum daugiau patiktukų.
privacy-before-posting-everyone-reason = Visi – tai ir nepažįstamieji. Patiktukai to neverti.
privacy-before-posting-audience = Pasirinkti, kas gali matyti: tik draugai.
privacy-before-posting-audience-reason = Gerai! „Tik draugai“ neįsileidžia nepažįstamųjų.
privacy-before-posting-surprise = Siurprizu paskelbti juokingą draugo nuotrauką.
privacy-before-posting-surprise-reason = Pirma paklausk. Tavo draugas gali nenorėti, kad ta nuotrauka būtų internete.
