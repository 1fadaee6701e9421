"""Reads the schema.org JSON-LD of every dataset page `datalots site` wrote, with rdflib
(not Datalots' own code), and prints per page what a search engine would find, as JSON:

  [{"page": "dataset/x.html", "datasets": [{"properties": {"name": [...], ...},
    "publisher": [...], "spatial": [...], "distributions": [{"types": [...],
    "contentUrl": [...], "encodingFormat": [...]}]}]}, ...]

Every JSON-LD block of a page is read with the page's own address as its base.

Usage: python schema_org.py FOLDER
"""
import json
import pathlib
import sys
from html.parser import HTMLParser

import rdflib
from rdflib.namespace import RDF

SDO = rdflib.Namespace("https://schema.org/")


class JsonLdBlocks(HTMLParser):
    """The text of every <script type="application/ld+json"> of a page."""

    def __init__(self):
        super().__init__()
        self.blocks = []
        self._open = None

    def handle_starttag(self, tag, attrs):
        if tag == "script" and dict(attrs).get("type") == "application/ld+json":
            self._open = []

    def handle_data(self, data):
        if self._open is not None:
            self._open.append(data)

    def handle_endtag(self, tag):
        if tag == "script" and self._open is not None:
            self.blocks.append("".join(self._open))
            self._open = None


def local(term):
    return str(term)[len(str(SDO)):]


def values(graph, subject, prop):
    return sorted(str(o) for o in graph.objects(subject, SDO[prop]))


def describe(graph, dataset):
    props = {}
    for p, o in graph.predicate_objects(dataset):
        if str(p).startswith(str(SDO)):
            props.setdefault(local(p), []).append(str(o))
    publisher = [
        str(graph.value(p, SDO.name)) for p in graph.objects(dataset, SDO.publisher)
    ]
    spatial = []
    for place in graph.objects(dataset, SDO.spatialCoverage):
        spatial.extend(values(graph, place, "sameAs") or [str(place)])
    distributions = []
    for d in graph.objects(dataset, SDO.distribution):
        distributions.append(
            {
                "types": sorted(local(t) for t in graph.objects(d, RDF.type)),
                "contentUrl": values(graph, d, "contentUrl"),
                "encodingFormat": values(graph, d, "encodingFormat"),
            }
        )
    return {
        "properties": {k: sorted(v) for k, v in props.items()},
        "publisher": publisher,
        "spatial": spatial,
        "distributions": distributions,
    }


folder = pathlib.Path(sys.argv[1]).resolve()
pages = []
for page in sorted(folder.glob("dataset/*.html")):
    parser = JsonLdBlocks()
    parser.feed(page.read_text(encoding="utf-8"))
    graph = rdflib.Graph()
    for block in parser.blocks:
        graph.parse(data=block, format="json-ld", publicID=page.as_uri())
    datasets = sorted(graph.subjects(RDF.type, SDO.Dataset), key=str)
    pages.append(
        {
            "page": page.relative_to(folder).as_posix(),
            "blocks": len(parser.blocks),
            "datasets": [describe(graph, d) for d in datasets],
        }
    )
json.dump(pages, sys.stdout, ensure_ascii=False, indent=1)
