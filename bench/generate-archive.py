#!/usr/bin/env python3
"""Builds a large synthetic archive from the Danish council corpus, for load tests of the search.

Every generated document is a run of paragraphs from one corpus document with paragraphs from a few others
mixed in, under a heading line that names its metadata, so term statistics stay those of real Danish council
papers and no two documents are identical (the archive keys contents by SHA-256). Longer documents are split
into pages with form feeds. Beside each NAME.txt lies NAME.txt.json with metadata drawn from plausible
distributions: municipalities weighted by population, councils, document types, 0-2 topics, a day 2005-2025.
The output depends only on the corpus, the count and the seed.

Usage: generate-archive.py [--count N] [--per-folder N] [--seed N] CORPUS_DIR OUT_DIR
       generate-archive.py --plain CORPUS_DIR OUT_DIR   (the corpus texts as they are, sidecars with sourceUrl only)
"""
import argparse
import hashlib
import json
import os
import random
import re
import sys

# (name, population in thousands): weights for how often a municipality writes.
MUNICIPALITIES = [
    ("Københavns Kommune", 650), ("Aarhus Kommune", 360), ("Aalborg Kommune", 220), ("Odense Kommune", 205),
    ("Vejle Kommune", 120), ("Esbjerg Kommune", 115), ("Frederiksberg Kommune", 105), ("Randers Kommune", 100),
    ("Viborg Kommune", 97), ("Silkeborg Kommune", 97), ("Horsens Kommune", 95), ("Kolding Kommune", 94),
    ("Herning Kommune", 90), ("Roskilde Kommune", 90), ("Næstved Kommune", 83), ("Slagelse Kommune", 79),
    ("Gentofte Kommune", 75), ("Sønderborg Kommune", 73), ("Holbæk Kommune", 72), ("Gladsaxe Kommune", 70),
    ("Hjørring Kommune", 64), ("Helsingør Kommune", 63), ("Skanderborg Kommune", 63), ("Køge Kommune", 61),
    ("Guldborgsund Kommune", 60), ("Holstebro Kommune", 59), ("Svendborg Kommune", 59), ("Aabenraa Kommune", 59),
    ("Frederikshavn Kommune", 58), ("Rudersdal Kommune", 57), ("Ringkøbing-Skjern Kommune", 56),
    ("Lyngby-Taarbæk Kommune", 56), ("Haderslev Kommune", 55), ("Hvidovre Kommune", 53), ("Hillerød Kommune", 52),
    ("Fredericia Kommune", 52), ("Høje-Taastrup Kommune", 51), ("Faaborg-Midtfyn Kommune", 51),
    ("Varde Kommune", 50), ("Greve Kommune", 50), ("Kalundborg Kommune", 49), ("Ballerup Kommune", 49),
    ("Favrskov Kommune", 49), ("Hedensted Kommune", 47), ("Vordingborg Kommune", 46), ("Skive Kommune", 46),
    ("Frederikssund Kommune", 46), ("Egedal Kommune", 44), ("Syddjurs Kommune", 43), ("Thisted Kommune", 43),
    ("Tårnby Kommune", 43), ("Mariagerfjord Kommune", 42), ("Fredensborg Kommune", 41), ("Furesø Kommune", 41),
    ("Ikast-Brande Kommune", 41), ("Assens Kommune", 41), ("Lolland Kommune", 40), ("Middelfart Kommune", 39),
    ("Norddjurs Kommune", 37), ("Faxe Kommune", 37), ("Ringsted Kommune", 36), ("Brøndby Kommune", 35),
    ("Odsherred Kommune", 33), ("Nyborg Kommune", 32), ("Sorø Kommune", 30), ("Albertslund Kommune", 28),
    ("Kerteminde Kommune", 24),
]
COUNCILS = [
    ("Udsatterådet", 25), ("Handicaprådet", 20), ("Ældrerådet", 15), ("Socialudvalget", 15), ("Byrådet", 8),
    ("Kommunalbestyrelsen", 5), ("Beskæftigelsesudvalget", 5), ("Økonomiudvalget", 4), ("Sundhedsudvalget", 3),
]
TYPES = [
    ("Høringssvar", 25), ("Referat", 22), ("Dagsorden", 18), ("Notat", 10), ("Politik/strategi", 8),
    ("Nyhed", 8), ("Henvendelse", 4), ("Andet", 5),
]
TOPICS = [
    ("Misbrug og rusmidler", 12), ("Hjemløshed og bolig", 12), ("Beskæftigelse og kontanthjælp", 10),
    ("Psykiatri og mental sundhed", 10), ("Handicap", 10), ("Økonomi og budget", 14), ("Børn og unge", 6),
    ("Ældre", 9), ("Frivillighed og civilsamfund", 6), ("Recovery og rehabilitering", 5),
]
MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober",
          "november", "december"]
PAGE_CHARACTERS = 3000


def read_corpus(corpus):
    """Paragraphs per document, in file-name order; a text cut off mid-word loses its last partial word."""
    folder = os.path.join(corpus, "docs")
    documents = []
    for name in sorted(os.listdir(folder)):
        if not name.endswith(".txt"):
            continue
        with open(os.path.join(folder, name), encoding="utf-8") as file:
            text = file.read()
        if len(text) >= 1900 and not text[-1].isspace():
            text = text[: max(text.rfind(" "), text.rfind("\n"))]
        paragraphs = [p.strip() for p in re.split(r"\n\s*\n", text)]
        paragraphs = [re.sub(r"[ \t\u00a0]+", " ", p) for p in paragraphs if len(p) >= 3]
        if paragraphs:
            documents.append((name, paragraphs))
    return documents


