# Maailm „Jaga turvaliselt“, tasemed 2 ja edasi. Inimesed, kohad ja mängud on välja mõeldud.
# Eesti keeles välja mõeldud tänav ja kool: Vahtra tänav, Tammiku kool.

## Tase 2: mänguprofiili seaded

level-privacy-profile-title = Lena profiil
level-privacy-profile-instruction = See on Lena mänguprofiil. Puuduta iga seadet, mis jagab liiga palju, et see parandada.
level-privacy-profile-learned = Hoia oma profiil ainult sõpradele. Kasuta välja mõeldud mängunime ja joonispilti ning hoia oma asukoht ja number endale.
level-privacy-profile-hint-1 = Loe iga rida. Kas võõras saaks selle abil Lena üles leida?
level-privacy-profile-hint-2 = Välja mõeldud mängunimi ja joonispilt on turvalised. Päris nimed, kohad ja numbrid mitte.
level-privacy-profile-hint-3 = Vaata, kes profiili näeb, ja vaata telefoninumbrit.

privacy-profile-visibility = Kes näeb mu profiili: Kõik
privacy-profile-visibility-reason = Kõik tähendab ka võõraid. Muuda see ainult sõpradele.
privacy-profile-visibility-fixed = Kes näeb mu profiili: Ainult sõbrad
privacy-profile-name = Näidatav nimi: Lena Schmidt (täisnimi)
privacy-profile-name-reason = Täisnimi aitab võõrastel Lena üles leida. Välja mõeldud mängunimest piisab.
privacy-profile-name-fixed = Näidatav nimi: StarFox22 (mängunimi)
privacy-profile-game-name = Mängunimi: StarFox22
privacy-profile-game-name-reason = Välja mõeldud mängunimi ei ütle kellelegi, kes Lena päriselt on. Hea valik!
privacy-profile-avatar = Avatar: joonisfilmi rebane
privacy-profile-avatar-reason = Joonispilt ei näita Lena nägu. See on turvaline.
privacy-profile-location = Jaga mu asukohta: sees
privacy-profile-location-reason = See näitab inimestele, kus Lena praegu on. Hoia see väljas.
privacy-profile-location-fixed = Jaga mu asukohta: väljas
privacy-profile-game = Lemmikmäng: Block Builders
privacy-profile-game-reason = See mäng meeldib paljudele lastele. See ei ütle kellelegi, kus Lena on.
privacy-profile-phone = Telefoninumber: näha kõigile
privacy-profile-phone-reason = Võõrad võiksid Lenale helistada või kirjutada. Hoia oma telefoninumber endale.
privacy-profile-phone-fixed = Telefoninumber: peidetud

## Tase 3: pildipostitus

level-privacy-photo-title = Päikeseline foto
level-privacy-photo-instruction = Puuduta selles postituses iga vihjet, mis näitab, kus sa elad või koolis käid.
level-privacy-photo-learned = Enne foto postitamist otsi tänavasilte, majanumbreid, koolilogosid ja asukohamärgiseid.
level-privacy-photo-hint-1 = Vaata ka tausta, mitte ainult ennast ja koera.
level-privacy-photo-hint-2 = Tänavanimed, majanumbrid ja koolilogod näitavad võõrastele, kust sind leida.
level-privacy-photo-hint-3 = Tänavasilt sinu taga on üks vihje. Neid on veel kolm.

privacy-photo-photo = Foto: mina ja mu koer aias
privacy-photo-photo-reason = Fotot sinust ja su lemmikloomast võib sõpradega jagada. Kontrolli ainult, mis sellel veel on.
privacy-photo-sign = Meie taga: tänavasilt „Vahtra tänav“
privacy-photo-sign-reason = Silt ütleb kõigile, millisel tänaval sa elad. Tee foto seal, kus silte pole.
privacy-photo-door = Uksel: majanumber 12
privacy-photo-door-reason = Koos tänavanimega näitab number täpselt su kodu. Jäta see fotolt välja.
privacy-photo-shirt = Minu T-särk Tammiku kooli logoga
privacy-photo-shirt-reason = Logo näitab, millises koolis sa käid. Võõrad teaksid, kus sa iga päev oled.
privacy-photo-caption = Pildiallkiri: Päikeseline laupäev Rexiga!
privacy-photo-caption-reason = Koera nime võib jagada. Ainult ära kasuta seda kunagi paroolina.
privacy-photo-location = Asukohamärgis: Vahtra tänav 12
privacy-photo-location-reason = Märgis annab kõigile su täpse aadressi. Lülita asukohamärgised välja.
privacy-photo-comment = Beni kommentaar: Armas koer!
privacy-photo-comment-reason = Sõbra lahke kommentaar on korras. See ei reeda midagi.

## Tase 4: küsimused, mis küsivad liiga palju

level-privacy-stranger-asks-title = Kes tahab teada?
level-privacy-stranger-asks-instruction = Vali iga kord parim vastus.
level-privacy-stranger-asks-learned = Sa võid alati öelda ei. Hoia oma kool, tänav ja sõprade numbrid endale. Kui keegi ikka küsib, räägi täiskasvanule.
level-privacy-stranger-asks-hint-1 = Mõtle: kes mu vastust näeb ja mida ta sellega teha saaks?
level-privacy-stranger-asks-hint-2 = Sinu andmed ja su sõprade numbrid on teie endi omad. Sa võid alati öelda ei.
level-privacy-stranger-asks-hint-3 = Mäng töötab ikka, kui ütled kontaktidele ei.

