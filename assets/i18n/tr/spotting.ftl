# “Tehlike işaretlerini bul” bölümleri: satırlarına dokunulabilen bir mesaj, e-posta ya da
# web sayfası.

spot-screen-message = Mesaj
spot-screen-email = E-posta
spot-screen-web = Web sayfası
spot-screen-profile = Profil
spot-screen-post = Fotoğraf gönderisi
spot-screen-group-chat = Grup sohbeti
spot-start = Tehlike işaretine benzeyen her satıra dokun.
spot-found = Bulunan tehlike işaretleri: { $total } işaretten { $found }
spot-part-flag = Tehlike işareti: { $text }
spot-part-fine = Sorun yok: { $text }
spot-part-fixed = Düzeltildi: { $text }
spot-right = Tehlike işareti!
spot-wrong = Bunda sorun yok.
spot-feedback = { $verdict } { $reason }
spot-done = { $last } Tüm tehlike işaretlerini buldun. “Bitir”e dokun.
