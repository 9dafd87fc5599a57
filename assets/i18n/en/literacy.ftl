# What the digital-literacy level kinds show around a level's own texts: the side column,
# pick the reply, order the steps, build a password and read an address.

answer-next = Next
answer-right = Right!
answer-wrong = Not quite.
answer-feedback = { $verdict } { $reason }

pick-screen = What would you do?
pick-start = Read what happens, then tap the best answer.
pick-progress = Question { $current } of { $total }
pick-option-best = Best answer: { $text }
pick-option-not-best = Not the best: { $text }

order-screen-steps = Steps
order-screen-rank = Passwords
order-start = Tap the step that comes first.
order-start-rank = Tap the weakest password first.
order-progress = { $placed } of { $total } in order
order-step-placed = { $number }. { $text }
order-done = { $last } Everything is in order. Tap Finish.

password-screen = New password
password-empty = Tap the words below to build a password.
password-shown = Password: { $password }
password-piece = Add { $text }
password-remove = Remove last
password-clear = Start again
password-pieces = { $count } { $count ->
        [one] piece
       *[other] pieces
    } (at least { $min }, at most { $max })
password-meter-empty = Strength: nothing yet
password-meter-pending = Strength: measuring …
password-meter-unavailable = The strength meter could not load. Check the connection, then change the password to try again.
password-meter = Strength: { $score }. { $time }
password-personal = Careful! { $reason }
password-build-empty = Start with a word. Pick words that have nothing to do with you.
password-build-personal = Take out the piece about you: people who know you could guess it.
password-build-short = Add more words: use at least { $min }.
password-build-weak = Not strong enough yet. Add another word, or swap one. Aim for "{ $target }".
password-build-done = Strong, long and nothing about you. Tap Finish!
password-score-0 = Very weak
password-score-1 = Weak
password-score-2 = So-so
password-score-3 = Strong
password-score-4 = Very strong
password-time-instantly = A computer guesses it in less than a minute.
password-time-minutes = A computer guesses it in minutes.
password-time-hours = A computer guesses it in hours.
password-time-days = A computer needs days to guess it.
password-time-years = A computer needs years to guess it.
password-time-centuries = A computer needs hundreds of years to guess it.
# When the guidance holds a password back (core::password::guidance), the meter says why
# instead of the guessing time. NIST asks for 15 characters; the dashes count too.
password-meter-limited = Strength: { $score }. { $limit }
password-limit-short = Too short to be strong. Make it 15 letters or longer.
password-limit-few-words = Strong passwords have at least three random words.
password-limit-common-words = These words are very common. Swap one for a rarer word.

address-screen = Link
address-claim = This link says it goes to { $brand }.
address-start = Read the address from the end of its name, not from the start.
address-find = Tap the part that names the site.
address-judge = Is this the site of { $brand }?
address-yes = Yes, it is { $brand }
address-no = No, it is not
address-part = Address part: { $text }
address-progress = Link { $current } of { $total }
address-found = Yes! This part names the site: { $site }. Is it { $brand }?
address-verdict-real = This link goes to { $site }, the real site of { $brand }.
address-verdict-other = This link goes to { $site }, not to { $brand }. The name { $brand } elsewhere in it is only a disguise.
address-verdict-lookalike = Look closely: some letters come from another alphabet. The browser reads { $real }, which is not { $brand }.
address-part-scheme = "https://" only means nobody can listen in on the way. It does not tell you who runs the site.
address-part-user = The browser does not go to what comes before an @. Tricksters put a famous name there.
address-part-subdomain = This is only a front part. The owner of the site can write any word here, even a famous name.
address-part-site = This part names the site: the ending and the name just before it. It tells you who runs the site.
address-part-port = This number is a door into the site. It does not tell you who runs it.
address-part-path = This part comes after the site's name. The owner can write anything here.
address-part-query = This part comes after the site's name. The owner can write anything here.
address-part-fragment = This part only jumps to a place on the page. It does not tell you who runs it.
address-shown = { $words } — it really goes to:
address-verdict-shown = The words on it say one thing, but it goes to { $site }, not to { $brand }.
address-verdict-note = { $reason } { $note }
