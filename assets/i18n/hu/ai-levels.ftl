# The "AI and Me" world. Item texts stay short (about 60 characters at most). All people,
# apps and accounts are made up. The teach-the-robot cards are in training.ftl.

world-ai-and-me = A MI és én

ai-bin-ok-to-ask = Megkérdezhetem
ai-bin-good-use = Jó használat
ai-bin-not-ok = Nem rendben

## Level 2: what to tell a chatbot (sort)

level-ai-what-to-tell-title = Csevegés egy chatbottal
level-ai-what-to-tell-instruction = Megkérdezheted ezt egy chatbottól, vagy inkább tartsd meg magadnak?
level-ai-what-to-tell-learned = A chatbotot a világról kérdezd, ne magadról. A nevek, címek, fotók, jelszavak és titkok titokban maradnak.
level-ai-what-to-tell-hint-1 = Kérdezd meg magadtól: ez a világról szól, vagy rólam és a barátaimról?
level-ai-what-to-tell-hint-2 = A chatbotot működtető cég elolvashatja, amit beírsz. Tarts titokban mindent, ami elárulja, ki vagy.
level-ai-what-to-tell-hint-3 = A sárkányos történetről nyugodtan kérdezhetsz. A lakcímedről nem.

ai-what-to-tell-volcano = Hogyan működnek a vulkánok?
ai-what-to-tell-volcano-reason = Egy kérdés a világról semmit sem árul el. A választ könyvben is nézd meg.
ai-what-to-tell-address = A lakcímed
ai-what-to-tell-address-reason = Egy chatbotnak nem kell tudnia, hol laksz. A mögötte álló cég elolvashatja, amit beírsz.
ai-what-to-tell-name-school = A teljes neved és az iskolád
ai-what-to-tell-name-school-reason = Együtt bárkinek elárulják, aki olvassa, ki vagy, és hol talál meg. Tartsd őket titokban.
ai-what-to-tell-dragon = Ötletek egy sárkányos történethez
ai-what-to-tell-dragon-reason = Ötleteket kérni rendben van. Aztán a történetet írd meg a saját módodon.
ai-what-to-tell-password = A jelszavad, hogy megjegyezze
ai-what-to-tell-password-reason = Egy chatbotnak sosem kell a jelszavad. Tartsd meg magadnak és annak a felnőttnek, aki segít vele.
ai-what-to-tell-face-photo = Egy fotó az arcodról
ai-what-to-tell-face-photo-reason = Egy rólad készült fotó személyes. Ne add chatbotnak, és fotók megosztása előtt kérdezz meg egy megbízható felnőttet.
ai-what-to-tell-perimeter = Mit jelent a „kerület”?
ai-what-to-tell-perimeter-reason = Megkérdezni, mit jelent egy szó, rendben van. A tanárod ellenőrizheti veled a választ.
ai-what-to-tell-friend-secret = Egy titok, amit egy barátod mondott el
ai-what-to-tell-friend-secret-reason = Ez a barátod titka. Nem a te dolgod megosztani, se chatbottal, se mással.

## Level 1: teach the robot (train_robot)

level-ai-teach-the-robot-title = Tanítsd a robotot
level-ai-teach-the-robot-instruction = Válogasd szét a kártyákat, hogy megtanítsd a robotnak, mi a macska. Aztán teszteld.
level-ai-teach-the-robot-learned = A robot csak a példáiból tanul. Mutass neki sokféle macskát, és az új macskákat is felismeri.
level-ai-teach-the-robot-hint-1 = Nézd meg a macskákat, amelyekből a robot tanult. Miben hasonlítanak mind?
level-ai-teach-the-robot-hint-2 = Minden macska, amit látott, kicsi és vörös volt. Másmilyen macskák kellenek neki.
level-ai-teach-the-robot-hint-3 = Tegyél be egy szürke, nagy vagy bolyhos macskát.

## Level 3: sure, but wrong (pick the reply)

level-ai-chatbot-sure-title = Magabiztos, de téved
level-ai-chatbot-sure-instruction = Egy chatbot nagyon magabiztosnak tűnik. Mit teszel?
level-ai-chatbot-sure-learned = Egy chatbot lehet magabiztos, és mégis tévedhet. Nézz utána könyvben vagy megbízható webhelyen, vagy kérdezz meg egy felnőttet.
level-ai-chatbot-sure-hint-1 = Attól igaz valami, hogy magabiztosan hangzik?
level-ai-chatbot-sure-hint-2 = Ellenőrizd egy olyan forrással, amely nem a chatbot.
level-ai-chatbot-sure-hint-3 = A pókhoz: egy természettudományos könyv megmondja.

