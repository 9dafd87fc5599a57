# Svět „AI a já“. Lidé, aplikace a účty jsou vymyšlené. Texty kartiček krátké.

world-ai-and-me = AI a já

ai-bin-ok-to-ask = Zeptat se můžeš
ai-bin-good-use = Dobré využití
ai-bin-not-ok = Není v pořádku

## Úroveň 2: co říct chatbotovi

level-ai-what-to-tell-title = Povídání s chatbotem
level-ai-what-to-tell-instruction = Můžeš se na tohle zeptat chatbota, nebo si to raději nechat pro sebe?
level-ai-what-to-tell-learned = Ptej se chatbota na svět, ne na sebe. Jména, adresy, fotky, hesla a tajemství zůstávají soukromé.
level-ai-what-to-tell-hint-1 = Zeptej se: je to o světě, nebo o mně a mých kamarádech?
level-ai-what-to-tell-hint-2 = Firma, která chatbota provozuje, může číst, co píšeš. Nech si pro sebe všechno, co ukazuje, kdo jsi.
level-ai-what-to-tell-hint-3 = Na příběh o drakovi se zeptat můžeš. Na tvoji adresu ne.

ai-what-to-tell-volcano = Jak fungují sopky?
ai-what-to-tell-volcano-reason = Otázka o světě nic neprozradí. Odpověď si ověř i v knize.
ai-what-to-tell-address = Tvoje adresa domů
ai-what-to-tell-address-reason = Chatbot nepotřebuje vědět, kde bydlíš. Firma za ním může číst, co píšeš.
ai-what-to-tell-name-school = Tvoje celé jméno a tvoje škola
ai-what-to-tell-name-school-reason = Dohromady prozradí každému, kdo je čte, kdo jsi a kde tě najít. Nech si je pro sebe.
ai-what-to-tell-dragon = Nápady na příběh o drakovi
ai-what-to-tell-dragon-reason = Ptát se na nápady je v pořádku. Pak z příběhu udělej svůj vlastní.
ai-what-to-tell-password = Tvoje heslo, aby si ho pamatoval
ai-what-to-tell-password-reason = Chatbot tvoje heslo nikdy nepotřebuje. Nech si ho pro sebe a pro dospělého, který ti s ním pomáhá.
ai-what-to-tell-face-photo = Fotka tvého obličeje
ai-what-to-tell-face-photo-reason = Tvoje fotka je osobní. Chatbotům ji nedávej, a než fotky sdílíš, zeptej se dospělého, kterému věříš.
ai-what-to-tell-perimeter = Co znamená „obvod“?
ai-what-to-tell-perimeter-reason = Ptát se, co znamená slovo, je v pořádku. Učitel nebo učitelka s tebou odpověď může zkontrolovat.
ai-what-to-tell-friend-secret = Tajemství, které ti svěřil kamarád
ai-what-to-tell-friend-secret-reason = Je to tajemství tvého kamaráda. Není tvoje, tak ho nesdílej s chatbotem ani s nikým jiným.

## Úroveň 1: nauč robota

level-ai-teach-the-robot-title = Nauč robota
level-ai-teach-the-robot-instruction = Roztřiď kartičky a nauč robota, co je kočka. Pak ho vyzkoušej.
level-ai-teach-the-robot-learned = Robot se učí jen ze svých příkladů. Ukaž mu hodně druhů koček a pozná i nové kočky.
level-ai-teach-the-robot-hint-1 = Podívej se na kočky, ze kterých se robot učil. V čem jsou si všechny podobné?
level-ai-teach-the-robot-hint-2 = Každá kočka, kterou viděl, byla malá a oranžová. Potřebuje kočky, které vypadají jinak.
level-ai-teach-the-robot-hint-3 = Přidej kočku, která je šedá, velká nebo chlupatá.

## Úroveň 3: jistě, ale špatně

level-ai-chatbot-sure-title = Jistě, ale špatně
level-ai-chatbot-sure-instruction = Chatbot zní hodně jistě. Co uděláš?
level-ai-chatbot-sure-learned = Chatbot může znít jistě, a přesto se plést. Ověř si to v knize nebo na důvěryhodném webu, nebo se zeptej dospělého.
level-ai-chatbot-sure-hint-1 = Je něco pravda jen proto, že to zní jistě?
level-ai-chatbot-sure-hint-2 = Ověř si to ve zdroji, který není chatbot.
level-ai-chatbot-sure-hint-3 = K pavoukovi: poradí ti kniha o přírodě.

