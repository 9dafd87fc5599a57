# Today's mission and "Send to my teacher". Short, plain sentences. $class is e.g. "4.B".

## A class link that cannot be used
mission-link-damaged = Šī klases saite ir bojāta. Palūdz saiti vēlreiz savam skolotājam.
mission-link-newer = Šī klases saite ir no jaunākas Byte Bridge versijas. Palūdz skolotājam palīdzēt atjaunināt spēli.
mission-link-no-levels = Šajā klases saitē nav neviena līmeņa, ko šī spēle pazīst. Palūdz skolotājam palīdzēt atjaunināt spēli.
mission-stored-unreadable = Šodienas misiju šajā planšetē neizdevās nolasīt. Palūdz saiti vēlreiz savam skolotājam.

## The player's home and the map
mission-title = Šodienas misija: { $class }
mission-level = { $title }, { $status }
mission-previous = Iepriekšējie līmeņi
mission-next = Vairāk līmeņu
mission-map-locked = Šodienas līmeņus izvēlējās tavs skolotājs.
mission-locked-hint = Šis līmenis nav šodienas misijā.

## Grown-ups
mission-remove = Noņemt šodienas misiju ({ $class })
mission-removed = Šodienas misija ir noņemta no šīs planšetes.

## Send to my teacher
send-to-teacher = Sūtīt manam skolotājam
send-for-class = Tavas zvaigznes klasei { $class }
send-no-class = Tavas zvaigznes šajā planšetē
send-save = Saglabāt failu
send-share = Kopīgot
send-show-code = Parādīt QR kodu
send-saved = Tavs fails ir saglabāts. Iedod to savam skolotājam.
send-code-caption = Parādi šo kodu skolotāja kamerai
send-code-image = QR kods ar tavām zvaigznēm skolotājam
send-code-failed = Kodu neizdevās izveidot. Saglabā labāk failu.

## Skolas mācību platformā (Kolibri, mācību pārvaldības sistēma jeb LMS): platformas skolēns ir spēlētājs.
# Rāda, kad spēle nevar savienoties ar skolas mācību platformu (nav SCORM API, palaišana ar cmi5 neizdevās, nav tilta uz Kolibri).
package-unreachable = Spēle nevarēja savienoties ar tavas skolas mācību platformu. Tu vari spēlēt, un tavas zvaigznes paliek šajā ierīcē.
# Rāda, kad neizdevās nolasīt progresu, ko platforma saglabājusi skolēnam.
package-saved-unreadable = Neizdevās nolasīt zvaigznes, ko ieguvi citā ierīcē. Tu vari turpināt spēli šeit.
mission-link-made-refused = Kāds līmenis, ko izveidoja tavs skolotājs, šajā klases saitē ir bojāts vai mainīts, tāpēc saite netika izmantota. Palūdz saiti vēlreiz savam skolotājam.
made-world-title = Izveidoja tavs skolotājs
made-by-teacher = Izveidoja tavs skolotājs
made-by-teacher-in = Izveidoja tavs skolotājs, valoda: { $language }
mission-level-made = { $made }, { $status }
mission-file-taken = Šodienas misija klasei { $class } tagad ir šajā planšetē.
