#!/usr/bin/env python3
"""An independent scorer of a DCAT catalogue by the Metadata Quality Assessment (MQA)
as Sveriges dataportal and data.europa.eu apply it, written from the published method
(DIGG's DCAT-AP-SE `docs/quality.md`, the EU `mqa/methodology` page, the weights of the
EU portal), not from Datalots' Rust code. Datalots' tests run it on catalogues and
compare its points with the Rust `dcat_ap_se::quality`.

    python mqa_score.py CATALOGUE.rdf|.ttl [--profile dataportal|eu]
                        [--violations RESOURCES.json] [--data DIR]

Prints JSON: {"profile", "points", "max", "metadata_max", "rating",
"rating_when_reachable", "indicators": [...], "datasets": [{"dataset", "points",
"indicators": [...]}]}, each indicator {"name", "points", "max", "passed", "total"}.

The method, as implemented here:

* Datasets are the resources typed dcat:Dataset or named by a dcat:dataset; their
  distributions the objects of dcat:distribution.
* Each indicator gives weight x share. Dataset indicators: share of datasets that have
  the property. Distribution indicators: share of all distributions (pooled). The five
  interoperability indicators: share of datasets whose best distribution passes; the
  best is the one with most interoperability points (first by IRI on a tie).
* The two address indicators (accessURL reachable 50, downloadURL reachable 30) are
  checked by the portal: reported with points null.
* Profile dataportal: DCAT-AP compliance weighs 0; a media type (literal type/subtype,
  or an IANA media-type IRI, in dct:format or dcat:mediaType) counts as the EU file
  type it names. Profile eu: only EU file-type IRIs in dct:format count for the format
  lists; DCAT-AP compliance (30) passes for a dataset when neither it nor any of its
  distributions is among the resources with violations (--violations, a JSON list of
  resource strings: IRIs or _:ids, from a DCAT-AP validator); without the list it is
  null.
* Rating: > 350 excellent, > 220 good, > 120 sufficient, else bad; `rating` of the
  metadata points, `rating_when_reachable` of points + 80.

The lists (EU file types with the MQA's machine-readable / non-proprietary flags and
their media types, IANA media types, licences) are read from the data folder of the
dcat-ap-se crate (--data), the same vocabularies the portal uses.
"""

import argparse
import json
import os
import sys

import rdflib
from rdflib import RDF, URIRef, Literal, BNode

DCAT = rdflib.Namespace("http://www.w3.org/ns/dcat#")
DCT = rdflib.Namespace("http://purl.org/dc/terms/")
FILE_TYPE = "http://publications.europa.eu/resource/authority/file-type/"
LICENCE_NS = "http://publications.europa.eu/resource/authority/licence/"
ACCESS_RIGHTS = {
    "http://publications.europa.eu/resource/authority/access-right/" + c
    for c in ("PUBLIC", "RESTRICTED", "NON_PUBLIC")
}
# DCAT-AP-SE 3.0.1's own media-type lists (bundle.json), which the portal accepts.
DCAT_AP_SE_MEDIA_TYPES = {
    "text/csv", "text/csv+zip", "application/xml", "application/xml+zip",
    "application/json", "application/json+zip", "application/zip", "text/html",
    "application/vnd.ms-excel", "application/pdf", "text/plain", "application/n-triples",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "application/vnd.oasis.opendocument.spreadsheet", "application/rdf+xml",
    "application/sparql-query", "text/turtle",
    "application/geo+json", "application/x-shapefile", "application/x-filegdb",
    "application/gml+xml", "application/x-gmz", "application/vnd.google-earth.kml+xml",
    "application/vnd.google-earth.kmz", "application/x-ecw", "application/x-ascii-grid",
    "application/x-oracledump", "application/x-las", "application/x-laz",
    "application/x-tab", "application/x-tab-raster", "application/x-worldfile",
    "application/vnd.sqlite3", "application/geopackage+sqlite3", "image/tiff",
    "image/jp2", "application/vnd.ogc.wms_xml", "application/vnd.ogc.wmts_xml",
    "application/vnd.ogc.wfs_xml", "application/vnd.ogc.wcs_xml",
}

