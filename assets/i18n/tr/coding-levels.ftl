# Kodlama dünyaları ve bölümleri. Her bölüm: başlık, ne yapılacağı, ne öğrenildiği ve üç
# ipucu (bir dürtme, fikir, çözümün bir parçası). Blok adları robot.ftl'deki gibi: İleri,
# Sola dön, Sağa dön, Yak, Tekrarla, Bitene kadar tekrarla, Eğer, Eğer … değilse,
# Yardımcı 1, Yardımcı 2, Ana program.

world-robot-road = Robot Yolu
world-loop-lagoon = Döngü Gölü
world-helper-hills = Yardımcı Tepeleri
world-choice-canyon = Seçim Kanyonu
world-sensor-springs = Sensör Pınarları
world-number-harbour = Sayı Limanı
world-signal-station = Sinyal İstasyonu
world-bug-bay = Hata Koyu

## Robot Yolu

level-robot-first-steps-title = İlk adımlar
level-robot-first-steps-instruction = Robotu bayrağa götüren bir program kur. Sonra “Çalıştır”a dokun.
level-robot-first-steps-learned = Program, adımlardan oluşan bir listedir. Robot onları sırayla, tek tek yapar.
level-robot-first-steps-hint-1 = Bayrağa bak. Robot şu anda hangi yöne bakıyor?
level-robot-first-steps-hint-2 = “İleri” robotu bir kare ilerletir. “Sağa dön” onu olduğu yerde döndürür.
level-robot-first-steps-hint-3 = Şununla başla: “İleri”, “İleri”, “Sağa dön”.

level-robot-turn-left-title = Sola dön
level-robot-turn-left-instruction = Robotu bayrağa götür. Bu sefer sola dönmesi gerekiyor.
level-robot-turn-left-learned = “Sola dön” ve “Sağa dön” robotun baktığı yönü değiştirir. Onu yerinden oynatmaz.
level-robot-turn-left-hint-1 = Robot yukarı bakıyor. Yol nerede dönüyor?
level-robot-turn-left-hint-2 = “Sola dön”den sonra “İleri” robotu yeni yöne götürür.
level-robot-turn-left-hint-3 = Şununla başla: “İleri”, “İleri”, “Sola dön”.

level-robot-zigzag-title = Zikzak basamaklar
level-robot-zigzag-instruction = Basamaklardan inerek bayrağa git. Yol her basamaktan sonra dönüyor.
level-robot-zigzag-learned = Uzun bir yol, art arda gelen küçük adımlardan ve dönüşlerden oluşur.
level-robot-zigzag-hint-1 = Yolu parmağınla izle. Dönüşleri say.
level-robot-zigzag-hint-2 = Aşağı inmek için sağa dön. Yeniden karşıya geçmek için sola dön.
level-robot-zigzag-hint-3 = Şununla başla: “İleri”, “Sağa dön”, “İleri”, “Sola dön”.

level-robot-around-rocks-title = Duvarın çevresinden
level-robot-around-rocks-instruction = Yolda bir duvar var. Bayrağa ulaşmak için çevresinden dolaş.
level-robot-around-rocks-learned = Yol kapalıysa, çevresinden dolaşan bir yol planlayabilirsin.
level-robot-around-rocks-hint-1 = Robot bayrağa dümdüz gidemez. Dolaşma yolu nerede?
level-robot-around-rocks-hint-2 = Önce yukarı, sonra yana, sonra aşağı git.
level-robot-around-rocks-hint-3 = Şununla başla: “İleri”, “İleri”, “Sağa dön”.

level-robot-fix-the-path-title = Yolu düzelt
level-robot-fix-the-path-instruction = Bu programda bir hata var: robot duvara çarpıyor. “Adım” ile onu izle, sonra programı düzelt.
level-robot-fix-the-path-learned = Hata, programdaki bir yanlıştır. Fazladan bir blok robotu duvara gönderebilir. Onu çıkar, program çalışsın.
level-robot-fix-the-path-hint-1 = Blokları tek tek çalıştırmak için “Adım”a dokun. Robot duvara nerede çarpıyor?
level-robot-fix-the-path-hint-2 = Robot dönmeden önce bir kare fazla gidiyor. Bir blok fazla.
level-robot-fix-the-path-hint-3 = Fazla blok ilk dönüşten önce geliyor.

