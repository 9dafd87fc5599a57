# Svet „Prístav zariadení“: starostlivosť o tablet či mobil aj o seba. Aplikácie, firmy,
# čísla a adresy sú vymyslené: zostávajú rovnaké. Žiadne telefónne čísla.

world-device-dock = Prístav zariadení

## Úroveň 1: aktualizácie a vyskakovacie okná

level-device-update-title = Čas na aktualizáciu
level-device-update-instruction = Tvoj tablet ukazuje správu. Vyber, čo je najlepšie urobiť.
level-device-update-learned = Skutočné aktualizácie prichádzajú z nastavení tabletu a chránia ho. Vyskakovacie okná, ktoré strašia, sú triky.
level-device-update-hint-1 = Odkiaľ je správa: od samotného tabletu, alebo z webovej stránky?
level-device-update-hint-2 = Aktualizácie opravujú slabé miesta. Webová stránka nevidí do tvojho tabletu.
level-device-update-hint-3 = Správa od samotného tabletu je skutočná aktualizácia. Keď ju nainštaluješ, tablet bude v bezpečí.

device-update-system-prompt = Tvoj tablet hovorí: „Aktualizácia systému je pripravená. Nainštalovať teraz?“
device-update-system-ignore = Navždy ju budem ignorovať. Aktualizácie sú nuda.
device-update-system-ignore-reason = Aktualizácie opravujú slabé miesta, ktoré by mohol zneužiť škodlivý softvér. Bez nich je tablet menej bezpečný.
device-update-system-install = Nainštalujem ju, alebo požiadam dospelého.
device-update-system-install-reason = Táto správa je od samotného tabletu. Aktualizácie ho chránia a udržiavajú v dobrom stave.
device-update-system-switch-off = Vypnem tablet, nech sa prestane pýtať.
device-update-system-switch-off-reason = Aktualizácia sa neskôr opýta znova. Nainštalovať ju je spôsob, ako udržať tablet v bezpečí.

device-update-popup-prompt = Vyskočí webová stránka: „Tvoj tablet má 5 vírusov! Stiahni si hneď CleanerPro!“
device-update-popup-download = Rýchlo si stiahnem CleanerPro.
device-update-popup-download-reason = Je to trik. Stiahnutý súbor môže byť práve ten škodlivý softvér.
device-update-popup-ok-button = Ťuknem na „OK“ v okne, aby to okno zmizlo.
device-update-popup-ok-button-reason = Tlačidlá vo falošnom okne môžu spustiť sťahovanie. Radšej zavri celú stránku.
device-update-popup-close = Zavriem stránku a poviem to dospelému.
device-update-popup-close-reason = Webová stránka nevidí do tvojho tabletu, takže vírusy sú vymyslené. Zavrieť stránku je bezpečné.

device-update-battery-prompt = Aktualizácia sa chce spustiť, ale batéria má 5 %.
device-update-battery-charge = Najprv zapojím nabíjačku, potom aktualizujem.
device-update-battery-charge-reason = Aktualizácia potrebuje energiu až do konca. S nabíjačkou sa môže bezpečne dokončiť.
device-update-battery-start = Spustím ju hneď a poprosím dospelého, nech sa pozerá.
device-update-battery-start-reason = Pozeranie nepomôže, keď sa batéria v polovici vybije: aktualizácia sa môže pokaziť. Najprv nabíjaj.
device-update-battery-cancel = Zruším ju a už nikdy nebudem aktualizovať.
device-update-battery-cancel-reason = Aktualizácia je pre bezpečnosť tabletu stále dôležitá. Len ho najprv nabi.

## Úroveň 2: čo smie používať aplikácia baterka

device-bin-makes-sense = Dáva zmysel
device-bin-no-sense = Nedáva zmysel

level-device-permissions-title = Aplikácia baterka
level-device-permissions-instruction = Otvoríš novú aplikáciu baterka. Počas behu chce používať tieto veci. Dáva to zmysel?
level-device-permissions-learned = Aplikácie sa pýtajú, keď ich používaš. Ťukni na „Nepovoliť“ pri tom, čo aplikácia nepotrebuje. Neskôr to môžeš zmeniť v Nastaveniach.
level-device-permissions-hint-1 = Čo potrebuje aplikácia baterka na svoju prácu?
level-device-permissions-hint-2 = Baterka má len svietiť. Všetko ostatné nie je jej práca.
level-device-permissions-hint-3 = Baterka nemá nič spoločné s tvojimi kontaktmi.

