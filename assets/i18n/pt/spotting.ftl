# Os níveis «Encontra os sinais de alerta»: uma mensagem, e-mail ou página web com linhas
# em que se pode tocar.

spot-screen-message = Mensagem
spot-screen-email = E-mail
spot-screen-web = Página web
spot-screen-profile = Perfil
spot-screen-post = Publicação com foto
spot-screen-group-chat = Chat de grupo
spot-start = Toca em cada linha que pareça um sinal de alerta.
spot-found = Sinais de alerta encontrados: { $found } de { $total }
spot-part-flag = Sinal de alerta: { $text }
spot-part-fine = Está bem: { $text }
spot-part-fixed = Corrigido: { $text }
spot-right = Sinal de alerta!
spot-wrong = Esta está bem.
spot-feedback = { $verdict } { $reason }
spot-done = { $last } Encontraste todos os sinais de alerta. Toca em «Terminar».