level-robot-first-lamp-title = Işığı yak
level-robot-first-lamp-instruction = Lambaya git. Sonra onu açmak için “Yak” bloğunu kullan.
level-robot-first-lamp-learned = “Yak” yalnızca robot bir lambanın üstünde dururken çalışır.
level-robot-first-lamp-hint-1 = Lamba kaç kare uzakta?
level-robot-first-lamp-hint-2 = Önce robot lambanın üstünde durmalı. Sonra “Yak” onu açar.
level-robot-first-lamp-hint-3 = Lamba robotun üç kare önünde.

level-robot-two-lamps-title = İki lamba
level-robot-two-lamps-instruction = İki lambayı da yak. Bayrak yok: her lamba yanınca iş biter.
level-robot-two-lamps-learned = Robot yolda bir iş yapabilir: durur, lambayı yakar, sonra devam eder.
level-robot-two-lamps-hint-1 = İkinci lambaya giderken ilkinin üstünden geçersin.
level-robot-two-lamps-hint-2 = “Yak” bloğunu, robotu lambanın üstüne götüren bloğun hemen arkasına koy.
level-robot-two-lamps-hint-3 = Şununla başla: “İleri”, “İleri”, “Yak”.

level-robot-lamps-and-flag-title = Lambalar ve bayrak
level-robot-lamps-and-flag-instruction = İki lambayı da yak. Sonra bayrağa git.
level-robot-lamps-and-flag-learned = Bir işin birkaç parçası olabilir. Robot hepsini bitirmeli.
level-robot-lamps-and-flag-hint-1 = Bayrak ancak her lamba yanınca sayılır.
level-robot-lamps-and-flag-hint-2 = Bayrağa varmadan iki lambanın da üstünden geçen bir yol planla.
level-robot-lamps-and-flag-hint-3 = Şununla başla: “İleri”, “Yak”, “Sağa dön”.

level-robot-turn-around-title = Geri dön
level-robot-turn-around-instruction = Lambayı yak. Sonra geri dön ve bayrağa git.
level-robot-turn-around-learned = Aynı yöne iki dönüş, robotu geldiği yöne çevirir.
level-robot-turn-around-hint-1 = Lamba ve bayrak robotun farklı taraflarında.
level-robot-turn-around-hint-2 = Geri dönmek için iki dönüş kullan: “Sola dön”, “Sola dön”.
level-robot-turn-around-hint-3 = Şununla başla: “İleri”, “İleri”, “Yak”.

level-robot-long-road-title = Uzun yol
level-robot-long-road-instruction = İki lambayı da yak ve bayrakta bitir. Hangi taraftan dolaşmak daha kısa?
level-robot-long-road-learned = Birden fazla yol olabilir. Önce düşün, sonra kısa olanı seç.
level-robot-long-road-hint-1 = Dümdüz aşağı inmek bayrağa ulaştırır ama lambalar sönük kalır.
level-robot-long-road-hint-2 = Önce üstten git, sonra aşağı in, sonra alttan geri gel.
level-robot-long-road-hint-3 = Şununla başla: “İleri”, “Yak”, “İleri”, “Sağa dön”.

## Döngü Gölü

level-loop-first-loop-title = İlk döngü
level-loop-first-loop-instruction = Bayrağa ulaş. Programına yalnızca 3 blok sığıyor, bu yüzden “Tekrarla” bloğunu kullan.
level-loop-first-loop-learned = “Tekrarla” bloğu içindeki blokları tekrar tekrar çalıştırır. Tek bir döngü birçok bloğun işini görebilir.
level-loop-first-loop-hint-1 = Robotla bayrak arasındaki kareleri say.
level-loop-first-loop-hint-2 = “İleri” bloğunu bir “Tekrarla” bloğunun içine koy. Sonra sayıyı ayarlamak için “Daha çok”a dokun.
level-loop-first-loop-hint-3 = “İleri” döngünün içine girer. Sayıyı saydığın kare sayısı yap.

level-loop-lamp-row-title = Lamba sırası
level-loop-lamp-row-instruction = Beş lambanın hepsini yak. Programına yalnızca 5 blok sığıyor, bu yüzden bir döngü kullan.
level-loop-lamp-row-learned = Bir döngü birden fazla bloğu tekrarlayabilir. Burada bir adımı ve bir ışığı tekrarlıyor.
level-loop-lamp-row-hint-1 = Her lamba bir öncekinden sadece bir kare sonra.
level-loop-lamp-row-hint-2 = Bir “Tekrarla” bloğunun içine iki blok koy. Döngü ikisini de tekrar tekrar yapar.
level-loop-lamp-row-hint-3 = Döngünün içinde: “İleri”, sonra “Yak”. Kaç kez?

