# Öğretmen sayfasının Rust tarafındaki mesajlar. Sayfanın kendi etiketleri teacher.ftl içinde.

## DigComp 2.2 yetkinlikleri
digcomp-1-1 = Veri, bilgi ve dijital içeriğe göz atma, arama ve filtreleme
digcomp-1-2 = Veri, bilgi ve dijital içeriği değerlendirme
digcomp-1-3 = Veri, bilgi ve dijital içeriği yönetme
digcomp-2-5 = Netiket
digcomp-2-6 = Dijital kimliği yönetme
digcomp-3-4 = Programlama
digcomp-4-1 = Cihazları koruma
digcomp-4-2 = Kişisel verileri ve gizliliği koruma
digcomp-4-3 = Sağlığı ve iyi oluşu koruma
digcomp-5-1 = Teknik sorunları çözme

## DigComp 3.0 yetkinlikleri
digcomp3-1-1 = Bilgiye göz atma, arama ve filtreleme
digcomp3-1-2 = Bilgiyi değerlendirme
digcomp3-1-3 = Bilgiyi yönetme
digcomp3-2-1 = Dijital teknolojiler aracılığıyla ve onlarla etkileşim
digcomp3-2-2 = Dijital teknolojiler aracılığıyla paylaşma
digcomp3-2-3 = Dijital teknolojiler aracılığıyla vatandaşlığa katılım
digcomp3-2-4 = Dijital teknolojiler aracılığıyla iş birliği
digcomp3-2-5 = Dijital davranış
digcomp3-2-6 = Dijital kimliği yönetme
digcomp3-3-1 = Dijital içerik geliştirme
digcomp3-3-2 = Dijital içeriği bütünleştirme ve yeniden işleme
digcomp3-3-3 = Telif hakkı ve lisanslar
digcomp3-3-4 = Bilgi işlemsel düşünme ve programlama
digcomp3-4-1 = Cihazları koruma
digcomp3-4-2 = Kişisel verileri ve gizliliği koruma
digcomp3-4-3 = İyi oluşu destekleme
digcomp3-4-4 = Dijital teknolojilerin çevresel etkileri
digcomp3-5-1 = Teknik sorunları belirleme ve çözme
digcomp3-5-2 = İhtiyaçları ve dijital teknolojik çözümleri belirleme
digcomp3-5-3 = Dijital teknolojilerle yaratıcı çözümler belirleme
digcomp3-5-4 = Dijital yetkinlik ihtiyaçlarını belirleme ve karşılama

## Kayıtlı sınıf verileri
class-load-damaged = Bu tarayıcıda kayıtlı sınıf verileri okunamadı. Veriler ayrıca saklandı ve sayfa boş başlıyor.
class-load-newer = Bu tarayıcıdaki sınıf verileri Byte Bridge'in daha yeni bir sürümüyle kaydedilmiş. Bu sayfa onlara dokunmaz ve boş başlar: burada şimdi yaptığınız hiçbir şey saklanmaz. Sınıfınızı görmek için daha yeni öğretmen sayfasını açın.

## Görev oluşturma
class-assign-failed = Görev oluşturulamadı. Lütfen yeniden deneyin.
class-assign-no-levels = En az bir bölüm seçin.
class-assign-no-random = Bu tarayıcı güvenli bir sınıf anahtarı oluşturamıyor, bu yüzden bağlantı oluşturulmadı. Lütfen bu sayfayı güncel bir tarayıcıda açın.
class-assign-too-many = Bir bağlantı için en fazla { $max } { $max ->
        [one] bölüm
       *[other] bölüm
    } seçin.
class-assign-no-name = Sınıfa bir ad verin, örneğin “4B”.

## Dosya ve kodları içeri alma
class-imported = { $nickname }: { $count ->
    [0] yeni bir şey yok (zaten burada).
    [one] { $count } yeni deneme.
   *[other] { $count } yeni deneme.
}
class-imported-altered = { $nickname }: bu dosya oyun yazdıktan sonra değiştirilmiş ya da sınıfının imzasını taşımıyor. İçindekilerin hiçbiri sayılmadı.
class-import-too-large = { $file } bir öğrenci dosyası için çok büyük, bu yüzden okunmadı.
class-import-not-ours = { $file } bir Byte Bridge dosyası değil.
class-import-players-file = { $file }, oyuncuları tabletler arasında taşımak için bir oyuncu dosyası. Öğrencinin tabletinde bunun yerine “Öğretmenime gönder” kullanın.
class-import-truncated = { $file } yarım kalmış. Öğrenciden dosyayı yeniden kaydetmesini isteyin.
class-import-newer = { $file }, Byte Bridge'in daha yeni bir sürümüyle yapılmış. Okumak için daha yeni öğretmen sayfasını açın.
class-import-damaged = { $file } bozuk ve okunamadı. Öğrenciden dosyayı yeniden kaydetmesini isteyin.
class-import-over-limits = { $file }, tek başına ya da bu sayfada o öğrenci için zaten olanlarla birlikte, Byte Bridge'in bir öğrenci için sakladığından fazlasını içeriyor (çok uzun programlar, çok fazla deneme, bölüm ya da cevap). Büyük olasılıkla elle yapılmış. İçindekilerin hiçbiri alınmadı.
class-code-not-ours = Bu QR kod Byte Bridge'den değil.
class-code-newer = Bu QR kod Byte Bridge'in daha yeni bir sürümünden geliyor.
class-code-damaged = Bu QR kod tam okunamadı. Biraz daha yakından yeniden deneyin.
class-no-such-pupil = Bu öğrenci artık sınıf verilerinde yok.

## Tablo ve özet
class-avatar = { $picture }, { $colour }
class-decimal-separator = ,
class-problem-mistakes = Yoldaki yanlış cevaplar
class-outcome-hit-wall = Robot duvara çarptı
class-outcome-left-board = Robot tahtadan çıkacaktı
class-outcome-no-lamp = Lamba olmayan yerde yakmaya çalıştı
class-outcome-out-of-commands = Program çok erken durdu
class-outcome-step-budget = Program dönüp durdu
class-outcome-too-many-calls = Yardımcılar birbirini çok fazla çağırdı
class-outcome-finished = Bitirdi
class-outcome-other = Bitirmedi

## CSV sütun başlıkları
class-csv-pupil-id = Öğrenci kimliği
class-csv-nickname = Oyun adı
class-csv-note = Gerçek ad (öğretmen notu)
class-csv-classes = Sınıf
class-csv-level-id = Bölüm kimliği
class-csv-level = Bölüm
class-csv-stars = Yıldız
class-csv-attempts = Deneme
class-csv-seconds = Süre (saniye)
class-csv-hints = İpucu
class-csv-finished = Bitirdi
class-csv-yes = evet
class-csv-no = hayır
