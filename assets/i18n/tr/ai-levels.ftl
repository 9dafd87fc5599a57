# “Yapay Zekâ ve Ben” dünyası: sohbet botları, örneklerden öğrenen yapay zekâ, öneriler,
# yapay zekâyla yapılan resimler ve sesler, okul ödevinde yapay zekâ. Öğe metinleri kısa
# (en fazla ~60 karakter). Kişiler, uygulamalar ve hesaplar uydurmadır.

world-ai-and-me = Yapay Zekâ ve Ben

ai-bin-ok-to-ask = Sorulabilir
ai-bin-good-use = İyi kullanım
ai-bin-not-ok = Uygun değil

## Bölüm 2: sohbet botuna ne söylenir

level-ai-what-to-tell-title = Sohbet botuyla konuşmak
level-ai-what-to-tell-instruction = Bunu bir sohbet botuna sormak olur mu, yoksa gizli mi tutmalısın?
level-ai-what-to-tell-learned = Sohbet botuna kendini değil, dünyayı sor. Adlar, adresler, fotoğraflar, şifreler ve sırlar gizli kalır.
level-ai-what-to-tell-hint-1 = Kendine sor: bu dünya hakkında mı, yoksa benim ve arkadaşlarım hakkında mı?
level-ai-what-to-tell-hint-2 = Sohbet botunu işleten şirket yazdıklarını okuyabilir. Kim olduğunu gösteren her şeyi gizli tut.
level-ai-what-to-tell-hint-3 = Ejderha hikâyesi için fikir sormakta sorun yok. Adresin için öyle değil.

ai-what-to-tell-volcano = Yanardağlar nasıl çalışır?
ai-what-to-tell-volcano-reason = Dünya hakkında bir soru hiçbir şeyi ele vermez. Cevabı bir kitapta da kontrol et.
ai-what-to-tell-address = Ev adresin
ai-what-to-tell-address-reason = Bir sohbet botunun nerede oturduğunu bilmesine gerek yok. Arkasındaki şirket yazdıklarını okuyabilir.
ai-what-to-tell-name-school = Tam adın ve okulun
ai-what-to-tell-name-school-reason = İkisi birlikte, okuyan herkese kim olduğunu ve seni nerede bulacağını söyler. Onları gizli tut.
ai-what-to-tell-dragon = Ejderha hakkında bir hikâye için fikirler
ai-what-to-tell-dragon-reason = Fikir istemekte sorun yok. Sonra hikâyeyi kendi hikâyen yap.
ai-what-to-tell-password = Hatırlasın diye şifren
ai-what-to-tell-password-reason = Bir sohbet botunun şifrene asla ihtiyacı olmaz. Onu kendine ve sana yardım eden yetişkine sakla.
ai-what-to-tell-face-photo = Yüzünün fotoğrafı
ai-what-to-tell-face-photo-reason = Senin fotoğrafın kişiseldir. Onu sohbet botlarından uzak tut; fotoğraf paylaşmadan önce güvendiğin bir yetişkine sor.
ai-what-to-tell-perimeter = “Çevre uzunluğu” ne demek?
ai-what-to-tell-perimeter-reason = Bir kelimenin ne demek olduğunu sormakta sorun yok. Öğretmenin cevabı seninle birlikte kontrol edebilir.
ai-what-to-tell-friend-secret = Bir arkadaşının sana söylediği bir sır
ai-what-to-tell-friend-secret-reason = O, arkadaşının sırrı. Onu paylaşmak sana düşmez; ne bir sohbet botuyla ne de başka biriyle.

## Bölüm 1: robota öğret

level-ai-teach-the-robot-title = Robota öğret
level-ai-teach-the-robot-instruction = Robota kedinin ne olduğunu öğretmek için kartları ayır. Sonra onu sına.
level-ai-teach-the-robot-learned = Bir robot yalnızca örneklerinden öğrenir. Ona birçok çeşit kedi göster, yeni kedileri de tanısın.
level-ai-teach-the-robot-hint-1 = Robotun öğrendiği kedilere bak. Hepsi hangi yönden birbirine benziyor?
level-ai-teach-the-robot-hint-2 = Gördüğü her kedi küçük ve turuncuydu. Farklı görünen kedilere ihtiyacı var.
level-ai-teach-the-robot-hint-3 = Gri, büyük ya da tüylü bir tane ekle.

## Bölüm 3: emin ama yanlış

level-ai-chatbot-sure-title = Emin ama yanlış
level-ai-chatbot-sure-instruction = Bir sohbet botu çok emin görünüyor. Ne yaparsın?
level-ai-chatbot-sure-learned = Bir sohbet botu emin görünüp yine de yanılabilir. Bir kitaptan ya da güvenilir bir siteden kontrol et veya bir yetişkine sor.
level-ai-chatbot-sure-hint-1 = Emin görünmek bir şeyi doğru yapar mı?
level-ai-chatbot-sure-hint-2 = Sohbet botu olmayan bir kaynakla kontrol et.
level-ai-chatbot-sure-hint-3 = Örümcek için: bir fen kitabı sana söyleyebilir.

