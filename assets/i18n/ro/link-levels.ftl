# Detectivii de înșelătorii, partea a doua: unde duce de fapt un link sau un cod QR.
# Numele de firme și adresele sunt inventate și rămân neschimbate.

## Nivelul 7: cuvintele de pe un link

addr-brand-cometgames = Comet Games

level-addr-link-words-title = Cuvinte pe un link
level-addr-link-words-instruction = Cuvintele unui link pot spune orice. Verifică unde duce de fapt fiecare link. E Comet Games?
level-addr-link-words-learned = Cuvintele unui link pot spune orice. Ține apăsat pe un link ca să vezi unde duce de fapt. Ai îndoieli? Nu atinge: deschide tu site-ul sau întreabă un adult.
level-addr-link-words-hint-1 = Nu te încrede în cuvintele de pe link. Uită-te la adresa de sub ele.
level-addr-link-words-hint-2 = Găsește site-ul în adresa aceea: terminația dinaintea primului / singur, apoi numele dinaintea ei.
level-addr-link-words-hint-3 = Cuvintele celui de-al doilea link spun cometgames, dar adresa lui duce la free-coins.example.

addr-link-words-news-shown = Linkul spune: cometgames.example/news
addr-link-words-www-shown = Linkul spune: www.cometgames.example
addr-link-words-www-note = Monedele gratuite dintr-un link sunt un truc. Deschide chiar jocul ca să vezi premiile adevărate.
addr-link-words-login-shown = Linkul spune: Conectează-te la Comet Games
addr-link-words-login-note = Nu scrie niciodată o parolă după ce ai atins un link. Deschide tu jocul sau site-ul lui.
addr-link-words-help-shown = Linkul spune: Ajutor pentru adulți

## Nivelul 8: coduri QR într-o parcare

addr-brand-parkwise = Parkwise

level-addr-qr-parking-title = Unde duce codul QR?
level-addr-qr-parking-instruction = Ajuți un adult să plătească parcarea. Camera îți arată unde duce fiecare cod. E Parkwise?
level-addr-qr-parking-learned = Un cod QR e un link ascuns. Verifică adresa pe care ți-o arată camera până să-l deschizi. Un abțibild peste un cod e un semn de avertizare. Plătește doar împreună cu un adult.
level-addr-qr-parking-hint-1 = Nu poți citi un cod QR. Ce îți arată camera?
level-addr-qr-parking-hint-2 = Citește adresa ca pe un link: terminația dinaintea primului / singur, apoi numele dinaintea ei.
level-addr-qr-parking-hint-3 = Codul de pe abțibild duce la parkwise-pay.example. Acesta nu e parkwise.example.

addr-qr-parking-machine-shown = Cod tipărit pe aparatul de parcare
addr-qr-parking-sticker-shown = Un abțibild lipit peste codul aparatului
addr-qr-parking-sticker-note = Un abțibild peste un cod e un semn de avertizare. Plătește mai bine la aparat sau în aplicația adevărată.
addr-qr-parking-fine-shown = Un bilet pe mașină: „Amendă de parcare! Scanează și plătește acum”
addr-qr-parking-fine-note = Graba de a te face să plătești e un truc. Arată-i-l unui adult. El poate verifica în aplicația adevărată.
addr-qr-parking-sign-shown = Cod pe panoul mare al parcării
