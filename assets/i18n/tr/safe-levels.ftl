# “Birlikte Güvendeyiz” dünyası: internette söylediği kişi olmayan biri, ne yapmalı, engelleme
# ve bildirme, giriş kodları ve nereden yardım alınır. 6. ve 7. bölümler yalnızca 12–14 yaş
# için: sakin, asla ayrıntılı değil, öğrenciyi asla suçlamayan bir dil. Güvendiğin bir
# yetişkine anlatmak her zaman doğrudur.

world-safe-together = Birlikte Güvendeyiz

safe-bin-good = İyi fikir
safe-bin-bad = İyi fikir değil

## Nereden yardım alınır: oyun { $helpline } yerine bunlardan birini koyar.

helpline-call = Bir çocuk yardım hattını da arayabilirsin: { $service }, { $number }.
helpline-ask-adult = Ülkendeki çocuk yardım hattını öğrenmek için güvendiğin bir yetişkine sor.

## Bölüm 1: oyundan yeni bir arkadaş

level-safe-new-friend-title = Oyundan yeni bir arkadaş
level-safe-new-friend-instruction = Oyundan biri sana yazıyor. Her tehlike işaretine dokun.
level-safe-new-friend-learned = Sırlar, fotoğraflar, özel sohbetler ve buluşmalar tehlike işaretleridir. Dur ve güvendiğin bir yetişkine anlat.
level-safe-new-friend-hint-1 = Her satırı oku. Senin yaşındaki bir arkadaş bunu sorar mı?
level-safe-new-friend-hint-2 = Biri sırlar, fotoğraflar, bilgilerin ya da buluşma isterse dikkatli ol.
level-safe-new-friend-hint-3 = Ailen ve okulun hakkındaki satırlara dikkatle bak.

safe-new-friend-sender = Gönderen: Kai_Star (oyunundan bir oyuncu)
safe-new-friend-sender-reason = Oyuncularla sohbet etmek eğlenceli olabilir. Ama Kai hakkında yalnızca onun kendisi hakkında söylediklerini biliyorsun.
safe-new-friend-game = Bugün iyi oyundu! Hangi bölümdesin?
safe-new-friend-game-reason = Oyun hakkında konuşmak normal. Bu satırda sorun yok.
safe-new-friend-secret = Ailene benden bahsetme, tamam mı?
safe-new-friend-secret-reason = İyi bir arkadaş seni ailenden bir şey saklamaya zorlamaz. Bu bir tehlike işareti.
safe-new-friend-private = Başka bir uygulamada konuşalım. Sadece ikimiz.
safe-new-friend-private-reason = Seni başkalarından uzakta, özel bir sohbete çekmek bir tehlike işaretidir.
safe-new-friend-photo = Bana bir fotoğrafını gönder. Sadece bana!
safe-new-friend-photo-reason = Yalnızca internetten tanıdığın birine asla kendi fotoğraflarını gönderme.
safe-new-friend-school = Hangi okula gidiyorsun?
safe-new-friend-school-reason = Okulun, bir yabancıya seni nerede bulacağını söyler. Onu gizli tut.
safe-new-friend-meet = Cumartesi parkta buluşalım!
safe-new-friend-meet-reason = Yalnızca internetten tanıdığın biriyle asla buluşma. Güvendiğin bir yetişkine anlat.

## Bölüm 2: ne yapmalı

level-safe-what-to-do-title = Ne yaparsın?
level-safe-what-to-do-instruction = Oyundaki Kai daha fazlasını istiyor. Her seferinde en iyi cevabı seç.
level-safe-what-to-do-learned = Her zaman hayır diyebilirsin. O kişiyi engelle ve güvendiğin bir yetişkine anlat. Bu asla senin suçun değil.
level-safe-what-to-do-hint-1 = Kai'nin söylediği kişi olup olmadığını kontrol etmene kim yardım edebilir?
level-safe-what-to-do-hint-2 = İnternet arkadaşlarıyla sırlar ve buluşmalar tehlike işaretleridir. Yardım al, yalnız gitme.
level-safe-what-to-do-hint-3 = Kai kızınca ona hiç cevap vermek zorunda değilsin.

