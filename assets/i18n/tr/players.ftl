# Paylaşılan tablette oyuncular: kimin oynadığı, yeni oyuncu, resimli şifreler, yetişkin
# ekranı, oyuncuları başka tablete taşıma ve güncellemeler. Türkçede sıfatlar cinsiyete göre
# değişmez: .gender yok.

players-title = Kim oynuyor?
players-empty = Başlamak için “Yeni oyuncu”ya dokun.
players-previous = Önceki oyuncular
players-next = Diğer oyuncular
players-page = Sayfa { $page } / { $pages }
player-new = Yeni oyuncu
grown-ups = Yetişkinler

nickname = { $adjective } { $animal }

player-new-title = Yeni oyuncu
player-edit-title = Adım ve resmim
player-done = Tamam
player-preview = Senin adın: { $name }
pick-picture = Bir resim seç
pick-colour = Bir renk seç
pick-adjective = Bir kelime seç
pick-animal = Bir hayvan seç
nickname-surprise = Beni şaşırt

adj-brave = Cesur
adj-bright = Parlak
adj-calm = Sakin
adj-clever = Zeki
adj-cheerful = Neşeli
adj-gentle = Nazik
adj-happy = Mutlu
adj-kind = Sevecen
adj-lucky = Şanslı
adj-quick = Hızlı
adj-sunny = Güneşli
adj-wise = Bilge

animal-bear = Ayı
animal-cat = Kedi
animal-dolphin = Yunus
animal-eagle = Kartal
animal-fox = Tilki
animal-frog = Kurbağa
animal-lion = Aslan
animal-owl = Baykuş
animal-panda = Panda
animal-rabbit = Tavşan
animal-tiger = Kaplan
animal-turtle = Kaplumbağa

picture-sun = Güneş
picture-moon = Ay
picture-star = Yıldız
picture-heart = Kalp
picture-tree = Ağaç
picture-flower = Çiçek
picture-fish = Balık
picture-house = Ev
picture-rocket = Roket
picture-crown = Taç
picture-leaf = Yaprak
picture-boat = Tekne

avatar-colour-red = Kırmızı
avatar-colour-orange = Turuncu
avatar-colour-yellow = Sarı
avatar-colour-green = Yeşil
avatar-colour-teal = Turkuaz
avatar-colour-blue = Mavi
avatar-colour-purple = Mor
avatar-colour-pink = Pembe

profile-error-full = Bu tablet dolu. Bir yetişkin oyuncuları başka bir tablete taşıyabilir.
profile-error-name-taken = Bu ad başka bir oyuncuda var. Başka kelimeler seç.
profile-error-other = Olmadı. Lütfen yeniden dene.

secret-open-title = 3 resmine dokun
secret-set-title = Şifren için 3 resim seç
secret-confirm-title = Aynı 3 resme yeniden dokun
secret-progress = { $total ->
        [one] { $total } resimden { $count }
       *[other] { $total } resimden { $count }
    }
secret-wrong = Tam değil. Yeniden dene.
secret-ask-grown-up = Tam değil. Resimlerini unuttuysan öğretmeninden onları sıfırlamasını iste.
secret-mismatch = Bunlar farklı resimlerdi. Baştan başla.
secret-skip = Şifre yok
secret-remove = Şifremi kaldır

player-age-title = Kaç yaşındasın?
player-age-older = 12'den büyük müsün? 10–12'yi seç. Bir yetişkin bunu değiştirebilir.

title-hello = Merhaba, { $name }!
title-change-player = Oyuncu değiştir
title-edit-me = Adım ve resmim
title-password = Resimli şifre
title-save-file = Yıldızlarımı bir dosyaya kaydet
save-to-file = Dosyaya kaydet

gate-title = Yetişkinler için
gate-question = { $a } × { $b } kaç eder?
gate-typed = Cevap: { $typed }
gate-wrong = Doğru değil. İşte yeni bir soru.
gate-delete = Rakamı sil
gate-ok = Tamam

adults-title = Bu tabletteki oyuncular
adults-save-all = Tüm oyuncuları bir dosyaya kaydet
adults-bring = Oyuncuları bir dosyadan getir
adults-clear = Bu tableti temizle
adults-clear-confirm = { $count ->
        [one] Tek oyuncuyu silmek için yeniden dokunun
       *[other] { $count } oyuncunun hepsini silmek için yeniden dokunun
    }
adults-cleared = Bu tablet artık boş.
adults-player = { $stars ->
        [one] { $name }: { $stars } yıldız
       *[other] { $name }: { $stars } yıldız
    }