device-permissions-camera-light = Zapnúť svetlo vedľa fotoaparátu
device-permissions-camera-light-reason = To malé svetlo je baterka. Aplikácia ho potrebuje na svoju prácu.
device-permissions-contacts = Prístup k tvojim kontaktom
device-permissions-contacts-reason = Baterka nepotrebuje mená a čísla tvojich kamarátov. Ťukni na „Nepovoliť“.
device-permissions-location = Prístup k polohe zariadenia
device-permissions-location-reason = Baterka funguje všade rovnako. Nepotrebuje vedieť, kde si.
device-permissions-screen-bright = Rozsvietiť obrazovku na bielo
device-permissions-screen-bright-reason = Niektoré baterky rozsvietia celú obrazovku. To patrí k baterke.
device-permissions-microphone = Nahrávať zvuk
device-permissions-microphone-reason = Baterka ťa nepotrebuje počuť. Ťukni na „Nepovoliť“: baterka bude fungovať ďalej.
device-permissions-notifications = Posielať ti upozornenia
device-permissions-notifications-reason = Baterka ti nemá čo povedať. Upozornenia by boli len reklamy alebo pripomienky, nech ju otvoríš.
device-permissions-photos = Prístup k fotkám a videám v zariadení
device-permissions-photos-reason = Tvoje fotky sú súkromné. Baterka ich nepotrebuje, aby svietila.

## Úroveň 3: falošný poplach o vírusoch

level-device-fake-virus-title = Vírusový poplach!
level-device-fake-virus-instruction = Ťukni na každý varovný signál na tejto webovej stránke.
level-device-fake-virus-learned = Webová stránka nemôže nájsť vírusy v tvojom tablete. Strašidelné stránky zavri a povedz to dospelému.
level-device-fake-virus-hint-1 = Začni hore. Čia je to stránka?
level-device-fake-virus-hint-2 = Falošné varovania kričia, súria ťa a chcú sťahovanie alebo telefonát.
level-device-fake-virus-hint-3 = Veľké blikajúce varovanie je jeden varovný signál. Na stránke sú ešte ďalšie štyri.

device-fake-virus-address = tablet-safety-scan.example/alert
device-fake-virus-address-reason = Toto je náhodná webová stránka, nie tvoj tablet. Webová stránka nemôže v tvojom tablete hľadať vírusy.
device-fake-virus-warning = Bliká na červeno: POZOR! NÁJDENÉ 5 VÍRUSOV!
device-fake-virus-warning-reason = Blikanie a veľké písmená ťa chcú vystrašiť, nech prestaneš rozmýšľať. Vírusy sú vymyslené.
device-fake-virus-picture = Obrázok: tablet s modrým štítom
device-fake-virus-picture-reason = Obrázok sám osebe nie je varovný signál. Prečítaj si slová okolo.
device-fake-virus-countdown = Konaj do 60 sekúnd!
device-fake-virus-countdown-reason = Hodiny ťa chcú súriť. Podvodníci súria, aby nebol čas sa niekoho spýtať.
device-fake-virus-download = Stiahni CleanerPro.apk a vyčisti tablet
device-fake-virus-download-reason = Toto stiahnutie môže byť škodlivý softvér. Aplikácie sťahuj len z oficiálneho obchodu, s dospelým.
device-fake-virus-phone = Alebo hneď zavolaj na naše číslo pomoci!
device-fake-virus-phone-reason = Skutoční výrobcovia tabletov ťa nežiadajú o telefonát z webovej stránky. Na také číslo nikdy nevolaj.
device-fake-virus-menu = Pomoc · O nás · Kontakt
device-fake-virus-menu-reason = Odkazy v menu sú na väčšine webových stránok. Samy osebe nie sú varovný signál.

## Úroveň 4: bezpečne získať novú aplikáciu

level-device-install-app-title = Nová aplikácia
level-device-install-app-instruction = Chceš novú hru a dospelý povedal áno. Zoraď kroky tak, ako idú po sebe.
level-device-install-app-learned = Aplikácie ber z oficiálneho obchodu a najprv skontroluj vekové hodnotenie a Bezpečnosť údajov. Po inštalácii povoľ len to, čo aplikácia potrebuje.
level-device-install-app-hint-1 = Odkiaľ pochádzajú bezpečné aplikácie?
level-device-install-app-hint-2 = O aplikácii si môžeš prečítať, až keď ju nájdeš, a pýtať sa ťa môže, až keď je nainštalovaná.
level-device-install-app-hint-3 = Začni v oficiálnom obchode. Vekové hodnotenie a Bezpečnosť údajov sú na stránke aplikácie.

