# The "Device Dock" world: looking after your tablet or phone, and after yourself.
# Level files under assets/levels/device-*.json refer to these ids. Per level: a title, what
# to do, what was learned, three hints (a nudge, the idea, part of the answer), then each
# item and the reason shown when it is tapped. Item texts stay short (about 60 characters).
# All apps, companies, numbers and addresses are made up: keep them unchanged when
# translating, and use only reserved example domains. No phone numbers: a number's format would
# belong to one country.

world-device-dock = Geräte-Hafen

## Level 1: updates and pop-ups (pick_reply)

level-device-update-title = Zeit für ein Update
level-device-update-instruction = Dein Tablet zeigt eine Meldung. Wähle, was du am besten tust.
level-device-update-learned = Echte Updates kommen aus den Einstellungen deines Tablets und schützen es. Pop-ups, die dir Angst machen wollen, sind Tricks.
level-device-update-hint-1 = Woher kommt die Meldung: vom Tablet selbst oder von einer Webseite?
level-device-update-hint-2 = Updates stopfen Sicherheitslücken. Eine Webseite kann nicht in dein Tablet hineinschauen.
level-device-update-hint-3 = Eine Meldung vom Tablet selbst ist ein echtes Update. Wenn du es installierst, bleibt das Tablet sicher.

device-update-system-prompt = Dein Tablet meldet: „Ein Systemupdate ist bereit. Jetzt installieren?“
device-update-system-ignore = Für immer ignorieren. Updates sind langweilig.
device-update-system-ignore-reason = Updates stopfen Lücken, die schädliche Programme nutzen könnten. Ohne sie ist dein Tablet weniger sicher.
device-update-system-install = Installieren oder Erwachsene um Hilfe bitten.
device-update-system-install-reason = Diese Meldung kommt vom Tablet selbst. Updates halten es sicher und sorgen dafür, dass es gut läuft.
device-update-system-switch-off = Das Tablet ausschalten, damit es nicht mehr fragt.
device-update-system-switch-off-reason = Das Update fragt später einfach wieder. Installieren ist der Weg, dein Tablet zu schützen.

device-update-popup-prompt = Auf einer Webseite erscheint: „Dein Tablet hat 5 Viren! Lade jetzt CleanerPro herunter!“
device-update-popup-download = Schnell CleanerPro herunterladen.
device-update-popup-download-reason = Das ist ein Trick. Genau der Download könnte das schädliche Programm sein.
device-update-popup-ok-button = Im Pop-up auf „OK“ tippen, damit es verschwindet.
device-update-popup-ok-button-reason = Knöpfe in einem falschen Pop-up können einen Download starten. Schließ lieber die ganze Seite.
device-update-popup-close = Seite schließen und es einem Erwachsenen sagen.
device-update-popup-close-reason = Eine Webseite kann nicht in dein Tablet schauen, die Viren sind also erfunden. Die Seite zu schließen ist sicher.

device-update-battery-prompt = Das Update will starten, aber der Akku hat nur noch 5 %.
device-update-battery-charge = Erst das Ladekabel anschließen, dann updaten.
device-update-battery-charge-reason = Ein Update braucht Strom, bis es fertig ist. Mit dem Ladekabel kann es sicher zu Ende laufen.
device-update-battery-start = Sofort starten, ein Erwachsener schaut dabei zu.
device-update-battery-start-reason = Aufpassen hilft nicht, wenn der Akku mittendrin leer wird: Dann kann das Update schiefgehen. Erst laden.
device-update-battery-cancel = Abbrechen und nie wieder updaten.
device-update-battery-cancel-reason = Das Update ist trotzdem wichtig für die Sicherheit deines Tablets. Lade es einfach vorher auf.

## Level 2: what a torch app may use (sort)

device-bin-makes-sense = Ergibt Sinn
device-bin-no-sense = Ergibt keinen Sinn

level-device-permissions-title = Die Taschenlampen-App
level-device-permissions-instruction = Du öffnest eine neue Taschenlampen-App. Während sie läuft, fragt sie nach diesen Dingen. Ergibt das Sinn?
level-device-permissions-learned = Apps fragen, während du sie benutzt. Tippe auf „Nicht zulassen“ bei allem, was eine App nicht braucht. Du kannst es später in den Einstellungen ändern.
level-device-permissions-hint-1 = Was braucht eine Taschenlampen-App für ihre Aufgabe?
level-device-permissions-hint-2 = Eine Taschenlampe muss nur Licht machen. Alles andere gehört nicht zu ihrer Aufgabe.
level-device-permissions-hint-3 = Eine Taschenlampe hat nichts mit deinen Kontakten zu tun.

