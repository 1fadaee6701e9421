#!/usr/bin/env python3
"""Validates a catalogue against the DCAT-AP High-Value Datasets 3.0.0 SHACL shapes
with pyshacl, the way a validator with the shapes' imports would: the range checks
(sh:class) need to know the classes of the resources the catalogue refers to but does
not describe, and the subclass axioms of the vocabularies it uses. Those statements
are added to the data graph as background (pyshacl's ont graph takes only class and
property definitions, not the typing of individuals):

* the objects of dcatap:applicableLegislation are eli:LegalResource;
* HVD categories, themes, availability and other controlled-vocabulary values are
  skos:Concept; access rights dct:RightsStatement; licences dct:LicenseDocument;
  conformsTo dct:Standard; spatial dct:Location; foaf:page foaf:Document; languages
  dct:LinguisticSystem; frequencies dct:Frequency; media types dct:MediaType;
* vcard:Organization and vcard:Individual are vcard:Kind, odrs:RightsStatement a
  dct:RightsStatement, foaf:Organization a foaf:Agent.

    python hvd_check.py CATALOGUE.ttl|.rdf SHAPES.ttl

Prints JSON: {"conforms": bool, "violations": [{"focus", "path", "message"}]}.
"""

import json
import sys

import pyshacl
import rdflib
from rdflib import RDF, RDFS, Namespace

DCAT = Namespace("http://www.w3.org/ns/dcat#")
DCT = Namespace("http://purl.org/dc/terms/")
DCATAP = Namespace("http://data.europa.eu/r5r/")
FOAF = Namespace("http://xmlns.com/foaf/0.1/")
SKOS = Namespace("http://www.w3.org/2004/02/skos/core#")
VCARD = Namespace("http://www.w3.org/2006/vcard/ns#")
ODRS = Namespace("http://schema.theodi.org/odrs#")
ELI = Namespace("http://data.europa.eu/eli/ontology#")
SH = Namespace("http://www.w3.org/ns/shacl#")

RANGES = [
    (DCATAP.applicableLegislation, ELI.LegalResource),
    (DCATAP.hvdCategory, SKOS.Concept),
    (DCAT.theme, SKOS.Concept),
    (DCATAP.availability, SKOS.Concept),
    (DCT.accessRights, DCT.RightsStatement),
    (DCT.license, DCT.LicenseDocument),
    (DCT.conformsTo, DCT.Standard),
    (DCT.spatial, DCT.Location),
    (FOAF.page, FOAF.Document),
    (DCT.language, DCT.LinguisticSystem),
    (DCT.accrualPeriodicity, DCT.Frequency),
    (DCAT.mediaType, DCT.MediaType),
]


def background(data):
    bg = rdflib.Graph()
    for sub, sup in [
        (VCARD.Organization, VCARD.Kind),
        (VCARD.Individual, VCARD.Kind),
        (ODRS.RightsStatement, DCT.RightsStatement),
        (FOAF.Organization, FOAF.Agent),
    ]:
        bg.add((sub, RDFS.subClassOf, sup))
    for prop, cls in RANGES:
        for o in set(data.objects(None, prop)):
            if isinstance(o, rdflib.URIRef):
                bg.add((o, RDF.type, cls))
    return bg


def main(argv):
    path, shapes_path = argv[0], argv[1]
    fmt = "turtle" if path.endswith(".ttl") else "xml"
    data = rdflib.Graph().parse(path, format=fmt)
    data += background(data)
    shapes = rdflib.Graph().parse(shapes_path, format="turtle")
    conforms, report, _ = pyshacl.validate(data, shacl_graph=shapes, inference="rdfs")
    violations = []
    for r in report.subjects(RDF.type, SH.ValidationResult):
        if report.value(r, SH.resultSeverity) != SH.Violation:
            continue
        violations.append(
            {
                "focus": str(report.value(r, SH.focusNode)),
                "path": str(report.value(r, SH.resultPath)),
                "message": str(report.value(r, SH.resultMessage)),
            }
        )
    json.dump({"conforms": bool(conforms), "violations": violations}, sys.stdout, indent=1)
    print()


if __name__ == "__main__":
    main(sys.argv[1:])
