#!/usr/bin/env python3
"""Draws the cost curve that bench/cost-curve.sh measured: a Markdown table on standard output and an SVG chart.

Usage: plot-cost-curve.py TABLE.tsv CHART.svg "how it was measured"

Four panels against archive size (both axes logarithmic): search p99 per query, requests/s per query, ingest rate
and API start time, and sizes (index on disk, peak memory of ingest and of the API under load). Plain SVG written
by hand, so the chart needs nothing beyond Python.
"""
import csv
import math
import sys
from collections import defaultdict

WIDTH, HEIGHT = 1120, 620
PANEL_W, PANEL_H = 380, 250
COLOURS = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b"]


def read(path):
    with open(path, newline="", encoding="utf-8") as table:
        return list(csv.DictReader(table, delimiter="\t"))


def by_size(rows):
    sizes = defaultdict(list)
    for row in rows:
        sizes[int(row["documents"])].append(row)
    return dict(sorted(sizes.items()))


def markdown(sizes, note):
    lines = [f"Measured with {note}.", "",
             "| documents | ingest | ingest peak memory | index | API start | worst p99 | fewest requests/s | API memory under load |",
             "|---|---|---|---|---|---|---|---|"]
    for size, rows in sizes.items():
        first = rows[0]
        worst = max(rows, key=lambda row: float(row["p99_ms"]))
        slowest = min(rows, key=lambda row: float(row["requests_per_s"]))
        lines.append(f"| {size:,} | {int(first['ingest_docs_per_s']):,} documents/s | {first['ingest_peak_rss_mb']} MB | "
                     f"{first['index_mb']} MB | {first['start_s']} s | {worst['p99_ms']} ms ({worst['query']}) | "
                     f"{slowest['requests_per_s']} ({slowest['query']}) | {max(int(row['api_rss_mb']) for row in rows)} MB |")
    lines += ["", "| documents | query | median | p99 | requests/s | hits |", "|---|---|---|---|---|---|"]
    for size, rows in sizes.items():
        for row in rows:
            lines.append(f"| {size:,} | {row['query']} | {row['median_ms']} ms | {row['p99_ms']} ms | {row['requests_per_s']} | {row['hits']} |")
    return "\n".join(lines)


class Panel:
    """One log-log plot at (x, y) of the page."""

    def __init__(self, x, y, title, unit, sizes, values):
        self.x, self.y, self.title, self.unit = x, y, title, unit
        self.sizes = sizes
        low = min(v for v in values if v > 0)
        high = max(values)
        self.low = 10 ** math.floor(math.log10(low))
        self.high = 10 ** math.ceil(math.log10(high * 1.01))
        if self.high <= self.low:
            self.high = self.low * 10

    def px(self, size):
        lo, hi = math.log10(self.sizes[0]), math.log10(self.sizes[-1])
        share = 0.5 if hi == lo else (math.log10(size) - lo) / (hi - lo)
        return self.x + 50 + share * (PANEL_W - 70)

    def py(self, value):
        share = (math.log10(max(value, self.low)) - math.log10(self.low)) / (math.log10(self.high) - math.log10(self.low))
        return self.y + PANEL_H - 30 - share * (PANEL_H - 60)

    def frame(self):
        parts = [f'<text x="{self.x + 50}" y="{self.y + 16}" font-weight="bold">{self.title}</text>',
                 f'<text x="{self.x + 50}" y="{self.y + 30}" font-size="11" fill="#555">{self.unit}</text>']
        decade = self.low
        while decade <= self.high:
            y = self.py(decade)
            parts.append(f'<line x1="{self.x + 50}" x2="{self.x + PANEL_W - 20}" y1="{y:.1f}" y2="{y:.1f}" stroke="#ddd"/>')
            parts.append(f'<text x="{self.x + 45}" y="{y + 4:.1f}" font-size="11" text-anchor="end">{decade:g}</text>')
            decade *= 10
        for size in self.sizes:
            x = self.px(size)
            parts.append(f'<text x="{x:.1f}" y="{self.y + PANEL_H - 12}" font-size="11" text-anchor="middle">{size:,}</text>')
        return parts

    def series(self, label, values, colour, index):
        points = " ".join(f"{self.px(s):.1f},{self.py(v):.1f}" for s, v in zip(self.sizes, values))
        parts = [f'<polyline points="{points}" fill="none" stroke="{colour}" stroke-width="2"/>']
        parts += [f'<circle cx="{self.px(s):.1f}" cy="{self.py(v):.1f}" r="3" fill="{colour}"/>' for s, v in zip(self.sizes, values)]
        parts.append(f'<text x="{self.x + PANEL_W - 10}" y="{self.y + 46 + 14 * index}" font-size="11" fill="{colour}">{label}</text>')
        return parts

    def target(self, label, value):
        """A dashed line at the 100,000-document target of the measure."""
        y = self.py(value)
        return [f'<line x1="{self.x + 50}" x2="{self.x + PANEL_W - 20}" y1="{y:.1f}" y2="{y:.1f}" stroke="#000" stroke-dasharray="5,4"/>',
                f'<text x="{self.x + 55}" y="{y - 4:.1f}" font-size="10">{label}</text>']