ai-chatbot-sure-spider-prompt = Kvůli úkolu se ptáš chatbota: „Je pavouk hmyz?“ Odpoví: „Ano, pavouci jsou hmyz.“
ai-chatbot-sure-spider-copy = Napíšu si to. Zní to opravdu hodně jistě.
ai-chatbot-sure-spider-copy-reason = Znít jistě neznamená mít pravdu. Pavouci mají 8 nohou, hmyz má 6.
ai-chatbot-sure-spider-check = Ověřím si to v knize nebo na webu
ai-chatbot-sure-spider-check-reason = Správně! Jiný zdroj ukáže, že se chatbot spletl: pavouci nejsou hmyz.
ai-chatbot-sure-spider-ask-again = Zeptám se chatbota: „Opravdu to tak je?“
ai-chatbot-sure-spider-ask-again-reason = Možná zase řekne ano. Ověř si to ve zdroji, který není chatbot.
ai-chatbot-sure-talk-prompt = Chatbot ti dá úžasnou zajímavost do referátu. Nikde jinde ji nenajdeš.
ai-chatbot-sure-talk-use-it = Použiju ji: chatbot ví věci, které my nevíme
ai-chatbot-sure-talk-use-it-reason = Chatboti si umí vymyslet fakta, která zní skutečně. Když to nikdo jiný neříká, vynech to.
ai-chatbot-sure-talk-leave-out = Vynechám ji, nebo se zeptám učitele
ai-chatbot-sure-talk-leave-out-reason = Dobře. Fakt, který nejde ověřit, do referátu ještě nepatří.
ai-chatbot-sure-talk-tell-friends = Řeknu kamarádům, že je to pravda
ai-chatbot-sure-talk-tell-friends-reason = Tím se šíří fakt, který nikdo neověřil. Nejdřív ho ověř.

## Úroveň 4: proč zrovna tohle video?

level-ai-why-this-video-title = Proč zrovna tohle video?
level-ai-why-this-video-instruction = Zjisti, proč ti aplikace ukazuje to, co ukazuje.
level-ai-why-this-video-learned = Aplikace se učí z toho, co sleduješ, co se ti líbí a co hledáš. Hledej nové věci a dej aplikaci vědět, co nechceš.
level-ai-why-this-video-hint-1 = Přemýšlej, co se v aplikaci dělo předtím.
level-ai-why-this-video-hint-2 = Aplikace vybírá videa podle toho, co sleduješ, co se ti líbí a co hledáš.
level-ai-why-this-video-hint-3 = Když chceš vidět jiné věci, ukaž aplikaci jiné věci, které tě baví.

ai-why-this-video-cakes-prompt = Tři videa o dortech dokoukáš až do konce. Teď ti aplikace ukazuje spoustu videí o dortech.
ai-why-this-video-cakes-everyone = Dneska se celý svět dívá na dorty
ai-why-this-video-cakes-everyone-reason = To sotva! Aplikace ti vybírá videa podle toho, co děláš.
ai-why-this-video-cakes-learned = Aplikace se učí z toho, na co se díváš
ai-why-this-video-cakes-learned-reason = Správně. Aplikace podle toho, co sleduješ, co se ti líbí a co hledáš, vybírají, co přijde dál.
ai-why-this-video-cakes-teacher = Učitel aplikaci řekl, že máš dorty v oblibě
ai-why-this-video-cakes-teacher-reason = Ne. Aplikace se to naučila z tvých vlastních ťuknutí a zhlédnutí.
ai-why-this-video-more-prompt = Chceš vidět i něco jiného než dorty. Co pomůže?
ai-why-this-video-more-search = Hledat nové věci a ťuknout na „Nezajímá mě“
ai-why-this-video-more-search-reason = Ano! Aplikace se učí i z toho. Hodně aplikací má tlačítko jako „Nezajímá mě“.
ai-why-this-video-more-more-cakes = Koukat na ještě víc videí o dortech
ai-why-this-video-more-more-cakes-reason = Tím aplikaci naučíš, že chceš jen dorty.
ai-why-this-video-more-scroll = Scrollovat dál: aplikace se brzy změní úplně sama
ai-why-this-video-more-scroll-reason = Aplikace pořád vybírá podle toho, co se dělo dřív. Ukaž jí, co dalšího tě baví.
ai-why-this-video-feel-bad-prompt = Druh videí, které ti aplikace pořád ukazuje, ti kazí náladu a máš ze sebe špatný pocit.
ai-why-this-video-feel-bad-keep-watching = Dívat se dál, ať mi nic neuteče
ai-why-this-video-feel-bad-keep-watching-reason = Když se díváš dál, aplikace ti toho ukáže víc. Přestaň a dej si pauzu.
ai-why-this-video-feel-bad-share = Sdílet je s kamarády, jestli jim je taky zle
ai-why-this-video-feel-bad-share-reason = Tím se špatný pocit šíří dál. Přestaň se dívat a promluv si s někým, komu věříš.
ai-why-this-video-feel-bad-stop-tell = Přestat a říct to dospělému
ai-why-this-video-feel-bad-stop-tell-reason = Dobře. Jak se cítíš, je důležitější než aplikace. Dospělý ti může pomoct změnit, co ti ukazuje.