privacy-stranger-asks-school = SkyRider9, veebisõber, keda sa pole kunagi kohanud, küsib: „Mis koolis sa käid?“
privacy-stranger-asks-school-tell = Ütlen talle ja räägin pärast täiskasvanule.
privacy-stranger-asks-school-tell-reason = Täiskasvanule rääkimine on hea, aga nüüd teab SkyRider9 su kooli. Ära jaga seda üldse.
privacy-stranger-asks-school-town = Ütlen talle ainult oma linna.
privacy-stranger-asks-school-town-reason = Ka su linn on vihje, kus sa oled. Hoia ka see endale.
privacy-stranger-asks-school-say-no = Ütlen ei ja räägin täiskasvanule.
privacy-stranger-asks-school-say-no-reason = Tubli! Ei võib öelda sõbralikult. Täiskasvanu saab aidata, kui SkyRider9 ikka küsib.
privacy-stranger-asks-contacts = Mängimise ajal küsib mäng: „Kas lubada Block Buildersil su kontaktidele ligi pääseda?“
privacy-stranger-asks-contacts-allow = Puudutan „Luba“, et sõpru kiiresti leida.
privacy-stranger-asks-contacts-allow-reason = Su kontaktid on teiste inimeste numbrid. Mäng saaks need neilt küsimata.
privacy-stranger-asks-contacts-not-now = Puudutan „Ära luba“. Mäng töötab ikka.
privacy-stranger-asks-contacts-not-now-reason = Õige! Su kontaktide numbrid pole sinu ära anda. Sõpru saad lisada nende mängunimede järgi.
privacy-stranger-asks-contacts-allow-then-delete = Luban ja kustutan hiljem kogu mängu.
privacy-stranger-asks-contacts-allow-then-delete-reason = Kui mängul on numbrid juba olemas, ei too mängu kustutamine neid tagasi.
privacy-stranger-asks-quiz = Lõbus test ütleb: „Sinu supervõimeka kangelase nimi = su tänav + su kool!“
privacy-stranger-asks-quiz-skip = Jätan vahele või mängin välja mõeldud sõnadega.
privacy-stranger-asks-quiz-skip-reason = Hästi mõeldud! Su tänav ja kool näitavad, kust sind leida. Välja mõeldud sõnad on sama lõbusad.
privacy-stranger-asks-quiz-post = Postitan oma päris kangelasenime kommentaaridesse.
privacy-stranger-asks-quiz-post-reason = Nüüd teavad kõik su tänavat ja kooli. Koos näitavad need, kust sind leida.
privacy-stranger-asks-quiz-send-friend = Saadan selle sõnumiga ainult ühele sõbrale.
privacy-stranger-asks-quiz-send-friend-reason = Sõnumeid saab edasi saata. Hoia oma päris vastused endale.

## Tase 5: enne foto postitamist

level-privacy-before-posting-title = Valmis postitama?
level-privacy-before-posting-instruction = Tahad fotot postitada. Kas see on hea samm enne postitamist või parem mitte?
level-privacy-before-posting-learned = Enne postitamist kontrolli fotol vihjeid, küsi fotol olevatelt inimestelt ja vali ainult sõbrad. Hoia asukohamärgised väljas.
level-privacy-before-posting-hint-1 = Mõtle: kui foto on üleval, kes seda näha saab ja mida ta sellest teada saab?
level-privacy-before-posting-hint-2 = Head sammud hoiavad vihjed ja võõrad eemal ning küsivad fotol olevatelt. Riskantsed levitavad fotot või seda, kus sa oled.
level-privacy-before-posting-hint-3 = Asukohamärgis on asi, mille parem välja jätta.

privacy-bin-do = Tee seda
privacy-bin-dont = Parem mitte

privacy-before-posting-clues = Kontrolli fotol silte ja majanumbreid.
privacy-before-posting-clues-reason = Hea! Lõika need välja või vali teine foto, et keegi ei saaks teada, kus sa elad.
privacy-before-posting-location = Lisa asukohamärgis, et sõbrad sind leiaksid.
privacy-before-posting-location-reason = Asukohamärgis näitab kõigile, kus sa oled. Jäta see välja.
privacy-before-posting-ask = Küsi kõigilt fotol olevatelt, kas see sobib.
privacy-before-posting-ask-reason = See on ka nende foto. Postita see ainult siis, kui nad ütlevad jah.
privacy-before-posting-everyone = Postita see kõigile, et rohkem laike saada.
privacy-before-posting-everyone-reason = Kõik tähendab ka võõraid. Laigid pole seda väärt.
privacy-before-posting-audience = Vali, kes seda näeb: ainult sõbrad.
privacy-before-posting-audience-reason = Hea! Ainult sõbrad hoiab võõrad eemal.
privacy-before-posting-surprise = Postita üllatuseks sõbra naljakas foto.
privacy-before-posting-surprise-reason = Küsi enne. Su sõber ei pruugi seda fotot internetti tahta.
