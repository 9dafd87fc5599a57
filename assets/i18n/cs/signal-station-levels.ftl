# Signální stanice: události. Část s událostí pojmenuj jejím nadpisem, jak ho žáci vidí.

## První událost, barva, správná událost

level-signal-first-event-title = Lampy sem a tam
level-signal-first-event-instruction = Rozsviť všechny lampy a zastav u vlajky. Do Hlavního se vejdou jen 3 bloky, takže to nezvládne bez pomoci. Vyzkoušej novou část: „Když robot šlápne na lampu“.
level-signal-first-event-learned = Událost je něco, co se stane, třeba když robot šlápne na lampu. Bloky v části „Když robot šlápne na lampu“ proběhnou pokaždé, když se to stane. Pak robot pokračuje Hlavním.
level-signal-first-event-hint-1 = Lampy nejsou od sebe stejně daleko. Musí Hlavní vědět, kde je která lampa?
level-signal-first-event-hint-2 = Ať Hlavní jen dojede k vlajce. Pokaždé, když robot šlápne na lampu, proběhne „Když robot šlápne na lampu“ samo od sebe.
level-signal-first-event-hint-3 = Dej Rozsviť do části „Když robot šlápne na lampu“.

level-signal-blue-corners-title = Modré rohy
level-signal-blue-corners-instruction = Dojeď k vlajce uprostřed. Modrá pole ukazují, kde cesta zatáčí. Do Hlavního se vejdou jen 3 bloky.
level-signal-blue-corners-learned = Událost může být i barva. „Když robot šlápne na modrou“ proběhne pokaždé, když Vpřed dovede robota na modré pole.
level-signal-blue-corners-hint-1 = Kam cesta zatáčí na každém modrém poli? Je to pokaždé na stejnou stranu?
level-signal-blue-corners-hint-2 = Hlavní jen jede dál. Otočky patří do části „Když robot šlápne na modrou“.
level-signal-blue-corners-hint-3 = Hlavní je Opakuj, dokud není hotovo, uvnitř Vpřed.

level-signal-which-event-title = Která barva?
level-signal-which-event-instruction = Dojeď k vlajce. Na některých barevných polích cesta zatáčí doleva. Dobře se podívej na barvy a vyber správnou událost.
level-signal-which-event-learned = „Změnit událost“ vybírá, na co robot reaguje. Vyber událost, která se stane přesně tam, kde má robot něco udělat.
level-signal-which-event-hint-1 = Kde cesta zatáčí? Jakou barvu mají ta pole?
level-signal-which-event-hint-2 = Červená pole jsou na rovných úsecích. Otočka tam vede do slepé uličky. Ťukni na „Změnit událost“.
level-signal-which-event-hint-3 = Dej Otoč se vlevo do části „Když robot šlápne na zelenou“.

## Víc v části s událostí: dva bloky, počítadlo, otázky, pomocník

level-signal-corner-lamps-title = Lampy v rozích
level-signal-corner-lamps-instruction = Objeď jednou okruh, rozsviť čtyři lampy a zastav u vlajky za robotem. Každá lampa je v rohu.
level-signal-corner-lamps-learned = Část s událostí může mít víc než jeden blok. Pokaždé, když se událost stane, proběhnou všechny její bloky, jeden po druhém.
level-signal-corner-lamps-hint-1 = Co musí robot udělat v každém rohu?
level-signal-corner-lamps-hint-2 = U každé lampy jsou dva úkoly: rozsvítit lampu a otočit se. Oba patří do části „Když robot šlápne na lampu“.
level-signal-corner-lamps-hint-3 = Dej Rozsviť do části „Když robot šlápne na lampu“. Co dalšího se v rohu děje?

level-signal-count-reds-title = Třetí červené pole
level-signal-count-reds-instruction = Dojeď k vlajce. Každé červené pole má vlevo cestu, ale k vlajce vede jen ta třetí. Ať robot počítá červená pole.
level-signal-count-reds-learned = Část s událostí může používat i počítadlo. „Když robot šlápne na červenou“ přičte 1 na každém červeném poli, takže Hlavní jen jede.
level-signal-count-reds-hint-1 = Tři červená pole vypadají stejně. Jak robot pozná, které je třetí?
level-signal-count-reds-hint-2 = Pokaždé, když robot šlápne na červenou, přičti 1 k počítadlu. Když je na počítadle 3, zatoč doleva.
level-signal-count-reds-hint-3 = „Když robot šlápne na červenou“ začíná blokem Přičti 1 k počítadlu.

level-signal-winding-road-title = Klikatá cesta
level-signal-winding-road-instruction = Jeď po klikaté cestě, rozsviť všechny lampy a dojeď k vlajce. Lampy nejsou v rozích.
level-signal-winding-road-learned = Hlavní a část s událostí můžou mít každý svůj úkol. Tady Hlavní sleduje cestu a „Když robot šlápne na lampu“ cestou rozsvěcuje lampy.
level-signal-winding-road-hint-1 = Kam cesta v každém rohu zatáčí?
level-signal-winding-road-hint-2 = Hlavní jede dál a zatočí doprava všude, kde je vpravo cesta. Lampy jsou úkol pro „Když robot šlápne na lampu“.
level-signal-winding-road-hint-3 = V Hlavním, uvnitř Opakuj, dokud není hotovo: Vpřed, pak Pokud cesta vpravo.

level-signal-fix-the-event-title = Špatná událost
level-signal-fix-the-event-instruction = Na každém modrém poli se má robot otočit tam, kam vede cesta. Ale otočí se moc brzy a narazí do zdi. Oprav program.
level-signal-fix-the-event-learned = Když část s událostí dělá správnou věc ve špatnou chvíli, zkontroluj nejdřív její událost. Jedno ťuknutí na „Změnit událost“ to může spravit.
level-signal-fix-the-event-hint-1 = Ťukej na „Krok“ a sleduj. Na kterém poli se robot otočí poprvé?
level-signal-fix-the-event-hint-2 = Bloky v části s událostí jsou správně. Jen běží na špatných polích.
level-signal-fix-the-event-hint-3 = Přečti si nadpis nad Pokud … jinak. Děje se tohle v rozích?

level-signal-side-steps-title = Úkroky stranou
level-signal-side-steps-instruction = Dojeď k vlajce. Na každém červeném poli se cesta posune o jedno pole, doprava od robota. Do „Když robot šlápne na červenou“ se vejdou jen 2 bloky.
level-signal-side-steps-learned = Část s událostí může zavolat pomocníka, stejně jako Hlavní. Bloky pomocníka proběhnou a pak robot pokračuje Hlavním.
level-signal-side-steps-hint-1 = Co robot dělá na červeném poli, aby se dostal na další úsek cesty?
level-signal-side-steps-hint-2 = Úkrok stranou potřebuje tři bloky, ale do části s událostí se vejdou jen 2. Postav úkrok v Pomocníkovi 1 a zavolej ho z „Když robot šlápne na červenou“.
level-signal-side-steps-hint-3 = Pomocník 1 začíná blokem Otoč se vpravo.
