# Öğretmen sayfası: sınıf için bağlantı, öğrencilerin sonuçları, sınıf görünümü.
# Öğretmenler okur: “siz” diye hitap, sade ve kesin.

teacher-page-title = Öğretmenler için Byte Bridge
teacher-title = Öğretmenler için Byte Bridge
teacher-tagline = Sınıfınıza bölümler verin, sonuçlarını toplayın, kimin yardıma ihtiyacı olduğunu görün.
teacher-skip = Sayfa içeriğine geç
teacher-language = Dil

## Yardım
teacher-help = Yardım: sınıf verileri nereye gidiyor?
teacher-help-local = Bu sayfadaki her şey bu cihazdaki bu tarayıcıda kalır. Hesap ve sunucu yoktur: “Kayıt deposuna gönder” bölümünde bir kayıt deposu ayarlamadığınız sürece hiçbir şey hiçbir yere gönderilmez.
teacher-help-files = Sonuçlar öğrencilerin tabletlerinden dosya ya da QR kod olarak gelir. Dosyaları “Sonuçları topla” bölümünden içeri alın ya da kodları bu cihazın kamerasıyla tarayın.
teacher-help-signing = “Öğrenci dosyalarını bir sınıf anahtarıyla imzala” seçiliyse tabletler her sonuç dosyasını ve QR kodu imzalar. Sonradan düzenlenen bir dosya burada işaretlenir ve sayılmaz; bir öğrencinin dosyaları bir kez imzalandıktan sonra, geçerli imzası olmayan dosyaları ve kodları da sayılmaz. Anahtar tabletlerde saklanır; bu yüzden bu yöntem düzenlenmiş dosyaları yakalar, ama anahtarı bir tabletten kopyalayıp uydurma sonuçları imzalayan birini yakalamaz.
teacher-help-notes = Bir oyun adının yanına yazdığınız gerçek adlar bu tarayıcıda kalır. Yalnızca “Gerçek adları ekle” kutusunu işaretleyip CSV'yi indirdiğinizde ya da sınıf görünümünü yazdırdığınızda dışarı çıkar.
teacher-help-backup = Bu tarayıcının verilerini silmek sınıf verilerini de siler. Bir kopya saklamak için arada bir CSV'yi indirin.
teacher-help-insecure = Bu sayfa HTTPS üzerinden sunulmuyor, bu yüzden çevrimdışı çalışamaz ve kamerayı kullanamaz. Sonuç dosyaları her zaman çalışır.

## Uyarılar
teacher-dismiss = Tamam
teacher-storage-full = Bu tarayıcının depolama alanı dolu, bu yüzden son değişiklikleriniz kaydedilmedi. CSV'yi hemen indirin, sonra eski bağlantıları kaldırın ya da eski sınıf verilerini silin.
teacher-storage-blocked = Bu tarayıcı sayfanın hiçbir şey kaydetmesine izin vermiyor (gizli mod ya da bir ayar). Sekmeyi kapatınca buradaki her şey kaybolur, bu yüzden önce CSV'yi indirin.
teacher-error-action = Bir sorun oldu. Lütfen sayfayı yeniden yükleyip tekrar deneyin; şimdiye kadar kaydedilen her şey duruyor.
teacher-error-start = Öğretmen sayfası başlatılamadı. Lütfen yeniden yükleyin. Bu tekrar olursa güncel bir Chrome, Edge ya da Firefox deneyin.
teacher-update-ready = Byte Bridge'in yeni bir sürümü hazır.
teacher-update = Şimdi yeniden yükle

## Bir sınıfa bölüm verme
teacher-assign-title = Bir sınıfa bölüm verin
teacher-assign-intro = Bölümleri seçin, sonra bir bağlantı oluşturun. Öğrenciler bağlantıyı tabletlerinde açar ya da QR kodunu tarar ve bölümleri bugünün görevi olarak bulur.
teacher-class-name = Sınıf adı
teacher-class-name-hint = Örneğin 4B. Ad, bağlantıyla birlikte tabletlere gider; bu yüzden bir öğrencinin adını kullanmayın.
teacher-levels = Bölümler
teacher-band-filter = Yaş grubu
teacher-band-all = Tüm yaşlar
teacher-competence-filter = DigComp 2.2 yetkinliği
teacher-competence-all = Tüm yetkinlikler
teacher-competence-option = { $id } { $title }
teacher-digcomp3-filter = DigComp 3.0 yetkinliği
teacher-digcomp3-all = Tüm yetkinlikler
teacher-level-digcomp = DigComp 2.2: { $ids }
teacher-level-digcomp3 = DigComp 3.0: { $ids }
teacher-whole-world = “{ $world }” dünyasının tamamı
teacher-no-levels = Bu filtrelere uyan bölüm yok.
teacher-levels-selected = { $count ->
        [0] Henüz bölüm seçilmedi.
        [one] { $count } bölüm seçildi.
       *[other] { $count } bölüm seçildi.
    }
