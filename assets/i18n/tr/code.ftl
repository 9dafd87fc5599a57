# Kod olarak program (“Kod olarak göster”): Python'a benzeyen küçük bir dil. Python'un kendi
# kelimeleri (def, for, in, range, while, not, if, else, pass) İngilizce kalır.

## Koddaki adlar: küçük harf, boşluk yerine _, hepsi farklı.
code-forward = ileri
code-turn-left = sola_dön
code-turn-right = sağa_dön
code-light = yak
code-path-ahead = önü_açık
code-path-left = solu_açık
code-path-right = sağı_açık
code-on-red = kırmızıda
code-on-blue = mavide
code-on-green = yeşilde
code-done = bitti
code-main = ana_program
code-p1 = yardımcı_1
code-p2 = yardımcı_2
code-count = sayaç
code-when-on-lamp = lambaya_gelince
code-when-on-red = kırmızıya_gelince
code-when-on-blue = maviye_gelince
code-when-on-green = yeşile_gelince

## Blokların yanındaki kod görünümü
code-show = Kod olarak göster
code-hide = Kodu gizle
code-title = Kod olarak programın
code-empty = Blok ekle, kodları burada görünsün.
code-line = { $indent ->
        [0] Satır { $number }: { $code }
       *[other] Satır { $number }, girinti { $indent }: { $code }
    }
