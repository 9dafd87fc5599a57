# Pasaulis „DI ir aš“: pokalbių robotai, iš pavyzdžių besimokantis DI, rekomendacijos, DI
# sukurti vaizdai ir balsai, DI naudojimas mokykloje. Elementų tekstai trumpi (iki ~60 ženklų).
# Žmonės, programėlės ir paskyros išgalvoti.

world-ai-and-me = DI ir aš

ai-bin-ok-to-ask = Galima klausti
ai-bin-good-use = Geras naudojimas
ai-bin-not-ok = Negerai

## 2 lygis: ką sakyti pokalbių robotui

level-ai-what-to-tell-title = Pokalbis su pokalbių robotu
level-ai-what-to-tell-instruction = Ar galima to klausti pokalbių roboto, ar geriau laikyti privačiai?
level-ai-what-to-tell-learned = Klausk pokalbių roboto apie pasaulį, ne apie save. Vardai, adresai, nuotraukos, slaptažodžiai ir paslaptys lieka privatūs.
level-ai-what-to-tell-hint-1 = Paklausk savęs: ar tai apie pasaulį, ar apie mane ir mano draugus?
level-ai-what-to-tell-hint-2 = Įmonė, valdanti pokalbių robotą, gali skaityti, ką rašai. Viską, kas rodo, kas tu esi, laikyk privačiai.
level-ai-what-to-tell-hint-3 = Klausti idėjų apie slibiną galima. Apie namų adresą – ne.

ai-what-to-tell-volcano = Kaip veikia ugnikalniai?
ai-what-to-tell-volcano-reason = Klausimas apie pasaulį nieko neišduoda. Atsakymą patikrink ir knygoje.
ai-what-to-tell-address = Tavo namų adresas
ai-what-to-tell-address-reason = Pokalbių robotui nereikia žinoti, kur gyveni. Už jo esanti įmonė gali skaityti, ką rašai.
ai-what-to-tell-name-school = Tavo vardas, pavardė ir mokykla
ai-what-to-tell-name-school-reason = Kartu jie pasako kiekvienam skaitančiajam, kas tu ir kur tave rasti. Laikyk juos privačiai.
ai-what-to-tell-dragon = Idėjos istorijai apie slibiną
ai-what-to-tell-dragon-reason = Prašyti idėjų galima. Paskui istoriją sukurk savaip.
ai-what-to-tell-password = Tavo slaptažodis, kad jis jį įsimintų
ai-what-to-tell-password-reason = Pokalbių robotui niekada nereikia tavo slaptažodžio. Laikyk jį sau ir suaugusiajam, kuris tau su juo padeda.
ai-what-to-tell-face-photo = Tavo veido nuotrauka
ai-what-to-tell-face-photo-reason = Tavo nuotrauka yra asmeninė. Nerodyk jos pokalbių robotams ir prieš dalijantis nuotraukomis paklausk suaugusiojo, kuriuo pasitiki.
ai-what-to-tell-perimeter = Ką reiškia „perimetras“?
ai-what-to-tell-perimeter-reason = Klausti, ką reiškia žodis, galima. Mokytojas ar mokytoja gali kartu su tavimi patikrinti atsakymą.
ai-what-to-tell-friend-secret = Paslaptis, kurią tau patikėjo draugas
ai-what-to-tell-friend-secret-reason = Tai tavo draugo paslaptis. Ne tau ja dalintis – nei su pokalbių robotu, nei su kuo nors kitu.

## 1 lygis: išmokyk robotą

level-ai-teach-the-robot-title = Išmokyk robotą
level-ai-teach-the-robot-instruction = Surūšiuok korteles ir išmokyk robotą, kas yra katė. Tada jį patikrink.
level-ai-teach-the-robot-learned = Robotas mokosi tik iš savo pavyzdžių. Parodyk jam įvairių kačių, ir jis atpažins naujas kates.
level-ai-teach-the-robot-hint-1 = Pažiūrėk į kates, iš kurių mokėsi robotas. Kuo jos visos panašios?
level-ai-teach-the-robot-hint-2 = Visos jo matytos katės buvo mažos ir oranžinės. Jam reikia kitaip atrodančių kačių.
level-ai-teach-the-robot-hint-3 = Pridėk pilką, didelę ar pūkuotą.

## 3 lygis: tikras, bet klysta

level-ai-chatbot-sure-title = Tvirtai sako, bet klysta
level-ai-chatbot-sure-instruction = Pokalbių robotas atrodo labai tikras. Ką darai?
level-ai-chatbot-sure-learned = Pokalbių robotas gali skambėti tvirtai ir vis tiek klysti. Patikrink knygoje ar patikimoje svetainėje arba paklausk suaugusiojo.
level-ai-chatbot-sure-hint-1 = Ar tvirtas tonas padaro ką nors tiesa?
level-ai-chatbot-sure-hint-2 = Patikrink šaltinyje, kuris nėra pokalbių robotas.
level-ai-chatbot-sure-hint-3 = Dėl voro: tau atsakys gamtos mokslų knyga.

