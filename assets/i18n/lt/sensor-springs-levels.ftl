# Jutiklių šaltiniai: „Kartoti, kol“ užduoda klausimą prieš kiekvieną ratą; tada žodžiai
# ne, arba, ir sujungia arba apverčia klausimus. Blokų pavadinimai kaip robot.ftl.

level-sensor-first-while-title = Ilgi koridoriai
level-sensor-first-while-instruction = Uždek lempą dviejų ilgų koridorių gale. Išbandyk naują bloką: „Kartoti, kol“.
level-sensor-first-while-learned = „Kartoti, kol“ užduoda savo klausimą prieš kiekvieną ratą. Kol atsakymas „taip“, jis vėl vykdo savo blokus. Kai atsakymas „ne“, jis sustoja.
level-sensor-first-while-hint-1 = Kiek langelių ilgio kiekvienas koridorius? Šį kartą skaičiuoti nereikia.
level-sensor-first-while-hint-2 = „Kartoti, kol priekyje kelias“ veža robotą pirmyn, kol priešais jį atsiranda siena.
level-sensor-first-while-hint-3 = Kiekvienam koridoriui naudok po vieną „Kartoti, kol“ su „Pirmyn“ viduje.

level-sensor-blue-stripe-title = Sek mėlyną
level-sensor-blue-stripe-instruction = Mėlyna juosta veda prie lempos. Uždek ją. Atsargiai: kelias tęsiasi ir už lempos!
level-sensor-blue-stripe-learned = „Kartoti, kol“ gali klausti ir apie spalvą. „Kartoti, kol ant mėlyno“ tęsia, kol robotas nuvažiuoja nuo mėlynų langelių.
level-sensor-blue-stripe-hint-1 = Kur baigiasi mėlyna juosta? Ar ten baigiasi ir kelias?
level-sensor-blue-stripe-hint-2 = „Priekyje kelias“ nuvežtų robotą už lempos, iki pat sienos. Verčiau klausk apie spalvą.
level-sensor-blue-stripe-hint-3 = Robotas pradeda pilkame langelyje. Pirma užvažiuok ant juostos, tada naudok „Kartoti, kol ant mėlyno“.

level-sensor-three-stripes-title = Trys juostos
level-sensor-three-stripes-instruction = Uždek visas tris lempas. Kiekviena mėlyna juosta veda prie lempos, ir kiekviena juosta skirtingo ilgio.
level-sensor-three-stripes-learned = „Kartoti, kol“ gali būti „Kartoti“ viduje. Kiekvieną ratą vidinis ciklas vyksta, kol jo atsakymas „ne“.
level-sensor-three-stripes-hint-1 = Ką robotas daro prie vienos juostos? Ar prie kitų dviejų – tą patį?
level-sensor-three-stripes-hint-2 = Kiekvienai juostai: užvažiuok ant jos, važiuok, kol ant mėlyno, uždek lempą. Padaryk tai tris kartus.
level-sensor-three-stripes-hint-3 = Įdėk „Kartoti, kol ant mėlyno“ į „Kartoti 3 kartus“.

level-sensor-stop-on-red-title = Sustok ant raudono
level-sensor-stop-on-red-instruction = Pasiek vėliavėlę. Ji yra visai šalia raudono langelio.
level-sensor-stop-on-red-learned = „ne“ apverčia klausimą. „Kartoti, kol ne ant raudono“ tęsia, kol robotas atsistoja ant raudono.
level-sensor-stop-on-red-hint-1 = Prie raudono langelio sienos nėra. Ką ten gali patikrinti robotas?
level-sensor-stop-on-red-hint-2 = Paliesk „Keisti ne / ir / arba“, kad prieš klausimą atsirastų „ne“. „Ne ant raudono“ yra „taip“ kiekviename langelyje, kuris nėra raudonas.
level-sensor-stop-on-red-hint-3 = Pradėk nuo „Kartoti, kol ne ant raudono“ su „Pirmyn“ viduje. Tada pasuk vėliavėlės link.

level-sensor-fix-the-while-title = Ratu ir ratu
level-sensor-fix-the-while-instruction = Raudoni langeliai žymi kampus: ant kiekvieno suk į dešinę. Bet šis robotas sukasi ratu mažyčiame kvadrate. Pataisyk programą.
level-sensor-fix-the-while-learned = Blokai „Kartoti, kol“ viduje vykdomi kiekvieną ratą. Posūkis, kuris turi būti po ciklo, turi stovėti po juo, ne viduje.
level-sensor-fix-the-while-hint-1 = Paliesk „Žingsnis“. Kada robotas suka? Ar tada jis stovi ant raudono?
level-sensor-fix-the-while-hint-2 = Robotas turėtų sukti, kai atsistoja ant raudono, o ne po kiekvieno žingsnio.
level-sensor-fix-the-while-hint-3 = Pažiūrėk į blokus „Kartoti, kol“ viduje.

