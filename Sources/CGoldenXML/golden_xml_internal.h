#ifndef GOLDEN_XML_INTERNAL_H
#define GOLDEN_XML_INTERNAL_H
/*
 * What the reader's .c files share; the only header besides libxml2's own that they include.
 *
 *   golden_xml_reader.c  life cycle, feeding libxml2 blocks of input, handing out batches
 *   golden_xml_sax.c     the SAX2 handler: callbacks that queue nodes, and the safety refusals
 *   golden_xml_queue.c   the node queue with its attribute and byte arenas
 *   golden_xml_names.c   name ids
 *   golden_xml_errors.c  capturing libxml2's errors (never printed, never quoting input)
 */
#include "golden_xml.h"
#include "golden_xml_queue.h"

#include <libxml/xmlversion.h>
#include <libxml/parser.h>
#include <libxml/xmlerror.h>

#include <stddef.h>
#include <stdint.h>

/* Bytes handed to xmlParseChunk at a time. */
enum { golden_block_size = 64 * 1024 };

/* Name ids (golden_xml_names.c): an open-addressing table keyed by the three name pointers. */
typedef struct golden_xml_name_slot {
    const xmlChar *local;
    const xmlChar *uri;
    const xmlChar *prefix;
    int id;
} golden_xml_name_slot;

typedef struct golden_xml_names {
    golden_xml_name_slot *slots;
    size_t capacity;
    size_t count;
} golden_xml_names;

/* Per open element, for leaving out layout whitespace (golden_xml_sax.c). */
enum {
    GOLDEN_LEVEL_HAS_CHILD = 1,
    GOLDEN_LEVEL_TEXT_AFTER_CHILD = 2,
};

struct golden_xml_reader {
    xmlParserCtxtPtr ctxt;
    golden_xml_read_fn read;
    void *context;

    /* The block read from the callback; `block_start` bytes of it already went to libxml2. */
    unsigned char *block;
    long block_length;
    long block_start;
    int input_failed;
    int input_ended;
    /* xmlParseChunk was told that the input ended. */
    int finished;

    /*
     * Set on an error with a position, a refusal or a failed read: from then on the callbacks
     * queue nothing, no input is fed, and once the queue is handed out reading ends with -1.
     * (Errors without a position, from decoding, are raised while libxml2 converts a block,
     * before it parses the characters converted ahead of the bad bytes: those still count.)
     */
    int stopped;
    golden_xml_queue queue;
    /* Nodes at the head of the queue handed out by the last golden_xml_reader_read. */
    size_t handed;
    /* Depth of the next start tag. */
    int depth;
    /* GOLDEN_LEVEL_* bits of each open element, by depth. */
    unsigned char *levels;
    size_t level_capacity;
    /* Whether the last queued node, if text, is blank so far. */
    int text_blank;
    golden_xml_names names;

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

    /* GOLDEN_XML_DOCTYPE_* bits; a refusal sets `refused` and stops the parser. */
    int doctype;
    int refused;
    long doctype_line;

    /* Scan of the raw prolog for the line of `<!DOCTYPE` (reporting only, not a safety check). */
    int scan_done;
    int scan_matched;
    long scan_line;
    long scan_bytes;
};

/* golden_xml_sax.c */
extern const xmlSAXHandler golden_sax_handler;

/* golden_xml_names.c: numbers a name not in the table yet; -1 past GOLDEN_XML_NAME_ID_LIMIT
 * names (or out of memory). */
int golden_xml_name_insert(golden_xml_names *names, const xmlChar *local, const xmlChar *uri, const xmlChar *prefix);
void golden_xml_names_free(golden_xml_names *names);

static inline size_t golden_xml_name_hash(const xmlChar *local, const xmlChar *uri, const xmlChar *prefix) {
    uint64_t mixed = ((uint64_t)(uintptr_t)local + (uint64_t)(uintptr_t)uri * 31 + (uint64_t)(uintptr_t)prefix)
        * 0x9E3779B97F4A7C15u;
    return (size_t)(mixed >> 40);
}

/* The id of a name: 0, 1, 2… in order of first appearance, or -1 (see golden_xml_name_insert). */
static inline int golden_xml_name_id(
    golden_xml_names *names, const xmlChar *local, const xmlChar *uri, const xmlChar *prefix) {
    if (names->capacity > 0) {
        size_t mask = names->capacity - 1;
        size_t index = golden_xml_name_hash(local, uri, prefix) & mask;
        for (;;) {
            const golden_xml_name_slot *slot = &names->slots[index];
            if (slot->local == local && slot->uri == uri && slot->prefix == prefix) return slot->id;
            if (slot->local == NULL) break;
            index = (index + 1) & mask;
        }
    }
    return golden_xml_name_insert(names, local, uri, prefix);
}
/* golden_xml_errors.c */
void golden_xml_on_structured_error(void *context, xmlErrorPtr error);
/* Records an error of the reader's own (out of memory, a text node over the limit) and stops. */
void golden_xml_fail(golden_xml_reader *reader, int kind, const char *message);

/* golden_xml_reader.c: stops reading at this point (an error, a refusal); the queue stays. */
void golden_xml_stop(golden_xml_reader *reader);
/* The parser's current line, 0 when unknown. */
static inline long golden_xml_current_line(const golden_xml_reader *reader) {
    if (reader->ctxt == NULL || reader->ctxt->input == NULL) return 0;
    return reader->ctxt->input->line;
}

#endif
