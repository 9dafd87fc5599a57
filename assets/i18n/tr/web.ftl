# Web sayfasının kendisinin gösterdiği metinler, oyun hiç açılamadığında da. Düz metin.

web-loading = Byte Bridge yükleniyor…
web-error-webgl = Bu tarayıcı oyunu gösteremiyor, çünkü WebGL 2 yok ya da kapalı. Güncel bir Chrome dene.
web-error-download = Oyun indirilemedi. Bağlantını kontrol et, sonra sayfayı yeniden yükle.
web-error-crash = Bir sorun oldu ve oyun durdu. Yıldızların kayıtlı. Lütfen sayfayı yeniden yükle.
web-teacher-error-download = Öğretmen sayfası indirilemedi. Bağlantınızı kontrol edin, sonra sayfayı yeniden yükleyin.
web-teacher-framed = Bu sayfa sınıf verilerini gösterdiği için başka bir web sitesinin içinde değil, yalnızca tek başına açılır.
web-teacher-open-alone = Öğretmen sayfasını tek başına aç
web-reload = Yeniden yükle
web-noscript = Byte Bridge için JavaScript gerekiyor. Lütfen açın.
