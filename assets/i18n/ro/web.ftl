# Afișate de pagina web; text simplu, fără variabile.

web-loading = Se încarcă Byte Bridge…
web-error-webgl = Acest browser nu poate afișa jocul, pentru că WebGL 2 lipsește sau e oprit. Încearcă un Chrome actualizat.
web-error-download = Jocul nu a putut fi descărcat. Verifică conexiunea, apoi reîncarcă pagina.
web-error-crash = Ceva n-a mers bine și jocul s-a oprit. Stelele tale sunt salvate. Te rugăm să reîncarci pagina.
web-teacher-error-download = Pagina pentru profesori nu a putut fi descărcată. Verificați conexiunea, apoi reîncărcați pagina.
web-teacher-framed = Această pagină arată datele clasei, de aceea se deschide doar singură, nu în interiorul altui site.
web-teacher-open-alone = Deschideți pagina pentru profesori separat
web-reload = Reîncarcă
web-noscript = Byte Bridge are nevoie de JavaScript. Te rugăm să-l pornești.