ai-chatbot-sure-spider-prompt = Ödevin için bir sohbet botuna soruyorsun: “Örümcek bir böcek mi?” Diyor ki: “Evet, örümcekler böcektir.”
ai-chatbot-sure-spider-copy = Yazarım. Çok emin görünüyor.
ai-chatbot-sure-spider-copy-reason = Emin görünmek haklı olmak değildir. Örümceklerin 8, böceklerin 6 bacağı vardır.
ai-chatbot-sure-spider-check = Bir fen kitabından ya da güvenilir siteden bakarım
ai-chatbot-sure-spider-check-reason = Doğru! Başka bir kaynak sohbet botunun yanıldığını gösteriyor: örümcekler böcek değildir.
ai-chatbot-sure-spider-ask-again = Sohbet botuna sorarım: “Emin misin?”
ai-chatbot-sure-spider-ask-again-reason = Yine evet diyebilir. Sohbet botu olmayan bir kaynakla kontrol et.
ai-chatbot-sure-talk-prompt = Bir sohbet botu sınıftaki sunumun için şaşırtıcı bir bilgi veriyor. Onu başka hiçbir yerde bulamıyorsun.
ai-chatbot-sure-talk-use-it = Kullanırım: sohbet botu bizim bilmediklerimizi bilir
ai-chatbot-sure-talk-use-it-reason = Sohbet botları gerçekmiş gibi duran bilgiler uydurabilir. Başka kimse söylemiyorsa onu çıkar.
ai-chatbot-sure-talk-leave-out = Çıkarırım ya da öğretmenime sorarım
ai-chatbot-sure-talk-leave-out-reason = Güzel. Kontrol edemediğin bir bilgi sunumun için hazır değildir.
ai-chatbot-sure-talk-tell-friends = Arkadaşlarıma doğru olduğunu söylerim
ai-chatbot-sure-talk-tell-friends-reason = Bu, kimsenin kontrol etmediği bir bilgiyi yayar. Önce kontrol et.

## Bölüm 4: neden bu video?

level-ai-why-this-video-title = Neden bu video?
level-ai-why-this-video-instruction = Uygulamanın sana gösterdiklerini neden gösterdiğini bul.
level-ai-why-this-video-learned = Uygulamalar izlediklerinden, beğendiklerinden ve aradıklarından öğrenir. Yeni şeyler ara ve uygulamaya neyi istemediğini söyle.
level-ai-why-this-video-hint-1 = Daha önce uygulamada ne yaptığını düşün.
level-ai-why-this-video-hint-2 = Uygulama videoları izlediklerine, beğendiklerine ve aradıklarına göre seçer.
level-ai-why-this-video-hint-3 = Başka şeyler görmek için uygulamaya sevdiğin başka şeyleri göster.

ai-why-this-video-cakes-prompt = Üç pasta videosunu sonuna kadar izledin. Şimdi uygulaman bir sürü pasta videosu gösteriyor.
ai-why-this-video-cakes-everyone = Bugün bütün dünya pasta videosu izliyor
ai-why-this-video-cakes-everyone-reason = Pek sanmıyoruz! Uygulama videoları senin yaptıklarına göre seçer.
ai-why-this-video-cakes-learned = Uygulama izlediklerinden öğrendi
ai-why-this-video-cakes-learned-reason = Doğru. Uygulamalar sırada ne geleceğini seçmek için izlediklerini, beğendiklerini ve aradıklarını kullanır.
ai-why-this-video-cakes-teacher = Öğretmenin uygulamaya pastayı sevdiğini söyledi
ai-why-this-video-cakes-teacher-reason = Hayır. Uygulama bunu senin dokunuşlarından ve izlemelerinden öğrendi.
ai-why-this-video-more-prompt = Pastadan başka şeyler de görmek istiyorsun. Ne yardımcı olur?
ai-why-this-video-more-search = Yeni şeyler aramak, “İlgilenmiyorum”a dokunmak
ai-why-this-video-more-search-reason = Evet! Uygulama bundan da öğrenir. Birçok uygulamada “İlgilenmiyorum” gibi bir düğme vardır.
ai-why-this-video-more-more-cakes = Daha da çok pasta videosu izlemek
ai-why-this-video-more-more-cakes-reason = Bu, uygulamaya yalnızca pasta istediğini öğretir.
ai-why-this-video-more-scroll = Kaydırmaya devam: uygulama yakında kendiliğinden değişir
ai-why-this-video-more-scroll-reason = Uygulama daha önce yaptıklarına göre seçmeye devam eder. Ona başka neleri sevdiğini göster.
ai-why-this-video-feel-bad-prompt = Uygulamanın sana sürekli gösterdiği bir tür video, kendin hakkında kötü hissetmene yol açıyor.
ai-why-this-video-feel-bad-keep-watching = Hiçbir şeyi kaçırmamak için izlemeye devam etmek
ai-why-this-video-feel-bad-keep-watching-reason = Daha çok izlemek, uygulamaya sana bundan daha çok göstermesini söyler. Dur ve mola ver.
ai-why-this-video-feel-bad-share = Onlar da kötü hissediyor mu diye arkadaşlarla paylaşmak
ai-why-this-video-feel-bad-share-reason = Bu, kötü hissi yayar. İzlemeyi bırak ve güvendiğin biriyle konuş.
ai-why-this-video-feel-bad-stop-tell = İzlemeyi bırakıp güvendiğin bir yetişkine anlatmak
ai-why-this-video-feel-bad-stop-tell-reason = Güzel. Nasıl hissettiğin uygulamadan daha önemli. Bir yetişkin, gösterdiklerini değiştirmene yardım edebilir.

