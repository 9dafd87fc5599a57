# Svět „Spolu v bezpečí“. Úrovně 6 a 7 jen pro 12–14 let: klidně, nic názorného, nikdy
# neobviňovat žáka. Lidé jsou vymyšlení. Říct to dospělému, kterému věříš, je vždycky správně.

world-safe-together = Spolu v bezpečí

safe-bin-good = Dobrý nápad
safe-bin-bad = Není dobrý nápad

## Kde hledat pomoc: hra doplní { $helpline } jednou z těchto zpráv.

helpline-call = Můžeš také zavolat na linku pomoci pro děti: { $service }, { $number }.
helpline-ask-adult = Jakou linku pomoci pro děti má tvoje země, ti řekne dospělý, kterému věříš.

## Úroveň 1: nový kamarád ze hry

level-safe-new-friend-title = Nový kamarád ze hry
level-safe-new-friend-instruction = Někdo ze hry ti píše. Ťukni na každý varovný signál.
level-safe-new-friend-learned = Tajemství, fotky, soukromé chaty a schůzky jsou varovné signály. Zastav se a řekni to dospělému, kterému věříš.
level-safe-new-friend-hint-1 = Přečti si každý řádek. Ptal by se na tohle kamarád ve tvém věku?
level-safe-new-friend-hint-2 = Dej si pozor, když někdo chce tajemství, fotky, tvoje údaje nebo schůzku.
level-safe-new-friend-hint-3 = Podívej se pozorně na řádky o tvých rodičích a o tvé škole.

safe-new-friend-sender = Od: Kai_Star (hráč z tvé hry)
safe-new-friend-sender-reason = Povídat si s hráči může být zábava. Ale víš jen to, co Kai říká sám o sobě.
safe-new-friend-game = Dneska dobrá hra! Na jaké jsi úrovni?
safe-new-friend-game-reason = Mluvit o hře je normální. Tenhle řádek je v pořádku.
safe-new-friend-secret = Neříkej o mně rodičům, jo?
safe-new-friend-secret-reason = Dobrý kamarád po tobě nechce, ať ho tajíš před rodinou. To je varovný signál.
safe-new-friend-private = Pojďme si psát v jiné aplikaci. Jen my dva.
safe-new-friend-private-reason = Když tě někdo tahá do soukromého chatu, pryč od ostatních, je to varovný signál.
safe-new-friend-photo = Pošli mi svoji fotku. Jen pro mě!
safe-new-friend-photo-reason = Nikdy neposílej svoje fotky někomu, koho znáš jen z internetu.
safe-new-friend-school = Do jaké školy chodíš?
safe-new-friend-school-reason = Tvoje škola cizímu člověku řekne, kde tě najde. Nech si ji pro sebe.
safe-new-friend-meet = Sejdeme se v sobotu v parku!
safe-new-friend-meet-reason = Nikdy se nescházej s někým, koho znáš jen z internetu. Řekni to dospělému, kterému věříš.

## Úroveň 2: co uděláš

level-safe-what-to-do-title = Co uděláš?
level-safe-what-to-do-instruction = Kai ze hry chce víc. Pokaždé vyber nejlepší odpověď.
level-safe-what-to-do-learned = Vždycky můžeš říct ne. Toho člověka zablokuj a řekni to dospělému, kterému věříš. Nikdy to není tvoje vina.
level-safe-what-to-do-hint-1 = Kdo by ti mohl pomoct ověřit, jestli je Kai tím, za koho se vydává?
level-safe-what-to-do-hint-2 = Tajemství a schůzky s kamarády z internetu jsou varovné signály. Řekni si o pomoc, nechoď tam bez dospělých.
level-safe-what-to-do-hint-3 = Když se Kai zlobí, vůbec nemusíš odpovídat.

