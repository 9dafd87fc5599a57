# The "Safe together" world. Levels 6 and 7 are for the 12-14 band only: calm, never graphic,
# never blaming the pupil. All people are made up. Item texts stay short (about 60
# characters). Telling a trusted adult is always right.

world-safe-together = Droši kopā

safe-bin-good = Laba doma
safe-bin-bad = Nav laba doma

## Where to get help: the game fills { $helpline } of level-safe-get-help-learned with one of these.

helpline-call = Tu vari arī zvanīt uzticības tālrunim bērniem: { $service }, { $number }.
helpline-ask-adult = Lai uzzinātu savas valsts uzticības tālruni bērniem, pajautā pieaugušajam, kam uzticies.

## Level 1: a new friend from a game (spot_flags)

level-safe-new-friend-title = Jauns draugs no spēles
level-safe-new-friend-instruction = Kāds no spēles tev raksta. Pieskaries katrai brīdinājuma zīmei.
level-safe-new-friend-learned = Noslēpumi, fotogrāfijas, privātas sarunas un tikšanās ir brīdinājuma zīmes. Apstājies un pastāsti pieaugušajam, kam uzticies.
level-safe-new-friend-hint-1 = Izlasi katru rindu. Vai tava vecuma draugs tā jautātu?
level-safe-new-friend-hint-2 = Uzmanies, ja kāds grib noslēpumus, bildes, ziņas par tevi vai tikšanos.
level-safe-new-friend-hint-3 = Uzmanīgi paskaties uz rindām par taviem vecākiem un tavu skolu.

safe-new-friend-sender = No: Kai_Star (spēlētājs no tavas spēles)
safe-new-friend-sender-reason = Tērzēt ar spēlētājiem var būt jautri. Bet tu zini tikai to, ko Kai pats par sevi stāsta.
safe-new-friend-game = Laba spēle šodien! Kurā līmenī tu esi?
safe-new-friend-game-reason = Runāt par spēli ir normāli. Šī rinda ir kārtībā.
safe-new-friend-secret = Nestāsti vecākiem par mani, labi?
safe-new-friend-secret-reason = Labs draugs nelūdz tevi slēpties no ģimenes. Tā ir brīdinājuma zīme.
safe-new-friend-private = Parunāsim citā lietotnē. Tikai mēs divi.
safe-new-friend-private-reason = Ievilināt tevi privātā sarunā, prom no citiem, ir brīdinājuma zīme.
safe-new-friend-photo = Atsūti man savu bildi. Tikai man!
safe-new-friend-photo-reason = Nekad nesūti savas bildes kādam, ko pazīsti tikai internetā.
safe-new-friend-school = Kurā skolā tu mācies?
safe-new-friend-school-reason = Tava skola pasaka svešiniekam, kur tevi atrast. Paturi to privātu.
safe-new-friend-meet = Satiekamies sestdien parkā!
safe-new-friend-meet-reason = Nekad netiecies ar kādu, ko pazīsti tikai internetā. Pastāsti pieaugušajam, kam uzticies.

## Level 2: what to do (pick_reply)

level-safe-what-to-do-title = Ko tu dari?
level-safe-what-to-do-instruction = Kai no spēles grib vairāk. Katru reizi izvēlies labāko atbildi.
level-safe-what-to-do-learned = Tu vienmēr vari teikt „nē”. Bloķē šo cilvēku un pastāsti pieaugušajam, kam uzticies. Tā nekad nav tava vaina.
level-safe-what-to-do-hint-1 = Kas varētu palīdzēt pārbaudīt, vai Kai ir tas, par ko uzdodas?
level-safe-what-to-do-hint-2 = Noslēpumi un tikšanās ar interneta draugiem ir brīdinājuma zīmes. Lūdz palīdzību, nepaliec ar to vienatnē.
level-safe-what-to-do-hint-3 = Kad Kai sadusmojas, tev vispār nav jāatbild.

