# Pasaulis „Gerumo kampelis“: būti maloniam internete ir ką daryti, kai kiti nemalonūs.
# Žmonės išgalvoti. Švelnus tonas: visada pasakyk, ką daryti, ir kad papasakoti suaugusiajam
# yra gerai.

world-kind-corner = Gerumo kampelis

## 1 lygis: malonūs atsakymai

level-kind-reply-title = Pasakyk ką nors malonaus
level-kind-reply-instruction = Kiekvieną kartą pasirink maloniausią atsakymą.
level-kind-reply-learned = Malonūs žodžiai internete žmonėms pakelia nuotaiką. Prieš skelbiant paklausk savęs: kaip jie jausis?
level-kind-reply-hint-1 = Įsivaizduok, kad esi kitas žmogus. Kokį atsakymą norėtum gauti?
level-kind-reply-hint-2 = Malonus atsakymas yra draugiškas, nuoširdus ir apie kitą žmogų, o ne apie tave.
level-kind-reply-hint-3 = Mijai: klausimas apie jos piešinį parodo, kad tikrai įsižiūrėjai.

kind-reply-drawing-prompt = Tavo draugė Mija paskelbia, kaip nupiešė savo katę. Ką parašai?
kind-reply-drawing-praise = Nuostabios spalvos! Kaip nupiešei?
kind-reply-drawing-praise-reason = Malonus ir nuoširdus pagyrimas nudžiugina Miją. Klausimas parodo, kad tikrai įsižiūrėjai.
kind-reply-drawing-brother = Mano mažasis brolis piešia daug geriau.
kind-reply-drawing-brother-reason = Tai įskaudintų Miją. Net juokais tai verčia ją blogai jaustis dėl savo darbo.
kind-reply-drawing-mine = Verčiau pažiūrėk į mano piešinį!
kind-reply-drawing-mine-reason = Mija norėjo pasidalinti savo piešiniu. Šis atsakymas pokalbį paverčia pokalbiu apie tave.

kind-reply-game-prompt = Internetiniame žaidime tavo komandos draugas Leonas suklysta. Jūsų komanda pralaimi.
kind-reply-game-blame = Dėl tavęs visi pralaimėjom, Leonai! Labai ačiū.
kind-reply-game-blame-reason = Visi klysta. Kaltinimai prieš visą komandą priverčia Leoną jaustis siaubingai.
kind-reply-game-kick = Išmeskim Leoną iš komandos.
kind-reply-game-kick-reason = Atstumti ką nors dėl vienos klaidos nemalonu. Žaidimai smagesni, kai visi laukiami.
kind-reply-game-cheer = Gerai bandei, Leonai! Kitą laimėsim.
kind-reply-game-cheer-reason = Draugiškas žodis po pralaimėjimo pakelia visos komandos nuotaiką. Tai tik žaidimas.

kind-reply-sad-prompt = Tavo klasės draugė Gabija parašo: „šiandien manęs niekas nemėgsta“.
kind-reply-sad-drama = Nedramatizuok.
kind-reply-sad-drama-reason = Gabija sako, kad jai liūdna. Šis atsakymas jai sako, kad jos jausmai nesvarbūs.
kind-reply-sad-message = Parašyti Gabijai: „Tu man patinki! Nori pasikalbėti?“
kind-reply-sad-message-reason = Maloni asmeninė žinutė parodo Gabijai, kad kažkam ji rūpi. Jei ji atrodo labai liūdna, pasakyk ir suaugusiajam, kuriuo pasitiki.
kind-reply-sad-scroll = Slinkti toliau. Jos tėvai susitvarkys.
kind-reply-sad-scroll-reason = Gabija gali pasijusti dar vienišesnė, o jos tėvai gali nežinoti. Keli tavo malonūs žodžiai gali labai padėti.

## 2 lygis: malonūs ar nemalonūs komentarai

kind-bin-kind = Malonu
kind-bin-unkind = Nemalonu

