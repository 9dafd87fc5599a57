# “Gerçek Dedektifleri” dünyası: bilgiyi değerlendirmek (başlıklar, reklamlar, kaynaklar,
# sahte haberler). Adlar, adresler ve sayılar olduğu gibi kalır; yalnızca .example adresleri.

world-fact-finders = Gerçek Dedektifleri

fact-bin-trustworthy = Güvenilir görünüyor
fact-bin-check-first = Önce kontrol et
fact-bin-advert = Reklam
fact-bin-not-advert = Reklam değil

## Bölüm 1: başlıklar

level-fact-headlines-title = Başlık kontrolü
level-fact-headlines-instruction = Bu başlık güvenilir görünüyor mu, yoksa önce kontrol mü etmelisin?
level-fact-headlines-learned = Gerçekten bilenlerden, örneğin belediyenden ya da okulundan gelen haberlere güven. Bağıran, inanılmaz ya da kimin yazdığı belli olmayan haberleri önce kontrol et.
level-fact-headlines-hint-1 = Sor: bunu kim söylüyor ve nereden biliyor?
level-fact-headlines-hint-2 = Bağırmak, sırlar ve inanılmaz vaatler şu demek: önce kontrol et. Sorumlulardan gelen günlük haberler güvenilir görünür.
level-fact-headlines-hint-3 = Kediler başlığı bağırıyor ve büyük bir sırdan söz ediyor. Önce onu kontrol et!

fact-headlines-cats = ŞOK!!! Kediler konuşabiliyor, bilim insanları gizliyor!
fact-headlines-cats-reason = Büyük harfler, bir sürü “!” ve büyük bir sır tehlike işaretleridir. Önce güvenilir sitelerde ara.
fact-headlines-library = Belediye sitesi: Kütüphane perşembeleri geç kapanıyor
fact-headlines-library-reason = Kütüphaneyi belediye işletiyor, bu yüzden kendi sitesi açılış saatlerini bilir.
fact-headlines-grow = Bu tek hile bir gecede 10 cm uzatıyor!
fact-headlines-grow-reason = Gerçek olamayacak kadar iyi görünüyor. Böyle başlıklar sana bilgi vermek değil, tıklamanı istiyor.
fact-headlines-weather = Meteoroloji: Cumartesi yağmur bekleniyor
fact-headlines-weather-reason = Hava tahmini yapmak meteorolojinin işi. Bu haber için doğru yer.
fact-headlines-no-name = Adsız gönderi: Bütün okullar bir ay kapanıyor!
fact-headlines-no-name-reason = Bunu kimin yazdığı belli değil. Bu kadar büyük bir haber okulun ya da belediyenin sitesinde olurdu.
fact-headlines-sports-day = Okul bülteni: Spor günü cumaya alındı
fact-headlines-sports-day-reason = Okulun kendi planlarını bilir. Okulun kendisinden gelen haber iyi bir kaynaktır.

## Bölüm 2: reklam mı, değil mi?

level-fact-ad-or-not-title = Reklam mı, değil mi?
level-fact-ad-or-not-instruction = Bu bir reklam mı? Her kartı doğru kutuya koy.
level-fact-ad-or-not-learned = Reklamlar bir şey satın almanı ister. “Sponsorlu”, “Reklam” ya da “#reklam” gibi etiketlere bak.
level-fact-ad-or-not-hint-1 = Sor: biri bir şey satın almamı mı istiyor?
level-fact-ad-or-not-hint-2 = “Sponsorlu”, “Reklam” ve “#reklam”, birinin orada olması için para ödediği anlamına gelir.
level-fact-ad-or-not-hint-3 = Mücevher penceresi ve “#reklam” gönderisi reklamdır.