safe-what-to-do-secret-prompt = Kai yazıyor: “Sohbetlerimiz sır olarak kalsın.” Ne yaparsın?
safe-what-to-do-secret-keep = Sırrı tutarım. Kai bana iyi davranıyor.
safe-what-to-do-secret-keep-reason = Güzel sözler bir hileyi gizleyebilir. Gerçek bir arkadaşın ailenden sır saklamaya ihtiyacı yoktur.
safe-what-to-do-secret-ask-why = Önce Kai'ye nedenini sorar, sonra kendim karar veririm.
safe-what-to-do-secret-ask-why-reason = Kai'nin akıllıca bir cevabı olabilir. Tek başına karar verme: güvendiğin birine sor.
safe-what-to-do-secret-tell = Sohbetleri güvendiğim bir yetişkine anlatırım.
safe-what-to-do-secret-tell-reason = Evet! Sır istemek bir tehlike işaretidir. Güvendiğin bir yetişkin kontrol etmene yardım edebilir.

safe-what-to-do-meet-prompt = Kai seninle parkta buluşmak istiyor. Ne yaparsın?
safe-what-to-do-meet-go-with-friend = Giderim ama sınıftan bir arkadaşımı da götürürüm.
safe-what-to-do-meet-go-with-friend-reason = İki çocuk yeterince güvenli değil. Yalnızca internetten tanıdığın biriyle asla buluşma.
safe-what-to-do-meet-say-no = Hayır der, bir yetişkine anlatırım.
safe-what-to-do-meet-say-no-reason = Doğru. Hayır de ve güvendiğin bir yetişkinin Kai konusunda sana yardım etmesine izin ver.
safe-what-to-do-meet-go-tell-later = Giderim, sonra bir yetişkine anlatırım.
safe-what-to-do-meet-go-tell-later-reason = Bir yetişkine anlatmak iyi ama gitme. Yalnızca internetten tanıdığın biriyle asla buluşma.

safe-what-to-do-angry-prompt = Hayır dedin. Şimdi Kai sana kızgın mesajlar gönderiyor.
safe-what-to-do-angry-block = Kai'yi engeller, yetişkine söylerim.
safe-what-to-do-angry-block-reason = Evet. Cevap vermek zorunda değilsin. Kai'yi engelle ve güvendiğin bir yetişkinden yardım al.
safe-what-to-do-angry-sorry = Özür diler, Kai ne isterse yaparım.
safe-what-to-do-angry-sorry-reason = Sen yanlış bir şey yapmadın. Hayır demek doğruydu.
safe-what-to-do-angry-argue = Kai özür dileyene kadar cevap yazarım.
safe-what-to-do-angry-argue-reason = Tartışmak Kai'nin seninle konuşmaya devam etmesini sağlar. Onun yerine cevap yazmayı bırak.

## Bölüm 3: engelle ve bildir

level-safe-block-report-title = Engelle ve bildir
level-safe-block-report-instruction = İnternette biri seni kötü hissettiriyor. Her fikir iyi mi, değil mi?
level-safe-block-report-learned = Mesajları sakla, kişiyi engelle, uygulamada bildir ve güvendiğin bir yetişkine anlat.
level-safe-block-report-hint-1 = Hangi fikirler işleri düzeltir, hangileri kötüleştirir?
level-safe-block-report-hint-2 = Kanıt sakla, mesajları durdur ve yardım al.
level-safe-block-report-hint-3 = Sohbeti silmek iyi bir fikir değil: kanıt ortadan kalkar.

safe-block-report-screenshot = Mesajların ekran görüntüsünü al
safe-block-report-screenshot-reason = Ekran görüntüleri kanıttır. Sohbet kaybolabilir diye engellemeden önce al.
safe-block-report-delete = Kimse görmesin diye bütün sohbeti sil
safe-block-report-delete-reason = O zaman kanıt yok olur. Bir yetişkin yardım edebilsin diye mesajları sakla.
safe-block-report-block = Kişiyi engelle
safe-block-report-block-reason = Engellemek, sana mesaj göndermesini durdurur.
safe-block-report-reply-mean = Kaba bir mesajla karşılık ver
safe-block-report-reply-mean-reason = Bu işleri kötüleştirebilir. Hiç cevap verme.
safe-block-report-report = Profili uygulamada bildir
safe-block-report-report-reason = Uygulamanın ekibi bildirimleri inceler ve hesabı durdurabilir.
safe-block-report-unblock = Özür diliyor mu diye engeli kaldır
safe-block-report-unblock-reason = Bu, sana yeniden yazmasına izin verir. Engelli kalsın.
safe-block-report-tell = Olanı güvendiğin bir yetişkine anlat
safe-block-report-tell-reason = Güvendiğin bir yetişkin bildirmene ve daha iyi hissetmene yardım edebilir.

