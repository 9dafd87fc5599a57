# The "Scam Spotters" world: the pupil taps the red flags on a mock screen. Part texts stay
# short (about 60 characters at most). People, companies and addresses are made up.

world-scam-spotters = Csalásvadászok

## Level 1: a chat message about a prize (screen: message)

level-flags-prize-message-title = Meglepetés-nyeremény?
level-flags-prize-message-instruction = Koppints minden vészjelre ebben az üzenetben.
level-flags-prize-message-learned = Egy idegentől jövő meglepetés-nyeremény trükk, ezért soha ne küldd el neki az adataidat.
level-flags-prize-message-hint-1 = Olvasd el lassan az összes sort. Egy barát ilyet írna?
level-flags-prize-message-hint-2 = Az idegenek, a meglepetés-nyeremények és a rólad szóló kérdések vészjelek.
level-flags-prize-message-hint-3 = Nézd meg, ki küldte. Lejjebb még két vészjel van.

flags-prize-message-sender = Feladó: Ismeretlen szám
flags-prize-message-sender-reason = Nem ismered ezt a számot. Légy óvatos, ha egy idegen ír neked.
flags-prize-message-greeting = Szia!
flags-prize-message-greeting-reason = A barátságos köszönés normális. Önmagában nem vészjel.
flags-prize-message-prize = Gratulálunk! Nyertél egy új táblagépet!
flags-prize-message-prize-reason = Nem volt verseny, mégis van nyeremény? Egy idegentől jövő meglepetés-nyeremény trükk.
flags-prize-message-picture = Kép: egy fényes táblagép piros masnival
flags-prize-message-picture-reason = Egy kép önmagában nem vészjel. A körülötte lévő szavakat is olvasd el.
flags-prize-message-request = Hogy megkapd, küldd el a neved és a lakcímed.
flags-prize-message-request-reason = Soha ne add meg a lakcímedet egy idegennek. Mielőtt válaszolsz, kérdezz meg egy felnőttet.
flags-prize-message-signoff = Szép napot!
flags-prize-message-signoff-reason = A kedves elköszönés normális. A szép szavak önmagukban nem tesznek egy üzenetet se jóvá, se rosszá.

## Level 2: a fake parcel e-mail (screen: email)

level-flags-parcel-email-title = A csomagos e-mail
level-flags-parcel-email-instruction = Koppints minden vészjelre ebben az e-mailben.
level-flags-parcel-email-learned = Egy igazi cég sosem kéri e-mailben a jelszavadat. A sürgetés trükk.
level-flags-parcel-email-hint-1 = Olvasd el az összes sort. Tényleg egy csomagküldő cégtől jön?
level-flags-parcel-email-hint-2 = A hamis e-mailek furcsa címekről jönnek, sürgetnek, és titkokat kérnek.
level-flags-parcel-email-hint-3 = Nézd meg, ki küldte, és nézd meg a linket. Van még több vészjel.

flags-parcel-email-sender = Feladó: QuickBox Parcels <qb.help.2291@free-mail.example>
flags-parcel-email-sender-reason = Egy csomagküldő cég a saját címéről ír. Ez csak egy ingyenes e-mail-cím.
flags-parcel-email-subject = Tárgy: Nem tudtuk kézbesíteni a csomagodat
flags-parcel-email-subject-reason = Néha tényleg elmarad egy kézbesítés. A tárgy önmagában nem vészjel.
flags-parcel-email-greeting = Helló!
flags-parcel-email-greeting-reason = Egy egyszerű köszönés normális. Önmagában nem vészjel.
flags-parcel-email-urgency = Fizess egy kis díjat 1 órán belül, különben visszaküldjük!
flags-parcel-email-urgency-reason = A csalók sürgetnek, hogy ne állj meg gondolkodni. Egy igazi cég időt ad.
flags-parcel-email-link = Kattints ide: parcel-help.example/pay-now
flags-parcel-email-link-reason = A link a parcel-helpre visz, nem a QuickBoxhoz. Kérj meg egy felnőttet, hogy nézze meg a valódi webhelyen.
flags-parcel-email-request = Aztán írd be a jelszavad és a kártyaszámod.
flags-parcel-email-request-reason = Egyetlen csomagküldő cégnek sem kell a jelszavad. E-mailes link után soha ne írj be jelszót vagy kártyaszámot.
flags-parcel-email-signoff = Köszönjük, a QuickBox csapata
flags-parcel-email-signoff-reason = Névvel aláírni normális. De bárki bármilyen nevet beírhat, ezért a többi sort is nézd meg.

