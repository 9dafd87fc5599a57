# Na leibhéil “Aimsigh na bratacha dearga”.

spot-screen-message = Teachtaireacht
spot-screen-email = Ríomhphost
spot-screen-web = Leathanach gréasáin
spot-screen-profile = Próifíl
spot-screen-post = Postáil grianghraif
spot-screen-group-chat = Comhrá grúpa
spot-start = Tapáil gach líne a bhfuil cuma bratach dhearg uirthi.
spot-found = Bratacha dearga aimsithe: { $found } as { $total }
spot-part-flag = Bratach dhearg: { $text }
spot-part-fine = Ceart go leor: { $text }
spot-part-fixed = Deisithe: { $text }
spot-right = Bratach dhearg!
spot-wrong = Tá an ceann sin ceart go leor.
spot-feedback = { $verdict } { $reason }
spot-done = { $last } D'aimsigh tú gach bratach dhearg. Tapáil Críochnaigh.