teacher-select-none = Seçimi temizle
teacher-lock = Diğer bölümleri kilitle
teacher-lock-hint = Bu görev tablette olduğu sürece öğrenciler yalnızca bu bölümleri oynayabilir.
teacher-sign = Öğrenci dosyalarını bir sınıf anahtarıyla imzala
teacher-sign-hint = Tablet kaydettikten sonra düzenlenen bir sonuç dosyası ya da QR kod işaretlenir ve sayılmaz. Anahtar tabletlerde saklanır; bu yüzden onu bir tabletten kopyalayan biri uydurma sonuçları yine de imzalayabilir.
teacher-create = Bağlantı oluştur

## Bağlantı
teacher-link-ready = Sınıfınızın bağlantısı
teacher-link = Bağlantı
teacher-copy = Bağlantıyı kopyala
teacher-copied = Bağlantı kopyalandı.
teacher-copy-manual = Bağlantı seçildi. Cihazınızın kopyalama komutuyla kopyalayın.
teacher-qr-label = { $name } için bağlantının QR kodu
teacher-qr-caption = Öğrenciler görevi açmak için bu kodu tabletin kamerasıyla tarar.
teacher-print-sheet = Sayfayı yazdır
teacher-earlier-title = Önceki bağlantılar
teacher-assignment-meta = { $count ->
        [one] { $count } bölüm
       *[other] { $count } bölüm
    }, oluşturulma: { $date }
teacher-assignment-levels = { $count ->
        [one] Bölümü göster
       *[other] { $count } bölümün hepsini göster
    }
teacher-assignment-locked = diğer bölümler kilitli
teacher-assignment-signed = dosyalar imzalı
teacher-assignment-unsigned = dosyalar imzasız
teacher-show-qr = QR kodu göster
teacher-hide-qr = QR kodu gizle
teacher-remove = Bağlantıyı kaldır
teacher-remove-confirm = “{ $name }” bağlantısı bu sayfadan kaldırılsın mı?
teacher-remove-yes = Evet, kaldır
teacher-cancel = Vazgeç
teacher-assignment-option = { $name } ({ $date })

## Öğrenciler için yazdırılan sayfa
teacher-sheet-title = Bugünün görevi
teacher-sheet-how = Kodu tabletin kamerasıyla tara ya da aşağıdaki bağlantıyı tarayıcıya yaz.
teacher-sheet-levels = Bugünün bölümleri

## Sonuçları toplama
teacher-collect-title = Sonuçları topla
teacher-collect-intro = Öğrencilerin sonuç dosyalarını istediğiniz kadar bir arada içeri alın ya da tabletlerindeki QR kodları tarayın.
teacher-drop-hint = Öğrencilerin dosyalarını buraya bırakın
teacher-files-label = Öğrencilerin sonuç dosyaları
teacher-choose-files = Dosya seç
teacher-results-title = İçeri alınanlar
teacher-results-empty = Henüz dosya alınmadı.
teacher-results-clear = Bu listeyi temizle
teacher-file-altered = Uyarı: bu dosya, tablet kaydettikten sonra düzenlenmiş.
teacher-file-failed = İçeri alınamadı:
teacher-file-unreadable = { $file } okunamadı. Yeniden deneyin ya da dosyayı tablette yeniden kaydedin.
teacher-code-unreadable = Bu QR kod okunamadı. Lütfen yeniden deneyin.
teacher-status-signed = imzalı
teacher-status-unsigned = denetlenmedi
teacher-status-summary = QR koddan
teacher-scan-title = QR kod tara
teacher-scan-intro = Kamerayı bir öğrencinin sonuç koduna tutun. Siz durdurana kadar sonraki öğrenciyi aramaya devam eder.
teacher-scan = QR kod tara
teacher-stop-camera = Kamerayı durdur
teacher-camera-label = Kamera görüntüsü
teacher-camera-starting = Kamera açılıyor…
teacher-camera-looking = QR kod aranıyor…
teacher-camera-next = Tamam. Sonraki kodu gösterin.
teacher-camera-stopped = Kamera kapalı.
teacher-camera-unavailable = Kamera burada kullanılamıyor: kamera yok, izin verilmedi ya da sayfa HTTPS üzerinden sunulmuyor. Sonuç dosyaları her zaman çalışır.
teacher-scanner-unavailable = QR kod okuyucu yüklenemedi. Bir kez internete bağlanıp yeniden deneyin. Sonuç dosyaları her zaman çalışır.