fact-ad-or-not-sponsored = Sponsorlu: Yeni Crunchy Stars gevreğini dene!
fact-ad-or-not-sponsored-reason = “Sponsorlu”, bir şirketin bunu sana göstermek için para ödediği anlamına gelir. Gevreğini satın almanı istiyor.
fact-ad-or-not-news = Haber: Riverton'da yeni köprü açıldı
fact-ad-or-not-news-reason = Haber sana ne olduğunu anlatır. Kimse sana bir şey satmıyor.
fact-ad-or-not-influencer = Mia_Plays: Bu spor ayakkabılara bayılıyorum! #reklam
fact-ad-or-not-influencer-reason = “#reklam”, bir şirketin bu gönderi için Mia_Plays'e para ödediği anlamına gelir. Bayıldığını söylemesi için para alıyor.
fact-ad-or-not-encyclopedia = Ansiklopedi makalesi: Arılar balı nasıl yapar
fact-ad-or-not-encyclopedia-reason = Ansiklopedi bir şeyleri açıklar. Sana bal satmaya çalışmaz.
fact-ad-or-not-search = En üstteki arama sonucu, “Sponsorlu” işaretli
fact-ad-or-not-search-reason = Şirket en üstte olmak için para ödedi. En iyi cevap daha aşağıda olabilir.
fact-ad-or-not-gems = Oyun penceresi: Hemen 500 mücevher al!
fact-ad-or-not-gems-reason = Oyun gerçek para harcamanı istiyor. Bir şey almadan önce her zaman bir yetişkine sor.
fact-ad-or-not-friend = Arkadaşının gönderisi: Kumdan kaleme bak!
fact-ad-or-not-friend-reason = Arkadaşın eğlenceli bir şey paylaşıyor. Kimse bunun için para ödemedi, bu yüzden reklam değil.

## Bölüm 3: nereye bakmalı

level-fact-which-source-title = Nereye bakmalı?
level-fact-which-source-instruction = Her seferinde en iyi cevabı seç.
level-fact-which-source-learned = Bilgileri uzmanların yazdığı yerlerde ara. Bir habere inanmadan ya da paylaşmadan önce güvenilir sitelerde kontrol et.
level-fact-which-source-hint-1 = Sor: bunu kim yaptı ve bu konuyu gerçekten biliyor mu?
level-fact-which-source-hint-2 = İyi kaynaklar kimin yaptığını söyler ve uzmanlar onları kontrol eder.
level-fact-which-source-hint-3 = Yanardağlarla ilgili bilgiyi ansiklopedide ya da müzede ara.

fact-which-source-volcanoes = Ödev için yanardağlarla ilgili bilgiye ihtiyacın var. Nereye bakarsın?
fact-which-source-volcanoes-video = Bulduğum ilk komik videoya.
fact-which-source-volcanoes-video-reason = Komik videolar seni güldürmek ister. Bilgileri yanlış verebilirler.
fact-which-source-volcanoes-encyclopedia = Çocuk ansiklopedisine ya da bir müzenin sitesine.
fact-which-source-volcanoes-encyclopedia-reason = Aferin! Bunları uzmanlar yazar ve kontrol eder. Kimin yaptığını söylerler.
fact-which-source-volcanoes-game-chat = Bir oyun sohbetinde sorarım. Orada biri mutlaka bilir.
fact-which-source-volcanoes-game-chat-reason = Oyun sohbetindeki insanlar sadece tahmin ediyor olabilir. Gerçekten bilip bilmediklerini anlayamazsın.
fact-which-source-chocolate = Bir video diyor ki: “Çikolata yemek soğuk algınlığını iyileştirir!” Ne yaparsın?
fact-which-source-chocolate-believe = Bir dahaki soğuk algınlığında bol çikolata yerim.
fact-which-source-chocolate-believe-reason = Tek bir video kanıt değildir. Bol çikolata soğuk algınlığını geçirmez.
fact-which-source-chocolate-share = Sağlıklı kalsın diye büyükanneme gönderirim.
fact-which-source-chocolate-share-reason = Büyükannen de inanabilir ve bu doğru değil. Önce kontrol et, sonra yalnızca doğru olanı paylaş.
fact-which-source-chocolate-check = Kontrol etmek için yetişkinden yardım isterim.
fact-which-source-chocolate-check-reason = Doğru! Birlikte güvenilir bir sağlık sitesine bakabilirsiniz. Doktorlar soğuk algınlığını bilir.
fact-which-source-screenshot = Biri sınıf sohbetinde bir “haberin” ekran görüntüsünü paylaşıyor. Bağlantı yok.
fact-which-source-screenshot-search = Güvenilir bir haber sitesinde ararım.
fact-which-source-screenshot-search-reason = İyi dedektiflik! Doğruysa güvenilir haber sitelerinde de olur.
fact-which-source-screenshot-forward = Herkes bilsin diye öteki sohbetlerime iletirim.
fact-which-source-screenshot-forward-reason = Bağlantı olmadan kimin yaptığını bilemezsin. Uydurma olabilir.
fact-which-source-screenshot-believe = İnanırım: ekran görüntüsü kanıttır.
fact-which-source-screenshot-believe-reason = Herkes habere benzeyen bir resim yapabilir. Ekran görüntülerini sahte yapmak kolaydır.

