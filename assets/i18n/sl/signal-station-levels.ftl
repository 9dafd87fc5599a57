# Signal Station: events. Name the event part by its title, as pupils see it:
# „Ko robot zapelje na svetilko“, „Ko robot zapelje na rdeče polje“ (modro, zeleno).

## A first event, a colour, the right event

level-signal-first-event-title = Svetilke tu in tam
level-signal-first-event-instruction = Prižgi vse svetilke in se nato ustavi pri zastavici. Glavni program vsebuje samo 3 bloke, zato tega ne zmore sam. Preizkusi nov del: „Ko robot zapelje na svetilko“.
level-signal-first-event-learned = Dogodek je nekaj, kar se zgodi, na primer da robot zapelje na svetilko. Bloki v „Ko robot zapelje na svetilko“ se izvedejo vsakič, ko se to zgodi. Nato robot nadaljuje z Glavnim programom.
level-signal-first-event-hint-1 = Svetilke niso enako oddaljene druga od druge. Mora Glavni program vedeti, kje je vsaka svetilka?
level-signal-first-event-hint-2 = Glavni program naj samo pelje do zastavice. Vsakič, ko robot zapelje na svetilko, se „Ko robot zapelje na svetilko“ izvede samo od sebe.
level-signal-first-event-hint-3 = Postavi Prižgi v „Ko robot zapelje na svetilko“.

level-signal-blue-corners-title = Modri vogali
level-signal-blue-corners-instruction = Zapelji do zastavice v sredini. Modra polja kažejo, kje cesta zavije. Glavni program vsebuje samo 3 bloke.
level-signal-blue-corners-learned = Dogodek je lahko tudi barva. „Ko robot zapelje na modro polje“ se izvede vsakič, ko blok Naprej robota pripelje na modro polje.
level-signal-blue-corners-hint-1 = Kam zavije cesta pri vsakem modrem polju? Vsakič v isto smer?
level-signal-blue-corners-hint-2 = Glavni program samo vozi dalje. Zavoji spadajo v „Ko robot zapelje na modro polje“.
level-signal-blue-corners-hint-3 = Glavni program je Ponavljaj do konca, v njem Naprej.

level-signal-which-event-title = Katera barva?
level-signal-which-event-instruction = Zapelji do zastavice. Pri nekaterih barvnih poljih cesta zavije levo. Dobro poglej barve in nato izberi pravi dogodek.
level-signal-which-event-learned = „Spremeni dogodek“ izbere, na kaj se robot odziva. Izberi dogodek, ki se zgodi ravno tam, kjer mora robot nekaj narediti.
level-signal-which-event-hint-1 = Kje cesta zavije? Kakšne barve so ta polja?
level-signal-which-event-hint-2 = Rdeča polja so na ravnih delih. Zavoj tam vodi v slepo ulico. Tapni „Spremeni dogodek“.
level-signal-which-event-hint-3 = Postavi Zavij levo v „Ko robot zapelje na zeleno polje“.

## More in the event part: two tiles, the counter, questions, a helper

level-signal-corner-lamps-title = Svetilke v vogalih
level-signal-corner-lamps-instruction = Enkrat prevozi obroč, prižgi štiri svetilke in se ustavi pri zastavici za robotom. Vsaka svetilka je v vogalu.
level-signal-corner-lamps-learned = Del za dogodek lahko vsebuje več kot en blok. Vsakič, ko se dogodek zgodi, se izvedejo vsi njegovi bloki, eden za drugim.
level-signal-corner-lamps-hint-1 = Kaj mora robot narediti v vsakem vogalu?
level-signal-corner-lamps-hint-2 = Pri vsaki svetilki sta dve nalogi: prižgati svetilko in zaviti. Obe spadata v „Ko robot zapelje na svetilko“.
level-signal-corner-lamps-hint-3 = Postavi Prižgi v „Ko robot zapelje na svetilko“. Kaj se še zgodi v vogalu?

level-signal-count-reds-title = Tretje rdeče polje
level-signal-count-reds-instruction = Pridi do zastavice. Vsako rdeče polje ima cesto na levo, a do zastavice vodi samo tretje. Robot naj šteje rdeča polja.
level-signal-count-reds-learned = Del za dogodek lahko uporablja tudi števec. „Ko robot zapelje na rdeče polje“ na vsakem rdečem polju prišteje 1, zato mora Glavni program samo voziti.
level-signal-count-reds-hint-1 = Tri rdeča polja so videti enako. Kako robot ve, katero je tretje?
level-signal-count-reds-hint-2 = Vsakič, ko robot zapelje na rdeče, prištej 1 števcu. Ko je števec 3, zavij na levo.
level-signal-count-reds-hint-3 = „Ko robot zapelje na rdeče polje“ se začne s Prištej 1 števcu.

level-signal-winding-road-title = Vijugasta cesta
level-signal-winding-road-instruction = Sledi vijugasti cesti, prižgi vse svetilke in pridi do zastavice. Svetilke niso v vogalih.
level-signal-winding-road-learned = Glavni program in del za dogodek lahko vsak opravita svojo nalogo. Tu Glavni program sledi cesti, „Ko robot zapelje na svetilko“ pa med potjo prižiga svetilke.
level-signal-winding-road-hint-1 = Kam zavije cesta v vsakem vogalu?
level-signal-winding-road-hint-2 = Glavni program vozi dalje in zavije na desno povsod, kjer je desno prosto. Svetilke so naloga za „Ko robot zapelje na svetilko“.
level-signal-winding-road-hint-3 = V Glavnem programu, v Ponavljaj do konca: Naprej, nato Če desno prosto.

level-signal-fix-the-event-title = Napačen dogodek
level-signal-fix-the-event-instruction = Na vsakem modrem polju bi moral robot zaviti tja, kamor gre cesta. A zavije prezgodaj in se zaleti v zid. Popravi program.
level-signal-fix-the-event-learned = Ali del za dogodek naredi pravo stvar ob napačnem trenutku? Potem najprej preveri njegov dogodek. En dotik gumba „Spremeni dogodek“ lahko to popravi.
level-signal-fix-the-event-hint-1 = Tapni Korak in opazuj. Na katerem polju robot prvič zavije?
level-signal-fix-the-event-hint-2 = Bloki dela za dogodek so pravi. Izvedejo se le na napačnih poljih.
level-signal-fix-the-event-hint-3 = Preberi naslov nad Če … sicer. Ali je to tisto, kar se zgodi v vogalih?

level-signal-side-steps-title = Stranski koraki
level-signal-side-steps-instruction = Pridi do zastavice. Pri vsakem rdečem polju se cesta premakne za eno polje vstran, na robotovo desno. „Ko robot zapelje na rdeče polje“ vsebuje samo 2 bloka.
level-signal-side-steps-learned = Del za dogodek lahko pokliče pomočnika, tako kot Glavni program. Izvedejo se bloki pomočnika, nato robot nadaljuje z Glavnim programom.
level-signal-side-steps-hint-1 = Kaj naredi robot na rdečem polju, da pride do naslednjega dela ceste?
level-signal-side-steps-hint-2 = Stranski korak potrebuje tri bloke, del za dogodek pa vsebuje samo 2. Stranski korak sestavi v Pomočniku 1 in ga pokliči iz „Ko robot zapelje na rdeče polje“.
level-signal-side-steps-hint-3 = Pomočnik 1 se začne z Zavij desno.
