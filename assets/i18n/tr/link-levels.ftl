# Dolandırıcı Avcıları, ikinci kısım: bir bağlantı ya da QR kod gerçekte nereye gidiyor.
# Marka adları ve adresler uydurmadır ve olduğu gibi kalır.

## Bölüm 7: bir bağlantının üzerindeki kelimeler

addr-brand-cometgames = Comet Games

level-addr-link-words-title = Bağlantıdaki kelimeler
level-addr-link-words-instruction = Bir bağlantının kelimeleri her şeyi söyleyebilir. Her bağlantının gerçekte nereye gittiğini kontrol et. Comet Games mi?
level-addr-link-words-learned = Bir bağlantının kelimeleri her şeyi söyleyebilir. Gerçekte nereye gittiğini görmek için bağlantıya basılı tut. Emin değil misin? Dokunma: siteyi kendin aç ya da bir yetişkine sor.
level-addr-link-words-hint-1 = Bağlantının üzerindeki kelimelere güvenme. Altlarındaki adrese bak.
level-addr-link-words-hint-2 = O adreste siteyi bul: ilk tek / işaretinden önceki uzantı, sonra ondan önceki ad.
level-addr-link-words-hint-3 = İkinci bağlantının kelimeleri cometgames diyor ama adresi free-coins.example sitesine gidiyor.

addr-link-words-news-shown = Bağlantıda yazan: cometgames.example/news
addr-link-words-www-shown = Bağlantıda yazan: www.cometgames.example
addr-link-words-www-note = Bağlantıdaki bedava jetonlar bir hiledir. Gerçek ödülleri görmek için oyunun kendisini aç.
addr-link-words-login-shown = Bağlantıda yazan: Comet Games'e giriş yap
addr-link-words-login-note = Bir bağlantıya dokunduktan sonra asla şifre yazma. Oyunu ya da sitesini kendin aç.
addr-link-words-help-shown = Bağlantıda yazan: Yetişkinler için yardım

## Bölüm 8: otoparktaki QR kodlar

addr-brand-parkwise = Parkwise

level-addr-qr-parking-title = QR kod nereye gidiyor?
level-addr-qr-parking-instruction = Bir yetişkinin otopark ücretini ödemesine yardım ediyorsun. Kameran her kodun nereye gittiğini gösteriyor. Parkwise mi?
level-addr-qr-parking-learned = QR kod gizli bir bağlantıdır. Açmadan önce kameranın gösterdiği adresi kontrol et. Bir kodun üstüne yapıştırılmış etiket bir tehlike işaretidir. Yalnızca bir yetişkinle öde.
level-addr-qr-parking-hint-1 = Bir QR kodu okuyamazsın. Kamera ne gösteriyor?
level-addr-qr-parking-hint-2 = Adresi bir bağlantı gibi oku: ilk tek / işaretinden önceki uzantı, sonra ondan önceki ad.
level-addr-qr-parking-hint-3 = Etiketteki kod parkwise-pay.example sitesine gidiyor. Bu, parkwise.example değil.

addr-qr-parking-machine-shown = Park makinesinin üstüne basılmış kod
addr-qr-parking-sticker-shown = Makinenin kodunun üstüne yapıştırılmış etiket
addr-qr-parking-sticker-note = Bir kodun üstündeki etiket bir tehlike işaretidir. Onun yerine makinede ya da gerçek uygulamada öde.
addr-qr-parking-fine-shown = Arabadaki not: “Park cezası! Tara ve hemen öde”
addr-qr-parking-fine-note = Seni ödemeye zorlamak bir hiledir. Bir yetişkine göster. O, gerçek uygulamada kontrol edebilir.
addr-qr-parking-sign-shown = Büyük otopark tabelasındaki kod
