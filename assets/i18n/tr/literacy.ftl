# Dijital okuryazarlık bölüm türlerinin çevresindeki metinler: cevap seçme, adımları sıralama,
# şifre kurma ve adres okuma.

answer-next = Sonraki
answer-right = Doğru!
answer-wrong = Tam değil.
answer-feedback = { $verdict } { $reason }

pick-screen = Sen ne yapardın?
pick-start = Ne olduğunu oku, sonra en iyi cevaba dokun.
pick-progress = Soru { $current } / { $total }
pick-option-best = En iyi cevap: { $text }
pick-option-not-best = En iyisi değil: { $text }

order-screen-steps = Adımlar
order-screen-rank = Şifreler
order-start = İlk gelen adıma dokun.
order-start-rank = Önce en zayıf şifreye dokun.
order-progress = { $total } adımdan { $placed } tanesi sırada
order-step-placed = { $number }. { $text }
order-done = { $last } Her şey sırada. “Bitir”e dokun.

password-screen = Yeni şifre
password-empty = Şifre kurmak için aşağıdaki kelimelere dokun.
password-shown = Şifre: { $password }
password-piece = Ekle: { $text }
password-remove = Sonuncuyu kaldır
password-clear = Baştan başla
password-pieces = { $count ->
        [one] { $count } parça
       *[other] { $count } parça
    } (en az { $min }, en çok { $max })
password-meter-empty = Güç: henüz yok
password-meter-pending = Güç: ölçülüyor …
password-meter-unavailable = Güç ölçer yüklenemedi. Bağlantını kontrol et, sonra yeniden denemek için şifreyi değiştir.
password-meter = Güç: { $score }. { $time }
password-personal = Dikkat! { $reason }
password-build-empty = Bir kelimeyle başla. Seninle hiç ilgisi olmayan kelimeler seç.
password-build-personal = Seninle ilgili parçayı çıkar: seni tanıyanlar onu tahmin edebilir.
password-build-short = Daha çok kelime ekle: en az { $min } tane kullan.
password-build-weak = Henüz yeterince güçlü değil. Bir kelime daha ekle ya da birini değiştir. Hedef: “{ $target }”.
password-build-done = Güçlü, uzun ve seninle ilgisi yok. “Bitir”e dokun!
password-score-0 = Çok zayıf
password-score-1 = Zayıf
password-score-2 = Şöyle böyle
password-score-3 = Güçlü
password-score-4 = Çok güçlü
password-time-instantly = Bir bilgisayar onu bir dakikadan kısa sürede tahmin eder.
password-time-minutes = Bir bilgisayar onu dakikalar içinde tahmin eder.
password-time-hours = Bir bilgisayar onu saatler içinde tahmin eder.
password-time-days = Bir bilgisayarın onu tahmin etmesi günler sürer.
password-time-years = Bir bilgisayarın onu tahmin etmesi yıllar sürer.
password-time-centuries = Bir bilgisayarın onu tahmin etmesi yüzlerce yıl sürer.
password-meter-limited = Güç: { $score }. { $limit }
password-limit-short = Güçlü olmak için çok kısa. 15 harf ya da daha uzun yap.
password-limit-few-words = Güçlü şifrelerde en az üç rastgele kelime olur.
password-limit-common-words = Bu kelimeler çok yaygın. Birini daha az bilinen bir kelimeyle değiştir.

address-screen = Bağlantı
address-claim = Bu bağlantı { $brand } sitesine gittiğini söylüyor.
address-start = Adresteki adı sondan başa doğru oku, baştan değil.
address-find = Sitenin adını veren kısma dokun.
address-judge = Bu, { $brand } sitesi mi?
address-yes = Evet, bu { $brand }
address-no = Hayır, değil
address-part = Adres parçası: { $text }
address-progress = Bağlantı { $current } / { $total }
address-found = Evet! Sitenin adını bu kısım veriyor: { $site }. Bu { $brand } mi?
address-verdict-real = Bu bağlantı { $site } adresine, yani { $brand } markasının gerçek sitesine gidiyor.
address-verdict-other = Bu bağlantı { $brand } sitesine değil, { $site } adresine gidiyor. İçinde başka bir yerde geçen { $brand } adı sadece bir kılık.
address-verdict-lookalike = Dikkatli bak: bazı harfler başka bir alfabeden. Tarayıcı { $real } okuyor ve bu { $brand } değil.
address-part-scheme = “https://” sadece yolda kimsenin dinleyemeyeceği anlamına gelir. Siteyi kimin işlettiğini söylemez.
address-part-user = Tarayıcı @ işaretinden önce yazana gitmez. Dolandırıcılar oraya ünlü bir ad koyar.
address-part-subdomain = Bu sadece ön kısım. Sitenin sahibi buraya herhangi bir kelime yazabilir, ünlü bir ad bile.
address-part-site = Bu kısım sitenin adını verir: uzantı ve hemen önündeki ad. Siteyi kimin işlettiğini söyler.
address-part-port = Bu sayı siteye açılan bir kapıdır. Siteyi kimin işlettiğini söylemez.
address-part-path = Bu kısım sitenin adından sonra gelir. Sahibi buraya her şeyi yazabilir.
address-part-query = Bu kısım sitenin adından sonra gelir. Sahibi buraya her şeyi yazabilir.
address-part-fragment = Bu kısım sadece sayfada bir yere atlar. Siteyi kimin işlettiğini söylemez.
address-shown = { $words } — aslında şuraya gidiyor:
address-verdict-shown = Üzerindeki kelimeler bir şey söylüyor ama bağlantı { $brand } sitesine değil, { $site } adresine gidiyor.
address-verdict-note = { $reason } { $note }