## Bölüm 4: giriş kodu

level-safe-login-code-title = Gizli giriş kodu
level-safe-login-code-instruction = Her seferinde en iyi cevabı seç.
level-safe-login-code-learned = Giriş kodu yalnızca senin içindir. Onu asla kimseye verme; bir arkadaşa ya da “destek ekibine” bile.
level-safe-login-code-hint-1 = Telefonuna gelen koda kimin ihtiyacı var?
level-safe-login-code-hint-2 = Kod, hesabındaki ikinci bir kilittir. Bir anahtar gibi çalışır.
level-safe-login-code-hint-3 = Gerçek destek ekipleri kodunu asla istemez.

safe-login-code-why-prompt = Şifrenden sonra uygulama telefonuna bir kod gönderiyor. Neden?
safe-login-code-why-ads = Uygulama reklamlar için numaranı istediği için.
safe-login-code-why-ads-reason = Hayır. Kod, hesabını güvende tutmak için var.
safe-login-code-why-second-lock = İkinci bir kilit: yalnızca sen girersin.
safe-login-code-why-second-lock-reason = Evet. Bu 2 adımlı giriş. Şifreni bilen bir hırsızın yine de koda ihtiyacı var.
safe-login-code-why-phone-check = Telefonun hâlâ çalışıyor mu diye bakmak için.
safe-login-code-why-phone-check-reason = Hayır. Kod, giriş yapanın gerçekten sen olduğunu kanıtlar.

safe-login-code-friend-prompt = Ela'dan bir mesaj: “Eyvah, kodum sana gitti. Bana gönderir misin?”
safe-login-code-friend-send = Hemen gönderirim. Ela arkadaşım, ona lazım.
safe-login-code-friend-send-reason = Ela'nın hesabı ele geçirilmiş olabilir. Kod, bir yabancıyı SENİN hesabına sokar.
safe-login-code-friend-half = Kodun yalnızca ilk yarısını gönderirim.
safe-login-code-friend-half-reason = Yarım kod da bir hırsızın işine yarar. Kodun tamamını kendine sakla.
safe-login-code-friend-ask = Göndermem, Ela'ya yüz yüze sorarım.
safe-login-code-friend-ask-reason = Doğru. Ela'yla başka bir yoldan konuş. Büyük olasılıkla bir hile.

safe-login-code-support-prompt = Bir sohbet diyor ki: “Burası oyun destek ekibi. Hesabını güvende tutmak için kodunu bize söyle.”
safe-login-code-support-give = Veririm. Onlar destek ekibi.
safe-login-code-support-give-reason = Gerçek destek ekipleri kodunu asla istemez. Bu bir hile.
safe-login-code-support-say-no = Hayır derim. Destek kodumu istemez.
safe-login-code-support-say-no-reason = Doğru. Gerçek şirketler de bunu söyler: kodunu asla istemezler.
safe-login-code-support-adult-reads = Bir yetişkinden kodu onlara okumasını isterim.
safe-login-code-support-adult-reads-reason = Yetişkin ya da çocuk, kimse kodu vermemeli. Onun yerine mesajı bir yetişkine göster.

## Bölüm 5: nereden yardım alınır

level-safe-get-help-title = Nereden yardım alınır
level-safe-get-help-instruction = İnternetteki bir şey seni endişelendiriyor. Her seferinde en iyi cevabı seç.
level-safe-get-help-learned = Asla yalnız değilsin. Güvendiğin bir yetişkinle konuş. { $helpline }
level-safe-get-help-hint-1 = Bir endişeyi içinde tutmak mı daha iyi, paylaşmak mı?
level-safe-get-help-hint-2 = Güvendiğin yetişkinler ve çocuk yardım hatları dinler ve yardım eder.
level-safe-get-help-hint-3 = 116 111 birçok ülkede çocuklar için bir numaradır.

