# Pasaulis „Sukčių gaudytojai“: lygiai, kuriuose mokinys liečia pavojaus ženklus netikrame
# ekrane. Žmonės, įmonės, numeriai ir adresai išgalvoti: jie lieka nepakeisti.

world-scam-spotters = Sukčių gaudytojai

## 1 lygis: žinutė apie prizą

level-flags-prize-message-title = Netikėtas prizas?
level-flags-prize-message-instruction = Paliesk kiekvieną pavojaus ženklą šioje žinutėje.
level-flags-prize-message-learned = Netikėtas prizas iš nepažįstamojo – tai gudrybė, todėl niekada nesiųsk jam savo duomenų.
level-flags-prize-message-hint-1 = Lėtai perskaityk kiekvieną eilutę. Ar draugas taip rašytų?
level-flags-prize-message-hint-2 = Nepažįstamieji, netikėti prizai ir klausimai apie tave – pavojaus ženklai.
level-flags-prize-message-hint-3 = Pažiūrėk, kas atsiuntė. Žemiau yra dar du pavojaus ženklai.

flags-prize-message-sender = Nuo: nežinomas numeris
flags-prize-message-sender-reason = Šio numerio nepažįsti. Saugokis, kai tau rašo nepažįstamasis.
flags-prize-message-greeting = Labas!
flags-prize-message-greeting-reason = Draugiškas pasisveikinimas įprastas. Pats savaime jis nėra pavojaus ženklas.
flags-prize-message-prize = Sveikiname! Laimėjai naują planšetę!
flags-prize-message-prize-reason = Konkurso nebuvo, o prizas yra? Netikėtas prizas iš nepažįstamojo – gudrybė.
flags-prize-message-picture = Paveikslėlis: blizganti planšetė su raudonu kaspinu
flags-prize-message-picture-reason = Paveikslėlis pats savaime nėra pavojaus ženklas. Perskaityk ir žodžius aplink.
flags-prize-message-request = Kad jį gautum, atsiųsk mums savo vardą ir namų adresą.
flags-prize-message-request-reason = Niekada neduok savo namų adreso nepažįstamajam. Prieš atsakant paklausk suaugusiojo.
flags-prize-message-signoff = Geros dienos!
flags-prize-message-signoff-reason = Malonus atsisveikinimas įprastas. Vien gražūs žodžiai nepadaro žinutės nei geros, nei blogos.

## 2 lygis: netikras laiškas apie siuntinį

level-flags-parcel-email-title = Laiškas apie siuntinį
level-flags-parcel-email-instruction = Paliesk kiekvieną pavojaus ženklą šiame el. laiške.
level-flags-parcel-email-learned = Tikra įmonė niekada neprašo slaptažodžio el. laiške. Skubinimas – gudrybė.
level-flags-parcel-email-hint-1 = Perskaityk kiekvieną eilutę. Ar tai tikrai iš siuntinių įmonės?
level-flags-parcel-email-hint-2 = Netikri laiškai ateina iš keistų adresų, skubina ir prašo paslapčių.
level-flags-parcel-email-hint-3 = Pažiūrėk, kas atsiuntė, ir į nuorodą. Yra ir daugiau pavojaus ženklų.

flags-parcel-email-sender = Nuo: QuickBox Parcels <qb.help.2291@free-mail.example>
flags-parcel-email-sender-reason = Siuntinių įmonė rašo iš savo adreso. Tai tik nemokamas el. pašto adresas.
flags-parcel-email-subject = Tema: Nepavyko pristatyti jūsų siuntinio
flags-parcel-email-subject-reason = Kartais siuntinio tikrai nepavyksta pristatyti. Vien tema nėra pavojaus ženklas.
flags-parcel-email-greeting = Sveiki,
flags-parcel-email-greeting-reason = Paprastas pasisveikinimas įprastas. Pats savaime jis nėra pavojaus ženklas.
flags-parcel-email-urgency = Per 1 valandą sumokėk mažą mokestį, kitaip siuntinys grįš!
flags-parcel-email-urgency-reason = Sukčiai skubina, kad nesustotum pagalvoti. Tikra įmonė duoda laiko.
flags-parcel-email-link = Spausk čia: parcel-help.example/pay-now
flags-parcel-email-link-reason = Nuoroda veda į parcel-help, o ne į QuickBox. Paprašyk suaugusiojo patikrinti tikroje svetainėje.
flags-parcel-email-request = Tada įvesk slaptažodį ir kortelės numerį.
flags-parcel-email-request-reason = Jokiai siuntinių įmonei nereikia tavo slaptažodžio. Niekada neįvesk slaptažodžio ar kortelės numerio paspaudus nuorodą laiške.
flags-parcel-email-signoff = Ačiū, QuickBox komanda
flags-parcel-email-signoff-reason = Pasirašyti vardu įprasta. Bet bet kas gali įrašyti bet kokį vardą, todėl pažiūrėk ir į kitas eilutes.