ai-chatbot-sure-spider-prompt = Namų darbams klausi pokalbių roboto: „Ar voras yra vabzdys?“ Jis sako: „Taip, vorai yra vabzdžiai.“
ai-chatbot-sure-spider-copy = Užsirašau. Jis skamba labai tvirtai.
ai-chatbot-sure-spider-copy-reason = Tvirtas tonas dar nereiškia tiesos. Vorai turi 8 kojas, vabzdžiai – 6.
ai-chatbot-sure-spider-check = Patikrinu gamtos knygoje ar patikimoje svetainėje
ai-chatbot-sure-spider-check-reason = Teisingai! Kitas šaltinis rodo, kad pokalbių robotas klydo: vorai nėra vabzdžiai.
ai-chatbot-sure-spider-ask-again = Klausiu pokalbių roboto: „Ar tu tikras?“
ai-chatbot-sure-spider-ask-again-reason = Jis gali tiesiog vėl pasakyti „taip“. Patikrink šaltinyje, kuris nėra pokalbių robotas.
ai-chatbot-sure-talk-prompt = Pokalbių robotas tau pateikia nuostabų faktą pristatymui klasėje. Daugiau niekur jo nerandi.
ai-chatbot-sure-talk-use-it = Naudoju: robotas turbūt žino, ko mes nežinome
ai-chatbot-sure-talk-use-it-reason = Pokalbių robotai gali išgalvoti tikrai skambančius faktus. Jei niekas kitas to nesako, nenaudok.
ai-chatbot-sure-talk-leave-out = Nenaudoju arba paklausiu mokytojo
ai-chatbot-sure-talk-leave-out-reason = Gerai. Faktas, kurio negali patikrinti, dar netinka tavo pristatymui.
ai-chatbot-sure-talk-tell-friends = Sakau draugams, kad tai tiesa
ai-chatbot-sure-talk-tell-friends-reason = Taip skleidžiamas niekieno nepatikrintas faktas. Pirma patikrink.

## 4 lygis: kodėl šis vaizdo įrašas?

level-ai-why-this-video-title = Kodėl šis vaizdo įrašas?
level-ai-why-this-video-instruction = Išsiaiškink, kodėl programėlė tau rodo tai, ką rodo.
level-ai-why-this-video-learned = Programėlės mokosi iš to, ką žiūri, kas tau patinka ir ko ieškai. Ieškok naujų dalykų ir pasakyk programėlei, ko nenori.
level-ai-why-this-video-hint-1 = Pagalvok, ką anksčiau darei programėlėje.
level-ai-why-this-video-hint-2 = Programėlė parenka vaizdo įrašus pagal tai, ką žiūri, kas tau patinka ir ko ieškai.
level-ai-why-this-video-hint-3 = Kad pamatytum kitų dalykų, parodyk programėlei kitus dalykus, kurie tau patinka.

ai-why-this-video-cakes-prompt = Iki galo pažiūrėjai tris vaizdo įrašus apie tortus. Dabar programėlė rodo daugybę įrašų apie tortus.
ai-why-this-video-cakes-everyone = Šiandien visas pasaulis žiūri įrašus apie tortus
ai-why-this-video-cakes-everyone-reason = Vargu! Programėlė parenka įrašus tau pagal tai, ką darei.
ai-why-this-video-cakes-learned = Programėlė mokėsi iš to, ką žiūrėjai
ai-why-this-video-cakes-learned-reason = Teisingai. Programėlės pagal tai, ką žiūri, kas tau patinka ir ko ieškai, parenka, kas bus toliau.
ai-why-this-video-cakes-teacher = Mokytojas pasakė programėlei, kad mėgsti tortus
ai-why-this-video-cakes-teacher-reason = Ne. Programėlė tai išmoko iš tavo palietimų ir peržiūrų.
ai-why-this-video-more-prompt = Nori matyti ne tik tortus. Kas padeda?
ai-why-this-video-more-search = Ieškoti naujo ir paliesti „Nedomina“
ai-why-this-video-more-search-reason = Taip! Programėlė mokosi ir iš to. Daug programėlių turi mygtuką, panašų į „Nedomina“.
ai-why-this-video-more-more-cakes = Žiūrėti dar daugiau įrašų apie tortus
ai-why-this-video-more-more-cakes-reason = Taip programėlė išmoksta, kad nori tik tortų.
ai-why-this-video-more-scroll = Slinkti toliau: programėlė netrukus pasikeis pati
ai-why-this-video-more-scroll-reason = Programėlė ir toliau renkasi pagal tai, ką darei anksčiau. Parodyk jai, kas dar tau patinka.
ai-why-this-video-feel-bad-prompt = Tam tikri įrašai, kuriuos programėlė vis rodo, verčia tave jaustis blogai dėl savęs.
ai-why-this-video-feel-bad-keep-watching = Žiūrėti toliau, kad nieko nepraleistum
ai-why-this-video-feel-bad-keep-watching-reason = Kuo daugiau žiūri, tuo daugiau tokių programėlė rodo. Sustok ir padaryk pertrauką.
ai-why-this-video-feel-bad-share = Pasidalinti su draugais ir pažiūrėti, ar jiems irgi blogai
ai-why-this-video-feel-bad-share-reason = Taip blogas jausmas plinta. Nustok žiūrėti ir pasikalbėk su žmogumi, kuriuo pasitiki.
ai-why-this-video-feel-bad-stop-tell = Nustoti žiūrėti ir pasakyti suaugusiajam
ai-why-this-video-feel-bad-stop-tell-reason = Gerai. Kaip jautiesi, svarbiau už programėlę. Suaugęs žmogus gali padėti pakeisti, ką ji rodo.

