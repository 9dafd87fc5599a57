# Messages the teacher page's Rust side gives. The page's own labels are in teacher.ftl.

## DigComp 2.2 competences
digcomp-1-1 = Сърфиране, търсене и филтриране на данни, информация и цифрово съдържание
digcomp-1-2 = Оценяване на данни, информация и цифрово съдържание
digcomp-1-3 = Управление на данни, информация и цифрово съдържание
digcomp-2-5 = Мрежов етикет
digcomp-2-6 = Управление на цифровата идентичност
digcomp-3-4 = Програмиране
digcomp-4-1 = Защита на устройствата
digcomp-4-2 = Защита на личните данни и неприкосновеността
digcomp-4-3 = Защита на здравето и благополучието
digcomp-5-1 = Решаване на технически проблеми

## DigComp 3.0 competences
digcomp3-1-1 = Сърфиране, търсене и филтриране на информация
digcomp3-1-2 = Оценяване на информация
digcomp3-1-3 = Управление на информация
digcomp3-2-1 = Взаимодействие чрез и с цифрови технологии
digcomp3-2-2 = Споделяне чрез цифрови технологии
digcomp3-2-3 = Гражданско участие чрез цифрови технологии
digcomp3-2-4 = Сътрудничество чрез цифрови технологии
digcomp3-2-5 = Поведение в цифрова среда
digcomp3-2-6 = Управление на цифровата идентичност
digcomp3-3-1 = Създаване на цифрово съдържание
digcomp3-3-2 = Интегриране и преработване на цифрово съдържание
digcomp3-3-3 = Авторско право и лицензи
digcomp3-3-4 = Изчислително мислене и програмиране
digcomp3-4-1 = Защита на устройствата
digcomp3-4-2 = Защита на личните данни и неприкосновеността
digcomp3-4-3 = Подкрепа на благополучието
digcomp3-4-4 = Въздействие на цифровите технологии върху околната среда
digcomp3-5-1 = Откриване и решаване на технически проблеми
digcomp3-5-2 = Откриване на нужди и технологични решения
digcomp3-5-3 = Творчески решения с цифрови технологии
digcomp3-5-4 = Откриване и попълване на пропуски в цифровите компетентности

## Stored class data
class-load-damaged = Данните на класа, записани в този браузър, не можаха да бъдат прочетени. Те са оставени настрана и страницата започва празна.
class-load-newer = Данните на класа в този браузър са записани от по-нова версия на Byte Bridge. Тази страница ги оставя непроменени и започва празна: нищо, което направите тук сега, няма да се запази. Отворете по-новата страница за учители, за да видите класа си.

## Making an assignment
class-assign-failed = Задачата не можа да бъде създадена. Моля, опитайте отново.
class-assign-no-levels = Изберете поне едно ниво.
class-assign-no-random = Този браузър не може да създаде сигурен ключ на класа, затова не беше създадена връзка. Моля, отворете тази страница в актуален браузър.
class-assign-too-many = Изберете най-много { $max } { $max ->
        [one] ниво
       *[other] нива
    } за една връзка.
class-assign-no-name = Дайте име на класа, например „4Б“.

## Bringing in files and codes
class-imported = { $nickname }: { $count ->
    [0] нищо ново (вече е тук).
    [one] 1 нов опит.
   *[other] { $count } нови опита.
}
class-imported-altered = { $nickname }: този файл е променен, след като играта го е записала, или няма подписа на своя клас. Нищо от него не е преброено.
class-import-too-large = { $file } е твърде голям за файл на ученик, затова не е прочетен.
class-import-not-ours = { $file } не е файл от Byte Bridge.
class-import-players-file = { $file } е файл с играчи за преместване между таблети. На таблета на ученика използвайте „Изпрати на учителя ми“ вместо това.
class-import-truncated = { $file } е непълен. Помолете ученика да го запише отново.
class-import-newer = { $file } е създаден от по-нова версия на Byte Bridge. Отворете по-новата страница за учители, за да го прочетете.
class-import-damaged = { $file } е повреден и не можа да бъде прочетен. Помолете ученика да го запише отново.
class-import-over-limits = { $file } съдържа повече, отколкото Byte Bridge някога пази за един ученик (твърде дълги програми, твърде много опити, нива или отговори), сам или заедно с това, което тази страница вече има за ученика. Вероятно е направен на ръка. Нищо от него не е добавено.
class-code-not-ours = Този QR код не е от Byte Bridge.
class-code-newer = Този QR код е от по-нова версия на Byte Bridge.
class-code-damaged = Този QR код не можа да бъде прочетен изцяло. Опитайте отново, малко по-отблизо.
class-no-such-pupil = Този ученик вече не е в данните на класа.

## The grid and the summary
class-avatar = { $picture }, { $colour }
class-cell-label = { $stars ->
    [0] незавършено
    [one] 1 звезда
   *[other] { $stars } звезди
}, { $attempts ->
    [one] 1 опит
   *[other] { $attempts } опита
}, { $time }, { $hints ->
    [0] без подсказки
    [one] 1 подсказка
   *[other] { $hints } подсказки
}
class-decimal-separator = ,
class-problem-mistakes = Грешни отговори по пътя
class-outcome-hit-wall = Роботът се удари в стена
class-outcome-left-board = Роботът щеше да излезе от полето
class-outcome-no-lamp = Опит за палене там, където няма лампа
class-outcome-out-of-commands = Програмата спря твърде рано
class-outcome-step-budget = Програмата се въртеше в кръг
class-outcome-too-many-calls = Помощниците се извикваха твърде често
class-outcome-finished = Завършено
class-outcome-other = Незавършено

## CSV column headings
class-csv-pupil-id = Ид. на ученика
class-csv-nickname = Име в играта
class-csv-note = Истинско име (бележка на учителя)
class-csv-classes = Клас
class-csv-level-id = Ид. на нивото
class-csv-level = Ниво
class-csv-stars = Звезди
class-csv-attempts = Опити
class-csv-seconds = Време (секунди)
class-csv-hints = Подсказки
class-csv-finished = Завършено
class-csv-yes = да
class-csv-no = не
