# Bleachtairí na gCleas, an dara cuid: cá dtéann nasc nó cód QR i ndáiríre.
# Is cumtha iad ainmneacha na gcomhlachtaí agus na seoltaí agus fanann siad gan athrú.

## Leibhéal 7: na focail ar nasc

addr-brand-cometgames = Comet Games

level-addr-link-words-title = Focail ar nasc
level-addr-link-words-instruction = Is féidir le focail naisc rud ar bith a rá. Seiceáil cá dtéann gach nasc i ndáiríre. An é Comet Games é?
level-addr-link-words-learned = Is féidir le focail naisc rud ar bith a rá. Brúigh agus coinnigh ar nasc chun a fheiceáil cá dtéann sé i ndáiríre. Níl tú cinnte? Ná tapáil: oscail an suíomh tú féin nó fiafraigh de dhuine fásta.
level-addr-link-words-hint-1 = Ná cuir muinín sna focail ar an nasc. Féach ar an seoladh fúthu.
level-addr-link-words-hint-2 = Aimsigh an suíomh sa seoladh sin: an foirceann roimh an gcéad / aonair, ansin an t-ainm roimhe.
level-addr-link-words-hint-3 = Deir focail an dara naisc cometgames, ach téann a sheoladh chuig free-coins.example.

addr-link-words-news-shown = Deir an nasc: cometgames.example/news
addr-link-words-www-shown = Deir an nasc: www.cometgames.example
addr-link-words-www-note = Is cleas iad boinn saor in aisce i nasc. Oscail an cluiche féin chun fíorduaiseanna a fheiceáil.
addr-link-words-login-shown = Deir an nasc: Logáil isteach in Comet Games
addr-link-words-login-note = Ná clóscríobh pasfhocal riamh tar éis duit nasc a thapáil. Oscail an cluiche nó a shuíomh tú féin.
addr-link-words-help-shown = Deir an nasc: Cabhair do dhaoine fásta

## Leibhéal 8: cóid QR i gcarrchlós

addr-brand-parkwise = Parkwise

level-addr-qr-parking-title = Cá dtéann an cód QR?
level-addr-qr-parking-instruction = Tá tú ag cabhrú le duine fásta íoc as páirceáil. Taispeánann do cheamara cá dtéann gach cód. An é Parkwise é?
level-addr-qr-parking-learned = Is nasc i bhfolach é cód QR. Seiceáil an seoladh a thaispeánann do cheamara sula n-osclaíonn tú é. Is comhartha rabhaidh é greamán thar chód. Ná híoc ach le duine fásta.
level-addr-qr-parking-hint-1 = Ní féidir leat cód QR a léamh. Cad a thaispeánann an ceamara?
level-addr-qr-parking-hint-2 = Léigh an seoladh mar a léifeá nasc: an foirceann roimh an gcéad / aonair, ansin an t-ainm roimhe.
level-addr-qr-parking-hint-3 = Téann cód an ghreamáin chuig parkwise-pay.example. Ní hé sin parkwise.example.

addr-qr-parking-machine-shown = Cód clóite ar an meaisín páirceála
addr-qr-parking-sticker-shown = Greamán greamaithe thar chód an mheaisín
addr-qr-parking-sticker-note = Is comhartha rabhaidh é greamán thar chód. Íoc ag an meaisín nó san fhíoraip ina ionad.
addr-qr-parking-fine-shown = Nóta ar an gcarr: “Fíneáil pháirceála! Scan agus íoc anois”
addr-qr-parking-fine-note = Is cleas é brú ort íoc go tapa. Taispeáin é do dhuine fásta. Is féidir leo seiceáil san fhíoraip.
addr-qr-parking-sign-shown = Cód ar chomhartha mór an charrchlóis
