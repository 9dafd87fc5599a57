# The coding worlds and their levels. Per level: a title, what to do, what was learned, and
# three hints (a nudge, the idea, part of the solution). Use the tile names of robot.ftl:
# Naprej, Zavij levo, Zavij desno, Prižgi, Ponovi, Ponavljaj do konca, Če, Če … sicer,
# Pomočnik 1, Pomočnik 2, Glavni program. In hints, "naprej" and "če" are only tile names.

world-robot-road = Robotova cesta
world-loop-lagoon = Laguna zank
world-helper-hills = Griči pomočnikov
world-choice-canyon = Kanjon izbir
world-sensor-springs = Senzorski izviri
world-number-harbour = Pristanišče števil
world-signal-station = Signalna postaja
world-bug-bay = Zaliv napak

## Robot Road

level-robot-first-steps-title = Prvi koraki
level-robot-first-steps-instruction = Sestavi program, ki robota pripelje do zastavice. Nato tapni Zaženi.
level-robot-first-steps-learned = Program je seznam korakov. Robot jih izvaja enega za drugim, po vrsti.
level-robot-first-steps-hint-1 = Poglej zastavico. Kam je robot zdaj obrnjen?
level-robot-first-steps-hint-2 = Naprej premakne robota za eno polje. Zavij desno ga obrne na mestu.
level-robot-first-steps-hint-3 = Začni z: Naprej, Naprej, Zavij desno.

level-robot-turn-left-title = Na levo
level-robot-turn-left-instruction = Pripelji robota do zastavice. Tokrat mora zaviti na levo.
level-robot-turn-left-learned = Zavij levo in Zavij desno spremenita smer, v katero je robot obrnjen. Robota ne premakneta.
level-robot-turn-left-hint-1 = Robot je obrnjen navzgor. Kje cesta zavije?
level-robot-turn-left-hint-2 = Po bloku Zavij levo gre robot z Naprej v novo smer.
level-robot-turn-left-hint-3 = Začni z: Naprej, Naprej, Zavij levo.

level-robot-zigzag-title = Cikcak stopnice
level-robot-zigzag-instruction = Spusti se po stopnicah do zastavice. Cesta zavije po vsaki stopnici.
level-robot-zigzag-learned = Dolga pot je samo veliko majhnih korakov in zavojev, enega za drugim.
level-robot-zigzag-hint-1 = Sledi cesti s prstom. Preštej zavoje.
level-robot-zigzag-hint-2 = Zavij desno, da greš navzdol. Zavij levo, da greš spet vstran.
level-robot-zigzag-hint-3 = Začni z: Naprej, Zavij desno, Naprej, Zavij levo.

level-robot-around-rocks-title = Okoli zidu
level-robot-around-rocks-instruction = Na poti je zid. Zapelji okoli njega do zastavice.
level-robot-around-rocks-learned = Ko je pot zaprta, lahko načrtuješ pot okoli ovire.
level-robot-around-rocks-hint-1 = Robot ne more naravnost do zastavice. Kje je pot okoli?
level-robot-around-rocks-hint-2 = Najprej pojdi gor, nato vstran, nato dol.
level-robot-around-rocks-hint-3 = Začni z: Naprej, Naprej, Zavij desno.

level-robot-fix-the-path-title = Popravi pot
level-robot-fix-the-path-instruction = Ta program ima napako: robot se zaleti v zid. Oglej si ga z gumbom Korak, nato popravi program.
level-robot-fix-the-path-learned = Napaka (hrošč) je zmota v programu. En blok preveč lahko robota pošlje v zid. Odstrani ga in program deluje.
level-robot-fix-the-path-hint-1 = Tapni Korak, da izvajaš en blok naenkrat. Kje se robot zaleti v zid?
level-robot-fix-the-path-hint-2 = Robot gre eno polje predaleč, preden zavije. En blok je odveč.
level-robot-fix-the-path-hint-3 = Odvečni blok je pred prvim zavojem.