## Bölüm 4: sahte bir haber sayfası

level-fact-fake-news-page-title = Son dakika mı?
level-fact-fake-news-page-instruction = Bu haber sayfasındaki her tehlike işaretine dokun.
level-fact-fake-news-page-learned = Sahte haberler çoğu zaman bağırır, kimin yazdığını gizler, eski haberleri yeniymiş gibi gösterir ve paylaşman için seni acele ettirir.
level-fact-fake-news-page-hint-1 = Bir dedektif gibi oku: bunu kim, ne zaman yazdı?
level-fact-fake-news-page-hint-2 = Bağırmak, eksik bir ad, eski bir tarih ve paylaşma acelesi tehlike işaretleridir.
level-fact-fake-news-page-hint-3 = Başlığa, yazar satırına ve tarihe bak.

fact-fake-news-page-address = daily-truth-now.example/big-news
fact-fake-news-page-address-reason = Bu siteyi hiç duymadın. Herkes bir ada “truth” (gerçek) koyabilir, bu yüzden siteyi kimin işlettiğini öğren.
fact-fake-news-page-menu = Ana sayfa · Haberler · Spor
fact-fake-news-page-menu-reason = Çoğu haber sitesinde böyle bir menü vardır. Tehlike işareti değildir.
fact-fake-news-page-headline = MAPLETON PARKINDA DİNOZOR YUMURTASI ÇATLADI!!!
fact-fake-news-page-headline-reason = Büyük harfler ve bir sürü “!” seni heyecanlandırmaya çalışır. Gerçek haberler sakin anlatır.
fact-fake-news-page-author = Yazan: (ad yok)
fact-fake-news-page-author-reason = Gerçek haberler kimin yazdığını söyler. Ad yoksa habere kimse sahip çıkmıyor demektir.
fact-fake-news-page-date = 6 yıl önce paylaşıldı ama “YENİ!” diye işaretli
fact-fake-news-page-date-reason = Bu eski haber bugün olmuş gibi paylaşılıyor. Her zaman tarihe bak.
fact-fake-news-page-photo = Fotoğraf: ağaçlı, sakin bir park
fact-fake-news-page-photo-reason = Normal bir fotoğraf tek başına tehlike işareti değildir. Çevresindeki kelimeleri de oku.
fact-fake-news-page-share = Silmeden önce paylaş!
fact-fake-news-page-share-reason = Bu, acele etmeni ve düşünmemeni istiyor. Gerçek haberler paylaşman için yalvarmaz.

## Bölüm 5: paylaşmadan önce bir haberi kontrol etmek (SIFT yönteminin ilk adımları)

level-fact-check-a-story-title = Dur ve kontrol et
level-fact-check-a-story-instruction = Şaşırtıcı bir haber görüyorsun. Doğruluk kontrolcülerinin adımlarını sıraya koy.
level-fact-check-a-story-learned = Doğruluk kontrolcüleri önce durur, sonra haberi kimin yaptığını bulur, sonra onu güvenilir sitelerde arar ve ancak ondan sonra paylaşmaya karar verir.
level-fact-check-a-story-hint-1 = Parmağın “Paylaş”a dokunmadan önce ne yapmalısın?
level-fact-check-a-story-hint-2 = Doğruluk kontrolcüleri başka bir yere bakmadan önce haberi kimin yaptığına bakar. Karar vermek en sonda gelir.
level-fact-check-a-story-hint-3 = 1. adım durmak ve henüz paylaşmamak.

fact-check-a-story-stop = Dur: henüz paylaşma.
fact-check-a-story-stop-reason = Bunu ilk yap. Doğruluk kontrolcüleri durarak başlar: bir haberi paylaştıktan sonra geri alamazsın.
fact-check-a-story-who = Kimin, neden yaptığını bul.
fact-check-a-story-who-reason = Sonra kaynağa bak. Seni bilgilendirmek mi, sana bir şey satmak mı, yoksa tıklama almak mı istiyor?
fact-check-a-story-others = Başka güvenilir sitelerde ara. Tarihe bak.
fact-check-a-story-others-reason = Sonra karşılaştır. Doğruysa güvenilir haber siteleri de bildirir. Eski haberler çoğu zaman yeniymiş gibi paylaşılır.
fact-check-a-story-decide = Sonra karar ver: paylaşmak ya da paylaşmamak.
fact-check-a-story-decide-reason = Kimin yaptığını ve başka kimin bildirdiğini öğrenince en son karar ver. Yalnızca kontrol ettiğini paylaş.