level-loop-corner-title = Köşeyi dön
level-loop-corner-instruction = Bayrağa ulaş. Her uzun yol için bir döngü kullan, aralarında da bir dönüş olsun.
level-loop-corner-learned = Bir programda art arda birkaç döngü olabilir.
level-loop-corner-hint-1 = Yolun iki uzun, düz kısmı var.
level-loop-corner-hint-2 = Önce üstteki yol için bir döngü. Sonra “Sağa dön”. Sonra aşağı inen yol için bir döngü.
level-loop-corner-hint-3 = Şununla başla: içinde “İleri” olan “4 kez tekrarla”. Sonra “Sağa dön”.

level-loop-stairs-title = Döngülü merdiven
level-loop-stairs-instruction = Merdivenden çıkarak bayrağa git. Tekrar eden kısmı bul.
level-loop-stairs-learned = Bir desen tekrar ediyorsa, onu bir kez bir döngünün içinde kur. Gerisini döngü yapar.
level-loop-stairs-hint-1 = Merdivenin bir basamağına bak. Robot orada ne yapıyor?
level-loop-stairs-hint-2 = Bir döngüde dönüşler de olabilir. Bir basamağı bir “Tekrarla” bloğunun içine koy.
level-loop-stairs-hint-3 = Bir basamak şöyle: “İleri”, “Sola dön”, “İleri”, “Sağa dön”.

level-loop-square-title = Lamba karesi
level-loop-square-instruction = Köşelerdeki üç lambayı yak. Bir döngü kullan.
level-loop-square-learned = İçinde dönüş olan bir döngü robotu bir karenin çevresinde dolaştırabilir.
level-loop-square-hint-1 = Karenin her kenarı aynı görünüyor.
level-loop-square-hint-2 = Bir kenarın ve bir köşenin bloklarını bir “Tekrarla” bloğunun içine koy.
level-loop-square-hint-3 = Bir kenar şöyle: “İleri”, “İleri”, “Yak”, “Sağa dön”.

level-loop-fix-the-loop-title = Döngüyü düzelt
level-loop-fix-the-loop-instruction = Bu döngü üç lambayı da yakmalı. Robot ilk lambadan sonra duvara çarpıyor. Döngüyü düzelt.
level-loop-fix-the-loop-learned = Döngü her turda aynı blokları yapar. Bu yüzden her tur, robot başladığı yöne bakarken bitmeli.
level-loop-fix-the-loop-hint-1 = “Adım”a dokun. Döngü yeniden başlarken robot hangi yöne bakıyor?
level-loop-fix-the-loop-hint-2 = Her turun sonunda robot, baştaki yöne bakmalı.
level-loop-fix-the-loop-hint-3 = Döngünün sonunda bir dönüş eksik.

level-loop-in-a-loop-title = Döngü içinde döngü
level-loop-in-a-loop-instruction = Karenin çevresindeki her lambayı yak. Bir döngüyü başka bir döngünün içine koy.
level-loop-in-a-loop-learned = Bir döngü başka bir döngünün içine girebilir. Dıştaki döngü bir kez çalıştıkça içteki döngü tüm turlarını yapar.
level-loop-in-a-loop-hint-1 = Bir kenara bak: sıra sıra üç lamba, sonra bir köşe.
level-loop-in-a-loop-hint-2 = İçteki döngü bir kenarı yakar. Dıştaki döngü bunu her kenar için yapar.
level-loop-in-a-loop-hint-3 = İçteki döngü: içinde “İleri” ve “Yak” olan “3 kez tekrarla”.

level-loop-lamp-stairs-title = Lambalı merdiven
level-loop-lamp-stairs-instruction = Merdivenden in ve her basamaktaki lambayı yak.
level-loop-lamp-stairs-learned = Bir döngü hareket edebilir, dönebilir ve bir iş yapabilir. Her turda bütün bir basamağı yapar.
level-loop-lamp-stairs-hint-1 = Robot bir basamakta ne yapıyor? Lambanın nerede olduğuna bak.
level-loop-lamp-stairs-hint-2 = Bir basamağın bloklarını bul, “Yak” doğru yerde olsun. Sonra onları tekrarla.
level-loop-lamp-stairs-hint-3 = Bir basamak şöyle başlar: “İleri”, “Sağa dön”, “İleri”.

