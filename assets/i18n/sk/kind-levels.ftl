# Svet „Kútik láskavosti“: byť milý na internete a čo robiť, keď niekto milý nie je.
# Jemný tón: vždy povedz, čo robiť, a že povedať to dospelému, ktorému dôveruješ, je dobré.

world-kind-corner = Kútik láskavosti

## Úroveň 1: milé odpovede

level-kind-reply-title = Povedz niečo milé
level-kind-reply-instruction = Zakaždým vyber najmilšiu odpoveď.
level-kind-reply-learned = Milé slová na internete robia ľuďom radosť. Skôr než niečo napíšeš, spýtaj sa: ako sa budú cítiť?
level-kind-reply-hint-1 = Predstav si, že si ten druhý. Aká odpoveď by ťa potešila?
level-kind-reply-hint-2 = Milá odpoveď je priateľská, úprimná a je o tom druhom, nie o tebe.
level-kind-reply-hint-3 = Pre Miu: otázka o jej kresbe ukáže, že ťa naozaj zaujala.

kind-reply-drawing-prompt = Tvoja kamarátka Mia zverejní kresbu svojej mačky. Čo napíšeš?
kind-reply-drawing-praise = Tie farby sú super! Ako si to nakreslila?
kind-reply-drawing-praise-reason = Milá a úprimná pochvala Miu poteší. Otázka ukáže, že ťa kresba naozaj zaujala.
kind-reply-drawing-brother = Môj malý brat vie kresliť oveľa lepšie ako ty.
kind-reply-drawing-brother-reason = Toto by Miu ranilo. Aj ako vtip jej pokazí radosť z jej práce.
kind-reply-drawing-mine = Pozri sa radšej na moju kresbu!
kind-reply-drawing-mine-reason = Mia chcela ukázať svoju kresbu. Táto odpoveď z toho robí rozhovor o tebe.

kind-reply-game-prompt = V online hre urobí tvoj spoluhráč Leo chybu. Váš tím prehrá.
kind-reply-game-blame = Prehrali sme kvôli tebe, Leo! Ďakujem pekne.
kind-reply-game-blame-reason = Chyby robí každý. Keď Lea obviníš pred tímom, bude mu veľmi zle.
kind-reply-game-kick = Vyhoďme Lea z tímu.
kind-reply-game-kick-reason = Vylúčiť niekoho pre jednu chybu nie je milé. Hry sú zábavnejšie, keď je vítaný každý.
kind-reply-game-cheer = Dobrý pokus, Leo! Nabudúce vyhráme.
kind-reply-game-cheer-reason = Priateľské slovo po prehre povzbudí celý tím. Je to len hra.

kind-reply-sad-prompt = Tvoja spolužiačka Ema napíše: „dnes ma nikto nemá rád“.
kind-reply-sad-drama = Nerob zo seba drámu.
kind-reply-sad-drama-reason = Ema ti hovorí, že je smutná. Táto odpoveď jej hovorí, že na jej pocitoch nezáleží.
kind-reply-sad-message = Napíšem Eme: „Si super! Porozprávame sa?“
kind-reply-sad-message-reason = Milá súkromná správa Eme ukáže, že na nej niekomu záleží. Ak vyzerá veľmi smutne, povedz to aj dospelému, ktorému dôveruješ.
kind-reply-sad-scroll = Prejdem ďalej. Jej rodičia to určite vyriešia.
kind-reply-sad-scroll-reason = Ema sa môže cítiť ešte osamelejšie a jej rodičia o tom možno nevedia. Pár milých slov od teba môže veľmi pomôcť.

## Úroveň 2: milé, alebo nemilé komentáre

kind-bin-kind = Milé
kind-bin-unkind = Nemilé

level-kind-comments-title = Milé, alebo nemilé?
level-kind-comments-instruction = Roztrieď každý komentár: je milý, alebo nemilý?
level-kind-comments-learned = Môžeš povedať, čo si myslíš, a pritom sa správať pekne. Zlé komentáre bolia, aj keď sú myslené ako vtip.
level-kind-comments-hint-1 = Čítaj každý komentár, akoby ho niekto napísal tebe.
level-kind-comments-hint-2 = Milé komentáre chvália, pomáhajú alebo slušne nesúhlasia. Nemilé doberajú alebo ponižujú.
level-kind-comments-hint-3 = Komentáre o tom, ako niekto vyzerá alebo sa hýbe, sú často nemilé, aj keď majú byť vtipom.