level-kind-comments-title = Malonu ar nemalonu?
level-kind-comments-instruction = Surūšiuok kiekvieną komentarą: jis malonus ar nemalonus?
level-kind-comments-learned = Gali pasakyti, ką galvoji, ir vis tiek būti geraširdiškas žmogus. Pikti komentarai skaudina, net juokais.
level-kind-comments-hint-1 = Perskaityk kiekvieną komentarą taip, lyg kas nors jį parašė tau.
level-kind-comments-hint-2 = Malonūs komentarai giria, padeda ar mandagiai nesutinka. Nemalonūs šaiposi ar žemina.
level-kind-comments-hint-3 = Komentarai apie tai, kaip kažkas atrodo ar juda, dažnai skaudina, net jei juokais.

kind-comments-great-goal = Koks puikus įvartis tavo vaizdo įraše!
kind-comments-great-goal-reason = Pagyrimas už tai, kas gerai padaryta, suteikia pasididžiavimo. Tai malonu.
kind-comments-weird-hair = Tavo plaukai šioje nuotraukoje atrodo labai keistai.
kind-comments-weird-hair-reason = Komentarai apie išvaizdą gali labai įskaudinti. Jei nepasakytum to į akis, nerašyk.
kind-comments-get-well = Greičiau pasveik!
kind-comments-get-well-reason = Linkėjimas kitam geros sveikatos rodo, kad tau jis rūpi. Tai malonu.
kind-comments-nobody-asked = Niekas neklausė tavo nuomonės.
kind-comments-nobody-asked-reason = Tai liepia kitam tylėti ir sako, kad jis nesvarbus. Tai nemalonu.
kind-comments-different-ending = Man labiau patiktų kita pabaiga, bet istorija smagi!
kind-comments-different-ending-reason = Gali nesutikti ir vis tiek būti malonus žmogus. Šis komentaras nuoširdus ir draugiškas.
kind-comments-penguin = Cha cha, bėgi kaip pingvinas!
kind-comments-penguin-reason = Juoktis iš to, kaip kažkas juda, – tai pašaipa. Ji gali skaudinti, net jei juokais.
kind-comments-thanks-help = Ačiū, kad padėjai su namų darbais!
kind-comments-thanks-help-reason = Padėka leidžia žmonėms jaustis gerai, kad padėjo. Tai malonu.

## 3 lygis: kai kažkas vis siunčia piktas žinutes

level-kind-when-bullied-title = Piktos žinutės
level-kind-when-bullied-instruction = Kažkas vis siunčia tau piktas žinutes. Ar tai verta daryti, ar geriau ne?
level-kind-when-bullied-learned = Neatsakinėk, išsaugok įrodymus, užblokuok, pranešk ir bet kada pasakyk suaugusiajam, kuriuo pasitiki. Tai niekada ne tavo kaltė.
level-kind-when-bullied-hint-1 = Kurie iš šių veiksmų sustabdo žinutes, išsaugo įrodymus ar atneša pagalbą?
level-kind-when-bullied-hint-2 = Geri žingsniai išsaugo įrodymus, sustabdo žinutes ir atneša pagalbą. Atsakyti tuo pačiu ar slėpti nepadeda.
level-kind-when-bullied-hint-3 = Pasakyti suaugusiajam, kuriuo pasitiki, visada teisinga, bet kuriuo metu.

kind-bin-good-step = Verta daryti
kind-bin-not-step = Geriau ne

