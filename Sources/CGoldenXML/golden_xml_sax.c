/*
 * golden_xml_sax.c — the SAX2 callbacks: queue nodes, refuse what is unsafe.
 *
 * `userData` is the reader, never the parser context: libxml2 falls back to its own tree-building
 * entity look-up (xmlSAX2GetEntity) only when userData is the context. No callback builds a tree,
 * and the ones that would declare, look up or load entities are replaced:
 * - entityDecl / unparsedEntityDecl refuse the document and stop the parser; the entity is never
 *   registered, so no reference to it can ever expand (billion laughs, XXE);
 * - internalSubset / externalSubset refuse a DOCTYPE with a SYSTEM or PUBLIC identifier;
 * - getEntity answers only the five predefined entities (libxml2 answers those itself first);
 *   getParameterEntity and resolveEntity answer nothing, so nothing is ever loaded.
 */
#include "golden_xml_internal.h"

#include <libxml/entities.h>
#include <libxml/parserInternals.h>

#include <stdlib.h>

static void golden_out_of_memory(golden_xml_reader *reader) {
    golden_xml_fail(reader, GOLDEN_XML_ERROR_OTHER, "out of memory while reading the document");
}

/* Stops reading and the parser; called only where libxml2 expects a callback to stop it (its
 * code checks for XML_PARSER_EOF after these callbacks). */
static void golden_refuse(golden_xml_reader *reader, int flag) {
    reader->doctype |= GOLDEN_XML_DOCTYPE_PRESENT | flag;
    if (reader->refused) return;
    reader->refused = 1;
    golden_xml_stop(reader);
    xmlStopParser(reader->ctxt);
}

/* MARK: - Layout whitespace */

static int golden_is_blank(const xmlChar *text, int length) {
    for (int i = 0; i < length; i++) {
        xmlChar c = text[i];
        if (c != ' ' && c != '\n' && c != '\t' && c != '\r') return 0;
    }
    return 1;
}

/* The text node last queued, if any, is complete: leave it out if it is layout, that is blank text
 * after a child element of an element that had no other text after a child. (A record's builder
 * drops the same text; here it costs no node at all.) */
static void golden_finish_text(golden_xml_reader *reader) {
    golden_xml_queue *queue = &reader->queue;
    if (queue->node_count == 0) return;
    int type = queue->nodes[queue->node_count - 1].type;
    if (type != GOLDEN_XML_TEXT && type != GOLDEN_XML_CDATA) return;
    size_t level = (size_t)reader->depth - 1;
    if (reader->depth <= 0 || level >= reader->level_capacity) return;
    unsigned char *bits = &reader->levels[level];
    if ((*bits & GOLDEN_LEVEL_HAS_CHILD) == 0) return;
    if (reader->text_blank) {
        if ((*bits & GOLDEN_LEVEL_TEXT_AFTER_CHILD) == 0) golden_xml_queue_drop_last(queue);
    } else {
        *bits |= GOLDEN_LEVEL_TEXT_AFTER_CHILD;
    }
}

/* Marks the parent of a new element at `depth` and clears the element's own bits. */
static int golden_enter_level(golden_xml_reader *reader, int depth) {
    size_t needed = (size_t)depth + 1;
    if (needed > reader->level_capacity) {
        size_t capacity = reader->level_capacity == 0 ? 64 : reader->level_capacity * 2;
        while (capacity < needed) capacity *= 2;
        unsigned char *levels = realloc(reader->levels, capacity);
        if (levels == NULL) return 0;
        reader->levels = levels;
        reader->level_capacity = capacity;
    }
    if (depth > 0) reader->levels[depth - 1] |= GOLDEN_LEVEL_HAS_CHILD;
    reader->levels[depth] = 0;
    return 1;
}

/* MARK: - Content */