kind-comments-great-goal = Aký skvelý gól v tvojom videu!
kind-comments-great-goal-reason = Pochvala za niečo, čo sa niekomu podarilo, ho urobí hrdým. To je milé.
kind-comments-weird-hair = Na tejto fotke máš fakt divné vlasy.
kind-comments-weird-hair-reason = Komentáre o výzore môžu naozaj bolieť. Čo nepovieš do očí, to nepíš.
kind-comments-get-well = Nech sa čoskoro cítiš lepšie!
kind-comments-get-well-reason = Priať niekomu dobre ukazuje, že ti na ňom záleží. To je milé.
kind-comments-nobody-asked = Tvoj názor nikoho nezaujíma.
kind-comments-nobody-asked-reason = Toto niekomu hovorí, nech je ticho a že na ňom nezáleží. To je nemilé.
kind-comments-different-ending = Mne by sa páčil iný koniec, ale príbeh bol fajn!
kind-comments-different-ending-reason = Môžeš nesúhlasiť a aj tak sa správať pekne. Tento komentár je úprimný a priateľský.
kind-comments-penguin = Cha-cha, bežíš ako tučniak!
kind-comments-penguin-reason = Smiať sa z toho, ako sa niekto hýbe, je doberanie. Môže to bolieť, aj keď to bol vtip.
kind-comments-thanks-help = Vďaka, že si mi pomohol s úlohou!
kind-comments-thanks-help-reason = Poďakovanie poteší toho, kto pomohol. To je milé.

## Úroveň 3: keď ti niekto stále posiela zlé správy

level-kind-when-bullied-title = Zlé správy
level-kind-when-bullied-instruction = Niekto ti stále posiela zlé správy. Je toto dobré urobiť, alebo radšej nie?
level-kind-when-bullied-learned = Neodpovedaj, uchovaj dôkazy, zablokuj, nahlás a kedykoľvek to povedz dospelému, ktorému dôveruješ. Nikdy to nie je tvoja vina.
level-kind-when-bullied-hint-1 = Ktoré z týchto vecí zastavia správy, uchovajú dôkazy alebo ti prinesú pomoc?
level-kind-when-bullied-hint-2 = Dobré kroky uchovajú dôkazy, zastavia správy a prinesú ti pomoc. Oplácať alebo to tajiť nepomáha.
level-kind-when-bullied-hint-3 = Povedať to dospelému, ktorému dôveruješ, je vždy správne, kedykoľvek.

kind-bin-good-step = Dobré urobiť
kind-bin-not-step = Radšej nie

kind-when-bullied-no-reply = Neodpovedať na zlé správy.
kind-when-bullied-no-reply-reason = Zlé správy chcú reakciu. Keď neodpovieš, nedostanú nič.
kind-when-bullied-screenshot = Urobiť snímky obrazovky ako dôkaz.
kind-when-bullied-screenshot-reason = Dôkazy ukážu, čo sa stalo. Urob snímky pred zablokovaním: blokovanie môže správy skryť.
kind-when-bullied-hit-back = Poslať niečo zlé späť.
kind-when-bullied-hit-back-reason = Môže to veci zhoršiť a dáva im to reakciu, ktorú chcú.
kind-when-bullied-block = Zablokovať toho človeka.
kind-when-bullied-block-reason = Potom ti zlé správy prestanú chodiť.
kind-when-bullied-tell = Povedať to dospelému a ukázať mu ich.
kind-when-bullied-tell-reason = Správne kedykoľvek: na začiatku, na konci aj medzi tým. Nikdy to nemusíš zvládať bez pomoci.
kind-when-bullied-secret = Nechať si to pre seba a dúfať, že to prestane.
kind-when-bullied-secret-reason = Nemusíš to zvládať bez pomoci. Povedz to dospelému, ktorému dôveruješ. Nikdy to nie je tvoja vina.
kind-when-bullied-report = Nahlásiť ho v aplikácii.
kind-when-bullied-report-reason = Aplikácia ho môže varovať alebo zastaviť. Tvoje snímky obrazovky pomôžu.
kind-when-bullied-delete-all = Hneď vymazať všetky správy.
kind-when-bullied-delete-all-reason = Potom sú dôkazy preč. Najprv urob snímky, potom zablokuj a nahlás.

## Úroveň 4: keď vidíš, že sa s niekým zle zaobchádza

level-kind-bystander-title = Zastaň sa
level-kind-bystander-instruction = Vidíš, že sa s niekým zle zaobchádza. Vyber, čo je najlepšie urobiť.
level-kind-bystander-learned = Nepridávaj sa. Správaj sa k tomu človeku pekne a povedz to dospelému, ktorému dôveruješ. Veľmi to pomôže.
level-kind-bystander-hint-1 = Mysli na toho, s kým sa zle zaobchádza. Čo by mu pomohlo?
level-kind-bystander-hint-2 = Pridať sa alebo mlčať nepomáha. Láskavosť a privolanie pomoci áno.
level-kind-bystander-hint-3 = Filipovi môže jednoduché pozvanie zlepšiť deň.

