"""Reading the published decisions as the government harvester does: the vocabularies and the
RDFa parser (pyRdfa) the linked-data tests share."""

import io

from pyRdfa import pyRdfa
from pyRdfa.options import Options
from rdflib import RDF, Graph, Namespace, URIRef

BESLUIT = Namespace("http://data.vlaanderen.be/ns/besluit#")
LBLOD = Namespace("http://lblod.data.gift/vocabularies/besluit/")
ELI = Namespace("http://data.europa.eu/eli/ontology#")
PROV = Namespace("http://www.w3.org/ns/prov#")
DCT = Namespace("http://purl.org/dc/terms/")
RDFA = Namespace("http://www.w3.org/ns/rdfa#")
SH = Namespace("http://www.w3.org/ns/shacl#")
XSD_DATETIME = URIRef("http://www.w3.org/2001/XMLSchema#dateTime")
NLD = URIRef("http://publications.europa.eu/resource/authority/language/NLD")


def parse_rdfa(html, url):
    """The page's triples; the RDFa processor's own errors and warnings fail the test."""
    processor_graph = Graph()
    options = Options(output_processor_graph=True)
    graph = pyRdfa(options, base=url, media_type="text/html").graph_from_source(
        io.BytesIO(html), pgraph=processor_graph
    )
    problems = [
        str(message)
        for kind in (RDFA.Error, RDFA.Warning)
        for subject in processor_graph.subjects(RDF.type, kind)
        for message in processor_graph.objects(subject, DCT.description)
    ]
    # HTML link types in the head (rel="canonical") are not RDFa terms; RDFa ignores them.
    problems = [p for p in problems if not p.startswith("[In element 'link']")]
    assert not problems, problems
    return graph
