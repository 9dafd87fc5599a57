# Prístav čísel: cykly a otázky v pomocníkoch, pomocníci s číslom a počítadlo robota.
# Používaj názvy blokov z hry (robot.ftl).

## Cykly a otázky v pomocníkoch

level-number-loop-in-helper-title = Cyklus v pomocníkovi
level-number-loop-in-helper-instruction = Rozsviet tri lampy na koncoch dlhých strán. Hlavný má len 3 bloky a Pomocník 1 len 4.
level-number-loop-in-helper-learned = Pomocník môže obsahovať cyklus. Zakaždým, keď Hlavný zavolá pomocníka, jeho cyklus beží znova od začiatku.
level-number-loop-in-helper-hint-1 = Tri strany sú rovnaké: rovnako dlhé, na konci lampa a otočenie. Čo robí robot na jednej strane?
level-number-loop-in-helper-hint-2 = Štyri bloky Dopredu a otočenie sa do časti Pomocník 1 nezmestia. Daj do pomocníka radšej blok Opakuj.
level-number-loop-in-helper-hint-3 = Pomocník 1: Opakuj 4-krát, vnútri Dopredu, potom Otoč sa doprava.

level-number-round-the-basin-title = Okolo bazéna
level-number-round-the-basin-instruction = Rozsviet každú lampu okolo prístavného bazéna. Hlavný má len jeden blok, takže Pomocník 1 musí zavolať sám seba.
level-number-round-the-basin-learned = Pomocník môže obsahovať cyklus a aj tak zavolať sám seba. Cyklus urobí jednu stranu a volanie spustí ďalšiu stranu.
level-number-round-the-basin-hint-1 = Každá strana vyzerá rovnako. Koľko lámp je na jednej strane?
level-number-round-the-basin-hint-2 = Jedna strana je: trikrát Dopredu a Svetlo, potom otočenie. Postav to v časti Pomocník 1 s cyklom a na konci nech Pomocník 1 zavolá sám seba.
level-number-round-the-basin-hint-3 = Pomocník 1 začína blokom Opakuj 3-krát, vnútri Dopredu a Svetlo.

level-number-if-in-helper-title = Červené rohy
level-number-if-in-helper-instruction = Rozsviet všetky lampy pozdĺž prístavného múru. Na červenom políčku cesta zatáča doľava. Hlavný má len 3 bloky.
level-number-if-in-helper-learned = Pomocník môže obsahovať blok Ak. Zakaždým, keď pomocník beží, spýta sa znova, takže jeden pomocník zvládne rovné úseky aj rohy.
level-number-if-in-helper-hint-1 = Od jednej lampy k ďalšej sú vždy dva kroky. Niekedy je políčko medzi nimi červené.
level-number-if-in-helper-hint-2 = Nech Pomocník 1 dovedie robota od jednej lampy k ďalšej. Cestou sa pýta: som na červenom? Hlavný rozsvieti lampu a opakuje do konca.
level-number-if-in-helper-hint-3 = Pomocník 1 začína blokom Dopredu, potom Ak je na červenom.

## Pomocníci s číslom

level-number-walk-n-title = Prejdi n políčok
level-number-walk-n-instruction = Dostaň sa k vlajke. Rovné úseky cesty sú rôzne dlhé a Hlavný má len 5 blokov. Použi Pomocník 1 s číslom.
level-number-walk-n-learned = Pomocníkovi môžeš pri volaní dať číslo. V pomocníkovi Opakuj n-krát opakuje toľkokrát, koľko hovorí to číslo.
level-number-walk-n-hint-1 = Spočítaj políčka každého rovného úseku cesty.
level-number-walk-n-hint-2 = V časti Pomocník 1 daj Dopredu do bloku Opakuj n-krát. Potom Pomocník 1 s 3 prejde 3 políčka a Pomocník 1 s 6 prejde 6.
level-number-walk-n-hint-3 = Hlavný začína blokom Pomocník 1 s 3, potom Otoč sa doprava.

level-number-spiral-title = Špirála
level-number-spiral-instruction = Choď po špirále k vlajke v strede. Každý rovný úsek je o jedno políčko kratší než predchádzajúci.
level-number-spiral-learned = Pomocník zostáva rovnaký, mení sa len jeho číslo od volania k volaniu. Hlavný len hovorí, ako ďaleko.
level-number-spiral-hint-1 = Aký dlhý je každý rovný úsek? Čo robí robot na konci každého z nich?
level-number-spiral-hint-2 = Pomocník 1 môže prejsť n políčok a potom sa otočiť. Hlavný ho zavolá štyrikrát, zakaždým s menším číslom.
level-number-spiral-hint-3 = Pomocník 1 končí blokom Otoč sa doprava.

