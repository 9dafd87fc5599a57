# Nauč robota: krátké texty kartiček (asi 30 znaků).

train-bin-cat = Kočka
train-bin-not-cat = Není kočka

train-action-train = Nauč robota
train-action-test = Vyzkoušej robota
train-action-test-new = Ukaž mu nové kartičky
train-action-retrain = Uč a zkoušej znovu

train-robot = Robot
train-card = Kartička: { $text }
train-progress = Kartička { $current } z { $total }
train-examples = Příklady, ze kterých se robot učil: { $count }
train-tests = Zkušební kartičky
train-more = Další příklady: ťukni na jeden a pak na jeho krabici
train-room = Místo pro další příklady: { $room }

train-start = Dej každou kartičku do její krabice. Robot se naučí to, co mu ukážeš.
train-placed-right = Správně! Robot se z této kartičky bude učit.
train-placed-wrong = Ne tak úplně. Robot se učí přesně to, co mu ukážeš, takže každá kartička musí do své správné krabice.
train-ready = Všechno je roztříděné. Teď robota nauč!
train-trained = Robot se z tvých příkladů učil. Vyzkoušej ho na kartičkách, které ještě neviděl.
train-tested-seen = Správně zkušební kartičky: { $right } z { $total }. Kartičky podobné jeho příkladům jsou snadné. Teď zkus nové druhy kartiček.
train-tested-new = Správně nové kartičky: { $right } z { $total }. Jeho příklady nikdy neukázaly kartičky jako ty, ve kterých se spletl. Dej mu lepší příklady!
train-selected = Teď ťukni na krabici pro: { $text }
train-added = Přidáno. Robot se z toho naučí, až ho budeš učit znovu.
train-no-room = Už není místo. Ťukni nejdřív na kartičku, kterou chceš vyndat.
train-removed = Vyndáno: { $text }
train-retest-missed = Správně zkušební kartičky: { $right } z { $total }. Ještě ne všechny. Zkus jiné příklady.
train-done = Správně zkušební kartičky: { $right } z { $total }. Díky různým příkladům se robot naučil dobře!

train-result-right = Správně: { $text }. Robot říká: { $guess }
train-result-wrong = Špatně: { $text }. Robot říká: { $guess }
train-guess-not-sure = nejsem si jistý
train-take-out = Vyndat: { $text }

train-card-orange-cat = Oranžová kočka
train-card-big-grey-dog = Velký chlupatý šedý pes
train-card-orange-kitten = Oranžové koťátko
train-card-white-rabbit = Chlupatý bílý králík
train-card-sleepy-orange-cat = Ospalá oranžová kočka
train-card-small-brown-dog = Malý hnědý pes
train-card-fluffy-orange-cat = Chlupatá oranžová kočka
train-card-big-brown-dog = Velký hnědý pes
train-card-grey-rabbit = Chlupatý šedý králík
train-card-big-grey-cat = Velká chlupatá šedá kočka
train-card-white-fluffy-cat = Chlupatá bílá kočka
train-card-black-dog = Velký černý pes
train-card-white-cat = Malá bílá kočka
train-card-grey-kitten = Chlupaté šedé koťátko
train-card-small-grey-dog = Malý šedý pes
train-card-big-grey-cat-short = Velká šedá kočka
train-card-brown-rabbit = Hnědý králík
train-card-black-fluffy-cat = Velká chlupatá černá kočka
