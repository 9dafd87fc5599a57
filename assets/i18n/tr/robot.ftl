# Robot bölümleri (kodlama): bloklar, düzenleyici, hata ayıklayıcı ve bir çalıştırmanın sonucu.

## Bloklar
command-forward = İleri
command-turn-left = Sola dön
command-turn-right = Sağa dön
command-light = Yak
tile-repeat = Tekrarla
tile-repeat-until-goal = Bitene kadar tekrarla
tile-if = Eğer
tile-if-else = Eğer … değilse
tile-call-p1 = Yardımcı 1
tile-call-p2 = Yardımcı 2
tile-repeat-times = { $times ->
        [one] { $times } kez tekrarla
       *[other] { $times } kez tekrarla
    }
# Koşul cümlesi: “Eğer kırmızıda ise”, “Eğer önü açık ise”.
tile-if-condition = Eğer { $condition } ise
tile-if-else-condition = Eğer { $condition } ise, değilse

tile-repeat-while = Koşul sürdükçe tekrarla
tile-call-p1-with = Yardımcı 1, sayıyla
tile-call-p2-with = Yardımcı 2, sayıyla
tile-repeat-n = n kez tekrarla
tile-set-count = Sayacı ayarla
tile-add-count = Sayaca 1 ekle
# Programda: “önü açık iken tekrarla”, “kırmızıda değil iken tekrarla”.
tile-repeat-while-condition = { $condition } iken tekrarla
tile-call-with = { $routine }, sayı { $number }
tile-set-count-to = Sayacı { $number } yap
condition-count-is = sayaç { $count }
# “değil” sorunun arkasına gelir: “kırmızıda değil”, “önü açık değil”.
test-not = { $condition } değil
test-and = { $first } ve { $second }
test-or = { $first } veya { $second }
test-not-word = değil
test-and-word = ve
test-or-word = veya

condition-path-ahead = önü açık
condition-path-left = solu açık
condition-path-right = sağı açık
condition-on-red = kırmızıda
condition-on-blue = mavide
condition-on-green = yeşilde
colour-red = kırmızı
colour-blue = mavi
colour-green = yeşil

## Ana program ve yardımcılar
routine-main = Ana program
routine-p1 = Yardımcı 1
routine-p2 = Yardımcı 2
routine-when = Olay bölümü
event-on-lamp = Robot lambaya gelince
event-on-red = Robot kırmızıya gelince
event-on-blue = Robot maviye gelince
event-on-green = Robot yeşile gelince

## Düzenleyici
robot-slots = { $routine }: { $max ->
        [one] { $max } bloktan { $used }
       *[other] { $max } bloktan { $used }
    }
robot-program-tile = { $tile }, { $place } içinde { $position }. adım
robot-place-inside = { $container }
robot-place-else = { $container } bloğunun değilse kısmı
robot-list-end = { $place } sonu: yeni bloklar buraya gelir
robot-else = değilse
robot-undo = Geri al
robot-redo = Yinele
robot-clear = Hepsini temizle
robot-delete = Bloğu kaldır
robot-move-earlier = Öne taşı
robot-move-later = Arkaya taşı
robot-fewer = Daha az
robot-more = Daha çok
robot-change-condition = Soruyu değiştir
editor-full = { $routine } dolu. Önce bir blok kaldır.
editor-too-deep = Kutuların içindeki kutular en fazla üç kat olabilir.
editor-into-itself = Bir blok kendi içine giremez.
editor-nothing = Orada yapılacak bir şey yok.
robot-number-down = Daha küçük sayı
robot-number-up = Daha büyük sayı
robot-change-logic = değil / ve / veya değiştir
robot-change-second = İkinci soruyu değiştir
robot-change-event = Olayı değiştir
editor-only-in-helper = “n kez tekrarla” yalnızca bir yardımcının içinde çalışır: n, yardımcıya verilen sayıdır.

## Hata ayıklayıcı
robot-run = Çalıştır
robot-pause = Duraklat
robot-step = Adım
robot-step-back = Geri adım
robot-stop = Durdur
robot-speed = Hız: { $speed }
robot-speed-slow = yavaş
robot-speed-normal = normal
robot-speed-fast = hızlı
robot-running = Adım { $steps }
robot-running-count = Adım { $steps } · sayaç = { $count }
robot-running-n = Adım { $steps } · n = { $n }
robot-running-count-n = Adım { $steps } · sayaç = { $count } · n = { $n }
robot-program-empty = Programını kurmak için bloklara dokun.
robot-program-ready = Başlamak için “Çalıştır”a, blok blok ilerlemek için “Adım”a dokun.

robot-board = Robot { $x }. sütunda, { $y }. satırda ve { $facing } bakıyor. { $goal }{ $lamps ->
        [0] {""}
       *[other] { " " }Yanan lambalar: { $lamps } lambadan { $lit }.
    }
robot-board-goal = Bayrak { $x }. sütunda, { $y }. satırda.
# The board as a grid for screen readers, one cell at a time: where it is, then what is there.
robot-cell = { $x }. sütun, { $y }. satır: { $what }
robot-cell-floor = zemin
robot-cell-wall = duvar
robot-cell-coloured = { $colour } zemin
robot-cell-lamp = lamba, yanmıyor
robot-cell-lamp-lit = lamba, yanıyor
robot-cell-flag = { $what }, bayrak
robot-cell-robot = { $what }, robot { $facing } bakıyor

direction-north = yukarı
direction-east = sağa
direction-south = aşağı
direction-west = sola

## Bir çalıştırmanın sonucu
outcome-reached-goal = Başardın!
outcome-hit-wall = Küt! Robot duvara çarptı. Programını değiştir ve yeniden dene.
outcome-left-board = Dikkat! Robot tahtadan düşecekti. Programını değiştir ve yeniden dene.
outcome-no-lamp = Burada lamba yok. Robot yalnızca durduğu yerdeki lambayı yakabilir.
outcome-out-of-commands = Program bitti ama iş henüz tamamlanmadı. Daha fazla blok ekle ve yeniden dene.
outcome-step-budget = Robot { $steps } { $steps ->
        [one] adım
       *[other] adım
    } attı ve hâlâ bitiremedi. Programın sonsuza kadar dönüp duruyor olabilir mi?
outcome-too-many-calls = Yardımcıları çağıran çok fazla yardımcı var! Bir yardımcı işi bitmeden kendini mi çağırıyor?