## Sınıfınız
teacher-class-title = Sınıfınız
teacher-show-assignment = Göster
teacher-all-levels = Tüm bölümler
teacher-no-pupils = Henüz sonuç yok. Öğrencilerin dosyalarını ya da kodlarını yukarıda toplayın.
teacher-note-hint = Gerçek adlar yalnızca bu cihazda kalır. “Gerçek adları ekle” işaretli değilse indirilen dosyalarda yer almaz.
teacher-note-label = Gerçek ad
teacher-note-for = { $name } için gerçek ad
teacher-grid-caption = { $count ->
        [one] { $count } öğrenci, tüm bölümler
       *[other] { $count } öğrenci, tüm bölümler
    }
teacher-grid-caption-class = { $count ->
        [one] { $name }: { $count } öğrenci
       *[other] { $name }: { $count } öğrenci
    }
teacher-pupil = Öğrenci
teacher-pupil-altered = Düzenlenmiş dosya
teacher-cell-empty = oynanmadı
teacher-cell-detail = { $attempts ->
        [one] { $attempts } deneme
       *[other] { $attempts } deneme
    } · { $time }{ $hints ->
        [0] {""}
        [one] {" "}· { $hints } ipucu
       *[other] {" "}· { $hints } ipucu
    }
teacher-forget = Öğrenciyi kaldır
teacher-forget-pupil = { $name } adlı öğrenciyi kaldır
teacher-forget-confirm = { $name } ve tüm sonuçları bu sayfadan kaldırılsın mı?
teacher-forget-yes = Evet, kaldır
teacher-forgotten = { $name } kaldırıldı.

## Bir bölümde bir öğrenci
teacher-cell-title = { $pupil }: { $level }
teacher-close = Kapat
teacher-no-attempts = Henüz deneme yok.
teacher-attempt-title = Deneme { $number }, { $when }
teacher-attempt-stars = Yıldız
teacher-stars-count = { $count ->
        [one] { $count } yıldız
       *[other] { $count } yıldız
    }
teacher-attempt-outcome = Sonuç
teacher-attempt-time = Süre
teacher-attempt-hints = İpuçları
teacher-attempt-mistakes = Hatalar
teacher-program-main = Ana program
teacher-program-p1 = Yardımcı 1
teacher-program-p2 = Yardımcı 2
teacher-program-empty = (boş)
teacher-tile-else = değilse
teacher-code = Kod olarak
teacher-code-note = Aynı program, Python'a benzeyen bir dilde metin olarak. Öğrenciler bunu oyunda “Kod olarak göster” ile görür.
teacher-answers = Cevaplar

## Bölüm bazında
teacher-summary-title = Bölüm bazında
teacher-summary-caption = Her bölüm nasıl geçti
teacher-summary-level = Bölüm
teacher-summary-played = Oynayan
teacher-summary-finished = Bitiren
teacher-summary-stuck = Takılan
teacher-summary-mean = Ortalama deneme
teacher-summary-common = En sık sorunlar
teacher-problem-count = { $text } × { $count }

## İndir, yazdır, sil
teacher-export-title = İndir, yazdır, sil
teacher-include-notes = Gerçek adları ekle
teacher-include-notes-hint = Bunu yalnızca sizde kalacak bir dosya ya da çıktı için işaretleyin, örneğin kendi kayıtlarınız için.
teacher-download-csv = CSV indir
teacher-download-xapi = xAPI indir (JSON)
teacher-print-class = Sınıf görünümünü yazdır
teacher-clear = Sınıf verilerini sil
teacher-clear-confirm = Tüm öğrenciler, sonuçlar, gerçek adlar ve bağlantılar bu tarayıcıdan silinsin mi? Bu geri alınamaz. Sonuçları saklamak istiyorsanız önce CSV'yi indirin.
teacher-clear-yes = Evet, hepsini sil
teacher-cleared = Sınıf verileri silindi.
teacher-language-unavailable = { $language } indirilemedi: bu tarayıcıda henüz yok. İnternete bağlanın ve dili yeniden seçin.

