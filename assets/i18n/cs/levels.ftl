world-share-safe = Sdílej bezpečně

level-share-or-keep-title = Sdílet, nebo nechat pro sebe?
level-share-or-keep-instruction = Můžeš tohle sdílet na internetu, nebo si to raději nechat pro sebe?
level-share-or-keep-learned = Věci, které tě baví, i jméno tvého zvířátka, sdílet můžeš. Kde tě najít a tvoje hesla zůstávají soukromé.
level-share-or-keep-hint-1 = Zeptej se: mohl by mě cizí člověk díky tomu najít, nebo se dostat do mého účtu?
level-share-or-keep-hint-2 = Věci, které tě baví, sdílet můžeš. To, co ukazuje, kde tě najít, nebo co otevírá tvoje účty, zůstává soukromé.
level-share-or-keep-hint-3 = Jméno tvého zvířátka sdílet můžeš, ale nikdy jako heslo. Tvoje adresa zůstává soukromá.

card-favourite-colour = Tvoje oblíbená barva
reason-favourite-colour = Stejnou barvu má rádo spoustu lidí, takže neprozradí, kdo jsi ani kde jsi.
card-home-address = Tvoje adresa domů
reason-home-address = Cizí člověk by podle ní mohl zjistit, kde bydlíš.
card-favourite-game = Tvoje oblíbená hra
reason-favourite-game = Povídat si o hrách, které tě baví, je zábava a nikomu to neřekne, kde jsi.
card-password = Tvoje heslo
reason-password = Heslo je klíč. Znát ho smíš jen ty a tvoji rodiče nebo ten, kdo se o tebe stará.
card-pet-name = Jméno tvého zvířátka
reason-pet-name = Sdílet ho můžeš. Jen ho nikdy nepoužívej jako heslo: kdo ho zná, mohl by ho uhodnout.
card-favourite-animal = Tvoje oblíbené zvíře
reason-favourite-animal = Je zábavné ho sdílet a nic neříká o tom, kde bydlíš.
card-school-name = Název tvé školy
reason-school-name = Prozradí ostatním, kde tě každý den najdou.
