# Dijital okuryazarlık dünyaları ve bölümleri (kodlama bölümleri coding-levels.ftl içinde).

world-share-safe = Güvenli Paylaş

level-share-or-keep-title = Paylaşayım mı, saklayayım mı?
level-share-or-keep-instruction = Bunu internette paylaşmak olur mu, yoksa gizli mi tutmalısın?
level-share-or-keep-learned = Sevdiğin şeyleri, hatta evcil hayvanının adını paylaşabilirsin. Seni nerede bulacakları ve şifrelerin gizli kalır.
level-share-or-keep-hint-1 = Kendine sor: bir yabancı bunu beni bulmak ya da hesabıma girmek için kullanabilir mi?
level-share-or-keep-hint-2 = Sevdiğin şeyleri paylaşabilirsin. Seni nerede bulacaklarını gösteren ya da hesaplarını açan şeyler gizli kalır.
level-share-or-keep-hint-3 = Evcil hayvanının nasıl çağrıldığını söyleyebilirsin, ama onu asla şifre yapma. Ev adresin gizli kalır.

card-favourite-colour = En sevdiğin renk
reason-favourite-colour = Birçok kişi aynı rengi sever, yani kim olduğunu ya da nerede olduğunu göstermez.
card-home-address = Ev adresin
reason-home-address = Bir yabancı onu nerede oturduğunu bulmak için kullanabilir.
card-favourite-game = En sevdiğin oyun
reason-favourite-game = Sevdiğin oyunlar hakkında konuşmak eğlencelidir ve kimseye nerede olduğunu söylemez.
card-password = Şifren
reason-password = Şifre bir anahtardır. Onu yalnızca sen ve ailen ya da sana bakan kişi bilmeli.
card-pet-name = Evcil hayvanının adı
reason-pet-name = Paylaşabilirsin. Yalnız onu asla şifre olarak kullanma: adını bilenler şifreni tahmin edebilir.
card-favourite-animal = En sevdiğin hayvan
reason-favourite-animal = Paylaşması eğlencelidir ve nerede oturduğun hakkında hiçbir şey söylemez.
card-school-name = Okulunun adı
reason-school-name = İnsanlara seni her gün nerede bulacaklarını söyler.