safe-what-to-do-secret-prompt = Kai píše: „Naše chaty budou tajemství.“ Co uděláš?
safe-what-to-do-secret-keep = Udržím tajemství. Kai je na mě hodný.
safe-what-to-do-secret-keep-reason = Hezká slova můžou skrývat trik. Skutečný kamarád nepotřebuje tajnosti před tvou rodinou.
safe-what-to-do-secret-ask-why = Zeptám se Kaie proč a pak se rozhodnu bez ostatních.
safe-what-to-do-secret-ask-why-reason = Kai může mít chytrou odpověď. Nerozhoduj se bez pomoci: zeptej se někoho, komu věříš.
safe-what-to-do-secret-tell = Řeknu o chatech dospělému.
safe-what-to-do-secret-tell-reason = Ano! Chtít tajemství je varovný signál. Dospělý, kterému věříš, ti pomůže to ověřit.

safe-what-to-do-meet-prompt = Kai chce, abyste se sešli v parku. Co uděláš?
safe-what-to-do-meet-go-with-friend = Půjdu, ale vezmu s sebou někoho ze třídy.
safe-what-to-do-meet-go-with-friend-reason = Dvě děti nejsou dost v bezpečí. Nikdy se nescházej s někým, koho znáš jen z internetu.
safe-what-to-do-meet-say-no = Řeknu ne a řeknu to dospělému.
safe-what-to-do-meet-say-no-reason = Správně. Řekni ne a nech dospělého, kterému věříš, ať ti s Kaiem pomůže.
safe-what-to-do-meet-go-tell-later = Půjdu a potom to řeknu dospělému.
safe-what-to-do-meet-go-tell-later-reason = Říct to dospělému je dobré, ale nechoď tam. Nikdy se nescházej s někým, koho znáš jen z internetu.

safe-what-to-do-angry-prompt = Odmítneš. Teď ti Kai posílá naštvané zprávy.
safe-what-to-do-angry-block = Zablokuju Kaie a řeknu to dospělému.
safe-what-to-do-angry-block-reason = Ano. Nemusíš odpovídat. Zablokuj Kaie a požádej o pomoc dospělého, kterému věříš.
safe-what-to-do-angry-sorry = Omluvím se a udělám, co Kai chce.
safe-what-to-do-angry-sorry-reason = Za nic nemůžeš. Říct ne bylo správně.
safe-what-to-do-angry-argue = Budu odepisovat, dokud se Kai neomluví.
safe-what-to-do-angry-argue-reason = Hádka Kaie nutí psát ti dál. Raději přestaň odpovídat.

## Úroveň 3: zablokovat a nahlásit

level-safe-block-report-title = Zablokovat a nahlásit
level-safe-block-report-instruction = Někdo na internetu ti způsobuje špatné pocity. Je každý nápad dobrý, nebo ne?
level-safe-block-report-learned = Ulož si zprávy, toho člověka zablokuj, nahlas ho v aplikaci a řekni to dospělému, kterému věříš.
level-safe-block-report-hint-1 = Které nápady věci zlepší a které je zhorší?
level-safe-block-report-hint-2 = Uchovej důkazy, zastav zprávy a řekni si o pomoc.
level-safe-block-report-hint-3 = Smazat chat není dobrý nápad: důkazy by byly pryč.

safe-block-report-screenshot = Udělat snímky obrazovky se zprávami
safe-block-report-screenshot-reason = Snímky jsou důkaz. Udělej je před zablokováním, kdyby chat zmizel.
safe-block-report-delete = Smazat celý chat, ať ho nikdo nevidí
safe-block-report-delete-reason = Pak jsou důkazy pryč. Zprávy si nech, ať ti dospělý může pomoct.
safe-block-report-block = Toho člověka zablokovat
safe-block-report-block-reason = Zablokování zastaví jeho zprávy.
safe-block-report-reply-mean = Poslat mu zpátky zlou zprávu
safe-block-report-reply-mean-reason = To může všechno zhoršit. Vůbec neodpovídej.
safe-block-report-report = Nahlásit profil v aplikaci
safe-block-report-report-reason = Tým aplikace kontroluje nahlášení a může účet zastavit.
safe-block-report-unblock = Odblokovat ho, jestli se omluví
safe-block-report-unblock-reason = Pak ti může zase psát. Nech ho zablokovaného.
safe-block-report-tell = Říct dospělému, kterému věřím, co se stalo
safe-block-report-tell-reason = Dospělý, kterému věříš, ti pomůže to nahlásit a bude ti líp.