safe-get-help-worried-prompt = İnternette seni korkutan bir şey gördün. En çok ne yardımcı olur?
safe-get-help-worried-keep = Kendime saklar, unutmaya çalışırım.
safe-get-help-worried-keep-reason = Endişeler içinde tuttukça büyür. Birine anlatmak yardımcı olur.
safe-get-help-worried-tell = Güvendiğim yetişkine anlatırım.
safe-get-help-worried-tell-reason = Evet! Ailen, sana bakan kişi ya da öğretmenin sana yardım edebilir.
safe-get-help-worried-search = İnternette onun hakkında daha çok ararım.
safe-get-help-worried-search-reason = Daha da korkutucu şeyler bulabilirsin. Önce biriyle konuş.

safe-get-help-nobody-prompt = Tanıdığın kimseyle konuşmak istemiyorsun. Ne yapabilirsin?
safe-get-help-nobody-forum = Bir forumda yabancılara ne yapmam gerektiğini sorarım.
safe-get-help-nobody-forum-reason = İnternetteki yabancılar nazik ya da haklı olmayabilir. Yardım hattı yardım etmek için vardır.
safe-get-help-nobody-wait = Sorun geçene kadar beklerim.
safe-get-help-nobody-wait-reason = Sorunlar çoğu zaman kendiliğinden geçmez. Yardım istemek sorun değil.
safe-get-help-nobody-helpline = Bir çocuk yardım hattını arar ya da yazarım.
safe-get-help-nobody-helpline-reason = Evet. Çocuk yardım hatları çocukları dinler. Adını söylemek zorunda değilsin.

safe-get-help-number-prompt = Okuldaki bir afişte 116 111 yazıyor. Bu numara ne?
safe-get-help-number-helpline = Avrupa'nın büyük bölümünde çocuk yardım hattı
safe-get-help-number-helpline-reason = Evet. Birçok Avrupa ülkesinde 116 111 bir çocuk yardım hattıdır. Bazı ülkeler başka bir numara kullanır.
safe-get-help-number-prize = Ödül kazanabileceğin bir numara
safe-get-help-number-prize-reason = Hayır. Çocukların endişelerini anlatabildiği bir yardım hattı.
safe-get-help-number-adults = Yalnızca yetişkinlerin aramasına izin verilen bir numara
safe-get-help-number-adults-reason = Hayır. Çocuklar bir çocuk yardım hattını kendileri arayabilir.

## Bölüm 6 (yalnızca 12–14): biri tehdit ederse

level-safe-threats-title = Biri tehdit ederse
level-safe-threats-instruction = Biri özel bir fotoğrafı paylaşmakla tehdit ediyor. En iyi cevabı seç.
level-safe-threats-learned = Bu asla senin suçun değil. Para ödeme, cevap yazmayı bırak, mesajları sakla, güvendiğin bir yetişkine anlat ve bildir.
level-safe-threats-hint-1 = Tehdit eden kişi senden ne istiyor?
level-safe-threats-hint-2 = Para ödemek ya da daha fazlasını göndermek tehditleri durdurmaz. Yardım almak durdurur.
level-safe-threats-hint-3 = Sohbeti kanıt olarak sakla ama cevap vermeyi bırak.

safe-threats-pay-prompt = İnternetten bir arkadaş yazıyor: “Bana para öde, yoksa gönderdiğin özel fotoğrafı paylaşırım.”
safe-threats-pay-pay = Fotoğraf gizli kalsın diye hemen öderim.
safe-threats-pay-pay-reason = Ödemek onları durdurmaz. Genellikle daha fazlasını isterler.
safe-threats-pay-stop = Yazmayı bırakır, bir yetişkine anlatırım.
safe-threats-pay-stop-reason = Evet. Bütün iletişimi kes ve yardım al. Bir yetişkin bildirmene yardım edebilir.
safe-threats-pay-more = Sakinleşsin diye bir fotoğraf daha gönderirim.
safe-threats-pay-more-reason = Asla daha fazlasını gönderme. Durmayacaklar. Onun yerine yardım al.

safe-threats-chat-prompt = Kendini çok kötü hissediyorsun ve sohbetin yok olmasını istiyorsun. Sohbeti ne yaparsın?
safe-threats-chat-delete = Bütün sohbeti ve hesabımı hemen silip kurtulurum.
safe-threats-chat-delete-reason = Sohbet kanıttır. Uygulamanın ve polisin onları durdurmak için buna ihtiyacı var.
safe-threats-chat-forward = Sormak için sohbeti arkadaşlarıma iletirim.
safe-threats-chat-forward-reason = İletme. Bu, seninle güvendiğin bir yetişkin arasında kalsın.
safe-threats-chat-keep = Sohbeti saklar, sonra engeller ve bildiririm.
safe-threats-chat-keep-reason = Doğru. Mesajları kanıt olarak sakla, sonra hesabı engelle ve bildir.