safe-what-to-do-secret-prompt = Kai raksta: „Lai mūsu sarunas paliek noslēpumā.” Ko tu dari?
safe-what-to-do-secret-keep = Glabāt noslēpumu. Kai pret mani ir jauks.
safe-what-to-do-secret-keep-reason = Jauki vārdi var slēpt triku. Īstam draugam nevajag noslēpumus no tavas ģimenes.
safe-what-to-do-secret-ask-why = Vispirms pajautāt Kai, kāpēc, tad izlemt vienatnē.
safe-what-to-do-secret-ask-why-reason = Kai var atrast gudru atbildi. Neizlem vienatnē: pajautā kādam, kam uzticies.
safe-what-to-do-secret-tell = Pastāstīt par sarunām pieaugušajam.
safe-what-to-do-secret-tell-reason = Jā! Prasīt noslēpumus ir brīdinājuma zīme. Pieaugušais, kam uzticies, var palīdzēt pārbaudīt.

safe-what-to-do-meet-prompt = Kai grib ar tevi satikties parkā. Ko tu dari?
safe-what-to-do-meet-go-with-friend = Iet, bet paņemt līdzi kādu draugu no klases.
safe-what-to-do-meet-go-with-friend-reason = Divi bērni nav pietiekami droši. Nekad netiecies ar kādu, ko pazīsti tikai internetā.
safe-what-to-do-meet-say-no = Pateikt „nē” un pastāstīt pieaugušajam.
safe-what-to-do-meet-say-no-reason = Pareizi. Saki „nē” un ļauj pieaugušajam, kam uzticies, palīdzēt tev ar Kai.
safe-what-to-do-meet-go-tell-later = Iet un pēc tam pastāstīt pieaugušajam.
safe-what-to-do-meet-go-tell-later-reason = Pastāstīt pieaugušajam ir labi, bet neej. Nekad netiecies ar kādu, ko pazīsti tikai internetā.

safe-what-to-do-angry-prompt = Tu pateici „nē”. Tagad Kai tev sūta dusmīgas ziņas.
safe-what-to-do-angry-block = Bloķēt Kai un pastāstīt pieaugušajam.
safe-what-to-do-angry-block-reason = Jā. Tev nav jāatbild. Bloķē Kai un lūdz palīdzību pieaugušajam, kam uzticies.
safe-what-to-do-angry-sorry = Atvainoties un darīt to, ko Kai grib.
safe-what-to-do-angry-sorry-reason = Tu neizdarīji neko sliktu. Pateikt „nē” bija pareizi.
safe-what-to-do-angry-argue = Turpināt atbildēt, līdz Kai atvainojas.
safe-what-to-do-angry-argue-reason = Strīdēšanās liek Kai turpināt ar tevi runāt. Labāk beidz atbildēt.

## Level 3: block and report (sort)

level-safe-block-report-title = Bloķē un ziņo
level-safe-block-report-instruction = Kāds internetā liek tev justies slikti. Vai katra doma ir laba vai nav?
level-safe-block-report-learned = Saglabā ziņas, bloķē šo cilvēku, ziņo par viņu lietotnē un pastāsti pieaugušajam, kam uzticies.
level-safe-block-report-hint-1 = Kuras domas padara lietas labākas un kuras – sliktākas?
level-safe-block-report-hint-2 = Saglabā pierādījumus, aptur ziņas un lūdz palīdzību.
level-safe-block-report-hint-3 = Izdzēst sarunu nav laba doma: pierādījumi pazustu.

safe-block-report-screenshot = Uzņemt ziņu ekrānuzņēmumus
safe-block-report-screenshot-reason = Ekrānuzņēmumi ir pierādījumi. Uzņem tos pirms bloķēšanas, ja nu saruna pazūd.
safe-block-report-delete = Izdzēst visu sarunu, lai neviens to neredz
safe-block-report-delete-reason = Tad pierādījumi ir pazuduši. Saglabā ziņas, lai pieaugušais varētu palīdzēt.
safe-block-report-block = Bloķēt šo cilvēku
safe-block-report-block-reason = Bloķēšana neļauj viņam sūtīt tev ziņas.
safe-block-report-reply-mean = Aizsūtīt atpakaļ ļaunu ziņu
safe-block-report-reply-mean-reason = Tas var padarīt visu sliktāku. Neatbildi vispār.
safe-block-report-report = Ziņot par profilu lietotnē
safe-block-report-report-reason = Lietotnes komanda pārbauda ziņojumus un var apturēt kontu.
safe-block-report-unblock = Atbloķēt, lai redzētu, vai viņš nožēlo
safe-block-report-unblock-reason = Tad viņš atkal var tev rakstīt. Atstāj viņu bloķētu.
safe-block-report-tell = Pastāstīt pieaugušajam, kam uzticies, kas notika
safe-block-report-tell-reason = Pieaugušais, kam uzticies, var palīdzēt tev ziņot un justies labāk.

