# Signalų stotis: įvykiai. Šalia pagrindinės programos ir padėjėjų programa turi dalį, kuri
# pati įsijungia kiekvieną kartą, kai įvyksta įvykis (robotas užvažiuoja ant lempos, ant
# raudono, mėlyno, žalio). Įvykio dalis vadinama jos pavadinimu, kaip ją mato mokiniai.

## Pirmas įvykis, spalva, tinkamas įvykis

level-signal-first-event-title = Lempos čia ir ten
level-signal-first-event-instruction = Uždek visas lempas, tada sustok prie vėliavėlės. Pagrindinėje programoje telpa tik 3 blokai, todėl viena ji to nepadarys. Išbandyk naują dalį: „Kai robotas užvažiuoja ant lempos“.
level-signal-first-event-learned = Įvykis – tai kas nors, kas nutinka, pavyzdžiui, robotas užvažiuoja ant lempos. Blokai dalyje „Kai robotas užvažiuoja ant lempos“ vykdomi kiekvieną kartą, kai tai nutinka. Tada robotas tęsia pagrindinę programą.
level-signal-first-event-hint-1 = Lempos nutolusios viena nuo kitos nevienodai. Ar pagrindinė programa turi žinoti, kur yra kiekviena lempa?
level-signal-first-event-hint-2 = Tegul pagrindinė programa tik važiuoja iki vėliavėlės. Kiekvieną kartą, kai robotas užvažiuoja ant lempos, dalis „Kai robotas užvažiuoja ant lempos“ įsijungia pati.
level-signal-first-event-hint-3 = Įdėk „Uždegti“ į dalį „Kai robotas užvažiuoja ant lempos“.

level-signal-blue-corners-title = Mėlyni kampai
level-signal-blue-corners-instruction = Nuvažiuok iki vėliavėlės viduryje. Mėlyni langeliai rodo, kur kelias suka. Pagrindinėje programoje telpa tik 3 blokai.
level-signal-blue-corners-learned = Įvykis gali būti ir spalva. „Kai robotas užvažiuoja ant mėlyno“ vykdoma kiekvieną kartą, kai „Pirmyn“ užveža robotą ant mėlyno langelio.
level-signal-blue-corners-hint-1 = Į kurią pusę kelias suka prie kiekvieno mėlyno langelio? Ar kaskart į tą pačią?
level-signal-blue-corners-hint-2 = Pagrindinė programa tik važiuoja pirmyn. Posūkiai priklauso dalyje „Kai robotas užvažiuoja ant mėlyno“.
level-signal-blue-corners-hint-3 = Pagrindinė programa – tai „Kartoti iki pabaigos“ su „Pirmyn“ viduje.

level-signal-which-event-title = Kuri spalva?
level-signal-which-event-instruction = Nuvažiuok iki vėliavėlės. Prie kai kurių spalvotų langelių kelias suka į kairę. Atidžiai pažiūrėk į spalvas ir pasirink tinkamą įvykį.
level-signal-which-event-learned = „Keisti įvykį“ parenka, į ką robotas atsako. Pasirink įvykį, kuris nutinka būtent ten, kur robotas turi veikti.
level-signal-which-event-hint-1 = Kur kelias suka? Kokios spalvos tie langeliai?
level-signal-which-event-hint-2 = Raudoni langeliai yra tiesiose dalyse. Posūkis ten veda į aklavietę. Paliesk „Keisti įvykį“.
level-signal-which-event-hint-3 = Įdėk „Pasukti kairėn“ į dalį „Kai robotas užvažiuoja ant žalio“.

## Daugiau įvykio dalyje: du blokai, skaitiklis, klausimai, padėjėjas

level-signal-corner-lamps-title = Lempos kampuose
level-signal-corner-lamps-instruction = Vieną kartą apvažiuok žiedą, uždek keturias lempas ir sustok prie vėliavėlės už roboto. Kiekviena lempa yra kampe.
level-signal-corner-lamps-learned = Įvykio dalyje gali būti daugiau nei vienas blokas. Kiekvieną kartą, kai įvyksta įvykis, visi jos blokai vykdomi vienas po kito.
level-signal-corner-lamps-hint-1 = Ką robotas turi padaryti kiekviename kampe?
level-signal-corner-lamps-hint-2 = Prie kiekvienos lempos yra du darbai: uždegti lempą ir pasukti. Abu eina į dalį „Kai robotas užvažiuoja ant lempos“.
level-signal-corner-lamps-hint-3 = Įdėk „Uždegti“ į dalį „Kai robotas užvažiuoja ant lempos“. Kas dar nutinka kampe?

