# The digital-literacy worlds and levels (the coding ones are in coding-levels.ftl).

world-share-safe = Veilig Delen

level-share-or-keep-title = Delen of houden?
level-share-or-keep-instruction = Mag je dit online delen, of houd je het beter privé?
level-share-or-keep-learned = Dingen die je leuk vindt, zelfs de naam van je huisdier, mag je delen. Waar je te vinden bent en je wachtwoorden blijven privé.
level-share-or-keep-hint-1 = Vraag jezelf: kan een vreemde hiermee mij vinden of in mijn account komen?
level-share-or-keep-hint-2 = Dingen die je leuk vindt, mag je delen. Wat laat zien waar je bent, of je accounts opent, blijft privé.
level-share-or-keep-hint-3 = Hoe je huisdier heet, mag je delen, maar gebruik het nooit als wachtwoord. Je huisadres blijft privé.

card-favourite-colour = Je lievelingskleur
reason-favourite-colour = Veel mensen houden van dezelfde kleur. Hij verraadt dus niet wie of waar je bent.
card-home-address = Je huisadres
reason-home-address = Een vreemde kan ermee ontdekken waar je woont.
card-favourite-game = Je lievelingsspel
reason-favourite-game = Praten over spellen die je leuk vindt is leuk en vertelt niemand waar je bent.
card-password = Je wachtwoord
reason-password = Een wachtwoord is een sleutel. Alleen jij en je ouder of verzorger horen het te weten.
card-pet-name = De naam van je huisdier
reason-pet-name = Die mag je delen. Gebruik hem alleen nooit als wachtwoord: wie de naam kent, kan hem raden.
card-favourite-animal = Je lievelingsdier
reason-favourite-animal = Leuk om te delen, en het zegt niets over waar je woont.
card-school-name = De naam van je school
reason-school-name = Die vertelt mensen waar ze je elke dag kunnen vinden.
