# Maailm „Tehisintellekt ja mina“. Inimesed, rakendused ja kontod on välja mõeldud. Lühikesed kaarditekstid.

world-ai-and-me = Tehisintellekt ja mina

ai-bin-ok-to-ask = Võib küsida
ai-bin-good-use = Hea kasutus
ai-bin-not-ok = Pole okei

## Tase 2: mida vestlusrobotile rääkida

level-ai-what-to-tell-title = Vestlus vestlusrobotiga
level-ai-what-to-tell-instruction = Kas seda võib vestlusrobotilt küsida või peaksid selle endale hoidma?
level-ai-what-to-tell-learned = Küsi vestlusrobotilt maailma kohta, mitte enda kohta. Nimed, aadressid, fotod, paroolid ja saladused jäävad privaatseks.
level-ai-what-to-tell-hint-1 = Küsi endalt: kas see on maailma kohta või minu ja mu sõprade kohta?
level-ai-what-to-tell-hint-2 = Vestlusrobotit pidav ettevõte saab lugeda, mida sa kirjutad. Hoia endale kõik, mis näitab, kes sa oled.
level-ai-what-to-tell-hint-3 = Draakonijutu kohta võib küsida. Sinu aadressi kohta mitte.

ai-what-to-tell-volcano = Kuidas vulkaanid töötavad?
ai-what-to-tell-volcano-reason = Küsimus maailma kohta ei reeda midagi. Kontrolli vastust ka raamatust.
ai-what-to-tell-address = Sinu kodune aadress
ai-what-to-tell-address-reason = Vestlusrobot ei pea teadma, kus sa elad. Selle taga olev ettevõte saab lugeda, mida sa kirjutad.
ai-what-to-tell-name-school = Sinu täisnimi ja kool
ai-what-to-tell-name-school-reason = Koos ütlevad need igaühele, kes neid loeb, kes sa oled ja kust sind leida. Hoia need endale.
ai-what-to-tell-dragon = Ideid jutuks draakonist
ai-what-to-tell-dragon-reason = Ideede küsimine on okei. Siis tee jutt enda omaks.
ai-what-to-tell-password = Sinu parool, et ta selle meelde jätaks
ai-what-to-tell-password-reason = Vestlusrobot ei vaja kunagi sinu parooli. Hoia see endale ja täiskasvanule, kes sind sellega aitab.
ai-what-to-tell-face-photo = Foto sinu näost
ai-what-to-tell-face-photo-reason = Foto sinust on isiklik. Ära anna seda vestlusrobotitele ja küsi enne fotode jagamist täiskasvanult, keda usaldad.
ai-what-to-tell-perimeter = Mida tähendab „ümbermõõt“?
ai-what-to-tell-perimeter-reason = Sõna tähenduse küsimine on okei. Õpetaja saab vastuse koos sinuga üle kontrollida.
ai-what-to-tell-friend-secret = Saladus, mille sõber sulle rääkis
ai-what-to-tell-friend-secret-reason = See on sinu sõbra saladus. Seda pole sinu asi jagada, ei vestlusrobotiga ega kellegi teisega.

## Tase 1: õpeta robotit

level-ai-teach-the-robot-title = Õpeta robotit
level-ai-teach-the-robot-instruction = Sorteeri kaardid, et õpetada robotile, mis on kass. Siis testi teda.
level-ai-teach-the-robot-learned = Robot õpib ainult oma näidetest. Näita talle mitut sorti kasse, siis tunneb ta ära ka uued kassid.
level-ai-teach-the-robot-hint-1 = Vaata kasse, kellest robot õppis. Mille poolest on nad kõik sarnased?
level-ai-teach-the-robot-hint-2 = Iga kass, keda ta nägi, oli väike ja oranž. Ta vajab kasse, kes näevad välja teistmoodi.
level-ai-teach-the-robot-hint-3 = Lisa kass, kes on hall, suur või kohev.

## Tase 3: kindel, aga vale

level-ai-chatbot-sure-title = Kindel, aga vale
level-ai-chatbot-sure-instruction = Vestlusrobot kõlab väga kindlalt. Mida sa teed?
level-ai-chatbot-sure-learned = Vestlusrobot võib kõlada kindlalt ja ikkagi eksida. Kontrolli raamatust või usaldusväärselt saidilt või küsi täiskasvanult.
level-ai-chatbot-sure-hint-1 = Kas miski on tõsi ainult sellepärast, et see kõlab kindlalt?
level-ai-chatbot-sure-hint-2 = Kontrolli allikast, mis pole vestlusrobot.
level-ai-chatbot-sure-hint-3 = Ämbliku kohta: loodusraamat oskab sulle öelda.

