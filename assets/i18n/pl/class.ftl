# Messages the teacher page's Rust side gives. The page's own labels are in teacher.ftl.

## DigComp 2.2 competences
digcomp-1-1 = Przeglądanie, wyszukiwanie i filtrowanie danych, informacji i treści cyfrowych
digcomp-1-2 = Ocena danych, informacji i treści cyfrowych
digcomp-1-3 = Zarządzanie danymi, informacjami i treściami cyfrowymi
digcomp-2-5 = Netykieta
digcomp-2-6 = Zarządzanie tożsamością cyfrową
digcomp-3-4 = Programowanie
digcomp-4-1 = Ochrona urządzeń
digcomp-4-2 = Ochrona danych osobowych i prywatności
digcomp-4-3 = Ochrona zdrowia i dobrostanu
digcomp-5-1 = Rozwiązywanie problemów technicznych

## DigComp 3.0 competences
digcomp3-1-1 = Przeglądanie, wyszukiwanie i filtrowanie informacji
digcomp3-1-2 = Ocena informacji
digcomp3-1-3 = Zarządzanie informacjami
digcomp3-2-1 = Interakcje za pomocą technologii cyfrowych i z nimi
digcomp3-2-2 = Udostępnianie za pomocą technologii cyfrowych
digcomp3-2-3 = Aktywność obywatelska za pomocą technologii cyfrowych
digcomp3-2-4 = Współpraca za pomocą technologii cyfrowych
digcomp3-2-5 = Zachowanie w środowisku cyfrowym
digcomp3-2-6 = Zarządzanie tożsamością cyfrową
digcomp3-3-1 = Tworzenie treści cyfrowych
digcomp3-3-2 = Integrowanie i przetwarzanie treści cyfrowych
digcomp3-3-3 = Prawa autorskie i licencje
digcomp3-3-4 = Myślenie komputacyjne i programowanie
digcomp3-4-1 = Ochrona urządzeń
digcomp3-4-2 = Ochrona danych osobowych i prywatności
digcomp3-4-3 = Wspieranie dobrostanu
digcomp3-4-4 = Wpływ technologii cyfrowych na środowisko
digcomp3-5-1 = Rozpoznawanie i rozwiązywanie problemów technicznych
digcomp3-5-2 = Rozpoznawanie potrzeb i odpowiedzi technologicznych
digcomp3-5-3 = Kreatywne rozwiązania z użyciem technologii cyfrowych
digcomp3-5-4 = Rozpoznawanie i uzupełnianie luk w kompetencjach cyfrowych

## Stored class data
class-load-damaged = Nie udało się odczytać danych klasy zapisanych w tej przeglądarce. Zostały odłożone na bok, a strona zaczyna od zera.
class-load-newer = Dane klasy w tej przeglądarce zapisała nowsza wersja Byte Bridge. Ta strona zostawia je bez zmian i zaczyna od zera: nic, co zostanie tu teraz zrobione, nie zostanie zachowane. Aby zobaczyć klasę, proszę otworzyć nowszą stronę dla nauczycieli.

## Making an assignment
class-assign-failed = Nie udało się utworzyć przydziału. Proszę spróbować ponownie.
class-assign-no-levels = Proszę wybrać co najmniej jeden poziom.
class-assign-no-random = Ta przeglądarka nie może utworzyć bezpiecznego klucza klasy, więc link nie powstał. Proszę otworzyć tę stronę w aktualnej przeglądarce.
class-assign-too-many = Na jeden link można wybrać najwyżej { $max } { $max ->
        [one] poziom
        [few] poziomy
        [many] poziomów
       *[other] poziomu
    }.
class-assign-no-name = Proszę nadać klasie nazwę, na przykład „4B”.

## Bringing in files and codes
class-imported = { $nickname }: { $count ->
    [0] nic nowego (już jest tutaj).
    [one] 1 nowa próba.
    [few] { $count } nowe próby.
    [many] { $count } nowych prób.
   *[other] nowe próby: { $count }.
}
class-imported-altered = { $nickname }: ten plik został zmieniony po zapisaniu przez grę albo nie ma podpisu swojej klasy. Nic z niego nie zostało policzone.
class-import-too-large = Plik { $file } jest za duży jak na plik ucznia, więc nie został odczytany.
class-import-not-ours = Plik { $file } nie pochodzi z Byte Bridge.
class-import-players-file = Plik { $file } to plik z graczami do przenoszenia graczy między tabletami. Na tablecie ucznia należy użyć przycisku „Wyślij nauczycielowi”.
class-import-truncated = Plik { $file } jest ucięty. Proszę poprosić ucznia o ponowne zapisanie.
class-import-newer = Plik { $file } utworzyła nowsza wersja Byte Bridge. Aby go odczytać, proszę otworzyć nowszą stronę dla nauczycieli.
class-import-damaged = Plik { $file } jest uszkodzony i nie da się go odczytać. Proszę poprosić ucznia o ponowne zapisanie.
class-import-over-limits = Plik { $file } zawiera więcej, niż Byte Bridge kiedykolwiek przechowuje dla jednego ucznia (za długie programy, za dużo prób, poziomów lub odpowiedzi), sam albo razem z tym, co ta strona już ma dla tego ucznia. Prawdopodobnie został zrobiony ręcznie. Nic z niego nie zostało wczytane.
class-code-not-ours = Ten kod QR nie pochodzi z Byte Bridge.
class-code-newer = Ten kod QR pochodzi z nowszej wersji Byte Bridge.
class-code-damaged = Nie udało się odczytać całego kodu QR. Proszę spróbować ponownie, trochę bliżej.
class-no-such-pupil = Tego ucznia nie ma już w danych klasy.

## The grid and the summary
class-avatar = { $picture }, { $colour }
class-decimal-separator = ,
class-problem-mistakes = Błędne odpowiedzi po drodze
class-outcome-hit-wall = Robot uderzył w ścianę
class-outcome-left-board = Robot zjechałby z planszy
class-outcome-no-lamp = Próba zapalenia tam, gdzie nie ma lampy
class-outcome-out-of-commands = Program skończył się za wcześnie
class-outcome-step-budget = Program kręcił się w kółko
class-outcome-too-many-calls = Pomocnicy wywoływali się nawzajem za często
class-outcome-finished = Ukończono
class-outcome-other = Nie ukończono

## CSV column headings
class-csv-pupil-id = Identyfikator ucznia
class-csv-nickname = Nazwa w grze
class-csv-note = Prawdziwe imię (notatka nauczyciela)
class-csv-classes = Klasa
class-csv-level-id = Identyfikator poziomu
class-csv-level = Poziom
class-csv-stars = Gwiazdki
class-csv-attempts = Próby
class-csv-seconds = Czas (sekundy)
class-csv-hints = Podpowiedzi
class-csv-finished = Ukończono
class-csv-yes = tak
class-csv-no = nie