level-robot-first-lamp-title = Luč, prižgi se!
level-robot-first-lamp-instruction = Zapelji do svetilke. Nato jo prižgi z blokom Prižgi.
level-robot-first-lamp-learned = Prižgi deluje samo, ko robot stoji na svetilki.
level-robot-first-lamp-hint-1 = Koliko polj je do svetilke?
level-robot-first-lamp-hint-2 = Najprej mora robot stati na svetilki. Nato jo blok Prižgi vklopi.
level-robot-first-lamp-hint-3 = Svetilka je tri polja pred robotom.

level-robot-two-lamps-title = Dve svetilki
level-robot-two-lamps-instruction = Prižgi obe svetilki. Zastavice ni: naloga je opravljena, ko svetijo vse svetilke.
level-robot-two-lamps-learned = Robot lahko med potjo opravi nalogo: ustavi se, prižge svetilko in nadaljuje.
level-robot-two-lamps-hint-1 = Mimo prve svetilke greš na poti do druge.
level-robot-two-lamps-hint-2 = Postavi Prižgi takoj za blok, ki robota pripelje na svetilko.
level-robot-two-lamps-hint-3 = Začni z: Naprej, Naprej, Prižgi.

level-robot-lamps-and-flag-title = Svetilke in zastavica
level-robot-lamps-and-flag-instruction = Prižgi obe svetilki. Nato zapelji do zastavice.
level-robot-lamps-and-flag-learned = Naloga ima lahko več delov. Robot mora opraviti vse.
level-robot-lamps-and-flag-hint-1 = Zastavica šteje šele, ko svetijo vse svetilke.
level-robot-lamps-and-flag-hint-2 = Načrtuj pot, ki gre čez obe svetilki, preden pride do zastavice.
level-robot-lamps-and-flag-hint-3 = Začni z: Naprej, Prižgi, Zavij desno.

level-robot-turn-around-title = Obrat
level-robot-turn-around-instruction = Prižgi svetilko. Nato se obrni in zapelji do zastavice.
level-robot-turn-around-learned = Dva zavoja v isto smer robota obrneta nazaj, od koder je prišel.
level-robot-turn-around-hint-1 = Svetilka in zastavica sta na različnih straneh robota.
level-robot-turn-around-hint-2 = Za obrat uporabi dva zavoja: Zavij levo, Zavij levo.
level-robot-turn-around-hint-3 = Začni z: Naprej, Naprej, Prižgi.

level-robot-long-road-title = Dolga pot okoli
level-robot-long-road-instruction = Prižgi obe svetilki in končaj na zastavici. Katera pot okoli je krajša?
level-robot-long-road-learned = Poti je lahko več. Najprej premisli, nato izberi krajšo.
level-robot-long-road-hint-1 = Naravnost navzdol prideš do zastavice, a svetilke so potem še ugasnjene.
level-robot-long-road-hint-2 = Najprej pojdi po zgornjem robu, nato navzdol, nato nazaj po spodnjem robu.
level-robot-long-road-hint-3 = Začni z: Naprej, Prižgi, Naprej, Zavij desno.

## Loop Lagoon

level-loop-first-loop-title = Prva zanka
level-loop-first-loop-instruction = Pridi do zastavice. Program lahko vsebuje samo 3 bloke, zato uporabi blok Ponovi.
level-loop-first-loop-learned = Blok Ponovi znova in znova izvaja bloke v sebi. Ena zanka lahko opravi delo mnogih blokov.
level-loop-first-loop-hint-1 = Preštej polja med robotom in zastavico.
level-loop-first-loop-hint-2 = Postavi Naprej v blok Ponovi. Nato tapni Večkrat, da nastaviš število.
level-loop-first-loop-hint-3 = Naprej gre v zanko. Nastavi število na toliko, kolikor je preštetih polj.

level-loop-lamp-row-title = Vrsta svetilk
level-loop-lamp-row-instruction = Prižgi vseh pet svetilk. Program lahko vsebuje samo 5 blokov, zato uporabi zanko.
level-loop-lamp-row-learned = Zanka lahko ponavlja več kot en blok. Tu ponavlja korak in prižiganje.
level-loop-lamp-row-hint-1 = Vsaka svetilka je samo eno polje za prejšnjo.
level-loop-lamp-row-hint-2 = Postavi dva bloka v en Ponovi. Zanka izvede oba, znova in znova.
level-loop-lamp-row-hint-3 = V zanki: Naprej, nato Prižgi. Kolikokrat?

