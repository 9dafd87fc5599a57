# Id-dinja “Kaċċaturi tal-Qerq”: l-istudent jagħfas is-sinjali ta’ twissija fuq skrin
# ivvintat. Nies, kumpaniji, numri u indirizzi huma vvintati: jibqgħu l-istess.

world-scam-spotters = Kaċċaturi tal-Qerq

## Livell 1: messaġġ dwar premju

level-flags-prize-message-title = Premju b’sorpriża?
level-flags-prize-message-instruction = Agħfas kull sinjal ta’ twissija f’dan il-messaġġ.
level-flags-prize-message-learned = Premju b’sorpriża minn barrani huwa qerq, għalhekk qatt tibgħatlu d-dettalji tiegħek.
level-flags-prize-message-hint-1 = Aqra kull linja bil-mod. Ħabib kien jikteb hekk?
level-flags-prize-message-hint-2 = Barranin, premjijiet b’sorpriża u mistoqsijiet dwarek huma sinjali ta’ twissija.
level-flags-prize-message-hint-3 = Ħares min bagħtu. Hemm żewġ sinjali oħra iktar ’l isfel.

flags-prize-message-sender = Minn: numru mhux magħruf
flags-prize-message-sender-reason = Ma tafx dan in-numru. Oqgħod attenzjoni meta jiktiblek barrani.
flags-prize-message-greeting = Hello!
flags-prize-message-greeting-reason = Tislima ħabiba hija normali. Waħedha mhix sinjal ta’ twissija.
flags-prize-message-prize = Prosit! Rbaħt tablet ġdid!
flags-prize-message-prize-reason = Ma kienx hemm kompetizzjoni, imma hemm premju? Premju b’sorpriża minn barrani huwa qerq.
flags-prize-message-picture = Stampa: tablet jleqq b’żigarella ħamra
flags-prize-message-picture-reason = Stampa waħedha mhix sinjal ta’ twissija. Aqra wkoll il-kliem ta’ madwarha.
flags-prize-message-request = Biex teħodha, ibgħatilna ismek u l-indirizz ta’ darek.
flags-prize-message-request-reason = Qatt tagħti l-indirizz ta’ darek lil barrani. Staqsi lil adult qabel ma twieġeb.
flags-prize-message-signoff = Il-ġurnata t-tajba!
flags-prize-message-signoff-reason = Tislima sabiħa hija normali. Kliem sabiħ waħdu ma jagħmilx messaġġ tajjeb jew ħażin.

## Livell 2: email falza dwar pakkett

level-flags-parcel-email-title = L-email tal-pakkett
level-flags-parcel-email-instruction = Agħfas kull sinjal ta’ twissija f’din l-email.
level-flags-parcel-email-learned = Kumpanija vera qatt ma titlob il-password tiegħek f’email. Li jgħaġġluk huwa qerq.
level-flags-parcel-email-hint-1 = Aqra kull linja. Din ġejja verament minn kumpanija tal-pakketti?
level-flags-parcel-email-hint-2 = Emails foloz jiġu minn indirizzi strambi, jgħaġġluk u jitolbu sigrieti.
level-flags-parcel-email-hint-3 = Ħares min bagħatha u lejn il-link. Hemm aktar sinjali ta’ twissija.

flags-parcel-email-sender = Minn: QuickBox Parcels <qb.help.2291@free-mail.example>
flags-parcel-email-sender-reason = Kumpanija tal-pakketti tikteb mill-indirizz tagħha. Dan huwa biss indirizz tal-posta b’xejn.
flags-parcel-email-subject = Suġġett: Ma stajniex inwasslu l-pakkett tiegħek
flags-parcel-email-subject-reason = Xi drabi pakkett verament ma jitwassalx. Is-suġġett waħdu mhux sinjal ta’ twissija.
flags-parcel-email-greeting = Bonġu,
flags-parcel-email-greeting-reason = Tislima sempliċi hija normali. Waħedha mhix sinjal ta’ twissija.
flags-parcel-email-urgency = Ħallas tariffa żgħira fi żmien siegħa, inkella jmur lura!
flags-parcel-email-urgency-reason = Il-qarrieqa jgħaġġluk biex ma tiqafx taħseb. Kumpanija vera tagħtik il-ħin.
flags-parcel-email-link = Ikklikkja hawn: parcel-help.example/pay-now
flags-parcel-email-link-reason = Il-link imur għal parcel-help, mhux għal QuickBox. Staqsi lil adult biex jiċċekkja fuq is-sit veru.
flags-parcel-email-request = Imbagħad ikteb il-password u n-numru tal-karta tiegħek.
flags-parcel-email-request-reason = L-ebda kumpanija tal-pakketti ma teħtieġ il-password tiegħek. Qatt tikteb password jew numru ta’ karta wara link f’email.
flags-parcel-email-signoff = Grazzi, it-tim ta’ QuickBox
flags-parcel-email-signoff-reason = Li tiffirma b’isem huwa normali. Imma kulħadd jista’ jikteb kwalunkwe isem, għalhekk iċċekkja l-linji l-oħra wkoll.

