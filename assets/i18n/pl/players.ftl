# Players on a shared tablet. A nickname is an adjective and an animal; the adjective agrees
# with the animal's .gender.

players-title = Kto gra?
players-empty = Dotknij „Nowy gracz”, aby zacząć.
players-previous = Poprzedni gracze
players-next = Więcej graczy
players-page = Strona { $page } z { $pages }
player-new = Nowy gracz
grown-ups = Dorośli

nickname = { $adjective } { $animal }

player-new-title = Nowy gracz
player-edit-title = Moja nazwa i obrazek
player-done = Gotowe
player-preview = To ty: { $name }
pick-picture = Wybierz obrazek
pick-colour = Wybierz kolor
pick-adjective = Wybierz słowo
pick-animal = Wybierz zwierzę
nickname-surprise = Zaskocz mnie

adj-brave = { $gender ->
    [masculine] Dzielny
    [feminine] Dzielna
   *[neuter] Dzielne
}
adj-bright = { $gender ->
    [masculine] Promienny
    [feminine] Promienna
   *[neuter] Promienne
}
adj-calm = { $gender ->
    [masculine] Spokojny
    [feminine] Spokojna
   *[neuter] Spokojne
}
adj-clever = { $gender ->
    [masculine] Sprytny
    [feminine] Sprytna
   *[neuter] Sprytne
}
adj-cheerful = { $gender ->
    [masculine] Wesoły
    [feminine] Wesoła
   *[neuter] Wesołe
}
adj-gentle = { $gender ->
    [masculine] Łagodny
    [feminine] Łagodna
   *[neuter] Łagodne
}
adj-happy = { $gender ->
    [masculine] Radosny
    [feminine] Radosna
   *[neuter] Radosne
}
adj-kind = { $gender ->
    [masculine] Miły
    [feminine] Miła
   *[neuter] Miłe
}
adj-lucky = { $gender ->
    [masculine] Szczęśliwy
    [feminine] Szczęśliwa
   *[neuter] Szczęśliwe
}
adj-quick = { $gender ->
    [masculine] Szybki
    [feminine] Szybka
   *[neuter] Szybkie
}
adj-sunny = { $gender ->
    [masculine] Słoneczny
    [feminine] Słoneczna
   *[neuter] Słoneczne
}
adj-wise = { $gender ->
    [masculine] Mądry
    [feminine] Mądra
   *[neuter] Mądre
}

animal-bear = Niedźwiedź
    .gender = masculine
animal-cat = Kot
    .gender = masculine
animal-dolphin = Delfin
    .gender = masculine
animal-eagle = Orzeł
    .gender = masculine
animal-fox = Lis
    .gender = masculine
animal-frog = Żaba
    .gender = feminine
animal-lion = Lew
    .gender = masculine
animal-owl = Sowa
    .gender = feminine
animal-panda = Panda
    .gender = feminine
animal-rabbit = Królik
    .gender = masculine
animal-tiger = Tygrys
    .gender = masculine
animal-turtle = Żółw
    .gender = masculine

picture-sun = Słońce
picture-moon = Księżyc
picture-star = Gwiazda
picture-heart = Serce
picture-tree = Drzewo
picture-flower = Kwiat
picture-fish = Ryba
picture-house = Dom
picture-rocket = Rakieta
picture-crown = Korona
picture-leaf = Liść
picture-boat = Łódka

avatar-colour-red = Czerwony
avatar-colour-orange = Pomarańczowy
avatar-colour-yellow = Żółty
avatar-colour-green = Zielony
avatar-colour-teal = Turkusowy
avatar-colour-blue = Niebieski
avatar-colour-purple = Fioletowy
avatar-colour-pink = Różowy

profile-error-full = Ten tablet jest pełny. Osoba dorosła może przenieść graczy na inny tablet.
profile-error-name-taken = Inny gracz ma już tę nazwę. Wybierz inne słowa.
profile-error-other = Nie udało się. Spróbuj jeszcze raz.

secret-open-title = Dotknij swoich 3 obrazków
secret-set-title = Wybierz 3 obrazki do swojego hasła
secret-confirm-title = Dotknij jeszcze raz tych samych 3 obrazków
secret-progress = { $count } z { $total } { $total ->
        [one] obrazka
        [few] obrazków
        [many] obrazków
       *[other] obrazka
    }
secret-wrong = Nie całkiem. Spróbuj jeszcze raz.
secret-ask-grown-up = Nie całkiem. Jeśli nie pamiętasz obrazków, poproś nauczyciela, żeby je zresetował.
secret-mismatch = To były inne obrazki. Zacznij od nowa.
secret-skip = Bez hasła
secret-remove = Usuń moje hasło

player-age-title = Ile masz lat?
player-age-older = Masz więcej niż 12 lat? Wybierz 10–12. Osoba dorosła może to zmienić.

title-hello = Cześć, { $name }!
title-change-player = Zmień gracza
title-edit-me = Moja nazwa i obrazek
title-password = Hasło z obrazków
title-save-file = Zapisz moje gwiazdki w pliku
save-to-file = Zapisz w pliku

gate-title = Dla dorosłych
gate-question = Ile to jest { $a } × { $b }?
gate-typed = Odpowiedź: { $typed }
gate-wrong = To nie jest dobra odpowiedź. Oto nowe pytanie.
gate-delete = Usuń cyfrę
gate-ok = OK