safe-threats-fault-prompt = Şöyle düşünüyorsun: “Bu benim suçum. Kimseye anlatamam.” Doğru olan ne?
safe-threats-fault-my-fault = Benim suçum, bu yüzden tek başıma çözmeliyim.
safe-threats-fault-my-fault-reason = Hayır. Yanlış yapan sen değil, tehdit eden kişi.
safe-threats-fault-never = Asla benim suçum değil ve yardım var.
safe-threats-fault-never-reason = Evet. Biri seni kandırdı. Yetişkinler ve yardım hatları seni suçlamadan yardım eder.
safe-threats-fault-later = Ancak kötüleşirse yetişkine anlatırım.
safe-threats-fault-later-reason = Hemen birine anlat. Ne kadar erken yardım alırsan, o kadar erken biter.

safe-threats-online-prompt = Fotoğrafın artık internette olmasından korkuyorsun. Ne yardımcı olabilir?
safe-threats-online-take-it-down = Bir yetişkinle Take It Down'ı kullanmak.
safe-threats-online-take-it-down-reason = Take It Down, hangi ülkeden olursa olsun, 18 yaşından önce çekilmiş fotoğrafların kaldırılmasına yardım eder.
safe-threats-online-search = Kontrol için fotoğrafı her gün aramaya devam etmek.
safe-threats-online-search-reason = Bu seni sadece daha kötü hissettirir. İşi bir yetişkin ve bir araç yapsın.
safe-threats-online-nothing = Fotoğraf bir kez internete düşünce hiçbir şey işe yaramaz.
safe-threats-online-nothing-reason = Doğru değil. Fotoğraflar çoğu zaman kaldırılabilir. Her zaman yardım var.

## Bölüm 7 (yalnızca 12–14): başka birinin özel fotoğrafı

level-safe-not-yours-title = Senin olmayan bir fotoğraf
level-safe-not-yours-instruction = Bir sınıf arkadaşının özel bir fotoğrafı bir sohbette paylaşılıyor. İyi fikir mi, değil mi?
level-safe-not-yours-learned = Birinin özel fotoğrafını asla saklama ya da iletme. Güvendiğin bir yetişkine anlat ve bildir.
level-safe-not-yours-hint-1 = Fotoğraf senin olsaydı nasıl hissederdin?
level-safe-not-yours-hint-2 = Her paylaşım fotoğraftaki kişiyi yeniden incitir.
level-safe-not-yours-hint-3 = Onu başkasına göndermek, yardım istemek için bile olsa, asla iyi bir fikir değil.

safe-not-yours-forward = Bir arkadaşa iletmek
safe-not-yours-forward-reason = Her paylaşım kişiyi daha çok incitir. Birçok ülkede bu aynı zamanda yasaya aykırıdır.
safe-not-yours-tell = Güvendiğin bir yetişkine anlatmak
safe-not-yours-tell-reason = Evet. Bir yetişkin, sen fotoğrafı göndermeden yayılmasını durdurmaya yardım edebilir.
safe-not-yours-save = Telefonuma kaydetmek
safe-not-yours-save-reason = Saklama. Böyle bir fotoğraf senin telefonunda olmamalı.
safe-not-yours-report = Gönderiyi uygulamada bildirmek
safe-not-yours-report-reason = Uygulama onu kaldırabilir. Fotoğraftaki kişinin buna ihtiyacı var.
safe-not-yours-ask-friend = Ne yapacağını sormak için bir arkadaşa göndermek
safe-not-yours-ask-friend-reason = Kimseye gönderme, yardım almak için bile. Onun yerine olanı anlat.
safe-not-yours-kind = Fotoğraftaki kişiye nazik davranmak
safe-not-yours-kind-reason = Kendini çok kötü hissediyor olabilir. Bu onun suçu değil.
safe-not-yours-laugh = Gruba uymak için birlikte gülmek
safe-not-yours-laugh-reason = Gülmek onu daha çok incitir. Bunu durduran kişi sen olabilirsin.
