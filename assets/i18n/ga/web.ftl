# Taispeánann an leathanach gréasáin iad seo; gnáth-théacs, gan athróga.

web-loading = Byte Bridge á lódáil…
web-error-webgl = Ní féidir leis an mbrabhsálaí seo an cluiche a thaispeáint, mar tá WebGL 2 in easnamh nó múchta. Bain triail as Chrome atá cothrom le dáta.
web-error-download = Níorbh fhéidir an cluiche a íoslódáil. Seiceáil an ceangal, ansin athlódáil.
web-error-crash = Chuaigh rud éigin mícheart agus stop an cluiche. Tá do réaltaí sábháilte. Athlódáil, le do thoil.
web-teacher-error-download = Níorbh fhéidir leathanach an mhúinteora a íoslódáil. Seiceáil an ceangal, ansin athlódáil.
web-teacher-framed = Taispeánann an leathanach seo sonraí ranga, mar sin ní osclaíonn sé ach leis féin, ní taobh istigh de shuíomh gréasáin eile.
web-teacher-open-alone = Oscail leathanach an mhúinteora leis féin
web-reload = Athlódáil
web-noscript = Teastaíonn JavaScript ó Byte Bridge. Cas air é, le do thoil.
