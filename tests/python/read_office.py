"""Reads a .docx with python-docx or a .xlsx with openpyxl, independent of Datalots,
and prints what a person would see as JSON: for Word every paragraph with its style,
for Excel every sheet's rows. Used by tests/cli_procurement.rs and tests/e2e."""
import json
import sys


def read_docx(path):
    import docx

    d = docx.Document(path)
    return {
        "paragraphs": [{"style": p.style.name if p.style is not None else None, "text": p.text} for p in d.paragraphs],
        "title": d.core_properties.title,
    }


def read_xlsx(path):
    import openpyxl

    wb = openpyxl.load_workbook(path, read_only=True)
    return {
        "sheets": {
            ws.title: [["" if c is None else str(c) for c in row] for row in ws.iter_rows(values_only=True)]
            for ws in wb.worksheets
        }
    }


path = sys.argv[1]
out = read_docx(path) if path.endswith(".docx") else read_xlsx(path)
json.dump(out, sys.stdout, ensure_ascii=False)
