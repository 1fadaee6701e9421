"""Converts an RDF file between formats with rdflib: IN IN_FORMAT OUT OUT_FORMAT."""
import sys

import rdflib

rdflib.Graph().parse(sys.argv[1], format=sys.argv[2]).serialize(sys.argv[3], format=sys.argv[4])