## Úroveň 4: přihlašovací kód

level-safe-login-code-title = Tajný přihlašovací kód
level-safe-login-code-instruction = Pokaždé vyber nejlepší odpověď.
level-safe-login-code-learned = Přihlašovací kód je jen pro tebe. Nikdy ho nikomu nedávej, ani kamarádovi, ani „podpoře“.
level-safe-login-code-hint-1 = Kdo potřebuje kód, který ti přijde do mobilu?
level-safe-login-code-hint-2 = Kód je druhý zámek na tvém účtu. Funguje jako klíč.
level-safe-login-code-hint-3 = Skutečné týmy podpory o tvůj kód nikdy nežádají.

safe-login-code-why-prompt = Po zadání hesla ti aplikace pošle kód do mobilu. Proč?
safe-login-code-why-ads = Protože aplikace chce tvoje číslo kvůli reklamám.
safe-login-code-why-ads-reason = Ne. Kód je tu proto, aby chránil tvůj účet.
safe-login-code-why-second-lock = Je to druhý zámek, ať se dostanu dovnitř jen já.
safe-login-code-why-second-lock-reason = Ano. Je to dvoufázové přihlášení. Zloděj s tvým heslem pořád potřebuje kód.
safe-login-code-why-phone-check = Aby zkontrolovala, že mobil ještě funguje.
safe-login-code-why-phone-check-reason = Ne. Kód dokazuje, že se opravdu přihlašuješ ty.

safe-login-code-friend-prompt = Zpráva od Mii: „Jejda, můj kód přišel tobě. Pošleš mi ho?“
safe-login-code-friend-send = Rychle ho pošlu. Mia je kamarádka a potřebuje ho.
safe-login-code-friend-send-reason = Miin účet možná někdo hacknul. Kód by pustil cizího člověka do TVÉHO účtu.
safe-login-code-friend-half = Pošlu jen první polovinu kódu.
safe-login-code-friend-half-reason = I půlka kódu zloději pomůže. Celý kód si nech pro sebe.
safe-login-code-friend-ask = Nepošlu ho. Zeptám se Mii osobně.
safe-login-code-friend-ask-reason = Správně. Ověř si to u Mii jinak. Nejspíš je to podvod.

safe-login-code-support-prompt = Chat píše: „Tady podpora hry. Řekni nám svůj kód, ať je tvůj účet v bezpečí.“
safe-login-code-support-give = Dám jim ho. Jsou to lidi z podpory.
safe-login-code-support-give-reason = Skutečné týmy podpory o tvůj kód nikdy nežádají. Je to podvod.
safe-login-code-support-say-no = Odmítnu. Podpora můj kód nepotřebuje.
safe-login-code-support-say-no-reason = Správně. Skutečné firmy to říkají taky: o tvůj kód nikdy nežádají.
safe-login-code-support-adult-reads = Poprosím dospělého, ať jim kód přečte.
safe-login-code-support-adult-reads-reason = Kód by neměl dávat nikdo, dospělý ani dítě. Ukaž raději zprávu dospělému.

## Úroveň 5: kde hledat pomoc

level-safe-get-help-title = Kde hledat pomoc
level-safe-get-help-instruction = Něco na internetu tě trápí. Pokaždé vyber nejlepší odpověď.
level-safe-get-help-learned = Nikdy na to nejsi bez pomoci. Promluv si s dospělým, kterému věříš. { $helpline }
level-safe-get-help-hint-1 = Je lepší nechat si starost v sobě, nebo se o ni podělit?
level-safe-get-help-hint-2 = Dospělí, kterým věříš, a linky pomoci pro děti naslouchají a pomáhají.
level-safe-get-help-hint-3 = 116 111 je číslo pro děti v mnoha zemích.

