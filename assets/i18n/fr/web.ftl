# Shown by the web page itself. Plain text only (no placeables).

web-loading = Chargement de Byte Bridge…
web-error-webgl = Ce navigateur ne peut pas afficher le jeu, car WebGL 2 manque ou est désactivé. Essaie un Chrome à jour.
web-error-download = Le jeu n’a pas pu être téléchargé. Vérifie la connexion, puis recharge la page.
web-error-crash = Un problème est survenu et le jeu s’est arrêté. Tes étoiles sont enregistrées. Recharge la page.
web-teacher-error-download = La page enseignant n’a pas pu être téléchargée. Vérifiez la connexion, puis rechargez la page.
web-teacher-framed = Cette page affiche des données de classe : elle s’ouvre donc seule, jamais à l’intérieur d’un autre site.
web-teacher-open-alone = Ouvrir la page enseignant seule
web-reload = Recharger
web-noscript = Byte Bridge a besoin de JavaScript. Active-le, s’il te plaît.
