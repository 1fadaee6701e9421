"""Reads an RDF file with rdflib (not Datalots' own reader) and prints its triples
as JSON: [[subject, predicate, object, language, datatype], ...]. Blank nodes are
written `_:id`, IRIs as they are, literals by their lexical form.

Usage: python triples.py FILE FORMAT   (FORMAT: xml, turtle, json-ld)
"""
import json
import sys

import rdflib

graph = rdflib.Graph()
graph.parse(sys.argv[1], format=sys.argv[2])


def term(t):
    if isinstance(t, rdflib.BNode):
        return "_:" + str(t)
    return str(t)


rows = []
for s, p, o in graph:
    lang = o.language if isinstance(o, rdflib.Literal) else None
    datatype = str(o.datatype) if isinstance(o, rdflib.Literal) and o.datatype else None
    kind = "literal" if isinstance(o, rdflib.Literal) else "node"
    rows.append([term(s), term(p), term(o), lang, datatype, kind])
json.dump(rows, sys.stdout, ensure_ascii=False)
