/*
 * golden_xml.c — the only file that includes libxml2's headers (see golden_xml.h).
 */
#include "golden_xml.h"

#include <libxml/xmlversion.h>
#include <libxml/globals.h>
#include <libxml/hash.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlreader.h>

#include <stddef.h>
#include <stdlib.h>
#include <string.h>

/* The safety options: network off, entities never substituted, no DTD loading, default limits. */
static const int golden_parse_options = XML_PARSE_NONET | XML_PARSE_BIG_LINES;

/* libxml2 stores node lines in 16 bits; this value means "65535 or more". */
enum { golden_saturated_line = 65535 };

/* How far into the raw bytes the DOCTYPE line scan looks before giving up. */
enum { golden_prolog_scan_limit = 1 << 20 };

struct golden_xml_reader {
    xmlTextReaderPtr reader;
    golden_xml_read_fn read;
    void *context;
    int input_failed;
    int input_ended;

    /* The first error at level error or fatal; later ones are only counted. */
    int has_error;
    long error_count;
    golden_xml_error error;
    char message[256];

    /* Handlers saved by golden_xml_reader_enter. */
    int entered;
    xmlStructuredErrorFunc saved_structured;
    void *saved_structured_context;
    xmlGenericErrorFunc saved_generic;
    void *saved_generic_context;

    int doctype;
    /* After an error the document is taken from the reader to inspect its DTD; freed here. */
    xmlDocPtr owned_doc;

    /* Scan of the raw prolog for the line of `<!DOCTYPE` (reporting only, not a safety check). */
    int scan_done;
    int scan_matched;
    long scan_line;
    long scan_bytes;
    long doctype_line;

    /* Line of the text node read just before, for start tags past line 65535. */
    int last_was_text;
    long last_text_line;

    /* The last namespace interned, for elements and for attributes: most share one. */
    const xmlChar *element_namespace;
    const xmlChar *attribute_namespace;

    /* Attribute cursor over the current element. */
    xmlNodePtr attribute_owner;
    xmlAttrPtr attribute_cursor;
    int attribute_index;
    xmlChar *attribute_scratch;
};

/* MARK: - Errors */

static int golden_error_kind(int domain, int code) {
    if (domain == XML_FROM_I18N || code == XML_ERR_INVALID_CHAR || code == XML_ERR_INVALID_ENCODING
        || code == XML_IO_ENCODER) {
        return GOLDEN_XML_ERROR_ENCODING;
    }
    switch (code) {
    case XML_ERR_ENTITY_LOOP: return GOLDEN_XML_ERROR_ENTITY_EXPANSION;
    case XML_ERR_UNDECLARED_ENTITY: return GOLDEN_XML_ERROR_UNDECLARED_ENTITY;
    case XML_ERR_DOCUMENT_EMPTY: return GOLDEN_XML_ERROR_EMPTY_DOCUMENT;
    case XML_ERR_DOCUMENT_END: return GOLDEN_XML_ERROR_DOCUMENT_END;
    default: return GOLDEN_XML_ERROR_OTHER;
    }
}

/* Messages that can quote input text rather than names get a fixed wording. */
static const char *golden_fixed_message(int code) {
    switch (code) {
    case XML_ERR_ATTRIBUTE_WITHOUT_VALUE: return "an attribute has no value (or text inside a tag)";
    case XML_ERR_HYPHEN_IN_COMMENT: return "'--' inside a comment";
    default: return NULL;
    }
}

static void golden_on_structured_error(void *context, xmlErrorPtr error) {
    golden_xml_reader *reader = (golden_xml_reader *)context;
    if (reader == NULL || error == NULL || error->level < XML_ERR_ERROR) return;
    reader->error_count += 1;
    if (reader->has_error) return;
    reader->has_error = 1;
    reader->error.kind = golden_error_kind(error->domain, error->code);
    reader->error.domain = error->domain;
    reader->error.code = error->code;
    reader->error.line = error->line;
    reader->error.column = error->int2;
    const char *message = golden_fixed_message(error->code);
    /* Encoding errors quote the offending bytes ("bytes 0x81 0x8D ..."): never kept. */
    if (reader->error.kind == GOLDEN_XML_ERROR_ENCODING) message = "bytes invalid in the document's encoding";
    if (message == NULL) message = error->message != NULL ? error->message : "";
    /* First line only: libxml2 quotes raw input ("Bytes: 0x..", CDATA, comments) on later lines. */
    size_t length = 0;
    while (message[length] != '\0' && message[length] != '\n' && length < sizeof(reader->message) - 1) {
        length += 1;
    }
    memcpy(reader->message, message, length);
    reader->message[length] = '\0';
    /* Never anything from inside a comment. */
    char *comment = strstr(reader->message, "<!--");
    if (comment != NULL) *comment = '\0';
    reader->error.message = reader->message;
}

