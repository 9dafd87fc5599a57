# Sensör Pınarları: “Koşul sürdükçe tekrarla” sorusunu her turdan önce sorar; sonra değil,
# veya, ve kelimeleri soruları birleştirir ya da tersine çevirir. Blok adları robot.ftl'deki
# gibi; programda: “önü açık iken tekrarla”.

level-sensor-first-while-title = Uzun koridorlar
level-sensor-first-while-instruction = İki uzun koridorun sonundaki lambayı yak. Yeni bloğu dene: “Koşul sürdükçe tekrarla”.
level-sensor-first-while-learned = “Koşul sürdükçe tekrarla” sorusunu her turdan önce sorar. Cevap evet olduğu sürece bloklarını yeniden çalıştırır. Cevap hayır olunca durur.
level-sensor-first-while-hint-1 = Her koridor kaç kare uzunluğunda? Bu sefer saymana gerek yok.
level-sensor-first-while-hint-2 = “önü açık iken tekrarla”, robotu önünde bir duvar olana kadar ilerletir.
level-sensor-first-while-hint-3 = Her koridor için, içinde “İleri” olan bir “Koşul sürdükçe tekrarla” kullan.

level-sensor-blue-stripe-title = Maviyi izle
level-sensor-blue-stripe-instruction = Mavi şerit bir lambaya gidiyor. Onu yak. Dikkat: yol lambadan sonra da devam ediyor!
level-sensor-blue-stripe-learned = “Koşul sürdükçe tekrarla” bir rengi de sorabilir. “mavide iken tekrarla”, robot mavi karelerden çıkana kadar devam eder.
level-sensor-blue-stripe-hint-1 = Mavi şerit nerede bitiyor? Yol da orada mı bitiyor?
level-sensor-blue-stripe-hint-2 = “önü açık” robotu lambanın ötesine, ta duvara kadar götürür. Onun yerine rengi sor.
level-sensor-blue-stripe-hint-3 = Robot gri bir karede başlıyor. Önce şeridin üstüne çık, sonra “mavide iken tekrarla” kullan.

level-sensor-three-stripes-title = Üç şerit
level-sensor-three-stripes-instruction = Üç lambayı da yak. Her mavi şerit bir lambaya gidiyor ve her şeridin uzunluğu farklı.
level-sensor-three-stripes-learned = “Koşul sürdükçe tekrarla”, bir “Tekrarla” bloğunun içine girebilir. Her turda içteki döngü, cevabı hayır olana kadar çalışır.
level-sensor-three-stripes-hint-1 = Robot bir şerit için ne yapıyor? Öteki ikisinde de aynı mı?
level-sensor-three-stripes-hint-2 = Her şerit için: üstüne çık, mavideyken ilerle, lambayı yak. Bunu üç kez yap.
level-sensor-three-stripes-hint-3 = “mavide iken tekrarla” bloğunu “3 kez tekrarla” içine koy.

level-sensor-stop-on-red-title = Kırmızıda dur
level-sensor-stop-on-red-instruction = Bayrağa ulaş. Bayrak kırmızı karenin hemen yanında.
level-sensor-stop-on-red-learned = “değil” bir soruyu tersine çevirir. “kırmızıda değil iken tekrarla”, robot kırmızıya basana kadar devam eder.
level-sensor-stop-on-red-hint-1 = Kırmızı karede duvar yok. Robot orada neyi kontrol edebilir?
level-sensor-stop-on-red-hint-2 = Bir sorunun arkasına “değil” koymak için “değil / ve / veya değiştir”e dokun. “kırmızıda değil”, kırmızı olmayan her karede evettir.
level-sensor-stop-on-red-hint-3 = İçinde “İleri” olan “kırmızıda değil iken tekrarla” ile başla. Sonra bayrağa doğru dön.

level-sensor-fix-the-while-title = Dönüp duran robot
level-sensor-fix-the-while-instruction = Kırmızı kareler köşeleri gösteriyor: her birinde sağa dön. Ama bu robot minicik bir karede dönüp duruyor. Programı düzelt.
level-sensor-fix-the-while-learned = “Koşul sürdükçe tekrarla” içindeki bloklar her turda çalışır. Döngüden sonra gelmesi gereken bir dönüş, içinde değil, arkasında durmalı.
level-sensor-fix-the-while-hint-1 = “Adım”a dokun. Robot ne zaman dönüyor? O sırada kırmızıda mı?
level-sensor-fix-the-while-hint-2 = Robot her adımdan sonra değil, kırmızıya basınca dönmeli.
level-sensor-fix-the-while-hint-3 = Döngünün içindeki bloklara bak.

