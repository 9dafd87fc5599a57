# “Nezaket Köşesi” dünyası: internette nazik olmak ve biri nazik olmadığında ne yapmalı.
# Kişiler uydurmadır. Yumuşak bir dil: her zaman ne yapılacağını ve güvenilen bir yetişkine
# anlatmanın iyi olduğunu söyle.

world-kind-corner = Nezaket Köşesi

## Bölüm 1: nazik cevaplar

level-kind-reply-title = Nazik bir şey söyle
level-kind-reply-instruction = Her seferinde en nazik cevabı seç.
level-kind-reply-learned = İnternetteki nazik sözler insanlara iyi gelir. Paylaşmadan önce sor: nasıl hissedecekler?
level-kind-reply-hint-1 = Karşındaki kişi olduğunu düşün. Hangi cevabı almak isterdin?
level-kind-reply-hint-2 = Nazik bir cevap dostça ve içtendir; seninle değil, karşındaki kişiyle ilgilidir.
level-kind-reply-hint-3 = Ela için: resmiyle ilgili bir soru, gerçekten baktığını gösterir.

kind-reply-drawing-prompt = Arkadaşın Ela, kedisini çizdiği bir resmi paylaşıyor. Ne yazarsın?
kind-reply-drawing-praise = Renklere bayıldım! Nasıl çizdin?
kind-reply-drawing-praise-reason = İçten ve nazik bir övgü Ela'yı mutlu eder. Soru sormak gerçekten baktığını gösterir.
kind-reply-drawing-brother = Küçük kardeşim bundan daha iyi çiziyor.
kind-reply-drawing-brother-reason = Bu Ela'nın kalbini kırar. Şaka olsa bile emeği hakkında kötü hissetmesine yol açar.
kind-reply-drawing-mine = Asıl benim resmime bak!
kind-reply-drawing-mine-reason = Ela resmini paylaşmak istedi. Bu cevap konuyu sana çeviriyor.

kind-reply-game-prompt = Çevrim içi bir oyunda takım arkadaşın Can bir hata yapıyor. Takımınız kaybediyor.
kind-reply-game-blame = Hepimizi sen kaybettirdin Can! Çok sağ ol.
kind-reply-game-blame-reason = Herkes hata yapar. Can'ı takımın önünde suçlamak onu çok kötü hissettirir.
kind-reply-game-kick = Can'ı takımdan atalım.
kind-reply-game-kick-reason = Tek bir hata yüzünden birini dışlamak nazik değil. Herkes hoş karşılandığında oyunlar daha eğlencelidir.
kind-reply-game-cheer = İyi denemeydi Can! Sonrakini kazanırız.
kind-reply-game-cheer-reason = Kayıptan sonra dostça bir söz bütün takımı neşelendirir. Sadece bir oyun.

kind-reply-sad-prompt = Sınıf arkadaşın Ada yazıyor: “bugün kimse beni sevmiyor”.
kind-reply-sad-drama = Bu kadar abartma.
kind-reply-sad-drama-reason = Ada üzgün olduğunu söylüyor. Bu cevap ona duygularının önemsiz olduğunu söyler.
kind-reply-sad-message = Ada'ya yazmak: “Ben seni seviyorum! Konuşalım mı?”
kind-reply-sad-message-reason = Nazik bir özel mesaj, Ada'ya birinin onu önemsediğini gösterir. Çok üzgün görünüyorsa güvendiğin bir yetişkine de anlat.
kind-reply-sad-scroll = Geçip gitmek. Ailesi nasılsa halleder.
kind-reply-sad-scroll-reason = Ada kendini daha da yalnız hissedebilir ve ailesi bilmiyor olabilir. Senden birkaç nazik söz çok işe yarayabilir.

## Bölüm 2: nazik mi, kaba mı?

kind-bin-kind = Nazik
kind-bin-unkind = Kaba

level-kind-comments-title = Nazik mi, kaba mı?
level-kind-comments-instruction = Her yorumu ayır: nazik mi, kaba mı?
level-kind-comments-learned = Düşündüğünü söyleyip yine de nazik olabilirsin. Kaba yorumlar, şaka olsa bile incitir.
level-kind-comments-hint-1 = Her yorumu sana yazılmış gibi oku.
level-kind-comments-hint-2 = Nazik yorumlar över, yardım eder ya da kibarca karşı çıkar. Kaba olanlar alay eder ya da küçümser.
level-kind-comments-hint-3 = Birinin görünüşü ya da hareketleri hakkındaki yorumlar, şaka amaçlı olsa bile çoğu zaman incitir.