## Level 3: a fake shop page (screen: web)

level-flags-fake-shop-title = A szuperakció
level-flags-fake-shop-instruction = Koppints minden vészjelre ezen a bolti oldalon.
level-flags-fake-shop-learned = Nézd meg a bolt címét és az árat, és csevegésben soha ne adj meg jelszót vagy kártyaszámot.
level-flags-fake-shop-hint-1 = Kezdd fent. Egy igazi bolt mindezt csinálná?
level-flags-fake-shop-hint-2 = A hamis boltok igazi neveket másolnak, pici áraik vannak, és sürgetnek.
level-flags-fake-shop-hint-3 = Olvasd el a címet betűről betűre: egy számjegy bújik meg benne. Lejjebb még három vészjel van.

flags-fake-shop-address = jollyt0y-shop.example/super-sale
flags-fake-shop-address-reason = Nézd meg jól: nulla van benne, nem o betű. A hamis boltok igazi boltok nevét másolják.
flags-fake-shop-welcome = Üdv a Jollytoyban!
flags-fake-shop-welcome-reason = Egy üdvözlő sor normális egy bolti oldalon. Önmagában nem vészjel.
flags-fake-shop-picture = Kép: egy játékkonzol két kontrollerrel
flags-fake-shop-picture-reason = A boltok képeket mutatnak arról, amit árulnak. Ez normális.
flags-fake-shop-price = Játékkonzol: 99% kedvezmény
flags-fake-shop-price-reason = Egy konzol sosem ilyen olcsó. A túl szép, hogy igaz legyen ár trükk.
flags-fake-shop-countdown = Az ajánlat 04:59 múlva lejár!
flags-fake-shop-countdown-reason = A ketyegő óra azt akarja, hogy siess. A hamis boltok sürgetnek, hogy ne ellenőrizd.
flags-fake-shop-delivery = Szállítás 3–5 nap alatt.
flags-fake-shop-delivery-reason = A boltok megírják, mennyi ideig tart a szállítás. Ez normális.
flags-fake-shop-chat = Csevegés: Küldd el ide a jelszavad és a kártyaszámod.
flags-fake-shop-chat-reason = Egy igazi bolt sosem kéri a jelszavadat. Kártyaszám sosem való csevegésbe.

## Level 4: which links go to Moonbank? (read_address)

addr-brand-moonbank = Moonbank

level-addr-moonbank-title = Tényleg a Moonbank?
level-addr-moonbank-instruction = Minden linknél koppints arra a részre, amely megnevezi a webhelyet. Aztán mondd meg, hogy a Moonbank webhelye-e.
level-addr-moonbank-learned = Egy link nevét a végéről olvasd: a végződés közvetlenül az első magányos / előtt, aztán a név előtte. Ez a webhely. Az előtte vagy a / után álló szavak semmit sem bizonyítanak.
level-addr-moonbank-hint-1 = Keresd meg az első magányos / jelet a linkben. A webhely neve közvetlenül előtte ér véget.
level-addr-moonbank-hint-2 = Attól a / jeltől olvass visszafelé: először a .example végződés, aztán a név előtte. Ezek együtt a webhely.
level-addr-moonbank-hint-3 = A harmadik link ide visz: free-gifts.example. A / utáni moonbank szó csak egy oldal neve.

## Level 5: look-alike links (read_address)

addr-brand-pixelpost = Pixelpost

level-addr-lookalike-title = Hasonmás linkek
level-addr-lookalike-instruction = Minden linknél koppints arra a részre, amely megnevezi a webhelyet. Aztán mondd meg, hogy a Pixelpost webhelye-e.
level-addr-lookalike-learned = A csalók a @ mögé rejtik a valódi webhelyet, plusz szavakat tesznek hozzá, vagy hasonmás betűkre cserélnek betűket. Olvasd el a webhelyet betűről betűre.
level-addr-lookalike-hint-1 = Van @ a linkben? A webhely utána jön.
level-addr-lookalike-hint-2 = Olvasd el a webhelyet betűről betűre. Egy plusz szó vagy egy furcsa betű másik webhellyé teszi.
level-addr-lookalike-hint-3 = Nézd meg az i betűt a második linkben: egy másik ábécéből jön. Ettől másik webhely.