## Bölüm 5: gerçek mi, yapay zekâ mı?

level-ai-fake-picture-title = Gerçek mi, yapay zekâ mı?
level-ai-fake-picture-instruction = Bu resmin yapay zekâyla yapılmış ya da doğru olmayabileceğine dair her ipucuna dokun.
level-ai-fake-picture-learned = Yapay zekâ gerçek gibi görünen resimler yapabilir. İpuçlarını ara, başka kaynaklara bak ve emin değilsen bir yetişkine sor.
level-ai-fake-picture-hint-1 = Bu resim gerçek hayatta seni şaşırtır mıydı?
level-ai-fake-picture-hint-2 = Şaşırtıcı, fazla kusursuz, yanlış ayrıntılar ve hızlı paylaşma baskısı, hepsi ipucudur.
level-ai-fake-picture-hint-3 = Otobüsteki tabelayı dikkatle oku.

ai-fake-picture-account = Paylaşan: @pic_planet, bugün 10:02
ai-fake-picture-account-reason = Ad ve saat tek başına bir resmin gerçek olup olmadığını söylemez. Resmin kendisine bak.
ai-fake-picture-photo = Fotoğraf: okul otobüsü kadar uzun bir penguen
ai-fake-picture-photo-reason = Çok şaşırtıcı resimler bir ipucudur. Haberlerin ya da güvenilir bir sitenin de gösterip göstermediğine bak.
ai-fake-picture-perfect = Her şey bir oyuncak gibi pürüzsüz ve kusursuz
ai-fake-picture-perfect-reason = Yapay zekâyla yapılan resimler fazla kusursuz görünebilir. Bu bir ipucu, inanmadan önce kontrol et.
ai-fake-picture-sign = Otobüs tabelasında “OUKL OTOBSÜÜ” yazıyor
ai-fake-picture-sign-reason = Karışık harfler gibi doğru olmayan ayrıntılar, resmin uydurma olabileceğine dair bir ipucudur.
ai-fake-picture-caption = Açıklama: GERÇEK!!! Silinmeden paylaş!
ai-fake-picture-caption-reason = Hızlı paylaşma baskısı bir tehlike işaretidir. Gerçek haberler sen kontrol ederken bekleyebilir.
ai-fake-picture-question = Yorum: Bu hangi haber sitesinde var?
ai-fake-picture-question-reason = Güzel soru! Başka kaynaklara bakmak yapılacak doğru şeydir.
ai-fake-picture-comment = Yorum: Penguenler o kadar büyük değil ki!
ai-fake-picture-comment-reason = Bu yorum şüphelenmekte haklı. Bildiklerini kullanmak iyi bir kontroldür.

## Bölüm 6: gerçekten o mu?

level-ai-voice-message-title = Gerçekten o mu?
level-ai-voice-message-instruction = Sesler ve videolar yapay zekâyla yapılabilir. Ne yaparsın?
level-ai-voice-message-learned = Yapay zekâ sesleri ve yüzleri kopyalayabilir. Bir mesaj kod, para ya da hızlı bir tıklama istiyorsa başka bir yoldan kontrol et ve bir yetişkine anlat.
level-ai-voice-message-hint-1 = Doğru gibi gelen bir ses, konuşanın kim olduğunu kanıtlar mı?
level-ai-voice-message-hint-2 = Mesaja cevap vererek değil, başka bir yoldan o kişiyle kontrol et.
level-ai-voice-message-hint-3 = Şarkıcı için: onun kendi sayfası da bunu söylerdi.