ai-chatbot-sure-spider-prompt = Kodutöö jaoks küsid vestlusrobotilt: „Kas ämblik on putukas?“ Ta vastab: „Jah, ämblikud on putukad.“
ai-chatbot-sure-spider-copy = Kirjutan selle üles. See kõlab ju väga kindlalt.
ai-chatbot-sure-spider-copy-reason = Kindlalt kõlamine pole õigus olemine. Ämblikul on 8 jalga, putukal 6.
ai-chatbot-sure-spider-check = Kontrollin raamatust või usaldusväärselt lehelt
ai-chatbot-sure-spider-check-reason = Õige! Teine allikas näitab, et vestlusrobot eksis: ämblikud pole putukad.
ai-chatbot-sure-spider-ask-again = Küsin vestlusrobotilt: „Oled kindel?“
ai-chatbot-sure-spider-ask-again-reason = Ta võib lihtsalt jälle jah öelda. Kontrolli allikast, mis pole vestlusrobot.
ai-chatbot-sure-talk-prompt = Vestlusrobot annab sulle ettekande jaoks vapustava fakti. Sa ei leia seda kusagilt mujalt.
ai-chatbot-sure-talk-use-it = Kasutan seda: vestlusrobot teab asju, mida meie ei tea
ai-chatbot-sure-talk-use-it-reason = Vestlusrobotid võivad välja mõelda fakte, mis kõlavad tõeselt. Kui keegi teine seda ei ütle, jäta see välja.
ai-chatbot-sure-talk-leave-out = Jätan välja või küsin õpetajalt
ai-chatbot-sure-talk-leave-out-reason = Hea. Fakt, mida ei saa kontrollida, pole su ettekandeks valmis.
ai-chatbot-sure-talk-tell-friends = Räägin sõpradele, et see on tõsi
ai-chatbot-sure-talk-tell-friends-reason = Nii levib fakt, mida keegi pole kontrollinud. Kontrolli enne.

## Tase 4: miks just see video?

level-ai-why-this-video-title = Miks just see video?
level-ai-why-this-video-instruction = Uuri välja, miks rakendus näitab sulle seda, mida näitab.
level-ai-why-this-video-learned = Rakendused õpivad sellest, mida sa vaatad, mis sulle meeldib ja mida otsid. Otsi uusi asju ja anna rakendusele teada, mida sa ei taha.
level-ai-why-this-video-hint-1 = Mõtle, mida sa rakenduses varem tegid.
level-ai-why-this-video-hint-2 = Rakendus valib videoid selle järgi, mida sa vaatad, mis sulle meeldib ja mida otsid.
level-ai-why-this-video-hint-3 = Et näha teisi asju, näita rakendusele teisi asju, mis sulle meeldivad.

ai-why-this-video-cakes-prompt = Vaatasid kolm koogivideot lõpuni. Nüüd näitab su rakendus palju koogivideoid.
ai-why-this-video-cakes-everyone = Täna vaatab kogu maailm kooke
ai-why-this-video-cakes-everyone-reason = Vaevalt! Rakendus valib sulle videoid selle järgi, mida sina tegid.
ai-why-this-video-cakes-learned = Rakendus õppis sellest, mida sa vaatasid
ai-why-this-video-cakes-learned-reason = Õige. Rakendused valivad järgmise selle järgi, mida sa vaatad, mis sulle meeldib ja mida otsid.
ai-why-this-video-cakes-teacher = Sinu õpetaja ütles rakendusele, et sulle meeldivad koogid
ai-why-this-video-cakes-teacher-reason = Ei. Rakendus õppis seda sinu enda puudutustest ja vaatamistest.
ai-why-this-video-more-prompt = Tahad näha ka muud peale kookide. Mis aitab?
ai-why-this-video-more-search = Otsi uusi asju, puuduta „Ei huvita“
ai-why-this-video-more-search-reason = Jah! Rakendus õpib ka sellest. Paljudel rakendustel on nupp nagu „Ei huvita“.
ai-why-this-video-more-more-cakes = Vaata veel rohkem koogivideoid
ai-why-this-video-more-more-cakes-reason = See õpetab rakendusele, et tahad ainult kooke.
ai-why-this-video-more-scroll = Keri edasi: rakendus muutub varsti ise
ai-why-this-video-more-scroll-reason = Rakendus valib ikka selle järgi, mida sa varem tegid. Näita talle, mis sulle veel meeldib.
ai-why-this-video-feel-bad-prompt = Mingit sorti videod, mida rakendus sulle kogu aeg näitab, tekitavad sul enda pärast halva tunde.
ai-why-this-video-feel-bad-keep-watching = Vaata edasi, et millestki ilma ei jääks
ai-why-this-video-feel-bad-keep-watching-reason = Edasi vaatamine ütleb rakendusele, et näidata sulle seda veel. Lõpeta ja tee paus.
ai-why-this-video-feel-bad-share = Jaga neid sõpradega, et näha, kas nemad tunnevad sama
ai-why-this-video-feel-bad-share-reason = Nii levib halb tunne edasi. Lõpeta vaatamine ja räägi kellegagi, keda usaldad.
ai-why-this-video-feel-bad-stop-tell = Lõpeta ja räägi täiskasvanule
ai-why-this-video-feel-bad-stop-tell-reason = Hea. See, kuidas sa end tunned, on tähtsam kui rakendus. Täiskasvanu saab aidata muuta, mida see näitab.

