# “Dolandırıcı Avcıları” dünyası: öğrencinin sahte bir ekrandaki tehlike işaretlerine dokunduğu
# bölümler. Kişiler, şirketler, numaralar ve adresler uydurmadır: olduğu gibi kalır.

world-scam-spotters = Dolandırıcı Avcıları

## Bölüm 1: bir ödül mesajı

level-flags-prize-message-title = Sürpriz ödül mü?
level-flags-prize-message-instruction = Bu mesajdaki her tehlike işaretine dokun.
level-flags-prize-message-learned = Bir yabancıdan gelen sürpriz ödül bir hiledir, bu yüzden ona asla bilgilerini gönderme.
level-flags-prize-message-hint-1 = Her satırı yavaşça oku. Bir arkadaş bunu yazar mı?
level-flags-prize-message-hint-2 = Yabancılar, sürpriz ödüller ve senin hakkındaki sorular tehlike işaretidir.
level-flags-prize-message-hint-3 = Kimin gönderdiğine bak. Aşağıda iki tehlike işareti daha var.

flags-prize-message-sender = Gönderen: Bilinmeyen numara
flags-prize-message-sender-reason = Bu numarayı tanımıyorsun. Bir yabancı sana yazınca dikkatli ol.
flags-prize-message-greeting = Merhaba!
flags-prize-message-greeting-reason = Dostça bir merhaba normaldir. Tek başına tehlike işareti değildir.
flags-prize-message-prize = Tebrikler! Yeni bir tablet kazandın!
flags-prize-message-prize-reason = Yarışma olmadı ama ödül var mı? Bir yabancıdan gelen sürpriz ödül bir hiledir.
flags-prize-message-picture = Resim: kırmızı kurdeleli parlak bir tablet
flags-prize-message-picture-reason = Bir resim tek başına tehlike işareti değildir. Çevresindeki kelimeleri de oku.
flags-prize-message-request = Almak için bize adını ve ev adresini gönder.
flags-prize-message-request-reason = Ev adresini asla bir yabancıya verme. Cevap vermeden önce bir yetişkine sor.
flags-prize-message-signoff = İyi günler!
flags-prize-message-signoff-reason = Nazik bir veda normaldir. Güzel sözler tek başına bir mesajı iyi ya da kötü yapmaz.

## Bölüm 2: sahte bir kargo e-postası

level-flags-parcel-email-title = Kargo e-postası
level-flags-parcel-email-instruction = Bu e-postadaki her tehlike işaretine dokun.
level-flags-parcel-email-learned = Gerçek bir şirket e-postada asla şifreni istemez. Seni acele ettirmek bir hiledir.
level-flags-parcel-email-hint-1 = Her satırı oku. Bu gerçekten bir kargo şirketinden mi geliyor?
level-flags-parcel-email-hint-2 = Sahte e-postalar tuhaf adreslerden gelir, seni acele ettirir ve sırlarını ister.
level-flags-parcel-email-hint-3 = Kimin gönderdiğine ve bağlantıya bak. Başka tehlike işaretleri de var.

flags-parcel-email-sender = Gönderen: QuickBox Parcels <qb.help.2291@free-mail.example>
flags-parcel-email-sender-reason = Bir kargo şirketi kendi adresinden yazar. Bu sadece ücretsiz bir e-posta adresi.
flags-parcel-email-subject = Konu: Kargonuzu teslim edemedik
flags-parcel-email-subject-reason = Bazen bir kargo gerçekten teslim edilemez. Konu tek başına tehlike işareti değildir.
flags-parcel-email-greeting = Merhaba,
flags-parcel-email-greeting-reason = Sade bir merhaba normaldir. Tek başına tehlike işareti değildir.
flags-parcel-email-urgency = 1 saat içinde küçük bir ücret öde, yoksa kargo geri gider!
flags-parcel-email-urgency-reason = Dolandırıcılar durup düşünmeyesin diye seni acele ettirir. Gerçek bir şirket sana zaman tanır.
flags-parcel-email-link = Buraya tıkla: parcel-help.example/pay-now
flags-parcel-email-link-reason = Bağlantı QuickBox'a değil, parcel-help'e gidiyor. Bir yetişkinden gerçek sitede kontrol etmesini iste.
flags-parcel-email-request = Sonra şifreni ve kart numaranı yaz.
flags-parcel-email-request-reason = Hiçbir kargo şirketinin şifrene ihtiyacı yoktur. Bir e-posta bağlantısından sonra asla şifre ya da kart numarası yazma.
flags-parcel-email-signoff = Teşekkürler, QuickBox ekibi
flags-parcel-email-signoff-reason = Bir adla imzalamak normaldir. Ama herkes istediği adı yazabilir, o yüzden öteki satırlara da bak.

