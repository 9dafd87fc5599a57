# Portul numerelor: bucle și Dacă în ajutoare, ajutoare care primesc un număr și contorul robotului.

## Bucle și Dacă în ajutoare

level-number-loop-in-helper-title = O buclă într-un ajutor
level-number-loop-in-helper-instruction = Aprinde cele trei lămpi de la capetele laturilor lungi. Programul principal are loc doar pentru 3 blocuri, iar Ajutor 1 doar pentru 4.
level-number-loop-in-helper-learned = Un ajutor poate conține o buclă. De fiecare dată când programul principal apelează ajutorul, bucla lui rulează din nou de la început.
level-number-loop-in-helper-hint-1 = Cele trei laturi seamănă: aceeași lungime, cu o lampă și o rotire la capăt. Ce face robotul pe o latură?
level-number-loop-in-helper-hint-2 = Patru blocuri Înainte și o rotire nu încap în Ajutor 1. Pune mai bine un Repetă în ajutor.
level-number-loop-in-helper-hint-3 = Ajutor 1: Repetă de 4 ori cu Înainte în el, apoi Rotește la dreapta.

level-number-round-the-basin-title = În jurul bazinului
level-number-round-the-basin-instruction = Aprinde toate lămpile din jurul bazinului portului. Programul principal are loc pentru un singur bloc, deci Ajutor 1 trebuie să se apeleze pe sine.
level-number-round-the-basin-learned = Un ajutor poate conține o buclă și totuși să se apeleze pe sine. Bucla face o latură, iar apelul pornește latura următoare.
level-number-round-the-basin-hint-1 = Fiecare latură arată la fel. Câte lămpi sunt pe o latură?
level-number-round-the-basin-hint-2 = O latură înseamnă: de trei ori Înainte și Aprinde, apoi o rotire. Construiește asta în Ajutor 1 cu o buclă și lasă Ajutor 1 să se apeleze pe sine la sfârșit.
level-number-round-the-basin-hint-3 = Ajutor 1 începe cu Repetă de 3 ori, cu Înainte și Aprinde în el.

level-number-if-in-helper-title = Colțuri roșii
level-number-if-in-helper-instruction = Aprinde toate lămpile de-a lungul zidului portului. Pe o căsuță roșie drumul cotește la stânga. Programul principal are loc doar pentru 3 blocuri.
level-number-if-in-helper-learned = Un ajutor poate conține un Dacă. De fiecare dată când ajutorul rulează, își pune din nou întrebarea, așa că același ajutor se potrivește și pe drum drept, și la colțuri.
level-number-if-in-helper-hint-1 = De la o lampă la următoarea sunt mereu doi pași. Uneori căsuța dintre ele e roșie.
level-number-if-in-helper-hint-2 = Lasă Ajutor 1 să ducă robotul de la o lampă la următoarea. Pe drum, întreabă: sunt pe roșu? Programul principal aprinde lampa și repetă până e gata.
level-number-if-in-helper-hint-3 = Ajutor 1 începe cu Înainte, apoi Dacă e pe roșu.

## Ajutoare cu un număr

level-number-walk-n-title = Mergi n căsuțe
level-number-walk-n-instruction = Du robotul la steag. Bucățile drepte ale drumului au lungimi diferite, iar programul principal are loc doar pentru 5 blocuri. Folosește Ajutor 1 cu un număr.
level-number-walk-n-learned = Poți da un număr unui ajutor când îl apelezi. În ajutor, Repetă de n ori repetă de câte ori spune numărul acela.
level-number-walk-n-hint-1 = Numără căsuțele fiecărei bucăți drepte a drumului.
level-number-walk-n-hint-2 = În Ajutor 1, pune Înainte în Repetă de n ori. Atunci Ajutor 1 cu 3 merge 3 căsuțe, iar Ajutor 1 cu 6 merge 6.
level-number-walk-n-hint-3 = Programul principal începe cu Ajutor 1 cu 3, apoi Rotește la dreapta.

level-number-spiral-title = Spirala
level-number-spiral-instruction = Urmează spirala până la steagul din mijloc. Fiecare bucată dreaptă e cu o căsuță mai scurtă decât cea dinainte.
level-number-spiral-learned = Ajutorul rămâne același și doar numărul lui se schimbă de la un apel la altul. Programul principal spune doar cât de departe.
level-number-spiral-hint-1 = Cât de lungă e fiecare bucată dreaptă? Ce face robotul la capătul fiecăreia?
level-number-spiral-hint-2 = Ajutor 1 poate merge n căsuțe și apoi se rotește. Programul principal îl apelează de patru ori, de fiecare dată cu un număr mai mic.
level-number-spiral-hint-3 = Ajutor 1 se termină cu Rotește la dreapta.

