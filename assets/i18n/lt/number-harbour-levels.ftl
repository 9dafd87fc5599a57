# Skaičių uostas: ciklai ir „Jei“ padėjėjų viduje, padėjėjai, gaunantys skaičių, ir roboto
# skaitiklis. Blokų pavadinimai kaip robot.ftl.

## Ciklai ir „Jei“ padėjėjų viduje

level-number-loop-in-helper-title = Ciklas padėjėjuje
level-number-loop-in-helper-instruction = Uždek tris lempas ilgųjų kraštinių galuose. Pagrindinėje programoje telpa tik 3 blokai, o Padėjėjuje 1 – tik 4.
level-number-loop-in-helper-learned = Padėjėjas gali turėti ciklą. Kiekvieną kartą, kai pagrindinė programa iškviečia padėjėją, jo ciklas vėl vyksta nuo pradžių.
level-number-loop-in-helper-hint-1 = Trys kraštinės vienodos: tokio paties ilgio, gale lempa ir posūkis. Ką robotas daro vienoje kraštinėje?
level-number-loop-in-helper-hint-2 = Keturi „Pirmyn“ blokai ir posūkis netelpa į Padėjėją 1. Verčiau įdėk „Kartoti“ į padėjėją.
level-number-loop-in-helper-hint-3 = Padėjėjas 1: „Kartoti 4 kartus“ su „Pirmyn“ viduje, tada „Pasukti dešinėn“.

level-number-round-the-basin-title = Aplink baseiną
level-number-round-the-basin-instruction = Uždek visas lempas aplink uosto baseiną. Pagrindinėje programoje telpa tik vienas blokas, todėl Padėjėjas 1 turi iškviesti pats save.
level-number-round-the-basin-learned = Padėjėjas gali turėti ciklą ir vis tiek iškviesti pats save. Ciklas įveikia vieną kraštinę, o iškvietimas pradeda kitą.
level-number-round-the-basin-hint-1 = Visos kraštinės atrodo vienodai. Kiek lempų vienoje kraštinėje?
level-number-round-the-basin-hint-2 = Viena kraštinė: tris kartus „Pirmyn“ ir „Uždegti“, tada posūkis. Sukurk tai Padėjėjuje 1 su ciklu, o pabaigoje tegul Padėjėjas 1 iškviečia pats save.
level-number-round-the-basin-hint-3 = Padėjėjas 1 prasideda „Kartoti 3 kartus“ su „Pirmyn“ ir „Uždegti“ viduje.

level-number-if-in-helper-title = Raudoni kampai
level-number-if-in-helper-instruction = Uždek visas lempas palei uosto sieną. Raudoname langelyje kelias suka į kairę. Pagrindinėje programoje telpa tik 3 blokai.
level-number-if-in-helper-learned = Padėjėjas gali turėti „Jei“. Kiekvieną kartą, kai padėjėjas vykdomas, jis vėl užduoda savo klausimą, todėl vienas padėjėjas tinka ir tiesiems keliams, ir kampams.
level-number-if-in-helper-hint-1 = Nuo vienos lempos iki kitos visada du žingsniai. Kartais langelis tarp jų raudonas.
level-number-if-in-helper-hint-2 = Tegul Padėjėjas 1 nuveža robotą nuo vienos lempos iki kitos. Pakeliui jis klausia: ar aš ant raudono? Pagrindinė programa uždega lempą ir kartoja iki pabaigos.
level-number-if-in-helper-hint-3 = Padėjėjas 1 prasideda „Pirmyn“, tada „Jei ant raudono“.

## Padėjėjai su skaičiumi

level-number-walk-n-title = Nuvažiuok n langelių
level-number-walk-n-instruction = Pasiek vėliavėlę. Tiesios kelio dalys skirtingo ilgio, o pagrindinėje programoje telpa tik 5 blokai. Naudok „Padėjėjas 1 su skaičiumi“.
level-number-walk-n-learned = Kai iškvieti padėjėją, gali jam duoti skaičių. Padėjėjo viduje „Kartoti n kartų“ kartoja tiek kartų, kiek sako tas skaičius.
level-number-walk-n-hint-1 = Suskaičiuok kiekvienos tiesios kelio dalies langelius.
level-number-walk-n-hint-2 = Padėjėjuje 1 įdėk „Pirmyn“ į „Kartoti n kartų“. Tada „Padėjėjas 1 su 3“ nuvažiuoja 3 langelius, o „Padėjėjas 1 su 6“ – 6.
level-number-walk-n-hint-3 = Pagrindinė programa prasideda „Padėjėjas 1 su 3“, tada „Pasukti dešinėn“.

level-number-spiral-title = Spiralė
level-number-spiral-instruction = Sek spirale iki vėliavėlės viduryje. Kiekviena tiesi dalis vienu langeliu trumpesnė už ankstesnę.
level-number-spiral-learned = Padėjėjas lieka tas pats, keičiasi tik jo skaičius kiekvieną kartą. Pagrindinė programa tik pasako, kiek toli.
level-number-spiral-hint-1 = Kokio ilgio kiekviena tiesi dalis? Ką robotas daro kiekvienos pabaigoje?
level-number-spiral-hint-2 = Padėjėjas 1 gali nuvažiuoti n langelių ir pasukti. Pagrindinė programa jį iškviečia keturis kartus, kaskart su mažesniu skaičiumi.
level-number-spiral-hint-3 = Padėjėjas 1 baigiasi „Pasukti dešinėn“.