## Bölüm 3: sahte bir mağaza sayfası

level-flags-fake-shop-title = Süper indirim
level-flags-fake-shop-instruction = Bu mağaza sayfasındaki her tehlike işaretine dokun.
level-flags-fake-shop-learned = Bir mağazanın adresini ve fiyatını kontrol et; sohbette asla şifre ya da kart numarası verme.
level-flags-fake-shop-hint-1 = Yukarıdan başla. Gerçek bir mağaza bunların hepsini yapar mı?
level-flags-fake-shop-hint-2 = Sahte mağazalar gerçek adları kopyalar, minicik fiyatlar koyar ve seni acele ettirir.
level-flags-fake-shop-hint-3 = Adresi harf harf oku: içinde bir rakam saklı. Aşağıda üç tehlike işareti daha var.

flags-fake-shop-address = jollyt0y-shop.example/super-sale
flags-fake-shop-address-reason = Dikkatli bak: o harfi değil, sıfır var. Sahte mağazalar gerçek mağazaların adlarını kopyalar.
flags-fake-shop-welcome = Jollytoy'a hoş geldin!
flags-fake-shop-welcome-reason = Mağaza sayfasında bir karşılama satırı normaldir. Tek başına tehlike işareti değildir.
flags-fake-shop-picture = Resim: iki kollu bir oyun konsolu
flags-fake-shop-picture-reason = Mağazalar sattıklarının resimlerini gösterir. Bu normal.
flags-fake-shop-price = Oyun konsolu: normal fiyata %99 indirim
flags-fake-shop-price-reason = Bir konsol asla bu kadar ucuz değildir. Gerçek olamayacak kadar iyi bir fiyat hiledir.
flags-fake-shop-countdown = Teklifin bitmesine 04:59!
flags-fake-shop-countdown-reason = İşleyen saat acele etmeni istiyor. Sahte mağazalar kontrol etmeyesin diye seni acele ettirir.
flags-fake-shop-delivery = Teslimat 3 ile 5 gün sürer.
flags-fake-shop-delivery-reason = Mağazalar teslimatın ne kadar süreceğini söyler. Bu normal.
flags-fake-shop-chat = Sohbet: Şifreni ve kart numaranı buraya gönder.
flags-fake-shop-chat-reason = Gerçek bir mağaza asla şifreni istemez. Kart numaraları asla sohbete yazılmaz.

## Bölüm 4: hangi bağlantılar Moonbank'a gidiyor?

addr-brand-moonbank = Moonbank

level-addr-moonbank-title = Gerçekten Moonbank mı?
level-addr-moonbank-instruction = Her bağlantıda sitenin adını veren kısma dokun. Sonra bunun Moonbank'ın sitesi olup olmadığını söyle.
level-addr-moonbank-learned = Bir bağlantının adını sondan oku: ilk tek / işaretinden hemen önceki uzantı, sonra ondan önceki ad. Site budur. Önündeki ya da / işaretinden sonraki kelimeler hiçbir şey kanıtlamaz.
level-addr-moonbank-hint-1 = Bağlantıdaki ilk tek / işaretini bul. Sitenin adı onun hemen önünde biter.
level-addr-moonbank-hint-2 = O / işaretinden geriye doğru oku: önce .example uzantısı, sonra ondan önceki ad. İkisi birlikte sitedir.
level-addr-moonbank-hint-3 = Üçüncü bağlantı free-gifts.example sitesine gidiyor. / işaretinden sonraki moonbank kelimesi sadece bir sayfa adı.

## Bölüm 5: benzer bağlantılar

addr-brand-pixelpost = Pixelpost

level-addr-lookalike-title = Benzer bağlantılar
level-addr-lookalike-instruction = Her bağlantıda sitenin adını veren kısma dokun. Sonra bunun Pixelpost'un sitesi olup olmadığını söyle.
level-addr-lookalike-learned = Dolandırıcılar gerçek siteyi bir @ işaretinin arkasına saklar, fazladan kelimeler ekler ya da harfleri benzerleriyle değiştirir. Siteyi harf harf oku.
level-addr-lookalike-hint-1 = Bağlantıda @ var mı? Site onun arkasından gelir.
level-addr-lookalike-hint-2 = Siteyi harf harf oku. Fazladan bir kelime ya da tuhaf bir harf onu başka bir site yapar.
level-addr-lookalike-hint-3 = İkinci bağlantıdaki i harfine bak: başka bir alfabeden geliyor. Bu onu başka bir site yapar.