level-number-lamp-rows-title = Rady lámp
level-number-lamp-rows-instruction = Rozsviet rad 5 lámp a rad 3 lámp. Hlavný má len 3 bloky.
level-number-lamp-rows-learned = Číslo nemusí počítať kroky. Tu počíta lampy: Pomocník 1 s 5 rozsvieti 5 lámp.
level-number-lamp-rows-hint-1 = Pri každej lampe na ňu robot vojde a rozsvieti ju.
level-number-lamp-rows-hint-2 = Daj Dopredu a Svetlo do bloku Opakuj n-krát. Potom n hovorí, koľko lámp Pomocník 1 rozsvieti.
level-number-lamp-rows-hint-3 = Hlavný: Pomocník 1 s 5, potom Otoč sa doprava, potom ešte jeden blok.

## Počítadlo robota

level-number-third-opening-title = Tretia odbočka
level-number-third-opening-instruction = Cesta k vlajke je tretia odbočka vpravo. Nech robot počíta odbočky, okolo ktorých ide.
level-number-third-opening-learned = Robot má počítadlo, ktoré začína na 0. Pripočítaj 1 pridá jednotku a Ak je počítadlo 3 sa pýta, koľkokrát sa to už stalo.
level-number-third-opening-hint-1 = Prvé dve odbočky vpravo vedú len späť na cestu. K vlajke vedie len tretia.
level-number-third-opening-hint-2 = Vždy, keď je cesta vpravo, pripočítaj k počítadlu 1. Otoč sa doprava, len keď je počítadlo 3.
level-number-third-opening-hint-3 = V bloku Opakuj do konca: Dopredu, potom Ak je cesta vpravo.

level-number-counting-helper-title = Pomocník, ktorý počíta
level-number-counting-helper-instruction = Choď treťou odbočkou vpravo k vlajke. Hlavný má len 4 bloky, takže počítať musí Pomocník 1.
level-number-counting-helper-learned = Hlavný a pomocníci majú jedno spoločné počítadlo. Pomocník k nemu môže pripočítavať a pýtať sa naň, a stav zostane, aj keď pomocník skončí.
level-number-counting-helper-hint-1 = Tentoraz ide robot doľava, takže jeho pravá strana je horná strana hracej plochy.
level-number-counting-helper-hint-2 = Hlavný ide a pýta sa: je cesta vpravo? Ak áno, zavolá Pomocník 1. Pomocník 1 počíta a otočí sa doprava, keď je počítadlo 3.
level-number-counting-helper-hint-3 = Pomocník 1 začína blokom Pripočítaj 1.

level-number-second-red-title = Druhé červené políčko
level-number-second-red-instruction = Dostaň sa k vlajke. Otoč sa doľava na druhom červenom políčku, nie na prvom.
level-number-second-red-learned = Počítadlo môže počítať čokoľvek, na čo sa robot vie spýtať: odbočky, farby a ďalšie.
level-number-second-red-hint-1 = Obe červené políčka majú vľavo cestu. Ktorá vedie k vlajke?
level-number-second-red-hint-2 = Na každom červenom políčku pripočítaj k počítadlu 1. Otoč sa doľava, len keď je počítadlo 2.
level-number-second-red-hint-3 = V bloku Opakuj do konca: Dopredu, potom Ak je na červenom.

level-number-fix-the-count-title = Počítaj odznova
level-number-fix-the-count-instruction = Robot sa má otočiť doľava na každom druhom červenom políčku. Na druhom sa otočí, ale na štvrtom ide rovno do steny. Oprav program.
level-number-fix-the-count-learned = Počítadlo stále rastie, kým ho nevrátiš späť. Nastav počítadlo na 0 začne nové počítanie.
level-number-fix-the-count-hint-1 = Ťukni na Krok a sleduj počítadlo vedľa čísla kroku. Koľko je na počítadle na štvrtom červenom políčku?
level-number-fix-the-count-hint-2 = Po prvom otočení má robot počítať znova od 0.
level-number-fix-the-count-hint-3 = Pozri sa, čo sa stane hneď po otočení doľava.