kind-bystander-chat-prompt = V triednom skupinovom chate si niektoré deti stále robia žarty z Jakuba.
kind-bystander-chat-join = Pošlem tiež smajlíka, čo sa smeje.
kind-bystander-chat-join-reason = Aj jeden smejúci sa smajlík znamená pridať sa. Jakub má potom pocit, že sú všetci proti nemu.
kind-bystander-chat-silent = Nič nepoviem. Aj tak to uvidí nejaký učiteľ.
kind-bystander-chat-silent-reason = Učitelia nečítajú každý chat a Jakub si môže myslieť, že všetci súhlasia. Povedz to dospelému ty.
kind-bystander-chat-support = Napíšem Jakubovi milo a poviem dospelému.
kind-bystander-chat-support-reason = Milá správa Jakubovi ukáže, že nie je sám. Dospelý, ktorému dôveruješ, pomôže zastaviť doberanie.

kind-bystander-photo-prompt = Niekto zdieľa hlúpu fotku tvojej spolužiačky Zoje, aby sa jej smial.
kind-bystander-photo-share = Pošlem ju ďalším kamarátom.
kind-bystander-photo-share-reason = Každé zdieľanie fotku šíri ďalej a Zoji ublíži viac. Nikto by nemal zdieľať fotku niekoho, aby sa mu smial.
kind-bystander-photo-stop = Nahlásim ju a poviem to dospelému.
kind-bystander-photo-stop-reason = Pri tebe sa fotka zastaví. Nahlásenie môže zariadiť jej odstránenie a dospelý môže Zoji pomôcť.
kind-bystander-photo-like = Dám lajk, veď ho dali aj všetci ostatní.
kind-bystander-photo-like-reason = Lajk hovorí odosielateľovi, že fotka je vtipná. Môže ho povzbudiť, aby zverejnil ďalšie.

kind-bystander-game-prompt = Niektoré deti schválne nechávajú Filipa mimo online hry.
kind-bystander-game-invite = Pozvem Filipa, aby hral so mnou.
kind-bystander-game-invite-reason = Jednoduché pozvanie môže Filipovi zlepšiť deň. Ak ho budú vynechávať ďalej, povedz to dospelému, ktorému dôveruješ.
kind-bystander-game-along = Budem hrať bez neho. Ich hra, ich pravidlá.
kind-bystander-game-along-reason = Schválne niekoho vynechať bolí. Ak sa pridáš, Filip sa bude cítiť ešte osamelejší.
kind-bystander-game-pretend = Budem sa tváriť, že nič nevidím.
kind-bystander-game-pretend-reason = Pozerať sa inam je ľahké, ale Filip sa stále cíti vynechaný. Malý milý skutok mu môže pomôcť.

## Úroveň 5: triedny chat

level-kind-group-chat-title = Triedny chat
level-kind-group-chat-instruction = Ťukni na každú nemilú správu v tomto triednom chate.
level-kind-group-chat-learned = Posmievať sa, vynechávať, zdieľať fotky bez opýtania a smiať sa s ostatnými nie je milé. Nepridávaj sa.
level-kind-group-chat-hint-1 = Prečítaj každú správu. Ako by sa Samo cítil, keby ju čítal?
level-kind-group-chat-hint-2 = Nemilé správy sa niekomu posmievajú, vynechávajú ho alebo zdieľajú jeho fotku.
level-kind-group-chat-hint-3 = Dve z nemilých správ píše Boris.

kind-group-chat-trip = Mia: Kto sa teší na zajtrajší výlet?
kind-group-chat-trip-reason = Priateľská otázka pre celú triedu. Táto správa je v poriadku.
kind-group-chat-bottle = Leo: Ja! Nezabudnite si fľašu na vodu.
kind-group-chat-bottle-reason = Užitočná pripomienka pre všetkých. Táto správa je v poriadku.
kind-group-chat-shoes = Boris: Videli ste dnes Samove topánky? Hrôza lol
kind-group-chat-shoes-reason = Toto sa posmieva Samovi pred celou triedou. Nepridávaj sa a správaj sa k Samovi pekne.
kind-group-chat-laugh = Max: CHACHACHA (päť smejúcich sa smajlíkov)
kind-group-chat-laugh-reason = Smiať sa s ostatnými pridáva a zhoršuje doberanie. Nepridať sa je už lepšie.
kind-group-chat-homework = Filip: Pošle mi niekto stranu s úlohou?
kind-group-chat-homework-reason = Pýtať si pomoc s úlohou je v poriadku. Na to sú triedne chaty super.
kind-group-chat-photo = Boris: Pozrite! Fotka, ako Samo zakopne na školskom dvore.
kind-group-chat-photo-reason = Samo nesúhlasil so zdieľaním tejto fotky. Spýtaj sa, skôr než zdieľaš fotku niekoho iného, a o tejto povedz dospelému.
kind-group-chat-party = Ema: Párty u mňa! Sama nepozývajte.
kind-group-chat-party-reason = Povedať všetkým, nech Sama vynechajú, ho veľmi bolí. Nikto by nemal byť schválne vynechaný.
kind-group-chat-thanks = Zoja: Samo mi dnes pomohol s projektom. Vďaka, Samo!
kind-group-chat-thanks-reason = Poďakovať pred triedou je milé. Táto správa je v poriadku.
