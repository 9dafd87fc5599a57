#!/usr/bin/python3
"""Makes assets/address/public-suffixes.dat, the game's excerpt of the Public Suffix List.

The game reads a web address's site (its registrable domain) as the Public Suffix List (PSL)
does, but the whole list costs about 40 KB brotli as data and 180 KB as the compiled `psl`
crate (docs/size.md), while every shipped level uses `.example` addresses. So the game keeps
only the PSL's two-name rules (`co.uk`, `com.pl`, `gv.at`, `oslo.no`, ...) under the country
endings of the 33 Erasmus+ programme countries, Ukraine and the United Kingdom, copied
unchanged, in the PSL's own format and order. tests/content_addresses.rs checks that each of
them is still a PSL rule and that every level address is read as the full list reads it.

The source is the list inside the `psl` crate, the exact version pinned as a
dev-dependency in Cargo.toml (its data/rules.txt, both the ICANN and the private section), so
the excerpt and the tests' full list are the same list. Run from the repository root after
`cargo fetch`; the output is committed, so builds do not need this script:

    python3 tools/public-suffixes.py
"""
import json
import pathlib
import subprocess
import sys
import textwrap

OUT = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "assets/address/public-suffixes.dat")

# ISO 3166 country endings: the 27 EU members, then North Macedonia, Serbia, Iceland,
# Liechtenstein, Norway and Turkey (Erasmus+ programme countries), then Ukraine and the UK.
ENDINGS = (
    "at be bg hr cy cz dk ee fi fr de gr hu ie it lv lt lu mt nl pl pt ro sk si es se "
    "mk rs is li no tr "
    "ua uk"
).split()

HEADER = """\
// This Source Code Form is subject to the terms of the Mozilla Public
// License, v. 2.0. If a copy of the MPL was not distributed with this
// file, You can obtain one at https://mozilla.org/MPL/2.0/.
//
// An excerpt of the Public Suffix List (https://publicsuffix.org/list/), unchanged: every
// rule of exactly two names under these country endings:
{endings}
// Made by tools/public-suffixes.py from the list in the Rust crate psl {version}
// (data/rules.txt, ICANN and private sections); {count} rules. Read by src/core/address.rs.
"""


def psl_package():
    metadata = json.loads(
        subprocess.run(["cargo", "metadata", "--format-version", "1"], check=True, capture_output=True).stdout
    )
    for package in metadata["packages"]:
        if package["name"] == "psl":
            return package["version"], pathlib.Path(package["manifest_path"]).parent
    sys.exit("the psl crate is not a dependency: see Cargo.toml's dev-dependencies")


def main():
    version, root = psl_package()
    rules = (root / "data" / "rules.txt").read_text(encoding="utf-8").splitlines()
    kept = []
    for rule in (r.strip() for r in rules):
        if not rule or rule.startswith("//") or rule[0] in "*!":
            continue
        names = rule.split(".")
        if len(names) == 2 and names[1] in ENDINGS and rule not in kept:
            kept.append(rule)
    header = HEADER.format(endings=textwrap.fill(" ".join("." + e for e in ENDINGS), 88, initial_indent="//   ", subsequent_indent="//   "), version=version, count=len(kept))
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(header + "\n".join(kept) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(kept)} rules from psl {version}")


if __name__ == "__main__":
    main()