level-number-lamp-rows-title = Lempų eilės
level-number-lamp-rows-instruction = Uždek 5 lempų eilę ir 3 lempų eilę. Pagrindinėje programoje telpa tik 3 blokai.
level-number-lamp-rows-learned = Skaičius nebūtinai skaičiuoja žingsnius. Čia jis skaičiuoja lempas: „Padėjėjas 1 su 5“ uždega 5 lempas.
level-number-lamp-rows-hint-1 = Prie kiekvienos lempos robotas užvažiuoja ant jos ir ją uždega.
level-number-lamp-rows-hint-2 = Įdėk „Pirmyn“ ir „Uždegti“ į „Kartoti n kartų“. Tada n pasako, kiek lempų uždega Padėjėjas 1.
level-number-lamp-rows-hint-3 = Pagrindinė programa: „Padėjėjas 1 su 5“, tada „Pasukti dešinėn“, tada dar vienas blokas.

## Roboto skaitiklis

level-number-third-opening-title = Trečias posūkis
level-number-third-opening-instruction = Kelias iki vėliavėlės – trečias posūkis į dešinę. Tegul robotas skaičiuoja posūkius, pro kuriuos pravažiuoja.
level-number-third-opening-learned = Robotas turi skaitiklį, kuris prasideda nuo 0. „Pridėti 1 prie skaitiklio“ prideda vienetą, o „Jei skaitiklis lygus 3“ klausia, kiek kartų tai įvyko.
level-number-third-opening-hint-1 = Pirmi du posūkiai į dešinę tik grąžina į kelią. Tik trečias veda iki vėliavėlės.
level-number-third-opening-hint-2 = Kiekvieną kartą, kai dešinėje yra kelias, pridėk 1 prie skaitiklio. Suk į dešinę tik tada, kai skaitiklis lygus 3.
level-number-third-opening-hint-3 = „Kartoti iki pabaigos“ viduje: „Pirmyn“, tada „Jei dešinėje kelias“.

level-number-counting-helper-title = Skaičiuojantis padėjėjas
level-number-counting-helper-instruction = Pasuk į trečią posūkį dešinėje ir pasiek vėliavėlę. Pagrindinėje programoje telpa tik 4 blokai, todėl skaičiuoti turi Padėjėjas 1.
level-number-counting-helper-learned = Pagrindinė programa ir padėjėjai turi vieną bendrą skaitiklį. Padėjėjas gali prie jo pridėti ir apie jį klausti, o skaitiklis išlieka, kai padėjėjas baigiasi.
level-number-counting-helper-hint-1 = Šį kartą robotas važiuoja į kairę, todėl jo dešinė pusė yra lentos viršus.
level-number-counting-helper-hint-2 = Pagrindinė programa važiuoja ir klausia: ar dešinėje yra kelias? Jei taip, ji iškviečia Padėjėją 1. Padėjėjas 1 skaičiuoja ir suka į dešinę, kai skaitiklis lygus 3.
level-number-counting-helper-hint-3 = Padėjėjas 1 prasideda „Pridėti 1 prie skaitiklio“.

level-number-second-red-title = Antras raudonas langelis
level-number-second-red-instruction = Pasiek vėliavėlę. Suk į kairę ant antro raudono langelio, ne ant pirmo.
level-number-second-red-learned = Skaitiklis gali skaičiuoti viską, apie ką robotas gali klausti: posūkius, spalvas ir kitką.
level-number-second-red-hint-1 = Abu raudoni langeliai turi kelią kairėje. Kuris veda iki vėliavėlės?
level-number-second-red-hint-2 = Ant kiekvieno raudono langelio pridėk 1 prie skaitiklio. Suk į kairę tik tada, kai skaitiklis lygus 2.
level-number-second-red-hint-3 = „Kartoti iki pabaigos“ viduje: „Pirmyn“, tada „Jei ant raudono“.

level-number-fix-the-count-title = Skaičiuok nuo pradžių
level-number-fix-the-count-instruction = Robotas turėtų sukti į kairę ant kas antro raudono langelio. Ant antro jis suka, bet ant ketvirto važiuoja tiesiai į sieną. Pataisyk programą.
level-number-fix-the-count-learned = Skaitiklis vis didėja, kol jį nustatai iš naujo. „Nustatyti skaitiklį į 0“ pradeda naują skaičiavimo ratą.
level-number-fix-the-count-hint-1 = Paliesk „Žingsnis“ ir stebėk skaitiklį šalia žingsnio numerio. Kiek rodo skaitiklis ant ketvirto raudono langelio?
level-number-fix-the-count-hint-2 = Po pirmo posūkio robotas turėtų vėl skaičiuoti nuo 0.
level-number-fix-the-count-hint-3 = Pažiūrėk, kas nutinka iškart po to, kai robotas pasuka į kairę.
