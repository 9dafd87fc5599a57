# Signaalijaam: sündmused. Nimeta sündmuse osa tema pealkirjaga, nagu õpilased seda näevad.

## Esimene sündmus, värv, õige sündmus

level-signal-first-event-title = Lambid siin ja seal
level-signal-first-event-instruction = Pane kõik lambid põlema ja peatu lipu juures. Põhiprogrammi mahub ainult 3 klotsi, seega ei saa ta sellega üksi hakkama. Proovi uut osa: „Kui robot astub lambile“.
level-signal-first-event-learned = Sündmus on midagi, mis juhtub, näiteks robot astub lambile. Osa „Kui robot astub lambile“ klotsid käivituvad iga kord, kui see juhtub. Siis jätkab robot Põhiprogrammiga.
level-signal-first-event-hint-1 = Lambid pole üksteisest ühel kaugusel. Kas Põhiprogramm peab teadma, kus iga lamp on?
level-signal-first-event-hint-2 = Las Põhiprogramm lihtsalt sõidab lipuni. Iga kord, kui robot astub lambile, käivitub „Kui robot astub lambile“ iseenesest.
level-signal-first-event-hint-3 = Pane Süüta osasse „Kui robot astub lambile“.

level-signal-blue-corners-title = Sinised nurgad
level-signal-blue-corners-instruction = Sõida keskel oleva lipuni. Sinised ruudud näitavad, kus tee pöörab. Põhiprogrammi mahub ainult 3 klotsi.
level-signal-blue-corners-learned = Sündmus võib olla ka värv. „Kui robot astub sinisele“ käivitub iga kord, kui Edasi viib roboti sinisele ruudule.
level-signal-blue-corners-hint-1 = Kuhu tee igal sinisel ruudul pöörab? Kas iga kord samas suunas?
level-signal-blue-corners-hint-2 = Põhiprogramm ainult sõidab. Pöörded kuuluvad osasse „Kui robot astub sinisele“.
level-signal-blue-corners-hint-3 = Põhiprogramm on Korda, kuni valmis, sees Edasi.

level-signal-which-event-title = Mis värv?
level-signal-which-event-instruction = Sõida lipuni. Tee pöörab mõnel värvilisel ruudul vasakule. Vaata värve hoolega ja vali õige sündmus.
level-signal-which-event-learned = „Muuda sündmust“ valib, millele robot vastab. Vali sündmus, mis juhtub täpselt seal, kus robot peab tegutsema.
level-signal-which-event-hint-1 = Kus tee pöörab? Mis värvi need ruudud on?
level-signal-which-event-hint-2 = Punased ruudud on sirgetel lõikudel. Pööre seal viib tupikusse. Puuduta „Muuda sündmust“.
level-signal-which-event-hint-3 = Pane Pööra vasakule osasse „Kui robot astub rohelisele“.

## Rohkem sündmuse osas: kaks klotsi, loendur, küsimused, abiline

level-signal-corner-lamps-title = Lambid nurkades
level-signal-corner-lamps-instruction = Sõida üks kord ümber ringi, pane neli lampi põlema ja peatu roboti taga oleva lipu juures. Iga lamp on nurgas.
level-signal-corner-lamps-learned = Sündmuse osas võib olla rohkem kui üks klots. Iga kord, kui sündmus juhtub, käivituvad kõik selle klotsid üksteise järel.
level-signal-corner-lamps-hint-1 = Mida peab robot igas nurgas tegema?
level-signal-corner-lamps-hint-2 = Iga lambi juures on kaks tööd: pane lamp põlema ja pööra. Mõlemad kuuluvad osasse „Kui robot astub lambile“.
level-signal-corner-lamps-hint-3 = Pane Süüta osasse „Kui robot astub lambile“. Mis veel nurgas juhtub?

level-signal-count-reds-title = Kolmas punane ruut
level-signal-count-reds-instruction = Jõua lipuni. Igal punasel ruudul on vasakul tee, aga lipuni viib ainult kolmas. Las robot loeb punaseid ruute.
level-signal-count-reds-learned = Sündmuse osa võib kasutada ka loendurit. „Kui robot astub punasele“ lisab igal punasel ruudul ühe, nii et Põhiprogramm peab ainult sõitma.
level-signal-count-reds-hint-1 = Kolm punast ruutu näevad ühesugused välja. Kuidas robot teab, milline on kolmas?
level-signal-count-reds-hint-2 = Iga kord, kui robot astub punasele, lisa loendurile üks. Kui loendur on 3, pööra vasakule.
level-signal-count-reds-hint-3 = „Kui robot astub punasele“ algab klotsiga Lisa loendurile 1.

level-signal-winding-road-title = Käänuline tee
level-signal-winding-road-instruction = Järgi käänulist teed, pane kõik lambid põlema ja jõua lipuni. Lambid pole nurkades.
level-signal-winding-road-learned = Põhiprogramm ja sündmuse osa võivad kumbki oma tööd teha. Siin järgib Põhiprogramm teed ja „Kui robot astub lambile“ paneb teel lambid põlema.
level-signal-winding-road-hint-1 = Kuhu tee igas nurgas pöörab?
level-signal-winding-road-hint-2 = Põhiprogramm sõidab ja pöörab paremale kõikjal, kus paremal on tee. Lambid on töö osale „Kui robot astub lambile“.
level-signal-winding-road-hint-3 = Põhiprogrammis, klotsi Korda, kuni valmis sees: Edasi, siis Kui tee paremal.

level-signal-fix-the-event-title = Vale sündmus
level-signal-fix-the-event-instruction = Igal sinisel ruudul peaks robot pöörama sinna, kuhu tee läheb. Aga ta pöörab liiga vara ja sõidab vastu seina. Paranda programm.
level-signal-fix-the-event-learned = Kui sündmuse osa teeb õiget asja valel hetkel, kontrolli kõigepealt tema sündmust. Üks puudutus nupule „Muuda sündmust“ võib selle parandada.
level-signal-fix-the-event-hint-1 = Puuduta „Samm“ ja vaata. Millisel ruudul robot esimest korda pöörab?
level-signal-fix-the-event-hint-2 = Sündmuse osa klotsid on õiged. Need lihtsalt käivituvad valedel ruutudel.
level-signal-fix-the-event-hint-3 = Loe pealkirja klotsi Kui … muidu kohal. Kas nurkades juhtub just see?

level-signal-side-steps-title = Külgsammud
level-signal-side-steps-instruction = Jõua lipuni. Igal punasel ruudul nihkub tee ühe ruudu võrra roboti paremale. Osasse „Kui robot astub punasele“ mahub ainult 2 klotsi.
level-signal-side-steps-learned = Sündmuse osa võib kutsuda abilist, täpselt nagu Põhiprogramm. Abilise klotsid käivituvad ja siis jätkab robot Põhiprogrammiga.
level-signal-side-steps-hint-1 = Mida teeb robot punasel ruudul, et jõuda tee järgmisele lõigule?
level-signal-side-steps-hint-2 = Külgsamm vajab kolme klotsi, aga sündmuse osasse mahub ainult 2. Ehita külgsamm osasse Abiline 1 ja kutsu seda osast „Kui robot astub punasele“.
level-signal-side-steps-hint-3 = Abiline 1 algab klotsiga Pööra paremale.