level-loop-big-ring-title = Büyük halka
level-loop-big-ring-instruction = Büyük halkanın köşelerindeki lambaları yak. Kenarlar uzun, bu yüzden döngü içinde döngü kullan.
level-loop-big-ring-learned = İçteki döngü uzun bir kenarı yürüyebilir. Dıştaki döngü her köşe için kenar, dönüş ve ışığı yeniden yapar.
level-loop-big-ring-hint-1 = Bir köşeden ötekine dört kare var.
level-loop-big-ring-hint-2 = İçteki döngü bir kenarı yürür. Dıştaki döngü her köşe için bir kez dönüşü ve ışığı ekler.
level-loop-big-ring-hint-3 = İçteki döngü: içinde “İleri” olan “4 kez tekrarla”.

level-choice-until-goal-title = Bitene kadar
level-choice-until-goal-instruction = Bayrağa ulaş. “Bitene kadar tekrarla” bloğunu kullan: iş bitene kadar devam eder.
level-choice-until-goal-learned = “Bitene kadar tekrarla” bloklarını tekrar tekrar çalıştırır ve iş bitince durur. Saymak zorunda değilsin.
level-choice-until-goal-hint-1 = Bayrak ne kadar uzakta? Bu sefer bilmen gerekmiyor.
level-choice-until-goal-hint-2 = “Bitene kadar tekrarla”, robot bayrağa varana kadar içindeki blokları tekrarlar.
level-choice-until-goal-hint-3 = “İleri” döngünün içine girer. Ayarlanacak sayı yok.

## Yardımcı Tepeleri

level-helper-first-helper-title = İlk yardımcın
level-helper-first-helper-instruction = Üç lambayı yak. Bir lambanın bloklarını “Yardımcı 1” içinde kur. Sonra “Ana program” içinde “Yardımcı 1” bloğunu kullan.
level-helper-first-helper-learned = Yardımcı, adı olan bir blok listesidir. Onun bloğu yardımcıyı çağırır: istediğin kadar, bütün listeyi çalıştırır.
level-helper-first-helper-hint-1 = Lambalar köşelerde. Robot bir lambaya ulaşmak için ne yapıyor?
level-helper-first-helper-hint-2 = Bir lambanın bloklarını “Yardımcı 1” içinde kur. “Ana program” içine her lamba için bir “Yardımcı 1” bloğu koy.
level-helper-first-helper-hint-3 = “Yardımcı 1” şöyle olabilir: “İleri”, “İleri”, “Yak”, “Sağa dön”.

level-helper-zigzag-title = Yardımcı ve dönüşler
level-helper-zigzag-instruction = Üç lambayı yak. Yürüyüp yakma işini “Yardımcı 1” yapsın. Dönüşleri “Ana program” yapar.
level-helper-zigzag-learned = “Ana program” yardımcı bloklarını başka bloklarla karıştırabilir.
level-helper-zigzag-hint-1 = Lambaların arasında yol dönüyor. Her seferinde aynı yöne mi dönüyor?
level-helper-zigzag-hint-2 = Düz kısım her seferinde aynı, bu yüzden onu “Yardımcı 1” içine koy. Dönüşleri “Ana program” içine koy.
level-helper-zigzag-hint-3 = “Yardımcı 1”: “İleri”, “İleri”, “İleri”, “Yak”.

level-helper-lamp-stairs-title = Yardımcıyla merdiven
level-helper-lamp-stairs-instruction = Merdivenden çık ve her basamaktaki lambayı yak. “Yardımcı 1” kullan.
level-helper-lamp-stairs-learned = Bir yardımcı, hareketler, dönüşler ve ışıklarla daha büyük bir deseni tutabilir.
level-helper-lamp-stairs-hint-1 = Bir basamağa bak. Lambası nerede?
level-helper-lamp-stairs-hint-2 = Bütün bir basamağı “Yardımcı 1” içine koy. Sonra her basamak için “Yardımcı 1” bloğunu bir kez kullan.
level-helper-lamp-stairs-hint-3 = Bir basamak şöyle başlar: “İleri”, “Sola dön”, “İleri”.

