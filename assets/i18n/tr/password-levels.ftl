# “Şifre Zirvesi” dünyası: şifreyi kim bilebilir, şifreyi güçlü yapan ne, iyi alışkanlıklar,
# 2 adımlı doğrulama ve şifre yöneticileri. Bilgiler NCSC, NIST SP 800-63B rev. 4 ve Action
# Fraud kaynaklarına göre (docs/literacy-levels.md).
# - pw-rank: beş şifre olduğu gibi kalır.
# - pw-build-first: 1, 2 ve 6. parçalar üç harfli; diğerleri beş harf ya da daha uzun.
# - Cevap seçme: en iyi cevap en uzun cevap değildir.

world-password-peak = Şifre Zirvesi

## Bölüm 1: şifreni kim bilebilir

level-pw-who-to-tell-title = Kim bilebilir?
level-pw-who-to-tell-instruction = Ne olduğunu oku. Her seferinde en iyi cevabı seç.
level-pw-who-to-tell-learned = Şifren yalnızca senin içindir. Sana bakan ve güvendiğin bir yetişkin sana onunla ilgili yardım edebilir.
level-pw-who-to-tell-hint-1 = Kendine sor: bu kişinin gerçekten şifreme ihtiyacı var mı?
level-pw-who-to-tell-hint-2 = Arkadaşların ve oyun moderatörlerinin ona asla ihtiyacı olmaz. Ailen ya da sana bakan kişi onu güvende tutmana yardım edebilir.
level-pw-who-to-tell-hint-3 = Oyun sohbetinde cevap yazma. Bildir.

pw-who-to-tell-friend-prompt = En iyi arkadaşın Ece soruyor: “Oyun şifren ne? Yeni bölümünü denemek istiyorum.”
pw-who-to-tell-friend-tell = Söylerim. O benim en iyi arkadaşım.
pw-who-to-tell-friend-tell-reason = En iyi arkadaşlar bile yanlışlıkla başkalarına söyleyebilir. Üstelik arkadaşlar bazen küser.
pw-who-to-tell-friend-say-no = “Üzgünüm, o sadece benim.” derim.
pw-who-to-tell-friend-say-no-reason = Aferin! Yine birlikte oynayabilirsiniz. İyi bir arkadaş anlar.
pw-who-to-tell-friend-swap = Adil olsun diye şifrelerimizi değişiriz.
pw-who-to-tell-friend-swap-reason = O zaman ortada bir değil iki şifre olur. Değiş tokuş daha güvenli yapmaz.

pw-who-to-tell-moderator-prompt = Bir oyun sohbetinde “Mod_Max” yazıyor: “Ben moderatörüm. Şifreni gönder, yoksa hesabın kapatılır!”
pw-who-to-tell-moderator-send = Hemen gönderir, sonra bir yetişkine anlatırım.
pw-who-to-tell-moderator-send-reason = Bir yetişkine anlatmak iyi ama şifreyi asla gönderme. Gerçek moderatörler şifreni asla istemez.
pw-who-to-tell-moderator-proof = Moderatör olduğunu kanıtlamasını isterim.
pw-who-to-tell-moderator-proof-reason = Dolandırıcılar her kanıtı sahte yapabilir. Oyundan hiç kimsenin şifrene ihtiyacı yok, o yüzden gönderme.
pw-who-to-tell-moderator-report = Yanıtlamam. Bildirip bir yetişkine söylerim.
pw-who-to-tell-moderator-report-reason = Doğru! Oyun moderatörlerinin şifrene asla ihtiyacı olmaz. Bildirmek dolandırıcıyı durdurmaya yardım eder.

pw-who-to-tell-parent-prompt = Ailen ya da sana bakan kişi yeni tabletini kurmana yardım ediyor. Hangi şifreyi seçtiğini soruyorlar.
pw-who-to-tell-parent-tell-mum = Söylerim. Onlar bana bakıyor.
pw-who-to-tell-parent-tell-mum-reason = Evet! Ailen ya da sana bakan kişi gibi, güvendiğin bir yetişkin onu bilebilir ve güvende tutmana yardım edebilir.
pw-who-to-tell-parent-nobody = Kimseye, onlara bile söylemem.
pw-who-to-tell-parent-nobody-reason = Onu arkadaşlardan ve yabancılardan sakla. Ama sana bakan ailen sana yardım edebilir.
pw-who-to-tell-parent-class-chat = Unutmamak için sınıf sohbetine yazarım.
pw-who-to-tell-parent-class-chat-reason = Sohbetteki herkes onu okuyabilir. Onu güvenle hatırlamak için güvendiğin bir yetişkinden yardım iste.