level-loop-corner-title = Za vogalom
level-loop-corner-instruction = Pridi do zastavice. Za vsak dolg del ceste uporabi zanko, vmes pa zavoj.
level-loop-corner-learned = Program ima lahko več zank, eno za drugo.
level-loop-corner-hint-1 = Cesta ima dva dolga ravna dela.
level-loop-corner-hint-2 = Najprej zanka za zgornji del. Nato Zavij desno. Nato zanka za pot navzdol.
level-loop-corner-hint-3 = Začni z: Ponovi 4-krat, v njem Naprej. Nato Zavij desno.

level-loop-stairs-title = Stopnice z zanko
level-loop-stairs-instruction = Povzpni se po stopnicah do zastavice. Poišči del, ki se ponavlja.
level-loop-stairs-learned = Ko se vzorec ponavlja, ga enkrat sestavi v zanki. Zanka naredi ostalo.
level-loop-stairs-hint-1 = Poglej eno stopnico. Kaj robot naredi na njej?
level-loop-stairs-hint-2 = Zanka lahko vsebuje tudi zavoje. Postavi eno stopnico v Ponovi.
level-loop-stairs-hint-3 = Ena stopnica je: Naprej, Zavij levo, Naprej, Zavij desno.

level-loop-square-title = Kvadrat svetilk
level-loop-square-instruction = Prižgi tri svetilke v kotih. Uporabi zanko.
level-loop-square-learned = Zanka z zavojem v sebi lahko robota pelje okoli kvadrata.
level-loop-square-hint-1 = Vse stranice kvadrata so enake.
level-loop-square-hint-2 = V Ponovi postavi bloke za eno stranico in en kot.
level-loop-square-hint-3 = Ena stranica je: Naprej, Naprej, Prižgi, Zavij desno.

level-loop-fix-the-loop-title = Popravi zanko
level-loop-fix-the-loop-instruction = Ta zanka bi morala prižgati vse tri svetilke. Po prvi svetilki se robot zaleti v zid. Popravi zanko.
level-loop-fix-the-loop-learned = Zanka v vsakem krogu izvede iste bloke. Zato mora biti robot na koncu vsakega kroga obrnjen tako kot na začetku.
level-loop-fix-the-loop-hint-1 = Tapni Korak. Kam je robot obrnjen, ko se zanka začne znova?
level-loop-fix-the-loop-hint-2 = Na koncu vsakega kroga mora biti robot obrnjen v isto smer kot na začetku.
level-loop-fix-the-loop-hint-3 = Na koncu zanke manjka zavoj.

level-loop-in-a-loop-title = Zanka v zanki
level-loop-in-a-loop-instruction = Prižgi vse svetilke okoli kvadrata. Postavi zanko v drugo zanko.
level-loop-in-a-loop-learned = Zanka je lahko v drugi zanki. Vsakič, ko zunanja zanka naredi en krog, notranja zanka naredi vse svoje kroge.
level-loop-in-a-loop-hint-1 = Poglej eno stranico: tri svetilke v vrsti, nato kot.
level-loop-in-a-loop-hint-2 = Notranja zanka prižge eno stranico. Zunanja zanka to naredi za vsako stranico.
level-loop-in-a-loop-hint-3 = Notranja zanka: Ponovi 3-krat, v njem Naprej in Prižgi.

level-loop-lamp-stairs-title = Stopnice s svetilkami
level-loop-lamp-stairs-instruction = Spusti se po stopnicah in na vsaki stopnici prižgi svetilko.
level-loop-lamp-stairs-learned = Zanka lahko vozi, zavija in opravi nalogo. V vsakem krogu naredi celo stopnico.
level-loop-lamp-stairs-hint-1 = Kaj robot naredi na eni stopnici? Poglej, kje je svetilka.
level-loop-lamp-stairs-hint-2 = Poišči bloke za eno stopnico, z blokom Prižgi na pravem mestu. Nato naj jih zanka izvaja znova in znova.
level-loop-lamp-stairs-hint-3 = Ena stopnica se začne z: Naprej, Zavij desno, Naprej.