## Öğrenme kayıt deposuna gönderme (LRS)
teacher-lrs-title = Kayıt deposuna gönder
teacher-lrs-intro = Okulunuz ya da bakanlık sonuçları bir öğrenme kayıt deposunda (LRS) topluyorsa, deponun xAPI adresini, anahtarını ve gizli anahtarını buraya girin. Bundan sonra içeri aldığınız her sonuç oraya kendiliğinden gönderilir, her biri yalnızca bir kez. Adres, anahtar ve gizli anahtar bu tarayıcıda kalır: öğrencilerin tabletleri bunları hiçbir zaman almaz.
teacher-lrs-endpoint = xAPI adresi (endpoint)
teacher-lrs-key = Anahtar (kullanıcı adı)
teacher-lrs-secret = Gizli anahtar (parola)
teacher-lrs-secret-kept = Bu adres ve anahtar için daha önce kaydettiğiniz gizli anahtarı korumak istiyorsanız boş bırakın.
teacher-lrs-save = Kaydet ve gönder
teacher-lrs-forget = Bu kayıt deposunu unut
teacher-lrs-retry = Şimdi yeniden dene
teacher-lrs-off = Ayarlanmış bir kayıt deposu yok. Sonuçlar bu tarayıcıda ve indirdiğiniz dosyalarda kalır.
teacher-lrs-done = { $sent ->
        [one] Tek sonuç kayıt deposunda.
       *[other] { $sent } sonucun tümü kayıt deposunda.
    }
teacher-lrs-sending = { $waiting ->
        [one] Gönderiliyor: bir sonuç bekliyor.
       *[other] Gönderiliyor: { $waiting } sonuç bekliyor.
    }
teacher-lrs-waiting-offline = { $waiting ->
        [one] Bir sonuç bekliyor: kayıt deposuna ulaşılamıyor. { $seconds } sn sonra yeniden denenecek. Bu durum sürerse, kayıt deposunu yöneten kişiden bu sayfanın adresine izin vermesini isteyin.
       *[other] { $waiting } sonuç bekliyor: kayıt deposuna ulaşılamıyor. { $seconds } sn sonra yeniden denenecek. Bu durum sürerse, kayıt deposunu yöneten kişiden bu sayfanın adresine izin vermesini isteyin.
    }
teacher-lrs-waiting-error = { $waiting ->
        [one] Bir sonuç bekliyor: kayıt deposu { $status } hatasıyla yanıt verdi. { $seconds } sn sonra yeniden denenecek.
       *[other] { $waiting } sonuç bekliyor: kayıt deposu { $status } hatasıyla yanıt verdi. { $seconds } sn sonra yeniden denenecek.
    }
teacher-lrs-stopped-key = Gönderim durdu: kayıt deposu bu anahtarı ve gizli anahtarı kabul etmiyor. Bunları kontrol edip yeniden kaydedin.
teacher-lrs-stopped-forbidden = Gönderim durdu: bu anahtarla kayıt deposuna sonuç eklenemiyor. Depoyu yöneten kişiden ifade (statement) yazabilen bir anahtar isteyin.
teacher-lrs-stopped-address = Gönderim durdu: bu adres bir kayıt deposu gibi yanıt vermiyor (yanıt { $status }). xAPI adresini kontrol edin.
teacher-lrs-refused = { $refused ->
        [one] Kayıt deposu bir sonucu reddetti. Bu sonuç bir kenara ayrıldı ve yeniden gönderilmeyecek.
       *[other] Kayıt deposu { $refused } sonucu reddetti. Bunlar bir kenara ayrıldı ve yeniden gönderilmeyecek.
    }
