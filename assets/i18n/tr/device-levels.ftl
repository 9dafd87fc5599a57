# “Cihaz Limanı” dünyası: tabletine ya da telefonuna ve kendine iyi bakmak. Uygulamalar,
# şirketler, numaralar ve adresler uydurmadır: olduğu gibi kalır. Telefon numarası yok.

world-device-dock = Cihaz Limanı

## Bölüm 1: güncellemeler ve açılır pencereler

level-device-update-title = Güncelleme zamanı
level-device-update-instruction = Tabletin bir mesaj gösteriyor. Yapılacak en iyi şeyi seç.
level-device-update-learned = Gerçek güncellemeler tabletinin ayarlarından gelir ve onu güvende tutar. Seni korkutan açılır pencereler hiledir.
level-device-update-hint-1 = Mesaj nereden geliyor: tabletin kendisinden mi, bir web sayfasından mı?
level-device-update-hint-2 = Güncellemeler zayıf noktaları onarır. Bir web sayfası tabletinin içini göremez.
level-device-update-hint-3 = Tabletin kendisinden gelen bir mesaj gerçek bir güncellemedir. Onu yüklemek tableti güvende tutar.

device-update-system-prompt = Tabletin diyor ki: “Bir sistem güncellemesi hazır. Şimdi yüklensin mi?”
device-update-system-ignore = Sonsuza kadar görmezden gelirim. Güncellemeler sıkıcı.
device-update-system-ignore-reason = Güncellemeler, kötü yazılımların kullanabileceği zayıf noktaları onarır. Onlar olmadan tabletin daha az güvende olur.
device-update-system-install = Yüklerim ya da bir yetişkinden yardım isterim.
device-update-system-install-reason = Bu mesaj tabletin kendisinden geliyor. Güncellemeler onu güvende ve iyi çalışır durumda tutar.
device-update-system-switch-off = Sormayı bıraksın diye tableti kapatırım.
device-update-system-switch-off-reason = Güncelleme sonra yine sorar. Tabletini güvende tutmanın yolu onu yüklemektir.

device-update-popup-prompt = Bir web sayfası açılıyor: “Tabletinde 5 virüs var! Hemen CleanerPro'yu indir!”
device-update-popup-download = Hemen CleanerPro'yu indiririm.
device-update-popup-download-reason = Bu bir hile. İndirilen şey kötü yazılımın ta kendisi olabilir.
device-update-popup-ok-button = Kaybolsun diye pencerede “Tamam”a dokunurum.
device-update-popup-ok-button-reason = Sahte bir açılır penceredeki düğmeler bir indirme başlatabilir. Onun yerine bütün sayfayı kapat.
device-update-popup-close = Sayfayı kapatır, bir yetişkine anlatırım.
device-update-popup-close-reason = Bir web sayfası tabletinin içine bakamaz, yani virüsler uydurma. Sayfayı kapatmak güvenlidir.

device-update-battery-prompt = Güncelleme başlamak istiyor ama pil %5'te.
device-update-battery-charge = Önce şarj aletini takarım, sonra güncellerim.
device-update-battery-charge-reason = Güncellemenin bitene kadar güce ihtiyacı var. Şarj aleti takılıyken güvenle bitebilir.
device-update-battery-start = Hemen başlatır, bir yetişkinden izlemesini isterim.
device-update-battery-start-reason = Pil yarıda biterse izlemek işe yaramaz: güncelleme bozulabilir. Önce şarj et.
device-update-battery-cancel = İptal ederim ve bir daha hiç güncellemem.
device-update-battery-cancel-reason = Güncelleme tabletinin güvenliği için yine de önemli. Sadece önce şarj et.

## Bölüm 2: el feneri uygulaması neleri kullanabilir

device-bin-makes-sense = Mantıklı
device-bin-no-sense = Mantıklı değil

level-device-permissions-title = El feneri uygulaması
level-device-permissions-instruction = Yeni bir el feneri uygulaması açıyorsun. Çalışırken bunları kullanmak için izin istiyor. Mantıklı mı?
level-device-permissions-learned = Uygulamalar sen onları kullanırken izin ister. Bir uygulamanın ihtiyacı olmayan şeyler için “İzin verme”ye dokun. Bunu sonra Ayarlar'dan değiştirebilirsin.
level-device-permissions-hint-1 = Bir el feneri uygulamasının işini yapmak için neye ihtiyacı var?
level-device-permissions-hint-2 = El fenerinin yalnızca ışık yapması gerekir. Başka her şey onun işi değil.
level-device-permissions-hint-3 = El fenerinin kişilerinle hiçbir ilgisi yok.