level-loop-big-ring-title = Veliki obroč
level-loop-big-ring-instruction = Prižgi svetilke v kotih velikega obroča. Stranice so dolge, zato uporabi zanko v zanki.
level-loop-big-ring-learned = Notranja zanka lahko prevozi dolgo stranico. Zunanja zanka za vsak kot ponovi stranico, zavoj in prižiganje.
level-loop-big-ring-hint-1 = Od enega kota do naslednjega so štiri polja.
level-loop-big-ring-hint-2 = Notranja zanka prevozi eno stranico. Zunanja zanka doda zavoj in prižiganje, enkrat za vsak kot.
level-loop-big-ring-hint-3 = Notranja zanka: Ponovi 4-krat, v njem Naprej.

level-choice-until-goal-title = Do konca
level-choice-until-goal-instruction = Pridi do zastavice. Uporabi Ponavljaj do konca: ponavlja, dokler naloga ni opravljena.
level-choice-until-goal-learned = Ponavljaj do konca znova in znova izvaja svoje bloke in se ustavi, ko je naloga opravljena. Ni ti treba šteti.
level-choice-until-goal-hint-1 = Kako daleč je zastavica? Tokrat ti tega ni treba vedeti.
level-choice-until-goal-hint-2 = Ponavljaj do konca izvaja bloke v sebi znova in znova, dokler robot ne stoji na zastavici.
level-choice-until-goal-hint-3 = Naprej gre v zanko. Nobenega števila ni treba nastaviti.

## Helper Hills

level-helper-first-helper-title = Tvoj prvi pomočnik
level-helper-first-helper-instruction = Prižgi tri svetilke. Bloke za eno svetilko sestavi v Pomočniku 1. Nato uporabi blok Pomočnik 1 v Glavnem programu.
level-helper-first-helper-learned = Pomočnik je seznam blokov z imenom. Njegov blok pokliče pomočnika: ta izvede cel seznam, kolikokrat želiš.
level-helper-first-helper-hint-1 = Svetilke so v kotih. Kaj robot naredi, da pride do ene svetilke?
level-helper-first-helper-hint-2 = Bloke za eno svetilko sestavi v Pomočniku 1. V Glavni program postavi blok Pomočnik 1, enkrat za vsako svetilko.
level-helper-first-helper-hint-3 = Pomočnik 1 je lahko: Naprej, Naprej, Prižgi, Zavij desno.

level-helper-zigzag-title = Pomočnik in zavoji
level-helper-zigzag-instruction = Prižgi tri svetilke. Pomočnik 1 naj vozi in prižiga. Glavni program naredi zavoje.
level-helper-zigzag-learned = Glavni program lahko meša bloke pomočnikov z drugimi bloki.
level-helper-zigzag-hint-1 = Med svetilkami cesta zavije. Ali zavije vsakič v isto smer?
level-helper-zigzag-hint-2 = Ravni del je vsakič enak, zato ga postavi v Pomočnika 1. Zavoje postavi v Glavni program.
level-helper-zigzag-hint-3 = Pomočnik 1: Naprej, Naprej, Naprej, Prižgi.

level-helper-lamp-stairs-title = Stopnice s pomočnikom
level-helper-lamp-stairs-instruction = Povzpni se po stopnicah in na vsaki stopnici prižgi svetilko. Uporabi Pomočnika 1.
level-helper-lamp-stairs-learned = Pomočnik lahko vsebuje večji vzorec, z vožnjo, zavoji in prižiganjem.
level-helper-lamp-stairs-hint-1 = Poglej eno stopnico. Kje je njena svetilka?
level-helper-lamp-stairs-hint-2 = Celo stopnico postavi v Pomočnika 1. Nato uporabi Pomočnika 1 enkrat za vsako stopnico.
level-helper-lamp-stairs-hint-3 = Ena stopnica se začne z: Naprej, Zavij levo, Naprej.