## Level 4: the login code (pick_reply)

level-safe-login-code-title = Slepenais pieslēgšanās kods
level-safe-login-code-instruction = Katru reizi izvēlies labāko atbildi.
level-safe-login-code-learned = Pieslēgšanās kods ir tikai tev. Nekad nedod to nevienam, pat draugam vai „atbalstam”.
level-safe-login-code-hint-1 = Kam vajag kodu, kas atnāk uz tavu tālruni?
level-safe-login-code-hint-2 = Kods ir otra slēdzene tavam kontam. Tas darbojas kā atslēga.
level-safe-login-code-hint-3 = Īstas atbalsta komandas nekad neprasa tavu kodu.

safe-login-code-why-prompt = Pēc paroles lietotne sūta kodu uz tavu tālruni. Kāpēc?
safe-login-code-why-ads = Jo lietotne grib tavu numuru reklāmām.
safe-login-code-why-ads-reason = Nē. Kods ir tāpēc, lai tavs konts būtu drošībā.
safe-login-code-why-second-lock = Otra slēdzene: tikt iekšā varu tikai es.
safe-login-code-why-second-lock-reason = Jā. Tā ir divpakāpju pieslēgšanās. Zaglim ar tavu paroli joprojām vajag kodu.
safe-login-code-why-phone-check = Lai pārbaudītu, vai mans tālrunis vēl strādā.
safe-login-code-why-phone-check-reason = Nē. Kods pierāda, ka pieslēdzies tiešām tu.

safe-login-code-friend-prompt = Ziņa no Annas: „Ups, mans kods aizgāja pie tevis. Vari man to atsūtīt?”
safe-login-code-friend-send = Ātri aizsūtīt. Anna ir mana draudzene, viņai to vajag.
safe-login-code-friend-send-reason = Annas konts varbūt ir uzlauzts. Kods ielaistu svešinieku TAVĀ kontā.
safe-login-code-friend-half = Aizsūtīt tikai koda pirmo pusi.
safe-login-code-friend-half-reason = Arī puse koda palīdz zaglim. Paturi visu kodu pie sevis.
safe-login-code-friend-ask = Nesūtīt. Pajautāt Annai klātienē vai pa tālruni.
safe-login-code-friend-ask-reason = Pareizi. Pārbaudi ar Annu citādā veidā. Visticamāk, tas ir triks.

safe-login-code-support-prompt = Tērzēšanā rakstīts: „Šeit spēles atbalsts. Pasaki mums savu kodu, lai mēs sargātu tavu kontu.”
safe-login-code-support-give = Iedot. Tā ir atbalsta komanda.
safe-login-code-support-give-reason = Īstas atbalsta komandas nekad neprasa tavu kodu. Tas ir triks.
safe-login-code-support-say-no = Teikt „nē”. Atbalstam kods nav vajadzīgs.
safe-login-code-support-say-no-reason = Pareizi. Īstas firmas to saka arī pašas: tās nekad neprasa tavu kodu.
safe-login-code-support-adult-reads = Palūgt pieaugušajam nolasīt viņiem kodu skaļi.
safe-login-code-support-adult-reads-reason = Nevienam nevajadzētu atdot kodu, ne pieaugušajam, ne bērnam. Labāk parādi ziņu pieaugušajam.

## Level 5: where to get help (pick_reply); its learned text names the helpline

level-safe-get-help-title = Kur saņemt palīdzību
level-safe-get-help-instruction = Kaut kas internetā tevi uztrauc. Katru reizi izvēlies labāko atbildi.
level-safe-get-help-learned = Tev vienmēr ir, pie kā vērsties. Runā ar pieaugušo, kam uzticies. { $helpline }
level-safe-get-help-hint-1 = Vai labāk uztraukumu paturēt sevī vai ar to dalīties?
level-safe-get-help-hint-2 = Pieaugušie, kam uzticies, un uzticības tālruņi bērniem uzklausa un palīdz.
level-safe-get-help-hint-3 = 116 111 ir numurs bērniem daudzās valstīs.