## 5 lygis: tikra ar sukurta DI?

level-ai-fake-picture-title = Tikra ar sukurta DI?
level-ai-fake-picture-instruction = Paliesk kiekvieną užuominą, kad šį vaizdą galėjo sukurti DI arba kad jis gali būti netikras.
level-ai-fake-picture-learned = DI gali sukurti tikroviškai atrodančius vaizdus. Ieškok užuominų, tikrink kituose šaltiniuose ir klausk suaugusiojo, kai abejoji.
level-ai-fake-picture-hint-1 = Ar šis vaizdas nustebintų tave tikrame gyvenime?
level-ai-fake-picture-hint-2 = Stebinantis, per daug tobulas, su klaidingomis detalėmis ir spaudimu greit dalintis – visa tai užuominos.
level-ai-fake-picture-hint-3 = Atidžiai perskaityk užrašą ant autobuso.

ai-fake-picture-account = Paskelbė: @pic_planet, šiandien 10:02
ai-fake-picture-account-reason = Vardas ir laikas patys nepasako, ar vaizdas tikras. Žiūrėk į patį vaizdą.
ai-fake-picture-photo = Nuotrauka: pingvinas, aukštas kaip mokyklinis autobusas
ai-fake-picture-photo-reason = Labai stebinantys vaizdai – užuomina. Patikrink, ar naujienos ar patikima svetainė irgi tai rodo.
ai-fake-picture-perfect = Viskas atrodo glotnu ir tobula, kaip žaislas
ai-fake-picture-perfect-reason = DI sukurti vaizdai gali atrodyti per daug tobuli. Tai užuomina, tad patikrink prieš patikint.
ai-fake-picture-sign = Ant autobuso parašyta „MOKYLKINS ATUOBUSAS“
ai-fake-picture-sign-reason = Netikslios detalės, pavyzdžiui, sumaišytos raidės, yra užuomina, kad vaizdas gali būti išgalvotas.
ai-fake-picture-caption = Antraštė: TIKRA!!! Dalinkis, kol neištrynė!
ai-fake-picture-caption-reason = Spaudimas greitai dalintis – pavojaus ženklas. Tikros naujienos gali palaukti, kol patikrinsi.
ai-fake-picture-question = Komentaras: Kurioje naujienų svetainėje tai yra?
ai-fake-picture-question-reason = Geras klausimas! Tikrinti kituose šaltiniuose – teisingas sprendimas.
ai-fake-picture-comment = Komentaras: Pingvinai nebūna tokie dideli!
ai-fake-picture-comment-reason = Šis komentaras teisingai abejoja. Pasinaudoti tuo, ką žinai, – geras patikrinimas.

## 6 lygis: ar tikrai tai jis?

level-ai-voice-message-title = Ar tikrai tai tas žmogus?
level-ai-voice-message-instruction = Balsus ir vaizdo įrašus galima sukurti su DI. Ką darai?
level-ai-voice-message-learned = DI gali nukopijuoti balsus ir veidus. Jei žinutė prašo kodų, pinigų ar greito paspaudimo, patikrink kitu būdu ir pasakyk suaugusiajam.
level-ai-voice-message-hint-1 = Ar tinkamai skambantis balsas įrodo, kas kalba?
level-ai-voice-message-hint-2 = Pasitikrink su tuo žmogumi kitu būdu, o ne atsakant į žinutę.
level-ai-voice-message-hint-3 = Dėl dainininkės: jos pačios puslapis irgi tai sakytų.

