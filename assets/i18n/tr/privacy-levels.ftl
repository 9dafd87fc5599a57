# “Güvenli Paylaş” dünyası, 2. bölüm ve sonrası. Kişiler, yerler ve oyunlar uydurmadır.
# Sokak ve okul adları Türkçe için uydurulmuştur (Akçaağaç Sokak, Meşeli Okulu).

## Bölüm 2: bir oyun profilinin ayarları

level-privacy-profile-title = Defne'nin profili
level-privacy-profile-instruction = Bu, Defne'nin oyun profili. Düzeltmek için fazla şey paylaşan her ayara dokun.
level-privacy-profile-learned = Profilini yalnızca arkadaşlara açık tut. Uydurma bir oyun adı ve çizgi film resmi kullan; konumunu ve numaranı gizli tut.
level-privacy-profile-hint-1 = Her satırı oku. Bir yabancı bunu Defne'yi bulmak için kullanabilir mi?
level-privacy-profile-hint-2 = Uydurma bir oyun adı ve çizgi film resmi güvenlidir. Gerçek adlar, yerler ve numaralar değil.
level-privacy-profile-hint-3 = Profili kimin görebildiğine ve telefon numarasına bak.

privacy-profile-visibility = Profilimi kim görebilir: Herkes
privacy-profile-visibility-reason = Herkes, yabancılar da demek. Yalnızca arkadaşlar yap.
privacy-profile-visibility-fixed = Profilimi kim görebilir: Yalnızca arkadaşlar
privacy-profile-name = Görünen ad: Defne Yılmaz (tam ad)
privacy-profile-name-reason = Tam ad, yabancıların Defne'yi bulmasına yardım eder. Uydurma bir oyun adı yeter.
privacy-profile-name-fixed = Görünen ad: StarFox22 (oyun adı)
privacy-profile-game-name = Oyun adı: StarFox22
privacy-profile-game-name-reason = Uydurma bir oyun adı, Defne'nin gerçekte kim olduğunu kimseye söylemez. İyi seçim!
privacy-profile-avatar = Avatar: çizgi film tilkisi
privacy-profile-avatar-reason = Çizgi film resmi Defne'nin yüzünü göstermez. Bu güvenli.
privacy-profile-location = Konumumu paylaş: Açık
privacy-profile-location-reason = Bu, insanlara Defne'nin şu anda nerede olduğunu gösterir. Kapalı tut.
privacy-profile-location-fixed = Konumumu paylaş: Kapalı
privacy-profile-game = En sevdiğim oyun: Block Builders
privacy-profile-game-reason = Birçok çocuk bu oyunu sever. Defne'nin nerede olduğunu kimseye söylemez.
privacy-profile-phone = Telefon numarası: herkese açık
privacy-profile-phone-reason = Yabancılar Defne'yi arayabilir ya da ona mesaj atabilir. Telefon numaranı gizli tut.
privacy-profile-phone-fixed = Telefon numarası: gizli

## Bölüm 3: satır satır anlatılan bir fotoğraf gönderisi

level-privacy-photo-title = Güneşli bir fotoğraf
level-privacy-photo-instruction = Bu gönderide nerede oturduğunu ya da hangi okula gittiğini gösteren her ipucuna dokun.
level-privacy-photo-learned = Bir fotoğraf paylaşmadan önce sokak tabelalarına, kapı numaralarına, okul logolarına ve konum etiketlerine bak.
level-privacy-photo-hint-1 = Yalnızca sana ve köpeğe değil, arka plana da bak.
level-privacy-photo-hint-2 = Sokak adları, kapı numaraları ve okul logoları yabancılara seni nerede bulacaklarını gösterir.
level-privacy-photo-hint-3 = Arkandaki sokak tabelası bir ipucu. Üç tane daha var.

privacy-photo-photo = Fotoğraf: bahçede ben ve köpeğim
privacy-photo-photo-reason = Sen ve evcil hayvanının fotoğrafı arkadaşlarla paylaşılabilir. Sadece içinde başka ne olduğuna bak.
privacy-photo-sign = Arkamızda: “Akçaağaç Sokak” tabelası
privacy-photo-sign-reason = Tabela herkese hangi sokakta oturduğunu söyler. Fotoğrafı tabela olmayan bir yerde çek.
privacy-photo-door = Kapıda: 12 numara
privacy-photo-door-reason = Sokak adıyla birlikte numara tam olarak evini gösterir. Onu fotoğrafın dışında tut.
privacy-photo-shirt = Meşeli Okulu logolu tişörtüm
privacy-photo-shirt-reason = Logo hangi okula gittiğini gösterir. Yabancılar her gün nerede olduğunu bilir.
privacy-photo-caption = Açıklama: Rex'le güneşli bir cumartesi!
privacy-photo-caption-reason = Köpeğinin adını paylaşabilirsin. Sadece onu asla şifre olarak kullanma.
privacy-photo-location = Konum etiketi: Akçaağaç Sokak No: 12
privacy-photo-location-reason = Etiket tam adresini herkese verir. Konum etiketlerini kapat.
privacy-photo-comment = Arda'nın yorumu: Çok tatlı köpek!
privacy-photo-comment-reason = Bir arkadaştan gelen nazik bir yorumda sorun yok. Hiçbir şey ele vermiyor.

## Bölüm 4: fazlasını soran sorular

