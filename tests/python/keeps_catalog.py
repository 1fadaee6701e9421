"""Checks, with rdflib, that a catalogue written by `datalots describe --catalog IN`
still holds every triple of IN: the output, without the resources that are new in it
(and the blank nodes only they reach) and without the catalogue's links to them, must be
isomorphic to the input (blank nodes compared by structure, not by label).

Usage: python keeps_catalog.py IN IN_FORMAT OUT OUT_FORMAT
Prints "ok" and exits 0, or prints what differs and exits 1.
"""
import sys

import rdflib
from rdflib.compare import graph_diff, isomorphic, to_isomorphic

before = rdflib.Graph().parse(sys.argv[1], format=sys.argv[2])
after = rdflib.Graph().parse(sys.argv[3], format=sys.argv[4])

known = set(before.subjects()) | set(before.objects())
new = {s for s in after.subjects() if isinstance(s, rdflib.URIRef) and s not in known}
# Blank nodes reached only from new resources belong to them.
frontier = list(new)
while frontier:
    node = frontier.pop()
    for o in after.objects(node, None):
        if isinstance(o, rdflib.BNode) and o not in new:
            new.add(o)
            frontier.append(o)

rest = rdflib.Graph()
for s, p, o in after:
    if s in new or o in new:
        continue
    rest.add((s, p, o))

if not new:
    print("nothing new in the output")
    sys.exit(1)
if isomorphic(before, rest):
    print("ok")
    sys.exit(0)
_, only_before, only_after = graph_diff(to_isomorphic(before), to_isomorphic(rest))
print("lost:")
for t in sorted(only_before):
    print("  ", t)
print("changed or added:")
for t in sorted(only_after):
    print("  ", t)
sys.exit(1)