safe-get-help-worried-prompt = Tu internetā redzēji kaut ko, kas tevi biedē. Kas palīdz visvairāk?
safe-get-help-worried-keep = Paturēt to pie sevis un mēģināt aizmirst.
safe-get-help-worried-keep-reason = Uztraukums aug, ja to tur sevī. Palīdz, ja kādam pastāsti.
safe-get-help-worried-tell = Pastāstīt pieaugušajam, ko redzēju.
safe-get-help-worried-tell-reason = Jā! Vecāki, cits pieaugušais, kas par tevi rūpējas, vai skolotājs var tev palīdzēt.
safe-get-help-worried-search = Meklēt internetā vairāk par to.
safe-get-help-worried-search-reason = Tu vari atrast vēl baisākas lietas. Vispirms parunā ar kādu.

safe-get-help-nobody-prompt = Tu negribi runāt ne ar vienu, ko pazīsti. Ko tu vari darīt?
safe-get-help-nobody-forum = Pajautāt svešiniekiem forumā, ko darīt.
safe-get-help-nobody-forum-reason = Svešinieki internetā ne vienmēr ir laipni vai zina pareizo atbildi. Uzticības tālrunis ir tam, lai palīdzētu.
safe-get-help-nobody-wait = Pagaidīt, līdz problēma pazūd.
safe-get-help-nobody-wait-reason = Problēmas bieži pašas nepazūd. Lūgt palīdzību ir pilnīgi normāli.
safe-get-help-nobody-helpline = Zvanīt uzticības tālrunim bērniem.
safe-get-help-nobody-helpline-reason = Jā. Uzticības tālruņi bērniem uzklausa bērnus. Tev nav jāsaka savs vārds.

safe-get-help-number-prompt = Uz plakāta skolā ir rakstīts 116 111. Kas ir šis numurs?
safe-get-help-number-helpline = Uzticības tālrunis bērniem daudzviet Eiropā
safe-get-help-number-helpline-reason = Jā. Daudzās Eiropas valstīs 116 111 ir uzticības tālrunis bērniem. Dažās valstīs izmanto citu numuru.
safe-get-help-number-prize = Numurs, kur var laimēt balvas
safe-get-help-number-prize-reason = Nē. Tas ir uzticības tālrunis, kur bērni var runāt par savām raizēm.
safe-get-help-number-adults = Numurs, uz kuru drīkst zvanīt tikai pieaugušie
safe-get-help-number-adults-reason = Nē. Bērni paši var zvanīt uzticības tālrunim bērniem.

## Level 6 (12-14 only): when someone makes threats (pick_reply)

level-safe-threats-title = Kad kāds draud
level-safe-threats-instruction = Kāds draud izplatīt privātu fotogrāfiju. Izvēlies labāko atbildi.
level-safe-threats-learned = Tā nekad nav tava vaina. Nemaksā, pārtrauc atbildēt, saglabā ziņas, pastāsti pieaugušajam, kam uzticies, un ziņo par to.
level-safe-threats-hint-1 = Ko no tevis grib tas, kurš draud?
level-safe-threats-hint-2 = Samaksa vai vēl sūtīšana draudus neaptur. Palīdzības meklēšana aptur.
level-safe-threats-hint-3 = Saglabā sarunu kā pierādījumu, bet pārtrauc atbildēt.

safe-threats-pay-prompt = Interneta draugs raksta: „Samaksā, citādi es izplatīšu privāto bildi, ko tu atsūtīji.”
safe-threats-pay-pay = Ātri samaksāt, lai bilde paliek privāta.
safe-threats-pay-pay-reason = Samaksa viņus neaptur. Parasti viņi prasa vēl.
safe-threats-pay-stop = Pārtraukt atbildēt un pastāstīt pieaugušajam.
safe-threats-pay-stop-reason = Jā. Pārtrauc jebkādu saziņu un lūdz palīdzību. Pieaugušais var palīdzēt tev ziņot.
safe-threats-pay-more = Aizsūtīt vēl vienu bildi, lai viņš nomierinās.
safe-threats-pay-more-reason = Nekad nesūti vēl. Viņi neapstāsies. Labāk lūdz palīdzību.

safe-threats-chat-prompt = Tu jūties briesmīgi un gribi, lai saruna pazūd. Ko tu ar to dari?
safe-threats-chat-delete = Uzreiz izdzēst visu sarunu un savu kontu.
safe-threats-chat-delete-reason = Saruna ir pierādījums. Lietotnei un policijai tā vajadzīga, lai viņus apturētu.
safe-threats-chat-forward = Pārsūtīt sarunu draugiem, lai viņiem pajautātu.
safe-threats-chat-forward-reason = Nepārsūti to. Lai tā paliek starp tevi un pieaugušo, kam uzticies.
safe-threats-chat-keep = Saglabāt sarunu, tad bloķēt un ziņot.
safe-threats-chat-keep-reason = Pareizi. Saglabā ziņas kā pierādījumu, tad bloķē kontu un ziņo par to.

