//! The vocabularies of the RDF model, as constants. schema.org comes first; PROV-O and NIF cover
//! provenance and offsets; the project vocabulary (`schemas/newsgraph.ttl`) covers what they lack.

use oxrdf::NamedNodeRef;

/// Prefixes used in every serialization that has them, besides one per node kind.
pub const PREFIXES: [(&str, &str); 8] = [
    ("schema", schema::NS),
    ("prov", prov::NS),
    ("nif", nif::NS),
    ("itsrdf", itsrdf::NS),
    ("ng", ng::NS),
    ("xsd", xsd::NS),
    ("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"),
    ("wd", WIKIDATA_ENTITY),
];

/// Where `links.wikidata` ids (`Q30`) and `links.geonames` ids (`6252001`) point. GeoNames IRIs end in
/// `/`, which Turtle would have to escape in a prefixed name, so they are written in full.
pub const WIKIDATA_ENTITY: &str = "http://www.wikidata.org/entity/";
pub const GEONAMES_FEATURE: &str = "https://sws.geonames.org/";

macro_rules! vocabulary {
    ($module:ident, $ns:literal, { $($constant:ident = $local:literal),* $(,)? }) => {
        pub mod $module {
            use super::NamedNodeRef;
            pub const NS: &str = $ns;
            $(pub const $constant: NamedNodeRef<'static> = NamedNodeRef::new_unchecked(concat!($ns, $local));)*
        }
    };
}

vocabulary!(schema, "http://schema.org/", {
    NEWS_ARTICLE = "NewsArticle",
    EVENT = "Event",
    PERSON = "Person",
    ORGANIZATION = "Organization",
    PLACE = "Place",
    QUOTATION = "Quotation",
    ROLE = "Role",
    ORGANIZATION_ROLE = "OrganizationRole",
    ABOUT = "about",
    ALTERNATE_NAME = "alternateName",
    ATTENDEE = "attendee",
    CONTAINED_IN_PLACE = "containedInPlace",
    CREATOR = "creator",
    DATE_CREATED = "dateCreated",
    DATE_PUBLISHED = "datePublished",
    HEADLINE = "headline",
    IDENTIFIER = "identifier",
    IS_PART_OF = "isPartOf",
    JOB_TITLE = "jobTitle",
    LOCATION = "location",
    MEMBER_OF = "memberOf",
    MENTIONS = "mentions",
    NAME = "name",
    ROLE_NAME = "roleName",
    SAME_AS = "sameAs",
    START_DATE = "startDate",
    TEXT = "text",
    WORKS_FOR = "worksFor",
});

vocabulary!(prov, "http://www.w3.org/ns/prov#", {
    ENTITY = "Entity",
    WAS_DERIVED_FROM = "wasDerivedFrom",
    WAS_QUOTED_FROM = "wasQuotedFrom",
});

vocabulary!(nif, "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#", {
    CONTEXT = "Context",
    PHRASE = "Phrase",
    ANCHOR_OF = "anchorOf",
    BEGIN_INDEX = "beginIndex",
    END_INDEX = "endIndex",
    IS_STRING = "isString",
    REFERENCE_CONTEXT = "referenceContext",
});

vocabulary!(itsrdf, "http://www.w3.org/2005/11/its/rdf#", {
    TA_IDENT_REF = "taIdentRef",
});

vocabulary!(ng, "https://w3id.org/newsgraph/ns#", {
    CUE = "cue",
    KIND = "kind",
    QUALIFIED_RELATION = "qualifiedRelation",
    SOURCE_FILE = "sourceFile",
    SOURCE_TEXT = "sourceText",
});

vocabulary!(xsd, "http://www.w3.org/2001/XMLSchema#", {
    DATE = "date",
    NON_NEGATIVE_INTEGER = "nonNegativeInteger",
});
