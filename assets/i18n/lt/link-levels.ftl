# Sukčių gaudytojai, antra dalis: kur iš tikrųjų veda nuoroda ar QR kodas. Prekių ženklai ir
# adresai išgalvoti ir lieka nepakeisti.

## 7 lygis: žodžiai ant nuorodos

addr-brand-cometgames = Comet Games

level-addr-link-words-title = Žodžiai ant nuorodos
level-addr-link-words-instruction = Nuorodos žodžiai gali sakyti bet ką. Patikrink, kur iš tikrųjų veda kiekviena nuoroda. Ar tai Comet Games?
level-addr-link-words-learned = Nuorodos žodžiai gali sakyti bet ką. Palaikyk pirštą ant nuorodos ir pamatysi, kur ji iš tikrųjų veda. Abejoji? Neliesk: atsidaryk svetainę savarankiškai arba paklausk suaugusiojo.
level-addr-link-words-hint-1 = Nepasitikėk žodžiais ant nuorodos. Pažiūrėk į adresą po jais.
level-addr-link-words-hint-2 = Surask tame adrese svetainę: galūnė prieš pirmąjį pavienį /, tada vardas prieš ją.
level-addr-link-words-hint-3 = Antros nuorodos žodžiai sako cometgames, bet jos adresas veda į free-coins.example.

addr-link-words-news-shown = Nuorodoje parašyta: cometgames.example/news
addr-link-words-www-shown = Nuorodoje parašyta: www.cometgames.example
addr-link-words-www-note = Nemokamos monetos nuorodoje – gudrybė. Tikrus prizus pamatysi, kai atsidarysi patį žaidimą.
addr-link-words-login-shown = Nuorodoje parašyta: Prisijunk prie Comet Games
addr-link-words-login-note = Paspaudus nuorodą niekada neįvesk slaptažodžio. Žaidimą ar jo svetainę atsidaryk savarankiškai.
addr-link-words-help-shown = Nuorodoje parašyta: Pagalba suaugusiesiems

## 8 lygis: QR kodai automobilių stovėjimo aikštelėje

addr-brand-parkwise = Parkwise

level-addr-qr-parking-title = Kur veda QR kodas?
level-addr-qr-parking-instruction = Padedi suaugusiajam sumokėti už stovėjimą. Kamera rodo, kur veda kiekvienas kodas. Ar tai Parkwise?
level-addr-qr-parking-learned = QR kodas – tai paslėpta nuoroda. Prieš atidarant patikrink adresą, kurį rodo kamera. Lipdukas ant kodo – pavojaus ženklas. Mokėk tik kartu su suaugusiuoju.
level-addr-qr-parking-hint-1 = QR kodo perskaityti negali. Ką rodo kamera?
level-addr-qr-parking-hint-2 = Skaityk adresą kaip nuorodą: galūnė prieš pirmąjį pavienį /, tada vardas prieš ją.
level-addr-qr-parking-hint-3 = Lipduko kodas veda į parkwise-pay.example. Tai ne parkwise.example.

addr-qr-parking-machine-shown = Kodas, atspausdintas ant stovėjimo automato
addr-qr-parking-sticker-shown = Lipdukas, užklijuotas ant automato kodo
addr-qr-parking-sticker-note = Lipdukas ant kodo – pavojaus ženklas. Verčiau mokėk prie automato ar tikroje programėlėje.
addr-qr-parking-fine-shown = Raštelis ant automobilio: „Bauda! Nuskaityk ir sumokėk dabar“
addr-qr-parking-fine-note = Skubinimas mokėti – gudrybė. Parodyk suaugusiajam. Jis gali patikrinti tikroje programėlėje.
addr-qr-parking-sign-shown = Kodas ant didelio stovėjimo ženklo