device-permissions-camera-light = Das Licht neben der Kamera einschalten
device-permissions-camera-light-reason = Dieses kleine Licht ist die Taschenlampe. Die App braucht es für ihre Aufgabe.
device-permissions-contacts = Auf deine Kontakte zugreifen
device-permissions-contacts-reason = Eine Taschenlampe braucht die Namen und Nummern deiner Freunde nicht. Tippe auf „Nicht zulassen“.
device-permissions-location = Auf den Standort dieses Geräts zugreifen
device-permissions-location-reason = Eine Taschenlampe leuchtet überall gleich. Sie muss nicht wissen, wo du bist.
device-permissions-screen-bright = Den Bildschirm ganz hell und weiß machen
device-permissions-screen-bright-reason = Manche Taschenlampen lassen den ganzen Bildschirm leuchten. Das gehört zu ihrer Aufgabe.
device-permissions-microphone = Audio aufnehmen
device-permissions-microphone-reason = Eine Taschenlampe muss dich nicht hören. Tippe auf „Nicht zulassen“: Die Lampe geht trotzdem.
device-permissions-notifications = Dir Mitteilungen schicken
device-permissions-notifications-reason = Eine Taschenlampe hat dir nichts mitzuteilen. Mitteilungen wären nur Werbung oder Erinnerungen, die App zu öffnen.
device-permissions-photos = Auf Fotos und Videos auf diesem Gerät zugreifen
device-permissions-photos-reason = Deine Fotos sind privat. Eine Taschenlampe braucht sie nicht, um Licht zu machen.

## Level 3: a fake virus warning (spot_flags, screen: web)

level-device-fake-virus-title = Virenalarm!
level-device-fake-virus-instruction = Tippe auf jedes Warnzeichen auf dieser Webseite.
level-device-fake-virus-learned = Eine Webseite kann keine Viren auf deinem Tablet finden. Schließ Seiten, die Angst machen, und sag es einem Erwachsenen.
level-device-fake-virus-hint-1 = Fang oben an. Wem gehört diese Seite?
level-device-fake-virus-hint-2 = Falsche Warnungen schreien, machen Druck und wollen, dass du etwas herunterlädst oder anrufst.
level-device-fake-virus-hint-3 = Die große blinkende Warnung ist ein Warnzeichen. Vier weitere sind auf der Seite.

device-fake-virus-address = tablet-safety-scan.example/alert
device-fake-virus-address-reason = Das ist irgendeine Webseite, nicht dein Tablet. Eine Webseite kann dein Tablet nicht nach Viren durchsuchen.
device-fake-virus-warning = Blinkt rot: ACHTUNG! 5 VIREN GEFUNDEN!
device-fake-virus-warning-reason = Blinken und große Buchstaben sollen dir Angst machen, damit du nicht nachdenkst. Die Viren sind erfunden.
device-fake-virus-picture = Bild: ein Tablet mit einem blauen Schild
device-fake-virus-picture-reason = Ein Bild allein ist kein Warnzeichen. Lies die Wörter drumherum.
device-fake-virus-countdown = Handle innerhalb von 60 Sekunden!
device-fake-virus-countdown-reason = Die Uhr will, dass du dich beeilst. Betrüger machen Druck, damit du niemanden fragst.
device-fake-virus-download = Lade CleanerPro.apk herunter und reinige dein Tablet
device-fake-virus-download-reason = Dieser Download könnte ein schädliches Programm sein. Hol dir Apps nur aus dem offiziellen App-Store, zusammen mit einem Erwachsenen.
device-fake-virus-phone = Oder ruf sofort unsere Hilfe-Nummer an!
device-fake-virus-phone-reason = Echte Tablet-Hersteller bitten dich nicht, von einer Webseite aus anzurufen. Ruf so eine Nummer nie an.
device-fake-virus-menu = Hilfe · Über uns · Kontakt
device-fake-virus-menu-reason = Menü-Links gibt es auf den meisten Webseiten. Allein sind sie kein Warnzeichen.

## Level 4: getting a new app safely (order_steps: the order is the one the Play Store and
## Android impose: find the app, read its page, install, answer its questions while it runs)

level-device-install-app-title = Eine neue App
level-device-install-app-instruction = Du willst ein neues Spiel, und ein Erwachsener hat Ja gesagt. Bring die Schritte in die Reihenfolge, in der sie passieren.
level-device-install-app-learned = Hol Apps aus dem offiziellen App-Store und prüf vorher die Altersfreigabe und die Datensicherheit. Nach dem Installieren erlaubst du nur, was die App braucht.
level-device-install-app-hint-1 = Woher kommen sichere Apps?
level-device-install-app-hint-2 = Über eine App lesen kannst du erst, wenn du sie gefunden hast. Und sie kann dich erst etwas fragen, wenn sie installiert ist.
level-device-install-app-hint-3 = Fang im offiziellen App-Store an. Altersfreigabe und Datensicherheit stehen auf der Seite der App.

