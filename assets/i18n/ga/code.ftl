# An ríomhchlár mar théacs (cosúil le Python). Fanann focail Python (def, for, if, while …) i mBéarla.

## Ainmneacha sa chód: litreacha beaga, digití agus _, gan spásanna, gach ceann difriúil.
code-forward = ar_aghaidh
code-turn-left = cas_ar_clé
code-turn-right = cas_ar_dheis
code-light = las
code-path-ahead = bealach_chun_tosaigh
code-path-left = bealach_ar_clé
code-path-right = bealach_ar_dheis
code-on-red = ar_dhearg
code-on-blue = ar_ghorm
code-on-green = ar_ghlas
code-done = déanta
code-main = príomhchlár
code-p1 = cúntóir_1
code-p2 = cúntóir_2
code-count = comhaireamh
code-when-on-lamp = nuair_ar_lampa
code-when-on-red = nuair_ar_dhearg
code-when-on-blue = nuair_ar_ghorm
code-when-on-green = nuair_ar_ghlas

## An cód in aice leis na bloic
code-show = Taispeáin mar chód
code-hide = Folaigh an cód
code-title = Do ríomhchlár mar chód
code-empty = Cuir bloic leis, agus taispeánfar a gcód anseo.
code-line = { $indent ->
        [0] Líne { $number }: { $code }
        [one] Líne { $number }, eangaithe { $indent }: { $code }
        [two] Líne { $number }, eangaithe { $indent }: { $code }
        [few] Líne { $number }, eangaithe { $indent }: { $code }
        [many] Líne { $number }, eangaithe { $indent }: { $code }
       *[other] Líne { $number }, eangaithe { $indent }: { $code }
    }