level-helper-call-itself-title = Pomočnik, ki se vrača na začetek
level-helper-call-itself-instruction = Povzpni se po dolgih stopnicah do zastavice. Glavni program lahko vsebuje samo 3 bloke. Ali lahko Pomočnik 1 pokliče samega sebe in nadaljuje, tako kot Ponavljaj do konca?
level-helper-call-itself-learned = Pomočnik lahko na svojem koncu pokliče samega sebe. Potem začne znova, kot zanka, dokler naloga ni opravljena.
level-helper-call-itself-hint-1 = Stopnic je več, kot je prostora v Glavnem programu.
level-helper-call-itself-hint-2 = Postavi blok Pomočnik 1 na konec, znotraj Pomočnika 1. Potem se Pomočnik 1 izvaja znova in znova.
level-helper-call-itself-hint-3 = Pomočnik 1 se začne z: Naprej, Zavij levo, Naprej, Zavij desno.

level-helper-round-and-round-title = Okoli in okoli
level-helper-round-and-round-instruction = Prižgi vse štiri svetilke. Pomočnik 1 naj gre okoli tako, da pokliče samega sebe.
level-helper-round-and-round-learned = Pomočnik, ki pokliče samega sebe, nadaljuje, dokler ne svetijo vse svetilke.
level-helper-round-and-round-hint-1 = Vsaka stranica ima eno svetilko, na sredini.
level-helper-round-and-round-hint-2 = Za eno stranico: vozi, prižgi, vozi, zavij. Nato Pomočnik 1 sam začne znova, ker pokliče samega sebe.
level-helper-round-and-round-hint-3 = Pomočnik 1 se začne z: Naprej, Prižgi, Naprej.

level-helper-fix-the-helper-title = Pomočnik, ki se ustavi
level-helper-fix-the-helper-instruction = Pomočnik 1 bi moral iti okoli kvadrata in prižgati vse tri svetilke, a se ustavi po prvi. Popravi Pomočnika 1.
level-helper-fix-the-helper-learned = Pomočnik, ki mora nadaljevati, na svojem koncu pokliče samega sebe. Brez tega klica se izvede enkrat in ustavi.
level-helper-fix-the-helper-hint-1 = Tapni Korak. Kaj se zgodi, ko Pomočnik 1 pride do svojega konca?
level-helper-fix-the-helper-hint-2 = Glavni program pokliče Pomočnika 1 samo enkrat. Kako bi Pomočnik 1 lahko samega sebe zagnal znova?
level-helper-fix-the-helper-hint-3 = Na koncu Pomočnika 1 nekaj manjka.

level-helper-second-helper-title = Dva pomočnika
level-helper-second-helper-instruction = Prižgi vse svetilke okoli kvadrata. Pomočnik 1 lahko pokliče Pomočnika 2. Za tri zvezdice Pomočnik 1 pokliče tudi samega sebe.
level-helper-second-helper-learned = Pomočnik lahko pokliče drugega pomočnika. Iz majhnih delov nastanejo večji.
level-helper-second-helper-hint-1 = Kateri je najmanjši vzorec? Poglej eno svetilko.
level-helper-second-helper-hint-2 = Najmanjši vzorec postavi v Pomočnika 2. Pomočnik 1 ga pokliče za eno stranico, zavije in nato pokliče samega sebe.
level-helper-second-helper-hint-3 = Pomočnik 2: Naprej, Prižgi.

level-helper-walk-then-loop-title = Najprej vožnja, nato zanka
level-helper-walk-then-loop-instruction = Najprej zapelji do stopnic. Nato naj se Pomočnik 1 povzpne po njih in prižge vsako svetilko: na svojem koncu pokliče samega sebe.
level-helper-walk-then-loop-learned = Glavni program lahko opravi prvi del naloge, ostalo pa prepusti pomočniku.
level-helper-walk-then-loop-hint-1 = Stopnice se ne začnejo tam, kjer stoji robot. Prva svetilka je tri polja stran.
level-helper-walk-then-loop-hint-2 = Z Glavnim programom zapelji do stopnic. Nato pokliči Pomočnika 1: ta se povzpne za eno stopnico, prižge njeno svetilko in pokliče samega sebe.
level-helper-walk-then-loop-hint-3 = Glavni program: Naprej, Naprej, Pomočnik 1.