## Tase 5: päris või tehisintellekti tehtud?

level-ai-fake-picture-title = Päris või tehisintellekti tehtud?
level-ai-fake-picture-instruction = Puuduta iga vihjet, et see pilt võib olla tehisintellekti tehtud või pole tõsi.
level-ai-fake-picture-learned = Tehisintellekt oskab teha pilte, mis näevad päris välja. Otsi vihjeid, kontrolli teistest allikatest ja küsi täiskasvanult, kui kahtled.
level-ai-fake-picture-hint-1 = Kas see pilt üllataks sind päriselus?
level-ai-fake-picture-hint-2 = Üllatav, liiga täiuslik, valed detailid ja surve kiiresti jagada: kõik need on vihjed.
level-ai-fake-picture-hint-3 = Loe bussi silti hoolikalt.

ai-fake-picture-account = Postitas: @pic_planet, täna kell 10.02
ai-fake-picture-account-reason = Nimi ja aeg üksi ei ütle, kas pilt on päris. Vaata pilti ennast.
ai-fake-picture-photo = Foto: pingviin, kes on koolibussi kõrgune
ai-fake-picture-photo-reason = Väga üllatavad pildid on vihje. Kontrolli, kas uudised või usaldusväärne sait näitavad seda ka.
ai-fake-picture-perfect = Kõik näeb sile ja täiuslik välja, nagu mänguasi
ai-fake-picture-perfect-reason = Tehisintellekti tehtud pildid võivad näida liiga täiuslikud. See on vihje, seega kontrolli enne, kui usud.
ai-fake-picture-sign = Bussi sildil on kirjas „KOLOIBUSS“
ai-fake-picture-sign-reason = Detailid, mis pole õiged, näiteks segamini tähed, on vihje, et pilt võib olla välja mõeldud.
ai-fake-picture-caption = Pildiallkiri: PÄRIS!!! Jaga, enne kui see kustutatakse!
ai-fake-picture-caption-reason = Surve kiiresti jagada on ohumärk. Päris uudised võivad oodata, kuni sa kontrollid.
ai-fake-picture-question = Kommentaar: Milline uudisteportaal seda näitab?
ai-fake-picture-question-reason = Hea küsimus! Teiste allikate kontrollimine on õige tegu.
ai-fake-picture-comment = Kommentaar: Pingviinid pole nii suured!
ai-fake-picture-comment-reason = See kommentaar kahtleb õigusega. Oma teadmiste kasutamine on hea kontroll.

## Tase 6: kas see on päriselt tema?

level-ai-voice-message-title = Kas see on päriselt tema?
level-ai-voice-message-instruction = Hääli ja videoid saab teha tehisintellektiga. Mida sa teed?
level-ai-voice-message-learned = Tehisintellekt oskab kopeerida hääli ja nägusid. Kui sõnum küsib koode, raha või kiiret klõpsu, kontrolli teist teed pidi ja räägi täiskasvanule.
level-ai-voice-message-hint-1 = Kas õige kõlaga hääl tõestab, kes räägib?
level-ai-voice-message-hint-2 = Kontrolli inimese käest teist teed pidi, mitte sõnumile vastates.
level-ai-voice-message-hint-3 = Laulja kohta: tema enda leht räägiks sellest ka.

