# Sayı Limanı: yardımcıların içinde döngüler ve “Eğer” blokları, sayı alan yardımcılar ve
# robotun sayacı. Blok adları robot.ftl'deki gibi.

## Yardımcıların içinde döngüler ve “Eğer”

level-number-loop-in-helper-title = Yardımcıda döngü
level-number-loop-in-helper-instruction = Uzun kenarların uçlarındaki üç lambayı yak. “Ana program” içine yalnızca 3 blok, “Yardımcı 1” içine yalnızca 4 blok sığıyor.
level-number-loop-in-helper-learned = Bir yardımcıda döngü olabilir. “Ana program” yardımcıyı her çağırdığında döngüsü baştan çalışır.
level-number-loop-in-helper-hint-1 = Üç kenar birbirine benziyor: aynı uzunlukta, sonunda bir lamba ve bir dönüş var. Robot bir kenarda ne yapıyor?
level-number-loop-in-helper-hint-2 = Dört “İleri” bloğu ve bir dönüş “Yardımcı 1” içine sığmaz. Onun yerine yardımcının içine bir “Tekrarla” koy.
level-number-loop-in-helper-hint-3 = “Yardımcı 1”: içinde “İleri” olan “4 kez tekrarla”, sonra “Sağa dön”.

level-number-round-the-basin-title = Havuzun çevresinde
level-number-round-the-basin-instruction = Liman havuzunun çevresindeki her lambayı yak. “Ana program” içine yalnızca bir blok sığıyor, bu yüzden “Yardımcı 1” kendini çağırmalı.
level-number-round-the-basin-learned = Bir yardımcıda döngü olabilir ve yine de kendini çağırabilir. Döngü bir kenarı yapar, çağrı sonraki kenarı başlatır.
level-number-round-the-basin-hint-1 = Her kenar aynı görünüyor. Bir kenarda kaç lamba var?
level-number-round-the-basin-hint-2 = Bir kenar şöyle: üç kez “İleri” ve “Yak”, sonra bir dönüş. Bunu “Yardımcı 1” içinde bir döngüyle kur ve “Yardımcı 1” sonunda kendini çağırsın.
level-number-round-the-basin-hint-3 = “Yardımcı 1”, içinde “İleri” ve “Yak” olan “3 kez tekrarla” ile başlar.

level-number-if-in-helper-title = Kırmızı köşeler
level-number-if-in-helper-instruction = Liman duvarı boyunca bütün lambaları yak. Kırmızı bir karede yol sola döner. “Ana program” içine yalnızca 3 blok sığıyor.
level-number-if-in-helper-learned = Bir yardımcıda “Eğer” olabilir. Yardımcı her çalıştığında sorusunu yeniden sorar; böylece tek bir yardımcı hem düz yollara hem köşelere uyar.
level-number-if-in-helper-hint-1 = Bir lambadan ötekine hep iki adım var. Bazen aradaki kare kırmızı.
level-number-if-in-helper-hint-2 = “Yardımcı 1” robotu bir lambadan ötekine götürsün. Yolda şunu sorar: kırmızıda mıyım? “Ana program” lambayı yakar ve iş bitene kadar tekrarlar.
level-number-if-in-helper-hint-3 = “Yardımcı 1”, “İleri” ile başlar, sonra “Eğer kırmızıda ise” gelir.

## Sayı alan yardımcılar

level-number-walk-n-title = n kare yürü
level-number-walk-n-instruction = Bayrağa ulaş. Yolun düz kısımlarının uzunlukları farklı ve “Ana program” içine yalnızca 5 blok sığıyor. “Yardımcı 1, sayıyla” kullan.
level-number-walk-n-learned = Bir yardımcıyı çağırırken ona bir sayı verebilirsin. Yardımcının içinde “n kez tekrarla”, o sayı kadar tekrarlar.
level-number-walk-n-hint-1 = Yolun her düz kısmındaki kareleri say.
level-number-walk-n-hint-2 = “Yardımcı 1” içinde “İleri” bloğunu “n kez tekrarla” içine koy. Böylece “Yardımcı 1, sayı 3” 3 kare, “Yardımcı 1, sayı 6” 6 kare yürür.
level-number-walk-n-hint-3 = “Ana program”, “Yardımcı 1, sayı 3” ile başlar, sonra “Sağa dön” gelir.

level-number-spiral-title = Sarmal
level-number-spiral-instruction = Sarmalı izleyerek ortadaki bayrağa git. Her düz kısım bir öncekinden bir kare kısa.
level-number-spiral-learned = Yardımcı aynı kalır, her çağrıda yalnızca sayısı değişir. “Ana program” sadece ne kadar gidileceğini söyler.
level-number-spiral-hint-1 = Her düz kısım ne kadar uzun? Robot her birinin sonunda ne yapıyor?
level-number-spiral-hint-2 = “Yardımcı 1” n kare yürüyüp dönebilir. “Ana program” onu dört kez, her seferinde daha küçük bir sayıyla çağırır.
level-number-spiral-hint-3 = “Yardımcı 1”, “Sağa dön” ile biter.