level-number-lamp-rows-title = Șiruri de lămpi
level-number-lamp-rows-instruction = Aprinde șirul de 5 lămpi și șirul de 3 lămpi. Programul principal are loc doar pentru 3 blocuri.
level-number-lamp-rows-learned = Numărul nu trebuie neapărat să numere pași. Aici numără lămpi: Ajutor 1 cu 5 aprinde 5 lămpi.
level-number-lamp-rows-hint-1 = Pentru fiecare lampă, robotul pășește pe ea și o aprinde.
level-number-lamp-rows-hint-2 = Pune Înainte și Aprinde în Repetă de n ori. Atunci n spune câte lămpi aprinde Ajutor 1.
level-number-lamp-rows-hint-3 = Programul principal: Ajutor 1 cu 5, apoi Rotește la dreapta, apoi încă un bloc.

## Contorul robotului

level-number-third-opening-title = A treia ramificație
level-number-third-opening-instruction = Drumul spre steag e a treia ramificație din dreapta. Lasă robotul să numere ramificațiile pe lângă care trece.
level-number-third-opening-learned = Robotul are un contor care pornește de la 0. Adaugă 1 la contor adaugă unu, iar Dacă contorul e 3 întreabă de câte ori s-a întâmplat.
level-number-third-opening-hint-1 = Primele două ramificații din dreapta duc doar înapoi în drum. Doar a treia duce la steag.
level-number-third-opening-hint-2 = De fiecare dată când e drum la dreapta, adaugă 1 la contor. Rotește-te la dreapta doar când contorul e 3.
level-number-third-opening-hint-3 = În Repetă până e gata: Înainte, apoi Dacă e drum la dreapta.

level-number-counting-helper-title = Un ajutor care numără
level-number-counting-helper-instruction = Ia-o pe a treia ramificație din dreapta ca să ajungi la steag. Programul principal are loc doar pentru 4 blocuri, deci Ajutor 1 trebuie să numere.
level-number-counting-helper-learned = Programul principal și ajutoarele au un singur contor comun. Un ajutor îi poate adăuga și îl poate întreba, iar contorul rămâne când ajutorul se termină.
level-number-counting-helper-hint-1 = De data asta robotul merge spre stânga, deci partea lui dreaptă e sus pe tablă.
level-number-counting-helper-hint-2 = Programul principal merge și întreabă: e drum la dreapta? Dacă da, apelează Ajutor 1. Ajutor 1 numără și se rotește la dreapta când contorul e 3.
level-number-counting-helper-hint-3 = Ajutor 1 începe cu Adaugă 1 la contor.

level-number-second-red-title = A doua căsuță roșie
level-number-second-red-instruction = Du robotul la steag. Rotește-te la stânga la a doua căsuță roșie, nu la prima.
level-number-second-red-learned = Contorul poate număra orice lucru despre care robotul poate întreba: ramificații, culori și altele.
level-number-second-red-hint-1 = Ambele căsuțe roșii au un drum la stânga. Care dintre ele duce la steag?
level-number-second-red-hint-2 = Pe fiecare căsuță roșie, adaugă 1 la contor. Rotește-te la stânga doar când contorul e 2.
level-number-second-red-hint-3 = În Repetă până e gata: Înainte, apoi Dacă e pe roșu.

level-number-fix-the-count-title = Numără din nou
level-number-fix-the-count-instruction = Robotul ar trebui să se rotească la stânga la fiecare a doua căsuță roșie. Se rotește la a doua, dar la a patra merge înainte, drept în zid. Repară programul.
level-number-fix-the-count-learned = Contorul tot crește până când îl aduci înapoi. Setează contorul la 0 pornește o nouă numărătoare.
level-number-fix-the-count-hint-1 = Atinge „Pas” și urmărește contorul de lângă numărul pasului. Cât arată contorul pe a patra căsuță roșie?
level-number-fix-the-count-hint-2 = După prima rotire, robotul ar trebui să numere din nou de la 0.
level-number-fix-the-count-hint-3 = Uită-te la ce se întâmplă imediat după prima rotire a robotului.