def weighted(rng, pairs):
    return rng.choices([value for value, _ in pairs], weights=[weight for _, weight in pairs])[0]


def metadata(rng, number):
    municipality = weighted(rng, MUNICIPALITIES)
    council = weighted(rng, COUNCILS)
    kind = weighted(rng, TYPES)
    year = rng.choices(range(2005, 2026), weights=[1 + (y - 2005) / 10 for y in range(2005, 2026)])[0]
    month = rng.randint(1, 12)
    day = rng.randint(1, 28 if month == 2 else 30 if month in (4, 6, 9, 11) else 31)
    topics = []
    for _ in range(rng.choices([0, 1, 2], weights=[25, 45, 30])[0]):
        topic = weighted(rng, TOPICS)
        if topic not in topics:
            topics.append(topic)
    meta = {
        "council": council,
        "municipality": municipality,
        "date": f"{year:04d}-{month:02d}-{day:02d}",
        "type": kind,
        "topics": topics,
    }
    if rng.random() < 0.4:
        meta["caseNumber"] = f"{year % 100:02d}/{rng.randint(100, 29999)}"
    if kind == "Høringssvar":
        meta["recipient"] = rng.choice(["Socialudvalget", "Byrådet", "Økonomiudvalget", "Social- og Sundhedsforvaltningen"])
    if rng.random() < 0.5:
        slug = municipality.replace(" Kommune", "").lower().replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
        meta["sourceUrl"] = f"https://www.{slug}.dk/politik/dagsordener-og-referater/{year}/{number}"
    return meta, (year, month, day)


def document(rng, corpus, meta, day):
    """A heading, a run of one corpus document's paragraphs with a few from others mixed in, split into pages."""
    _, base = rng.choice(corpus)
    start = rng.randrange(len(base)) if rng.random() < 0.5 else 0
    paragraphs = base[start: start + rng.randint(3, 30)]
    for _ in range(rng.randint(2, 12)):
        _, other = rng.choice(corpus)
        at = rng.randrange(len(other))
        paragraphs.insert(rng.randint(0, len(paragraphs)), " ".join(other[at: at + rng.randint(1, 2)]))
    year, month, day_of_month = day
    subject = next((p for p in base if 10 <= len(p) <= 120), meta["type"])
    heading = f"{meta['type']} - {meta['council']}, {meta['municipality']}, {day_of_month}. {MONTHS[month - 1]} {year}"
    title = f"{meta['type']}: {subject.splitlines()[0]}"

    pages, page = [], [heading]
    for paragraph in paragraphs:
        if sum(len(p) for p in page) + len(paragraph) > PAGE_CHARACTERS and page:
            pages.append("\n\n".join(page))
            page = []
        page.append(paragraph)
    pages.append("\n\n".join(page))
    return title, "\n\f".join(pages)


def generate(corpus_dir, out, count, per_folder, seed):
    corpus = read_corpus(corpus_dir)
    rng = random.Random(seed)
    seen = set()
    characters = 0
    for number in range(1, count + 1):
        meta, day = metadata(rng, number)
        while True:
            title, text = document(rng, corpus, meta, day)
            digest = hashlib.sha256(text.encode("utf-8")).digest()
            if digest not in seen:
                seen.add(digest)
                break
        meta = {"title": title, **meta}
        folder = os.path.join(out, f"{(number - 1) // per_folder:04d}")
        if (number - 1) % per_folder == 0:
            os.makedirs(folder, exist_ok=True)
        path = os.path.join(folder, f"doc{number:07d}.txt")
        with open(path, "w", encoding="utf-8") as file:
            file.write(text)
        with open(path + ".json", "w", encoding="utf-8") as file:
            json.dump(meta, file, ensure_ascii=False, indent=1)
        characters += len(text)
        if number % 10000 == 0:
            print(f"{number} documents", file=sys.stderr)
    print(f"{count} documents, {characters / count:.0f} characters on average, in {out}")


def plain(corpus_dir, out):
    """The corpus texts unchanged, each with a sidecar holding only its source address."""
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(corpus_dir, "manifest.jsonl"), encoding="utf-8") as manifest:
        urls = {entry["id"]: entry["url"] for entry in map(json.loads, manifest)}
    count = 0
    for name in sorted(os.listdir(os.path.join(corpus_dir, "docs"))):
        if not name.endswith(".txt"):
            continue
        with open(os.path.join(corpus_dir, "docs", name), "rb") as source, open(os.path.join(out, name), "wb") as copy:
            copy.write(source.read())
        if name[:-4] in urls:
            with open(os.path.join(out, name + ".json"), "w", encoding="utf-8") as file:
                json.dump({"sourceUrl": urls[name[:-4]]}, file, ensure_ascii=False)
        count += 1
    print(f"{count} documents in {out}")


def main():
    arguments = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    arguments.add_argument("corpus")
    arguments.add_argument("out")
    arguments.add_argument("--count", type=int, default=100_000)
    arguments.add_argument("--per-folder", type=int, default=1000)
    arguments.add_argument("--seed", type=int, default=20251122)
    arguments.add_argument("--plain", action="store_true")
    options = arguments.parse_args()
    if options.plain:
        plain(options.corpus, options.out)
    else:
        generate(options.corpus, options.out, options.count, options.per_folder, options.seed)


if __name__ == "__main__":
    main()