kind-comments-great-goal = Videondaki gol harikaydı!
kind-comments-great-goal-reason = Birinin iyi yaptığı bir şeyi övmek onu gururlandırır. Bu nazik.
kind-comments-weird-hair = Bu fotoğrafta saçın çok tuhaf görünüyor.
kind-comments-weird-hair-reason = Birinin görünüşü hakkındaki yorumlar çok incitebilir. Yüzüne söylemeyeceğin şeyi yazma.
kind-comments-get-well = Geçmiş olsun, çabuk iyileş!
kind-comments-get-well-reason = Birine iyilik dilemek onu önemsediğini gösterir. Bu nazik.
kind-comments-nobody-asked = Senin fikrini soran olmadı.
kind-comments-nobody-asked-reason = Bu, birine susmasını ve önemsiz olduğunu söyler. Bu kaba.
kind-comments-different-ending = Başka bir son isterdim ama hikâye eğlenceliydi!
kind-comments-different-ending-reason = Karşı çıkıp yine de nazik olabilirsin. Bu yorum içten ve dostça.
kind-comments-penguin = Ha ha, penguen gibi koşuyorsun!
kind-comments-penguin-reason = Birinin hareketlerine gülmek alay etmektir. Şaka amaçlı olsa bile incitebilir.
kind-comments-thanks-help = Ödevime yardım ettiğin için teşekkürler!
kind-comments-thanks-help-reason = Teşekkür etmek, insanlara yardım ettikleri için iyi hissettirir. Bu nazik.

## Bölüm 3: biri sürekli kaba mesajlar gönderiyorsa

level-kind-when-bullied-title = Kaba mesajlar
level-kind-when-bullied-instruction = Biri sana sürekli kaba mesajlar gönderiyor. Bu yapılacak iyi bir şey mi, yoksa yapmasan mı daha iyi?
level-kind-when-bullied-learned = Cevap verme, kanıt sakla, engelle, bildir ve her an güvendiğin bir yetişkine anlat. Bu asla senin suçun değil.
level-kind-when-bullied-hint-1 = Bunlardan hangileri mesajları durdurur, kanıt saklar ya da sana yardım getirir?
level-kind-when-bullied-hint-2 = İyi adımlar kanıt saklar, mesajları durdurur ve sana yardım getirir. Karşılık vermek ya da saklamak işe yaramaz.
level-kind-when-bullied-hint-3 = Güvendiğin bir yetişkine anlatmak her zaman, her an doğrudur.

kind-bin-good-step = Yapılır
kind-bin-not-step = Yapmasan iyi olur

kind-when-bullied-no-reply = Kaba mesajlara cevap vermemek.
kind-when-bullied-no-reply-reason = Kaba mesajlar bir tepki ister. Cevap vermezsen hiçbir şey alamazlar.
kind-when-bullied-screenshot = Kanıt için ekran görüntüsü almak.
kind-when-bullied-screenshot-reason = Kanıt olanı gösterir. Engellemeden önce ekran görüntüsü al: engellemek mesajları gizleyebilir.
kind-when-bullied-hit-back = Karşılığında kaba bir şey göndermek.
kind-when-bullied-hit-back-reason = İşleri kötüleştirebilir ve onlara istedikleri tepkiyi verir.
kind-when-bullied-block = Kişiyi engellemek.
kind-when-bullied-block-reason = O zaman kaba mesajlar sana gelmez.
kind-when-bullied-tell = Güvendiğin bir yetişkine anlatıp göstermek.
kind-when-bullied-tell-reason = Her an doğru: ilk, son ya da arada. Bununla asla tek başına uğraşmak zorunda değilsin.
kind-when-bullied-secret = Sır olarak tutup durmasını ummak.
kind-when-bullied-secret-reason = Bununla tek başına baş etmek zorunda değilsin. Güvendiğin bir yetişkine anlat. Bu asla senin suçun değil.
kind-when-bullied-report = Onu uygulamada bildirmek.
kind-when-bullied-report-reason = Uygulama kişiyi uyarabilir ya da durdurabilir. Ekran görüntülerin işe yarar.
kind-when-bullied-delete-all = Bütün mesajları hemen silmek.
kind-when-bullied-delete-all-reason = O zaman kanıt yok olur. Önce ekran görüntüsü al, sonra engelle ve bildir.

## Bölüm 4: başka birine kötü davranıldığını görünce

level-kind-bystander-title = Seyirci kalma
level-kind-bystander-instruction = Birine kötü davranıldığını görüyorsun. Yapılacak en iyi şeyi seç.
level-kind-bystander-learned = Katılma. O kişiye nazik davran ve güvendiğin bir yetişkine anlat. Bu çok yardımcı olur.
level-kind-bystander-hint-1 = Kötü davranılan kişiyi düşün. Ona ne yardımcı olur?
level-kind-bystander-hint-2 = Katılmak ya da sessiz kalmak işe yaramaz. Nezaket ve yardım almak işe yarar.
level-kind-bystander-hint-3 = Mert için basit bir davet gününü güzelleştirebilir.

