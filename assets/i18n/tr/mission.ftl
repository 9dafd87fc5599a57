# Bugünün görevi (öğretmenin seçtiği bölümler) ve “Öğretmenime gönder”.
# $class, öğretmenin sınıfa verdiği ad, örneğin “4B”.

## Kullanılamayan bir sınıf bağlantısı
mission-link-damaged = Bu sınıf bağlantısı bozuk. Bağlantıyı öğretmeninden yeniden iste.
mission-link-newer = Bu sınıf bağlantısı Byte Bridge'in daha yeni bir sürümünden. Oyunu güncellemek için öğretmeninden yardım iste.
mission-link-no-levels = Bu sınıf bağlantısında bu oyunun bildiği bölüm yok. Oyunu güncellemek için öğretmeninden yardım iste.
mission-stored-unreadable = Bu tabletteki bugünün görevi okunamadı. Bağlantıyı öğretmeninden yeniden iste.

## Oyuncunun ana ekranı ve harita
mission-title = Bugünün görevi: { $class }
mission-level = { $title }, { $status }
mission-previous = Önceki bölümler
mission-next = Diğer bölümler
mission-map-locked = Bugünün bölümlerini öğretmenin seçti.
mission-locked-hint = Bu bölüm bugünün görevinde yok.

## Yetişkinler
mission-remove = Bugünün görevini kaldır ({ $class })
mission-removed = Bugünün görevi bu tabletten kaldırıldı.

## Öğretmenime gönder
send-to-teacher = Öğretmenime gönder
send-for-class = { $class } sınıfı için yıldızların
send-no-class = Bu tabletteki yıldızların
send-save = Dosya kaydet
send-share = Paylaş
send-show-code = QR kod göster
send-saved = Dosyan kaydedildi. Onu öğretmenine ver.
send-code-caption = Bu kodu öğretmeninin kamerasına göster
send-code-image = Öğretmenin için yıldızlarını içeren QR kod
send-code-failed = Kod oluşturulamadı. Onun yerine bir dosya kaydet.

## Bir okulun eğitim platformunda (Kolibri, bir LMS): platformdaki öğrenci, oyuncudur.
# Oyun okulun platformuna ulaşamadığında gösterilir (SCORM API'si yok, cmi5 ile başlatma başarısız oldu, Kolibri köprüsü yok).
package-unreachable = Oyun, okulunun eğitim platformuna bağlanamadı. Yine de oynayabilirsin; yıldızların bu cihazda kalır.
# Platformun öğrenci için sakladığı ilerleme okunamadığında gösterilir.
package-saved-unreadable = Başka bir cihazdaki yıldızların okunamadı. Buradan oynamaya devam edebilirsin.
mission-link-made-refused = Bu sınıf bağlantısında öğretmeninin yaptığı bir bölüm bozuk ya da değiştirilmiş, bu yüzden bağlantı kullanılmadı. Bağlantıyı öğretmeninden yeniden iste.
made-world-title = Öğretmeninin yaptıkları
made-by-teacher = Öğretmenin yaptı
made-by-teacher-in = Öğretmenin yaptı, dil: { $language }
mission-level-made = { $made }, { $status }
mission-file-taken = { $class } sınıfının bugünkü görevi artık bu tablette.