## Bölüm 2: en zayıftan en güçlüye

level-pw-rank-title = Zayıf mı, güçlü mü?
level-pw-rank-instruction = Şifreleri sıraya koy. En zayıfla başla, en güçlüyle bitir.
level-pw-rank-learned = Birkaç rastgele kelime uzun bir şifre yapar. Bu, sayılı tek bir kelimeden çok daha güçlüdür.
level-pw-rank-hint-1 = Tahmin eden biri önce hangi şifreyi dener?
level-pw-rank-hint-2 = Tahmin edenler önce yaygın şifreleri ve kelimeleri dener. Rastgele kelimelerden oluşan uzun şifreler en sona kalır.
level-pw-rank-hint-3 = 123456 en zayıfı: en çok kullanılan şifrelerden biri.

pw-rank-digits = 123456
pw-rank-digits-reason = Bu ilk sırada: en zayıfı bu. Dünyada en çok kullanılan şifrelerden biri, bu yüzden hemen tahmin edilir.
pw-rank-one-word = sunshine
pw-rank-one-word-reason = Bu ikinci: bilinen tek bir İngilizce kelime. Tahmin edenler böyle kelimelerin uzun listelerini çok erken dener.
pw-rank-word-and-number = Sunshine1
pw-rank-word-and-number-reason = Bu ortada. Başta büyük harf ve sonda bir 1, tahmin edenlerin iyi bildiği hilelerdir.
pw-rank-two-words = tiger-Lamp7
pw-rank-two-words-reason = Bu dördüncü. Birbiriyle ilgisi olmayan iki kelimeyi tahmin etmek daha zordur ama iki kelime hâlâ kısa.
pw-rank-four-words = violet-cactus-harbour-drum
pw-rank-four-words-reason = Bu en sonda: en güçlüsü bu. Dört rastgele kelime, hatırlaması kolay uzun bir şifre yapar.

## Bölüm 3: kelimelerden ilk şifre

level-pw-build-first-title = Kelimelerden ilk şifren
level-pw-build-first-instruction = En az 3 kelimeden güçlü bir şifre kurmak için kelime kartlarına dokun.
level-pw-build-first-learned = Üç rastgele kelime uzun ve güçlü bir şifre yapar. Başkalarının senin hakkında bildiği şeyleri dışarıda bırak.
level-pw-build-first-hint-1 = Kartlardan herhangi biri senin hakkında bir şey söylüyor mu?
level-pw-build-first-hint-2 = Seninle hiç ilgisi olmayan rastgele kelimeler seç. Uzun yap: 15 harf ya da daha fazla.
level-pw-build-first-hint-3 = Rex köpeğinin adı, onu dışarıda bırak.

pw-build-first-word-1 = buz
pw-build-first-word-2 = kar
pw-build-first-word-3 = roket
pw-build-first-word-4 = yastık
pw-build-first-word-5 = kaplumbağa
pw-build-first-word-6 = top
pw-build-first-pet = Rex
pw-build-first-pet-reason = Rex köpeğinin adı. Arkadaşların ve köpek fotoğraflarını gören herkes onu bilir.
pw-build-first-year = 2016
pw-build-first-year-reason = Bu doğduğun yıl. Bunu birçok kişi bilir ve tahmin edenler önce yılları dener.

## Bölüm 4: iyi alışkanlıklar ve riskli olanlar

level-pw-habits-title = İyi alışkanlıklar
level-pw-habits-instruction = İyi bir alışkanlık mı, yoksa riskli mi? Her kartı ayır.
level-pw-habits-learned = Her oyun için farklı bir şifre kullan, onu gizli tut ve paylaşılan tabletlerde oturumu kapat.
level-pw-habits-hint-1 = Tabletini başka birinin bulduğunu düşün. Ne yapabilir?
level-pw-habits-hint-2 = İyi alışkanlıklar şifreni gizli, hesabını başkalarına kapalı tutar.
level-pw-habits-hint-3 = Paylaşılan bir tablette oturumu kapatmak iyi bir alışkanlıktır.