static void golden_on_start_element(
    void *context, const xmlChar *local_name, const xmlChar *prefix, const xmlChar *namespace_uri,
    int namespace_count, const xmlChar **namespaces, int attribute_count, int defaulted_count,
    const xmlChar **attributes) {
    (void)namespace_count;
    (void)namespaces;
    golden_xml_reader *reader = (golden_xml_reader *)context;
    if (reader->stopped) return;
    golden_finish_text(reader);
    golden_xml_node *node = golden_xml_queue_add_node(&reader->queue, GOLDEN_XML_ELEMENT);
    if (node == NULL || !golden_enter_level(reader, reader->depth)) {
        golden_out_of_memory(reader);
        return;
    }
    node->depth = reader->depth;
    reader->depth += 1;
    node->line = golden_xml_current_line(reader);
    node->local_name = local_name;
    node->namespace_uri = namespace_uri;
    node->prefix = prefix;
    node->name_id = golden_xml_name_id(&reader->names, local_name, namespace_uri, prefix);
    /* Five pointers each: local name, prefix, URI, value, end of value. Defaults from the DTD
     * come last; like libxml2's own tree builder without XML_PARSE_DTDATTR, they are left out. */
    int specified = attribute_count - defaulted_count;
    for (int i = 0; i < specified; i++) {
        const xmlChar **attribute = attributes + 5 * i;
        size_t length = (size_t)(attribute[4] - attribute[3]);
        int name_id = golden_xml_name_id(&reader->names, attribute[0], attribute[2], attribute[1]);
        if (!golden_xml_queue_add_attribute(
                &reader->queue, node, name_id, attribute[0], attribute[2], attribute[1], attribute[3], length)) {
            golden_out_of_memory(reader);
            return;
        }
    }
}

static void golden_on_end_element(
    void *context, const xmlChar *local_name, const xmlChar *prefix, const xmlChar *namespace_uri) {
    golden_xml_reader *reader = (golden_xml_reader *)context;
    if (reader->stopped) return;
    golden_finish_text(reader);
    reader->depth -= 1;
    golden_xml_queue *queue = &reader->queue;
    /* Nothing came since the start tag, which is still queued: fold the end into it. */
    if (queue->node_count > 0) {
        golden_xml_node *last = &queue->nodes[queue->node_count - 1];
        if (last->type == GOLDEN_XML_ELEMENT && last->depth == reader->depth) {
            last->is_empty_element = 1;
            return;
        }
    }
    golden_xml_node *node = golden_xml_queue_add_node(queue, GOLDEN_XML_END_ELEMENT);
    if (node == NULL) {
        golden_out_of_memory(reader);
        return;
    }
    node->depth = reader->depth;
    node->local_name = local_name;
    node->namespace_uri = namespace_uri;
    node->prefix = prefix;
}

static void golden_add_text(golden_xml_reader *reader, int type, const xmlChar *text, int length) {
    if (reader->stopped || length <= 0) return;
    golden_xml_queue *queue = &reader->queue;
    int extends = queue->node_count > 0 && queue->nodes[queue->node_count - 1].type == type;
    if (!extends) {
        golden_finish_text(reader);
        reader->text_blank = 1;
    }
    if (reader->text_blank) reader->text_blank = golden_is_blank(text, length);
    golden_xml_node *node = golden_xml_queue_add_text(queue, type, reader->depth, text, (size_t)length);
    if (node == NULL) {
        golden_out_of_memory(reader);
    } else if (node->value_length > XML_MAX_TEXT_LENGTH) {
        /* libxml2's tree builder has the same cap without XML_PARSE_HUGE. */
        golden_xml_fail(reader, GOLDEN_XML_ERROR_OTHER, "a text node is longer than 10000000 bytes");
    }
}

static void golden_on_characters(void *context, const xmlChar *text, int length) {
    golden_add_text((golden_xml_reader *)context, GOLDEN_XML_TEXT, text, length);
}

static void golden_on_cdata(void *context, const xmlChar *text, int length) {
    golden_add_text((golden_xml_reader *)context, GOLDEN_XML_CDATA, text, length);
}

/* An undeclared entity libxml2 lets through (only after a parameter-entity reference in the
 * DTD). Not a place to stop the parser: it may be inside an attribute value being parsed. */
static void golden_on_reference(void *context, const xmlChar *name) {
    (void)name;
    golden_xml_reader *reader = (golden_xml_reader *)context;
    if (reader->stopped) return;
    golden_xml_node *node = golden_xml_queue_add_node(&reader->queue, GOLDEN_XML_ENTITY_REFERENCE);
    if (node != NULL) node->depth = reader->depth;
    golden_xml_stop(reader);
}