ai-voice-message-cousin-prompt = Balso žinutė skamba lygiai kaip tavo pusbrolis Leonas: „Pamečiau telefoną! Greitai atsiųsk man tavo tėvų banko kodą!“
ai-voice-message-cousin-send = Siunčiu: Leonas – šeima ir atrodo išsigandęs
ai-voice-message-cousin-send-reason = DI gali nukopijuoti balsą iš trumpo įrašo. O tikras pusbrolis neprašytų banko kodo.
ai-voice-message-cousin-check = Su suaugusiuoju pasitikrinu Leoną kitaip
ai-voice-message-cousin-check-reason = Teisingai. Nepasitikėk vien balsu. Suaugęs žmogus gali paskambinti Leonui žinomu numeriu.
ai-voice-message-cousin-delete-after = Siunčiu kodą, bet paprašau paskui jį ištrinti
ai-voice-message-cousin-delete-after-reason = Kai jau išsiųsta, nebe tu tai valdai. Niekada nesiųsk kodų.
ai-voice-message-singer-prompt = Vaizdo įraše dainininkė Mila Star sako: „Spausk šią nuorodą ir gauk nemokamą planšetę!“
ai-voice-message-singer-click = Greit spaudžiu, kol planšečių dar yra
ai-voice-message-singer-click-reason = Skubinimas – pavojaus ženklas. Tokie įrašai gali būti sukurti su DI, kad tave apgautų.
ai-voice-message-singer-check = Tikrinu jos puslapį ir naujienas
ai-voice-message-singer-check-reason = Taip. Jei jos puslapis ir naujienos to nesako, įrašas netikras.
ai-voice-message-singer-aunt = Paprašau tetos paspausti už mane
ai-voice-message-singer-aunt-reason = Problema – pati nuoroda, kad ir kas ją spaustų. Pirma patikrink, tada parodyk suaugusiajam, kodėl.

## 7 lygis: DI padeda, tu sprendi

level-ai-you-decide-title = DI padeda, tu sprendi
level-ai-you-decide-instruction = Ar tai geras būdas naudoti DI mokykloje, ar negerai?
level-ai-you-decide-learned = DI gali padėti mokytis. Galvoji tu, tikrini, ką jis sako, ir laikaisi mokyklos taisyklių.
level-ai-you-decide-hint-1 = Paklausk: kas čia galvoja – aš ar DI?
level-ai-you-decide-hint-2 = Naudoti DI, kad suprastum ar pasipraktikuotum, gerai. Pateikti jo darbą kaip savo – ne.
level-ai-you-decide-hint-3 = Paprašyti paaiškinti žodį – geras naudojimas.

ai-you-decide-explain-word = Paprašyti paaiškinti nežinomą žodį
ai-you-decide-explain-word-reason = Naudoti DI, kad ką nors suprastum, padeda mokytis. Patikrink, ar tai turi prasmę.
ai-you-decide-copy-story = Atiduoti jo parašytą istoriją kaip savo
ai-you-decide-copy-story-reason = Tai ne tavo darbas, ir nieko neišmoksti. Sąžiningai pasakyk, ką padarė DI.
ai-you-decide-quiz = Paprašyti viktorinos klausimų pasipraktikuoti
ai-you-decide-quiz-reason = Praktika su jo klausimais gali padėti. Atsakymus patikrink savo užrašuose.
ai-you-decide-whole-homework = Leisti jam atlikti visus namų darbus už tave
ai-you-decide-whole-homework-reason = Tada praleidi mąstymą, dėl kurio ir skiriami namų darbai. Pirma pabandyk savarankiškai.
ai-you-decide-check-facts = Patikrinti jo faktus knygoje ar patikimoje svetainėje
ai-you-decide-check-facts-reason = DI gali klysti. Tikrinti – tai daro protingas naudotojas.
ai-you-decide-fake-photo = Sukurti juokingą netikrą klasės draugo nuotrauką
ai-you-decide-fake-photo-reason = Netikri tikrų žmonių vaizdai gali juos įskaudinti. Niekada nenaudok DI, kad iš ko nors šaipytumeisi.
ai-you-decide-own-words = Pasisemti idėjų, tada rašyti savais žodžiais
ai-you-decide-own-words-reason = Gerai: idėjos padeda pradėti, o darbas – tavo.
ai-you-decide-against-rules = Naudoti, kai mokytojas pasakė, kad negalima
ai-you-decide-against-rules-reason = Kada galima naudoti DI, sprendžia tavo mokykla. Laikykis jos taisyklių.