ai-chatbot-sure-spider-prompt = A házi feladathoz megkérdezel egy chatbotot: „A pók rovar?” Azt feleli: „Igen, a pókok rovarok.”
ai-chatbot-sure-spider-copy = Leírom. Nagyon magabiztosnak tűnik.
ai-chatbot-sure-spider-copy-reason = A magabiztosság nem jelenti, hogy igaza van. A póknak 8 lába van, a rovarnak 6.
ai-chatbot-sure-spider-check = Utánanézek könyvben vagy megbízható webhelyen
ai-chatbot-sure-spider-check-reason = Így van! Egy másik forrás megmutatja, hogy a chatbot tévedett: a pókok nem rovarok.
ai-chatbot-sure-spider-ask-again = Megkérdezem a chatbotot: „Biztos vagy benne?”
ai-chatbot-sure-spider-ask-again-reason = Lehet, hogy csak újra igent mond. Ellenőrizd egy olyan forrással, amely nem a chatbot.
ai-chatbot-sure-talk-prompt = Egy chatbot elképesztő tényt mond a kiselőadásodhoz. Máshol sehol sem találod.
ai-chatbot-sure-talk-use-it = Felhasználom: a chatbot biztos tud olyat, amit mi nem
ai-chatbot-sure-talk-use-it-reason = A chatbotok kitalálhatnak valódinak hangzó tényeket. Ha senki más nem mondja, hagyd ki.
ai-chatbot-sure-talk-leave-out = Kihagyom, vagy megkérdezem róla a tanáromat
ai-chatbot-sure-talk-leave-out-reason = Jó. Egy tény, amelyet nem tudsz ellenőrizni, nem való még az előadásodba.
ai-chatbot-sure-talk-tell-friends = Elmondom a barátaimnak, hogy igaz
ai-chatbot-sure-talk-tell-friends-reason = Így olyan tény terjed, amelyet senki sem ellenőrzött. Előbb nézz utána.

## Level 4: why this video? (pick the reply)

level-ai-why-this-video-title = Miért ez a videó?
level-ai-why-this-video-instruction = Derítsd ki, miért azt mutatja az app, amit mutat.
level-ai-why-this-video-learned = Az appok abból tanulnak, amit nézel, kedvelsz és keresel. Keress új dolgokat, és mondd meg az appnak, mit nem szeretnél.
level-ai-why-this-video-hint-1 = Gondold végig, mit csináltál korábban az appban.
level-ai-why-this-video-hint-2 = Az app abból választ videókat, amit nézel, kedvelsz és keresel.
level-ai-why-this-video-hint-3 = Hogy mást is láss, mutass az appnak más dolgokat, amiket szeretsz.

ai-why-this-video-cakes-prompt = Megnéztél három tortás videót a végéig. Most az appod rengeteg tortás videót mutat.
ai-why-this-video-cakes-everyone = Ma az egész világ tortákat néz
ai-why-this-video-cakes-everyone-reason = Nem valószínű! Az app abból választ neked videót, amit te csináltál.
ai-why-this-video-cakes-learned = Az app abból tanult, amit megnéztél
ai-why-this-video-cakes-learned-reason = Így van. Az appok abból választják a következőt, amit nézel, kedvelsz és keresel.
ai-why-this-video-cakes-teacher = A tanárod mondta meg az appnak, hogy szereted a tortát
ai-why-this-video-cakes-teacher-reason = Nem. Az app a saját koppintásaidból és nézéseidből tanulta meg.
ai-why-this-video-more-prompt = Nem csak tortákat akarsz látni. Mi segít?
ai-why-this-video-more-search = Újat keresek, koppintok a „Nem érdekel”-re
ai-why-this-video-more-search-reason = Igen! Ebből is tanul az app. Sok appban van „Nem érdekel”-féle gomb.
ai-why-this-video-more-more-cakes = Még több tortás videót nézek
ai-why-this-video-more-more-cakes-reason = Ez azt tanítja az appnak, hogy csak tortát akarsz.
ai-why-this-video-more-scroll = Tovább görgetek: az app hamarosan magától megváltozik
ai-why-this-video-more-scroll-reason = Az app továbbra is abból választ, amit korábban csináltál. Mutasd meg neki, mi mást szeretsz.
ai-why-this-video-feel-bad-prompt = Egy fajta videó, amit az app folyton mutat, rossz érzést kelt benned önmagaddal kapcsolatban.
ai-why-this-video-feel-bad-keep-watching = Tovább nézem, hogy semmiről ne maradjak le
ai-why-this-video-feel-bad-keep-watching-reason = Ha többet nézed, az app többet mutat belőle. Állj meg, és tarts szünetet.
ai-why-this-video-feel-bad-share = Megosztom a barátaimmal: nekik is rossz?
ai-why-this-video-feel-bad-share-reason = Így a rossz érzés terjed. Ne nézd tovább, és beszélj valakivel, akiben megbízol.
ai-why-this-video-feel-bad-stop-tell = Abbahagyom, és szólok egy felnőttnek
ai-why-this-video-feel-bad-stop-tell-reason = Jó. Fontosabb, hogy te hogy érzed magad, mint az app. Egy felnőtt segíthet megváltoztatni, mit mutat.