device-install-app-store = Otvor oficiálny obchod (Obchod Play).
device-install-app-store-reason = Toto je prvé. Aplikácie v oficiálnom obchode sa kontrolujú na škodlivý softvér. Aplikácie odinakiaľ ho môžu skrývať.
device-install-app-read = Na stránke aplikácie pozri vek a Bezpečnosť údajov.
device-install-app-read-reason = Potom toto. Vekové hodnotenie (PEGI vo väčšine Európy) hovorí, pre koho je aplikácia. V Bezpečnosti údajov jej tvorcovia uvádzajú, aké údaje zbiera a zdieľa.
device-install-app-install = Ťukni na „Inštalovať“.
device-install-app-install-reason = Teraz ju nainštaluj, po prečítaní jej stránky. Predtým sa ťa aplikácia nemôže na nič pýtať.
device-install-app-say-no = Otvor aplikáciu. Povoľ len to, čo potrebuje.
device-install-app-say-no-reason = Aplikácie sa pýtajú počas používania, nie vopred. Ťukni na „Nepovoliť“ pri tom, čo nepotrebuje. Neskôr to môžeš zmeniť v Nastaveniach.
device-install-app-check = Už ju nepoužívaš? Vymaž ju.
device-install-app-check-reason = Toto je posledné. Aplikácia, ktorú nepoužívaš, stále zaberá miesto a môže mať stále tvoje údaje.

## Úroveň 5: rovnováha

level-device-screen-time-title = Čas na prestávku?
level-device-screen-time-instruction = Vyber, čo je najlepšie pre teba a tvoje telo.
level-device-screen-time-learned = Prestávky, spánok a skutoční kamaráti sú dôležitejší než akákoľvek odmena v hre alebo séria.
level-device-screen-time-hint-1 = Mysli na svoje oči, spánok a čas.
level-device-screen-time-hint-2 = Hry a aplikácie sa ťa snažia udržať pri obrazovke. Kedy prestať, rozhoduješ ty.
level-device-screen-time-hint-3 = Pri truhlici: spánok je dôležitejší než akákoľvek odmena v hre.

device-screen-time-eyes-prompt = Hráš už dve hodiny. Oči máš unavené.
device-screen-time-eyes-one-more = Poprosím dospelého o ešte hodinu, potom si oddýchnem.
device-screen-time-eyes-one-more-reason = Unavené oči potrebujú oddych hneď, nie o hodinu, aj keď dospelý povie áno. Počúvaj svoje telo.
device-screen-time-eyes-break = Dám si prestávku: pozriem do diaľky a rozhýbem sa.
device-screen-time-eyes-break-reason = Pohľad do diaľky oči uvoľní a pohyb je dobrý pre telo.
device-screen-time-eyes-brighter = Zosvetlím obrazovku a hrám ďalej.
device-screen-time-eyes-brighter-reason = Svetlejšia obrazovka unaveným očiam nepomôže. Potrebujú prestávku od obrazovky.

device-screen-time-chest-prompt = Hra hovorí: „Vráť sa o 10 minút po truhlicu zadarmo!“ Je čas ísť spať.
device-screen-time-chest-stay-up = Ostanem hore ešte 10 minút kvôli truhlici.
device-screen-time-chest-stay-up-reason = Hry používajú malé odmeny, aby hra pokračovala. Z desiatich minút je často viac.
device-screen-time-chest-alarm = Nastavím si budík, nech v noci vstanem.
device-screen-time-chest-alarm-reason = Vstávať kvôli hre narúša spánok. Zajtra sa budeš cítiť unavene.
device-screen-time-chest-sleep = Idem spať. Truhlica počká.
device-screen-time-chest-sleep-reason = Spánok ti pomáha rásť, učiť sa a cítiť sa dobre. Odmena v hre nestojí za stratený spánok.

device-screen-time-streak-prompt = Kamarát chce, aby ste si každý deň udržali sériu v chate. Dnes máš veľa práce.
device-screen-time-streak-tell = Napíšem: „Dnes nestíham, ozvem sa!“
device-screen-time-streak-tell-reason = Skutočný kamarát to pochopí. Aplikácie používajú série, aby ťa priviedli späť, ale priateľstvo ich nepotrebuje.
device-screen-time-streak-homework = Prestanem robiť úlohy, aby séria vydržala.
device-screen-time-streak-homework-reason = Úlohy sú dôležitejšie ako číslo v aplikácii. Séria nestojí za stres.
device-screen-time-streak-password = Dám kamarátovi heslo, nech sériu drží on.
device-screen-time-streak-password-reason = Nikdy nikomu nedávaj heslo, ani dobrému kamarátovi. Je to kľúč k tvojmu účtu.
