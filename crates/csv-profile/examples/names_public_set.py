#!/usr/bin/env python3
"""Builds a labelled set of columns for `names_measure` from public Swedish lists.

Usage: names_public_set.py SVENSKTEXT_CHECKOUT OUT.tsv

SVENSKTEXT_CHECKOUT is a checkout of peterdalle/svensktext (not part of this
repository; its data is not committed here). People: 20 columns of 50 first names
(tilltalsnamn, SCB's name statistics of 2020) drawn as often as the population bears
them, under varied headers, and 6 columns of rarer names (ranks 500-5,000). Not
people: localities (ortsnamn), kommun names, län names, authorities and road reaches,
in columns of 50, most under the header `Namn`. A fixed seed: the same set each time.
"""
import csv
import os
import random
import sys


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    root, out_path = sys.argv[1], sys.argv[2]
    path = lambda *p: os.path.join(root, *p)
    random.seed(26)
    out = []

    def col(label, header, values):
        out.append(f"{label}\t{header}\t{'|'.join(v.replace('|', '/') for v in values)}")

    for f in ["tilltalsnamn-kvinnor.csv", "tilltalsnamn-man.csv"]:
        rows = [(r["name"], int(r["persons"])) for r in csv.DictReader(open(path("namn", f)))]
        names, weights = [n for n, _ in rows], [p for _, p in rows]
        for i in range(10):
            header = ["Namn", "Förnamn", "Deltagare", "Kolumn1", "Tilltalsnamn"][i % 5]
            col("person", header, random.choices(names, weights=weights, k=50))
        ranked = [n for n, _ in sorted(rows, key=lambda x: -x[1])][500:5000]
        for _ in range(3):
            col("person", "Förnamn", random.sample(ranked, 50))
    orter = [r["city"] for r in csv.DictReader(open(path("platser", "ortsnamn.csv")))]
    random.shuffle(orter)
    for i in range(0, 2000, 50):
        col("other", ["Namn", "Ort", "Kolumn1", "Plats"][i // 50 % 4], orter[i : i + 50])
    kommuner = [r["name"] for r in csv.DictReader(open(path("platser", "kommuner.csv")))]
    for i in range(0, len(kommuner), 50):
        col("other", "Namn", kommuner[i : i + 50])
    col("other", "Namn", [r["name"] for r in csv.DictReader(open(path("platser", "lan.csv")))])
    authorities = [
        r["name"]
        for r in csv.DictReader(open(path("organisationer", "myndigheter.tsv")), delimiter="\t")
    ]
    for i in range(0, len(authorities), 50):
        col("other", "Namn", authorities[i : i + 50])
    roads = [r["reach"] for r in csv.DictReader(open(path("platser", "vagar.csv")))]
    for i in range(0, len(roads), 50):
        col("other", "Sträcka", roads[i : i + 50])
    with open(out_path, "w") as f:
        f.write("# label\theader\tvalues (from peterdalle/svensktext)\n" + "\n".join(out) + "\n")
    print(f"{len(out)} columns, {sum(1 for o in out if o.startswith('person'))} of people")


if __name__ == "__main__":
    main()
