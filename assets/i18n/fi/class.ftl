# Opettajan sivun Rust-osan viestit.

## DigComp 2.2 -osaamisalueet
digcomp-1-1 = Datan, tiedon ja digitaalisen sisällön selaaminen, hakeminen ja suodattaminen
digcomp-1-2 = Datan, tiedon ja digitaalisen sisällön arviointi
digcomp-1-3 = Datan, tiedon ja digitaalisen sisällön hallinta
digcomp-2-5 = Verkkoetiketti
digcomp-2-6 = Digitaalisen identiteetin hallinta
digcomp-3-4 = Ohjelmointi
digcomp-4-1 = Laitteiden suojaaminen
digcomp-4-2 = Henkilötietojen ja yksityisyyden suojaaminen
digcomp-4-3 = Terveyden ja hyvinvoinnin suojaaminen
digcomp-5-1 = Teknisten ongelmien ratkaiseminen

## DigComp 3.0 -osaamisalueet
digcomp3-1-1 = Tiedon selaaminen, hakeminen ja suodattaminen
digcomp3-1-2 = Tiedon arviointi
digcomp3-1-3 = Tiedon hallinta
digcomp3-2-1 = Vuorovaikutus digitaalisten teknologioiden avulla ja niiden kanssa
digcomp3-2-2 = Jakaminen digitaalisten teknologioiden avulla
digcomp3-2-3 = Kansalaisena toimiminen digitaalisten teknologioiden avulla
digcomp3-2-4 = Yhteistyö digitaalisten teknologioiden avulla
digcomp3-2-5 = Digitaalinen käyttäytyminen
digcomp3-2-6 = Digitaalisen identiteetin hallinta
digcomp3-3-1 = Digitaalisen sisällön tuottaminen
digcomp3-3-2 = Digitaalisen sisällön yhdistäminen ja muokkaaminen
digcomp3-3-3 = Tekijänoikeudet ja lisenssit
digcomp3-3-4 = Laskennallinen ajattelu ja ohjelmointi
digcomp3-4-1 = Laitteiden suojaaminen
digcomp3-4-2 = Henkilötietojen ja yksityisyyden suojaaminen
digcomp3-4-3 = Hyvinvoinnin tukeminen
digcomp3-4-4 = Digitaalisten teknologioiden ympäristövaikutukset
digcomp3-5-1 = Teknisten ongelmien tunnistaminen ja ratkaiseminen
digcomp3-5-2 = Tarpeiden ja digitaalisten ratkaisujen tunnistaminen
digcomp3-5-3 = Luovien ratkaisujen löytäminen digitaalisten teknologioiden avulla
digcomp3-5-4 = Digitaalisen osaamisen tarpeiden tunnistaminen ja kehittäminen

## Tallennetut luokan tiedot
class-load-damaged = Tähän selaimeen tallennettuja luokan tietoja ei voitu lukea. Ne on pantu talteen, ja sivu alkaa tyhjänä.
class-load-newer = Tämän selaimen luokkatiedot on tallentanut Byte Bridgen uudempi versio. Tämä sivu jättää ne ennalleen ja alkaa tyhjänä: mitään, mitä teet täällä nyt, ei tallenneta. Avaa uudempi opettajan sivu nähdäksesi luokkasi.

## Tehtävän luominen
class-assign-failed = Tehtävää ei voitu luoda. Yritä uudelleen.
class-assign-no-levels = Valitse vähintään yksi taso.
class-assign-no-random = Tämä selain ei pysty luomaan turvallista luokan avainta, joten linkkiä ei luotu. Avaa tämä sivu ajantasaisessa selaimessa.
class-assign-too-many = Valitse yhteen linkkiin enintään { $max } { $max ->
        [one] taso
       *[other] tasoa
    }.
class-assign-no-name = Anna luokalle nimi, esimerkiksi ”4B”.

## Tiedostojen ja koodien tuominen
class-imported = { $nickname }: { $count ->
    [0] ei mitään uutta (jo täällä).
    [one] 1 uusi yritys.
   *[other] { $count } uutta yritystä.
}
class-imported-altered = { $nickname }: tätä tiedostoa on muutettu sen jälkeen, kun peli kirjoitti sen, tai siinä ei ole luokkansa allekirjoitusta. Siitä ei laskettu mitään.
class-import-too-large = { $file } on liian suuri oppilaan tiedostoksi, joten sitä ei luettu.
class-import-not-ours = { $file } ei ole Byte Bridgen tiedosto.
class-import-players-file = { $file } on pelaajatiedosto pelaajien siirtämiseen tablettien välillä. Käytä oppilaan tabletissa sen sijaan kohtaa ”Lähetä opettajalle”.
class-import-truncated = { $file } on katkennut. Pyydä oppilasta tallentamaan se uudelleen.
class-import-newer = { $file } on tehty Byte Bridgen uudemmalla versiolla. Avaa uudempi opettajan sivu lukeaksesi sen.
class-import-damaged = { $file } on vioittunut eikä sitä voitu lukea. Pyydä oppilasta tallentamaan se uudelleen.
class-import-over-limits = { $file } sisältää enemmän kuin Byte Bridge koskaan säilyttää yhdestä oppilaasta (liian pitkiä ohjelmia, liikaa yrityksiä, tasoja tai vastauksia), yksin tai yhdessä sen kanssa, mitä tällä sivulla jo on oppilaasta. Se on luultavasti tehty käsin. Siitä ei tuotu mitään.
class-code-not-ours = Tämä QR-koodi ei ole Byte Bridgestä.
class-code-newer = Tämä QR-koodi on Byte Bridgen uudemmasta versiosta.
class-code-damaged = Tätä QR-koodia ei voitu lukea kokonaan. Yritä uudelleen vähän lähempää.
class-no-such-pupil = Tätä oppilasta ei ole enää luokan tiedoissa.

## Taulukko ja yhteenveto
class-avatar = { $picture }, { $colour }
class-decimal-separator = ,
class-problem-mistakes = Vääriä vastauksia matkalla
class-outcome-hit-wall = Robotti törmäsi seinään
class-outcome-left-board = Robotti olisi pudonnut laudalta
class-outcome-no-lamp = Yritti sytyttää, missä ei ole lamppua
class-outcome-out-of-commands = Ohjelma loppui liian aikaisin
class-outcome-step-budget = Ohjelma pyöri ympyrää
class-outcome-too-many-calls = Apurit kutsuivat toisiaan liian usein
class-outcome-finished = Läpäisty
class-outcome-other = Ei läpäisty

## CSV-sarakkeiden otsikot
class-csv-pupil-id = Oppilaan tunnus
class-csv-nickname = Pelinimi
class-csv-note = Oikea nimi (opettajan merkintä)
class-csv-classes = Luokka
class-csv-level-id = Tason tunnus
class-csv-level = Taso
class-csv-stars = Tähdet
class-csv-attempts = Yritykset
class-csv-seconds = Aika (sekuntia)
class-csv-hints = Vihjeet
class-csv-finished = Läpäisty
class-csv-yes = kyllä
class-csv-no = ei