level-helper-big-ring-title = Pomočniki gredo okoli
level-helper-big-ring-instruction = Prižgi tri svetilke okoli kvadrata. Bloka Zavij levo ni: sestavi ga v pomočniku. Glavni program vsebuje samo en blok, zato mora pomočnik poklicati samega sebe.
level-helper-big-ring-learned = Pomočnik je lahko blok, ki ga nimaš: trije bloki Zavij desno so en Zavij levo.
level-helper-big-ring-hint-1 = Cesta v vsakem kotu zavije na levo, ti pa imaš samo Zavij desno.
level-helper-big-ring-hint-2 = Po treh blokih Zavij desno je robot obrnjen enako kot po enem Zavij levo. Postavi jih v svojega pomočnika.
level-helper-big-ring-hint-3 = En pomočnik je lahko: Zavij desno, Zavij desno, Zavij desno.

## Choice Canyon

level-choice-first-if-title = Rdeča pomeni zavoj
level-choice-first-if-instruction = Vsako rdeče polje pomeni: tukaj zavij na levo. Z blokom Če preveri, ali je polje rdeče.
level-choice-first-if-learned = Blok Če postavi vprašanje. Bloki v njem se izvedejo samo, ko je odgovor da.
level-choice-first-if-hint-1 = Kje cesta zavije? Kakšne barve so ta polja?
level-choice-first-if-hint-2 = „Če na rdečem“ izvede svoje bloke samo, ko robot stoji na rdečem polju.
level-choice-first-if-hint-3 = V Ponavljaj do konca: Naprej, nato Če na rdečem.

level-choice-green-lamps-title = Zelena pred svetilko
level-choice-green-lamps-instruction = Zeleno polje pomeni, da je na naslednjem polju svetilka. Prižgi vse svetilke.
level-choice-green-lamps-learned = Vprašanje lahko robotu pove, kaj pride, da se lahko pripravi.
level-choice-green-lamps-hint-1 = Poglej polje tik pred vsako svetilko.
level-choice-green-lamps-hint-2 = Ko robot stoji na zelenem, lahko zapelje na svetilko in jo prižge.
level-choice-green-lamps-hint-3 = V Ponavljaj do konca: Naprej, nato Če na zelenem.

level-choice-path-right-title = Poglej desno
level-choice-path-right-instruction = Robot lahko preveri cesto. Zavij na desno povsod, kjer je desno prosto.
level-choice-path-right-learned = Robot zazna zidove. „Desno prosto“ je da, ko je polje desno od njega prosto.
level-choice-path-right-hint-1 = Na vsakem vogalu gre cesta desno.
level-choice-path-right-hint-2 = „Če desno prosto“ pogleda polje desno od robota.
level-choice-path-right-hint-3 = V Ponavljaj do konca: Naprej, nato Če desno prosto.

level-choice-fix-the-check-title = Preveč zavojev
level-choice-fix-the-check-instruction = Modra pomeni zavoj na desno. A ta robot zavije na vsakem polju in se zaleti v zid. Popravi program.
level-choice-fix-the-check-learned = Bloki v Če se izvedejo samo, ko je odgovor da. Blok za Če se izvede vsakič.
level-choice-fix-the-check-hint-1 = Tapni Korak. Ali robot zavije na polju, ki ni modro?
level-choice-fix-the-check-hint-2 = Kateri zavoj je v Če? Kateri se izvede vsakič?
level-choice-fix-the-check-hint-3 = Poglej zadnji blok v zanki.

level-choice-if-else-title = Če ali sicer
level-choice-if-else-instruction = Pelji naravnost, ko je spredaj prosto. Sicer zavij na desno. Pazi na majhne stranske poti!
level-choice-if-else-learned = Če … sicer izbere eno od dveh poti: prvi del, ko je odgovor da, del sicer, ko je odgovor ne.
level-choice-if-else-hint-1 = Majhne stranske poti ne vodijo nikamor. Zavij samo, ko je pred tabo zid.
level-choice-if-else-hint-2 = Če … sicer ima dva dela. Prvi del se izvede pri da. Del sicer pri ne.
level-choice-if-else-hint-3 = V Ponavljaj do konca uporabi Če spredaj prosto, z Naprej v prvem delu.

