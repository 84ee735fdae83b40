#ifndef GOLDEN_XML_H
#define GOLDEN_XML_H
/*
 * A thin, safe streaming XML reader on libxml2's SAX2 push parser.
 *
 * Swift never includes libxml2's headers (they pull in ICU headers that clash with Foundation's):
 * this header exposes only what the Ingest target needs. The reader feeds libxml2 blocks of 64 KiB
 * from the read callback; the SAX callbacks queue compact nodes, which golden_xml_reader_read hands
 * out a batch at a time. Every string handed out is UTF-8 and owned by the reader. Names (local
 * names, namespace URIs, prefixes) are interned in the parser's dictionary: two equal ones have the
 * same pointer, valid until the reader is freed (a caller that caches by address may confirm with
 * golden_xml_reader_intern(name) == name). Nodes, attributes and values stay valid only until the
 * next call on the reader.
 *
 * Safety. The parser is created with XML_PARSE_NONET | XML_PARSE_BIG_LINES and nothing else: no
 * XML_PARSE_NOENT (entities are never substituted), no XML_PARSE_DTDLOAD (no external DTD or
 * entity is ever loaded), no XML_PARSE_HUGE (libxml2's default limits on names, depth and
 * attribute sizes stay in force; text nodes are capped at libxml2's 10,000,000 bytes here). On top:
 * - any entity declaration (general or parameter) stops the parser where it is declared, and the
 *   entity is never registered: nothing can expand it (GOLDEN_XML_DOCTYPE_DECLARES_ENTITIES);
 * - a DOCTYPE with a SYSTEM or PUBLIC identifier stops the parser (GOLDEN_XML_DOCTYPE_EXTERNAL_ID);
 * - entity look-ups answer only the five predefined entities; entity resolution answers nothing.
 * Errors never reach stderr: they are captured by the reader (see golden_xml_reader_error).
 */
#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Fills `buffer` with up to `capacity` bytes; returns the number written, 0 at the end, -1 on failure. */
typedef long (*golden_xml_read_fn)(void *context, unsigned char *buffer, long capacity);

typedef struct golden_xml_reader golden_xml_reader;

/* Node types: the same values as libxml2's xmlReaderTypes (only these are ever reported). */
enum {
    GOLDEN_XML_ELEMENT = 1,
    /* Character data, adjacent pieces joined. Layout is left out: blank text that follows a
     * child element, unless the parent already had other text after a child (mixed content). */
    GOLDEN_XML_TEXT = 3,
    /* The content of CDATA sections, adjacent pieces joined (blank ones left out as above). */
    GOLDEN_XML_CDATA = 4,
    /* A reference to an undeclared entity that libxml2 let through (only after a parameter-entity
     * reference in the DTD); reading stops after it. */
    GOLDEN_XML_ENTITY_REFERENCE = 5,
    /* A DOCTYPE that was not refused (see golden_xml_reader_doctype). */
    GOLDEN_XML_DOCUMENT_TYPE = 10,
    GOLDEN_XML_END_ELEMENT = 15,
};

/* Facts about the document's DOCTYPE, a bit set (golden_xml_reader_doctype). */
enum {
    GOLDEN_XML_DOCTYPE_PRESENT = 1,
    /* The internal subset declares general or parameter entities. */
    GOLDEN_XML_DOCTYPE_DECLARES_ENTITIES = 2,
    /* The DOCTYPE names an external subset (SYSTEM or PUBLIC identifier). */
    GOLDEN_XML_DOCTYPE_EXTERNAL_ID = 4,
};

/* Distinct names (local name, namespace URI, prefix) that get a name id; later ones get -1. */
enum { GOLDEN_XML_NAME_ID_LIMIT = 1 << 16 };

/* One attribute of an element (namespace declarations and DTD defaults are never reported). */
typedef struct golden_xml_attribute {
    const unsigned char *local_name;
    const unsigned char *namespace_uri; /* NULL for no namespace */
    const unsigned char *prefix;        /* NULL for none */
    /* The normalized value, references decoded; not NUL-terminated. */
    const unsigned char *value;
    long value_length;
    /* See golden_xml_node.name_id (element and attribute names share the numbering). */
    int name_id;
} golden_xml_attribute;

