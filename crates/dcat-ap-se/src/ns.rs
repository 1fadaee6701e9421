//! Namespaces and IRIs the crate uses.

/// Prefixes used when writing RDF and when showing IRIs to people.
pub const PREFIXES: &[(&str, &str)] = &[
    ("dcat", "http://www.w3.org/ns/dcat#"),
    ("dcterms", "http://purl.org/dc/terms/"),
    ("dcatap", "http://data.europa.eu/r5r/"),
    ("foaf", "http://xmlns.com/foaf/0.1/"),
    ("vcard", "http://www.w3.org/2006/vcard/ns#"),
    ("adms", "http://www.w3.org/ns/adms#"),
    ("odrs", "http://schema.theodi.org/odrs#"),
    ("schema", "http://schema.org/"),
    ("prov", "http://www.w3.org/ns/prov#"),
    ("spdx", "http://spdx.org/rdf/terms#"),
    ("locn", "http://www.w3.org/ns/locn#"),
    ("skos", "http://www.w3.org/2004/02/skos/core#"),
    ("owl", "http://www.w3.org/2002/07/owl#"),
    ("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"),
    ("rdfs", "http://www.w3.org/2000/01/rdf-schema#"),
    ("xsd", "http://www.w3.org/2001/XMLSchema#"),
    ("geo", "http://www.opengis.net/ont/geosparql#"),
    ("org", "https://www.w3.org/ns/org#"),
];

/// `prefix:local` for an IRI in a known namespace, else the IRI.
pub fn compact(iri: &str) -> String {
    for (p, ns) in PREFIXES {
        if let Some(local) = iri.strip_prefix(ns)
            && !local.is_empty()
            && !local.contains(['/', '#'])
        {
            return format!("{p}:{local}");
        }
    }
    iri.to_owned()
}

macro_rules! iris {
    ($($name:ident = $iri:expr;)*) => {$(
        #[doc = concat!("`", $iri, "`")]
        pub const $name: &str = $iri;
    )*};
}

