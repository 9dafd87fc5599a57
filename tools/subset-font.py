#!/usr/bin/python3
"""Makes the game's fonts under assets/fonts/ from SIL Andika and Google's Noto (Debian packages).

- ByteBridgeReading-Regular.ttf, from SIL's Andika 6.101 (fonts-sil-andika): the reading font,
  designed for beginning readers (letters that are hard to confuse: I l 1, a with a tail, ...).
  Latin and Cyrillic, punctuation, arrows. Embedded in the game.
- ByteBridgeGreek-Regular.ttf, from Noto Sans 2.004 (fonts-noto-core 20201225): Greek letters,
  which Andika lacks (it has only 23 Greek symbols such as π and Ω; they are left out of the
  reading font so that every Greek word comes from one design). Embedded in the game; its
  x-height (0.536 em) is close to Andika's (0.508 em).
- ByteBridgeArabic-Regular.ttf, from Noto Naskh Arabic 2.004 (fonts-noto-core): Naskh is the
  style Arabic school books teach. Not embedded: it travels with the Arabic language pack.

The game registers the Greek and Arabic fonts as fallbacks for their scripts, so Latin digits
and punctuation inside Greek or Arabic text still come from the reading font.
Families are renamed: the SIL Open Font License reserves the name "Andika" for unmodified
fonts, and a subset is a modification (Noto has no reserved name; renamed all the same so that
nobody mistakes a subset for the whole font).

Run once by a developer (apt-get download fonts-sil-andika fonts-noto-core; dpkg-deb -x each
into ROOT; pip install fonttools): python3 tools/subset-font.py ROOT. The output is committed,
so builds do not need this script.
"""
import sys
from fontTools import subset
from fontTools.ttLib import TTFont

ROOT = sys.argv[1] if len(sys.argv) > 1 else "/"
OUT = "assets/fonts/"

COMMON_PUNCTUATION = [
    *range(0x2010, 0x2028),  # dashes, quotes, bullet, ellipsis
    *range(0x2030, 0x203B),  # per mille, guillemets
]
FONTS = [
    (
        "usr/share/fonts/truetype/andika/Andika-Regular.ttf",
        "Byte Bridge Reading",
        [
            *range(0x0020, 0x007F),  # Basic Latin
            *range(0x00A0, 0x0100),  # Latin-1 Supplement
            *range(0x0100, 0x0180),  # Latin Extended-A
            *range(0x0180, 0x0250),  # Latin Extended-B (Romanian ș ț, ...)
            *range(0x0400, 0x0530),  # Cyrillic + Supplement
            *COMMON_PUNCTUATION,
            0x20AC, 0x2116, 0x2122,  # euro, numero, trade mark
            *range(0x2190, 0x2198),  # arrows
            0x2212, 0x00D7, 0x2713,  # minus, times, check mark
        ],
    ),
    (
        "usr/share/fonts/truetype/noto/NotoSans-Regular.ttf",
        "Byte Bridge Greek",
        [*range(0x0370, 0x0400)],  # Greek and Coptic (modern monotonic Greek)
    ),
    (
        "usr/share/fonts/truetype/noto/NotoNaskhArabic-Regular.ttf",
        "Byte Bridge Arabic",
        [
            0x060C, 0x061B, 0x061F,  # Arabic comma, semicolon, question mark
            *range(0x0621, 0x0653),  # Arabic letters, tatweel, harakat to sukun (not Persian or Urdu letters)
            # Not the Arabic-Indic digits, the rarer marks or the superscript alef: the texts
            # write numbers in Western digits (as the game formats them) and use none of those
            # marks. The glyph test (tests/content_language.rs) fails if a text ever needs one.
            0x200C, 0x200D,  # zero-width non-joiner and joiner
            0x00AB, 0x00BB,  # « » as Arabic texts quote
        ],
    ),
]


def make(source, family, unicodes):
    options = subset.Options()
    options.layout_features = ["*"]  # Arabic needs its joining forms and mark positioning
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.hinting = False  # UI text is large; hinting only costs bytes
    options.notdef_outline = True
    # The source's own timestamp is kept, so running the script again makes the same bytes.
    font = TTFont(ROOT.rstrip("/") + "/" + source, recalcTimestamp=False)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=unicodes)
    subsetter.subset(font)
    for record in font["name"].names:
        if record.nameID in (1, 16):
            record.string = family
        elif record.nameID == 4:
            record.string = family + " Regular"
        elif record.nameID in (3, 6):
            record.string = family.replace(" ", "") + "-Regular"
    out = OUT + family.replace(" ", "") + "-Regular.ttf"
    font.save(out)
    print(out)


for source, family, unicodes in FONTS:
    make(source, family, unicodes)
