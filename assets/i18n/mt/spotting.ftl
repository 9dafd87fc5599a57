# Il-livelli “Sib is-sinjali ta’ twissija”: messaġġ, email jew paġna web b’linji li jintgħafsu.

spot-screen-message = Messaġġ
spot-screen-email = Email
spot-screen-web = Paġna web
spot-screen-profile = Profil
spot-screen-post = Post b’ritratt
spot-screen-group-chat = Chat tal-grupp
spot-start = Agħfas kull linja li tidher sinjal ta’ twissija.
spot-found = Sinjali ta’ twissija misjuba: { $found } minn { $total }
spot-part-flag = Sinjal ta’ twissija: { $text }
spot-part-fine = Tajjeb: { $text }
spot-part-fixed = Irranġat: { $text }
spot-right = Sinjal ta’ twissija!
spot-wrong = Din tajba.
spot-feedback = { $verdict } { $reason }
spot-done = { $last } Sibt is-sinjali ta’ twissija kollha. Agħfas Spiċċa.