iris! {
    RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
    XSD_STRING = "http://www.w3.org/2001/XMLSchema#string";
    XSD_DATE = "http://www.w3.org/2001/XMLSchema#date";
    XSD_DATE_TIME = "http://www.w3.org/2001/XMLSchema#dateTime";
    XSD_G_YEAR = "http://www.w3.org/2001/XMLSchema#gYear";
    XSD_NON_NEGATIVE_INTEGER = "http://www.w3.org/2001/XMLSchema#nonNegativeInteger";
    GEO_WKT = "http://www.opengis.net/ont/geosparql#wktLiteral";
    DCAT_CATALOG = "http://www.w3.org/ns/dcat#Catalog";
    DCAT_DATASET = "http://www.w3.org/ns/dcat#Dataset";
    DCAT_DISTRIBUTION = "http://www.w3.org/ns/dcat#Distribution";
    DCAT_DATA_SERVICE = "http://www.w3.org/ns/dcat#DataService";
    DCAT_DATASET_PROP = "http://www.w3.org/ns/dcat#dataset";
    DCAT_SERVICE = "http://www.w3.org/ns/dcat#service";
    DCAT_DISTRIBUTION_PROP = "http://www.w3.org/ns/dcat#distribution";
    DCAT_ACCESS_URL = "http://www.w3.org/ns/dcat#accessURL";
    DCAT_DOWNLOAD_URL = "http://www.w3.org/ns/dcat#downloadURL";
    DCAT_BYTE_SIZE = "http://www.w3.org/ns/dcat#byteSize";
    DCAT_MEDIA_TYPE = "http://www.w3.org/ns/dcat#mediaType";
    DCAT_CONTACT_POINT = "http://www.w3.org/ns/dcat#contactPoint";
    DCAT_KEYWORD = "http://www.w3.org/ns/dcat#keyword";
    DCAT_THEME = "http://www.w3.org/ns/dcat#theme";
    DCAT_THEME_TAXONOMY = "http://www.w3.org/ns/dcat#themeTaxonomy";
    DCAT_LANDING_PAGE = "http://www.w3.org/ns/dcat#landingPage";
    DCAT_START_DATE = "http://www.w3.org/ns/dcat#startDate";
    DCAT_END_DATE = "http://www.w3.org/ns/dcat#endDate";
    DCAT_ENDPOINT_URL = "http://www.w3.org/ns/dcat#endpointURL";
    DCAT_ENDPOINT_DESCRIPTION = "http://www.w3.org/ns/dcat#endpointDescription";
    DCAT_SERVES_DATASET = "http://www.w3.org/ns/dcat#servesDataset";
    DCAT_BBOX = "http://www.w3.org/ns/dcat#bbox";
    DCAT_CENTROID = "http://www.w3.org/ns/dcat#centroid";
    DCTERMS_TITLE = "http://purl.org/dc/terms/title";
    DCTERMS_DESCRIPTION = "http://purl.org/dc/terms/description";
    DCTERMS_PUBLISHER = "http://purl.org/dc/terms/publisher";
    DCTERMS_LICENSE = "http://purl.org/dc/terms/license";
    DCTERMS_ISSUED = "http://purl.org/dc/terms/issued";
    DCTERMS_MODIFIED = "http://purl.org/dc/terms/modified";
    DCTERMS_LANGUAGE = "http://purl.org/dc/terms/language";
    DCTERMS_SPATIAL = "http://purl.org/dc/terms/spatial";
    DCTERMS_TEMPORAL = "http://purl.org/dc/terms/temporal";
    DCTERMS_FORMAT = "http://purl.org/dc/terms/format";
    DCTERMS_TYPE = "http://purl.org/dc/terms/type";
    DCTERMS_IDENTIFIER = "http://purl.org/dc/terms/identifier";
    DCTERMS_ACCESS_RIGHTS = "http://purl.org/dc/terms/accessRights";
    DCTERMS_CONFORMS_TO = "http://purl.org/dc/terms/conformsTo";
    DCTERMS_ACCRUAL_PERIODICITY = "http://purl.org/dc/terms/accrualPeriodicity";
    DCTERMS_PERIOD_OF_TIME = "http://purl.org/dc/terms/PeriodOfTime";
    DCTERMS_LOCATION = "http://purl.org/dc/terms/Location";
    DCTERMS_STANDARD = "http://purl.org/dc/terms/Standard";
    DCTERMS_LICENSE_DOCUMENT = "http://purl.org/dc/terms/LicenseDocument";
    DCATAP_APPLICABLE_LEGISLATION = "http://data.europa.eu/r5r/applicableLegislation";
    DCATAP_HVD_CATEGORY = "http://data.europa.eu/r5r/hvdCategory";
    DCATAP_AVAILABILITY = "http://data.europa.eu/r5r/availability";
    ADMS_STATUS = "http://www.w3.org/ns/adms#status";
    FOAF_NAME = "http://xmlns.com/foaf/0.1/name";
    FOAF_HOMEPAGE = "http://xmlns.com/foaf/0.1/homepage";
    FOAF_PAGE = "http://xmlns.com/foaf/0.1/page";
    FOAF_AGENT = "http://xmlns.com/foaf/0.1/Agent";
    FOAF_ORGANIZATION = "http://xmlns.com/foaf/0.1/Organization";
    VCARD_ORGANIZATION = "http://www.w3.org/2006/vcard/ns#Organization";
    VCARD_INDIVIDUAL = "http://www.w3.org/2006/vcard/ns#Individual";
    VCARD_FN = "http://www.w3.org/2006/vcard/ns#fn";
    VCARD_HAS_EMAIL = "http://www.w3.org/2006/vcard/ns#hasEmail";
    VCARD_HAS_TELEPHONE = "http://www.w3.org/2006/vcard/ns#hasTelephone";
    VCARD_HAS_VALUE = "http://www.w3.org/2006/vcard/ns#hasValue";
    VCARD_HAS_URL = "http://www.w3.org/2006/vcard/ns#hasURL";
    DCAT_ACCESS_SERVICE = "http://www.w3.org/ns/dcat#accessService";
    DCTERMS_RIGHTS = "http://purl.org/dc/terms/rights";
    DCTERMS_HAS_PART = "http://purl.org/dc/terms/hasPart";
    ORG_CLASSIFICATION = "https://www.w3.org/ns/org#classification";
    VCARD_VOICE = "http://www.w3.org/2006/vcard/ns#Voice";
    VCARD_ADDRESS = "http://www.w3.org/2006/vcard/ns#Address";
    VCARD_HAS_ADDRESS = "http://www.w3.org/2006/vcard/ns#hasAddress";
    VCARD_STREET_ADDRESS = "http://www.w3.org/2006/vcard/ns#street-address";
    VCARD_POSTAL_CODE = "http://www.w3.org/2006/vcard/ns#postal-code";
    VCARD_LOCALITY = "http://www.w3.org/2006/vcard/ns#locality";
    VCARD_COUNTRY_NAME = "http://www.w3.org/2006/vcard/ns#country-name";
    ODRS_RIGHTS_STATEMENT = "http://schema.theodi.org/odrs#RightsStatement";
    ODRS_ATTRIBUTION_TEXT = "http://schema.theodi.org/odrs#attributionText";
    ODRS_ATTRIBUTION_URL = "http://schema.theodi.org/odrs#attributionURL";
    ODRS_COPYRIGHT_STATEMENT = "http://schema.theodi.org/odrs#copyrightStatement";
    ODRS_COPYRIGHT_HOLDER = "http://schema.theodi.org/odrs#copyrightHolder";
    ODRS_JURISDICTION = "http://schema.theodi.org/odrs#jurisdiction";
    ODRS_REUSER_GUIDELINES = "http://schema.theodi.org/odrs#reuserGuidelines";
    SCHEMA_OFFERS = "http://schema.org/offers";
    SCHEMA_OFFER = "http://schema.org/Offer";
    SCHEMA_DESCRIPTION = "http://schema.org/description";
    SCHEMA_MAIN_ENTITY_OF_PAGE = "http://schema.org/mainEntityOfPage";
    HVD_LEGISLATION = "http://data.europa.eu/eli/reg_impl/2023/138/oj";
    CC0 = "http://creativecommons.org/publicdomain/zero/1.0/";
    THEME_TAXONOMY = "http://publications.europa.eu/resource/authority/data-theme";
}