safe-threats-fault-prompt = Tu domā: „Tā ir mana vaina. Es nevienam nevaru pastāstīt.” Kas ir patiesība?
safe-threats-fault-my-fault = Tā ir mana vaina, tāpēc man jātiek galā vienatnē.
safe-threats-fault-my-fault-reason = Nē. Ļaunu dara tas, kurš draud, nevis tu.
safe-threats-fault-never = Tā nekad nav mana vaina, un palīdzība ir.
safe-threats-fault-never-reason = Jā. Tevi apmānīja. Pieaugušie un uzticības tālruņi palīdz, nevainojot tevi.
safe-threats-fault-later = Pastāstīt pieaugušajam tikai tad, ja kļūst sliktāk.
safe-threats-fault-later-reason = Pastāsti tagad. Jo ātrāk saņemsi palīdzību, jo ātrāk tas beigsies.

safe-threats-online-prompt = Tu uztraucies, ka bilde jau ir internetā. Kas var palīdzēt?
safe-threats-online-take-it-down = Rīks, piemēram, Take It Down, kopā ar pieaugušo.
safe-threats-online-take-it-down-reason = Take It Down palīdz noņemt bildes, kas uzņemtas, pirms tev palika 18, no jebkuras valsts.
safe-threats-online-search = Katru dienu meklēt bildi, lai pārbaudītu.
safe-threats-online-search-reason = No tā tev būs tikai sliktāk. Ļauj pieaugušajam un rīkam darīt šo darbu.
safe-threats-online-nothing = Nekas nevar palīdzēt, kad bilde jau ir internetā.
safe-threats-online-nothing-reason = Nav taisnība. Bildes bieži var noņemt. Palīdzība ir vienmēr.

## Level 7 (12-14 only): a private photo of someone else (sort)

level-safe-not-yours-title = Bilde, kas nav tava
level-safe-not-yours-instruction = Sarunā izplata kāda klasesbiedra privātu bildi. Laba doma vai nē?
level-safe-not-yours-learned = Nekad neglabā un nepārsūti kāda cita privātu bildi. Pastāsti pieaugušajam, kam uzticies, un ziņo par to.
level-safe-not-yours-hint-1 = Kā tu justos, ja tā būtu tava bilde?
level-safe-not-yours-hint-2 = Katra dalīšanās atkal sāpina cilvēku bildē.
level-safe-not-yours-hint-3 = Sūtīt to tālāk nekad nav laba doma, pat lai lūgtu palīdzību.

safe-not-yours-forward = Pārsūtīt to vienam draugam
safe-not-yours-forward-reason = Katra dalīšanās cilvēku sāpina vēl vairāk. Daudzās valstīs tas ir arī pretlikumīgi.
safe-not-yours-tell = Pastāstīt par to pieaugušajam, kam uzticos
safe-not-yours-tell-reason = Jā. Pieaugušais var palīdzēt apturēt izplatīšanu, tev to nesūtot.
safe-not-yours-save = Saglabāt to savā tālrunī
safe-not-yours-save-reason = Neglabā to. Šādai bildei nav vietas tavā tālrunī.
safe-not-yours-report = Ziņot par ierakstu lietotnē
safe-not-yours-report-reason = Lietotne var to noņemt. Cilvēkam bildē tieši tas ir vajadzīgs.
safe-not-yours-ask-friend = Aizsūtīt to draugam, lai pajautātu, ko darīt
safe-not-yours-ask-friend-reason = Nesūti to nevienam, pat lai saņemtu palīdzību. Labāk izstāsti, kas notika.
safe-not-yours-kind = Izturēties laipni pret cilvēku bildē
safe-not-yours-kind-reason = Viņš vai viņa var justies briesmīgi. Tā nav viņa vai viņas vaina.
safe-not-yours-laugh = Smieties līdzi, lai iederētos
safe-not-yours-laugh-reason = Smiekli sāpina vēl vairāk. Tieši tu vari to apturēt.
