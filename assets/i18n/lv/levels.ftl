# The digital-literacy worlds and levels (the coding ones are in coding-levels.ftl).

world-share-safe = Dalies droši

level-share-or-keep-title = Dalīties vai paturēt?
level-share-or-keep-instruction = Vai ar šo drīkst dalīties internetā, vai labāk to paturēt pie sevis?
level-share-or-keep-learned = Ar to, kas tev patīk, pat ar mājdzīvnieka vārdu, drīkst dalīties. Kur tevi atrast un tavas paroles paliek privātas.
level-share-or-keep-hint-1 = Pajautā sev: vai svešinieks ar to varētu mani atrast vai iekļūt manā kontā?
level-share-or-keep-hint-2 = Ar to, kas tev patīk, drīkst dalīties. Tas, kas parāda, kur tevi atrast, vai atver tavus kontus, paliek privāts.
level-share-or-keep-hint-3 = Ar mājdzīvnieka vārdu drīkst dalīties, bet nekad neizmanto to kā paroli. Tava adrese paliek privāta.

card-favourite-colour = Tava mīļākā krāsa
reason-favourite-colour = Daudziem patīk tā pati krāsa, tāpēc tā neatklāj, kas tu esi vai kur tu esi.
card-home-address = Tava mājas adrese
reason-home-address = Svešinieks ar to varētu uzzināt, kur tu dzīvo.
card-favourite-game = Tava mīļākā spēle
reason-favourite-game = Runāt par spēlēm, kas tev patīk, ir jautri, un tas nevienam neatklāj, kur tu esi.
card-password = Tava parole
reason-password = Parole ir atslēga. To drīkst zināt tikai tu un tavi vecāki vai cits pieaugušais, kas par tevi rūpējas.
card-pet-name = Tava mājdzīvnieka vārds
reason-pet-name = Ar to drīkst dalīties. Tikai nekad neizmanto to kā paroli: kas to zina, varētu to uzminēt.
card-favourite-animal = Tavs mīļākais dzīvnieks
reason-favourite-animal = Ar to ir jautri dalīties, un tas neko nepasaka par to, kur tu dzīvo.
card-school-name = Tavas skolas nosaukums
reason-school-name = Tas pasaka citiem, kur tevi atrast katru dienu.
