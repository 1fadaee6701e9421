"""Reads a CSV file the way its data dictionary says, with two tools that are not
Datalots: frictionless (the Data Resource with its Table Schema) and csvw (the W3C CSVW
metadata). Prints JSON: {"frictionless": {"valid": bool, "errors": [...], "rows": [...]},
"csvw": {"rows": [...]}} with values as typed by each tool (numbers as strings of
their exact decimal value, dates in ISO form).

Usage: python read_dictionary.py RESOURCE.json CSV-METADATA.json
"""
import datetime
import decimal
import json
import sys

import csvw
from frictionless import Resource, validate


def plain(v):
    if isinstance(v, bool) or v is None:
        return v
    if isinstance(v, (int, decimal.Decimal, float)):
        if isinstance(v, float):
            return {"number": repr(v)}
        return {"number": format(decimal.Decimal(v).normalize(), "f")}
    if isinstance(v, datetime.datetime):
        return {"date": v.date().isoformat()} if v.time() == datetime.time() else {"datetime": v.isoformat()}
    if isinstance(v, datetime.date):
        return {"date": v.isoformat()}
    return str(v)


report = validate(sys.argv[1])
errors = [e["message"] for task in report.tasks for e in task.errors] + [e["message"] for e in report.errors]
rows = [{k: plain(v) for k, v in row.items()} for row in Resource(sys.argv[1]).read_rows()]

table = csvw.Table.from_file(sys.argv[2])
titles = {c.name: str(c.titles.getfirst()) if c.titles else c.name for c in table.tableSchema.columns}
csvw_rows = [{titles.get(k, k): plain(v) for k, v in row.items()} for row in table.iterdicts()]

json.dump(
    {"frictionless": {"valid": report.valid, "errors": errors, "rows": rows}, "csvw": {"rows": csvw_rows}},
    sys.stdout,
    ensure_ascii=False,
)