## Level 6: what to do about a trick (pick_reply)

level-scam-what-to-do-title = Mit teszel?
level-scam-what-to-do-instruction = Valami furcsa ugrik fel. Válaszd ki mindig a legjobb lépést.
level-scam-what-to-do-learned = Ha egy üzenet sürget, furcsának tűnik vagy kártyaszámot kér, ne koppints. Ellenőrizd másképp, és szólj egy megbízható felnőttnek.
level-scam-what-to-do-hint-1 = Egy jó nyomozó megáll és gondolkodik, mielőtt bármire koppint.
level-scam-what-to-do-hint-2 = A csalók sürgetnek, barátok fiókját használják, és nyereményt ígérnek. Állj meg, mielőtt koppintasz.
level-scam-what-to-do-hint-3 = Ha egy barátod fiókja valami furcsát küld, ellenőrizd a barátoddal másképp.

scam-what-to-do-account-closed-prompt = Egy üzenet azt írja: „A játékfiókodat MA bezárjuk! Koppints ide, hogy megmentsd: save-my-game.example”
scam-what-to-do-account-closed-tap-fast = Gyorsan a linkre koppintok, hogy megmentsem a fiókom.
scam-what-to-do-account-closed-tap-fast-reason = A sürgetés trükk, hogy ne gondolkodj. A link ellophatja a jelszavadat.
scam-what-to-do-account-closed-tell-adult = Nem koppintok. Megmutatom egy felnőttnek.
scam-what-to-do-account-closed-tell-adult-reason = Ügyes! Együtt megnézhetitek a valódi játékban. Az ilyen sürgetés trükk.
scam-what-to-do-account-closed-reply = Válaszolok, és megkérdezem, kik ők.
scam-what-to-do-account-closed-reply-reason = A válasz elárulja a csalónak, hogy valaki olvassa az üzeneteit. Jobb egyáltalán nem válaszolni.

scam-what-to-do-friend-link-prompt = A barátod, Samu fiókja hirtelen ezt küldi: „lol ez te vagy?? clip-watch.example/v/8812”
scam-what-to-do-friend-link-tap = Rákoppintok. Samutól jött, tehát biztonságos.
scam-what-to-do-friend-link-tap-reason = Lehet, hogy valaki más használja Samu fiókját. A csalók barátok fiókjáról küldenek rossz linkeket.
scam-what-to-do-friend-link-pass-on = A többi barátomnak is elküldöm.
scam-what-to-do-friend-link-pass-on-reason = Akkor ők is rákoppinthatnak. Soha ne küldj tovább olyan linket, amiben nem vagy biztos.
scam-what-to-do-friend-link-grown-up-phone = Rákoppintok, de egy felnőtt telefonján.
scam-what-to-do-friend-link-grown-up-phone-reason = Egy rossz link bármelyik telefonon ugyanolyan rossz, és jelszót is kérhet. Előbb Samuval ellenőrizd.
scam-what-to-do-friend-link-ask-another-way = Előbb személyesen megkérdezem Samut.
scam-what-to-do-friend-link-ask-another-way-reason = Nagyszerű! Kérdezd meg Samut személyesen vagy telefonon. Ha nem ő küldte, szólj egy felnőttnek.

scam-what-to-do-won-phone-prompt = Egy felugró ablak azt írja: „Nyertél egy új telefont! Írd be a szüleid kártyaszámát, hogy megkapd.”
scam-what-to-do-won-phone-close-tell = Bezárom, és szólok egy felnőttnek.
scam-what-to-do-won-phone-close-tell-reason = Így van! Egy igazi nyereményhez sosem kell kártyaszám. Egy felnőtt megnézheti, hogy minden rendben van-e.
scam-what-to-do-won-phone-type-card = Előveszem a kártyát, és beírom a számot.
scam-what-to-do-won-phone-type-card-reason = Nincs semmilyen telefon. A csalók a kártyaszámot akarják, hogy pénzt vegyenek el.
scam-what-to-do-won-phone-claim = Az „Átveszem a nyereményt” gombra koppintok.
scam-what-to-do-won-phone-claim-reason = Az ilyen felugró ablak gombjai újabb trükköket nyithatnak meg. Inkább zárd be.
