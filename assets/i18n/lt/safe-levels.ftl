# Pasaulis „Saugūs kartu“: kažkas internete, kas nėra tas, kuo dedasi, ką daryti, blokavimas ir
# pranešimas, prisijungimo kodai ir kur gauti pagalbos. 6 ir 7 lygiai – tik 12–14 metų grupei:
# ramiai, be smulkmenų, niekada nekaltinant mokinio. Pasakyti suaugusiajam visada teisinga.
# Žaidėjas vadinamas „Kai_Star“ (lietuviškai „kai“ reiškia „when“).

world-safe-together = Saugūs kartu

safe-bin-good = Gera mintis
safe-bin-bad = Ne gera mintis

## Kur gauti pagalbos: žaidimas į { $helpline } įrašo vieną iš šių pranešimų.

helpline-call = Taip pat gali paskambinti į vaikų pagalbos liniją: { $service }, { $number }.
helpline-ask-adult = Kad sužinotum savo šalies vaikų pagalbos liniją, paklausk suaugusiojo, kuriuo pasitiki.

## 1 lygis: naujas draugas iš žaidimo

level-safe-new-friend-title = Naujas draugas iš žaidimo
level-safe-new-friend-instruction = Tau rašo kažkas iš žaidimo. Paliesk kiekvieną pavojaus ženklą.
level-safe-new-friend-learned = Paslaptys, nuotraukos, privatūs pokalbiai ir susitikimai – pavojaus ženklai. Sustok ir pasakyk suaugusiajam, kuriuo pasitiki.
level-safe-new-friend-hint-1 = Perskaityk kiekvieną eilutę. Ar tavo amžiaus draugas to klaustų?
level-safe-new-friend-hint-2 = Saugokis, kai kas nors nori paslapčių, nuotraukų, tavo duomenų ar susitikimo.
level-safe-new-friend-hint-3 = Įsižiūrėk į eilutes apie tėvus ir mokyklą.

safe-new-friend-sender = Nuo: Kai_Star (žaidėjas iš tavo žaidimo)
safe-new-friend-sender-reason = Kalbėtis su žaidėjais gali būti smagu. Bet apie Kai_Star žinai tik tai, ką jis pats apie save sako.
safe-new-friend-game = Geras šiandien žaidimas! Kuriame tu lygyje?
safe-new-friend-game-reason = Kalbėti apie žaidimą įprasta. Ši eilutė tvarkinga.
safe-new-friend-secret = Nesakyk tėvams apie mane, gerai?
safe-new-friend-secret-reason = Geras draugas neprašo slėpti jo nuo šeimos. Tai pavojaus ženklas.
safe-new-friend-private = Pasikalbėkim kitoje programėlėje. Tik mudu.
safe-new-friend-private-reason = Vilioti tave į privatų pokalbį, toliau nuo kitų, – pavojaus ženklas.
safe-new-friend-photo = Atsiųsk man savo nuotrauką. Tik man!
safe-new-friend-photo-reason = Niekada nesiųsk savo nuotraukų tam, kurį pažįsti tik internete.
safe-new-friend-school = Į kurią mokyklą eini?
safe-new-friend-school-reason = Tavo mokykla pasako nepažįstamajam, kur tave rasti. Laikyk ją privačiai.
safe-new-friend-meet = Susitikim šeštadienį parke!
safe-new-friend-meet-reason = Niekada nesusitik su tuo, kurį pažįsti tik internete. Pasakyk suaugusiajam, kuriuo pasitiki.

## 2 lygis: ką daryti

level-safe-what-to-do-title = Ką darai?
level-safe-what-to-do-instruction = Kai_Star iš žaidimo nori daugiau. Kiekvieną kartą pasirink geriausią atsakymą.
level-safe-what-to-do-learned = Visada gali pasakyti „ne“. Užblokuok tą žmogų ir pasakyk suaugusiajam, kuriuo pasitiki. Tai niekada ne tavo kaltė.
level-safe-what-to-do-hint-1 = Kas galėtų padėti patikrinti, ar Kai_Star tikrai tas, kuo dedasi?
level-safe-what-to-do-hint-2 = Paslaptys ir susitikimai su draugais iš interneto – pavojaus ženklai. Gauk pagalbos, neik be nieko.
level-safe-what-to-do-hint-3 = Kai_Star supyko? Tau visai nereikia jam atsakinėti.