## 3 lygis: netikra parduotuvė

level-flags-fake-shop-title = Super išpardavimas
level-flags-fake-shop-instruction = Paliesk kiekvieną pavojaus ženklą šiame parduotuvės puslapyje.
level-flags-fake-shop-learned = Patikrink parduotuvės adresą ir kainą ir niekada neduok slaptažodžio ar kortelės numerio pokalbyje.
level-flags-fake-shop-hint-1 = Pradėk nuo viršaus. Ar tikra parduotuvė darytų visa tai?
level-flags-fake-shop-hint-2 = Netikros parduotuvės kopijuoja tikrus pavadinimus, turi mažytes kainas ir skubina.
level-flags-fake-shop-hint-3 = Perskaityk adresą raidė po raidės: jame slepiasi skaičius. Žemiau yra dar trys pavojaus ženklai.

flags-fake-shop-address = jollyt0y-shop.example/super-sale
flags-fake-shop-address-reason = Įsižiūrėk: čia nulis, o ne raidė o. Netikros parduotuvės kopijuoja tikrų parduotuvių pavadinimus.
flags-fake-shop-welcome = Sveiki atvykę į Jollytoy!
flags-fake-shop-welcome-reason = Pasisveikinimo eilutė parduotuvės puslapyje įprasta. Pati savaime ji nėra pavojaus ženklas.
flags-fake-shop-picture = Paveikslėlis: žaidimų konsolė su dviem pulteliais
flags-fake-shop-picture-reason = Parduotuvės rodo paveikslėlius to, ką parduoda. Tai įprasta.
flags-fake-shop-price = Žaidimų konsolė: 99 % pigiau nei įprastai
flags-fake-shop-price-reason = Konsolė niekada nebūna tokia pigi. Per gera, kad būtų tiesa, kaina – gudrybė.
flags-fake-shop-countdown = Pasiūlymas baigiasi po 04:59!
flags-fake-shop-countdown-reason = Tiksintis laikrodis nori, kad skubėtum. Netikros parduotuvės skubina, kad nepatikrintum.
flags-fake-shop-delivery = Pristatymas trunka 3–5 dienas.
flags-fake-shop-delivery-reason = Parduotuvės nurodo, kiek trunka pristatymas. Tai įprasta.
flags-fake-shop-chat = Pokalbis: Atsiųsk mums čia slaptažodį ir kortelės numerį.
flags-fake-shop-chat-reason = Tikra parduotuvė niekada neprašo tavo slaptažodžio. Kortelių numeriai niekada nerašomi pokalbyje.

## 4 lygis: kurios nuorodos veda į Moonbank?

addr-brand-moonbank = Moonbank

level-addr-moonbank-title = Ar tikrai Moonbank?
level-addr-moonbank-instruction = Kiekvienoje nuorodoje paliesk dalį, kuri įvardija svetainę. Tada pasakyk, ar tai Moonbank svetainė.
level-addr-moonbank-learned = Nuorodos vardą skaityk nuo galo: galūnė prieš pat pirmąjį pavienį /, tada vardas prieš ją. Tai ir yra svetainė. Žodžiai prieš ją ar po / nieko neįrodo.
level-addr-moonbank-hint-1 = Surask nuorodoje pirmąjį pavienį /. Svetainės vardas baigiasi prieš pat jį.
level-addr-moonbank-hint-2 = Skaityk atgal nuo to /: pirma galūnė .example, tada vardas prieš ją. Kartu jie yra svetainė.
level-addr-moonbank-hint-3 = Trečia nuoroda veda į free-gifts.example. Žodis moonbank po / – tik puslapio pavadinimas.

## 5 lygis: panašios nuorodos

addr-brand-pixelpost = Pixelpost

level-addr-lookalike-title = Panašios nuorodos
level-addr-lookalike-instruction = Kiekvienoje nuorodoje paliesk dalį, kuri įvardija svetainę. Tada pasakyk, ar tai Pixelpost svetainė.
level-addr-lookalike-learned = Sukčiai slepia tikrą svetainę po @, prideda papildomų žodžių arba keičia raides panašiomis. Skaityk svetainę raidė po raidės.
level-addr-lookalike-hint-1 = Ar nuorodoje yra @? Svetainė eina po jo.
level-addr-lookalike-hint-2 = Skaityk svetainę raidė po raidės. Papildomas žodis ar keista raidė paverčia ją kita svetaine.
level-addr-lookalike-hint-3 = Pažiūrėk į i antroje nuorodoje: ji iš kitos abėcėlės. Dėl to tai kita svetainė.

