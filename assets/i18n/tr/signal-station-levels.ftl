# Sinyal İstasyonu: olaylar. “Ana program” ve yardımcıların yanında, bir programın bir olay
# her olduğunda kendiliğinden çalışan bir bölümü vardır (robot lambaya, kırmızıya, maviye,
# yeşile gelince). Olay bölümü, öğrencilerin gördüğü başlığıyla anılır.

## İlk olay, bir renk, doğru olay

level-signal-first-event-title = Orada burada lambalar
level-signal-first-event-instruction = Her lambayı yak, sonra bayrakta dur. “Ana program” içine yalnızca 3 blok sığıyor, tek başına bunu yapamaz. Yeni bölümü dene: “Robot lambaya gelince”.
level-signal-first-event-learned = Olay, olan bir şeydir; robotun bir lambaya gelmesi gibi. “Robot lambaya gelince” içindeki bloklar bu her olduğunda çalışır. Sonra robot “Ana program” ile devam eder.
level-signal-first-event-hint-1 = Lambalar arasındaki uzaklıklar aynı değil. “Ana program” her lambanın yerini bilmek zorunda mı?
level-signal-first-event-hint-2 = “Ana program” sadece bayrağa gitsin. Robot her lambaya geldiğinde “Robot lambaya gelince” kendiliğinden çalışır.
level-signal-first-event-hint-3 = “Yak” bloğunu “Robot lambaya gelince” içine koy.

level-signal-blue-corners-title = Mavi köşeler
level-signal-blue-corners-instruction = Ortadaki bayrağa git. Mavi kareler yolun nerede döndüğünü gösteriyor. “Ana program” içine yalnızca 3 blok sığıyor.
level-signal-blue-corners-learned = Bir olay bir renk de olabilir. “Robot maviye gelince”, bir “İleri” robotu mavi bir kareye her götürdüğünde çalışır.
level-signal-blue-corners-hint-1 = Yol her mavi karede hangi yöne dönüyor? Her seferinde aynı yöne mi?
level-signal-blue-corners-hint-2 = “Ana program” sadece ilerler. Dönüşler “Robot maviye gelince” içine gider.
level-signal-blue-corners-hint-3 = “Ana program”, içinde “İleri” olan bir “Bitene kadar tekrarla”.

level-signal-which-event-title = Hangi renk?
level-signal-which-event-instruction = Bayrağa git. Yol bazı renkli karelerde sola dönüyor. Renklere dikkatle bak, sonra doğru olayı seç.
level-signal-which-event-learned = “Olayı değiştir”, robotun neye cevap vereceğini seçer. Robotun tam bir şey yapması gereken yerde olan olayı seç.
level-signal-which-event-hint-1 = Yol nerede dönüyor? O karelerin rengi ne?
level-signal-which-event-hint-2 = Kırmızı kareler düz kısımlarda. Orada dönmek çıkmaz bir yola götürür. “Olayı değiştir”e dokun.
level-signal-which-event-hint-3 = “Sola dön” bloğunu “Robot yeşile gelince” içine koy.

## Olay bölümünde daha fazlası: iki blok, sayaç, sorular, bir yardımcı

level-signal-corner-lamps-title = Köşelerdeki lambalar
level-signal-corner-lamps-instruction = Halkanın çevresini bir kez dolaş, dört lambayı yak ve robotun arkasındaki bayrakta dur. Her lamba bir köşede.
level-signal-corner-lamps-learned = Bir olay bölümünde birden fazla blok olabilir. Olay her olduğunda bütün blokları sırayla çalışır.
level-signal-corner-lamps-hint-1 = Robot her köşede ne yapmalı?
level-signal-corner-lamps-hint-2 = Her lambada iki iş var: lambayı yakmak ve dönmek. İkisi de “Robot lambaya gelince” içine gider.
level-signal-corner-lamps-hint-3 = “Yak” bloğunu “Robot lambaya gelince” içine koy. Köşede başka ne oluyor?

level-signal-count-reds-title = Üçüncü kırmızı kare
level-signal-count-reds-instruction = Bayrağa ulaş. Her kırmızı karenin solunda bir yol var ama yalnızca üçüncüsü bayrağa gidiyor. Robot kırmızı kareleri saysın.
level-signal-count-reds-learned = Bir olay bölümü sayacı da kullanabilir. “Robot kırmızıya gelince” her kırmızı karede 1 ekler, böylece “Ana program” sadece ilerler.
level-signal-count-reds-hint-1 = Üç kırmızı kare birbirinin aynısı. Robot hangisinin üçüncü olduğunu nasıl anlayabilir?
level-signal-count-reds-hint-2 = Robot her kırmızıya geldiğinde sayaca 1 ekle. Sayaç 3 olunca sola dön.
level-signal-count-reds-hint-3 = “Robot kırmızıya gelince”, “Sayaca 1 ekle” ile başlar.

level-signal-winding-road-title = Dolambaçlı yol
level-signal-winding-road-instruction = Dolambaçlı yolu izle, her lambayı yak ve bayrağa ulaş. Lambalar köşelerde değil.
level-signal-winding-road-learned = “Ana program” ve olay bölümü birer iş yapabilir. Burada “Ana program” yolu izler, “Robot lambaya gelince” de yoldaki lambaları yakar.
level-signal-winding-road-hint-1 = Yol her köşede hangi yöne dönüyor?
level-signal-winding-road-hint-2 = “Ana program” ilerler ve sağı açık olan her yerde sağa döner. Lambalar “Robot lambaya gelince” bölümünün işi.
level-signal-winding-road-hint-3 = “Ana program” içinde, “Bitene kadar tekrarla” içinde: “İleri”, sonra “Eğer sağı açık ise”.

level-signal-fix-the-event-title = Yanlış olay
level-signal-fix-the-event-instruction = Robot her mavi karede yolun gittiği yöne dönmeli. Ama çok erken dönüyor ve duvara çarpıyor. Programı düzelt.
level-signal-fix-the-event-learned = Bir olay bölümü doğru şeyi yanlış anda yapıyorsa, önce olayını kontrol et. “Olayı değiştir”e bir dokunuş sorunu çözebilir.
level-signal-fix-the-event-hint-1 = “Adım”a dokun ve izle. Robot ilk kez hangi karede dönüyor?
level-signal-fix-the-event-hint-2 = Olay bölümündeki bloklar doğru. Sadece yanlış karelerde çalışıyorlar.
level-signal-fix-the-event-hint-3 = “Eğer … değilse” bloğunun üstündeki başlığı oku. Köşelerde olan bu mu?

level-signal-side-steps-title = Yana adımlar
level-signal-side-steps-instruction = Bayrağa ulaş. Her kırmızı karede yol, robotun sağına doğru bir kare kayıyor. “Robot kırmızıya gelince” içine yalnızca 2 blok sığıyor.
level-signal-side-steps-learned = Bir olay bölümü, tıpkı “Ana program” gibi bir yardımcıyı çağırabilir. Yardımcının blokları çalışır, sonra robot “Ana program” ile devam eder.
level-signal-side-steps-hint-1 = Robot yolun sonraki kısmına geçmek için kırmızı bir karede ne yapıyor?
level-signal-side-steps-hint-2 = Yana bir adım üç blok ister ama olay bölümüne yalnızca 2 blok sığar. Yana adımı “Yardımcı 1” içinde kur ve onu “Robot kırmızıya gelince” içinden çağır.
level-signal-side-steps-hint-3 = “Yardımcı 1”, “Sağa dön” ile başlar.