## Úroveň 5: skutečné, nebo od AI?

level-ai-fake-picture-title = Skutečné, nebo od AI?
level-ai-fake-picture-instruction = Ťukni na každou stopu, která ukazuje, že obrázek mohla udělat AI nebo že nemusí být pravdivý.
level-ai-fake-picture-learned = AI umí dělat obrázky, které vypadají skutečně. Hledej stopy, ověř si to v jiných zdrojích a zeptej se dospělého, když si nevíš rady.
level-ai-fake-picture-hint-1 = Překvapil by tě tenhle obrázek ve skutečném životě?
level-ai-fake-picture-hint-2 = Překvapivé, moc dokonalé, chybné detaily a tlak na rychlé sdílení: to všechno jsou stopy.
level-ai-fake-picture-hint-3 = Pozorně si přečti nápis na autobuse.

ai-fake-picture-account = Zveřejnil: @pic_planet, dnes v 10:02
ai-fake-picture-account-reason = Jméno a čas samy neřeknou, jestli je obrázek skutečný. Podívej se na obrázek samotný.
ai-fake-picture-photo = Fotka: tučňák vysoký jako školní autobus
ai-fake-picture-photo-reason = Hodně překvapivé obrázky jsou stopa. Podívej se, jestli ho ukazují i zprávy nebo důvěryhodný web.
ai-fake-picture-perfect = Všechno vypadá hladké a dokonalé jako hračka
ai-fake-picture-perfect-reason = Obrázky od AI můžou vypadat až moc dokonale. Je to stopa, tak si to ověř, než tomu uvěříš.
ai-fake-picture-sign = Na autobuse je nápis „ŠKLONÍ AUTBOUS“
ai-fake-picture-sign-reason = Detaily, které nesedí, třeba popletená písmena, jsou stopa, že obrázek může být vymyšlený.
ai-fake-picture-caption = Popisek: SKUTEČNÉ!!! Sdílej, než to smažou!
ai-fake-picture-caption-reason = Tlak na rychlé sdílení je varovný signál. Skutečné zprávy počkají, než si je ověříš.
ai-fake-picture-question = Komentář: Který zpravodajský web to má?
ai-fake-picture-question-reason = Dobrá otázka! Ověřovat v jiných zdrojích je správné.
ai-fake-picture-comment = Komentář: Tučňáci tak velcí nejsou!
ai-fake-picture-comment-reason = Tenhle komentář dobře pochybuje. Použít to, co víš, je dobrá kontrola.

## Úroveň 6: je to opravdu on?

level-ai-voice-message-title = Je to opravdu on?
level-ai-voice-message-instruction = Hlasy a videa se dají vyrobit pomocí AI. Co uděláš?
level-ai-voice-message-learned = AI umí napodobit hlasy i obličeje. Když zpráva chce kódy, peníze nebo rychlé kliknutí, ověř si to jinak a řekni to dospělému.
level-ai-voice-message-hint-1 = Dokazuje hlas, který zní správně, kdo mluví?
level-ai-voice-message-hint-2 = Ověř si to u toho člověka jinak, ne odpovědí na zprávu.
level-ai-voice-message-hint-3 = K zpěvačce: její vlastní stránka by o tom taky psala.