## 6 lygis: ką daryti dėl gudrybės

level-scam-what-to-do-title = Ką darai?
level-scam-what-to-do-instruction = Iššoka kažkas keisto. Kiekvieną kartą pasirink geriausią veiksmą.
level-scam-what-to-do-learned = Jei žinutė skubina, atrodo keistai ar nori kortelės numerio, neliesk. Patikrink kitu būdu ir pasakyk suaugusiajam, kuriuo pasitiki.
level-scam-what-to-do-hint-1 = Geras detektyvas prieš ką nors liesdamas sustoja ir pagalvoja.
level-scam-what-to-do-hint-2 = Sukčiai skubina, naudojasi draugų paskyromis ir žada prizų. Prieš liečiant sustok.
level-scam-what-to-do-hint-3 = Kai draugo paskyra atsiunčia kažką keisto, pasitikrink su draugu kitu būdu.

scam-what-to-do-account-closed-prompt = Žinutė sako: „Tavo žaidimo paskyra bus uždaryta ŠIANDIEN! Paliesk čia, kad ją išgelbėtum: save-my-game.example“
scam-what-to-do-account-closed-tap-fast = Greitai paliečiu nuorodą, kad išgelbėčiau paskyrą.
scam-what-to-do-account-closed-tap-fast-reason = Skubinimas – gudrybė, kad nepagalvotum. Nuoroda gali pavogti tavo slaptažodį.
scam-what-to-do-account-closed-tell-adult = Neliečiu. Parodau suaugusiajam.
scam-what-to-do-account-closed-tell-adult-reason = Šaunu! Kartu galite patikrinti tikrame žaidime. Toks skubinimas – gudrybė.
scam-what-to-do-account-closed-reply = Atsakau ir klausiu, kas jie.
scam-what-to-do-account-closed-reply-reason = Atsakymas praneša sukčiui, kad kažkas skaito jo žinutes. Geriau visai neatsakyti.

scam-what-to-do-friend-link-prompt = Tavo draugo Mato paskyra staiga atsiunčia: „lol čia tu?? clip-watch.example/v/8812“
scam-what-to-do-friend-link-tap = Paliečiu. Tai nuo Mato, vadinasi, saugu.
scam-what-to-do-friend-link-tap-reason = Mato paskyra gali naudotis kažkas kitas. Sukčiai siunčia blogas nuorodas iš draugų paskyrų.
scam-what-to-do-friend-link-pass-on = Nusiunčiu ją ir kitiems draugams.
scam-what-to-do-friend-link-pass-on-reason = Tada ir jie gali ją paliesti. Niekada nesiųsk toliau nuorodos, dėl kurios abejoji.
scam-what-to-do-friend-link-grown-up-phone = Paliečiu, bet suaugusiojo telefone.
scam-what-to-do-friend-link-grown-up-phone-reason = Bloga nuoroda tokia pat bloga bet kuriame telefone ir gali prašyti slaptažodžio. Pirma pasitikrink su Matu.
scam-what-to-do-friend-link-ask-another-way = Pirma paklausiu Mato akis į akį.
scam-what-to-do-friend-link-ask-another-way-reason = Puiku! Paklausk Mato gyvai arba telefonu. Jei Matas jos nesiuntė, pasakyk suaugusiajam.

scam-what-to-do-won-phone-prompt = Iššokęs langas sako: „Laimėjai naują telefoną! Kad jį gautum, įvesk tėvų kortelės numerį.“
scam-what-to-do-won-phone-close-tell = Uždarau, pasakau suaugusiajam.
scam-what-to-do-won-phone-close-tell-reason = Teisingai! Tikram prizui niekada nereikia kortelės numerio. Suaugęs žmogus gali patikrinti, ar viskas saugu.
scam-what-to-do-won-phone-type-card = Atnešu kortelę ir įvedu numerį.
scam-what-to-do-won-phone-type-card-reason = Jokio telefono nėra. Sukčiams reikia kortelės numerio, kad paimtų pinigus.
scam-what-to-do-won-phone-claim = Paliečiu „Atsiimti prizą“.
scam-what-to-do-won-phone-claim-reason = Tokio lango mygtukai gali atverti dar daugiau gudrybių. Verčiau jį uždaryk.
