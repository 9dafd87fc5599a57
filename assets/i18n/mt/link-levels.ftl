# Kaċċaturi tal-Qerq, it-tieni parti: fejn imur verament link jew kodiċi QR. L-ismijiet tad-ditti
# u l-indirizzi huma vvintati u jibqgħu l-istess f’kull lingwa.

## Livell 7: il-kliem fuq link

addr-brand-cometgames = Comet Games

level-addr-link-words-title = Il-kliem fuq link
level-addr-link-words-instruction = Il-kliem ta’ link jista’ jgħid kollox. Iċċekkja fejn imur verament kull link. Huwa Comet Games?
level-addr-link-words-learned = Il-kliem ta’ link jista’ jgħid kollox. Żomm subgħajk fuq link biex tara fejn imur verament. Għandek xi dubju? Tagħfasx: iftaħ is-sit int stess jew staqsi lil adult.
level-addr-link-words-hint-1 = Tafdax il-kliem fuq il-link. Ħares lejn l-indirizz taħtu.
level-addr-link-words-hint-2 = Sib is-sit f’dak l-indirizz: it-tmiem qabel l-ewwel / waħdu, imbagħad l-isem qablu.
level-addr-link-words-hint-3 = Il-kliem tat-tieni link jgħid cometgames, imma l-indirizz tiegħu jmur għal free-coins.example.

addr-link-words-news-shown = Il-link jgħid: cometgames.example/news
addr-link-words-www-shown = Il-link jgħid: www.cometgames.example
addr-link-words-www-note = Muniti b’xejn f’link huma qerq. Iftaħ il-logħba nfisha biex tara l-premjijiet veri.
addr-link-words-login-note = Qatt tikteb password wara li tagħfas link. Iftaħ il-logħba jew is-sit tagħha int stess.
addr-link-words-login-shown = Il-link jgħid: Idħol f’Comet Games
addr-link-words-help-shown = Il-link jgħid: Għajnuna għall-adulti

## Livell 8: kodiċijiet QR f’parkeġġ

addr-brand-parkwise = Parkwise

level-addr-qr-parking-title = Fejn imur il-kodiċi QR?
level-addr-qr-parking-instruction = Qed tgħin lil adult iħallas għall-parkeġġ. Il-kamera turi fejn imur kull kodiċi. Huwa Parkwise?
level-addr-qr-parking-learned = Kodiċi QR huwa link moħbi. Iċċekkja l-indirizz li turi l-kamera qabel tiftħu. Stiker fuq kodiċi huwa sinjal ta’ twissija. Ħallas biss ma’ adult.
level-addr-qr-parking-hint-1 = Kodiċi QR ma tistax taqrah b’għajnejk. X’turi l-kamera?
level-addr-qr-parking-hint-2 = Aqra l-indirizz bħal link: it-tmiem qabel l-ewwel / waħdu, imbagħad l-isem qablu.
level-addr-qr-parking-hint-3 = Il-kodiċi tal-istiker imur għal parkwise-pay.example. Dak mhuwiex parkwise.example.

addr-qr-parking-machine-shown = Kodiċi stampat fuq il-magna tal-parkeġġ
addr-qr-parking-sticker-shown = Stiker imwaħħal fuq il-kodiċi tal-magna
addr-qr-parking-sticker-note = Stiker fuq kodiċi huwa sinjal ta’ twissija. Minflok, ħallas fil-magna jew fl-app vera.
addr-qr-parking-fine-shown = Nota fuq il-karozza: “Multa! Skennja u ħallas issa”
addr-qr-parking-fine-note = Li jgħaġġluk tħallas huwa qerq. Urih lil adult. Jista’ jiċċekkja fl-app vera.
addr-qr-parking-sign-shown = Kodiċi fuq it-tabella l-kbira tal-parkeġġ