## Livell 3: paġna ta’ ħanut falz

level-flags-fake-shop-title = Is-super bejgħ
level-flags-fake-shop-instruction = Agħfas kull sinjal ta’ twissija f’din il-paġna tal-ħanut.
level-flags-fake-shop-learned = Iċċekkja l-indirizz u l-prezz ta’ ħanut, u qatt tagħti password jew numru ta’ karta f’chat.
level-flags-fake-shop-hint-1 = Ibda minn fuq. Ħanut veru jagħmel dan kollu?
level-flags-fake-shop-hint-2 = Ħwienet foloz jikkupjaw ismijiet veri, għandhom prezzijiet ċkejknin u jgħaġġluk.
level-flags-fake-shop-hint-3 = Aqra l-indirizz ittra ittra: hemm numru moħbi fih. Hemm tliet sinjali oħra iktar ’l isfel.

flags-fake-shop-address = jollyt0y-shop.example/super-sale
flags-fake-shop-address-reason = Ħares sew: fih żero, mhux l-ittra o. Ħwienet foloz jikkupjaw l-ismijiet ta’ ħwienet veri.
flags-fake-shop-welcome = Merħba f’Jollytoy!
flags-fake-shop-welcome-reason = Linja ta’ merħba hija normali f’paġna ta’ ħanut. Waħedha mhix sinjal ta’ twissija.
flags-fake-shop-picture = Stampa: konsola tal-logħob b’żewġ kontrollers
flags-fake-shop-picture-reason = Il-ħwienet juru stampi ta’ dak li jbigħu. Dan normali.
flags-fake-shop-price = Konsola tal-logħob: 99% skont fuq il-prezz normali
flags-fake-shop-price-reason = Konsola qatt ma tkun daqshekk irħisa. Prezz tajjeb wisq biex ikun veru huwa qerq.
flags-fake-shop-countdown = L-offerta tispiċċa fi 04:59!
flags-fake-shop-countdown-reason = L-arloġġ li jgħaddi jrid jgħaġġlek. Ħwienet foloz jgħaġġluk biex ma tiċċekkjax.
flags-fake-shop-delivery = Il-konsenja tieħu minn 3 sa 5 ijiem.
flags-fake-shop-delivery-reason = Il-ħwienet jgħidulek kemm tieħu l-konsenja. Dan normali.
flags-fake-shop-chat = Chat: Ibgħatilna l-password u n-numru tal-karta hawn.
flags-fake-shop-chat-reason = Ħanut veru qatt ma jitlob il-password tiegħek. Numri tal-karti qatt ma jmorru f’chat.

## Livell 4: liema links imorru għal Moonbank?

addr-brand-moonbank = Moonbank

level-addr-moonbank-title = Verament Moonbank?
level-addr-moonbank-instruction = Għal kull link, agħfas il-parti li tagħti isem is-sit. Imbagħad għid jekk huwiex is-sit ta’ Moonbank.
level-addr-moonbank-learned = Aqra l-isem ta’ link mill-aħħar: it-tmiem eżatt qabel l-ewwel / waħdu, imbagħad l-isem qablu. Dak hu s-sit. Kliem quddiemu jew wara l-/ ma jipprova xejn.
level-addr-moonbank-hint-1 = Sib l-ewwel / waħdu fil-link. L-isem tas-sit jispiċċa eżatt qablu.
level-addr-moonbank-hint-2 = Aqra lura minn dik il-/: l-ewwel it-tmiem .example, imbagħad l-isem qablu. Flimkien huma s-sit.
level-addr-moonbank-hint-3 = It-tielet link imur għal free-gifts.example. Il-kelma moonbank wara l-/ hija biss isem ta’ paġna.

## Livell 5: links li jixbhu

addr-brand-pixelpost = Pixelpost

level-addr-lookalike-title = Links li jixbhu
level-addr-lookalike-instruction = Għal kull link, agħfas il-parti li tagħti isem is-sit. Imbagħad għid jekk huwiex is-sit ta’ Pixelpost.
level-addr-lookalike-learned = Il-qarrieqa jaħbu s-sit veru wara @, iżidu kliem żejjed, jew ibiddlu ittri b’oħrajn li jixbhuhom. Aqra s-sit ittra ittra.
level-addr-lookalike-hint-1 = Hemm @ fil-link? Is-sit jiġi warajha.
level-addr-lookalike-hint-2 = Aqra s-sit ittra ittra. Kelma żejda jew ittra stramba jagħmluh sit ieħor.
level-addr-lookalike-hint-3 = Ħares lejn l-i fit-tieni link: ġejja minn alfabett ieħor. Hekk isir sit ieħor.

