# Lumea „Detectivii de înșelătorii”: elevul atinge semnalele de alarmă de pe un ecran.
# Oamenii, firmele, numerele și adresele sunt inventate și rămân neschimbate.

world-scam-spotters = Detectivii de înșelătorii

## Nivelul 1: un mesaj despre un premiu

level-flags-prize-message-title = Un premiu surpriză?
level-flags-prize-message-instruction = Atinge fiecare semnal de alarmă din acest mesaj.
level-flags-prize-message-learned = Un premiu surpriză de la un străin e un truc, așa că nu-i trimite niciodată datele tale.
level-flags-prize-message-hint-1 = Citește încet fiecare rând. Ar scrie așa un prieten?
level-flags-prize-message-hint-2 = Străinii, premiile surpriză și întrebările despre tine sunt semne de avertizare.
level-flags-prize-message-hint-3 = Uită-te cine l-a trimis. Încă două semnale de alarmă sunt mai jos.

flags-prize-message-sender = De la: Număr necunoscut
flags-prize-message-sender-reason = Nu cunoști numărul acesta. Ai grijă când îți scrie un străin.
flags-prize-message-greeting = Salut!
flags-prize-message-greeting-reason = Un salut prietenos e normal. Singur, nu e un semn de avertizare.
flags-prize-message-prize = Bravo! Ai câștigat o tabletă nouă!
flags-prize-message-prize-reason = N-a fost niciun concurs, dar există un premiu? Un premiu surpriză de la un străin e un truc.
flags-prize-message-picture = Poză: o tabletă strălucitoare cu o fundă roșie
flags-prize-message-picture-reason = O poză, singură, nu e un semn de avertizare. Citește și cuvintele din jurul ei.
flags-prize-message-request = Ca s-o primești, trimite-ne numele și adresa ta de acasă.
flags-prize-message-request-reason = Nu-i da niciodată unui străin adresa ta de acasă. Întreabă un adult până să răspunzi.
flags-prize-message-signoff = O zi minunată!
flags-prize-message-signoff-reason = Un rămas-bun drăguț e normal. Vorbele frumoase singure nu fac un mesaj bun sau rău.

## Nivelul 2: un e-mail fals despre un colet

level-flags-parcel-email-title = E-mailul despre colet
level-flags-parcel-email-instruction = Atinge fiecare semnal de alarmă din acest e-mail.
level-flags-parcel-email-learned = O firmă adevărată nu-ți cere niciodată parola într-un e-mail. Să te grăbească e un truc.
level-flags-parcel-email-hint-1 = Citește fiecare rând. Chiar vine asta de la o firmă de curierat?
level-flags-parcel-email-hint-2 = E-mailurile false vin de la adrese ciudate, te grăbesc și cer secrete.
level-flags-parcel-email-hint-3 = Uită-te cine l-a trimis și la link. Mai sunt și alte semnale de alarmă.

flags-parcel-email-sender = De la: QuickBox Parcels <qb.help.2291@free-mail.example>
flags-parcel-email-sender-reason = O firmă de curierat scrie de pe adresa ei. Aceasta e doar o adresă de e-mail gratuită.
flags-parcel-email-subject = Subiect: Nu ți-am putut livra coletul
flags-parcel-email-subject-reason = Uneori un colet chiar nu ajunge. Subiectul singur nu e un semn de avertizare.
flags-parcel-email-greeting = Bună ziua,
flags-parcel-email-greeting-reason = Un salut simplu e normal. Singur, nu e un semn de avertizare.
flags-parcel-email-urgency = Plătește o mică taxă în 1 oră, altfel coletul se întoarce!
flags-parcel-email-urgency-reason = Păcălitorii te grăbesc ca să nu te oprești să gândești. O firmă adevărată îți lasă timp.
flags-parcel-email-link = Dă clic aici: parcel-help.example/pay-now
flags-parcel-email-link-reason = Linkul duce la parcel-help, nu la QuickBox. Roagă un adult să verifice pe site-ul adevărat.
flags-parcel-email-request = Apoi scrie parola și numărul cardului.
flags-parcel-email-request-reason = Nicio firmă de curierat nu are nevoie de parola ta. Nu scrie niciodată o parolă sau un număr de card după un link dintr-un e-mail.
flags-parcel-email-signoff = Mulțumim, echipa QuickBox
flags-parcel-email-signoff-reason = E normal să semnezi cu un nume. Dar oricine poate scrie orice nume, așa că verifică și celelalte rânduri.

