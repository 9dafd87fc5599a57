# Tot ce e în jurul nivelurilor: titlu, hartă, rezultat, mesaje.

language-name = Română
app-title = Byte Bridge
app-tagline = Învață să programezi și fii în siguranță pe internet
title-play = Joacă
language-picker = Limba
language-open = Limba: { $language }
language-loading = Se încarcă limba { $language } …
language-not-on-device = Limba { $language } nu e încă pe această tabletă. Conectează-te o dată la internet ca s-o primești. Pe această tabletă: { $ready }
language-damaged = Limba { $language } nu a ajuns întreagă. Te rugăm să încerci din nou mai târziu. Pe această tabletă: { $ready }

back = Înapoi
notice-dismiss = OK

map-title = Niveluri
level-status-locked = blocat
level-status-new = nejucat încă
level-status-stars = { $stars } din 3 stele
map-level = { $number }. { $title }, { $status }
map-locked-hint = Termină nivelul de dinainte ca să-l deschizi pe acesta.
map-world = { $title }, { $status }
map-world-stars = { $stars } din { $max } { $max ->
        [one] stea
        [few] stele
       *[other] de stele
    }

result-title = Nivel terminat!
result-stars = { $stars } din 3 stele
result-new-best = Record nou!
result-learned-heading = Ce ai învățat
result-next = Nivelul următor
result-retry = Joacă din nou
result-levels = Toate nivelurile

storage-unavailable = Tableta nu poate salva acum. Poți juca, dar stelele tale se pierd când se închide pagina.
storage-recovered-damaged = Un jucător salvat nu a putut fi citit și nu avea nicio copie bună. A fost pus deoparte pe această tabletă.
storage-recovered-backup = Unele stele salvate erau stricate. Ultima copie bună a fost adusă înapoi.
storage-newer-version = Unii jucători au fost salvați de un Byte Bridge mai nou. Sunt păstrați în siguranță: actualizează jocul ca să-i vezi.
storage-full = Memoria tabletei e plină. Salvează-ți stelele într-un fișier, ca să nu se piardă nimic.

hint = Indiciu
hint-shown = Indiciul { $number }: { $hint }

read-aloud = Citește-mi
read-aloud-stop = Oprește citirea
settings-open = Setări
settings-title = Setări
settings-read-everything = Citește-mi tot
settings-read-everything-about = Jocul citește cu voce tare fiecare nivel, indiciu și rezultat, imediat ce îl arată.
settings-no-voice = Tableta aceasta nu are încă o voce pentru această limbă. Un adult poate adăuga una.
settings-robot-speed = Viteza robotului: { $speed }
settings-calm = Mai puțină mișcare
settings-calm-about = Robotul sare din căsuță în căsuță, în loc să alunece. Opțiunea este pornită de la început dacă tableta e setată să arate mai puțină mișcare.
settings-contrast = Contrast ridicat
settings-contrast-about = Fundalul devine negru, literele albe, iar butoanele au margini albe. Unora le este mai ușor să vadă așa.
settings-text-size = Mărimea literelor: { $size }
settings-text-size-about = Atinge din nou și literele se fac mai mari, până la dublu. Apoi revin la normal.
text-size-normal = normală
text-size-big = mare
text-size-bigger = mai mare
text-size-biggest = cea mai mare
settings-more-space = Mai mult spațiu
settings-more-space-about = Mai mult spațiu între litere și între rânduri. Unora le este mai ușor să citească așa.
