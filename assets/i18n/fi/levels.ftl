world-share-safe = Jaa turvallisesti

level-share-or-keep-title = Jaanko vai pidänkö?
level-share-or-keep-instruction = Voiko tämän jakaa netissä, vai kannattaako se pitää omana tietona?
level-share-or-keep-learned = Asioita, joista pidät, jopa lemmikkisi nimen, voi jakaa. Se, mistä sinut löytää, ja salasanasi ovat yksityisiä.
level-share-or-keep-hint-1 = Kysy itseltäsi: voisiko vieras ihminen tämän avulla löytää minut tai päästä tililleni?
level-share-or-keep-hint-2 = Asioita, joista pidät, voi jakaa. Se, mikä kertoo, mistä sinut löytää, tai avaa tilisi, on yksityistä.
level-share-or-keep-hint-3 = Lemmikkisi nimen voi jakaa, mutta sitä ei saa koskaan käyttää salasanana. Kotiosoitteesi on yksityinen.

card-favourite-colour = Lempivärisi
reason-favourite-colour = Moni pitää samasta väristä, joten se ei kerro, kuka tai missä olet.
card-home-address = Kotiosoitteesi
reason-home-address = Vieras ihminen voisi sen avulla selvittää, missä asut.
card-favourite-game = Lempipelisi
reason-favourite-game = Peleistä puhuminen on hauskaa, eikä se kerro kenellekään, missä olet.
card-password = Salasanasi
reason-password = Salasana on avain. Sen saavat tietää vain sinä ja vanhempasi tai huoltajasi.
card-pet-name = Lemmikkisi nimi
reason-pet-name = Sen voi jakaa. Älä vain koskaan käytä sitä salasanana: sen tietävät voisivat arvata sen.
card-favourite-animal = Lempieläimesi
reason-favourite-animal = Sitä on kiva jakaa, eikä se kerro mitään siitä, missä asut.
card-school-name = Koulusi nimi
reason-school-name = Se kertoo muille, mistä sinut löytää joka päivä.