## Nivelul 3: o pagină de magazin falsă

level-flags-fake-shop-title = Marea reducere
level-flags-fake-shop-instruction = Atinge fiecare semnal de alarmă de pe această pagină de magazin.
level-flags-fake-shop-learned = Verifică adresa și prețul unui magazin și nu da niciodată o parolă sau un număr de card într-un chat.
level-flags-fake-shop-hint-1 = Începe de sus. Ar face un magazin adevărat toate astea?
level-flags-fake-shop-hint-2 = Magazinele false copiază nume adevărate, au prețuri minuscule și te grăbesc.
level-flags-fake-shop-hint-3 = Citește adresa literă cu literă: în ea se ascunde o cifră. Încă trei semnale de alarmă sunt mai jos.

flags-fake-shop-address = jollyt0y-shop.example/super-sale
flags-fake-shop-address-reason = Uită-te atent: are un zero, nu litera o. Magazinele false copiază numele magazinelor adevărate.
flags-fake-shop-welcome = Bine ai venit la Jollytoy!
flags-fake-shop-welcome-reason = Un rând de bun venit e normal pe pagina unui magazin. Singur, nu e un semn de avertizare.
flags-fake-shop-picture = Poză: o consolă de jocuri cu două controlere
flags-fake-shop-picture-reason = Magazinele arată poze cu ce vând. E normal.
flags-fake-shop-price = Consolă de jocuri: 99% reducere la prețul obișnuit
flags-fake-shop-price-reason = O consolă nu e niciodată atât de ieftină. Un preț prea bun ca să fie adevărat e un truc.
flags-fake-shop-countdown = Oferta se termină în 04:59!
flags-fake-shop-countdown-reason = Ceasul care ticăie vrea să te grăbești. Magazinele false te grăbesc ca să nu verifici.
flags-fake-shop-delivery = Livrarea durează între 3 și 5 zile.
flags-fake-shop-delivery-reason = Magazinele îți spun cât durează livrarea. E normal.
flags-fake-shop-chat = Chat: Trimite-ne aici parola și numărul cardului.
flags-fake-shop-chat-reason = Un magazin adevărat nu-ți cere niciodată parola. Numerele de card nu se scriu niciodată într-un chat.

## Nivelul 4: care linkuri duc la Moonbank?

addr-brand-moonbank = Moonbank

level-addr-moonbank-title = Chiar e Moonbank?
level-addr-moonbank-instruction = La fiecare link, atinge partea care numește site-ul. Apoi spune dacă e site-ul Moonbank.
level-addr-moonbank-learned = Citește numele unui link de la sfârșitul lui: terminația chiar dinaintea primului / singur, apoi numele dinaintea ei. Acesta e site-ul. Cuvintele din fața lui sau de după / nu dovedesc nimic.
level-addr-moonbank-hint-1 = Găsește primul / singur din link. Numele site-ului se termină chiar înaintea lui.
level-addr-moonbank-hint-2 = Citește înapoi de la acel /: întâi terminația .example, apoi numele dinaintea ei. Împreună, ele sunt site-ul.
level-addr-moonbank-hint-3 = Al treilea link duce la free-gifts.example. Cuvântul moonbank de după / e doar numele unei pagini.

## Nivelul 5: linkuri care seamănă

addr-brand-pixelpost = Pixelpost

level-addr-lookalike-title = Linkuri care seamănă
level-addr-lookalike-instruction = La fiecare link, atinge partea care numește site-ul. Apoi spune dacă e site-ul Pixelpost.
level-addr-lookalike-learned = Păcălitorii ascund site-ul adevărat după un @, adaugă cuvinte în plus sau schimbă litere cu altele care seamănă. Citește site-ul literă cu literă.
level-addr-lookalike-hint-1 = E un @ în link? Site-ul vine după el.
level-addr-lookalike-hint-2 = Citește site-ul literă cu literă. Un cuvânt în plus sau o literă ciudată îl face alt site.
level-addr-lookalike-hint-3 = Uită-te la i-ul din al doilea link: vine din alt alfabet. Asta îl face alt site.