# (name, dimension, level, weight, checked by the portal)
INDICATORS = [
    ("keyword", "findability", "dataset", 30, False),
    ("theme", "findability", "dataset", 30, False),
    ("spatial", "findability", "dataset", 20, False),
    ("temporal", "findability", "dataset", 20, False),
    ("access_url_reachable", "accessibility", "distribution", 50, True),
    ("download_url", "accessibility", "distribution", 20, False),
    ("download_url_reachable", "accessibility", "distribution", 30, True),
    ("format", "interoperability", "best", 20, False),
    ("media_type", "interoperability", "best", 10, False),
    ("format_vocabulary", "interoperability", "best", 10, False),
    ("non_proprietary", "interoperability", "best", 20, False),
    ("machine_readable", "interoperability", "best", 20, False),
    ("dcat_ap_compliance", "interoperability", "dataset", 30, False),
    ("licence", "reusability", "distribution", 20, False),
    ("licence_vocabulary", "reusability", "distribution", 10, False),
    ("access_rights", "reusability", "dataset", 10, False),
    ("access_rights_vocabulary", "reusability", "dataset", 5, False),
    ("contact_point", "reusability", "dataset", 20, False),
    ("publisher", "reusability", "dataset", 10, False),
    ("rights", "contextuality", "distribution", 5, False),
    ("byte_size", "contextuality", "distribution", 5, False),
    ("issued", "contextuality", "dataset", 5, False),
    ("modified", "contextuality", "dataset", 5, False),
]


def data_lines(path):
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line and not line.startswith("#"):
                yield line


class Lists:
    def __init__(self, folder):
        self.file_types = {}  # code -> (mr, np, media types)
        for line in data_lines(os.path.join(folder, "file-types.tsv")):
            code, flags, media = line.split("\t")
            mts = [] if media == "-" else media.split(",")
            self.file_types[code] = ("M" in flags, "N" in flags, mts)
        self.by_media = {}
        for code, (_, _, mts) in self.file_types.items():
            for m in mts:
                self.by_media.setdefault(m, []).append(code)
        self.iana = set()
        top = None
        for line in data_lines(os.path.join(folder, "iana-media-types.txt")):
            if line.startswith("@"):
                top = line[1:]
            else:
                self.iana.add(top + "/" + line)
        self.licences = {}  # loose iri -> code
        self.licence_codes = set()
        for line in data_lines(os.path.join(folder, "licences.tsv")):
            code, _open, iris = line.split("\t")
            self.licence_codes.add(code)
            for iri in iris.split(","):
                self.licences[loose(iri)] = code


def loose(iri):
    s = iri.strip()
    for scheme in ("https://", "http://"):
        if s.startswith(scheme):
            s = s[len(scheme):]
            break
    if s.startswith("www."):
        s = s[4:]
    s = s.rstrip("/").lower()
    head, _, last = s.rpartition("/")
    if head and (last == "legalcode" or last.startswith("legalcode.") or last.startswith("deed")):
        s = head
    return s


def media_type_of(term):
    """The media type a value names, lower case without parameters, or None."""
    if isinstance(term, Literal):
        text = str(term)
    elif isinstance(term, URIRef):
        s = str(term)
        for prefix in ("https://www.iana.org/assignments/media-types/",
                       "http://www.iana.org/assignments/media-types/"):
            if s.startswith(prefix):
                text = s[len(prefix):]
                break
        else:
            return None
    else:
        return None
    m = text.split(";")[0].strip().lower()
    parts = m.split("/")
    if len(parts) != 2 or not parts[0] or not parts[1] or any(c.isspace() for c in m):
        return None
    return m