/* MARK: - DOCTYPE and entities */

static void golden_on_internal_subset(
    void *context, const xmlChar *name, const xmlChar *external_id, const xmlChar *system_id) {
    (void)name;
    golden_xml_reader *reader = (golden_xml_reader *)context;
    reader->doctype |= GOLDEN_XML_DOCTYPE_PRESENT;
    /* The raw-byte scan found no `<!DOCTYPE` (say, UTF-16): where its external ID ends will do. */
    if (reader->doctype_line == 0) reader->doctype_line = golden_xml_current_line(reader);
    if (external_id != NULL || system_id != NULL) {
        golden_refuse(reader, GOLDEN_XML_DOCTYPE_EXTERNAL_ID);
        return;
    }
    if (reader->stopped) return;
    if (golden_xml_queue_add_node(&reader->queue, GOLDEN_XML_DOCUMENT_TYPE) == NULL) golden_out_of_memory(reader);
}

/* libxml2 calls this after every internal subset, with the identifiers (if any) once more. */
static void golden_on_external_subset(
    void *context, const xmlChar *name, const xmlChar *external_id, const xmlChar *system_id) {
    (void)name;
    if (external_id != NULL || system_id != NULL) {
        golden_refuse((golden_xml_reader *)context, GOLDEN_XML_DOCTYPE_EXTERNAL_ID);
    }
}

static void golden_on_entity_decl(
    void *context, const xmlChar *name, int type, const xmlChar *public_id, const xmlChar *system_id,
    xmlChar *content) {
    (void)name;
    (void)type;
    (void)public_id;
    (void)system_id;
    (void)content;
    golden_refuse((golden_xml_reader *)context, GOLDEN_XML_DOCTYPE_DECLARES_ENTITIES);
}

static void golden_on_unparsed_entity_decl(
    void *context, const xmlChar *name, const xmlChar *public_id, const xmlChar *system_id,
    const xmlChar *notation_name) {
    (void)name;
    (void)public_id;
    (void)system_id;
    (void)notation_name;
    golden_refuse((golden_xml_reader *)context, GOLDEN_XML_DOCTYPE_DECLARES_ENTITIES);
}

static xmlEntityPtr golden_on_get_entity(void *context, const xmlChar *name) {
    (void)context;
    return xmlGetPredefinedEntity(name);
}

static xmlEntityPtr golden_on_get_parameter_entity(void *context, const xmlChar *name) {
    (void)context;
    (void)name;
    return NULL;
}

/* Never reached with the callbacks above; if it were, nothing is loaded and reading stops. */
static xmlParserInputPtr golden_on_resolve_entity(void *context, const xmlChar *public_id, const xmlChar *system_id) {
    (void)public_id;
    (void)system_id;
    golden_xml_reader *reader = (golden_xml_reader *)context;
    reader->doctype |= GOLDEN_XML_DOCTYPE_PRESENT | GOLDEN_XML_DOCTYPE_EXTERNAL_ID;
    reader->refused = 1;
    golden_xml_stop(reader);
    return NULL;
}

/* Comments, processing instructions, element, attribute and notation declarations, and the
 * document's start and end have no callback: nothing to queue, no tree built. Whitespace that a
 * DTD would call ignorable is plain text here, as before. */
const xmlSAXHandler golden_sax_handler = {
    .internalSubset = golden_on_internal_subset,
    .externalSubset = golden_on_external_subset,
    .resolveEntity = golden_on_resolve_entity,
    .getEntity = golden_on_get_entity,
    .getParameterEntity = golden_on_get_parameter_entity,
    .entityDecl = golden_on_entity_decl,
    .unparsedEntityDecl = golden_on_unparsed_entity_decl,
    .reference = golden_on_reference,
    .characters = golden_on_characters,
    .ignorableWhitespace = golden_on_characters,
    .cdataBlock = golden_on_cdata,
    .startElementNs = golden_on_start_element,
    .endElementNs = golden_on_end_element,
    .serror = golden_xml_on_structured_error,
    .initialized = XML_SAX2_MAGIC,
};