/* Unstructured messages are formatted from varargs that may hold input: counted, never kept. */
static void golden_on_generic_error(void *context, const char *message, ...) {
    (void)message;
    golden_xml_reader *reader = (golden_xml_reader *)context;
    if (reader != NULL) reader->error_count += 1;
}

void golden_xml_reader_enter(golden_xml_reader *reader) {
    if (reader == NULL || reader->entered) return;
    reader->entered = 1;
    reader->saved_structured = xmlStructuredError;
    reader->saved_structured_context = xmlStructuredErrorContext;
    reader->saved_generic = xmlGenericError;
    reader->saved_generic_context = xmlGenericErrorContext;
    xmlSetStructuredErrorFunc(reader, golden_on_structured_error);
    xmlSetGenericErrorFunc(reader, golden_on_generic_error);
}

void golden_xml_reader_leave(golden_xml_reader *reader) {
    if (reader == NULL || !reader->entered) return;
    reader->entered = 0;
    xmlSetStructuredErrorFunc(reader->saved_structured_context, reader->saved_structured);
    xmlSetGenericErrorFunc(reader->saved_generic_context, reader->saved_generic);
}

int golden_xml_reader_error(const golden_xml_reader *reader, golden_xml_error *error) {
    if (reader == NULL || error == NULL) return 0;
    if (reader->has_error) {
        *error = reader->error;
        return 1;
    }
    if (reader->error_count > 0) {
        memset(error, 0, sizeof(*error));
        error->message = "the XML parser reported an error without details";
        return 1;
    }
    return 0;
}

int golden_xml_reader_input_failed(const golden_xml_reader *reader) {
    return reader != NULL && reader->input_failed;
}

/* MARK: - Input */

/* Looks for `<!DOCTYPE` before the first start tag and remembers its line. */
static void golden_scan_prolog(golden_xml_reader *reader, const unsigned char *bytes, int count) {
    static const char pattern[] = "<!DOCTYPE";
    for (int i = 0; i < count && !reader->scan_done; i++) {
        unsigned char byte = bytes[i];
        reader->scan_bytes += 1;
        if (reader->scan_bytes > golden_prolog_scan_limit) reader->scan_done = 1;
        if (reader->scan_matched > 0) {
            if (byte == (unsigned char)pattern[reader->scan_matched]) {
                reader->scan_matched += 1;
                if (pattern[reader->scan_matched] == '\0') {
                    reader->doctype_line = reader->scan_line;
                    reader->scan_done = 1;
                }
                continue;
            }
            if (reader->scan_matched == 1 && byte != '!' && byte != '?') {
                reader->scan_done = 1; /* a start tag: the prolog is over */
                continue;
            }
            reader->scan_matched = 0;
        }
        if (byte == '<') reader->scan_matched = 1;
        if (byte == '\n') reader->scan_line += 1;
    }
}

/* Fills the whole request when it can, so libxml2 sees the same chunks whatever the source. */
static int golden_io_read(void *context, char *buffer, int length) {
    golden_xml_reader *reader = (golden_xml_reader *)context;
    if (reader->input_failed) return -1;
    int filled = 0;
    while (filled < length && !reader->input_ended) {
        long count = reader->read(reader->context, (unsigned char *)buffer + filled, length - filled);
        if (count < 0) {
            reader->input_failed = 1;
            return -1;
        }
        if (count == 0) {
            reader->input_ended = 1;
            break;
        }
        if (count > length - filled) count = length - filled;
        filled += (int)count;
    }
    if (!reader->scan_done) golden_scan_prolog(reader, (const unsigned char *)buffer, filled);
    return filled;
}

/* MARK: - Life cycle */

golden_xml_reader *golden_xml_reader_create(golden_xml_read_fn read, void *context) {
    if (read == NULL) return NULL;
    golden_xml_reader *reader = calloc(1, sizeof(golden_xml_reader));
    if (reader == NULL) return NULL;
    reader->read = read;
    reader->context = context;
    reader->scan_line = 1;
    golden_xml_reader_enter(reader);
    reader->reader = xmlReaderForIO(golden_io_read, NULL, reader, NULL, NULL, golden_parse_options);
    if (reader->reader != NULL) {
        xmlTextReaderSetStructuredErrorHandler(reader->reader, golden_on_structured_error, reader);
    }
    golden_xml_reader_leave(reader);
    if (reader->reader == NULL) {
        free(reader);
        return NULL;
    }
    return reader;
}

