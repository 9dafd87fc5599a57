# The digital-literacy worlds and levels (the coding ones are in coding-levels.ftl).

world-share-safe = Bezpieczne dzielenie się

level-share-or-keep-title = Pokazać czy zachować?
level-share-or-keep-instruction = Czy to można pokazać w sieci, czy lepiej zachować dla siebie?
level-share-or-keep-learned = Tym, co lubisz, nawet imieniem zwierzaka, można się dzielić. To, gdzie cię znaleźć, i twoje hasła zostają prywatne.
level-share-or-keep-hint-1 = Zapytaj siebie: czy obca osoba mogłaby dzięki temu mnie znaleźć albo wejść na moje konto?
level-share-or-keep-hint-2 = Tym, co lubisz, możesz się dzielić. To, co pokazuje, gdzie cię znaleźć, albo otwiera twoje konta, zostaje prywatne.
level-share-or-keep-hint-3 = Imię zwierzaka możesz pokazać, ale nigdy jako hasło. Adres domowy zostaje prywatny.

card-favourite-colour = Twój ulubiony kolor
reason-favourite-colour = Wiele osób lubi ten sam kolor, więc nie pokazuje on, kim jesteś ani gdzie jesteś.
card-home-address = Twój adres domowy
reason-home-address = Obca osoba mogłaby dzięki niemu znaleźć miejsce, gdzie mieszkasz.
card-favourite-game = Twoja ulubiona gra
reason-favourite-game = Rozmowa o grach, które lubisz, jest fajna i nikomu nie mówi, gdzie jesteś.
card-password = Twoje hasło
reason-password = Hasło jest jak klucz. Znasz je tylko ty i twój rodzic lub opiekun.
card-pet-name = Imię twojego zwierzaka
reason-pet-name = Możesz je pokazać. Tylko nigdy nie używaj go jako hasła: ci, którzy je znają, mogliby je zgadnąć.
card-favourite-animal = Twoje ulubione zwierzę
reason-favourite-animal = Fajnie o tym opowiedzieć, a nic to nie mówi o tym, gdzie mieszkasz.
card-school-name = Nazwa twojej szkoły
reason-school-name = Mówi innym, gdzie cię znaleźć każdego dnia.
