# The digital-literacy worlds and levels (the coding ones are in coding-levels.ftl).

world-share-safe = Dela säkert

level-share-or-keep-title = Dela eller behålla?
level-share-or-keep-instruction = Är det okej att dela det här på nätet, eller ska du hålla det privat?
level-share-or-keep-learned = Saker du gillar, till och med ditt husdjurs namn, går bra att dela. Var man hittar dig och dina lösenord förblir privata.
level-share-or-keep-hint-1 = Fråga dig själv: kan en främling använda det här för att hitta mig eller komma in på mitt konto?
level-share-or-keep-hint-2 = Saker du gillar går bra att dela. Det som visar var du finns, eller öppnar dina konton, förblir privat.
level-share-or-keep-hint-3 = Vad ditt husdjur heter går bra att dela, men aldrig som lösenord. Din hemadress förblir privat.

card-favourite-colour = Din favoritfärg
reason-favourite-colour = Många gillar samma färg, så den visar inte vem eller var du är.
card-home-address = Din hemadress
reason-home-address = En främling skulle kunna använda den för att hitta var du bor.
card-favourite-game = Ditt favoritspel
reason-favourite-game = Att prata om spel du gillar är kul och säger ingenting om var du är.
card-password = Ditt lösenord
reason-password = Ett lösenord är en nyckel. Bara du och din förälder eller vårdnadshavare ska känna till det.
card-pet-name = Ditt husdjurs namn
reason-pet-name = Det går bra att dela. Använd det bara aldrig som lösenord: de som vet det kan gissa det.
card-favourite-animal = Ditt favoritdjur
reason-favourite-animal = Det är kul att dela och säger inget om var du bor.
card-school-name = Namnet på din skola
reason-school-name = Det berättar för andra var de kan hitta dig varje dag.