level-helper-call-itself-title = Döngü yapan yardımcı
level-helper-call-itself-instruction = Uzun merdivenden çıkarak bayrağa git. “Ana program” içine yalnızca 3 blok sığıyor. “Yardımcı 1” kendini çağırıp “Bitene kadar tekrarla” gibi devam edebilir mi?
level-helper-call-itself-learned = Bir yardımcı, sonunda kendini çağırabilir. O zaman iş bitene kadar bir döngü gibi yeniden başlar.
level-helper-call-itself-hint-1 = Basamak sayısı, “Ana program” içindeki yerden fazla.
level-helper-call-itself-hint-2 = “Yardımcı 1” bloğunu en sona, “Yardımcı 1” içine koy. Böylece “Yardımcı 1” kendini çağırır ve tekrar tekrar çalışır.
level-helper-call-itself-hint-3 = “Yardımcı 1” şöyle başlar: “İleri”, “Sola dön”, “İleri”, “Sağa dön”.

level-helper-round-and-round-title = Dön dolaş
level-helper-round-and-round-instruction = Dört lambanın hepsini yak. “Yardımcı 1” kendini çağırarak çevreyi dolaşsın.
level-helper-round-and-round-learned = Kendini çağıran bir yardımcı, her lamba yanana kadar devam eder.
level-helper-round-and-round-hint-1 = Her kenarın ortasında bir lamba var.
level-helper-round-and-round-hint-2 = Bir kenar için: yürü, yak, yürü, dön. Sonra “Yardımcı 1” kendini çağırarak yeniden başlar.
level-helper-round-and-round-hint-3 = “Yardımcı 1” şöyle başlar: “İleri”, “Yak”, “İleri”.

level-helper-fix-the-helper-title = Duran yardımcı
level-helper-fix-the-helper-instruction = “Yardımcı 1” karenin çevresini dolaşıp üç lambayı da yakmalı, ama ilkinden sonra duruyor. “Yardımcı 1” bloklarını düzelt.
level-helper-fix-the-helper-learned = Devam etmesi gereken bir yardımcı, sonunda kendini çağırır. Bu çağrı olmadan bir kez çalışır ve durur.
level-helper-fix-the-helper-hint-1 = “Adım”a dokun. “Yardımcı 1” sonuna gelince ne oluyor?
level-helper-fix-the-helper-hint-2 = “Ana program”, “Yardımcı 1” bloğunu yalnızca bir kez çağırıyor. “Yardımcı 1” kendini nasıl yeniden başlatabilir?
level-helper-fix-the-helper-hint-3 = “Yardımcı 1” bloklarının sonunda bir şey eksik.

level-helper-second-helper-title = İki yardımcı
level-helper-second-helper-instruction = Karenin çevresindeki her lambayı yak. “Yardımcı 1”, “Yardımcı 2” bloğunu çağırabilir. Üç yıldız için “Yardımcı 1” kendini de çağırır.
level-helper-second-helper-learned = Bir yardımcı başka bir yardımcıyı çağırabilir. Küçük parçalar daha büyük parçalar kurar.
level-helper-second-helper-hint-1 = En küçük desen ne? Bir lambaya bak.
level-helper-second-helper-hint-2 = En küçük deseni “Yardımcı 2” içine koy. “Yardımcı 1” bir kenar için onu çağırır, döner ve sonra kendini çağırır.
level-helper-second-helper-hint-3 = “Yardımcı 2”: “İleri”, “Yak”.

level-helper-walk-then-loop-title = Önce yürü, sonra döngü
level-helper-walk-then-loop-instruction = Önce merdivene yürü. Sonra “Yardımcı 1” merdivenden çıksın ve her lambayı yaksın: sonunda kendini çağırır.
level-helper-walk-then-loop-learned = “Ana program” bir işin ilk kısmını yapıp gerisini bir yardımcıya bırakabilir.
level-helper-walk-then-loop-hint-1 = Merdiven robotun durduğu yerden başlamıyor. İlk lamba üç kare ileride.
level-helper-walk-then-loop-hint-2 = Merdivene kadar yürümek için “Ana program” kullan. Sonra “Yardımcı 1” bloğunu çağır: bir basamak çıkar, lambasını yakar ve kendini çağırır.
level-helper-walk-then-loop-hint-3 = “Ana program”: “İleri”, “İleri”, “Yardımcı 1”.

level-helper-big-ring-title = Yardımcılar dolaşıyor
level-helper-big-ring-instruction = Karenin çevresindeki üç lambayı yak. “Sola dön” bloğu yok: bir yardımcıda kendin kur. “Ana program” içine yalnızca bir blok sığıyor, bu yüzden bir yardımcı kendini çağırmalı.
level-helper-big-ring-learned = Bir yardımcı, sende olmayan bir blok olabilir: üç “Sağa dön” bir “Sola dön” eder.
level-helper-big-ring-hint-1 = Yol her köşede sola dönüyor ama sende yalnızca “Sağa dön” var.
level-helper-big-ring-hint-2 = Üç “Sağa dön” bloğundan sonra robot, bir “Sola dön” sonrasındaki yöne bakar. Onları ayrı bir yardımcıya koy.
level-helper-big-ring-hint-3 = Bir yardımcı şöyle olabilir: “Sağa dön”, “Sağa dön”, “Sağa dön”.