/* One node of a batch (golden_xml_reader_read). */
typedef struct golden_xml_node {
    int type;
    /* 0 for the root element; text inside an element is one deeper than the element. */
    int depth;
    /* 1 for an element whose END_ELEMENT was folded in (`<a/>`, and often `<a></a>`). */
    int is_empty_element;
    /* Elements: the number of `attributes`. */
    int attribute_count;
    /* Elements: a number for the name, the same for every node with the same local name,
     * namespace URI and prefix: 0, 1, 2… in order of first appearance in the document, or -1 once
     * GOLDEN_XML_NAME_ID_LIMIT names were numbered. End elements: -1. */
    int name_id;
    /* Elements: the line where the start tag ends (exact past 65535). Others: 0. */
    long line;
    /* Elements and end elements (NULL otherwise). `namespace_uri` is NULL for no namespace. */
    const unsigned char *local_name;
    const unsigned char *namespace_uri;
    const unsigned char *prefix;
    /* Text and CDATA: the characters (UTF-8, not NUL-terminated) and their length in bytes. */
    const unsigned char *value;
    long value_length;
    /* Elements: the attributes in document order. */
    const golden_xml_attribute *attributes;
} golden_xml_node;

/* What kind of error libxml2 reported (golden_xml_error.kind). */
enum {
    GOLDEN_XML_ERROR_OTHER = 0,
    /* Bytes invalid in the document's encoding, or characters XML does not allow. */
    GOLDEN_XML_ERROR_ENCODING = 1,
    /* An entity reference loop or an amplification limit was hit. */
    GOLDEN_XML_ERROR_ENTITY_EXPANSION = 2,
    /* A reference to an entity that is not declared. */
    GOLDEN_XML_ERROR_UNDECLARED_ENTITY = 3,
    /* No root element at all. */
    GOLDEN_XML_ERROR_EMPTY_DOCUMENT = 4,
    /* The input ended inside the document, or content follows the root element: libxml2's
     * push parser reports both the same way. */
    GOLDEN_XML_ERROR_DOCUMENT_END = 5,
    /* The reader refused the DOCTYPE (see golden_xml_reader_doctype); line: the `<!DOCTYPE`. */
    GOLDEN_XML_ERROR_REFUSED_DOCTYPE = 6,
};

/* The first error at level error or fatal. */
typedef struct golden_xml_error {
    int kind;
    int domain;
    int code;
    int line;
    int column;
    /* libxml2's message, first line only, NUL-terminated; may name elements or entities. */
    const char *message;
} golden_xml_error;

/* Creates a reader that pulls bytes through `read` (called with `context`); reads the first
 * block to detect the encoding. NULL when out of memory. A failed first read is reported by the
 * first golden_xml_reader_read. */
golden_xml_reader *golden_xml_reader_create(golden_xml_read_fn read, void *context);
void golden_xml_reader_free(golden_xml_reader *reader);

/*
 * libxml2 reports some errors (encoding conversion, I/O) through thread-local global handlers that
 * print to stderr. The reader captures them itself while it parses (golden_xml_reader_read) and
 * while it is created and freed. enter/leave do the same around any other burst of calls on one
 * thread: in between, such errors are captured by this reader and never printed. A second enter
 * before leave does nothing.
 */
void golden_xml_reader_enter(golden_xml_reader *reader);
void golden_xml_reader_leave(golden_xml_reader *reader);

/*
 * Parses on until some nodes are ready and points `*nodes` at `*count` (at least 1) of them, in
 * document order; they stay valid until the next call on the reader. Returns 1 with a batch, 0 at
 * the end of the document, -1 on an error or a refusal (see golden_xml_reader_error). Every node
 * parsed before an error is handed out before the -1: the records before a break are kept.
 */
int golden_xml_reader_read(golden_xml_reader *reader, const golden_xml_node **nodes, long *count);

/* The interned pointer for a UTF-8 name, to compare with node names by pointer. */
const unsigned char *golden_xml_reader_intern(golden_xml_reader *reader, const char *name);

/* GOLDEN_XML_DOCTYPE_* bits, known once the DOCUMENT_TYPE node was read or after a -1. */
int golden_xml_reader_doctype(const golden_xml_reader *reader);
/* Line of `<!DOCTYPE` in the raw bytes, or 0 when unknown. */
long golden_xml_reader_doctype_line(const golden_xml_reader *reader);

/* Returns 1 and fills `error` if reading stopped on an error or a refusal; 0 otherwise. */
int golden_xml_reader_error(const golden_xml_reader *reader, golden_xml_error *error);
/* 1 if the read callback returned -1. */
int golden_xml_reader_input_failed(const golden_xml_reader *reader);

/* libxml2 version in use, e.g. "2.9.14". */
const char *golden_xml_version(void);

#ifdef __cplusplus
}
#endif
#endif