teacher-lrs-load-damaged = Bu tarayıcıda saklanan kayıt deposu ayarları okunamadı. Lütfen bunları yeniden girin: kayıt deposunda zaten bulunan sonuçlar iki kez saklanmaz.
teacher-lrs-load-newer = Kayıt deposu ayarları bu sayfanın daha yeni bir sürümüyle kaydedilmiş. Yeni sürümü almak için sayfayı yeniden yükleyin; o zamana kadar hiçbir şey gönderilmez.
teacher-lrs-error-no-address = Kayıt deposunun xAPI adresini girin.
teacher-lrs-error-address = Bu, bir kayıt deposunun web adresi değil. Adres https://lrs.example.org/xAPI/ gibi görünmeli, ? ya da # içermemeli.
teacher-lrs-error-insecure = Anahtarın ve sonuçların şifreli gitmesi için adres https:// ile başlamalı.
teacher-lrs-error-credentials-in-address = Anahtarı ve gizli anahtarı adrese değil, kendi alanlarına yazın.
teacher-lrs-error-no-key = Kayıt deposu için size verilen anahtarı ve gizli anahtarı girin.
teacher-lrs-error-bad-key = Anahtar ":" içeremez. Anahtar da gizli anahtar da satır sonu içeremez.
teacher-lrs-error-too-long = Adres, anahtar ya da gizli anahtar çok uzun (her biri en fazla 500 karakter).
teacher-lrs-forgotten = Kayıt deposunun adresi, anahtarı ve gizli anahtarı bu tarayıcıdan kaldırıldı.
teacher-lrs-empty = Henüz gönderilecek bir şey yok. İçeri aldığınız sonuçlar kayıt deposuna kendiliğinden gider.

## Levels you make: what the checks say (src/core/level/made.rs, web/teacher/src/made.rs)
made-field-title = Başlık
made-field-task = Görev metni
made-field-learned = “Öğrenciler ne öğrendi”
made-field-hint = İpucu
made-field-box = Kutu
made-field-card = Kart
made-field-prompt = Durum
made-field-reply = Cevap
made-field-part = Mesajın bir satırı
made-field-reason = Açıklama
made-problem-damaged = Bu, bu sayfada yapılmış bir bölüm değil ya da bozuk.
made-problem-newer = Bu bölüm, bu sayfanın daha yeni bir sürümüyle yapılmış. Yeni sürümü almak için sayfayı yeniden yükleyin.
made-problem-language = Bu sayfa, bölümün dilini tanımıyor.
made-problem-missing = { $field }: lütfen bu alanı doldurun.
made-problem-too-long = { $field }: lütfen metni kısaltın (en fazla { $max } { $max ->
        [one] karakter
       *[other] karakter
    }).
made-problem-undrawable = { $field }: bazı karakterler tabletlerde gösterilemiyor: { $chars }. Lütfen harf, rakam ve normal noktalama işaretleri kullanın (emoji olmadan).
made-problem-hints = Bir bölümün üç ipucuna ihtiyacı var: küçük bir yönlendirme, fikir, sonra cevabın bir kısmı.
made-problem-count = { $field }: sayı çok az ya da çok fazla (en fazla { $max }).
made-problem-one-right = Tam olarak bir cevabı doğru cevap olarak işaretleyin.
made-problem-box-unused = Her kutuya ait en az bir kart olmalı.
made-problem-flags = En az bir satırı tehlike işareti olarak işaretleyin ve en az bir satırı tehlike işareti olmadan bırakın.
made-problem-board-size = Tahtanın genişliği 2 ile { $max } { $max ->
        [one] kare
       *[other] kare
    }, yüksekliği 1 ile { $max } { $max ->
        [one] kare
       *[other] kare
    } arasında olmalı.
made-problem-board-start = Tahtaya tam olarak bir başlangıç karesi koyun.
made-problem-board-goal = Tahtaya bir bayrak ya da en az bir lamba koyun.
made-problem-board = Tahta, oyunun bir kuralına uymuyor. Kareleri ve sunduğunuz blokları kontrol edin.
made-problem-tiles = En az bir blok sunun.
made-problem-already-solved = Robot daha hareket etmeden işi bitiriyor: bayrağı başlangıçtan uzaklaştırın.
made-problem-slots = Bu tahtayı çözen en kısa programda { $tiles ->
        [one] { $tiles } blok
       *[other] { $tiles } blok
    } var. Programa en az { $tiles ->
        [one] { $tiles } blokluk
       *[other] { $tiles } blokluk
    } yer verin.
made-problem-unsolvable = Robot bu bloklarla bayrağa (ve her lambaya) ulaşamıyor. Bir yol açın ya da daha fazla blok sunun (örneğin dönüşler ya da bir döngü).
made-problem-too-large = Bu tahta kontrol etmek için çok büyük: { $tiles } { $tiles ->
        [one] bloktan
       *[other] bloktan
    } kısa hiçbir program onu çözmüyor, daha uzun programlar ise hepsini denemek için çok fazla. Tahtayı küçültün ya da yolu kısaltın veya bir döngü sunun.