## Seçim Kanyonu

level-choice-first-if-title = Kırmızı dön demek
level-choice-first-if-instruction = Her kırmızı kare şu demek: burada sola dön. Kırmızıyı kontrol etmek için bir “Eğer” bloğu kullan.
level-choice-first-if-learned = “Eğer” bloğu bir soru sorar. İçindeki bloklar yalnızca cevap evet olduğunda çalışır.
level-choice-first-if-hint-1 = Yol nerede dönüyor? O karelerin rengi ne?
level-choice-first-if-hint-2 = “Eğer kırmızıda ise” bloklarını yalnızca robot kırmızı bir karede dururken çalıştırır.
level-choice-first-if-hint-3 = “Bitene kadar tekrarla” içinde: “İleri”, sonra “Eğer kırmızıda ise”.

level-choice-green-lamps-title = Lambadan önce yeşil
level-choice-green-lamps-instruction = Yeşil bir kare, sonraki karede lamba olduğu anlamına gelir. Bütün lambaları yak.
level-choice-green-lamps-learned = Bir kontrol robota sırada ne olduğunu söyleyebilir, böylece hazırlanabilir.
level-choice-green-lamps-hint-1 = Her lambanın hemen önündeki kareye bak.
level-choice-green-lamps-hint-2 = Robot yeşildeyken lambanın üstüne çıkıp onu yakabilir.
level-choice-green-lamps-hint-3 = “Bitene kadar tekrarla” içinde: “İleri”, sonra “Eğer yeşilde ise”.

level-choice-path-right-title = Sağa bak
level-choice-path-right-instruction = Robot yolu kontrol edebilir. Sağda yol olan her yerde sağa dön.
level-choice-path-right-learned = Robot duvarları algılayabilir. Sağındaki kare boşsa “sağı açık” evet olur.
level-choice-path-right-hint-1 = Her köşede yol sağa gidiyor.
level-choice-path-right-hint-2 = “Eğer sağı açık ise” robotun sağındaki kareye bakar.
level-choice-path-right-hint-3 = “Bitene kadar tekrarla” içinde: “İleri”, sonra “Eğer sağı açık ise”.

level-choice-fix-the-check-title = Fazla dönüş
level-choice-fix-the-check-instruction = Mavi, sağa dön demek. Ama bu robot her karede dönüyor ve duvara çarpıyor. Programı düzelt.
level-choice-fix-the-check-learned = Bir “Eğer” bloğunun içindeki bloklar yalnızca cevap evet olunca çalışır. “Eğer” bloğundan sonraki bir blok her seferinde çalışır.
level-choice-fix-the-check-hint-1 = “Adım”a dokun. Robot mavi olmayan bir karede dönüyor mu?
level-choice-fix-the-check-hint-2 = Hangi dönüş “Eğer” bloğunun içinde? Hangisi her seferinde çalışıyor?
level-choice-fix-the-check-hint-3 = Döngüdeki son bloğa bak.

level-choice-if-else-title = Eğer ya da değilse
level-choice-if-else-instruction = Önün açıksa ilerle. Değilse sağa dön. Küçük yan yollara dikkat et!
level-choice-if-else-learned = “Eğer … değilse” iki yoldan birini seçer: cevap evetse ilk kısmı, hayırsa değilse kısmını.
level-choice-if-else-hint-1 = Küçük yan yollar hiçbir yere çıkmıyor. Yalnızca önünde duvar varsa dön.
level-choice-if-else-hint-2 = “Eğer … değilse” bloğunun iki kısmı var. İlk kısım evette çalışır. Değilse kısmı hayırda çalışır.
level-choice-if-else-hint-3 = “Bitene kadar tekrarla” içinde, ilk kısmında “İleri” olan “Eğer önü açık ise” kullan.