kind-bystander-chat-prompt = Sınıfının grup sohbetinde bazı çocuklar sürekli Emir'le alay ediyor.
kind-bystander-chat-join = Ben de gülen surat gönderirim.
kind-bystander-chat-join-reason = Tek bir gülen surat bile katılmak demektir. Emir'e herkesin ona karşı olduğunu hissettirir.
kind-bystander-chat-silent = Bir şey demem. Öğretmen nasılsa görür.
kind-bystander-chat-silent-reason = Öğretmenler her sohbeti okumaz ve Emir herkesin katıldığını düşünebilir. Güvendiğin bir yetişkine sen anlat.
kind-bystander-chat-support = Emir'i destekler, yetişkine söylerim.
kind-bystander-chat-support-reason = Nazik bir mesaj Emir'e yalnız olmadığını gösterir. Güvendiğin bir yetişkin alayı durdurmaya yardım edebilir.

kind-bystander-photo-prompt = Biri, gülmek için sınıf arkadaşın Ece'nin komik bir fotoğrafını paylaşıyor.
kind-bystander-photo-share = Daha çok arkadaşla paylaşırım.
kind-bystander-photo-share-reason = Her paylaşım fotoğrafı daha çok yayar ve Ece'yi daha çok incitir. Kimse birine gülmek için onun fotoğrafını paylaşmamalı.
kind-bystander-photo-stop = Bildirir, bir yetişkine anlatırım.
kind-bystander-photo-stop-reason = Fotoğraf sende durur. Bildirmek onun kaldırılmasını sağlayabilir, bir yetişkin de Ece'ye yardım edebilir.
kind-bystander-photo-like = Herkes beğendiği için ben de beğenirim.
kind-bystander-photo-like-reason = Bir beğeni, gönderene fotoğrafın komik olduğunu söyler. Daha fazlasını paylaşmasına yol açabilir.

kind-bystander-game-prompt = Bazı çocuklar Mert'i bir çevrim içi oyundan bilerek dışlıyor.
kind-bystander-game-invite = Mert'i benimle oynamaya çağırırım.
kind-bystander-game-invite-reason = Basit bir davet Mert'in gününü güzelleştirebilir. Dışlanmaya devam ederse güvendiğin bir yetişkine anlat.
kind-bystander-game-along = Onsuz oynarım. Oyun onların, kural onların.
kind-bystander-game-along-reason = Birini bilerek dışlamak incitir. Buna uymak Mert'i daha da yalnız hissettirir.
kind-bystander-game-pretend = Görmemiş gibi yaparım.
kind-bystander-game-pretend-reason = Başka yere bakmak kolaydır ama Mert yine dışlanmış hisseder. Küçük, nazik bir davranış ona yardımcı olabilir.

## Bölüm 5: sınıfın grup sohbeti

level-kind-group-chat-title = Sınıf sohbeti
level-kind-group-chat-instruction = Bu sınıf sohbetindeki her kaba mesaja dokun.
level-kind-group-chat-learned = Alay etmek, dışlamak, sormadan fotoğraf paylaşmak ve birlikte gülmek kabalıktır. Katılma.
level-kind-group-chat-hint-1 = Her mesajı oku. Efe bunu okuyunca nasıl hisseder?
level-kind-group-chat-hint-2 = Kaba mesajlar biriyle alay eder, onu dışlar ya da fotoğrafını paylaşır.
level-kind-group-chat-hint-3 = Kaba mesajlardan ikisini Arda yazıyor.

kind-group-chat-trip = Ela: Yarınki okul gezisine kim hazır?
kind-group-chat-trip-reason = Bütün sınıfa dostça bir soru. Bu mesajda sorun yok.
kind-group-chat-bottle = Can: Ben! Su şişenizi unutmayın.
kind-group-chat-bottle-reason = Herkes için faydalı bir hatırlatma. Bu mesajda sorun yok.
kind-group-chat-shoes = Arda: Efe'nin ayakkabılarını gördünüz mü? Çok çirkin lol
kind-group-chat-shoes-reason = Bu, bütün sınıfın önünde Efe'yle alay ediyor. Katılma ve Efe'ye nazik davran.
kind-group-chat-laugh = Kaan: HAHAHA (beş gülen surat)
kind-group-chat-laugh-reason = Birlikte gülmek alayı büyütür. Bunun dışında kalmak bile daha iyidir.
kind-group-chat-homework = Mert: Biri bana ödev sayfasını gönderebilir mi?
kind-group-chat-homework-reason = Ödev için yardım istemekte sorun yok. Sınıf sohbetleri bunun için harika.
kind-group-chat-photo = Arda: Bakın! Efe'nin bahçede tökezlediği fotoğraf.
kind-group-chat-photo-reason = Efe bu fotoğrafın paylaşılmasına izin vermedi. Birinin fotoğrafını paylaşmadan önce sor ve bunu bir yetişkine anlat.
kind-group-chat-party = Ada: Bende parti var! Efe'yi çağırmayın.
kind-group-chat-party-reason = Herkese Efe'yi dışlamasını söylemek onu çok incitir. Kimse bilerek dışlanmamalı.
kind-group-chat-thanks = Ece: Efe bugün projemde bana yardım etti. Teşekkürler Efe!
kind-group-chat-thanks-reason = Sınıfın önünde teşekkür etmek naziktir. Bu mesajda sorun yok.
