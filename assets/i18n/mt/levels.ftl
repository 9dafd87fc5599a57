# Id-dinjiet u l-livelli tal-litteriżmu diġitali (dawk tal-ikkowdjar huma f’coding-levels.ftl).

world-share-safe = Aqsam bis-Sigurtà

level-share-or-keep-title = Taqsam jew iżżomm?
level-share-or-keep-instruction = Jista’ jinqasam online, jew aħjar iżżommu privat?
level-share-or-keep-learned = L-affarijiet li tħobb, anke l-isem tal-annimal domestiku tiegħek, tista’ taqsamhom. Fejn isibuk u l-passwords tiegħek jibqgħu privati.
level-share-or-keep-hint-1 = Staqsi lilek innifsek: barrani jista’ jużah biex isibni jew jidħol fl-account tiegħi?
level-share-or-keep-hint-2 = L-affarijiet li tħobb tista’ taqsamhom. Dak li juri fejn isibuk, jew jiftaħ l-accounts tiegħek, jibqa’ privat.
level-share-or-keep-hint-3 = Kif jismu l-annimal domestiku tista’ tgħidu, imma qatt bħala password. L-indirizz ta’ darek jibqa’ privat.

card-favourite-colour = Il-kulur favorit tiegħek
reason-favourite-colour = Ħafna nies iħobbu l-istess kulur, għalhekk ma juri la min int u lanqas fejn int.
card-home-address = L-indirizz ta’ darek
reason-home-address = Barrani jista’ jużah biex isib fejn toqgħod.
card-favourite-game = Il-logħba favorita tiegħek
reason-favourite-game = Li titkellem dwar logħob li tħobb huwa divertenti u ma jgħid lil ħadd fejn int.
card-password = Il-password tiegħek
reason-password = Password hija ċavetta. Int biss u l-ġenitur tiegħek jew min jieħu ħsiebek għandkom tkunu tafuha.
card-pet-name = L-isem tal-annimal tiegħek
reason-pet-name = Tista’ taqsmu. Biss qatt tużah bħala password: min jafu jista’ jaqtagħha.
card-favourite-animal = L-annimal favorit tiegħek
reason-favourite-animal = Divertenti taqsmu u ma jgħid xejn dwar fejn toqgħod.
card-school-name = L-isem tal-iskola tiegħek
reason-school-name = Jgħid lin-nies fejn isibuk kuljum.