safe-what-to-do-secret-prompt = Kai_Star rašo: „Tegul mūsų pokalbiai lieka paslaptis.“ Ką darai?
safe-what-to-do-secret-keep = Saugau paslaptį. Jis man malonus.
safe-what-to-do-secret-keep-reason = Malonūs žodžiai gali slėpti gudrybę. Tikram draugui nereikia paslapčių nuo tavo šeimos.
safe-what-to-do-secret-ask-why = Pirma paklausiu, kodėl, tada sprendžiu savarankiškai.
safe-what-to-do-secret-ask-why-reason = Kai_Star gali turėti gudrų atsakymą. Nespręsk be kitų: paklausk žmogaus, kuriuo pasitiki.
safe-what-to-do-secret-tell = Papasakoju apie pokalbius suaugusiajam.
safe-what-to-do-secret-tell-reason = Taip! Prašymas saugoti paslaptis – pavojaus ženklas. Suaugęs žmogus, kuriuo pasitiki, padės patikrinti.

safe-what-to-do-meet-prompt = Kai_Star nori susitikti su tavimi parke. Ką darai?
safe-what-to-do-meet-go-with-friend = Einu, bet pasiimu draugą iš klasės.
safe-what-to-do-meet-go-with-friend-reason = Du vaikai – nepakankamai saugu. Niekada nesusitik su tuo, kurį pažįsti tik internete.
safe-what-to-do-meet-say-no = Sakau „ne“ ir pasakau suaugusiajam.
safe-what-to-do-meet-say-no-reason = Teisingai. Pasakyk „ne“ ir leisk suaugusiajam, kuriuo pasitiki, padėti tau dėl Kai_Star.
safe-what-to-do-meet-go-tell-later = Einu, o vėliau pasakau suaugusiajam.
safe-what-to-do-meet-go-tell-later-reason = Pasakyti suaugusiajam gerai, bet neik. Niekada nesusitik su tuo, kurį pažįsti tik internete.

safe-what-to-do-angry-prompt = Pasakei „ne“. Dabar Kai_Star siunčia tau piktas žinutes.
safe-what-to-do-angry-block = Užblokuoju, pasakau suaugusiajam.
safe-what-to-do-angry-block-reason = Taip. Tau nereikia atsakinėti. Užblokuok Kai_Star ir paprašyk pagalbos suaugusiojo, kuriuo pasitiki.
safe-what-to-do-angry-sorry = Atsiprašau ir darau viską, ko jis nori.
safe-what-to-do-angry-sorry-reason = Nieko blogo nepadarei. Pasakyti „ne“ buvo teisinga.
safe-what-to-do-angry-argue = Rašau atgal tol, kol jis atsiprašys.
safe-what-to-do-angry-argue-reason = Ginčas tik skatina jį rašyti toliau. Verčiau nustok atsakinėti.

## 3 lygis: užblokuok ir pranešk

level-safe-block-report-title = Užblokuok ir pranešk
level-safe-block-report-instruction = Kažkas internete verčia tave jaustis blogai. Ar kiekviena mintis gera, ar ne?
level-safe-block-report-learned = Išsaugok žinutes, užblokuok žmogų, pranešk apie jį programėlėje ir pasakyk suaugusiajam, kuriuo pasitiki.
level-safe-block-report-hint-1 = Kurios mintys pagerina padėtį, o kurios pablogina?
level-safe-block-report-hint-2 = Išsaugok įrodymus, sustabdyk žinutes ir gauk pagalbos.
level-safe-block-report-hint-3 = Ištrinti pokalbį – ne gera mintis: įrodymai dingtų.

safe-block-report-screenshot = Padaryti žinučių ekrano kopijas
safe-block-report-screenshot-reason = Ekrano kopijos – įrodymai. Padaryk jas prieš blokuojant, jei pokalbis dingtų.
safe-block-report-delete = Ištrinti visą pokalbį, kad niekas nematytų
safe-block-report-delete-reason = Tada įrodymai dings. Pasilik žinutes, kad suaugęs žmogus galėtų padėti.
safe-block-report-block = Užblokuoti žmogų
safe-block-report-block-reason = Užblokavus jis nebegali tau siųsti žinučių.
safe-block-report-reply-mean = Atsakyti pikta žinute
safe-block-report-reply-mean-reason = Tai gali viską pabloginti. Visai neatsakinėk.
safe-block-report-report = Pranešti apie profilį programėlėje
safe-block-report-report-reason = Programėlės komanda tikrina pranešimus ir gali sustabdyti paskyrą.
safe-block-report-unblock = Atblokuoti ir pažiūrėti, ar atsiprašys
safe-block-report-unblock-reason = Tada jis vėl galės tau rašyti. Palik jį užblokuotą.
safe-block-report-tell = Papasakoti suaugusiajam, kas nutiko
safe-block-report-tell-reason = Suaugęs žmogus, kuriuo pasitiki, gali padėti pranešti ir pasijusti geriau.

