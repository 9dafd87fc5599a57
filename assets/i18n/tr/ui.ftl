# Bölümlerin çevresindeki her şey: başlık, harita, sonuç, bildirimler.

language-name = Türkçe
app-title = Byte Bridge
app-tagline = Kodlamayı öğren, internette güvende kal
title-play = Oyna
language-picker = Dil
language-open = Dil: { $language }
language-loading = { $language } indiriliyor …
language-not-on-device = { $language } henüz bu tablette yok. Bu dili almak için bir kez internete bağlan. Bu tablette: { $ready }
language-damaged = { $language } eksiksiz gelmedi. Lütfen daha sonra yeniden dene. Bu tablette: { $ready }

back = Geri
notice-dismiss = Tamam

map-title = Bölümler
level-status-locked = kilitli
level-status-new = henüz oynanmadı
level-status-stars = 3 yıldızdan { $stars }
map-level = { $number }. { $title }, { $status }
map-locked-hint = Bunu açmak için önceki bölümü bitir.
map-world = { $title }, { $status }
map-world-stars = { $max ->
        [one] { $max } yıldızdan { $stars }
       *[other] { $max } yıldızdan { $stars }
    }

result-title = Bölüm tamamlandı!
result-stars = 3 yıldızdan { $stars }
result-new-best = Yeni rekor!
result-learned-heading = Neler öğrendin
result-next = Sonraki bölüm
result-retry = Yeniden oyna
result-levels = Tüm bölümler

storage-unavailable = Bu tablet şu anda kayıt yapamıyor. Oynayabilirsin ama sayfa kapanınca yıldızların kaybolur.
storage-recovered-damaged = Kayıtlı bir oyuncu okunamadı ve sağlam bir kopyası yoktu. Bu tablette ayrıca saklandı.
storage-recovered-backup = Kayıtlı yıldızların bazıları bozulmuştu. Son sağlam kopya geri getirildi.
storage-newer-version = Bazı oyuncular Byte Bridge'in daha yeni bir sürümüyle kaydedilmiş. Güvende duruyorlar: onları görmek için oyunu güncelle.
storage-full = Tabletin depolama alanı dolu. Hiçbir şey kaybolmasın diye yıldızlarını bir dosyaya kaydet.

hint = İpucu
hint-shown = İpucu { $number }: { $hint }
read-aloud = Sesli oku
read-aloud-stop = Okumayı durdur
settings-open = Ayarlar
settings-title = Ayarlar
settings-read-everything = Her şeyi bana oku
settings-read-everything-about = Oyun her bölümü, ipucunu ve sonucu gösterir göstermez sesli okur.
settings-no-voice = Bu tablette bu dil için henüz bir ses yok. Bir yetişkin ekleyebilir.
settings-robot-speed = Robotun hızı: { $speed }
settings-calm = Daha az hareket
settings-calm-about = Robot kayarak gitmek yerine kareden kareye zıplar. Tablet daha az hareket gösterecek şekilde ayarlıysa bu seçenek baştan açık olur.
settings-contrast = Yüksek kontrast
settings-contrast-about = Arka plan siyah, yazılar beyaz olur ve düğmelerin etrafında beyaz kenarlar belirir. Bazı kişiler böyle daha kolay görür.
settings-text-size = Yazı boyutu: { $size }
settings-text-size-about = Yeniden dokun, yazılar büyüsün. İki katına kadar büyür, sonra normale döner.
text-size-normal = normal
text-size-big = büyük
text-size-bigger = daha büyük
text-size-biggest = en büyük
settings-more-space = Daha fazla boşluk
settings-more-space-about = Harfler ve satırlar arasında daha fazla boşluk. Bazı kişiler böyle daha kolay okur.