adults-title = Gracze na tym tablecie
adults-save-all = Zapisz wszystkich graczy w pliku
adults-bring = Wczytaj graczy z pliku
adults-clear = Wyczyść ten tablet
adults-clear-confirm = { $count ->
        [one] Dotknij jeszcze raz, aby usunąć jedynego gracza
        [few] Dotknij jeszcze raz, aby usunąć wszystkich { $count } graczy
        [many] Dotknij jeszcze raz, aby usunąć wszystkich { $count } graczy
       *[other] Dotknij jeszcze raz, aby usunąć wszystkich graczy ({ $count })
    }
adults-cleared = Ten tablet jest teraz pusty.
adults-player = { $stars ->
        [one] { $name }: jedna gwiazdka
        [few] { $name }: { $stars } gwiazdki
        [many] { $name }: { $stars } gwiazdek
       *[other] { $name }: { $stars } gwiazdki
    }
adults-save-one = Zapisz gracza { $name } w pliku
adults-reset-secret = Zresetuj hasło z obrazków gracza { $name }
adults-secret-reset = { $name } nie ma już hasła z obrazków.
adults-delete = Usuń gracza { $name }
adults-delete-confirm = Dotknij jeszcze raz, aby usunąć gracza { $name }
adults-deleted = Usunięto gracza { $name }.
adults-saved = { $count ->
    [one] Zapisano jednego gracza w pliku. Otwórz go na drugim tablecie przyciskiem „Wczytaj graczy z pliku”.
    [few] Zapisano { $count } graczy w pliku. Otwórz go na drugim tablecie przyciskiem „Wczytaj graczy z pliku”.
    [many] Zapisano { $count } graczy w pliku. Otwórz go na drugim tablecie przyciskiem „Wczytaj graczy z pliku”.
   *[other] Zapisano graczy w pliku ({ $count }). Otwórz go na drugim tablecie przyciskiem „Wczytaj graczy z pliku”.
}
adults-save-failed = Nie udało się zapisać pliku.
adults-include-secrets = Dołącz hasła z obrazków do pliku
adults-secrets-left-out = Nowe pliki nie zawierają haseł z obrazków; hasło, które już jest na drugim tablecie, zostaje.
adults-secrets-included = Nowe pliki zawierają hasła z obrazków: każdy, kto otworzy plik, może je odczytać.
adults-help = Przenoszenie uczniów: zapisz ich tutaj w pliku, skopiuj plik na drugi tablet i tam go wczytaj. Gracze, którzy już są na tamtym tablecie, zachowują wszystkie gwiazdki.
adults-help-insecure = Ta strona nie jest udostępniana przez HTTPS, więc nie działa offline i nie można jej dodać do ekranu głównego. Wszystko inne działa. Plik README wyjaśnia, jak to zmienić.
adults-voices-open = Czytanie na głos
adults-voices-some = Ten tablet umie czytać na głos w językach: { $languages }
adults-voices-none = Ten tablet nie umie jeszcze czytać na głos w żadnym języku gry.
adults-voices-help = Jak dodać głos na tablecie z Androidem: otwórz Ustawienia, znajdź „Zamiana tekstu na mowę”, otwórz ustawienia preferowanego mechanizmu i zainstaluj dane głosowe wybranego języka. Potem otwórz grę ponownie. Na głos czytają tylko głosy zapisane na tablecie, więc nic nie jest nigdzie wysyłane do odczytania.
adults-band = Grupa wiekowa gracza { $name }: { $band }
adults-band-unset = Wiek nie wybrany
adults-band-changed = { $name }: teraz { $band }.
adults-band-help = Dotknij grupy wiekowej gracza, aby ją zmienić. Gracz widzi najpierw poziomy tej grupy. Uczniowie sami wybierają 7–9 albo 10–12 na początku; tylko osoba dorosła może wybrać 12–14, grupę z tematami dla starszych uczniów. „Wiek nie wybrany” liczy się jak 7–9.

import-done = Gotowe: { $added ->
        [one] jeden nowy gracz
        [few] { $added } nowi gracze
        [many] { $added } nowych graczy
       *[other] nowi gracze: { $added }
    }, zaktualizowano: { $updated }{ $refused ->
        [0] .
       *[other] , nie udało się wczytać: { $refused } (tablet jest pełny albo nowsza wersja Byte Bridge przechowuje ich tutaj).
    }{ $renamed ->
        [0] {""}
        [one] {" "}Jeden gracz dostał nową nazwę w grze, bo jego nazwa była tu już zajęta.
        [few] {" "}{ $renamed } gracze dostali nowe nazwy w grze, bo ich nazwy były tu już zajęte.
        [many] {" "}{ $renamed } graczy dostało nowe nazwy w grze, bo ich nazwy były tu już zajęte.
       *[other] {" "}Nowe nazwy w grze dostali gracze ({ $renamed }), bo ich nazwy były tu już zajęte.
    }
import-error-too-large = Ten plik jest za duży jak na plik z graczami.
import-error-not-ours = To nie jest plik z graczami Byte Bridge.
import-error-newer = Ten plik pochodzi z nowszej wersji Byte Bridge. Najpierw zaktualizuj grę na tym tablecie.
import-error-damaged = Ten plik z graczami jest uszkodzony, więc nic nie zmieniono. Zapisz go jeszcze raz na drugim tablecie.
import-error-over-limits = Gracz w tym pliku ma więcej, niż Byte Bridge kiedykolwiek przechowuje (za długie programy, za dużo prób lub poziomów), sam albo razem z tym samym graczem na tym tablecie. Nic nie zmieniono.
import-error-unreadable = Nie udało się odczytać pliku. Spróbuj jeszcze raz.

offline-needs-https = Ta strona nie jest udostępniana przez HTTPS, więc nie zadziała bez internetu.
update-reload = Nowa wersja gotowa: dotknij, aby ją uruchomić
save-file-failed = Nie udało się zapisać pliku. Spróbuj jeszcze raz.
