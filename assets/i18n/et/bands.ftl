# Tasemete vanuserühmad (kaardil ja õpetaja lehel).
band-7-9 = 7–9-aastased
band-10-12 = 10–12-aastased
band-12-14 = 12–14-aastased