level-privacy-stranger-asks-title = Kim bilmek istiyor?
level-privacy-stranger-asks-instruction = Her seferinde en iyi cevabı seç.
level-privacy-stranger-asks-learned = Her zaman hayır diyebilirsin. Okulunu, sokağını ve arkadaşlarının numaralarını kendine sakla. Biri sormaya devam ederse bir yetişkine anlat.
level-privacy-stranger-asks-hint-1 = Düşün: cevabımı kim görecek ve onunla ne yapabilir?
level-privacy-stranger-asks-hint-2 = Bilgilerin ve arkadaşlarının numaraları sende kalmalı. Her zaman hayır diyebilirsin.
level-privacy-stranger-asks-hint-3 = Kişilerine erişime hayır dediğinde de oyun çalışır.

privacy-stranger-asks-school = Hiç görmediğin bir internet arkadaşı SkyRider9 soruyor: “Hangi okula gidiyorsun?”
privacy-stranger-asks-school-tell = Söyler, sonra söylediğimi yetişkine anlatırım.
privacy-stranger-asks-school-tell-reason = Bir yetişkine anlatmak iyi ama artık SkyRider9 okulunu biliyor. En baştan hiç paylaşma.
privacy-stranger-asks-school-town = Onun yerine sadece şehrimi söylerim.
privacy-stranger-asks-school-town-reason = Şehrin de nerede olduğuna dair bir ipucu. Onu da gizli tut.
privacy-stranger-asks-school-say-no = Hayır der, bir yetişkine anlatırım.
privacy-stranger-asks-school-say-no-reason = Aferin! Dostça bir şekilde hayır diyebilirsin. SkyRider9 sormaya devam ederse bir yetişkin yardım edebilir.
privacy-stranger-asks-contacts = Sen oynarken bir oyun soruyor: “Block Builders kişilerinize erişsin mi?”
privacy-stranger-asks-contacts-allow = Arkadaş bulmak için “İzin ver”e dokunurum.
privacy-stranger-asks-contacts-allow-reason = Kişilerin, başka insanların numaralarıdır. Oyun onları o insanlara sormadan almış olur.
privacy-stranger-asks-contacts-not-now = “İzin verme”ye dokunurum. Oyun çalışır.
privacy-stranger-asks-contacts-not-now-reason = Doğru! Kişilerinin numaraları senin verebileceğin şeyler değil. Arkadaşlarını oyun adlarıyla ekleyebilirsin.
privacy-stranger-asks-contacts-allow-then-delete = İzin verir, sonra da oyunu tümüyle silerim.
privacy-stranger-asks-contacts-allow-then-delete-reason = Oyun numaraları bir kez alınca oyunu silmek onları geri getirmez.
privacy-stranger-asks-quiz = Eğlenceli bir test diyor ki: “Süper kahraman adın = sokağın + okulun!”
privacy-stranger-asks-quiz-skip = Geçerim ya da uydurma kelimelerle oynarım.
privacy-stranger-asks-quiz-skip-reason = İyi düşündün! Sokağın ve okulun seni nerede bulacaklarını gösterir. Uydurma kelimeler de aynı eğlenceli.
privacy-stranger-asks-quiz-post = Gerçek süper kahraman adımı yorumlara yazarım.
privacy-stranger-asks-quiz-post-reason = Artık herkes sokağını ve okulunu biliyor. İkisi birlikte seni nerede bulacaklarını gösterir.
privacy-stranger-asks-quiz-send-friend = Sadece bir arkadaşıma özel mesajla gönderirim.
privacy-stranger-asks-quiz-send-friend-reason = Mesajlar başkalarına iletilebilir. Gerçek cevaplarını kendine sakla.

## Bölüm 5: fotoğraf paylaşmadan önce

level-privacy-before-posting-title = Paylaşmaya hazır mısın?
level-privacy-before-posting-instruction = Bir fotoğraf paylaşmak istiyorsun. Bu, paylaşmadan önce iyi bir adım mı, yoksa yapmasan mı daha iyi?
level-privacy-before-posting-learned = Paylaşmadan önce fotoğrafta ipucu ara, fotoğraftaki kişilere sor ve yalnızca arkadaşları seç. Konum etiketlerini kapalı tut.
level-privacy-before-posting-hint-1 = Düşün: paylaşıldıktan sonra fotoğrafı kim görebilir ve ne öğrenebilir?
level-privacy-before-posting-hint-2 = İyi adımlar ipuçlarını ve yabancıları dışarıda tutar ve fotoğraftakilere sorar. Riskli olanlar fotoğrafı ya da nerede olduğunu yayar.
level-privacy-before-posting-hint-3 = Konum etiketi dışarıda bırakılacak şeylerden biri.

privacy-bin-do = Yap
privacy-bin-dont = Yapma

privacy-before-posting-clues = Fotoğrafta tabela ve kapı numarası ara.
privacy-before-posting-clues-reason = Güzel! Onları kırp ya da başka bir fotoğraf seç, kimse nerede oturduğunu anlamasın.
privacy-before-posting-location = Arkadaşlar bulsun diye konum etiketi ekle.
privacy-before-posting-location-reason = Konum etiketi herkese nerede olduğunu gösterir. Kapalı tut.
privacy-before-posting-ask = Fotoğraftaki herkese uygun mu diye sor.
privacy-before-posting-ask-reason = Fotoğraf onların da. Yalnızca evet derlerse paylaş.
privacy-before-posting-everyone = Daha çok beğeni için herkese açık paylaş.
privacy-before-posting-everyone-reason = Herkes, yabancılar da demek. Beğeniler buna değmez.
privacy-before-posting-audience = Kimin görebileceğini seç: yalnızca arkadaşlar.
privacy-before-posting-audience-reason = Güzel! “Yalnızca arkadaşlar” yabancıları dışarıda tutar.
privacy-before-posting-surprise = Bir arkadaşının komik fotoğrafını sürpriz diye paylaş.
privacy-before-posting-surprise-reason = Önce sor. Arkadaşın o fotoğrafın internette olmasını istemeyebilir.