level-sensor-side-roads-title = Šoniniai keliai
level-sensor-side-roads-instruction = Lempa stovi visur, kur prasideda šoninis kelias – kairėje ar dešinėje. Uždek visas lempas.
level-sensor-side-roads-learned = „arba“ sujungia du klausimus. „Kairėje kelias arba dešinėje kelias“ yra „taip“, kai vienas iš jų „taip“ arba abu.
level-sensor-side-roads-hint-1 = Pažiūrėk į langelius su lempomis. Kas yra šalia kiekvieno iš jų?
level-sensor-side-roads-hint-2 = Vienas „Jei“ gali užduoti du klausimus iš karto, sujungtus žodžiu „arba“.
level-sensor-side-roads-hint-3 = Naudok „Kartoti, kol priekyje kelias“ ir pradėk jį nuo „Pirmyn“.

level-sensor-blue-and-free-title = Juostos ir sienos
level-sensor-blue-and-free-instruction = Sek tris mėlynas juostas iki vėliavėlės. Kai kurios juostos baigiasi prie sienos. Kitos tiesiog nutrūksta atvirame kelyje.
level-sensor-blue-and-free-learned = „ir“ irgi sujungia du klausimus. „Priekyje kelias ir ant mėlyno“ yra „taip“ tik tada, kai abu „taip“.
level-sensor-blue-and-free-hint-1 = Kur baigiasi kiekviena juosta? Kur robotas atsitrenktų į sieną?
level-sensor-blue-and-free-hint-2 = Važiuok tol, kol tiesa abu dalykai: priekyje kelias laisvas ir robotas ant mėlyno.
level-sensor-blue-and-free-hint-3 = Kiekvienas „Kartoti“ ratas daro tą patį: užvažiuoja ant juostos, važiuoja ja, suka į dešinę.

level-sensor-spiral-title = Ilgoji spiralė
level-sensor-spiral-instruction = Apvažiuok spiralę iki pat vėliavėlės.
level-sensor-spiral-learned = „Kartoti, kol“ gali būti kito „Kartoti, kol“ viduje. Išoriniam ciklui nereikia skaičiaus: jis užduoda savo klausimą.
level-sensor-spiral-hint-1 = Kiek koridorių turi spiralė? Ar „Kartoti“ gali suskaičiuoti tiek daug?
level-sensor-spiral-hint-2 = Kiekvienam koridoriui: važiuok iki sienos, tada suk į dešinę. Daryk tai tol, kol priekyje kelias laisvas.
level-sensor-spiral-hint-3 = Įdėk vieną „Kartoti, kol“ į kitą „Kartoti, kol“.

level-sensor-painted-corners-title = Nudažyti kampai
level-sensor-painted-corners-instruction = Uždek visas lempas. Kampai nudažyti raudonai arba mėlynai: ant abiejų spalvų suk į kairę.
level-sensor-painted-corners-learned = „Jei … kitaip“ gali užduoti ir sujungtą klausimą. Su „ant raudono arba ant mėlyno“ pirma dalis vykdoma ant abiejų spalvų, o „kitaip“ dalis – ant visų kitų langelių.
level-sensor-painted-corners-hint-1 = Kuriuose langeliuose nėra lempos? Kokios jie spalvos?
level-sensor-painted-corners-hint-2 = Užtenka vieno „Jei … kitaip“: „ant raudono arba ant mėlyno“ kampams, „kitaip“ dalis lempoms.
level-sensor-painted-corners-hint-3 = „Kartoti iki pabaigos“ viduje pradėk nuo „Pirmyn“.

level-sensor-maze-title = Labirintas
level-sensor-maze-instruction = Surask kelią per labirintą iki vėliavėlės. Naudok kuo mažiau blokų.
level-sensor-maze-learned = Laikyk vieną ranką ant sienos, ir išeisi iš daugelio labirintų. Tavo programa laikosi šios taisyklės ciklu cikle.
level-sensor-maze-hint-1 = Įsivaizduok, kad eini per labirintą, o tavo dešinė ranka visada liečia sieną.
level-sensor-maze-hint-2 = Kiekviename langelyje pirma bandyk sukti į dešinę. Jei ten siena, bandyk tiesiai, tada į kairę, tada atgal.
level-sensor-maze-hint-3 = „Kartoti, kol priekyje kelias“ viduje: „Pirmyn“, „Pasukti dešinėn“, tada „Kartoti, kol“, kuris klausia „ne priekyje kelias“.