level-number-lamp-rows-title = Lamba sıraları
level-number-lamp-rows-instruction = 5 lambalık sırayı ve 3 lambalık sırayı yak. “Ana program” içine yalnızca 3 blok sığıyor.
level-number-lamp-rows-learned = Sayı adımları saymak zorunda değil. Burada lambaları sayıyor: “Yardımcı 1, sayı 5” 5 lamba yakar.
level-number-lamp-rows-hint-1 = Her lamba için robot lambanın üstüne gider ve onu yakar.
level-number-lamp-rows-hint-2 = “İleri” ve “Yak” bloklarını “n kez tekrarla” içine koy. Böylece n, “Yardımcı 1” kaç lamba yakacağını söyler.
level-number-lamp-rows-hint-3 = “Ana program”: “Yardımcı 1, sayı 5”, sonra “Sağa dön”, sonra bir blok daha.

## Robotun sayacı

level-number-third-opening-title = Üçüncü sapak
level-number-third-opening-instruction = Bayrağa giden yol, sağdaki üçüncü sapak. Robot geçtiği sapakları saysın.
level-number-third-opening-learned = Robotun 0'dan başlayan bir sayacı var. “Sayaca 1 ekle” bir ekler, “Eğer sayaç 3 ise” bunun kaç kez olduğunu sorar.
level-number-third-opening-hint-1 = Sağdaki ilk iki sapak sadece yola geri çıkıyor. Yalnızca üçüncüsü bayrağa gidiyor.
level-number-third-opening-hint-2 = Sağında yol olduğu her seferde sayaca 1 ekle. Yalnızca sayaç 3 olunca sağa dön.
level-number-third-opening-hint-3 = “Bitene kadar tekrarla” içinde: “İleri”, sonra “Eğer sağı açık ise”.

level-number-counting-helper-title = Sayan yardımcı
level-number-counting-helper-instruction = Bayrağa ulaşmak için sağdaki üçüncü sapağa gir. “Ana program” içine yalnızca 4 blok sığıyor, bu yüzden saymayı “Yardımcı 1” yapmalı.
level-number-counting-helper-learned = “Ana program” ve yardımcılar tek bir sayacı paylaşır. Bir yardımcı ona ekleyebilir ve onu sorabilir; yardımcı bitince sayaç olduğu gibi kalır.
level-number-counting-helper-hint-1 = Bu sefer robot sola doğru gidiyor, yani onun sağ tarafı tahtanın üst kısmı.
level-number-counting-helper-hint-2 = “Ana program” ilerler ve sorar: sağı açık mı? Açıksa “Yardımcı 1” bloğunu çağırır. “Yardımcı 1” sayar ve sayaç 3 olunca sağa döner.
level-number-counting-helper-hint-3 = “Yardımcı 1”, “Sayaca 1 ekle” ile başlar.

level-number-second-red-title = İkinci kırmızı kare
level-number-second-red-instruction = Bayrağa ulaş. İlk kırmızı karede değil, ikincisinde sola dön.
level-number-second-red-learned = Sayaç, robotun sorabildiği her şeyi sayabilir: sapakları, renkleri ve daha fazlasını.
level-number-second-red-hint-1 = İki kırmızı karenin de solunda bir yol var. Hangisi bayrağa gidiyor?
level-number-second-red-hint-2 = Her kırmızı karede sayaca 1 ekle. Yalnızca sayaç 2 olunca sola dön.
level-number-second-red-hint-3 = “Bitene kadar tekrarla” içinde: “İleri”, sonra “Eğer kırmızıda ise”.

level-number-fix-the-count-title = Yeniden saymak
level-number-fix-the-count-instruction = Robot her ikinci kırmızı karede sola dönmeli. İkincisinde dönüyor ama dördüncüsünde dümdüz gidip duvara çarpıyor. Programı düzelt.
level-number-fix-the-count-learned = Sayaç, onu geri ayarlayana kadar büyümeye devam eder. “Sayacı 0 yap” yeni bir sayma turu başlatır.
level-number-fix-the-count-hint-1 = “Adım”a dokun ve adım numarasının yanındaki sayacı izle. Dördüncü kırmızı karede sayaç kaç?
level-number-fix-the-count-hint-2 = İlk dönüşten sonra robot yeniden 0'dan saymalı.
level-number-fix-the-count-hint-3 = Robot sola döndükten hemen sonra ne olduğuna bak.