made-problem-par = Bölümün henüz en iyi çözümü yok: önce bu sayfada kontrol edin.
made-checked-robot = Robot bunu yapabiliyor: en iyi programda { $par ->
        [one] { $par } blok
       *[other] { $par } blok
    } var. Öğrenciler { $par ->
        [one] { $par } ya da daha az blokla
       *[other] { $par } ya da daha az blokla
    } 3 yıldız alır.
made-checked-answers = Hazır: her cevabın bir açıklaması var.
made-kind-robot_grid = Tahtada robot
made-kind-sort = İki kutuya ayır
made-kind-pick_reply = Cevabı seç
made-kind-spot_flags = Tehlike işaretlerini bul
made-copy-title = { $title } (kopya)
made-import-done = { $added ->
    [one] Bir bölüm eklendi.
   *[other] { $added } bölüm eklendi.
} { $skipped ->
    [0] {""}
    [one] Biri zaten buradaydı.
   *[other] { $skipped } tanesi zaten buradaydı.
}
made-import-not-ours = “{ $file }” bu sayfanın bölüm dosyası değil.
made-import-too-large = “{ $file }” bir bölüm dosyası için çok büyük (en fazla 1 MB ve 100 bölüm).
made-import-bad-level = { $file }: { $number }. bölüm (“{ $title }”) kullanılamıyor, bu yüzden hiçbir şey eklenmedi. { $problem }
made-assign-too-many = Bir sınıf bağlantısında kendi yaptığınız en fazla { $max } { $max ->
        [one] bölüm
       *[other] bölüm
    } olabilir.
made-assign-unknown = Seçtiğiniz bölümlerden biri artık kitaplığınızda yok. Bölümleri yeniden seçin.
made-qr-too-long = Bu bağlantı, bir tabletin okuyabileceği QR kod için çok uzun ({ $length } { $length ->
        [one] karakter
       *[other] karakter
    }; bir koda en fazla { $max } sığar). Bağlantının kendisini paylaşın ya da dosyayı indirip her tablette “Yetişkinler” → “Oyuncuları bir dosyadan getir” ile açın.

## Levels you make: the page (web/teacher-page/maker.js)
# The section where a teacher writes a level in their own words, checks it and keeps it in
# "My levels". Read by teachers. The kinds' names are the made-kind-… messages above.
made-page-heading = Kendi bölümlerinizi yapın
made-page-intro = Kendi sözlerinizle bir bölüm yazın ve çalıştığını kontrol edin. Bölümleriniz bu tarayıcıda “Bölümlerim” altında saklanır; onları oyunun kendi bölümleri gibi bir sınıfa verebilirsiniz.
# The form's heading: a new level, or one from "My levels" being changed.
made-page-new = Yeni bölüm
made-page-editing = Düzenleniyor: “{ $title }”
made-page-editing-hint = Kaydettiğinizde bölümlerinizdeki eski sürümün yerini alır.
made-page-start-new = Yeni bölüm başlat
made-page-kind = Bölüm türü
made-page-band = Yaş grubu
made-page-title = Başlık
made-page-task = Görev metni: öğrencilerden ne isteniyor
made-page-learned = Öğrenciler ne öğrendi (sonda gösterilir)
made-page-hints = Üç ipucu
made-page-hint-1 = İpucu 1: küçük bir yönlendirme
made-page-hint-2 = İpucu 2: fikir
made-page-hint-3 = İpucu 3: cevabın bir kısmı, tamamı değil