## 4 lygis: prisijungimo kodas

level-safe-login-code-title = Slaptas prisijungimo kodas
level-safe-login-code-instruction = Kiekvieną kartą pasirink geriausią atsakymą.
level-safe-login-code-learned = Prisijungimo kodas skirtas tik tau. Niekada niekam jo neduok – nei draugui, nei „pagalbos tarnybai“.
level-safe-login-code-hint-1 = Kam reikia kodo, kuris ateina į tavo telefoną?
level-safe-login-code-hint-2 = Kodas – antroji spyna ant tavo paskyros. Jis veikia kaip raktas.
level-safe-login-code-hint-3 = Tikros pagalbos tarnybos niekada neprašo tavo kodo.

safe-login-code-why-prompt = Po slaptažodžio programėlė atsiunčia kodą į tavo telefoną. Kodėl?
safe-login-code-why-ads = Nes programėlė nori tavo numerio reklamoms.
safe-login-code-why-ads-reason = Ne. Kodas skirtas tavo paskyrai apsaugoti.
safe-login-code-why-second-lock = Tai antra spyna: įeini tik tu.
safe-login-code-why-second-lock-reason = Taip. Tai prisijungimas dviem veiksmais. Vagiui su tavo slaptažodžiu vis tiek reikia kodo.
safe-login-code-why-phone-check = Kad patikrintų, ar telefonas dar veikia.
safe-login-code-why-phone-check-reason = Ne. Kodas įrodo, kad jungiesi tikrai tu.

safe-login-code-friend-prompt = Žinutė nuo Mijos: „Oi, mano kodas atėjo tau. Gal atsiųsi man?“
safe-login-code-friend-send = Greitai išsiunčiu. Mija mano draugė.
safe-login-code-friend-send-reason = Mijos paskyra gali būti įsilaužta. Kodas įleistų nepažįstamąjį į TAVO paskyrą.
safe-login-code-friend-half = Išsiunčiu tik pirmą kodo pusę.
safe-login-code-friend-half-reason = Pusė kodo vagiui vis tiek padeda. Pasilik visą kodą sau.
safe-login-code-friend-ask = Nesiunčiu. Paklausiu Mijos gyvai.
safe-login-code-friend-ask-reason = Teisingai. Pasitikrink su Mija kitu būdu. Greičiausiai tai gudrybė.

safe-login-code-support-prompt = Pokalbyje rašoma: „Čia žaidimo pagalbos tarnyba. Pasakyk mums savo kodą, kad apsaugotume paskyrą.“
safe-login-code-support-give = Duodu. Tai pagalbos tarnyba.
safe-login-code-support-give-reason = Tikros pagalbos tarnybos niekada neprašo tavo kodo. Tai gudrybė.
safe-login-code-support-say-no = Atsisakau. Pagalbai kodo nereikia.
safe-login-code-support-say-no-reason = Teisingai. Tikros įmonės tai ir sako: jos niekada neprašo tavo kodo.
safe-login-code-support-adult-reads = Paprašau suaugusiojo perskaityti jiems kodą.
safe-login-code-support-adult-reads-reason = Niekas neturėtų atiduoti kodo – nei suaugęs, nei vaikas. Verčiau parodyk žinutę suaugusiajam.

## 5 lygis: kur gauti pagalbos

level-safe-get-help-title = Kur gauti pagalbos
level-safe-get-help-instruction = Kažkas internete tave neramina. Kiekvieną kartą pasirink geriausią atsakymą.
level-safe-get-help-learned = Pagalbos visada yra. Pasikalbėk su suaugusiuoju, kuriuo pasitiki. { $helpline }
level-safe-get-help-hint-1 = Ar geriau nerimą laikyti savyje, ar juo pasidalinti?
level-safe-get-help-hint-2 = Suaugusieji, kuriais pasitiki, ir vaikų pagalbos linijos išklauso ir padeda.
level-safe-get-help-hint-3 = 116 111 – numeris vaikams daugelyje šalių.

