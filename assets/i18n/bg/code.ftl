# The program as text ("Show as code"). Python's own words (def, for, in, range, while, not,
# if, else, pass) stay English; the names below are Python identifiers.

## Names in the code
code-forward = напред
code-turn-left = завий_наляво
code-turn-right = завий_надясно
code-light = запали
code-path-ahead = свободно_отпред
code-path-left = свободно_отляво
code-path-right = свободно_отдясно
code-on-red = на_червено
code-on-blue = на_синьо
code-on-green = на_зелено
code-done = готово
code-main = основна_програма
code-p1 = помощник_1
code-p2 = помощник_2
code-count = брояч
code-when-on-lamp = когато_на_лампа
code-when-on-red = когато_на_червено
code-when-on-blue = когато_на_синьо
code-when-on-green = когато_на_зелено

## The code view beside the tiles
code-show = Покажи като код
code-hide = Скрий кода
code-title = Твоята програма като код
code-empty = Добави блокчета и кодът им ще се появи тук.
code-line = { $indent ->
        [0] Ред { $number }: { $code }
       *[other] Ред { $number }, отместване { $indent }: { $code }
    }