def chart(sizes, note):
    counts = list(sizes)
    queries = [row["query"] for row in next(iter(sizes.values()))]

    def per_query(column):
        return {query: [float(next(r for r in sizes[s] if r["query"] == query)[column]) for s in counts] for query in queries}

    def per_size(column):
        return [float(sizes[s][0][column]) for s in counts]

    def api_memory():
        return [max(float(row["api_rss_mb"]) for row in sizes[s]) for s in counts]

    latency, throughput = per_query("p99_ms"), per_query("requests_per_s")
    panels = [
        (Panel(20, 40, "Search p99", "milliseconds, per query", counts, [v for vs in latency.values() for v in vs] + [50]), latency,
         [("target at 100,000: 50 ms", 50)]),
        (Panel(570, 40, "Search throughput", "requests/s, per query", counts, [v for vs in throughput.values() for v in vs] + [300]), throughput,
         [("target at 100,000: 300/s", 300)]),
        (Panel(20, 330, "Ingest and start", "documents/s; seconds", counts, per_size("ingest_docs_per_s") + per_size("start_s") + [1000]),
         {"ingest, documents/s": per_size("ingest_docs_per_s"), "API start, s": per_size("start_s")}, [("ingest target: 1,000/s", 1000)]),
        (Panel(570, 330, "Sizes", "megabytes", counts, per_size("index_mb") + per_size("ingest_peak_rss_mb") + api_memory() + [1536]),
         {"index on disk": per_size("index_mb"), "ingest peak memory": per_size("ingest_peak_rss_mb"), "API memory under load": api_memory()},
         [("memory target: 1.5 GB", 1536)]),
    ]
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}" font-family="sans-serif" font-size="13">',
             '<rect width="100%" height="100%" fill="white"/>',
             f'<text x="20" y="22" font-size="15" font-weight="bold">Archive cost curve against archive size (documents)</text>',
             f'<text x="{WIDTH - 20}" y="22" font-size="11" text-anchor="end" fill="#555">{note}</text>']
    for panel, series, targets in panels:
        parts += panel.frame()
        for label, value in targets:
            parts += panel.target(label, value)
        for index, (label, values) in enumerate(series.items()):
            parts += panel.series(label, values, COLOURS[index % len(COLOURS)], index)
    parts.append("</svg>")
    return "\n".join(parts)


def main():
    table, svg, note = sys.argv[1], sys.argv[2], sys.argv[3]
    sizes = by_size(read(table))
    with open(svg, "w", encoding="utf-8") as out:
        out.write(chart(sizes, note) + "\n")
    print(markdown(sizes, note))


if __name__ == "__main__":
    main()