level-choice-colours-title = Kırmızı ve mavi
level-choice-colours-instruction = Kırmızı, sola dön demek. Mavi, sağa dön demek. İki “Eğer” bloğu kullan.
level-choice-colours-learned = Bir program birden fazla soru sorabilir. Her “Eğer” bloğu kendi sorusunu sorar.
level-choice-colours-hint-1 = Yolun döndüğü karelerin renklerine bak.
level-choice-colours-hint-2 = Döngüye iki “Eğer” bloğu koy: biri kırmızıyı, biri maviyi sorsun.
level-choice-colours-hint-3 = “Bitene kadar tekrarla” içinde “İleri” ile başla. Sonra içinde “Sola dön” olan “Eğer kırmızıda ise”.

level-choice-corner-lamps-title = Yak ya da dön
level-choice-corner-lamps-instruction = Bu yolun her karesi ya lamba ya da kırmızı. Kırmızıda sola dön. Diğer her karede lambayı yak.
level-choice-corner-lamps-learned = “Eğer … değilse” bir rengi de sorabilir: ilk kısmı kırmızıda, değilse kısmı diğer her karede çalışır.
level-choice-corner-lamps-hint-1 = Hangi karelerde lamba yok? Robot orada ne yapıyor?
level-choice-corner-lamps-hint-2 = Tek bir “Eğer … değilse” iki işi de görür: bir kısım kırmızı kareler için, değilse kısmı lambalar için.
level-choice-corner-lamps-hint-3 = “Bitene kadar tekrarla” içinde: “İleri”, sonra ilk kısmında “Sola dön” olan “Eğer kırmızıda ise”.

level-choice-two-rules-title = İki kural
level-choice-two-rules-instruction = Kırmızı, sola dön demek. Önde duvar, sağa dön demek. Bir kural için “Eğer”, öteki için “Eğer … değilse” kullan.
level-choice-two-rules-learned = Bir program “Eğer” ile “Eğer … değilse” bloklarını karıştırabilir. Her biri sırayla kendi sorusunu sorar.
level-choice-two-rules-hint-1 = Bazı yollar kırmızı bir kareden sonra devam ediyor ama hiçbir yere çıkmıyor. Kırmızıda sola dön.
level-choice-two-rules-hint-2 = Her turda iki soru sor: kırmızıda mıyım? Önüm açık mı?
level-choice-two-rules-hint-3 = “Bitene kadar tekrarla” içinde “İleri” ile başla. Sonra içinde “Sola dön” olan “Eğer kırmızıda ise”.

level-choice-red-means-left-title = Kanyon kavşağı
level-choice-red-means-left-instruction = Önün açık olduğu sürece ilerle. Duvara gelince kareye bak: kırmızıdaysan sola dön, başka bir karedeysen sağa dön.
level-choice-red-means-left-learned = Bir “Eğer” başka bir “Eğer” bloğunun içine girebilir. Robot bir soru sorar, sonra belki bir tane daha.
level-choice-red-means-left-hint-1 = Kırmızı kareler yalnızca duvarın önünde önemli. Açık yolda üstlerinden geç. Yollardan biri daire çiziyor!
level-choice-red-means-left-hint-2 = Önce sor: önüm açık mı? Yalnızca açık değilse sor: kırmızıda mıyım?
level-choice-red-means-left-hint-3 = “Bitene kadar tekrarla” içinde, ilk kısmında “İleri” olan “Eğer önü açık ise … değilse” kullan.

## Hata Koyu

level-bug-wrong-turn-title = Yanlış yön
level-bug-wrong-turn-instruction = Bu program robotu bayrağa götürmeli ama robot duvara çarpıyor. Yanlış bloğu bul ve düzelt.
level-bug-wrong-turn-learned = Hata ayıklamak, yanlış giden adımı bulup yalnızca o adımı düzeltmek demektir.
level-bug-wrong-turn-hint-1 = Blokları tek tek çalıştırmak için “Adım”a dokun. Nerede yanlış gidiyor?
level-bug-wrong-turn-hint-2 = Hata çoğu zaman tek bir yanlış bloktur. Onu doğrusuyla değiştir.
level-bug-wrong-turn-hint-3 = Dönüşe bak. Robot sola mı dönmeli, sağa mı?

level-bug-missing-step-title = Eksik adım
level-bug-missing-step-instruction = Robot, lamba olmayan bir yerde lamba yakmaya çalışıyor. Neyin eksik olduğunu bul.
level-bug-missing-step-learned = Bazen hata eksik bir bloktur. Kontrol etmek için kareleri say.
level-bug-missing-step-hint-1 = Hangi lamba sönük kalıyor?
level-bug-missing-step-hint-2 = Köşeden ikinci lambaya kadar kareleri say. “İleri” bloklarını da say.
level-bug-missing-step-hint-3 = Eksik blok “Sağa dön” bloğunun hemen arkasına gelir. Robotu hangi blok hareket ettirir?