## Nivelul 6: ce faci cu un truc

level-scam-what-to-do-title = Ce faci?
level-scam-what-to-do-instruction = Apare ceva ciudat. Alege de fiecare dată cel mai bun lucru de făcut.
level-scam-what-to-do-learned = Dacă un mesaj te grăbește, pare ciudat sau vrea un număr de card, nu atinge. Verifică altfel și spune-i unui adult de încredere.
level-scam-what-to-do-hint-1 = Un detectiv bun se oprește și gândește până să atingă ceva.
level-scam-what-to-do-hint-2 = Păcălitorii te grăbesc, folosesc conturile prietenilor și promit premii. Oprește-te până să atingi.
level-scam-what-to-do-hint-3 = Când contul unui prieten trimite ceva ciudat, verifică altfel cu prietenul.

scam-what-to-do-account-closed-prompt = Un mesaj spune: „Contul tău de joc va fi închis AZI! Atinge aici ca să-l salvezi: save-my-game.example”
scam-what-to-do-account-closed-tap-fast = Ating repede linkul ca să-mi salvez contul.
scam-what-to-do-account-closed-tap-fast-reason = Graba e un truc ca să nu te gândești. Linkul ți-ar putea fura parola.
scam-what-to-do-account-closed-tell-adult = Nu ating. Îi arăt unui adult de încredere.
scam-what-to-do-account-closed-tell-adult-reason = Bravo! Împreună puteți verifica în jocul adevărat. O asemenea grabă e un truc.
scam-what-to-do-account-closed-reply = Răspund și întreb cine sunt.
scam-what-to-do-account-closed-reply-reason = Un răspuns îi spune păcălitorului că cineva îi citește mesajele. Mai bine nu răspunzi deloc.

scam-what-to-do-friend-link-prompt = Contul prietenului tău Sam îți trimite deodată: „lol tu ești aici?? clip-watch.example/v/8812”
scam-what-to-do-friend-link-tap = Îl ating. E de la Sam, deci e sigur.
scam-what-to-do-friend-link-tap-reason = Poate altcineva folosește contul lui Sam. Păcălitorii trimit linkuri rele din conturile prietenilor.
scam-what-to-do-friend-link-pass-on = Îl trimit și celorlalți prieteni ai mei.
scam-what-to-do-friend-link-pass-on-reason = Atunci și ei l-ar putea atinge. Nu trimite niciodată mai departe un link în care n-ai încredere.
scam-what-to-do-friend-link-grown-up-phone = Îl ating, dar pe telefonul unui adult.
scam-what-to-do-friend-link-grown-up-phone-reason = Un link rău e la fel de rău pe orice telefon și poate cere o parolă. Verifică întâi cu Sam.
scam-what-to-do-friend-link-ask-another-way = Îl întreb întâi pe Sam, față în față.
scam-what-to-do-friend-link-ask-another-way-reason = Super! Întreabă-l pe Sam față în față sau la telefon. Dacă Sam nu l-a trimis, spune-i unui adult.

scam-what-to-do-won-phone-prompt = Un pop-up spune: „Ai câștigat un telefon nou! Scrie numărul cardului părintelui tău ca să-l primești.”
scam-what-to-do-won-phone-close-tell = Îl închid și îi spun unui adult.
scam-what-to-do-won-phone-close-tell-reason = Corect! Un premiu adevărat nu are nevoie niciodată de un număr de card. Un adult poate verifica dacă totul e în siguranță.
scam-what-to-do-won-phone-type-card = Aduc cardul și scriu numărul de pe el.
scam-what-to-do-won-phone-type-card-reason = Nu există niciun telefon. Păcălitorii vor numărul cardului ca să ia bani.
scam-what-to-do-won-phone-claim = Ating „Ia premiul”.
scam-what-to-do-won-phone-claim-reason = Butoanele de pe un asemenea pop-up pot deschide și alte trucuri. Mai bine închide-l.
