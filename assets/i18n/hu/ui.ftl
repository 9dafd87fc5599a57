# Everything around the levels: title, map, result, notices.

language-name = Magyar
app-title = Byte Bridge
app-tagline = Tanulj programozni, és maradj biztonságban az interneten
title-play = Játék
language-picker = Nyelv
language-open = Nyelv: { $language }
language-loading = Nyelv letöltése: { $language } …
language-not-on-device = { $language }: ez a nyelv még nincs ezen a táblagépen. Csatlakozz egyszer az internethez, hogy megkapd. Ezen a táblagépen: { $ready }
language-damaged = { $language }: ez a nyelv nem érkezett meg teljesen. Próbáld újra később. Ezen a táblagépen: { $ready }

back = Vissza
notice-dismiss = OK

map-title = Pályák
level-status-locked = zárolva
level-status-new = még nem játszottad
level-status-stars = { $stars ->
        [one] { $stars } csillag a 3-ból
       *[other] { $stars } csillag a 3-ból
    }
map-level = { $number }. { $title }, { $status }
map-locked-hint = Teljesítsd az előző pályát, hogy ez is megnyíljon.
map-world = { $title }, { $status }
map-world-stars = { $stars }/{ $max } { $max ->
        [one] csillag
       *[other] csillag
    }

result-title = Pálya teljesítve!
result-stars = { $stars ->
        [one] { $stars } csillag a 3-ból
       *[other] { $stars } csillag a 3-ból
    }
result-new-best = Új rekord!
result-learned-heading = Amit megtanultál
result-next = Következő pálya
result-retry = Újra
result-levels = Összes pálya

storage-unavailable = Ez a táblagép most nem tud menteni. Játszhatsz, de a csillagaid elvesznek, amikor bezárul az oldal.
storage-recovered-damaged = Egy mentett játékost nem sikerült beolvasni, és nem volt jó másolata. Félretettük ezen a táblagépen.
storage-recovered-backup = Néhány mentett csillag sérült volt. Visszahoztuk az utolsó jó másolatot.
storage-newer-version = Néhány játékost a Byte Bridge egy újabb változata mentett. Biztonságban vannak: frissítsd a játékot, hogy lásd őket.
storage-full = Megtelt a táblagép tárhelye. Mentsd a csillagaidat egy fájlba, hogy semmi ne vesszen el.

hint = Tipp
hint-shown = { $number }. tipp: { $hint }

read-aloud = Felolvasás
read-aloud-stop = Felolvasás leállítása
settings-open = Beállítások
settings-title = Beállítások
settings-read-everything = Minden felolvasása
settings-read-everything-about = A játék felolvas minden pályát, tippet és eredményt, amint megjelennek.
settings-no-voice = Ezen a táblagépen még nincs hang ehhez a nyelvhez. Egy felnőtt hozzá tud adni egyet.
settings-robot-speed = A robot sebessége: { $speed }
settings-calm = Kevesebb mozgás
settings-calm-about = A robot nem csúszik, hanem mezőről mezőre ugrik. Ez már az elejétől be van kapcsolva, ha a táblagépen kevesebb mozgás van beállítva.
settings-contrast = Nagy kontraszt
settings-contrast-about = A háttér fekete lesz, a betűk fehérek, a gombok pedig fehér keretet kapnak. Van, akinek így könnyebb látni.
settings-text-size = Betűméret: { $size }
settings-text-size-about = Koppints újra, és nagyobbak lesznek a betűk, akár kétszer akkorák. Utána visszaáll a normál méret.
text-size-normal = normál
text-size-big = nagy
text-size-bigger = nagyobb
text-size-biggest = legnagyobb
settings-more-space = Több hely
settings-more-space-about = Több hely a betűk és a sorok között. Van, akinek így könnyebb olvasni.
