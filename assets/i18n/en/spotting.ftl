# The "Spot the red flags" levels (digital literacy): a message, e-mail or web page whose
# lines can be tapped.

spot-screen-message = Message
spot-screen-email = E-mail
spot-screen-web = Web page
spot-screen-profile = Profile
spot-screen-post = Photo post
spot-screen-group-chat = Group chat
spot-start = Tap every line that looks like a red flag.
spot-found = Red flags found: { $found } of { $total }
# Accessible names of a line once tapped.
spot-part-flag = Red flag: { $text }
spot-part-fine = Fine: { $text }
spot-part-fixed = Fixed: { $text }
spot-right = Red flag!
spot-wrong = That one is fine.
# Verdict and reason after a tap, e.g. "Red flag! Nobody gives away phones …"
spot-feedback = { $verdict } { $reason }
spot-done = { $last } You found every red flag. Tap Finish.