device-install-app-store = Den offiziellen App-Store öffnen (Play Store).
device-install-app-store-reason = Das kommt zuerst. Apps im offiziellen App-Store werden auf schädliche Software geprüft. Apps von anderswo können sie verstecken.
device-install-app-read = Auf der App-Seite Altersfreigabe und Datensicherheit prüfen.
device-install-app-read-reason = Als Nächstes. Die Altersfreigabe (in Deutschland USK, sonst meist PEGI) sagt, für wen die App ist. Unter „Datensicherheit“ sagt die Firma hinter der App, welche Daten sie sammelt und weitergibt.
device-install-app-install = Auf „Installieren“ tippen.
device-install-app-install-reason = Jetzt installierst du sie, nachdem du ihre Seite gelesen hast. Vorher kann die App dich nach nichts fragen.
device-install-app-say-no = Die App öffnen. Nur erlauben, was sie braucht.
device-install-app-say-no-reason = Apps fragen, während du sie benutzt, nicht vorher. Tippe auf „Nicht zulassen“ bei allem, was sie nicht braucht. Du kannst es später in den Einstellungen ändern.
device-install-app-check = Du benutzt sie nicht mehr? Dann löschen.
device-install-app-check-reason = Das kommt zuletzt. Eine App, die du nicht benutzt, braucht trotzdem Platz und hat vielleicht noch deine Daten.

## Level 5: balance (pick_reply)

level-device-screen-time-title = Zeit für eine Pause?
level-device-screen-time-instruction = Wähle, was für dich und deinen Körper am besten ist.
level-device-screen-time-learned = Pausen, Schlaf und echte Freunde sind wichtiger als jede Belohnung im Spiel oder jede Serie in der App.
level-device-screen-time-hint-1 = Denk an deine Augen, deinen Schlaf und deine Zeit.
level-device-screen-time-hint-2 = Spiele und Apps wollen, dass du am Bildschirm bleibst. Du entscheidest, wann Schluss ist.
level-device-screen-time-hint-3 = Zur Truhe: Schlaf ist wichtiger als jede Belohnung im Spiel.

device-screen-time-eyes-prompt = Du spielst seit zwei Stunden. Deine Augen sind müde.
device-screen-time-eyes-one-more = Einen Erwachsenen um noch eine Stunde bitten, dann ausruhen.
device-screen-time-eyes-one-more-reason = Müde Augen brauchen jetzt eine Pause, nicht erst in einer Stunde, auch wenn ein Erwachsener Ja sagt. Hör auf deinen Körper.
device-screen-time-eyes-break = Pause: in die Ferne schauen und dich bewegen.
device-screen-time-eyes-break-reason = In die Ferne zu schauen entspannt deine Augen, und Bewegung tut deinem Körper gut.
device-screen-time-eyes-brighter = Den Bildschirm heller stellen und weiterspielen.
device-screen-time-eyes-brighter-reason = Ein hellerer Bildschirm hilft müden Augen nicht. Sie brauchen eine Pause vom Bildschirm.

device-screen-time-chest-prompt = Ein Spiel sagt: „Komm in 10 Minuten wieder, dann gibt es eine Gratis-Truhe!“ Es ist Schlafenszeit.
device-screen-time-chest-stay-up = Noch 10 Minuten wach bleiben für die Truhe.
device-screen-time-chest-stay-up-reason = Spiele nutzen kleine Belohnungen, damit du weiterspielst. Aus zehn Minuten werden oft mehr.
device-screen-time-chest-alarm = Einen Wecker stellen und nachts dafür aufstehen.
device-screen-time-chest-alarm-reason = Für ein Spiel aufzuwachen stört deinen Schlaf. Morgen bist du dann müde.
device-screen-time-chest-sleep = Schlafen gehen. Die Truhe kann warten.
device-screen-time-chest-sleep-reason = Im Schlaf wächst du, lernst und erholst dich. Keine Belohnung im Spiel ist es wert, dafür Schlaf zu verpassen.

device-screen-time-streak-prompt = Ein Freund will, dass ihr jeden Tag eine Chat-Serie (Streak) haltet. Heute hast du viel zu tun.
device-screen-time-streak-tell = Deinem Freund sagen: „Heute keine Zeit, bis bald!“
device-screen-time-streak-tell-reason = Ein echter Freund versteht das. Apps nutzen Serien, damit du jeden Tag wiederkommst, aber Freundschaft braucht keine.
device-screen-time-streak-homework = Die Hausaufgaben abbrechen, um die Serie zu halten.
device-screen-time-streak-homework-reason = Deine Hausaufgaben sind wichtiger als eine Zahl in einer App. Die Serie ist den Stress nicht wert.
device-screen-time-streak-password = Deinem Freund dein Passwort geben, damit er weitermacht.
device-screen-time-streak-password-reason = Gib dein Passwort nie weiter, auch nicht an gute Freunde. Es ist der Schlüssel zu deinem Konto.
