# Today's mission (levels chosen by the teacher) and "Send to my teacher".

## A class link that cannot be used
mission-link-damaged = Ten link klasy jest uszkodzony. Poproś nauczyciela o link jeszcze raz.
mission-link-newer = Ten link klasy pochodzi z nowszej wersji Byte Bridge. Poproś nauczyciela o pomoc w aktualizacji gry.
mission-link-no-levels = W tym linku klasy nie ma poziomów, które ta gra zna. Poproś nauczyciela o pomoc w aktualizacji gry.
mission-stored-unreadable = Nie udało się odczytać dzisiejszej misji na tym tablecie. Poproś nauczyciela o link jeszcze raz.

## The player's home and the map
mission-title = Dzisiejsza misja: { $class }
mission-level = { $title }, { $status }
mission-previous = Poprzednie poziomy
mission-next = Więcej poziomów
mission-map-locked = Nauczyciel wybrał dzisiejsze poziomy.
mission-locked-hint = Tego poziomu nie ma w dzisiejszej misji.

## Grown-ups
mission-remove = Usuń dzisiejszą misję ({ $class })
mission-removed = Dzisiejsza misja została usunięta z tego tabletu.

## Send to my teacher
send-to-teacher = Wyślij nauczycielowi
send-for-class = Twoje gwiazdki dla klasy { $class }
send-no-class = Twoje gwiazdki na tym tablecie
send-save = Zapisz plik
send-share = Udostępnij
send-show-code = Pokaż kod QR
send-saved = Plik jest zapisany. Przekaż go nauczycielowi.
send-code-caption = Pokaż ten kod do aparatu nauczyciela
send-code-image = Kod QR z twoimi gwiazdkami dla nauczyciela
send-code-failed = Nie udało się utworzyć kodu. Zapisz plik.

## Na platformie edukacyjnej szkoły (Kolibri, system LMS): graczem jest osoba ucząca się na platformie.
# Wyświetlane, gdy gra nie może połączyć się z platformą szkoły (brak API SCORM, nieudane uruchomienie przez cmi5, brak mostu do Kolibri).
package-unreachable = Gra nie mogła połączyć się z platformą edukacyjną twojej szkoły. Możesz grać, a twoje gwiazdki zostaną na tym urządzeniu.
# Wyświetlane, gdy nie udało się odczytać postępów, które platforma zapisała dla ucznia.
package-saved-unreadable = Nie udało się odczytać twoich gwiazdek z innego urządzenia. Możesz grać dalej od tego miejsca.
mission-link-made-refused = Jeden z poziomów od nauczyciela w tym linku klasy jest uszkodzony albo został zmieniony, więc link nie zadziałał. Poproś nauczyciela o link jeszcze raz.
made-world-title = Od nauczyciela
made-by-teacher = Od twojego nauczyciela
made-by-teacher-in = Od twojego nauczyciela, język: { $language }
mission-level-made = { $made }, { $status }
mission-file-taken = Dzisiejsza misja dla klasy { $class } jest teraz na tym tablecie.