kind-when-bullied-no-reply = Neatsakyti į piktas žinutes.
kind-when-bullied-no-reply-reason = Piktos žinutės nori reakcijos. Jei neatsakai, jos nieko negauna.
kind-when-bullied-screenshot = Daryti ekrano kopijas kaip įrodymus.
kind-when-bullied-screenshot-reason = Įrodymai rodo, kas nutiko. Ekrano kopijas daryk prieš blokuojant: blokavimas gali paslėpti žinutes.
kind-when-bullied-hit-back = Atsiųsti ką nors pikto atgal.
kind-when-bullied-hit-back-reason = Tai gali viską pabloginti ir duoda jiems norimą reakciją.
kind-when-bullied-block = Užblokuoti tą žmogų.
kind-when-bullied-block-reason = Tada piktos žinutės nebeateina.
kind-when-bullied-tell = Papasakoti suaugusiajam ir parodyti.
kind-when-bullied-tell-reason = Teisinga bet kada: pirmiausia, paskiausiai ar per vidurį. Su tuo niekada neturi tvarkytis be pagalbos.
kind-when-bullied-secret = Laikyti paslaptyje ir tikėtis, kad liausis.
kind-when-bullied-secret-reason = Tau nereikia su tuo susidoroti be kitų. Pasakyk suaugusiajam, kuriuo pasitiki. Tai niekada ne tavo kaltė.
kind-when-bullied-report = Pranešti apie jį programėlėje.
kind-when-bullied-report-reason = Programėlė gali įspėti ar sustabdyti tą žmogų. Tavo ekrano kopijos padeda.
kind-when-bullied-delete-all = Iškart ištrinti visas žinutes.
kind-when-bullied-delete-all-reason = Tada įrodymai dings. Pirma padaryk ekrano kopijas, tada užblokuok ir pranešk.

## 4 lygis: kai matai, kad su kitu elgiamasi blogai

level-kind-bystander-title = Neliki nuošalyje
level-kind-bystander-instruction = Matai, kad su kažkuo elgiamasi blogai. Pasirink geriausią veiksmą.
level-kind-bystander-learned = Neprisidėk. Elkis maloniai su tuo žmogumi ir pasakyk suaugusiajam, kuriuo pasitiki. Tai labai padeda.
level-kind-bystander-hint-1 = Pagalvok apie žmogų, su kuriuo elgiamasi blogai. Kas jam padėtų?
level-kind-bystander-hint-2 = Prisidėti ar tylėti nepadeda. Padeda gerumas ir pagalbos paieška.
level-kind-bystander-hint-3 = Domui paprastas pakvietimas gali praskaidrinti dieną.

kind-bystander-chat-prompt = Tavo klasės grupės pokalbyje keli vaikai vis šaiposi iš Nojaus.
kind-bystander-chat-join = Irgi nusiunčiu besijuokiantį veidelį.
kind-bystander-chat-join-reason = Net vienas besijuokiantis veidelis – tai prisidėjimas. Nojui atrodo, kad visi prieš jį.
kind-bystander-chat-silent = Nieko nesakau. Mokytojas vis tiek pamatys.
kind-bystander-chat-silent-reason = Mokytojai neskaito kiekvieno pokalbio, o Nojus gali manyti, kad visi sutinka. Tu papasakok suaugusiajam, kuriuo pasitiki.
kind-bystander-chat-support = Palaikau Nojų, pasakau suaugusiajam.
kind-bystander-chat-support-reason = Maloni žinutė parodo Nojui, kad jis ne vienas. Suaugęs žmogus, kuriuo pasitiki, gali padėti sustabdyti pašaipas.

kind-bystander-photo-prompt = Kažkas paskelbia juokingą tavo klasės draugės Ugnės nuotrauką, kad iš jos pasijuoktų.
kind-bystander-photo-share = Pasidalinu su daugiau draugų.
kind-bystander-photo-share-reason = Kiekvienas pasidalijimas išplatina nuotrauką toliau ir labiau skaudina Ugnę. Niekas neturėtų dalintis kito nuotrauka, kad iš jo juoktųsi.
kind-bystander-photo-stop = Pranešu ir pasakau suaugusiajam.
kind-bystander-photo-stop-reason = Nuotrauka sustoja ties tavimi. Pranešimas gali padėti ją pašalinti, o suaugęs žmogus gali padėti Ugnei.
kind-bystander-photo-like = Paspaudžiu „patinka“, nes visi kiti irgi paspaudė.
kind-bystander-photo-like-reason = „Patinka“ siuntėjui sako, kad nuotrauka juokinga. Tai gali paskatinti jį skelbti daugiau.