level-choice-colours-title = Rdeča in modra
level-choice-colours-instruction = Rdeča pomeni zavoj na levo. Modra pomeni zavoj na desno. Uporabi dva bloka Če.
level-choice-colours-learned = Program lahko postavi več vprašanj. Vsak blok Če postavi svoje.
level-choice-colours-hint-1 = Poglej barve polj, kjer cesta zavije.
level-choice-colours-hint-2 = V zanko postavi dva bloka Če: eden sprašuje po rdeči, drugi po modri.
level-choice-colours-hint-3 = V Ponavljaj do konca začni z Naprej. Nato Če na rdečem, v njem Zavij levo.

level-choice-corner-lamps-title = Prižgi ali zavij
level-choice-corner-lamps-instruction = Vsako polje te ceste je svetilka ali rdeče. Na rdečem zavij na levo. Na vsakem drugem polju prižgi svetilko.
level-choice-corner-lamps-learned = Če … sicer lahko sprašuje tudi po barvi: prvi del se izvede na rdečem, del sicer na vseh drugih poljih.
level-choice-corner-lamps-hint-1 = Katera polja nimajo svetilke? Kaj robot naredi tam?
level-choice-corner-lamps-hint-2 = En Če … sicer lahko opravi obe nalogi: en del za rdeča polja, del sicer za svetilke.
level-choice-corner-lamps-hint-3 = V Ponavljaj do konca: Naprej, nato Če na rdečem, z Zavij levo v prvem delu.

level-choice-two-rules-title = Dve pravili
level-choice-two-rules-instruction = Rdeča pomeni zavoj na levo. Zid spredaj pomeni zavoj na desno. Za eno pravilo uporabi Če, za drugo Če … sicer.
level-choice-two-rules-learned = En program lahko meša Če in Če … sicer. Vsak postavi svoje vprašanje, eno za drugim.
level-choice-two-rules-hint-1 = Nekatere poti gredo mimo rdečega polja dalje, a ne vodijo nikamor. Na rdečem zavij na levo.
level-choice-two-rules-hint-2 = V vsakem krogu postavi dve vprašanji: ali stojim na rdečem? Je spredaj prosto?
level-choice-two-rules-hint-3 = V Ponavljaj do konca začni z Naprej. Nato Če na rdečem, v njem Zavij levo.

level-choice-red-means-left-title = Križišče v kanjonu
level-choice-red-means-left-instruction = Pelji naravnost, dokler je spredaj prosto. Pri zidu poglej polje: na rdečem zavij na levo, na vsakem drugem polju na desno.
level-choice-red-means-left-learned = Če je lahko v drugem Če. Robot postavi eno vprašanje in potem morda še eno.
level-choice-red-means-left-hint-1 = Rdeča polja so pomembna samo pri zidu. Na odprti cesti zapelji čeznje. Ena pot gre v krog!
level-choice-red-means-left-hint-2 = Najprej vprašaj: je spredaj prosto? Samo ko ni, vprašaj: ali stojim na rdečem?
level-choice-red-means-left-hint-3 = V Ponavljaj do konca uporabi Če spredaj prosto … sicer, z Naprej v prvem delu.

## Bug Bay

level-bug-wrong-turn-title = Napačna smer
level-bug-wrong-turn-instruction = Ta program bi moral robota pripeljati do zastavice, a se robot zaleti v zid. Poišči napačni blok in ga popravi.
level-bug-wrong-turn-learned = Odpravljanje napak pomeni: najdi korak, ki gre narobe, in popravi samo ta korak.
level-bug-wrong-turn-hint-1 = Tapni Korak, da izvajaš en blok naenkrat. Kje gre narobe?
level-bug-wrong-turn-hint-2 = Napaka je pogosto samo en napačen blok. Zamenjaj ga s pravim.
level-bug-wrong-turn-hint-3 = Poglej zavoj. Mora robot zaviti na levo ali na desno?

level-bug-missing-step-title = Manjkajoči korak
level-bug-missing-step-instruction = Robot poskuša prižgati svetilko tam, kjer je ni. Poišči, kaj manjka.
level-bug-missing-step-learned = Včasih je napaka manjkajoči blok. Preštej polja, da preveriš.
level-bug-missing-step-hint-1 = Katera svetilka ostane ugasnjena?
level-bug-missing-step-hint-2 = Preštej polja od vogala do druge svetilke. Preštej tudi bloke Naprej.
level-bug-missing-step-hint-3 = Manjkajoči blok spada takoj za Zavij desno. Kateri blok premakne robota?

