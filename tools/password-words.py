#!/usr/bin/env python3
"""Writes assets/words/<lang>.txt: the common words of each shipped language beyond English
that the password-strength estimator knows (English is built into zxcvbn).

One word a line, most frequent first (the line number is the word's rank), lower case, only
words a pupil can type as one piece (no dots, no hyphens: the passwords join words with "-").
Sources and licences: assets/CREDITS.md. To rebuild:

    pip download --no-deps wordninja-enhanced==3.2.0   # package MIT; its German list is
                                                       # counted from the Leipzig Corpora
                                                       # Collection: CC BY 4.0
    pip download --no-deps ukvocab==0.4.0              # frequency list: CC BY 4.0
    python3 tools/password-words.py wordninja_enhanced-3.2.0-py3-none-any.whl ukvocab-0.4.0-py3-none-any.whl

(wordninja_enhanced-3.2.0-py3-none-any.whl has SHA-256
12117e39b751ef8514314d0e25426316763b551bb80d3fafb213cb1ca2b1d06e.)

The Ukrainian list is a Parquet file: reading it needs `pyarrow` (pip install pyarrow).
"""

import io
import lzma
import sys
import zipfile
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "assets" / "words"

# The German list keeps its 30,000 most frequent words: a news and web corpus counts the words
# pupils put in passphrases less often than they say them ("apfel" is about the 14,000th,
# "elefant", "drache", "regenbogen" and "dinosaurier" 22,000th–29,000th), and the estimator
# must know them to see two common words as two words.
GERMAN_WORDS = 30_000

# Typographic apostrophes become the one a tablet keyboard types ("п’ять" -> "п'ять").
APOSTROPHES = str.maketrans({"\u2019": "'", "\u02bc": "'"})


def keep(word: str) -> bool:
    """A word typed as one piece: letters, and an apostrophe inside (Ukrainian)."""
    return word.replace("'", "").isalpha() and not word.startswith("'") and not word.endswith("'")


def ranked(words):
    """Lower case, without repeats, in the order given (the first place is the best rank)."""
    seen, out = set(), []
    for word in words:
        word = word.strip().lower().translate(APOSTROPHES)
        if word and keep(word) and word not in seen:
            seen.add(word)
            out.append(word)
    return out


def german(wheel: str):
    # de_dict.txt.xz: wordninja-enhanced's German dictionary, one lower-case word a line, most
    # frequent first: the word counts of Leipzig Corpora Collection word lists added up and
    # sorted (the project's Dictionaries/create_dictionaries.py).
    with zipfile.ZipFile(wheel) as archive:
        data = archive.read("wordninja_enhanced/resources/de_dict.txt.xz")
    return ranked(lzma.decompress(data).decode("utf-8").splitlines())[:GERMAN_WORDS]


def ukrainian(wheel: str):
    import pyarrow.parquet as pq

    with zipfile.ZipFile(wheel) as archive:
        data = archive.read("ukvocab/data/frequency.parquet")
    rows = pq.read_table(io.BytesIO(data), columns=["rank", "lemma"]).to_pylist()
    return ranked(row["lemma"] for row in sorted(rows, key=lambda row: row["rank"]))


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    OUT.mkdir(parents=True, exist_ok=True)
    for tag, words in (("de", german(sys.argv[1])), ("uk", ukrainian(sys.argv[2]))):
        (OUT / f"{tag}.txt").write_text("\n".join(words) + "\n", encoding="utf-8")
        print(f"{tag}: {len(words)} words")


if __name__ == "__main__":
    main()
