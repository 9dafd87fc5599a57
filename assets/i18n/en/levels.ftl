# The digital-literacy worlds and levels (the coding ones are in coding-levels.ftl). Level files under assets/levels/ refer to these ids.

world-share-safe = Share Safe

level-share-or-keep-title = Share or keep?
level-share-or-keep-instruction = Is it OK to share this online, or should you keep it private?
level-share-or-keep-learned = Some things are fine to share. Things that show where to find you, or open your accounts, stay private.
level-share-or-keep-hint-1 = Ask yourself: could a stranger use this to find me or get into my account?
level-share-or-keep-hint-2 = Things you like (colours, games, animals) are fine. Where you live, go to school, and your secrets are not.
level-share-or-keep-hint-3 = Your address, your school and your password stay private. Your pet's name too: it is often used in passwords.

card-favourite-colour = Your favourite colour
reason-favourite-colour = Lots of people like the same colour, so it does not show who or where you are.
card-home-address = Your home address
reason-home-address = A stranger could use it to find where you live.
card-favourite-game = Your favourite game
reason-favourite-game = Talking about games you like is fun and tells nobody where you are.
card-password = Your password
reason-password = A password is a key. Only you and your parent or carer should know it.
card-pet-name = Your pet's name
reason-pet-name = Pet names are often used in passwords and secret questions.
card-favourite-animal = Your favourite animal
reason-favourite-animal = It is fun to share and says nothing about where you live.
card-school-name = The name of your school
reason-school-name = It tells people where to find you every day.

## Age bands
band-7-9 = Ages 7–9
band-10-12 = Ages 10–12
band-12-14 = Ages 12–14