level-bug-loop-count-title = Preštej znova
level-bug-loop-count-instruction = Robot se zaleti v zid. Preveri, kolikokrat se ponovi vsaka zanka, in to popravi.
level-bug-loop-count-learned = Zanka, ki se ponovi enkrat preveč ali enkrat premalo, je zelo pogosta napaka.
level-bug-loop-count-hint-1 = Opazuj prvo zanko. Kje se robot zaleti?
level-bug-loop-count-hint-2 = Preštej polja pred vogalom. Tolikokrat se mora zanka ponoviti.
level-bug-loop-count-hint-3 = Spremeni število v prvi zanki.

level-bug-forgot-light-title = Luči so ugasnjene
level-bug-forgot-light-instruction = Robot gre okoli kvadrata, a nobena svetilka ne zasveti. Popravi zanko.
level-bug-forgot-light-learned = Ko se nekaj nikoli ne zgodi, preveri, ali v zanki manjka blok.
level-bug-forgot-light-hint-1 = Kateri blok prižge svetilko? Je v programu?
level-bug-forgot-light-hint-2 = Blok, ki ga dodaš v zanko, se izvede v vsakem krogu.
level-bug-forgot-light-hint-3 = Manjkajoči blok spada v zanko. Robot stoji na svetilki po obeh blokih Naprej.

level-bug-helper-turn-title = Napaka v pomočniku
level-bug-helper-turn-instruction = Pomočnik 1 ima napako. Glavni program ga pokliče trikrat, zato se napaka zgodi vsakič. Popravi jo enkrat.
level-bug-helper-turn-learned = Ko popraviš pomočnika, popraviš vsako mesto, ki ga kliče.
level-bug-helper-turn-hint-1 = Tapni Korak. Kaj se zgodi po prvi svetilki?
level-bug-helper-turn-hint-2 = Na vsakem vogalu tega kvadrata gre cesta desno.
level-bug-helper-turn-hint-3 = Poglej zadnji blok v Pomočniku 1.

level-bug-wrong-side-title = Napačna stran
level-bug-wrong-side-instruction = Cesta vedno zavije na desno, a robot se zaleti v zid. Blok Če postavlja napačno vprašanje. Popravi ga.
level-bug-wrong-side-learned = Če, ki postavlja napačno vprašanje, lahko pokvari ves program.
level-bug-wrong-side-hint-1 = Kam zavije cesta? Na katero stran gleda Če?
level-bug-wrong-side-hint-2 = V programu tapni blok Če. Nato tapni Spremeni vprašanje.
level-bug-wrong-side-hint-3 = Blok Če gleda na eno stran, cesta pa zavije na drugo.

level-bug-two-mistakes-title = Dve napaki
level-bug-two-mistakes-instruction = Ta program ima dve napaki. Poišči obe, da se bo robot povzpel po stopnicah do zastavice.
level-bug-two-mistakes-learned = Program ima lahko več kot eno napako. Popravi eno, zaženi znova in nato popravi naslednjo.
level-bug-two-mistakes-hint-1 = Opazuj prvo stopnico. Kje gre robot narobe?
level-bug-two-mistakes-hint-2 = Ena napaka je zavoj. Druga napaka je, kolikokrat se zanka ponovi.
level-bug-two-mistakes-hint-3 = Na vsaki stopnici gre robot gor in se nato obrne nazaj, da gleda v smer, v katero je šel. Preveri ta zavoj, nato preštej stopnice.

level-bug-mixed-colours-title = Pomešane barve
level-bug-mixed-colours-instruction = Rdeča bi morala pomeniti zavoj na levo, modra pa zavoj na desno. Nekdo ju je pomešal. Popravi program.
level-bug-mixed-colours-learned = Preizkusi program, poglej, kje naredi nekaj, česar ne želiš, in popravi samo to.
level-bug-mixed-colours-hint-1 = Kaj naredi robot na prvem modrem polju?
level-bug-mixed-colours-hint-2 = Vsak Če sprašuje po pravi barvi, a naredi napačen zavoj.
level-bug-mixed-colours-hint-3 = Zamenjaj zavoj v vsakem Če.