## Level 5: real or made by AI? (red flags on a photo post)

level-ai-fake-picture-title = Valódi vagy MI készítette?
level-ai-fake-picture-instruction = Koppints minden jelre, amely arra utal, hogy a képet MI készítette, vagy nem igaz.
level-ai-fake-picture-learned = A MI valódinak látszó képeket tud készíteni. Keress jeleket, nézd meg más forrásokban, és kérdezz meg egy felnőttet, ha bizonytalan vagy.
level-ai-fake-picture-hint-1 = Meglepne ez a kép a valóságban?
level-ai-fake-picture-hint-2 = A meglepő, a túl tökéletes, a hibás részletek és a sürgetés, hogy gyorsan oszd meg: mind jelek.
level-ai-fake-picture-hint-3 = Olvasd el figyelmesen a busz tábláját.

ai-fake-picture-account = Közzétette: @pic_planet, ma 10:02-kor
ai-fake-picture-account-reason = A név és az idő önmagában nem mondja meg, valódi-e a kép. Magát a képet nézd.
ai-fake-picture-photo = Fotó: egy iskolabusznyi pingvin
ai-fake-picture-photo-reason = A nagyon meglepő képek jelek. Nézd meg, a hírek vagy egy megbízható webhely is mutatja-e.
ai-fake-picture-perfect = Minden sima és tökéletes, mint egy játék
ai-fake-picture-perfect-reason = A MI által készített képek túl tökéletesnek tűnhetnek. Ez jel, ezért ellenőrizd, mielőtt elhiszed.
ai-fake-picture-sign = A busz tábláján ez áll: „ISKLOA BSUZ”
ai-fake-picture-sign-reason = A hibás részletek, például az összekevert betűk, arra utalnak, hogy a kép kitalált lehet.
ai-fake-picture-caption = Felirat: VALÓDI!!! Oszd meg, mielőtt törlik!
ai-fake-picture-caption-reason = A sürgetés, hogy gyorsan oszd meg, vészjel. Az igazi hír megvárja, amíg ellenőrzöd.
ai-fake-picture-question = Hozzászólás: Melyik hírportál írja ezt?
ai-fake-picture-question-reason = Jó kérdés! Más forrásokat ellenőrizni pont a helyes lépés.
ai-fake-picture-comment = Hozzászólás: A pingvinek nem ekkorák!
ai-fake-picture-comment-reason = Ez a hozzászólás jogosan kételkedik. Amit tudsz, azzal jól ellenőrizhetsz.

## Level 6: is it really them? (pick the reply)

level-ai-voice-message-title = Tényleg ő az?
level-ai-voice-message-instruction = Hangokat és videókat MI-vel is lehet készíteni. Mit teszel?
level-ai-voice-message-learned = A MI le tudja másolni a hangot és az arcot. Ha egy üzenet kódokat, pénzt vagy gyors kattintást kér, ellenőrizd másképp, és szólj egy felnőttnek.
level-ai-voice-message-hint-1 = Bizonyítja egy ismerős hang, hogy ki beszél?
level-ai-voice-message-hint-2 = Ellenőrizd másképp az illetővel, ne úgy, hogy válaszolsz az üzenetre.
level-ai-voice-message-hint-3 = Az énekesnőhöz: a saját oldala is megírná.