device-permissions-camera-light = Kameranın yanındaki ışığı açmak
device-permissions-camera-light-reason = O küçük ışık el feneridir. Uygulamanın işini yapması için ona ihtiyacı var.
device-permissions-contacts = Kişilerine erişmek
device-permissions-contacts-reason = El fenerinin arkadaşlarının adlarına ve numaralarına ihtiyacı yok. “İzin verme”ye dokun.
device-permissions-location = Bu cihazın konumuna erişmek
device-permissions-location-reason = El feneri her yerde aynı çalışır. Nerede olduğunu bilmesine gerek yok.
device-permissions-screen-bright = Ekranı parlak beyaz yapmak
device-permissions-screen-bright-reason = Bazı el fenerleri bütün ekranı aydınlatır. Bu, el feneri olmanın bir parçası.
device-permissions-microphone = Ses kaydetmek
device-permissions-microphone-reason = El fenerinin seni duymasına gerek yok. “İzin verme”ye dokun: el feneri yine çalışır.
device-permissions-notifications = Sana bildirim göndermek
device-permissions-notifications-reason = El fenerinin sana söyleyecek bir şeyi yok. Bildirimler sadece reklam ya da onu açman için hatırlatma olur.
device-permissions-photos = Bu cihazdaki fotoğraf ve videolara erişmek
device-permissions-photos-reason = Fotoğrafların özeldir. El fenerinin ışık yapmak için onlara ihtiyacı yok.

## Bölüm 3: sahte virüs uyarısı

level-device-fake-virus-title = Virüs alarmı!
level-device-fake-virus-instruction = Bu web sayfasındaki her tehlike işaretine dokun.
level-device-fake-virus-learned = Bir web sayfası tabletinde virüs bulamaz. Korkutucu sayfaları kapat ve bir yetişkine anlat.
level-device-fake-virus-hint-1 = Yukarıdan başla. Bu kimin sayfası?
level-device-fake-virus-hint-2 = Sahte uyarılar bağırır, seni acele ettirir ve bir şey indirmeni ya da aramanı ister.
level-device-fake-virus-hint-3 = Yanıp sönen büyük uyarı bir tehlike işareti. Sayfada dört tane daha var.

device-fake-virus-address = tablet-safety-scan.example/alert
device-fake-virus-address-reason = Bu, tabletin değil, rastgele bir web sayfası. Bir web sayfası tabletini virüs için tarayamaz.
device-fake-virus-warning = Kırmızı yanıp sönüyor: UYARI! 5 VİRÜS BULUNDU!
device-fake-virus-warning-reason = Yanıp sönen ışıklar ve büyük harfler, düşünmeyi bırakasın diye seni korkutmak ister. Virüsler uydurma.
device-fake-virus-picture = Resim: mavi kalkanlı bir tablet
device-fake-virus-picture-reason = Bir resim tek başına tehlike işareti değildir. Çevresindeki kelimeleri oku.
device-fake-virus-countdown = 60 saniye içinde harekete geç!
device-fake-virus-countdown-reason = Saat acele etmeni istiyor. Dolandırıcılar kimseye sormayasın diye seni acele ettirir.
device-fake-virus-download = Tabletini temizlemek için CleanerPro.apk'yi indir
device-fake-virus-download-reason = Bu indirme kötü yazılım olabilir. Uygulamaları yalnızca resmi uygulama mağazasından, bir yetişkinle al.
device-fake-virus-phone = Ya da hemen yardım hattımızı ara!
device-fake-virus-phone-reason = Gerçek tablet üreticileri bir web sayfasından seni aramaya çağırmaz. Böyle bir numarayı asla arama.
device-fake-virus-menu = Yardım · Hakkımızda · İletişim
device-fake-virus-menu-reason = Menü bağlantıları çoğu web sayfasında vardır. Tek başlarına tehlike işareti değildir.

## Bölüm 4: yeni bir uygulamayı güvenle almak

level-device-install-app-title = Yeni bir uygulama
level-device-install-app-instruction = Yeni bir oyun istiyorsun ve bir yetişkin evet dedi. Adımları oldukları sıraya koy.
level-device-install-app-learned = Uygulamaları resmi mağazadan al; önce yaş sınırına ve Veri güvenliği bölümüne bak. Yükledikten sonra yalnızca uygulamanın ihtiyacı olana izin ver.
level-device-install-app-hint-1 = Güvenli uygulamalar nereden gelir?
level-device-install-app-hint-2 = Bir uygulama hakkında ancak onu bulduktan sonra okuyabilirsin; o da senden ancak yüklendikten sonra bir şey isteyebilir.
level-device-install-app-hint-3 = Resmi uygulama mağazasından başla. Yaş sınırı ve Veri güvenliği, uygulamanın sayfasında.