level-signal-count-reds-title = Trečias raudonas langelis
level-signal-count-reds-instruction = Pasiek vėliavėlę. Kiekvienas raudonas langelis turi kelią kairėje, bet tik trečiasis veda iki vėliavėlės. Tegul robotas skaičiuoja raudonus langelius.
level-signal-count-reds-learned = Įvykio dalis gali naudoti ir skaitiklį. „Kai robotas užvažiuoja ant raudono“ ant kiekvieno raudono langelio prideda 1, todėl pagrindinei programai tereikia važiuoti.
level-signal-count-reds-hint-1 = Trys raudoni langeliai atrodo vienodai. Kaip robotas gali žinoti, kuris yra trečias?
level-signal-count-reds-hint-2 = Kiekvieną kartą, kai robotas užvažiuoja ant raudono, pridėk 1 prie skaitiklio. Kai skaitiklis lygus 3, suk į kairę.
level-signal-count-reds-hint-3 = „Kai robotas užvažiuoja ant raudono“ prasideda „Pridėti 1 prie skaitiklio“.

level-signal-winding-road-title = Vingiuotas kelias
level-signal-winding-road-instruction = Sek vingiuotu keliu, uždek visas lempas ir pasiek vėliavėlę. Lempos ne kampuose.
level-signal-winding-road-learned = Pagrindinė programa ir įvykio dalis gali atlikti po vieną darbą. Čia pagrindinė programa seka kelią, o „Kai robotas užvažiuoja ant lempos“ pakeliui uždega lempas.
level-signal-winding-road-hint-1 = Į kurią pusę kelias suka kiekviename kampe?
level-signal-winding-road-hint-2 = Pagrindinė programa važiuoja ir suka į dešinę visur, kur dešinėje yra kelias. Lempos – darbas dalies „Kai robotas užvažiuoja ant lempos“.
level-signal-winding-road-hint-3 = Pagrindinėje programoje, „Kartoti iki pabaigos“ viduje: „Pirmyn“, tada „Jei dešinėje kelias“.

level-signal-fix-the-event-title = Netinkamas įvykis
level-signal-fix-the-event-instruction = Ant kiekvieno mėlyno langelio robotas turėtų pasukti ten, kur eina kelias. Bet jis suka per anksti ir atsitrenkia į sieną. Pataisyk programą.
level-signal-fix-the-event-learned = Jei įvykio dalis daro tinkamą dalyką netinkamu metu, pirmiausia patikrink jos įvykį. Vienas palietimas ant „Keisti įvykį“ gali tai pataisyti.
level-signal-fix-the-event-hint-1 = Paliesk „Žingsnis“ ir stebėk. Ant kurio langelio robotas pasuka pirmą kartą?
level-signal-fix-the-event-hint-2 = Įvykio dalies blokai teisingi. Jie tik vykdomi ne ant tų langelių.
level-signal-fix-the-event-hint-3 = Perskaityk pavadinimą virš „Jei … kitaip“. Ar tai nutinka kampuose?

level-signal-side-steps-title = Žingsniai į šoną
level-signal-side-steps-instruction = Pasiek vėliavėlę. Prie kiekvieno raudono langelio kelias pasislenka vienu langeliu į roboto dešinę. Dalyje „Kai robotas užvažiuoja ant raudono“ telpa tik 2 blokai.
level-signal-side-steps-learned = Įvykio dalis gali iškviesti padėjėją, lygiai kaip pagrindinė programa. Padėjėjo blokai įvykdomi, o tada robotas tęsia pagrindinę programą.
level-signal-side-steps-hint-1 = Ką robotas daro ant raudono langelio, kad patektų į kitą kelio dalį?
level-signal-side-steps-hint-2 = Žingsniui į šoną reikia trijų blokų, bet įvykio dalyje telpa tik 2. Sukurk žingsnį į šoną Padėjėjuje 1 ir iškviesk jį iš dalies „Kai robotas užvažiuoja ant raudono“.
level-signal-side-steps-hint-3 = Padėjėjas 1 prasideda „Pasukti dešinėn“.