ai-voice-message-cousin-prompt = Häälsõnum kõlab täpselt nagu su nõbu Leo: „Kaotasin telefoni! Saada mulle kiiresti oma vanemate pangakood!“
ai-voice-message-cousin-send = Saadan: Leo on pere ja kõlab mures
ai-voice-message-cousin-send-reason = Tehisintellekt saab häält kopeerida lühikesest klipist. Ja päris nõbu ei küsiks pangakoodi.
ai-voice-message-cousin-check = Kontrollin Leolt teist teed pidi
ai-voice-message-cousin-check-reason = Õige. Ära usalda ainult häält. Täiskasvanu saab helistada Leole numbril, mida ta teab.
ai-voice-message-cousin-delete-after = Saadan koodi, aga palun hiljem kustutada
ai-voice-message-cousin-delete-after-reason = Kui see on saadetud, pole see enam sinu kätes. Ära kunagi saada koode.
ai-voice-message-singer-prompt = Videos ütleb laulja Mila Star: „Klõpsa sellel lingil ja saad tasuta tahvelarvuti!“
ai-voice-message-singer-click = Klõpsan kiiresti, enne kui tahvlid otsa saavad
ai-voice-message-singer-click-reason = Kiirustamine on ohumärk. Selliseid videoid saab teha tehisintellektiga, et sind petta.
ai-voice-message-singer-check = Vaatan enne tema lehte ja uudiseid
ai-voice-message-singer-check-reason = Jah. Kui tema leht ja uudised seda ei ütle, on video võlts.
ai-voice-message-singer-aunt = Palun tädil minu eest sellel klõpsata
ai-voice-message-singer-aunt-reason = Probleem on lingis, ükskõik kes sellel klõpsab. Kontrolli enne ja näita siis täiskasvanule, miks.

## Tase 7: tehisintellekt aitab, sina otsustad

level-ai-you-decide-title = Tehisintellekt aitab, sina otsustad
level-ai-you-decide-instruction = Kas see on hea viis kasutada tehisintellekti koolis või pole okei?
level-ai-you-decide-learned = Tehisintellekt võib aidata sul õppida. Sina mõtled, kontrollid, mida see ütleb, ja järgid oma kooli reegleid.
level-ai-you-decide-hint-1 = Küsi: kes siin mõtleb, mina või tehisintellekt?
level-ai-you-decide-hint-2 = Tehisintellekti kasutamine mõistmiseks või harjutamiseks on hea. Selle töö enda omana esitamine pole.
level-ai-you-decide-hint-3 = Sõna selgitamise palumine on hea kasutus.

ai-you-decide-explain-word = Palu tal selgitada sõna, mida sa ei tea
ai-you-decide-explain-word-reason = Tehisintellekti kasutamine millestki arusaamiseks aitab sul õppida. Kontrolli, et see oleks mõistlik.
ai-you-decide-copy-story = Anna tema kirjutatud jutt enda omana ära
ai-you-decide-copy-story-reason = See pole sinu töö ja sa ei õpi midagi. Ütle ausalt, mida tehisintellekt tegi.
ai-you-decide-quiz = Palu temalt harjutamiseks viktoriiniküsimusi
ai-you-decide-quiz-reason = Tema küsimustega harjutamine võib aidata. Kontrolli vastuseid oma märkmetest.
ai-you-decide-whole-homework = Lase tal teha kogu su kodutöö
ai-you-decide-whole-homework-reason = Siis jätad vahele mõtlemise, mille jaoks kodutöö on. Proovi kõigepealt ise.
ai-you-decide-check-facts = Kontrolli tema fakte raamatust või usaldusväärselt saidilt
ai-you-decide-check-facts-reason = Tehisintellekt võib eksida. Kontrollimine on tark kasutaja tegu.
ai-you-decide-fake-photo = Tee klassikaaslasest naljakas võltsfoto
ai-you-decide-fake-photo-reason = Võltspildid päris inimestest võivad neile haiget teha. Ära kunagi kasuta tehisintellekti kellegi üle naermiseks.
ai-you-decide-own-words = Saa ideid ja kirjuta siis oma sõnadega
ai-you-decide-own-words-reason = Hea: ideed aitavad alustada ja töö on sinu oma.
ai-you-decide-against-rules = Kasuta seda, kui õpetaja ütles, et ei tohi
ai-you-decide-against-rules-reason = Sinu kool otsustab, millal tehisintellekti võib kasutada. Järgi selle reegleid.