pw-habits-bin-good = İyi alışkanlık
pw-habits-bin-risky = Riskli

pw-habits-one-per-game = Her oyun için farklı bir şifre
pw-habits-one-per-game-reason = Biri şifrelerinden birini öğrenirse öteki oyunların güvende kalır.
pw-habits-sticky-note = Tablete yapıştırılmış bir notta şifren
pw-habits-sticky-note-reason = Tableti eline alan herkes onu okuyabilir. Nerede güvenle saklayacağını bir yetişkine sor.
pw-habits-log-out = Paylaşılan tablette oturumu kapatmak
pw-habits-log-out-reason = O zaman sonraki kişi senin yerine oynayamaz. Paylaşırken hep oturumu kapat.
pw-habits-name-birthday = Şifre olarak adın ve doğum günün
pw-habits-name-birthday-reason = Birçok kişi adını ve doğum gününü bilir. Tahmin edenler önce bunları dener.
pw-habits-best-friend = Şifreni en iyi arkadaşına söylemek
pw-habits-best-friend-reason = Arkadaşlar yanlışlıkla başkalarına söyleyebilir. Şifreni kendine sakla.
pw-habits-ask-adult = Emin değilken bir yetişkine sormak
pw-habits-ask-adult-reason = Güvendiğin bir yetişkin sana yardım edebilir. Sormak her zaman iyi bir fikirdir.

## Bölüm 5: çok güçlü bir şifre
# Kartlar: kısa günlük kelimeler, küçük harfle. Lakap, okul ve takım uydurmadır.

level-pw-build-strong-title = Çok güçlü!
level-pw-build-strong-instruction = En az 4 kelime kartından çok güçlü bir şifre kur.
level-pw-build-strong-learned = Dört rastgele kelime çok güçlü bir şifre yapar. Lakaplar, okullar ve takımlar kolay tahmin edilir.
level-pw-build-strong-hint-1 = Bazı kartlar kelimeye benziyor ama senin hakkında. Hangileri?
level-pw-build-strong-hint-2 = Lakabını, okulunu ve takımını öğrenmek kolaydır.
level-pw-build-strong-hint-3 = Zippy senin lakabın, onu dışarıda bırak.

pw-build-strong-word-1 = ayna
pw-build-strong-word-2 = kova
pw-build-strong-word-3 = kaya
pw-build-strong-word-4 = tava
pw-build-strong-word-5 = fener
pw-build-strong-word-6 = bulut
pw-build-strong-word-7 = davul
pw-build-strong-nickname = Zippy
pw-build-strong-nickname-reason = Zippy senin lakabın. Arkadaşların ve bütün sınıfın bunu bilir.
pw-build-strong-school = Meşeli
pw-build-strong-school-reason = Meşeli senin okulun. Birçok kişi hangi okula gittiğini bilir.
pw-build-strong-team = Yıldızspor
pw-build-strong-team-reason = Yıldızspor'u çok sevdiğini herkes biliyor. Tahmin eden biri takımını erkenden dener.

## Bölüm 6: 2 adımlı doğrulama

level-pw-two-step-title = Kod yalnızca senin için
level-pw-two-step-instruction = Ne olduğunu oku. Her seferinde en iyi cevabı seç.
level-pw-two-step-learned = 2 adımlı doğrulama, şifrenin yanında bir kod da ister. Biri istese bile kodu asla paylaşma.
level-pw-two-step-hint-1 = Kod kimin için: senin için mi, isteyen herkes için mi?
level-pw-two-step-hint-2 = Kod ikinci bir anahtardır. Onu yalnızca sen kullanırsın, başka kimsenin ona ihtiyacı olmaz.
level-pw-two-step-hint-3 = Bir arkadaşın kodunu isterse onu kendine sakla.

pw-two-step-what-prompt = Oyunun soruyor: “2 adımlı doğrulama açılsın mı?” Bu ne işe yarar?
pw-two-step-what-longer = Şifreni iki kat uzun yapar.
pw-two-step-what-longer-reason = Şifren aynı kalır. Ek olarak ikinci bir adım gelir: bir kod.
pw-two-step-what-code = Senden bir de kod ister.
pw-two-step-what-code-reason = Doğru! Şifreni bilen biri bile kod olmadan giriş yapamaz. Açmak için bir yetişkinden yardım iste.
pw-two-step-what-friends = Arkadaşların senin yerine girebilir.
pw-two-step-what-friends-reason = Hayır. Yalnızca senin giriş yapabilmeni sağlar.