ai-voice-message-cousin-prompt = Bir sesli mesaj tıpkı kuzenin Can gibi: “Telefonumu kaybettim! Bana ailenin banka kodunu gönder, çabuk!”
ai-voice-message-cousin-send = Gönderirim: Can aileden ve endişeli
ai-voice-message-cousin-send-reason = Yapay zekâ kısa bir kayıttan bir sesi kopyalayabilir. Üstelik gerçek bir kuzen banka kodu istemez.
ai-voice-message-cousin-check = Can'a bir yetişkinle başka yoldan sorarım
ai-voice-message-cousin-check-reason = Doğru. Yalnızca sese güvenme. Bir yetişkin Can'ı bildiği numaradan arayabilir.
ai-voice-message-cousin-delete-after = Kodu gönderir, sonra hemen silmesini rica ederim
ai-voice-message-cousin-delete-after-reason = Bir kez gönderildi mi artık elinde değildir. Asla kod gönderme.
ai-voice-message-singer-prompt = Bir videoda şarkıcı Mila Star diyor ki: “Bu bağlantıya tıkla, bedava tablet kazan!”
ai-voice-message-singer-click = Tabletler bitmeden hemen tıklarım
ai-voice-message-singer-click-reason = Acele bir tehlike işaretidir. Böyle videolar seni kandırmak için yapay zekâyla yapılabilir.
ai-voice-message-singer-check = Önce onun sayfasına ve haberlere bakarım
ai-voice-message-singer-check-reason = Evet. Onun sayfası ve haberler bunu söylemiyorsa video sahtedir.
ai-voice-message-singer-aunt = Teyzemden benim yerime tıklamasını isterim
ai-voice-message-singer-aunt-reason = Sorun bağlantının kendisi, kim tıklarsa tıklasın. Önce kontrol et, sonra nedenini yetişkine göster.

## Bölüm 7: yapay zekâ yardım eder, sen karar verirsin

level-ai-you-decide-title = Yapay zekâ yardım eder, sen karar verirsin
level-ai-you-decide-instruction = Bu, okul için yapay zekâyı kullanmanın iyi bir yolu mu, yoksa uygun değil mi?
level-ai-you-decide-learned = Yapay zekâ öğrenmene yardım edebilir. Düşünmeyi sen yaparsın, söylediklerini kontrol edersin ve okulunun kurallarına uyarsın.
level-ai-you-decide-hint-1 = Sor: burada düşünmeyi kim yapıyor, ben mi yapay zekâ mı?
level-ai-you-decide-hint-2 = Yapay zekâyı anlamak ya da alıştırma yapmak için kullanmak iyidir. Onun işini kendi işinmiş gibi göstermek değil.
level-ai-you-decide-hint-3 = Ondan bir kelimeyi açıklamasını istemek iyi bir kullanım.

ai-you-decide-explain-word = Bilmediğin bir kelimeyi açıklamasını istemek
ai-you-decide-explain-word-reason = Bir şeyi anlamak için yapay zekâyı kullanmak öğrenmene yardım eder. Mantıklı olup olmadığına bak.
ai-you-decide-copy-story = Onun yazdığı bir hikâyeyi kendininmiş gibi vermek
ai-you-decide-copy-story-reason = Bu senin işin değil ve hiçbir şey öğrenmezsin. Yapay zekânın ne yaptığı konusunda dürüst ol.
ai-you-decide-quiz = Alıştırma için ondan test soruları istemek
ai-you-decide-quiz-reason = Onun sorularıyla alıştırma yapmak yardımcı olabilir. Cevapları notlarından kontrol et.
ai-you-decide-whole-homework = Bütün ödevini ona yaptırmak
ai-you-decide-whole-homework-reason = O zaman ödevin asıl amacı olan düşünmeyi atlarsın. Önce kendin dene.
ai-you-decide-check-facts = Söylediklerini kitapta ya da güvenilir sitede kontrol etmek
ai-you-decide-check-facts-reason = Yapay zekâ yanılabilir. Kontrol etmek, akıllı bir kullanıcının yaptığı şeydir.
ai-you-decide-fake-photo = Bir sınıf arkadaşının komik, sahte fotoğrafını yapmak
ai-you-decide-fake-photo-reason = Gerçek insanların sahte resimleri onları incitebilir. Birini alaya almak için asla yapay zekâ kullanma.
ai-you-decide-own-words = Fikir alıp sonra kendi cümlelerinle yazmak
ai-you-decide-own-words-reason = Güzel: fikirler başlamana yardım eder ve iş senin olur.
ai-you-decide-against-rules = Öğretmenin yasakladığında kullanmak
ai-you-decide-against-rules-reason = Yapay zekânın ne zaman kullanılacağına okulun karar verir. Kurallarına uy.
