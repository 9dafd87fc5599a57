# Vekové skupiny úrovní, na mape a na stránke pre učiteľov.
band-7-9 = 7 – 9 rokov
band-10-12 = 10 – 12 rokov
band-12-14 = 12 – 14 rokov
