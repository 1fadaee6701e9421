"""Reads a CSV file with Python's csv module, strictly (RFC 4180, comma, double
quote), and prints its rows as JSON. Used by tests/cli_normalize.rs."""
import csv
import json
import sys

with open(sys.argv[1], newline="", encoding="utf-8") as f:
    rows = list(csv.reader(f, strict=True))
json.dump(rows, sys.stdout, ensure_ascii=False)