kind-bystander-game-prompt = Keli vaikai tyčia neįsileidžia Domo į internetinį žaidimą.
kind-bystander-game-invite = Pakviečiu Domą žaisti kartu.
kind-bystander-game-invite-reason = Paprastas pakvietimas gali praskaidrinti Domo dieną. Jei jį ir toliau atstums, pasakyk suaugusiajam, kuriuo pasitiki.
kind-bystander-game-along = Žaidžiu be jo. Jų žaidimas, jų taisyklės.
kind-bystander-game-along-reason = Tyčia atstumti ką nors skaudu. Jei tam pritari, Domas jaučiasi dar vienišesnis.
kind-bystander-game-pretend = Apsimetu, kad nemačiau.
kind-bystander-game-pretend-reason = Nusisukti lengva, bet Domas vis tiek jaučiasi atstumtas. Mažas malonus veiksmas gali jam padėti.

## 5 lygis: klasės grupės pokalbis

level-kind-group-chat-title = Klasės pokalbis
level-kind-group-chat-instruction = Paliesk kiekvieną nemalonią žinutę šiame klasės pokalbyje.
level-kind-group-chat-learned = Šaipytis, atstumti, dalintis nuotraukomis neklausus ir juoktis kartu – nemalonu. Neprisidėk.
level-kind-group-chat-hint-1 = Perskaityk kiekvieną žinutę. Kaip jaustųsi Matas, ją skaitydamas?
level-kind-group-chat-hint-2 = Nemalonios žinutės šaiposi iš kito, jį atstumia ar dalijasi jo nuotrauka.
level-kind-group-chat-hint-3 = Dvi nemalonias žinutes parašo Benas.

kind-group-chat-trip = Mija: Kas pasiruošęs rytojaus ekskursijai?
kind-group-chat-trip-reason = Draugiškas klausimas visai klasei. Ši žinutė tvarkinga.
kind-group-chat-bottle = Leonas: Aš! Nepamirškit vandens gertuvės.
kind-group-chat-bottle-reason = Naudingas priminimas visiems. Ši žinutė tvarkinga.
kind-group-chat-shoes = Benas: Matėt šiandien Mato batus? Tokie bjaurūs lol
kind-group-chat-shoes-reason = Tai pašaipa iš Mato prieš visą klasę. Neprisidėk ir elkis su Matu maloniai.
kind-group-chat-laugh = Maksas: CHA CHA CHA (penki besijuokiantys veideliai)
kind-group-chat-laugh-reason = Juokas kartu tik sustiprina pašaipas. Jau gerai, jei liksi nuošalyje.
kind-group-chat-homework = Domas: Gal kas atsiųs namų darbų puslapį?
kind-group-chat-homework-reason = Prašyti pagalbos dėl namų darbų – normalu. Klasės pokalbiai tam puikiai tinka.
kind-group-chat-photo = Benas: Žiūrėkit! Nuotrauka, kaip Matas kiemelyje suklumpa.
kind-group-chat-photo-reason = Matas nesutiko, kad ši nuotrauka būtų paskelbta. Prieš dalijantis kieno nors nuotrauka, paklausk, o apie šią pasakyk suaugusiajam.
kind-group-chat-party = Gabija: Vakarėlis pas mane! Matą nekvieskit.
kind-group-chat-party-reason = Liepti visiems atstumti Matą jį labai skaudina. Niekas neturėtų būti tyčia atstumtas.
kind-group-chat-thanks = Ugnė: Matas šiandien padėjo man su projektu. Ačiū, Matai!
kind-group-chat-thanks-reason = Padėkoti prieš klasę – malonu. Ši žinutė tvarkinga.