pw-two-step-friend-prompt = Arkadaşın Efe yazıyor: “Giriş kodumu yanlışlıkla senin tabletine gönderdim. Bana gönderir misin?”
pw-two-step-friend-send = Gönderirim. Efe arkadaşım.
pw-two-step-friend-send-reason = Bu bilinen bir hile. Efe'nin hesabını başka biri kullanıyor olabilir. Kodla senin hesabını da ele geçirebilir.
pw-two-step-friend-adult-sends = Evdeki bir yetişkinden benim yerime göndermesini isterim.
pw-two-step-friend-adult-sends-reason = Bir yetişkine anlatmak doğru ama kodu kimse göndermemeli. Bir yetişkin bile.
pw-two-step-friend-keep = Saklarım. Güvendiğim bir yetişkine söylerim.
pw-two-step-friend-keep-reason = Doğru! Kodu asla paylaşma. Gerçekten Efe mi diye onunla yüz yüze konuş.

pw-two-step-unasked-prompt = Tabletinde bir giriş kodu beliriyor ama sen giriş yapmaya çalışmadın.
pw-two-step-unasked-tell = Kimseyle paylaşmam ve bir yetişkine anlatırım.
pw-two-step-unasked-tell-reason = Doğru! Biri şifreni deniyor olabilir. Bir yetişkin onu değiştirmene yardım edebilir.
pw-two-step-unasked-class-chat = Sınıf sohbetine yazarım.
pw-two-step-unasked-class-chat-reason = O zaman sohbetteki herkes onu kullanabilir. Kod yalnızca senin için. Onun yerine bir yetişkine anlat.
pw-two-step-unasked-reply = Cevap yazıp kimin gönderdiğini sorarım.
pw-two-step-unasked-reply-reason = Cevap yazma. Kod, biri senin adına giriş yapmaya çalıştığı için geldi. Bir yetişkine anlat.

## Bölüm 7: şifre yöneticisi

level-pw-manager-title = Şifreler için bir kasa
level-pw-manager-instruction = Bu, Ela'nın şifre yöneticisi. Onun şifrelerini hatırlıyor. Düzeltmek için güvenli olmayan her ayara dokun.
level-pw-manager-learned = Şifre yöneticisi şifrelerini hatırlar. Kelimelerden oluşan tek bir güçlü şifre ötekilerin hepsini korur. Onu güvendiğin bir yetişkinle kur.
level-pw-manager-hint-1 = Hangi ayar, birinin Ela'nın şifrelerini açmasına yardım eder?
level-pw-manager-hint-2 = Ana şifre ötekilerin hepsini korur, bu yüzden en güçlüsü o olmalı.
level-pw-manager-hint-3 = Ana şifreyle başla.

pw-manager-set-up = Kuran: güvendiğim bir yetişkin
pw-manager-set-up-reason = Güzel! Güvendiğin bir yetişkin onu kurmana ve güvende tutmana yardım edebilir.
pw-manager-main-password = Ana şifre: 1234
pw-manager-main-password-reason = Bu tek şifre ötekilerin hepsini açar. Onu uzun ve güçlü yap: üç rastgele kelime.
pw-manager-main-password-fixed = Ana şifre: üç rastgele kelime
pw-manager-one-each = Saklar: her oyun için farklı bir şifre
pw-manager-one-each-reason = Güzel! Şifreleri o hatırlar, böylece her oyunun kendi şifresi olabilir.
pw-manager-make-new = Benim için güçlü şifreler oluştur: Kapalı
pw-manager-make-new-reason = Senin için uzun, rastgele şifreler oluşturup hatırlayabilir. Aç onu.
pw-manager-make-new-fixed = Benim için güçlü şifreler oluştur: Açık
pw-manager-lock = Kapatınca uygulamayı kilitle: Kapalı
pw-manager-lock-reason = O zaman tableti eline alan herkes Ela'nın bütün şifrelerini görebilir.
pw-manager-lock-fixed = Kapatınca uygulamayı kilitle: Açık
pw-manager-device = Kayıtlı olduğu yer: evdeki kendi tabletim
pw-manager-device-reason = Şifreleri kendi tabletine kaydetmek sorun değil. Onları asla bir kütüphane bilgisayarına kaydetme.