safe-get-help-worried-prompt = Na internetu narazíš na něco, co tě vyděsí. Co pomůže nejvíc?
safe-get-help-worried-keep = Nechám si to pro sebe a zkusím na to zapomenout.
safe-get-help-worried-keep-reason = Starosti rostou, když je držíš v sobě. Říct to někomu pomáhá.
safe-get-help-worried-tell = Řeknu dospělému, co mě vyděsilo.
safe-get-help-worried-tell-reason = Ano! Rodič, ten, kdo se o tebe stará, nebo učitel ti může pomoct.
safe-get-help-worried-search = Budu o tom hledat víc na internetu.
safe-get-help-worried-search-reason = Můžeš najít ještě děsivější věci. Nejdřív si s někým promluv.

safe-get-help-nobody-prompt = Nechceš mluvit s nikým, koho znáš. Co můžeš udělat?
safe-get-help-nobody-forum = Zeptat se cizích lidí ve fóru, co dělat.
safe-get-help-nobody-forum-reason = Cizí lidé na internetu nemusí být laskaví ani mít pravdu. Linka pomoci je tu od toho, aby pomohla.
safe-get-help-nobody-wait = Počkat, až problém zmizí sám.
safe-get-help-nobody-wait-reason = Problémy často samy nezmizí. Je v pořádku říct si o pomoc.
safe-get-help-nobody-helpline = Zavolat nebo napsat na linku pomoci.
safe-get-help-nobody-helpline-reason = Ano. Linky pomoci pro děti dětem naslouchají. Nemusíš říkat svoje jméno.

safe-get-help-number-prompt = Plakát ve škole ukazuje 116 111. Co je to za číslo?
safe-get-help-number-helpline = Linka pro děti v mnoha zemích Evropy
safe-get-help-number-helpline-reason = Ano. V mnoha evropských zemích je 116 111 linka pomoci pro děti. Některé země mají jiné číslo.
safe-get-help-number-prize = Číslo, kde můžeš vyhrát ceny
safe-get-help-number-prize-reason = Ne. Je to linka pomoci, kde můžou děti mluvit o svých starostech.
safe-get-help-number-adults = Číslo, na které smí volat jen dospělí
safe-get-help-number-adults-reason = Ne. Na linku pomoci pro děti můžou děti volat samy.

## Úroveň 6 (jen 12–14): když někdo vyhrožuje

level-safe-threats-title = Když někdo vyhrožuje
level-safe-threats-instruction = Někdo vyhrožuje, že zveřejní soukromou fotku. Vyber nejlepší odpověď.
level-safe-threats-learned = Nikdy to není tvoje vina. Neplať, přestaň odpovídat, uchovej zprávy, řekni to dospělému, kterému věříš, a nahlas to.
level-safe-threats-hint-1 = Co od tebe chce ten, kdo vyhrožuje?
level-safe-threats-hint-2 = Zaplatit nebo poslat víc výhrůžky nezastaví. Pomoc ano.
level-safe-threats-hint-3 = Chat si nech jako důkaz, ale přestaň odpovídat.

safe-threats-pay-prompt = Kamarád z internetu píše: „Zaplať mi, nebo zveřejním tu soukromou fotku, co mi přišla od tebe.“
safe-threats-pay-pay = Rychle zaplatím, ať fotka zůstane soukromá.
safe-threats-pay-pay-reason = Zaplacení je nezastaví. Obvykle chtějí víc.
safe-threats-pay-stop = Přestanu odpovídat a řeknu to dospělému.
safe-threats-pay-stop-reason = Ano. Přeruš všechen kontakt a řekni si o pomoc. Dospělý ti pomůže to nahlásit.
safe-threats-pay-more = Pošlu další fotku, ať se uklidní.
safe-threats-pay-more-reason = Nikdy neposílej další. Nepřestanou. Řekni si raději o pomoc.

safe-threats-chat-prompt = Je ti hrozně a chceš, aby chat zmizel. Co s ním uděláš?
safe-threats-chat-delete = Hned smažu celý chat i svůj účet.
safe-threats-chat-delete-reason = Chat je důkaz. Aplikace a policie ho potřebují, aby je zastavily.
safe-threats-chat-forward = Přepošlu chat kamarádům a zeptám se jich na radu.
safe-threats-chat-forward-reason = Nepřeposílej ho. Ať zůstane mezi tebou a dospělým, kterému věříš.
safe-threats-chat-keep = Chat si nechám, pak zablokuju a nahlásím.
safe-threats-chat-keep-reason = Správně. Nech si zprávy jako důkaz, pak účet zablokuj a nahlas.

