#ifndef GOLDEN_XML_H
#define GOLDEN_XML_H
/*
 * A thin, safe wrapper around libxml2's streaming xmlTextReader.
 *
 * Swift never includes libxml2's headers (they pull in ICU headers that clash with Foundation's):
 * this header exposes only what the Ingest target needs. Every string handed out is UTF-8 and
 * owned by the reader. Namespace URIs and prefixes are interned in the parser's dictionary: two
 * equal ones have the same pointer, valid until the reader is freed. Local names come straight
 * from the parser, which interns them too in practice; a caller that caches by address confirms
 * with golden_xml_reader_intern(name) == name first. Values (text, attribute values) stay valid
 * only until the next call on the reader.
 *
 * The reader is created with XML_PARSE_NONET | XML_PARSE_BIG_LINES and nothing else: no
 * XML_PARSE_NOENT (entities are never substituted), no XML_PARSE_DTDLOAD (external DTDs and
 * external entities are never loaded), no XML_PARSE_HUGE (libxml2's default limits on entity
 * amplification, name and text sizes stay in force). Errors never reach stderr: they are captured
 * by the reader (see golden_xml_reader_error).
 */
#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Fills `buffer` with up to `capacity` bytes; returns the number written, 0 at the end, -1 on failure. */
typedef long (*golden_xml_read_fn)(void *context, unsigned char *buffer, long capacity);

typedef struct golden_xml_reader golden_xml_reader;

/* Node types: the same values as libxml2's xmlReaderTypes. Text nodes are always reported as
 * GOLDEN_XML_TEXT, blank or not, never as (significant) whitespace. */
enum {
    GOLDEN_XML_ELEMENT = 1,
    GOLDEN_XML_TEXT = 3,
    GOLDEN_XML_CDATA = 4,
    GOLDEN_XML_ENTITY_REFERENCE = 5,
    GOLDEN_XML_ENTITY = 6,
    GOLDEN_XML_PROCESSING_INSTRUCTION = 7,
    GOLDEN_XML_COMMENT = 8,
    GOLDEN_XML_DOCUMENT_TYPE = 10,
    GOLDEN_XML_WHITESPACE = 13,
    GOLDEN_XML_SIGNIFICANT_WHITESPACE = 14,
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

/* The node the reader stands on after golden_xml_reader_next. */
typedef struct golden_xml_node {
    int type;
    int depth;
    /* 1 for `<a/>`: no END_ELEMENT node follows. */
    int is_empty_element;
    /* Elements: the line of the start tag (see golden_xml.c for lines past 65535). Others: 0. */
    long line;
    /* Elements only (NULL otherwise). `namespace_uri` is NULL for no namespace. */
    const unsigned char *local_name;
    const unsigned char *namespace_uri;
    const unsigned char *prefix;
    /* Text and CDATA nodes: the characters (UTF-8) and their length in bytes. */
    const unsigned char *value;
    long value_length;
    /* Elements: whether the element has attributes (namespace declarations excluded). */
    int has_attributes;
} golden_xml_node;

/* One attribute of the current element (namespace declarations are never reported). */
typedef struct golden_xml_attribute {
    const unsigned char *local_name;
    const unsigned char *namespace_uri; /* NULL for no namespace */
    const unsigned char *prefix;        /* NULL for none */
    const unsigned char *value;         /* valid until the next call on the reader */
    long value_length;
} golden_xml_attribute;

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
};

/* The first error libxml2 reported at level error or fatal. */
typedef struct golden_xml_error {
    int kind;
    int domain;
    int code;
    int line;
    int column;
    /* libxml2's message, first line only, NUL-terminated; may name elements or entities. */
    const char *message;
} golden_xml_error;

/* Creates a reader that pulls bytes through `read` (called with `context`). NULL on failure. */
golden_xml_reader *golden_xml_reader_create(golden_xml_read_fn read, void *context);
void golden_xml_reader_free(golden_xml_reader *reader);

/*
 * libxml2 reports some errors (encoding conversion, I/O) through thread-local global handlers that
 * print to stderr. Bracket every burst of calls on one thread with enter/leave: in between, those
 * errors are captured by this reader too and never printed. A second enter before leave does nothing.
 */
void golden_xml_reader_enter(golden_xml_reader *reader);
void golden_xml_reader_leave(golden_xml_reader *reader);

/* Moves to the next node: 1 on a node, 0 at the end of the document, -1 on an error (see
 * golden_xml_reader_error; an error at level error or above always ends the reading). */
int golden_xml_reader_next(golden_xml_reader *reader, golden_xml_node *node);

/* Attributes of the current element, in document order: `index` from 0; 1 if filled, 0 past the end. */
int golden_xml_reader_attribute(golden_xml_reader *reader, int index, golden_xml_attribute *attribute);

/* The interned pointer for a UTF-8 name, to compare with node names by pointer. */
const unsigned char *golden_xml_reader_intern(golden_xml_reader *reader, const char *name);

/* GOLDEN_XML_DOCTYPE_* bits, known once the DOCUMENT_TYPE node was read or after an error. */
int golden_xml_reader_doctype(golden_xml_reader *reader);
/* Line of `<!DOCTYPE` in the raw bytes, or 0 when unknown (e.g. a UTF-16 document). */
long golden_xml_reader_doctype_line(const golden_xml_reader *reader);

/* Returns 1 and fills `error` if libxml2 reported an error; 0 otherwise. */
int golden_xml_reader_error(const golden_xml_reader *reader, golden_xml_error *error);
/* 1 if the read callback returned -1. */
int golden_xml_reader_input_failed(const golden_xml_reader *reader);

/* libxml2 version in use, e.g. "2.9.14". */
const char *golden_xml_version(void);

#ifdef __cplusplus
}
#endif
#endif
