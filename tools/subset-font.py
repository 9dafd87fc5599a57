#!/usr/bin/python3
"""Makes assets/fonts/ByteBridgeReading-Regular.ttf from SIL's Andika (Debian fonts-sil-andika).

Andika is designed for beginning readers (letters that are hard to confuse: I l 1, a with a
tail, ...). We keep European scripts only (Latin incl. Extended-A/B parts, Greek, Cyrillic)
plus punctuation and arrows, and rename the family: the SIL Open Font License reserves the
name "Andika" for unmodified fonts, and a subset is a modification.

Run once by a developer (apt-get install fonts-sil-andika python3-fonttools); the output is
committed, so builds do not need this script.
"""
import sys
from fontTools import subset
from fontTools.ttLib import TTFont

SOURCE = "/usr/share/fonts/truetype/andika/Andika-Regular.ttf"
OUT = sys.argv[1] if len(sys.argv) > 1 else "assets/fonts/ByteBridgeReading-Regular.ttf"
FAMILY = "Byte Bridge Reading"

UNICODES = [
    *range(0x0020, 0x007F),  # Basic Latin
    *range(0x00A0, 0x0100),  # Latin-1 Supplement
    *range(0x0100, 0x0180),  # Latin Extended-A
    *range(0x0180, 0x0250),  # Latin Extended-B (Romanian ș ț, ...)
    *range(0x0370, 0x0400),  # Greek (Andika 6.101 has none: nothing is kept)
    *range(0x0400, 0x0530),  # Cyrillic + Supplement
    *range(0x2010, 0x2028),  # dashes, quotes, bullet, ellipsis
    *range(0x2030, 0x203B),  # per mille, guillemets
    0x20AC, 0x2116, 0x2122,  # euro, numero, trade mark
    *range(0x2190, 0x2198),  # arrows
    0x2212, 0x00D7, 0x2713,  # minus, times, check mark
]

options = subset.Options()
options.layout_features = ["*"]
options.name_IDs = ["*"]
options.name_languages = ["*"]
options.hinting = False  # UI text is large; hinting only costs bytes
options.notdef_outline = True
font = TTFont(SOURCE)
subsetter = subset.Subsetter(options)
subsetter.populate(unicodes=UNICODES)
subsetter.subset(font)

for record in font["name"].names:
    if record.nameID in (1, 16):
        record.string = FAMILY
    elif record.nameID == 4:
        record.string = FAMILY + " Regular"
    elif record.nameID in (3, 6):
        record.string = FAMILY.replace(" ", "") + "-Regular"
font.save(OUT)
print(OUT)