void golden_xml_reader_free(golden_xml_reader *reader) {
    if (reader == NULL) return;
    /* The handlers point at this reader: whatever the caller did, restore them before freeing it. */
    golden_xml_reader_enter(reader);
    xmlFreeTextReader(reader->reader);
    if (reader->owned_doc != NULL) xmlFreeDoc(reader->owned_doc);
    if (reader->attribute_scratch != NULL) xmlFree(reader->attribute_scratch);
    golden_xml_reader_leave(reader);
    free(reader);
}

const char *golden_xml_version(void) { return LIBXML_DOTTED_VERSION; }

/* MARK: - DOCTYPE */

static int golden_doctype_flags(xmlDtdPtr dtd) {
    if (dtd == NULL) return 0;
    int flags = GOLDEN_XML_DOCTYPE_PRESENT;
    if (dtd->ExternalID != NULL || dtd->SystemID != NULL) flags |= GOLDEN_XML_DOCTYPE_EXTERNAL_ID;
    if ((dtd->entities != NULL && xmlHashSize((xmlHashTablePtr)dtd->entities) > 0)
        || (dtd->pentities != NULL && xmlHashSize((xmlHashTablePtr)dtd->pentities) > 0)) {
        flags |= GOLDEN_XML_DOCTYPE_DECLARES_ENTITIES;
    }
    return flags;
}

/* After an error, the DTD may have been parsed without its node having been read yet. */
static void golden_inspect_doctype_after_error(golden_xml_reader *reader) {
    if (reader->doctype != 0 || reader->owned_doc != NULL) return;
    /* Taking the document makes it ours to free (the reader stops freeing nodes: fine, we stop). */
    reader->owned_doc = xmlTextReaderCurrentDoc(reader->reader);
    if (reader->owned_doc != NULL) reader->doctype = golden_doctype_flags(reader->owned_doc->intSubset);
}

int golden_xml_reader_doctype(golden_xml_reader *reader) {
    return reader == NULL ? 0 : reader->doctype;
}

long golden_xml_reader_doctype_line(const golden_xml_reader *reader) {
    return reader == NULL ? 0 : reader->doctype_line;
}

/* MARK: - Nodes */

/* The interned namespace URI of `ns`. The cache is checked by content, never trusted by address
 * (a freed xmlNs may come back at the same address with another URI). */
static const unsigned char *golden_namespace(golden_xml_reader *reader, xmlNsPtr ns, const xmlChar **cache) {
    if (ns == NULL || ns->href == NULL) return NULL;
    if (*cache != NULL && strcmp((const char *)ns->href, (const char *)*cache) == 0) return *cache;
    *cache = xmlTextReaderConstString(reader->reader, ns->href);
    return *cache;
}

static long golden_text_line(xmlNodePtr node) {
    if (node->line != golden_saturated_line) return node->line;
    /* With XML_PARSE_BIG_LINES libxml2 keeps a text node's full line in `psvi`. */
    return node->psvi != NULL ? (long)(ptrdiff_t)node->psvi : 0;
}

static long golden_element_line(golden_xml_reader *reader, xmlNodePtr node, int after_text) {
    if (node->line != golden_saturated_line) return node->line;
    /* A text node read just before ends where this start tag begins. */
    if (after_text && reader->last_text_line > 0) return reader->last_text_line;
    return xmlGetLineNo(node); /* libxml2's estimate from the neighbours */
}

