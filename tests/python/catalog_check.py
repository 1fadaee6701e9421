"""Checks, with rdflib (not Datalots' own reader), what `datalots describe --update` and
`datalots catalog remove` did to a catalogue.

A dataset's own part is the dataset, its distributions (objects of dcat:distribution)
and the blank nodes reached from them; everything else (the catalogue, other datasets,
shared publishers and contact points, and every blank node they reach) is "the rest".

Usage:
  python catalog_check.py update BEFORE AFTER FORMAT DATASET
      prints JSON: {"rest_isomorphic": bool, "kept_isomorphic": bool,
                    "old_values_left": [...], "lost": [...], "added": [...]}
      kept: the dataset's and its distributions' triples whose predicate Datalots
      does not derive (modified, byteSize, description, temporal, versionNotes).
  python catalog_check.py remove BEFORE AFTER FORMAT DATASET
      prints JSON: {"expected_isomorphic": bool, "mentions": [...], "lost": [...], "added": [...]}
      expected: BEFORE without the dataset's own part and without triples pointing at it.
"""
import json
import sys

import rdflib
from rdflib.compare import graph_diff, isomorphic, to_isomorphic

DCAT = rdflib.Namespace("http://www.w3.org/ns/dcat#")
DCT = rdflib.Namespace("http://purl.org/dc/terms/")
ADMS = rdflib.Namespace("http://www.w3.org/ns/adms#")
DERIVED = {DCT.modified, DCAT.byteSize, DCT.description, DCT.temporal, ADMS.versionNotes}

mode, before_path, after_path, fmt, dataset = sys.argv[1:6]
before = rdflib.Graph().parse(before_path, format=fmt)
after = rdflib.Graph().parse(after_path, format=fmt)
ds = rdflib.URIRef(dataset)


def own(g):
    nodes = {ds} | set(g.objects(ds, DCAT.distribution))
    frontier = list(nodes)
    while frontier:
        n = frontier.pop()
        for o in g.objects(n, None):
            if isinstance(o, rdflib.BNode) and o not in nodes:
                nodes.add(o)
                frontier.append(o)
    return nodes


def without(g, nodes, drop_links_to=None):
    out = rdflib.Graph()
    for s, p, o in g:
        if s in nodes or (drop_links_to is not None and o == drop_links_to):
            continue
        out.add((s, p, o))
    return out


def diff(a, b):
    _, only_a, only_b = graph_diff(to_isomorphic(a), to_isomorphic(b))
    return sorted(str(t) for t in only_a), sorted(str(t) for t in only_b)


if mode == "update":
    own_before, own_after = own(before), own(after)
    rest_b, rest_a = without(before, own_before), without(after, own_after)
    lost, added = diff(rest_b, rest_a)

    def kept(g, nodes):
        out = rdflib.Graph()
        for s, p, o in g:
            if s in nodes and not isinstance(s, rdflib.BNode) and p not in DERIVED:
                # Blank-node objects of kept properties are compared by structure.
                out.add((s, p, o))
        # the blank nodes those reach (addresses and the like), whole
        frontier = [o for _, _, o in out if isinstance(o, rdflib.BNode)]
        seen = set()
        while frontier:
            n = frontier.pop()
            if n in seen:
                continue
            seen.add(n)
            for p, o in g.predicate_objects(n):
                out.add((n, p, o))
                if isinstance(o, rdflib.BNode):
                    frontier.append(o)
        return out

    kb, ka = kept(before, own_before), kept(after, own_after)
    klost, kadded = diff(kb, ka)
    # Values of the derived properties in the old version that are still anywhere.
    old_values = set()
    for n in own_before:
        for p in DERIVED:
            for o in before.objects(n, p):
                if isinstance(o, rdflib.Literal):
                    old_values.add(o)
                elif isinstance(o, rdflib.BNode):
                    old_values.update(x for x in before.objects(o, None) if isinstance(x, rdflib.Literal))
    # …in the dataset's own part of the new version, under a derived property (its
    # period nodes included): a new dataset's dcterms:modified is its dcterms:issued,
    # which an update keeps, so the same date may rightly stay as the release date.
    new_values = set()
    for n in own_after:
        for p, o in after.predicate_objects(n):
            if p in DERIVED or isinstance(n, rdflib.BNode):
                new_values.add(o)
    left = sorted(str(v) for v in old_values if v in new_values)
    json.dump(
        {
            "rest_isomorphic": isomorphic(rest_b, rest_a),
            "lost": lost,
            "added": added,
            "kept_isomorphic": isomorphic(kb, ka),
            "kept_lost": klost,
            "kept_added": kadded,
            "old_values_left": left,
        },
        sys.stdout,
        ensure_ascii=False,
    )
elif mode == "remove":
    own_before = own(before)
    expected = without(before, own_before, drop_links_to=ds)
    lost, added = diff(expected, after)
    mentions = sorted(
        str(t) for t in after if any(x in own_before and not isinstance(x, rdflib.BNode) for x in t)
    )
    json.dump(
        {
            "expected_isomorphic": isomorphic(expected, after),
            "lost": lost,
            "added": added,
            "mentions": mentions,
        },
        sys.stdout,
        ensure_ascii=False,
    )
else:
    sys.exit("mode: update or remove")