safe-threats-fault-prompt = Myslíš si: „Je to moje vina. Nemůžu to nikomu říct.“ Co je pravda?
safe-threats-fault-my-fault = Je to moje vina, tak to musím vyřešit bez pomoci.
safe-threats-fault-my-fault-reason = Ne. Špatně jedná ten, kdo vyhrožuje, ne ty.
safe-threats-fault-never = Nikdy to není moje vina a pomoc existuje.
safe-threats-fault-never-reason = Ano. Někdo tě podvedl. Dospělí a linky pomoci pomáhají, aniž by tě obviňovali.
safe-threats-fault-later = Řeknu to dospělému, jen když se to zhorší.
safe-threats-fault-later-reason = Řekni to někomu hned. Čím dřív dostaneš pomoc, tím dřív to skončí.

safe-threats-online-prompt = Bojíš se, že fotka už je na internetu. Co může pomoct?
safe-threats-online-take-it-down = S dospělým použít nástroj jako Take It Down.
safe-threats-online-take-it-down-reason = Take It Down pomáhá odstranit fotky pořízené před tvými 18. narozeninami, z jakékoli země.
safe-threats-online-search = Každý den tu fotku hledat a kontrolovat.
safe-threats-online-search-reason = Z toho ti bude jen hůř. Nech to na dospělém a na nástroji.
safe-threats-online-nothing = Když už je fotka jednou na internetu, nic nepomůže.
safe-threats-online-nothing-reason = To není pravda. Fotky se často dají odstranit. Pomoc existuje vždycky.

## Úroveň 7 (jen 12–14): soukromá fotka někoho jiného

level-safe-not-yours-title = Fotka, která není tvoje
level-safe-not-yours-instruction = V chatu někdo sdílí soukromou fotku spolužáka nebo spolužačky. Dobrý nápad, nebo ne?
level-safe-not-yours-learned = Soukromou fotku někoho jiného si nikdy nenechávej ani ji nepřeposílej. Řekni to dospělému, kterému věříš, a nahlas to.
level-safe-not-yours-hint-1 = Jak by ti bylo, kdyby to byla tvoje fotka?
level-safe-not-yours-hint-2 = Každé sdílení tomu, kdo je na fotce, znovu ublíží.
level-safe-not-yours-hint-3 = Posílat ji dál nikdy není dobrý nápad, ani kvůli radě.

safe-not-yours-forward = Přeposlat ji jednomu kamarádovi
safe-not-yours-forward-reason = Každé sdílení tomu člověku ublíží víc. V mnoha zemích je to i proti zákonu.
safe-not-yours-tell = Říct o tom dospělému, kterému věřím
safe-not-yours-tell-reason = Ano. Dospělý pomůže zastavit její šíření a ty ji nemusíš nikam posílat.
safe-not-yours-save = Uložit si ji do mobilu
safe-not-yours-save-reason = Nenechávej si ji. Taková fotka do tvého mobilu nepatří.
safe-not-yours-report = Nahlásit příspěvek v aplikaci
safe-not-yours-report-reason = Aplikace ji může odstranit. Ten, kdo je na fotce, to potřebuje.
safe-not-yours-ask-friend = Poslat ji kamarádovi a zeptat se, co dělat
safe-not-yours-ask-friend-reason = Neposílej ji nikomu, ani kvůli radě. Řekni jim o ní, ale neposílej ji.
safe-not-yours-kind = Chovat se laskavě k tomu, kdo je na fotce
safe-not-yours-kind-reason = Může mu být hrozně. Není to jeho vina.
safe-not-yours-laugh = Smát se s ostatními, ať nevyčnívám
safe-not-yours-laugh-reason = Smích mu ubližuje ještě víc. Zastavit to můžeš právě ty.
