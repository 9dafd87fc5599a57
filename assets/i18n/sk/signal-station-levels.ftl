# Stanica signálov: udalosti. Okrem časti Hlavný a pomocníkov má program časť, ktorá sa
# spustí sama zakaždým, keď sa stane udalosť. Časť udalosti volaj jej nadpisom, ako ho vidia
# žiaci: „Keď robot vojde na lampu“.

## Prvá udalosť, farba, správna udalosť

level-signal-first-event-title = Lampy sem a tam
level-signal-first-event-instruction = Rozsviet každú lampu a potom zastav na vlajke. Hlavný má len 3 bloky, takže sám to nezvládne. Vyskúšaj novú časť: „Keď robot vojde na lampu“.
level-signal-first-event-learned = Udalosť je niečo, čo sa stane, napríklad keď robot vojde na lampu. Bloky v časti „Keď robot vojde na lampu“ sa spustia zakaždým, keď sa to stane. Potom robot pokračuje v časti Hlavný.
level-signal-first-event-hint-1 = Lampy nie sú rovnako ďaleko od seba. Musí Hlavný vedieť, kde je každá lampa?
level-signal-first-event-hint-2 = Nech Hlavný len ide k vlajke. Zakaždým, keď robot vojde na lampu, časť „Keď robot vojde na lampu“ sa spustí sama.
level-signal-first-event-hint-3 = Daj Svetlo do časti „Keď robot vojde na lampu“.

level-signal-blue-corners-title = Modré rohy
level-signal-blue-corners-instruction = Choď k vlajke v strede. Modré políčka ukazujú, kde cesta zatáča. Hlavný má len 3 bloky.
level-signal-blue-corners-learned = Udalosťou môže byť aj farba. „Keď robot vojde na modré“ sa spustí zakaždým, keď blok Dopredu dovedie robota na modré políčko.
level-signal-blue-corners-hint-1 = Kam zatáča cesta pri každom modrom políčku? Zakaždým na tú istú stranu?
level-signal-blue-corners-hint-2 = Hlavný len ide ďalej. Otočenia patria do časti „Keď robot vojde na modré“.
level-signal-blue-corners-hint-3 = Hlavný je Opakuj do konca, vnútri Dopredu.

level-signal-which-event-title = Ktorá farba?
level-signal-which-event-instruction = Choď k vlajke. Cesta zatáča doľava pri niektorých farebných políčkach. Pozri sa dobre na farby a vyber správnu udalosť.
level-signal-which-event-learned = „Zmeň udalosť“ vyberá, na čo robot reaguje. Vyber udalosť, ktorá sa stane presne tam, kde má robot niečo urobiť.
level-signal-which-event-hint-1 = Kde cesta zatáča? Akú farbu majú tie políčka?
level-signal-which-event-hint-2 = Červené políčka sú na rovných úsekoch. Otočenie tam vedie do slepej uličky. Ťukni na „Zmeň udalosť“.
level-signal-which-event-hint-3 = Daj Otoč sa doľava do časti „Keď robot vojde na zelené“.

## Viac v časti udalosti: dva bloky, počítadlo, otázky, pomocník

level-signal-corner-lamps-title = Lampy v rohoch
level-signal-corner-lamps-instruction = Prejdi raz okolo okruhu, rozsviet štyri lampy a zastav na vlajke za robotom. Každá lampa je v rohu.
level-signal-corner-lamps-learned = Časť udalosti môže obsahovať viac ako jeden blok. Zakaždým, keď sa udalosť stane, spustia sa všetky jej bloky, jeden po druhom.
level-signal-corner-lamps-hint-1 = Čo musí robot urobiť v každom rohu?
level-signal-corner-lamps-hint-2 = Pri každej lampe sú dve úlohy: rozsvietiť lampu a otočiť sa. Obe patria do časti „Keď robot vojde na lampu“.
level-signal-corner-lamps-hint-3 = Daj Svetlo do časti „Keď robot vojde na lampu“. Čo ešte sa deje v rohu?

level-signal-count-reds-title = Tretie červené políčko
level-signal-count-reds-instruction = Dostaň sa k vlajke. Každé červené políčko má vľavo cestu, ale k vlajke vedie len tretie. Nech robot počíta červené políčka.
level-signal-count-reds-learned = Aj časť udalosti môže používať počítadlo. „Keď robot vojde na červené“ pripočíta 1 na každom červenom políčku, takže Hlavný len jazdí.
level-signal-count-reds-hint-1 = Tri červené políčka vyzerajú rovnako. Ako robot zistí, ktoré je tretie?
level-signal-count-reds-hint-2 = Zakaždým, keď robot vojde na červené, pripočítaj k počítadlu 1. Keď je počítadlo 3, otoč sa doľava.
level-signal-count-reds-hint-3 = „Keď robot vojde na červené“ začína blokom Pripočítaj 1.

level-signal-winding-road-title = Kľukatá cesta
level-signal-winding-road-instruction = Choď po kľukatej ceste, rozsviet každú lampu a dostaň sa k vlajke. Lampy nie sú v rohoch.
level-signal-winding-road-learned = Hlavný aj časť udalosti môžu mať každý svoju úlohu. Tu Hlavný ide po ceste a „Keď robot vojde na lampu“ cestou rozsvecuje lampy.
level-signal-winding-road-hint-1 = Kam zatáča cesta v každom rohu?
level-signal-winding-road-hint-2 = Hlavný ide ďalej a otočí sa doprava všade, kde je cesta vpravo. Lampy sú úloha pre „Keď robot vojde na lampu“.
level-signal-winding-road-hint-3 = V časti Hlavný, v bloku Opakuj do konca: Dopredu, potom Ak je cesta vpravo.

level-signal-fix-the-event-title = Zlá udalosť
level-signal-fix-the-event-instruction = Na každom modrom políčku sa má robot otočiť tam, kam ide cesta. Ale otočí sa priskoro a narazí do steny. Oprav program.
level-signal-fix-the-event-learned = Keď časť udalosti robí správnu vec v nesprávnej chvíli, skontroluj najprv jej udalosť. Jedno ťuknutie na „Zmeň udalosť“ to môže opraviť.
level-signal-fix-the-event-hint-1 = Ťukni na Krok a sleduj. Na ktorom políčku sa robot otočí prvýkrát?
level-signal-fix-the-event-hint-2 = Bloky v časti udalosti sú správne. Len sa spúšťajú na nesprávnych políčkach.
level-signal-fix-the-event-hint-3 = Prečítaj si nadpis nad blokom Ak … inak. Je to to, čo sa deje v rohoch?

level-signal-side-steps-title = Kroky nabok
level-signal-side-steps-instruction = Dostaň sa k vlajke. Na každom červenom políčku sa cesta posunie o jedno políčko, na pravú stranu robota. „Keď robot vojde na červené“ má len 2 bloky.
level-signal-side-steps-learned = Časť udalosti môže volať pomocníka, rovnako ako Hlavný. Bloky pomocníka sa spustia a potom robot pokračuje v časti Hlavný.
level-signal-side-steps-hint-1 = Čo robí robot na červenom políčku, aby sa dostal na ďalší úsek cesty?
level-signal-side-steps-hint-2 = Krok nabok potrebuje tri bloky, ale časť udalosti má len 2. Postav krok nabok v časti Pomocník 1 a zavolaj ho z časti „Keď robot vojde na červené“.
level-signal-side-steps-hint-3 = Pomocník 1 začína blokom Otoč sa doprava.