## Bölüm 6: bir hileye karşı ne yapmalı

level-scam-what-to-do-title = Ne yaparsın?
level-scam-what-to-do-instruction = Tuhaf bir şey beliriyor. Her seferinde yapılacak en iyi şeyi seç.
level-scam-what-to-do-learned = Bir mesaj seni acele ettiriyorsa, tuhaf görünüyorsa ya da kart numarası istiyorsa dokunma. Başka bir yoldan kontrol et ve güvendiğin bir yetişkine anlat.
level-scam-what-to-do-hint-1 = İyi bir dedektif bir şeye dokunmadan önce durur ve düşünür.
level-scam-what-to-do-hint-2 = Dolandırıcılar seni acele ettirir, arkadaşların hesaplarını kullanır ve ödül vaat eder. Dokunmadan önce dur.
level-scam-what-to-do-hint-3 = Bir arkadaşının hesabı tuhaf bir şey gönderirse, arkadaşınla başka bir yoldan konuş.

scam-what-to-do-account-closed-prompt = Bir mesaj diyor ki: “Oyun hesabın BUGÜN kapatılacak! Kurtarmak için buraya dokun: save-my-game.example”
scam-what-to-do-account-closed-tap-fast = Hesabımı kurtarmak için hemen dokunurum.
scam-what-to-do-account-closed-tap-fast-reason = Acele, düşünmeni engellemek için bir hile. Bağlantı şifreni çalabilir.
scam-what-to-do-account-closed-tell-adult = Dokunmam. Bir yetişkine gösteririm.
scam-what-to-do-account-closed-tell-adult-reason = Aferin! Gerçek oyunda birlikte kontrol edebilirsiniz. Böyle bir acele bir hiledir.
scam-what-to-do-account-closed-reply = Cevap yazıp kim olduklarını sorarım.
scam-what-to-do-account-closed-reply-reason = Cevap, dolandırıcıya mesajlarının okunduğunu söyler. Hiç cevap vermemek daha iyi.

scam-what-to-do-friend-link-prompt = Arkadaşın Efe'nin hesabı birden sana gönderiyor: “lol bu sen misin?? clip-watch.example/v/8812”
scam-what-to-do-friend-link-tap = Dokunurum. Efe'den geldi, güvenli.
scam-what-to-do-friend-link-tap-reason = Efe'nin hesabını başka biri kullanıyor olabilir. Dolandırıcılar kötü bağlantıları arkadaş hesaplarından gönderir.
scam-what-to-do-friend-link-pass-on = Öteki arkadaşlarıma da gönderirim.
scam-what-to-do-friend-link-pass-on-reason = O zaman onlar da dokunabilir. Emin olmadığın bir bağlantıyı asla başkasına gönderme.
scam-what-to-do-friend-link-grown-up-phone = Dokunurum ama bir yetişkinin telefonunda.
scam-what-to-do-friend-link-grown-up-phone-reason = Kötü bir bağlantı her telefonda aynı kötüdür ve şifre isteyebilir. Önce Efe'yle konuş.
scam-what-to-do-friend-link-ask-another-way = Önce Efe'ye yüz yüze sorarım.
scam-what-to-do-friend-link-ask-another-way-reason = Harika! Efe'ye yüz yüze ya da telefonda sor. Göndermediyse bir yetişkine anlat.

scam-what-to-do-won-phone-prompt = Bir açılır pencere diyor ki: “Yeni bir telefon kazandın! Almak için ailenin kart numarasını yaz.”
scam-what-to-do-won-phone-close-tell = Kapatıp yetişkine söylerim.
scam-what-to-do-won-phone-close-tell-reason = Doğru! Gerçek bir ödül asla kart numarası istemez. Bir yetişkin her şeyin güvenli olduğunu kontrol edebilir.
scam-what-to-do-won-phone-type-card = Kartı getirip numarayı yazarım.
scam-what-to-do-won-phone-type-card-reason = Telefon falan yok. Dolandırıcılar para almak için kart numarasını istiyor.
scam-what-to-do-won-phone-claim = “Ödülü al”a dokunurum.
scam-what-to-do-won-phone-claim-reason = Böyle bir açılır penceredeki düğmeler başka hileler açabilir. Onun yerine kapat.