safe-get-help-worried-prompt = Internete pamatei kai ką, kas tave gąsdina. Kas padeda labiausiai?
safe-get-help-worried-keep = Pasilieku tai sau ir bandau pamiršti.
safe-get-help-worried-keep-reason = Nerimas auga, kai laikai jį savyje. Papasakoti kam nors padeda.
safe-get-help-worried-tell = Papasakoju suaugusiajam, ką mačiau.
safe-get-help-worried-tell-reason = Taip! Tėvai, tave prižiūrintis žmogus ar mokytojas gali tau padėti.
safe-get-help-worried-search = Ieškau internete daugiau apie tai.
safe-get-help-worried-search-reason = Gali rasti dar baisesnių dalykų. Pirma pasikalbėk su kuo nors.

safe-get-help-nobody-prompt = Nenori kalbėtis su niekuo, ką pažįsti. Ką gali daryti?
safe-get-help-nobody-forum = Klausiu nepažįstamųjų forume, ką daryti.
safe-get-help-nobody-forum-reason = Nepažįstamieji internete gali būti nemalonūs ar klysti. Pagalbos linija tam ir yra, kad padėtų.
safe-get-help-nobody-wait = Laukiu, kol problema praeis.
safe-get-help-nobody-wait-reason = Problemos dažnai pačios nepraeina. Prašyti pagalbos – normalu.
safe-get-help-nobody-helpline = Skambinu ar rašau pagalbos linijai.
safe-get-help-nobody-helpline-reason = Taip. Vaikų pagalbos linijos išklauso vaikus. Savo vardo sakyti nereikia.

safe-get-help-number-prompt = Plakate mokykloje parašyta 116 111. Koks tai numeris?
safe-get-help-number-helpline = Vaikų pagalbos linija didelėje Europos dalyje
safe-get-help-number-helpline-reason = Taip. Daugelyje Europos šalių 116 111 yra vaikų pagalbos linija. Kai kurios šalys naudoja kitą numerį.
safe-get-help-number-prize = Numeris, kuriuo gali laimėti prizų
safe-get-help-number-prize-reason = Ne. Tai pagalbos linija, kur vaikai gali pasikalbėti apie savo rūpesčius.
safe-get-help-number-adults = Numeris, kuriuo skambinti leidžiama tik suaugusiesiems
safe-get-help-number-adults-reason = Ne. Vaikai į vaikų pagalbos liniją gali skambinti patys.

## 6 lygis (tik 12–14): kai kažkas grasina

level-safe-threats-title = Kai kažkas grasina
level-safe-threats-instruction = Kažkas grasina paskelbti privačią nuotrauką. Pasirink geriausią atsakymą.
level-safe-threats-learned = Tai niekada ne tavo kaltė. Nemokėk, nustok atsakinėti, išsaugok žinutes, pasakyk suaugusiajam, kuriuo pasitiki, ir pranešk.
level-safe-threats-hint-1 = Ko iš tavęs nori grasinantis žmogus?
level-safe-threats-hint-2 = Mokėjimas ar papildomų nuotraukų siuntimas grasinimų nesustabdo. Pagalba sustabdo.
level-safe-threats-hint-3 = Išsaugok pokalbį kaip įrodymą, bet nustok atsakinėti.

safe-threats-pay-prompt = Draugas iš interneto rašo: „Sumokėk man, kitaip paskelbsiu privačią nuotrauką, kurią atsiuntei.“
safe-threats-pay-pay = Greitai sumoku, kad nuotrauka liktų privati.
safe-threats-pay-pay-reason = Mokėjimas jų nesustabdo. Dažniausiai jie prašo daugiau.
safe-threats-pay-stop = Nustoju atsakinėti, pasakau suaugusiajam.
safe-threats-pay-stop-reason = Taip. Nutrauk bet kokį ryšį ir gauk pagalbos. Suaugęs žmogus gali padėti pranešti.
safe-threats-pay-more = Siunčiu dar vieną nuotrauką, kad jis nurimtų.
safe-threats-pay-more-reason = Niekada nesiųsk daugiau. Jie nesustos. Verčiau gauk pagalbos.