level-bug-loop-count-title = Yeniden say
level-bug-loop-count-instruction = Robot duvara çarpıyor. Her döngünün kaç kez tekrarladığını kontrol et ve düzelt.
level-bug-loop-count-learned = Bir kez fazla ya da bir kez eksik tekrarlayan döngü çok yaygın bir hatadır.
level-bug-loop-count-hint-1 = İlk döngüyü izle. Robot nerede çarpıyor?
level-bug-loop-count-hint-2 = Köşeden önceki kareleri say. Döngü o kadar kez tekrarlamalı.
level-bug-loop-count-hint-3 = İlk döngünün sayısını değiştir.

level-bug-forgot-light-title = Işıklar sönük
level-bug-forgot-light-instruction = Robot karenin çevresini dolaşıyor ama hiçbir lamba yanmıyor. Döngüyü düzelt.
level-bug-forgot-light-learned = Bir şey hiç olmuyorsa, döngüde bir blok eksik mi diye bak.
level-bug-forgot-light-hint-1 = Hangi blok bir lambayı açar? Programda var mı?
level-bug-forgot-light-hint-2 = Bir döngünün içine eklediğin blok her turda çalışır.
level-bug-forgot-light-hint-3 = Eksik blok döngünün içine girer. İki “İleri” bloğundan sonra robot bir lambanın üstünde durur.

level-bug-helper-turn-title = Yardımcı hatası
level-bug-helper-turn-instruction = “Yardımcı 1” içinde bir hata var. “Ana program” onu üç kez çağırıyor, bu yüzden hata her seferinde oluyor. Onu bir kez düzelt.
level-bug-helper-turn-learned = Bir yardımcıyı düzeltince, onu çağıran her yeri düzeltmiş olursun.
level-bug-helper-turn-hint-1 = “Adım”a dokun. İlk lambadan sonra ne oluyor?
level-bug-helper-turn-hint-2 = Bu karenin her köşesinde yol sağa gidiyor.
level-bug-helper-turn-hint-3 = “Yardımcı 1” içindeki son bloğa bak.

level-bug-wrong-side-title = Yanlış taraf
level-bug-wrong-side-instruction = Yol hep sağa dönüyor ama robot duvara çarpıyor. “Eğer” yanlış soruyu soruyor. Onu düzelt.
level-bug-wrong-side-learned = Yanlış soru soran bir “Eğer”, bütün programı yanlış yola sokabilir.
level-bug-wrong-side-hint-1 = Yol hangi yöne dönüyor? “Eğer” hangi tarafa bakıyor?
level-bug-wrong-side-hint-2 = Programdaki “Eğer” bloğuna dokun. Sonra “Soruyu değiştir”e dokun.
level-bug-wrong-side-hint-3 = Blok bir tarafa bakıyor, yol öbür tarafa dönüyor.

level-bug-two-mistakes-title = İki hata
level-bug-two-mistakes-instruction = Bu programda iki hata var. Robot merdivenden çıkıp bayrağa varsın diye ikisini de bul.
level-bug-two-mistakes-learned = Bir programda birden fazla hata olabilir. Birini düzelt, yeniden çalıştır, sonra ötekini düzelt.
level-bug-two-mistakes-hint-1 = Merdivenin ilk basamağını izle. Robot nerede yanlış gidiyor?
level-bug-two-mistakes-hint-2 = Hatalardan biri bir dönüş. Öteki, döngünün kaç kez tekrarladığı.
level-bug-two-mistakes-hint-3 = Her basamakta robot yukarı çıkar, sonra gittiği yöne yeniden döner. O dönüşü kontrol et, sonra basamakları say.

level-bug-mixed-colours-title = Karışık renkler
level-bug-mixed-colours-instruction = Kırmızı sola dön, mavi sağa dön demek olmalı. Biri bunları karıştırmış. Programı düzelt.
level-bug-mixed-colours-learned = Programını dene, istemediğin bir şeyi nerede yaptığını gör ve yalnızca onu düzelt.
level-bug-mixed-colours-hint-1 = Robot ilk mavi karede ne yapıyor?
level-bug-mixed-colours-hint-2 = Her “Eğer” doğru rengi soruyor ama yanlış dönüşü yapıyor.
level-bug-mixed-colours-hint-3 = Her “Eğer” bloğunun içindeki dönüşü değiştir.