ai-voice-message-cousin-prompt = Egy hangüzenet pont úgy szól, mint az unokatestvéred, Levi: „Elvesztettem a telefonom! Küldd el gyorsan a szüleid bankkódját!”
ai-voice-message-cousin-send = Elküldöm: Levi családtag, és aggódónak tűnik
ai-voice-message-cousin-send-reason = A MI egy rövid felvételből le tudja másolni a hangot. És egy igazi unokatestvér nem kérne bankkódot.
ai-voice-message-cousin-check = Egy felnőttel másképp ellenőrzöm Levinél
ai-voice-message-cousin-check-reason = Így van. Ne csak a hangnak higgy. Egy felnőtt felhívhatja Levit azon a számon, amelyet ismer.
ai-voice-message-cousin-delete-after = Elküldöm a kódot, de megkérem, hogy utána törölje
ai-voice-message-cousin-delete-after-reason = Ha egyszer elküldted, már nem a te kezedben van. Soha ne küldj kódot.
ai-voice-message-singer-prompt = Egy videóban Mila Star énekesnő azt mondja: „Kattints erre a linkre, és nyerj egy ingyen táblagépet!”
ai-voice-message-singer-click = Gyorsan kattintok, mielőtt elfogynak a táblagépek
ai-voice-message-singer-click-reason = A sietség vészjel. Az ilyen videókat MI-vel is el lehet készíteni, hogy becsapjanak.
ai-voice-message-singer-check = Előbb megnézem a saját oldalát és a híreket
ai-voice-message-singer-check-reason = Igen. Ha a saját oldala és a hírek nem írják, a videó hamis.
ai-voice-message-singer-aunt = Megkérem a nagynénémet, hogy kattintson helyettem
ai-voice-message-singer-aunt-reason = A link a gond, akárki kattint rá. Előbb ellenőrizd, aztán mutasd meg a felnőttnek, miért.

## Level 7: AI helps, you decide (sort)

level-ai-you-decide-title = A MI segít, te döntesz
level-ai-you-decide-instruction = Jó módja ez a MI használatának az iskolában, vagy nincs rendben?
level-ai-you-decide-learned = A MI segíthet tanulni. A gondolkodást te végzed, ellenőrzöd, amit mond, és betartod az iskolád szabályait.
level-ai-you-decide-hint-1 = Kérdezd meg: ki gondolkodik itt, én vagy a MI?
level-ai-you-decide-hint-2 = A MI-t megértésre vagy gyakorlásra használni jó. A munkáját a sajátodként beadni nem.
level-ai-you-decide-hint-3 = Ha egy szót magyaráztatsz el vele, az jó használat.

ai-you-decide-explain-word = Megkéred, hogy magyarázzon el egy szót, amit nem ismersz
ai-you-decide-explain-word-reason = Ha a MI-vel megértesz valamit, az segít tanulni. Ellenőrizd, hogy van-e értelme.
ai-you-decide-copy-story = Beadsz egy általa írt történetet sajátodként
ai-you-decide-copy-story-reason = Ez nem a te munkád, és semmit sem tanulsz belőle. Légy őszinte abban, mit csinált a MI.
ai-you-decide-quiz = Kvízkérdéseket kérsz tőle gyakorláshoz
ai-you-decide-quiz-reason = A kérdéseivel gyakorolni segíthet. A válaszokat a jegyzeteidben ellenőrizd.
ai-you-decide-whole-homework = Megcsináltatod vele az összes házi feladatodat
ai-you-decide-whole-homework-reason = Így kimarad a gondolkodás, amiért a házi feladat van. Előbb próbáld meg magad.
ai-you-decide-check-facts = Könyvben vagy megbízható webhelyen ellenőrzöd a tényeit
ai-you-decide-check-facts-reason = A MI tévedhet. Az okos felhasználó ellenőriz.
ai-you-decide-fake-photo = Vicces hamis fotót készítesz egy osztálytársadról
ai-you-decide-fake-photo-reason = Valódi emberekről készült hamis képek bánthatják őket. Soha ne használd a MI-t arra, hogy kigúnyolj valakit.
ai-you-decide-own-words = Ötleteket kérsz, aztán a saját szavaiddal írsz
ai-you-decide-own-words-reason = Jó: az ötletek segítenek elkezdeni, és a munka a tiéd.
ai-you-decide-against-rules = Használod, pedig a tanárod megtiltotta
ai-you-decide-against-rules-reason = Az iskolád dönti el, mikor lehet MI-t használni. Tartsd be a szabályait.
