#!/usr/bin/env python3
"""The Pollock score of csv-profile's normalised copies, as Pollock computes it.

Usage: pollock_score.py POLLOCK_CHECKOUT LOADING_DIR [--per-file FILE.tsv]

LOADING_DIR holds `<file>_converted.csv` for every file of
POLLOCK_CHECKOUT/polluted_files/csv (written by `examples/pollock.rs`). For each file
this calls Pollock's own `pollock.metrics.successful_csv` and
`header_record_cell_measures_csv` (imported from the checkout, not copied), then,
as Pollock's `evaluate.py` does, takes the mean of each of the ten measures (success,
header/record/cell precision, recall and F1) over the files; the simple Pollock score
is their sum (at most 10).

Pollock's metrics need numpy, multiset, chardet, python-dateutil, price-parser and
joblib (pip install them into a virtual environment).
"""
import os
import sys

MEASURES = [
    "success",
    "header_precision",
    "header_recall",
    "header_f1",
    "record_precision",
    "record_recall",
    "record_f1",
    "cell_precision",
    "cell_recall",
    "cell_f1",
]


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    root, loading = sys.argv[1], sys.argv[2]
    per_file = sys.argv[4] if len(sys.argv) > 4 and sys.argv[3] == "--per-file" else None
    sys.path.insert(0, root)
    from pollock import metrics  # Pollock's own scoring, from the checkout

    dataset = os.path.join(root, "polluted_files")
    files = sorted(f for f in os.listdir(os.path.join(dataset, "csv")) if f.endswith("csv"))
    sums = dict.fromkeys(MEASURES, 0.0)
    rows = []
    for f in files:
        loaded = os.path.join(loading, f + "_converted.csv")
        clean = os.path.join(dataset, "clean", f)
        try:
            success = metrics.successful_csv(loaded)
            values = (
                metrics.header_record_cell_measures_csv(clean, loaded, 1)
                if success
                else [0] * 9
            )
        except Exception as e:  # as evaluate.py: a failure scores 0
            print(f"{f}: {e}", file=sys.stderr)
            success, values = 0, [0] * 9
        m = dict(zip(MEASURES, [success, *values]))
        for k in MEASURES:
            sums[k] += float(m[k])
        rows.append((f, sum(float(m[k]) for k in MEASURES)))
    n = len(files)
    means = {k: sums[k] / n for k in MEASURES}
    for k in MEASURES:
        print(f"{k}\t{means[k]:.4f}")
    print(f"files\t{n}")
    print(f"pollock_simple\t{sum(means.values()):.3f}")
    if per_file:
        with open(per_file, "w") as out:
            out.write("file\tscore\n")
            for f, s in rows:
                out.write(f"{f}\t{s:.4f}\n")


if __name__ == "__main__":
    main()