## Livell 6: x’tagħmel b’qerq

level-scam-what-to-do-title = X’tagħmel?
level-scam-what-to-do-instruction = Tfaċċa xi ħaġa stramba. Agħżel kull darba l-aħjar ħaġa li tagħmel.
level-scam-what-to-do-learned = Jekk messaġġ jgħaġġlek, jidher stramb jew irid numru ta’ karta, tagħfasx. Iċċekkja b’mod ieħor u għid lil adult ta’ fiduċja.
level-scam-what-to-do-hint-1 = Detettiv tajjeb jieqaf u jaħseb qabel jagħfas xi ħaġa.
level-scam-what-to-do-hint-2 = Il-qarrieqa jgħaġġluk, jużaw l-accounts tal-ħbieb u jwiegħdu premjijiet. Ieqaf qabel tagħfas.
level-scam-what-to-do-hint-3 = Meta l-account ta’ ħabib jibgħat xi ħaġa stramba, iċċekkja mal-ħabib b’mod ieħor.

scam-what-to-do-account-closed-prompt = Messaġġ jgħid: “L-account tal-logħba tiegħek se jingħalaq ILLUM! Agħfas hawn biex issalvah: save-my-game.example”
scam-what-to-do-account-closed-tap-fast = Nagħfas il-link malajr biex insalva l-account.
scam-what-to-do-account-closed-tap-fast-reason = Il-għaġla hija qerq biex ma taħsibx. Il-link jista’ jisraqlek il-password.
scam-what-to-do-account-closed-tell-adult = Ma nagħfasx. Nurih lil adult.
scam-what-to-do-account-closed-tell-adult-reason = Prosit! Flimkien tistgħu tiċċekkjaw fil-logħba vera. Għaġla bħal din hija qerq.
scam-what-to-do-account-closed-reply = Inwieġeb u nistaqsi min huma.
scam-what-to-do-account-closed-reply-reason = Tweġiba tgħid lill-qarrieq li xi ħadd jaqra l-messaġġi tiegħu. Aħjar ma twieġeb xejn.

scam-what-to-do-friend-link-prompt = L-account ta’ ħabibek Sam f’daqqa waħda jibagħtlek: “lol dan int?? clip-watch.example/v/8812”
scam-what-to-do-friend-link-tap = Nagħfsu. Ġej minn Sam, allura sigur.
scam-what-to-do-friend-link-tap-reason = Forsi xi ħadd ieħor qed juża l-account ta’ Sam. Il-qarrieqa jibagħtu links ħżiena mill-accounts tal-ħbieb.
scam-what-to-do-friend-link-pass-on = Nibagħtu lill-ħbieb l-oħra wkoll.
scam-what-to-do-friend-link-pass-on-reason = Imbagħad jistgħu jagħfsuh huma wkoll. Qatt tgħaddi link li għandek dubju fuqu.
scam-what-to-do-friend-link-grown-up-phone = Nagħfsu, imma fuq it-telefon ta’ adult.
scam-what-to-do-friend-link-grown-up-phone-reason = Link ħażin huwa ħażin fuq kull telefon, u jista’ jitlob password. L-ewwel iċċekkja ma’ Sam.
scam-what-to-do-friend-link-ask-another-way = L-ewwel nistaqsi lil Sam personalment.
scam-what-to-do-friend-link-ask-another-way-reason = Tajjeb ħafna! Staqsi lil Sam personalment jew bit-telefon. Jekk Sam ma bagħtux, għid lil adult.

scam-what-to-do-won-phone-prompt = Pop-up jgħid: “Rbaħt telefon ġdid! Ikteb in-numru tal-karta tal-ġenitur tiegħek biex teħdu.”
scam-what-to-do-won-phone-close-tell = Nagħlqu u ngħid lil adult.
scam-what-to-do-won-phone-close-tell-reason = Sew! Premju veru qatt ma jeħtieġ numru ta’ karta. Adult jista’ jiċċekkja li kollox sigur.
scam-what-to-do-won-phone-type-card = Inġib il-karta u nikteb in-numru.
scam-what-to-do-won-phone-type-card-reason = M’hemmx telefon. Il-qarrieqa jridu n-numru tal-karta biex jieħdu l-flus.
scam-what-to-do-won-phone-claim = Nagħfas “Ikklejmja l-premju”.
scam-what-to-do-won-phone-claim-reason = Buttuni fuq pop-up bħal dan jistgħu jiftħu aktar qerq. Minflok, agħlqu.
