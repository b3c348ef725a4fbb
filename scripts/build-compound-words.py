#!/usr/bin/env python3
"""Derives the compound-splitting word list from the Danish hunspell dictionary (Debian package hunspell-da).

The dictionary marks, for each word, how it may take part in a compound: as a first part without a linking
letter (flag 31), with a linking -s- (flag 29) or -e- (flag 30), and as the last part (flag 39). Those flags are
exactly what a splitter needs, so each word is written with them as letters:
    0 = first part as it is,  s = first part + s,  e = first part + e,  h = last part (head).
Only lower-case words of letters are kept: names and abbreviations are not compound parts.

Usage: scripts/build-compound-words.py [/usr/share/hunspell/da_DK.dic] > src/Archive.Lucene/Analysis/danish-compound-words.tsv
"""
import re
import sys

FLAG_LETTERS = (("31", "0"), ("29", "s"), ("30", "e"), ("39", "h"))
ORDER = "0seh"


def main() -> None:
    source = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/hunspell/da_DK.dic"
    forms: dict[str, set[str]] = {}
    with open(source, encoding="utf-8") as dictionary:
        for line in dictionary:
            line = line.strip()
            if not line or line.startswith("#") or line.isdigit():
                continue
            entry = line.split()[0]
            word, _, flags = entry.partition("/")
            if len(word) < 2 or not re.fullmatch(r"[a-zæøåéü]+", word):
                continue
            present = set(flags.split(",")) if flags else set()
            letters = {letter for flag, letter in FLAG_LETTERS if flag in present}
            if letters:
                forms.setdefault(word, set()).update(letters)

    print("# Danish compound parts, derived from hunspell-da (Stavekontrolden, GPL 2.0/LGPL 2.1/MPL 1.1)")
    print("# by scripts/build-compound-words.py. word<TAB>forms: 0 = first part as is, s/e = first part + linking")
    print("# s/e, h = last part. Corrections of this list live in compound-additions.tsv.")
    for word in sorted(forms):
        print(f"{word}\t{''.join(letter for letter in ORDER if letter in forms[word])}")


if __name__ == "__main__":
    main()