# The robot grid.
made-page-width = Genişlik (kare)
made-page-height = Yükseklik (satır)
made-page-paint = Boyanacak kare türü
made-page-board = Tahta
made-page-board-hint = Boyamak için bir kareye dokunun. Tahtada yalnızca bir başlangıç ve bir bayrak olur: başka bir yere boyarsanız oraya taşınır. Klavyede ok tuşlarıyla kareler arasında gezinebilirsiniz.
# One square of the board, for screen readers: "Row 2, square 3: wall". $what is a made-page-square-… message.
made-page-square = Satır { $row }, kare { $column }: { $what }
made-page-square-wall = duvar
made-page-square-floor = zemin
made-page-square-start = başlangıç
made-page-square-flag = bayrak
made-page-square-lamp = lamba
made-page-square-red = kırmızı zemin
made-page-square-blue = mavi zemin
made-page-square-green = yeşil zemin
made-page-facing = Robotun başlangıçta baktığı yön
made-page-facing-north = kuzey (yukarı)
made-page-facing-east = doğu (sağa)
made-page-facing-south = güney (aşağı)
made-page-facing-west = batı (sola)
made-page-tiles = Öğrencilerin kullanabileceği bloklar
made-page-conditions = “Eğer” ve “Koşul sürdükçe tekrarla” bloklarının sorabileceği sorular
made-page-conditions-hint = En az birini işaretleyin.
made-page-slots-main = Ana programdaki blok sayısı (1 ile 16 arası)
made-page-slots-p1 = “Yardımcı 1” içindeki blok sayısı (1 ile 10 arası)

# Sort into two boxes.
made-page-box-left = Sol kutu (onay işareti)
made-page-box-right = Sağ kutu (çarpı)
made-page-cards = Kartlar (2 ile { $max } arası)
made-page-card = Kart { $number }
made-page-card-box = { $number }. kartın kutusu
made-page-reason-card = { $number }. kart neden oraya ait
made-page-add-card = Kart ekle
made-page-remove-card = { $number }. kartı kaldır

# Pick the reply.
made-page-prompt = Durum, örneğin öğrencilerin aldığı bir mesaj
made-page-replies = Cevaplar (2 ile 4 arası, biri doğru)
made-page-reply = Cevap { $number }
made-page-right = { $number }. cevap doğru cevap
made-page-reason-reply = { $number }. cevap neden doğru ya da yanlış
made-page-add-reply = Cevap ekle
made-page-remove-reply = { $number }. cevabı kaldır

# Spot the red flags.
made-page-screen = Öğrencilerin gördüğü
made-page-screen-message = Bir sohbet mesajı
made-page-screen-email = Bir e-posta
made-page-screen-web = Bir web sayfası
made-page-parts = Satırlar, yukarıdan aşağıya (2 ile { $max } arası: bazıları tehlike işareti, bazıları sorunsuz)
made-page-part = Satır { $number }
made-page-flag = { $number }. satır bir tehlike işareti
made-page-reason-part = { $number }. satır neden sorunsuz ya da neden tehlike işareti
made-page-add-part = Satır ekle
made-page-remove-part = { $number }. satırı kaldır

# Check and save. A row's button "Remove": its name for screen readers is the
# made-page-remove-card/-reply/-part message.
made-page-remove = Kaldır
made-page-check = Bölümü kontrol et
made-page-save = Bölümlerime kaydet
made-page-checking = Bölüm kontrol ediliyor. Bu birkaç saniye sürebilir…
# After saving; a made-checked-… message follows it.
made-page-saved = “{ $title }” bölümlerinize kaydedildi.
made-page-copied = Yukarıdaki formda bir kopya var. Onu değiştirin, sonra kaydedin.

# My levels.
made-page-library = Bölümlerim
made-page-library-empty = Henüz bölüm yok. Kaydettiğiniz bölümler burada görünür.
# Beside a robot level in "My levels": the fewest tiles that solve it.
made-page-par = en iyi: { $par } { $par ->
        [one] blok
       *[other] blok
    }
made-page-edit = Düzenle
made-page-edit-level = “{ $title }” bölümünü düzenle
made-page-copy = Kopyala
made-page-copy-level = “{ $title }” bölümünü kopyala
made-page-remove-level = “{ $title }” bölümünü kaldır
made-page-remove-confirm = “{ $title }” bölümlerinizden kaldırılsın mı? Daha önce oluşturduğunuz bağlantılarda kalır.
made-page-remove-yes = Evet, kaldır
made-page-removed = “{ $title }” bölümlerinizden kaldırıldı.
made-page-download = Bölümlerimi indir
made-page-import = Dosyadan bölüm ekle
made-page-import-file = Bölüm dosyası
made-page-import-unreadable = { $file } okunamadı.

# In "Give levels to a class".
made-page-assign = Kendi yaptığınız bölümler
made-page-assign-none = “Kendi bölümlerinizi yapın” altında kaydettiğiniz bölümler burada görünür.
made-page-assign-max = Bir bağlantıda en fazla { $max }. Kendi yaptığınız bölümleri içeren bir bağlantı her zaman imzalanır.
made-page-assignment-file = Tabletler için dosyayı indir