level-sensor-side-roads-title = Yan yollar
level-sensor-side-roads-instruction = Solda ya da sağda bir yan yolun başladığı her yerde bir lamba var. Her lambayı yak.
level-sensor-side-roads-learned = “veya” iki soruyu birleştirir. “solu açık veya sağı açık”, biri ya da ikisi birden evetse evettir.
level-sensor-side-roads-hint-1 = Lambalı karelere bak. Her birinin yanında ne var?
level-sensor-side-roads-hint-2 = Tek bir “Eğer” aynı anda “veya” ile birleşmiş iki soru sorabilir.
level-sensor-side-roads-hint-3 = “önü açık iken tekrarla” kullan ve onun içine ilk olarak “İleri” koy.

level-sensor-blue-and-free-title = Şeritler ve duvarlar
level-sensor-blue-and-free-instruction = Üç mavi şeridi izleyerek bayrağa git. Bazı şeritler bir duvarda bitiyor. Bazıları açık yolda öylece bitiyor.
level-sensor-blue-and-free-learned = “ve” de iki soruyu birleştirir. “önü açık ve mavide” yalnızca ikisi de evetse evettir.
level-sensor-blue-and-free-hint-1 = Her şerit nerede bitiyor? Robot nerede duvara çarpar?
level-sensor-blue-and-free-hint-2 = İki şey doğru olduğu sürece ilerlemeye devam et: önü açık ve robot mavide.
level-sensor-blue-and-free-hint-3 = “Tekrarla” bloğunun her turu aynı şeyi yapar: bir şeride çık, boyunca ilerle, sağa dön.

level-sensor-spiral-title = Uzun sarmal
level-sensor-spiral-instruction = Sarmalın çevresinde dolaşarak bayrağa kadar git.
level-sensor-spiral-learned = Bir “Koşul sürdükçe tekrarla” başka bir “Koşul sürdükçe tekrarla” içine girebilir. Dıştaki döngünün sayıya ihtiyacı yok: kendi sorusunu sorar.
level-sensor-spiral-hint-1 = Sarmalın kaç koridoru var? “Tekrarla” o kadar yükseğe sayabilir mi?
level-sensor-spiral-hint-2 = Her koridor için: duvara kadar ilerle, sonra sağa dön. Önü açık olduğu sürece bunu yapmaya devam et.
level-sensor-spiral-hint-3 = Bir “Koşul sürdükçe tekrarla” bloğunu başka bir “Koşul sürdükçe tekrarla” içine koy.

level-sensor-painted-corners-title = Boyalı köşeler
level-sensor-painted-corners-instruction = Her lambayı yak. Köşeler kırmızıya ya da maviye boyalı: iki renkte de sola dön.
level-sensor-painted-corners-learned = “Eğer … değilse” birleşik bir soru da sorabilir. “kırmızıda veya mavide” ile ilk kısmı iki renkte, değilse kısmı diğer her karede çalışır.
level-sensor-painted-corners-hint-1 = Hangi karelerde lamba yok? Onlar hangi renkte?
level-sensor-painted-corners-hint-2 = Tek bir “Eğer … değilse” yeter: köşeler için “kırmızıda veya mavide”, lambalar için değilse kısmı.
level-sensor-painted-corners-hint-3 = “Bitene kadar tekrarla” içinde “İleri” ile başla.

level-sensor-maze-title = Labirent
level-sensor-maze-instruction = Labirentin içinden bayrağa giden yolu bul. Olabildiğince az blok kullan.
level-sensor-maze-learned = Bir elini duvarda tut, birçok labirentten çıkarsın. Programın bu kuralı döngü içinde döngüyle izler.
level-sensor-maze-hint-1 = Labirentte sağ elin hep duvarda yürüdüğünü düşün.
level-sensor-maze-hint-2 = Her karede önce sağa dönmeyi dene. Duvar varsa dümdüz, sonra sola, sonra geriye dene.
level-sensor-maze-hint-3 = “önü açık iken tekrarla” içinde: “İleri”, “Sağa dön”, sonra “önü açık değil” diye soran bir “Koşul sürdükçe tekrarla”.
