# Mokytojo puslapio Rust dalies pranešimai. Paties puslapio užrašai – teacher.ftl.

## DigComp 2.2 kompetencijos
digcomp-1-1 = Duomenų, informacijos ir skaitmeninio turinio naršymas, paieška ir filtravimas
digcomp-1-2 = Duomenų, informacijos ir skaitmeninio turinio vertinimas
digcomp-1-3 = Duomenų, informacijos ir skaitmeninio turinio valdymas
digcomp-2-5 = Elgesio internete taisyklės (netiketas)
digcomp-2-6 = Skaitmeninės tapatybės valdymas
digcomp-3-4 = Programavimas
digcomp-4-1 = Įrenginių apsauga
digcomp-4-2 = Asmens duomenų ir privatumo apsauga
digcomp-4-3 = Sveikatos ir gerovės apsauga
digcomp-5-1 = Techninių problemų sprendimas

## DigComp 3.0 kompetencijos
digcomp3-1-1 = Informacijos naršymas, paieška ir filtravimas
digcomp3-1-2 = Informacijos vertinimas
digcomp3-1-3 = Informacijos valdymas
digcomp3-2-1 = Sąveika per skaitmenines technologijas ir su jomis
digcomp3-2-2 = Dalijimasis per skaitmenines technologijas
digcomp3-2-3 = Pilietinis dalyvavimas per skaitmenines technologijas
digcomp3-2-4 = Bendradarbiavimas per skaitmenines technologijas
digcomp3-2-5 = Skaitmeninis elgesys
digcomp3-2-6 = Skaitmeninės tapatybės valdymas
digcomp3-3-1 = Skaitmeninio turinio kūrimas
digcomp3-3-2 = Skaitmeninio turinio integravimas ir pertvarkymas
digcomp3-3-3 = Autorių teisės ir licencijos
digcomp3-3-4 = Kompiuterinis mąstymas ir programavimas
digcomp3-4-1 = Įrenginių apsauga
digcomp3-4-2 = Asmens duomenų ir privatumo apsauga
digcomp3-4-3 = Gerovės palaikymas
digcomp3-4-4 = Skaitmeninių technologijų poveikis aplinkai
digcomp3-5-1 = Techninių problemų nustatymas ir sprendimas
digcomp3-5-2 = Poreikių ir skaitmeninių technologinių sprendimų nustatymas
digcomp3-5-3 = Kūrybiškų sprendimų su skaitmeninėmis technologijomis paieška
digcomp3-5-4 = Skaitmeninės kompetencijos poreikių nustatymas ir tenkinimas

## Išsaugoti klasės duomenys
class-load-damaged = Šioje naršyklėje išsaugotų klasės duomenų nepavyko perskaityti. Jie padėti atskirai, o puslapis pradeda tuščias.
class-load-newer = Klasės duomenis šioje naršyklėje išsaugojo naujesnė Byte Bridge versija. Šis puslapis jų nekeičia ir pradeda tuščias: niekas, ką dabar čia darote, neišsaugoma. Atidarykite naujesnį mokytojo puslapį, kad pamatytumėte savo klasę.

## Užduoties kūrimas
class-assign-failed = Užduoties sukurti nepavyko. Bandykite dar kartą.
class-assign-no-levels = Pasirinkite bent vieną lygį.
class-assign-no-random = Ši naršyklė negali sukurti saugaus klasės rakto, todėl nuoroda nesukurta. Atidarykite šį puslapį naujausioje naršyklėje.
class-assign-too-many = Vienai nuorodai pasirinkite daugiausia { $max } { $max ->
        [one] lygį
        [few] lygius
        [many] lygio
       *[other] lygių
    }.
class-assign-no-name = Duokite klasei pavadinimą, pavyzdžiui, „4B“.

## Failų ir kodų įkėlimas
class-imported = { $nickname }: { $count ->
    [0] nieko naujo (jau yra čia).
    [one] { $count } naujas bandymas.
    [few] { $count } nauji bandymai.
    [many] { $count } naujo bandymo.
   *[other] { $count } naujų bandymų.
}
class-imported-altered = { $nickname }: šis failas buvo pakeistas po to, kai jį įrašė žaidimas, arba neturi savo klasės parašo. Nieko iš jo neįskaityta.
class-import-too-large = Failas { $file } per didelis mokinio failui, todėl neperskaitytas.
class-import-not-ours = Failas { $file } nėra Byte Bridge failas.
class-import-players-file = Failas { $file } yra žaidėjų failas, skirtas žaidėjams perkelti tarp planšečių. Mokinio planšetėje verčiau naudokite „Siųsti mokytojui“.
class-import-truncated = Failas { $file } nepilnas. Paprašykite mokinio išsaugoti jį iš naujo.
class-import-newer = Failą { $file } sukūrė naujesnė Byte Bridge versija. Atidarykite naujesnį mokytojo puslapį, kad jį perskaitytumėte.
class-import-damaged = Failas { $file } sugadintas ir jo nepavyko perskaityti. Paprašykite mokinio išsaugoti jį iš naujo.
class-import-over-limits = Failas { $file }, vienas ar kartu su tuo, ką šis puslapis jau turi apie mokinį, turi daugiau, nei Byte Bridge kada nors saugo vienam mokiniui (per ilgos programos, per daug bandymų, lygių ar atsakymų). Greičiausiai jis sukurtas rankomis. Nieko iš jo neįkelta.
class-code-not-ours = Šis QR kodas ne iš Byte Bridge.
class-code-newer = Šis QR kodas iš naujesnės Byte Bridge versijos.
class-code-damaged = Šio QR kodo nepavyko perskaityti iki galo. Bandykite dar kartą, šiek tiek arčiau.
class-no-such-pupil = Šio mokinio klasės duomenyse nebėra.

## Lentelė ir santrauka
class-avatar = { $picture }, { $colour }
class-decimal-separator = ,
class-problem-mistakes = Neteisingi atsakymai pakeliui
class-outcome-hit-wall = Robotas atsitrenkė į sieną
class-outcome-left-board = Robotas būtų išvažiavęs iš lentos
class-outcome-no-lamp = Bandė uždegti ten, kur nėra lempos
class-outcome-out-of-commands = Programa sustojo per anksti
class-outcome-step-budget = Programa sukosi ratu
class-outcome-too-many-calls = Padėjėjai per dažnai kvietė vienas kitą
class-outcome-finished = Įveikta
class-outcome-other = Neįveikta

## CSV stulpelių antraštės
class-csv-pupil-id = Mokinio ID
class-csv-nickname = Žaidimo vardas
class-csv-note = Tikras vardas (mokytojo pastaba)
class-csv-classes = Klasė
class-csv-level-id = Lygio ID
class-csv-level = Lygis
class-csv-stars = Žvaigždės
class-csv-attempts = Bandymai
class-csv-seconds = Laikas (sekundėmis)
class-csv-hints = Užuominos
class-csv-finished = Įveikta
class-csv-yes = taip
class-csv-no = ne