safe-threats-chat-prompt = Jautiesi siaubingai ir nori, kad pokalbio neliktų. Ką su juo darai?
safe-threats-chat-delete = Iškart ištrinu visą pokalbį ir savo paskyrą.
safe-threats-chat-delete-reason = Pokalbis – įrodymas. Programėlei ir policijai jo reikia, kad juos sustabdytų.
safe-threats-chat-forward = Persiunčiu pokalbį draugams, kad paklausčiau.
safe-threats-chat-forward-reason = Nepersiųsk. Tegul tai lieka tarp tavęs ir suaugusiojo, kuriuo pasitiki.
safe-threats-chat-keep = Pasilieku pokalbį, tada blokuoju ir pranešu.
safe-threats-chat-keep-reason = Teisingai. Išsaugok žinutes kaip įrodymą, tada užblokuok paskyrą ir pranešk apie ją.

safe-threats-fault-prompt = Galvoji: „Tai mano kaltė. Niekam negaliu pasakyti.“ Kas tiesa?
safe-threats-fault-my-fault = Tai mano kaltė, todėl turiu viską išspręsti be niekieno.
safe-threats-fault-my-fault-reason = Ne. Blogai elgiasi grasinantis žmogus, o ne tu.
safe-threats-fault-never = Tai niekada ne mano kaltė, ir pagalba yra.
safe-threats-fault-never-reason = Taip. Tave apgavo. Suaugusieji ir pagalbos linijos padeda nekaltindami tavęs.
safe-threats-fault-later = Pasakysiu suaugusiajam, tik jei pablogės.
safe-threats-fault-later-reason = Pasakyk kam nors dabar. Kuo anksčiau gausi pagalbos, tuo anksčiau tai baigsis.

safe-threats-online-prompt = Bijai, kad nuotrauka jau internete. Kas gali padėti?
safe-threats-online-take-it-down = Su suaugusiuoju naudotis Take It Down.
safe-threats-online-take-it-down-reason = Take It Down padeda pašalinti nuotraukas, darytas iki tau sukako 18 metų, iš bet kurios šalies.
safe-threats-online-search = Kasdien ieškoti nuotraukos, kad patikrintum.
safe-threats-online-search-reason = Nuo to tik blogiau. Tegul tą darbą atlieka suaugęs žmogus ir įrankis.
safe-threats-online-nothing = Kai nuotrauka internete, niekas nebepadės.
safe-threats-online-nothing-reason = Netiesa. Nuotraukas dažnai galima pašalinti. Pagalbos visada yra.

## 7 lygis (tik 12–14): kito žmogaus privati nuotrauka

level-safe-not-yours-title = Ne tavo nuotrauka
level-safe-not-yours-instruction = Pokalbyje paskelbta privati klasės draugo nuotrauka. Gera mintis ar ne?
level-safe-not-yours-learned = Niekada nelaikyk ir nepersiųsk kito žmogaus privačios nuotraukos. Pasakyk suaugusiajam, kuriuo pasitiki, ir pranešk.
level-safe-not-yours-hint-1 = Kaip jaustumeisi, jei tai būtų tavo nuotrauka?
level-safe-not-yours-hint-2 = Kiekvienas pasidalijimas vėl skaudina žmogų nuotraukoje.
level-safe-not-yours-hint-3 = Siųsti ją toliau niekada nėra gera mintis, net norint paprašyti pagalbos.

safe-not-yours-forward = Persiųsti vienam draugui
safe-not-yours-forward-reason = Kiekvienas pasidalijimas skaudina žmogų vis labiau. Daugelyje šalių tai ir prieš įstatymą.
safe-not-yours-tell = Papasakoti apie tai suaugusiajam
safe-not-yours-tell-reason = Taip. Suaugęs žmogus gali padėti sustabdyti plitimą, o tau nereikės nuotraukos siųsti.
safe-not-yours-save = Išsaugoti telefone
safe-not-yours-save-reason = Nelaikyk jos. Tokiai nuotraukai ne vieta tavo telefone.
safe-not-yours-report = Pranešti apie įrašą programėlėje
safe-not-yours-report-reason = Programėlė gali jį pašalinti. Žmogui nuotraukoje to reikia.
safe-not-yours-ask-friend = Nusiųsti draugui ir paklausti, ką daryti
safe-not-yours-ask-friend-reason = Niekam jos nesiųsk, net jei nori pagalbos. Verčiau papasakok, kas nutiko.
safe-not-yours-kind = Maloniai elgtis su žmogumi nuotraukoje
safe-not-yours-kind-reason = Jis gali jaustis siaubingai. Tai ne jo kaltė.
safe-not-yours-laugh = Juoktis kartu, kad pritapčiau
safe-not-yours-laugh-reason = Juokas skaudina dar labiau. Tu gali tai sustabdyti.
