#!/usr/bin/env python3
"""Word accuracy and speed of Tesseract (Danish model) on pages rendered from PDFs that have a text layer.

Each page is rendered with pdftoppm at 150, 200 and 300 dpi; the page's own text layer (pdftotext) is the reference.
Scan-like copies are made from the 300 dpi render, as a flatbed scan gives it: turned 1.5 degrees with 0.5 % speckles,
then scaled down to 200 and 150 dpi (what rendering a scanned PDF page at a lower resolution gives OCR); and a rough
one, turned 2.5 degrees with 2 % speckles, at 300 dpi. Plain Python over PGM, so no image library is needed.
Accuracy is the share of the reference's words (as a multiset, lower case, punctuation trimmed) that Tesseract gives back.

Usage: bench/ocr_accuracy.py OUT_DIR PDF...   (prints a Markdown table; per-page figures go to OUT_DIR/pages.tsv)
"""
import collections
import math
import random
import re
import subprocess
import sys
import time
from pathlib import Path

RESOLUTIONS = [150, 200, 300]
WORD = re.compile(r"[\wæøåÆØÅ]+(?:[-.][\wæøåÆØÅ]+)*")


def words(text):
    return [w.lower() for w in WORD.findall(text)]


def accuracy(reference, found):
    want = collections.Counter(words(reference))
    got = collections.Counter(words(found))
    total = sum(want.values())
    right = sum(min(count, got[word]) for word, count in want.items())
    return right, total


def page_count(pdf):
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))


def reference_text(pdf, page):
    return subprocess.run(["pdftotext", "-f", str(page), "-l", str(page), "-enc", "UTF-8", str(pdf), "-"],
                          capture_output=True, text=True, check=True).stdout


def render(pdf, page, dpi, stem):
    subprocess.run(["pdftoppm", "-gray", "-r", str(dpi), "-f", str(page), "-l", str(page), "-singlefile",
                    str(pdf), str(stem)], check=True)
    return stem.with_suffix(".pgm")


def read_pgm(path):
    data = path.read_bytes()
    fields = re.match(rb"P5\s+(\d+)\s+(\d+)\s+(\d+)\s", data)
    width, height = int(fields.group(1)), int(fields.group(2))
    return width, height, bytearray(data[fields.end():fields.end() + width * height])


def write_pgm(path, width, height, pixels):
    path.write_bytes(b"P5\n%d %d\n255\n" % (width, height) + bytes(pixels))
    return path


def scan_like(width, height, pixels, degrees, noise, seed):
    """The page turned about its centre (nearest neighbour, white outside), with black and white speckles."""
    angle = math.radians(degrees)
    cos, sin = math.cos(angle), math.sin(angle)
    cx, cy = width / 2, height / 2
    out = bytearray(b"\xff" * (width * height))
    for y in range(height):
        dy = y - cy
        sx = cos * (0 - cx) + sin * dy + cx
        sy = -sin * (0 - cx) + cos * dy + cy
        row = y * width
        for x in range(width):
            ix, iy = int(sx), int(sy)
            if 0 <= ix < width and 0 <= iy < height:
                out[row + x] = pixels[iy * width + ix]
            sx += cos
            sy -= sin
    rng = random.Random(seed)
    for _ in range(int(width * height * noise)):
        out[rng.randrange(width * height)] = rng.choice((0, 255))
    return out


def scaled(width, height, pixels, factor):
    """Nearest-neighbour scaling by factor (< 1 shrinks)."""
    w, h = int(width * factor), int(height * factor)
    out = bytearray(w * h)
    columns = [min(width - 1, int(x / factor)) for x in range(w)]
    for y in range(h):
        source = min(height - 1, int(y / factor)) * width
        row = y * w
        for x, sx in enumerate(columns):
            out[row + x] = pixels[source + sx]
    return w, h, out


def ocr(image):
    started = time.monotonic()
    text = subprocess.run(["tesseract", str(image), "-", "-l", "dan", "--psm", "3"],
                          capture_output=True, text=True, check=True, env={"OMP_THREAD_LIMIT": "1", "PATH": "/usr/bin:/bin"}).stdout
    return text, time.monotonic() - started


def main():
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    totals = collections.defaultdict(lambda: [0, 0, 0.0, 0])
    with open(out / "pages.tsv", "w", encoding="utf-8") as rows:
        rows.write("file\tpage\tvariant\twords\tright\tseconds\n")
        for pdf in map(Path, sys.argv[2:]):
            for page in range(1, page_count(pdf) + 1):
                reference = reference_text(pdf, page)
                stem = out / f"{pdf.stem}-{page}"
                variants = [(f"clean {dpi} dpi", render(pdf, page, dpi, Path(f"{stem}-{dpi}"))) for dpi in RESOLUTIONS]
                width, height, pixels = read_pgm(variants[-1][1])
                scan = scan_like(width, height, pixels, 1.5, 0.005, page)
                for dpi in RESOLUTIONS:
                    w, h, p = scaled(width, height, scan, dpi / 300) if dpi != 300 else (width, height, scan)
                    variants.append((f"scan-like {dpi} dpi", write_pgm(Path(f"{stem}-scan-{dpi}.pgm"), w, h, p)))
                rough = scan_like(width, height, pixels, 2.5, 0.02, page)
                variants.append(("rough scan 300 dpi", write_pgm(Path(f"{stem}-rough.pgm"), width, height, rough)))
                for variant, image in variants:
                    text, seconds = ocr(image)
                    right, total = accuracy(reference, text)
                    rows.write(f"{pdf.name}\t{page}\t{variant}\t{total}\t{right}\t{seconds:.2f}\n")
                    entry = totals[variant]
                    entry[0] += right
                    entry[1] += total
                    entry[2] += seconds
                    entry[3] += 1
                    image.unlink()
    print("| variant | pages | words | words right | seconds per page |")
    print("|---|---:|---:|---:|---:|")
    for variant, (right, total, seconds, pages) in totals.items():
        print(f"| {variant} | {pages} | {total} | {100 * right / total:.1f} % | {seconds / pages:.1f} |")


if __name__ == "__main__":
    main()
