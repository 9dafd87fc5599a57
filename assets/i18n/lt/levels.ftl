# Skaitmeninio raštingumo pasauliai ir lygiai (programavimo lygiai – coding-levels.ftl).

world-share-safe = Dalinkis saugiai

level-share-or-keep-title = Dalintis ar pasilikti?
level-share-or-keep-instruction = Ar galima tuo dalintis internete, ar geriau laikyti paslaptyje?
level-share-or-keep-learned = Tuo, kas tau patinka, net savo augintinio vardu, dalintis galima. Kur tave rasti ir tavo slaptažodžiai lieka privatūs.
level-share-or-keep-hint-1 = Paklausk savęs: ar nepažįstamasis galėtų tuo pasinaudoti, kad mane rastų ar patektų į mano paskyrą?
level-share-or-keep-hint-2 = Tuo, kas tau patinka, dalintis galima. Tai, kas rodo, kur tave rasti, ar atveria tavo paskyras, lieka privatu.
level-share-or-keep-hint-3 = Augintinio vardą pasakyti gali, bet niekada nenaudok jo kaip slaptažodžio. Namų adresas lieka privatus.

card-favourite-colour = Mėgstamiausia spalva
reason-favourite-colour = Tą pačią spalvą mėgsta daug žmonių, todėl ji neparodo, kas tu ar kur esi.
card-home-address = Tavo namų adresas
reason-home-address = Nepažįstamasis galėtų juo pasinaudoti ir sužinoti, kur gyveni.
card-favourite-game = Mėgstamiausias žaidimas
reason-favourite-game = Kalbėti apie mėgstamus žaidimus smagu, ir niekas nesužino, kur esi.
card-password = Tavo slaptažodis
reason-password = Slaptažodis – tai raktas. Jį turėtų žinoti tik tu ir tavo tėvai ar kiti tave prižiūrintys suaugusieji.
card-pet-name = Tavo augintinio vardas
reason-pet-name = Juo dalintis galima. Tik niekada nenaudok jo kaip slaptažodžio: jį žinantys žmonės galėtų atspėti.
card-favourite-animal = Mėgstamiausias gyvūnas
reason-favourite-animal = Tuo dalintis smagu, ir tai nieko nepasako apie tai, kur gyveni.
card-school-name = Tavo mokyklos pavadinimas
reason-school-name = Jis pasako žmonėms, kur tave rasti kiekvieną dieną.
