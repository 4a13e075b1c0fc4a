"""The unkg ontology as an rdflib namespace. GENERATED from unkg.ttl by
``python -m unkg.ontology.generate``: do not edit by hand.
"""

from rdflib.namespace import DefinedNamespace, Namespace
from rdflib.term import URIRef

# The prefixes unkg.ttl declares: SPARQL queries get them predeclared, the JSON-LD context
# and Turtle exports use them.
PREFIXES = {
    "unkg": "https://w3id.org/unkg/ontology#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "dcterms": "http://purl.org/dc/terms/",
    "vann": "http://purl.org/vocab/vann/",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "prov": "http://www.w3.org/ns/prov#",
    "org": "http://www.w3.org/ns/org#",
    "schema": "https://schema.org/",
    "frbr": "http://purl.org/vocab/frbr/core#",
    "fabio": "http://purl.org/spar/fabio/",
    "doco": "http://purl.org/spar/doco/",
    "c4o": "http://purl.org/spar/c4o/",
    "cito": "http://purl.org/spar/cito/",
    "eli": "http://data.europa.eu/eli/ontology#",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "qb": "http://purl.org/linked-data/cube#",
    "sdmx-dimension": "http://purl.org/linked-data/sdmx/2009/dimension#",
    "sdmx-measure": "http://purl.org/linked-data/sdmx/2009/measure#",
}


class UNKG(DefinedNamespace):
    """unkg: the UN digital-policy instruments ontology."""

    _fail = True

    # Classes
    Article: URIRef  # article
    Body: URIRef  # body
    Citation: URIRef  # citation
    Comparison: URIRef  # comparison
    Decision: URIRef  # decision
    Declaration: URIRef  # declaration
    DraftDecision: URIRef  # draft decision
    DraftResolution: URIRef  # draft resolution
    Event: URIRef  # event
    EventSeries: URIRef  # event series
    Footnote: URIRef  # footnote
    Forum: URIRef  # forum
    Group: URIRef  # group
    Initiative: URIRef  # initiative
    LanguageVersion: URIRef  # language version
    MemberState: URIRef  # member state
    NamedInstrument: URIRef  # named instrument
    Observance: URIRef  # observance
    Office: URIRef  # office
    OperativeParagraph: URIRef  # operative paragraph
    OutcomeDocument: URIRef  # outcome document
    Paragraph: URIRef  # paragraph
    ParagraphRevision: URIRef  # paragraph revision
    Partnership: URIRef  # partnership
    PreambularParagraph: URIRef  # preambular paragraph
    Programme: URIRef  # programme
    Publication: URIRef  # publication
    Report: URIRef  # report
    Request: URIRef  # request
    Resolution: URIRef  # resolution
    Section: URIRef  # section
    Series: URIRef  # series
    SourceFile: URIRef  # source file
    SourceGraph: URIRef  # source graph
    Statistic: URIRef  # statistic
    Subparagraph: URIRef  # sub-paragraph
    Topic: URIRef  # topic
    Verb: URIRef  # verb
    Work: URIRef  # UN document

    # Object properties
    abstained: URIRef  # abstained
    addressed: URIRef  # addressed
    addressee: URIRef  # addressee
    adoptedBy: URIRef  # adopted by
    anchoredIn: URIRef  # anchored in
    askingVerb: URIRef  # asking verb
    citationVerb: URIRef  # citation verb
    cited: URIRef  # cited
    cites: URIRef  # cites
    comparedWith: URIRef  # compared with
    comparisonOf: URIRef  # comparison of
    droppedParagraph: URIRef  # dropped paragraph
    dueAddressee: URIRef  # due addressee
    dueParagraph: URIRef  # due paragraph
    dueReportTo: URIRef  # due report to
    dueVerb: URIRef  # due verb
    inSection: URIRef  # in section
    inSeries: URIRef  # in series
    mentioned: URIRef  # mentioned
    mentionedEvent: URIRef  # mentioned event
    mentionedWith: URIRef  # mentioned with
    mentions: URIRef  # mentions
    newParagraph: URIRef  # new paragraph
    parentParagraph: URIRef  # parent paragraph
    recommendationDocument: URIRef  # recommendation document
    recommendedBy: URIRef  # recommended by
    reportTo: URIRef  # report to
    requestVerb: URIRef  # request verb
    sponsor: URIRef  # sponsor
    statedIn: URIRef  # stated in
    statesFigure: URIRef  # states figure
    unchangedIn: URIRef  # unchanged in
    verb: URIRef  # verb
    votedAgainst: URIRef  # voted against
    votedInFavour: URIRef  # voted in favour

    # Datatype properties
    abstainingCount: URIRef  # abstentions
    acronym: URIRef  # acronym
    againstCount: URIRef  # votes against
    agendaItem: URIRef  # agenda item
    asPrinted: URIRef  # as printed
    citedByCount: URIRef  # cited by
    citedParagraph: URIRef  # cited paragraph
    dueAtSession: URIRef  # due at session
    dueDate: URIRef  # due date
    dueSession: URIRef  # due session
    dueSymbol: URIRef  # due symbol
    edition: URIRef  # edition
    fileName: URIRef  # file name
    frbrUri: URIRef  # AKN FRBR URI
    inFavourCount: URIRef  # votes in favour
    known: URIRef  # known
    meeting: URIRef  # meeting
    moved: URIRef  # moved
    number: URIRef  # number
    paragraphCount: URIRef  # paragraphs
    parserVersion: URIRef  # parser version
    position: URIRef  # position
    recurringDay: URIRef  # recurring day
    seriesPosition: URIRef  # position in series
    session: URIRef  # session
    sha256: URIRef  # sha256
    similarity: URIRef  # similarity
    sourceId: URIRef  # source id
    sponsorStatement: URIRef  # sponsors as printed
    text: URIRef  # text
    theme: URIRef  # theme
    verbLabel: URIRef  # verb as printed
    verbModifier: URIRef  # verb modifier
    votingOutcome: URIRef  # voting outcome
    workCount: URIRef  # works

    # Individuals
    addressedComponent: URIRef  # addressed (dimension)
    askingVerbComponent: URIRef  # asking verb (dimension)
    citedBy: URIRef  # cited by
    citedByCountComponent: URIRef  # cited by (measure)
    citedComponent: URIRef  # cited (dimension)
    coMentions: URIRef  # co-mentions
    dueAddresseeComponent: URIRef  # due addressee (dimension)
    dueDateComponent: URIRef  # due date (dimension)
    dueParagraphComponent: URIRef  # due paragraph (dimension)
    dueReportToComponent: URIRef  # due report to (attribute)
    dueSessionComponent: URIRef  # due session (dimension)
    dueSymbolComponent: URIRef  # due symbol (dimension)
    dueVerbComponent: URIRef  # due verb (attribute)
    eventMentions: URIRef  # event mentions
    mentionedComponent: URIRef  # mentioned (dimension)
    mentionedEventComponent: URIRef  # mentioned event (dimension)
    mentionedWithComponent: URIRef  # mentioned with (dimension)
    mentionsByYear: URIRef  # mentions by year
    paragraphCountComponent: URIRef  # paragraphs (measure)
    refPeriodComponent: URIRef  # year (dimension)
    requestsByAddressee: URIRef  # requests by addressee
    requestsDue: URIRef  # requests due
    workCountComponent: URIRef  # works (measure)

    _NS = Namespace("https://w3id.org/unkg/ontology#")