class Scorer:
    def __init__(self, graph, profile, lists, violations):
        self.g = graph
        self.profile = profile
        self.lists = lists
        self.violations = violations

    def values(self, s, p):
        return list(self.g.objects(s, p))

    def eu_code(self, term):
        if isinstance(term, URIRef) and str(term).startswith(FILE_TYPE):
            code = str(term)[len(FILE_TYPE):]
            if code in self.lists.file_types:
                return code
        return None

    def known_media(self, m):
        if m in self.lists.iana:
            return True
        return self.profile == "dataportal" and m in DCAT_AP_SE_MEDIA_TYPES

    def codes(self, formats, medias, profile):
        out = [c for c in (self.eu_code(f) for f in formats) if c]
        if profile == "dataportal":
            for v in formats + medias:
                m = media_type_of(v)
                if m:
                    out.extend(self.lists.by_media.get(m, []))
        return out

    def distribution(self, d):
        formats = self.values(d, DCT["format"])
        medias = self.values(d, DCAT.mediaType)
        codes = self.codes(formats, medias, self.profile)
        licences = [str(x) for x in self.values(d, DCT.license) if isinstance(x, URIRef)]

        def format_in_vocab(f):
            if self.eu_code(f):
                return True
            if self.profile == "dataportal":
                m = media_type_of(f)
                return m is not None and self.known_media(m)
            return False

        def media_in_vocab(v):
            m = media_type_of(v)
            return m is not None and self.known_media(m)

        def known_licence(iri):
            if iri.startswith(LICENCE_NS):
                return iri[len(LICENCE_NS):] in self.lists.licence_codes
            return loose(iri) in self.lists.licences

        r = {
            "download_url": bool(self.values(d, DCAT.downloadURL)),
            "format": bool(formats),
            "media_type": bool(medias),
            "format_vocabulary": bool(formats or medias)
            and all(format_in_vocab(f) for f in formats)
            and all(media_in_vocab(m) for m in medias),
            "non_proprietary": any(self.lists.file_types[c][1] for c in codes),
            "machine_readable": any(self.lists.file_types[c][0] for c in codes),
            "licence": bool(self.values(d, DCT.license)),
            "licence_vocabulary": any(known_licence(x) for x in licences),
            "rights": bool(self.values(d, DCT.rights)),
            "byte_size": bool(self.values(d, DCAT.byteSize)),
        }
        return r

    def interop(self, checks):
        return sum(w for (n, _, lvl, w, _) in INDICATORS if lvl == "best" and checks[n])

    def dataset(self, ds):
        dists = sorted({x for x in self.values(ds, DCAT.distribution) if not isinstance(x, Literal)}, key=show)
        dchecks = [(show(x), self.distribution(x)) for x in dists]
        ar = self.values(ds, DCT.accessRights)
        checks = {
            "keyword": bool(self.values(ds, DCAT.keyword)),
            "theme": bool(self.values(ds, DCAT.theme)),
            "spatial": bool(self.values(ds, DCT.spatial)),
            "temporal": bool(self.values(ds, DCT.temporal)),
            "access_rights": bool(ar),
            "access_rights_vocabulary": any(str(a) in ACCESS_RIGHTS for a in ar if isinstance(a, URIRef)),
            "contact_point": bool(self.values(ds, DCAT.contactPoint)),
            "publisher": bool(self.values(ds, DCT.publisher)),
            "issued": bool(self.values(ds, DCT.issued)),
            "modified": bool(self.values(ds, DCT.modified)),
        }
        if self.profile == "eu" and self.violations is not None:
            bad = self.violations
            checks["dcat_ap_compliance"] = show(ds) not in bad and all(n not in bad for n, _ in dchecks)
        else:
            checks["dcat_ap_compliance"] = None if self.profile == "eu" else False
        best = None
        for i, (_, c) in enumerate(dchecks):
            if best is None or self.interop(c) > self.interop(dchecks[best][1]):
                best = i
        return {"node": show(ds), "checks": checks, "dists": [c for _, c in dchecks], "best": best}

    def score(self, datasets):
        indicators = []
        total = 0.0
        for name, _dim, level, weight, portal in INDICATORS:
            if name == "dcat_ap_compliance" and self.profile == "dataportal":
                weight = 0
            if level == "dataset":
                vals = [d["checks"][name] for d in datasets]
            elif level == "distribution":
                vals = [c.get(name) for d in datasets for c in d["dists"]]
            else:
                vals = [d["best"] is not None and d["dists"][d["best"]][name] for d in datasets]
            n = len(vals)
            if portal or any(v is None for v in vals):
                indicators.append({"name": name, "points": None, "max": weight, "passed": None, "total": n})
                continue
            passed = sum(1 for v in vals if v)
            pts = weight * passed / n if n else 0.0
            total += pts
            indicators.append({"name": name, "points": round(pts, 2), "max": weight, "passed": passed, "total": n})
        return indicators, round(total, 2)


def show(node):
    if isinstance(node, BNode):
        return "_:" + str(node)
    return str(node)


def rating(points):
    if points > 350:
        return "excellent"
    if points > 220:
        return "good"
    if points > 120:
        return "sufficient"
    return "bad"


def main(argv):
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("catalogue")
    ap.add_argument("--profile", choices=["dataportal", "eu"], default="dataportal")
    ap.add_argument("--violations")
    ap.add_argument("--data", default=os.path.join(here, "..", "..", "crates", "dcat-ap-se", "data"))
    args = ap.parse_args(argv)
    fmt = "turtle" if args.catalogue.endswith(".ttl") else "xml"
    g = rdflib.Graph()
    g.parse(args.catalogue, format=fmt)
    violations = None
    if args.violations:
        with open(args.violations, encoding="utf-8") as f:
            violations = set(json.load(f))
    scorer = Scorer(g, args.profile, Lists(args.data), violations)
    nodes = set(g.subjects(RDF.type, DCAT.Dataset)) | {o for o in g.objects(None, DCAT.dataset) if not isinstance(o, Literal)}
    datasets = [scorer.dataset(d) for d in sorted(nodes, key=show)]
    maximum = 375 if args.profile == "dataportal" else 405
    out_sets = []
    for d in datasets:
        ind, pts = scorer.score([d])
        out_sets.append({"dataset": d["node"], "points": pts, "indicators": ind})
    ind, pts = scorer.score(datasets)
    json.dump(
        {
            "profile": args.profile,
            "points": pts,
            "max": maximum,
            "metadata_max": maximum - 80,
            "rating": rating(pts),
            "rating_when_reachable": rating(pts + 80),
            "indicators": ind,
            "datasets": out_sets,
        },
        sys.stdout,
        ensure_ascii=False,
        indent=1,
    )
    print()


if __name__ == "__main__":
    main(sys.argv[1:])