int golden_xml_reader_next(golden_xml_reader *reader, golden_xml_node *node) {
    if (reader == NULL || node == NULL) return -1;
    if (reader->has_error || reader->input_failed) return -1;
    int status = xmlTextReaderRead(reader->reader);
    if (status < 0 || reader->has_error || reader->error_count > 0 || reader->input_failed) {
        golden_inspect_doctype_after_error(reader);
        /* Conversion errors come without a position; decoding stopped at the bad bytes, and the
         * parser consumed everything before them: its line is the line of the error. */
        if (reader->has_error && reader->error.line <= 0) {
            reader->error.line = xmlTextReaderGetParserLineNumber(reader->reader);
            reader->error.column = 0;
        }
        if (reader->error_count == 0 && !reader->input_failed) reader->error_count = 1;
        return -1;
    }
    if (status == 0) return 0;

    reader->attribute_owner = NULL;
    xmlNodePtr current = xmlTextReaderCurrentNode(reader->reader);
    if (current == NULL) return -1;
    node->depth = xmlTextReaderDepth(reader->reader);
    node->is_empty_element = 0;
    node->line = 0;
    node->local_name = node->namespace_uri = node->prefix = NULL;
    node->has_attributes = 0;
    if (current->type == XML_TEXT_NODE) {
        /* Not xmlTextReaderNodeType: for text it walks every ancestor looking for xml:space. */
        node->type = GOLDEN_XML_TEXT;
        node->value = current->content != NULL ? current->content : (const xmlChar *)"";
        node->value_length = (long)strlen((const char *)node->value);
        reader->last_was_text = 1;
        reader->last_text_line = golden_text_line(current);
        return 1;
    }

    node->value = NULL;
    node->value_length = 0;
    node->type = xmlTextReaderNodeType(reader->reader);
    int after_text = reader->last_was_text;
    reader->last_was_text = 0;
    switch (node->type) {
    case GOLDEN_XML_ELEMENT:
        node->local_name = xmlTextReaderConstLocalName(reader->reader);
        node->namespace_uri = golden_namespace(reader, current->ns, &reader->element_namespace);
        if (current->ns != NULL && current->ns->prefix != NULL) {
            node->prefix = xmlTextReaderConstPrefix(reader->reader);
        }
        node->is_empty_element = xmlTextReaderIsEmptyElement(reader->reader) == 1;
        node->has_attributes = current->properties != NULL;
        node->line = golden_element_line(reader, current, after_text);
        break;
    case GOLDEN_XML_CDATA:
        node->value = xmlTextReaderConstValue(reader->reader);
        if (node->value == NULL) node->value = (const xmlChar *)"";
        node->value_length = (long)strlen((const char *)node->value);
        break;
    case GOLDEN_XML_DOCUMENT_TYPE:
        reader->doctype = golden_doctype_flags((xmlDtdPtr)current);
        break;
    default:
        break;
    }
    return 1;
}

/* MARK: - Attributes */

int golden_xml_reader_attribute(golden_xml_reader *reader, int index, golden_xml_attribute *attribute) {
    if (reader == NULL || attribute == NULL || index < 0) return 0;
    xmlNodePtr element = xmlTextReaderCurrentNode(reader->reader);
    if (element == NULL || element->type != XML_ELEMENT_NODE) return 0;
    xmlAttrPtr cursor;
    if (element == reader->attribute_owner && index == reader->attribute_index + 1
        && reader->attribute_cursor != NULL) {
        cursor = reader->attribute_cursor->next;
    } else {
        cursor = element->properties;
        for (int i = 0; i < index && cursor != NULL; i++) cursor = cursor->next;
    }
    reader->attribute_owner = element;
    reader->attribute_cursor = cursor;
    reader->attribute_index = index;
    if (cursor == NULL) {
        reader->attribute_owner = NULL;
        return 0;
    }

    /* The parser interns attribute names; the caller checks before relying on it. */
    attribute->local_name = cursor->name;
    attribute->namespace_uri = golden_namespace(reader, cursor->ns, &reader->attribute_namespace);
    attribute->prefix = NULL;
    if (cursor->ns != NULL) {
        if (cursor->ns->prefix != NULL) {
            attribute->prefix = xmlTextReaderConstString(reader->reader, cursor->ns->prefix);
        }
    }
    xmlNodePtr child = cursor->children;
    if (child == NULL) {
        attribute->value = (const unsigned char *)"";
    } else if (child->type == XML_TEXT_NODE && child->next == NULL && child->content != NULL) {
        attribute->value = child->content;
    } else {
        if (reader->attribute_scratch != NULL) xmlFree(reader->attribute_scratch);
        reader->attribute_scratch = xmlNodeListGetString(element->doc, child, 1);
        attribute->value = reader->attribute_scratch != NULL
            ? reader->attribute_scratch : (const unsigned char *)"";
    }
    attribute->value_length = (long)strlen((const char *)attribute->value);
    return 1;
}

const unsigned char *golden_xml_reader_intern(golden_xml_reader *reader, const char *name) {
    if (reader == NULL || name == NULL) return NULL;
    return xmlTextReaderConstString(reader->reader, (const xmlChar *)name);
}