device-install-app-store = Resmi uygulama mağazasını (Play Store) aç.
device-install-app-store-reason = Bunu ilk yap. Resmi mağazadaki uygulamalar zararlı yazılım için kontrol edilir. Başka yerlerden gelen uygulamalar bunu gizleyebilir.
device-install-app-read = Uygulamanın sayfasında yaş sınırına ve Veri güvenliğine bak.
device-install-app-read-reason = Sonra bu. Yaş sınırı (Avrupa'nın çoğunda PEGI) uygulamanın kimin için olduğunu söyler. Veri güvenliği bölümünde yapımcılar hangi verileri toplayıp paylaştığını söyler.
device-install-app-install = “Yükle”ye dokun.
device-install-app-install-reason = Sayfasını okuduktan sonra şimdi yükle. Bundan önce uygulama senden hiçbir şey isteyemez.
device-install-app-say-no = Uygulamayı aç. Yalnızca ihtiyacı olana izin ver.
device-install-app-say-no-reason = Uygulamalar önceden değil, sen onları kullanırken izin ister. İhtiyacı olmayan şeyler için “İzin verme”ye dokun. Bunu sonra Ayarlar'dan değiştirebilirsin.
device-install-app-check = Artık kullanmıyor musun? Sil.
device-install-app-check-reason = Bunu en son yap. Kullanmadığın bir uygulama yine de yer kaplar ve verilerin hâlâ onda olabilir.

## Bölüm 5: denge

level-device-screen-time-title = Mola zamanı mı?
level-device-screen-time-instruction = Kendin ve vücudun için yapılacak en iyi şeyi seç.
level-device-screen-time-learned = Molalar, uyku ve gerçek arkadaşlar, herhangi bir oyun ödülünden ya da seriden daha önemlidir.
level-device-screen-time-hint-1 = Gözlerini, uykunu ve zamanını düşün.
level-device-screen-time-hint-2 = Oyunlar ve uygulamalar seni ekranda tutmaya çalışır. Ne zaman duracağına sen karar verirsin.
level-device-screen-time-hint-3 = Sandık için: uyku, herhangi bir oyun ödülünden daha önemlidir.

device-screen-time-eyes-prompt = İki saattir oynuyorsun. Gözlerin yorgun.
device-screen-time-eyes-one-more = Yetişkinden bir saat daha isterim, sonra dinlenirim.
device-screen-time-eyes-one-more-reason = Yorgun gözlerin bir saat sonra değil, şimdi dinlenmeye ihtiyacı var; bir yetişkin evet dese bile. Vücudunu dinle.
device-screen-time-eyes-break = Mola veririm: uzağa bakar, hareket ederim.
device-screen-time-eyes-break-reason = Uzağa bakmak gözlerini dinlendirir, hareket etmek de vücuduna iyi gelir.
device-screen-time-eyes-brighter = Ekranı parlatır, devam ederim.
device-screen-time-eyes-brighter-reason = Daha parlak bir ekran yorgun gözlere iyi gelmez. Ekrandan uzakta bir molaya ihtiyaçları var.

device-screen-time-chest-prompt = Bir oyun diyor ki: “Bedava sandık için 10 dakika sonra geri gel!” Yatma vakti geldi.
device-screen-time-chest-stay-up = Sandık için 10 dakika daha uyanık kalırım.
device-screen-time-chest-stay-up-reason = Oyunlar seni oynatmaya devam etmek için küçük ödüller kullanır. On dakika çoğu zaman daha fazlasına dönüşür.
device-screen-time-chest-alarm = Gece onun için kalkmak üzere alarm kurarım.
device-screen-time-chest-alarm-reason = Bir oyun için uyanmak uykunu böler. Yarın yorgun hissedersin.
device-screen-time-chest-sleep = Uyurum. Sandık bekleyebilir.
device-screen-time-chest-sleep-reason = Uyku büyümene, öğrenmene ve iyi hissetmene yardım eder. Hiçbir oyun ödülü uykundan olmaya değmez.

device-screen-time-streak-prompt = Bir arkadaşın her gün sohbet serisini sürdürmeni istiyor. Bugün çok meşgulsün.
device-screen-time-streak-tell = “Bugün meşgulüm, sonra konuşuruz!” derim.
device-screen-time-streak-tell-reason = Gerçek bir arkadaş anlar. Uygulamalar seni geri getirmek için seriler kullanır ama arkadaşlığın seriye ihtiyacı yok.
device-screen-time-streak-homework = Seri için ödevimi bırakırım.
device-screen-time-streak-homework-reason = Ödevin bir uygulamadaki sayıdan daha önemli. Seri, bu strese değmez.
device-screen-time-streak-password = Seri sürsün diye arkadaşıma şifremi veririm.
device-screen-time-streak-password-reason = Şifreni asla paylaşma, iyi bir arkadaşla bile. O, hesabının anahtarıdır.