adults-save-one = “{ $name }” adlı oyuncuyu dosyaya kaydet
adults-reset-secret = “{ $name }” adlı oyuncunun resimli şifresini sıfırla
adults-secret-reset = “{ $name }” adlı oyuncunun artık resimli şifresi yok.
adults-delete = “{ $name }” adlı oyuncuyu sil
adults-delete-confirm = “{ $name }” adlı oyuncuyu silmek için yeniden dokunun
adults-deleted = “{ $name }” silindi.
adults-saved = { $count ->
    [one] { $count } oyuncu bir dosyaya kaydedildi. Dosyayı diğer tablette “Oyuncuları bir dosyadan getir” ile açın.
   *[other] { $count } oyuncu bir dosyaya kaydedildi. Dosyayı diğer tablette “Oyuncuları bir dosyadan getir” ile açın.
}
adults-save-failed = Dosya kaydedilemedi.
adults-include-secrets = Resimli şifreleri dosyaya koy
adults-secrets-left-out = Bundan sonra yapılan dosyalarda resimli şifreler yok; diğer tablette zaten olan bir şifre kalır.
adults-secrets-included = Bundan sonra yapılan dosyalarda resimli şifreler var: dosyayı açan herkes onları okuyabilir.
adults-help = Öğrencileri taşımak için: onları burada bir dosyaya kaydedin, dosyayı diğer tablete kopyalayın ve orada içeri alın. O tablette zaten olan oyuncuların tüm yıldızları kalır.
adults-help-insecure = Bu sayfa HTTPS üzerinden sunulmuyor, bu yüzden çevrimdışı çalışamaz ve ana ekrana eklenemez. Geri kalan her şey çalışır. Nasıl sunulacağı README dosyasında anlatılıyor.
adults-voices-open = Sesli okuma
adults-voices-some = Bu tablet şu dillerde sesli okuyabilir: { $languages }
adults-voices-none = Bu tablet henüz oyunun hiçbir dilinde sesli okuyamıyor.
adults-voices-help = Android tablete ses eklemek için: “Ayarlar”ı açın, “Metin okuma çıkışı”nı bulun, tercih edilen motorun ayarlarını açın ve bir dilin ses verilerini yükleyin. Sonra oyunu yeniden açın. Yalnızca tablette kayıtlı sesler sesli okur; bu yüzden okunmak için hiçbir şey başka bir yere gönderilmez.
adults-band = “{ $name }” için yaş grubu: { $band }
adults-band-unset = Yaş seçilmedi
adults-band-changed = { $name }: artık { $band }.
adults-band-help = Değiştirmek için bir oyuncunun yaş grubuna dokunun. Oyuncu önce o grubun bölümlerini görür. Öğrenciler başlarken 7–9 ya da 10–12'yi seçer; 12–14'ü, yani büyük öğrencilere yönelik konuları olan grubu, yalnızca bir yetişkin seçebilir. “Yaş seçilmedi” 7–9 sayılır.

import-done = Tamam: { $added ->
        [one] { $added } yeni oyuncu
       *[other] { $added } yeni oyuncu
    }, { $updated } güncellendi{ $refused ->
        [0] .
       *[other] , { $refused } içeri alınamadı (tablet dolu ya da Byte Bridge'in daha yeni bir sürümü onları burada tutuyor).
    }{ $renamed ->
        [0] {""}
        [one] {" "}{ $renamed } oyuncu yeni bir oyun adı aldı, çünkü kendi adı burada alınmıştı.
       *[other] {" "}{ $renamed } oyuncu yeni bir oyun adı aldı, çünkü kendi adları burada alınmıştı.
    }
import-error-too-large = Bu dosya bir oyuncu dosyası olamayacak kadar büyük.
import-error-not-ours = Bu bir Byte Bridge oyuncu dosyası değil.
import-error-newer = Bu dosya Byte Bridge'in daha yeni bir sürümünden geliyor. Önce bu tabletteki oyunu güncelleyin.
import-error-damaged = Bu oyuncu dosyası bozuk, bu yüzden hiçbir şey değiştirilmedi. Dosyayı diğer tablette yeniden kaydedin.
import-error-over-limits = Bu dosyadaki bir oyuncu, tek başına ya da bu tabletteki aynı oyuncuyla birlikte, Byte Bridge'in sakladığından fazlasını içeriyor (çok uzun programlar, çok fazla deneme ya da bölüm). Hiçbir şey değiştirilmedi.
import-error-unreadable = Dosya okunamadı. Yeniden deneyin.

offline-needs-https = Bu sayfa HTTPS üzerinden sunulmuyor, bu yüzden internetsiz çalışmaz.
update-reload = Yeni sürüm hazır: başlatmak için dokun
save-file-failed = Dosya kaydedilemedi. Lütfen yeniden dene.