ai-voice-message-cousin-prompt = Hlasová zpráva zní přesně jako tvůj bratranec Leo: „Ztratil jsem mobil! Pošli mi rychle bankovní kód tvých rodičů!“
ai-voice-message-cousin-send = Pošlu ho: Leo je z rodiny a zní ustaraně
ai-voice-message-cousin-send-reason = AI umí napodobit hlas z krátké nahrávky. A skutečný bratranec by bankovní kód nechtěl.
ai-voice-message-cousin-check = Ověřím si to u Lea jinak, s dospělým
ai-voice-message-cousin-check-reason = Správně. Nevěř jen hlasu. Dospělý může Leovi zavolat na číslo, které zná.
ai-voice-message-cousin-delete-after = Pošlu kód, ale ať ho pak smaže
ai-voice-message-cousin-delete-after-reason = Jakmile je odeslaný, už ho nemáš v rukou. Kódy nikdy neposílej.
ai-voice-message-singer-prompt = Video ukazuje zpěvačku Milu Star, jak říká: „Klikni na tenhle odkaz a získej tablet zdarma!“
ai-voice-message-singer-click = Rychle kliknu, než tablety dojdou
ai-voice-message-singer-click-reason = Spěch je varovný signál. Taková videa se dají vyrobit pomocí AI, aby tě napálila.
ai-voice-message-singer-check = Nejdřív mrknu na její web a zprávy
ai-voice-message-singer-check-reason = Ano. Když to její web ani zprávy neříkají, je video falešné.
ai-voice-message-singer-aunt = Poprosím tetu, ať na to klikne místo mě
ai-voice-message-singer-aunt-reason = Problém je v odkazu, ať na něj klikne kdokoli. Nejdřív to ověř a pak dospělému ukaž proč.

## Úroveň 7: AI pomáhá, ty rozhoduješ

level-ai-you-decide-title = AI pomáhá, ty rozhoduješ
level-ai-you-decide-instruction = Je tohle dobrý způsob, jak použít AI do školy, nebo to není v pořádku?
level-ai-you-decide-learned = AI ti může pomoct se učit. Přemýšlíš ty, kontroluješ, co říká, a dodržuješ pravidla své školy.
level-ai-you-decide-hint-1 = Zeptej se: kdo tady přemýšlí, já, nebo AI?
level-ai-you-decide-hint-2 = Použít AI k pochopení nebo procvičení je dobré. Vydávat její práci za svou není.
level-ai-you-decide-hint-3 = Nechat si od ní vysvětlit slovo je dobré využití.

ai-you-decide-explain-word = Nechat si vysvětlit slovo, které neznáš
ai-you-decide-explain-word-reason = Když ti AI pomůže něčemu porozumět, učíš se. Zkontroluj, jestli to dává smysl.
ai-you-decide-copy-story = Odevzdat příběh od AI jako svůj
ai-you-decide-copy-story-reason = Není to tvoje práce a nic se nenaučíš. Řekni poctivě, co udělala AI.
ai-you-decide-quiz = Nechat si dát kvízové otázky na procvičení
ai-you-decide-quiz-reason = Procvičování s jejími otázkami může pomoct. Odpovědi si ověř ve svých poznámkách.
ai-you-decide-whole-homework = Nechat ji udělat celý domácí úkol
ai-you-decide-whole-homework-reason = Pak přeskočíš přemýšlení, kvůli kterému úkoly jsou. Zkus to nejdřív bez ní.
ai-you-decide-check-facts = Ověřit její fakta v knize nebo na důvěryhodném webu
ai-you-decide-check-facts-reason = AI se může mýlit. Ověřování je to, co dělá chytrý uživatel.
ai-you-decide-fake-photo = Udělat vtipnou falešnou fotku spolužáka
ai-you-decide-fake-photo-reason = Falešné obrázky skutečných lidí jim můžou ublížit. Nikdy nepoužívej AI k posmívání ostatním.
ai-you-decide-own-words = Získat nápady a pak psát vlastními slovy
ai-you-decide-own-words-reason = Dobře: nápady ti pomůžou začít a práce je tvoje.
ai-you-decide-against-rules = Použít ji, když ve škole řekli, že ne
ai-you-decide-against-rules-reason = Kdy se smí AI používat, rozhoduje tvoje škola. Dodržuj její pravidla.
