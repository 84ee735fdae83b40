/*
 * golden_xml_reader.c — the reader's life cycle: input blocks in, batches of nodes out.
 */
#include "golden_xml_internal.h"

#include <libxml/dict.h>
#include <libxml/tree.h>

#include <stdlib.h>
#include <string.h>

/* The safety options (see golden_xml.h): network off, entities never substituted, no DTD
 * loading, default limits. */
static const int golden_parse_options = XML_PARSE_NONET | XML_PARSE_BIG_LINES;

/* How far into the raw bytes the DOCTYPE line scan looks before giving up. */
enum { golden_prolog_scan_limit = 1 << 20 };

void golden_xml_stop(golden_xml_reader *reader) { reader->stopped = 1; }


/* MARK: - Input */

/* Looks for `<!DOCTYPE` before the first start tag and remembers its line. */
static void golden_scan_prolog(golden_xml_reader *reader, const unsigned char *bytes, long count) {
    static const char pattern[] = "<!DOCTYPE";
    for (long i = 0; i < count && !reader->scan_done; i++) {
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

/* Reads a whole block when it can, so libxml2 sees the same chunks whatever the source. */
static void golden_fill_block(golden_xml_reader *reader) {
    long filled = 0;
    while (filled < golden_block_size && !reader->input_ended) {
        long count = reader->read(reader->context, reader->block + filled, golden_block_size - filled);
        if (count < 0) {
            reader->input_failed = 1;
            break;
        }
        if (count == 0) {
            reader->input_ended = 1;
            break;
        }
        if (count > golden_block_size - filled) count = golden_block_size - filled;
        filled += count;
    }
    reader->block_length = filled;
    reader->block_start = 0;
    if (!reader->scan_done) golden_scan_prolog(reader, reader->block, filled);
}

/* Parses the rest of the current block, or the next one; tells libxml2 when the input ended. */
static void golden_feed(golden_xml_reader *reader) {
    if (reader->block_start >= reader->block_length) {
        if (reader->input_failed) {
            golden_xml_stop(reader);
            return;
        }
        golden_fill_block(reader);
    }
    const char *chunk = (const char *)reader->block + reader->block_start;
    int size = (int)(reader->block_length - reader->block_start);
    reader->block_start = reader->block_length;
    int terminate = reader->input_ended && !reader->input_failed;
    /* Decoding errors go to libxml2's global handlers: capture them for this block (a caller's
     * own enter, if any, stays in force). */
    int entered = reader->entered;
    golden_xml_reader_enter(reader);
    xmlParseChunk(reader->ctxt, chunk, size, terminate);
    if (!entered) golden_xml_reader_leave(reader);
    if (terminate) reader->finished = 1;
    /* Decoding errors come without a position; libxml2 parsed everything converted before the
     * bad bytes, so where it stands is the line of the error. */
    if (reader->has_error && reader->error.line <= 0) {
        reader->error.line = (int)golden_xml_current_line(reader);
        reader->error.column = 0;
    }
    /* The bytes read before a failed read were parsed: the nodes from them are still handed out. */
    if (reader->error_count > 0 || reader->input_failed) golden_xml_stop(reader);
}

/* MARK: - Life cycle */

golden_xml_reader *golden_xml_reader_create(golden_xml_read_fn read, void *context) {
    if (read == NULL) return NULL;
    golden_xml_reader *reader = calloc(1, sizeof(golden_xml_reader));
    if (reader == NULL) return NULL;
    reader->block = malloc(golden_block_size);
    if (reader->block == NULL) {
        free(reader);
        return NULL;
    }
    reader->read = read;
    reader->context = context;
    reader->scan_line = 1;
    golden_xml_reader_enter(reader);
    golden_fill_block(reader);
    /* As xmlTextReader does: the first four bytes go with the context, for libxml2 to detect the
     * encoding (byte order marks, UTF-16) before it sees the rest. */
    int head = reader->block_length >= 4 ? 4 : 0;
    reader->ctxt = xmlCreatePushParserCtxt(
        (xmlSAXHandlerPtr)&golden_sax_handler, reader, head > 0 ? (const char *)reader->block : NULL, head, NULL);
    if (reader->ctxt != NULL) {
        reader->block_start = head;
        xmlCtxtUseOptions(reader->ctxt, golden_parse_options);
        /* Whatever process-wide defaults another library set: never substitute, load or validate. */
        reader->ctxt->replaceEntities = 0;
        reader->ctxt->loadsubset = 0;
        reader->ctxt->validate = 0;
        if (reader->error_count > 0) golden_xml_stop(reader);
    }
    golden_xml_reader_leave(reader);
    if (reader->ctxt == NULL) {
        free(reader->block);
        free(reader);
        return NULL;
    }
    return reader;
}

void golden_xml_reader_free(golden_xml_reader *reader) {
    if (reader == NULL) return;
    /* The handlers point at this reader: whatever the caller did, restore them before freeing it. */
    golden_xml_reader_enter(reader);
    if (reader->ctxt->myDoc != NULL) xmlFreeDoc(reader->ctxt->myDoc); /* never built; defensive */
    xmlFreeParserCtxt(reader->ctxt);
    golden_xml_reader_leave(reader);
    golden_xml_queue_free(&reader->queue);
    golden_xml_names_free(&reader->names);
    free(reader->levels);
    free(reader->block);
    free(reader);
}

const char *golden_xml_version(void) { return LIBXML_DOTTED_VERSION; }

/* MARK: - Nodes */

int golden_xml_reader_read(golden_xml_reader *reader, const golden_xml_node **nodes, long *count) {
    if (nodes != NULL) *nodes = NULL;
    if (count != NULL) *count = 0;
    if (reader == NULL || nodes == NULL || count == NULL) return -1;
    golden_xml_queue_drop(&reader->queue, reader->handed);
    reader->handed = 0;
    for (;;) {
        golden_xml_queue *queue = &reader->queue;
        size_t ready = queue->node_count;
        /* A text node at the end may go on in the next block: it waits, so text is never split. */
        if (ready > 0 && !reader->stopped && !reader->finished) {
            int last = queue->nodes[ready - 1].type;
            if (last == GOLDEN_XML_TEXT || last == GOLDEN_XML_CDATA) ready -= 1;
        }
        if (ready > 0) {
            golden_xml_queue_resolve(queue, ready);
            reader->handed = ready;
            *nodes = queue->nodes;
            *count = (long)ready;
            return 1;
        }
        if (reader->stopped) return -1;
        if (reader->finished) return 0;
        golden_feed(reader);
    }
}

const unsigned char *golden_xml_reader_intern(golden_xml_reader *reader, const char *name) {
    if (reader == NULL || name == NULL) return NULL;
    return xmlDictLookup(reader->ctxt->dict, (const xmlChar *)name, -1);
}

int golden_xml_reader_doctype(const golden_xml_reader *reader) { return reader == NULL ? 0 : reader->doctype; }

long golden_xml_reader_doctype_line(const golden_xml_reader *reader) {
    return reader == NULL ? 0 : reader->doctype_line;
}
