# Murija mill-paġna web innifisha: test sempliċi biss (bla placeables).

web-loading = Byte Bridge qed jitla’…
web-error-webgl = Dan il-browser ma jistax juri l-logħba, għax WebGL 2 nieqes jew mitfi. Ipprova Chrome aġġornat.
web-error-download = Il-logħba ma setgħetx titniżżel. Iċċekkja l-konnessjoni, imbagħad erġa’ tella’ l-paġna.
web-error-crash = Xi ħaġa marret ħażin u l-logħba waqfet. L-istilel tiegħek huma ssejvjati. Erġa’ tella’ l-paġna, jekk jogħġbok.
web-teacher-error-download = Il-paġna tal-għalliema ma setgħetx titniżżel. Iċċekkja l-konnessjoni, imbagħad erġa’ tella’ l-paġna.
web-teacher-framed = Din il-paġna turi data tal-klassi, għalhekk tinfetaħ waħedha biss, mhux ġo sit ieħor.
web-teacher-open-alone = Iftaħ il-paġna tal-għalliema waħedha
web-reload = Erġa’ tella’
web-noscript = Byte Bridge jeħtieġ JavaScript. Ixgħlu, jekk jogħġbok.
