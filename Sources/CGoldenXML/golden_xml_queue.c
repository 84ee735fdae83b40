/*
 * golden_xml_queue.c — the nodes the SAX callbacks queue, and the arenas for their bytes.
 *
 * Three growable arrays: nodes, attributes, bytes (text and attribute values). The parser fills
 * them during xmlParseChunk; golden_xml_reader_read hands out their head and drops it on the next
 * call, so in steady state they hold about one block's worth of nodes and are never freed.
 */
#include "golden_xml_internal.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* Arenas grown past this by one huge node are given back once that node is handed out. */
enum { golden_queue_keep_bytes = 4 << 20 };

static int golden_grow(void **array, size_t *capacity, size_t element_size, size_t needed, size_t minimum) {
    if (needed <= *capacity) return 1;
    size_t capacity_now = *capacity < minimum ? minimum : *capacity;
    while (capacity_now < needed) {
        if (capacity_now > SIZE_MAX / 2 / element_size) return 0;
        capacity_now *= 2;
    }
    void *grown = realloc(*array, capacity_now * element_size);
    if (grown == NULL) return 0;
    *array = grown;
    *capacity = capacity_now;
    return 1;
}

int golden_xml_queue_grow_nodes(golden_xml_queue *queue, size_t extra) {
    return golden_grow((void **)&queue->nodes, &queue->node_capacity, sizeof(golden_xml_node),
                       queue->node_count + extra, 1024);
}

int golden_xml_queue_grow_attributes(golden_xml_queue *queue, size_t extra) {
    return golden_grow((void **)&queue->attributes, &queue->attribute_capacity, sizeof(golden_xml_attribute),
                       queue->attribute_count + extra, 256);
}

int golden_xml_queue_grow_bytes(golden_xml_queue *queue, size_t extra) {
    if (extra > SIZE_MAX - queue->byte_count) return 0;
    return golden_grow((void **)&queue->bytes, &queue->byte_capacity, 1, queue->byte_count + extra, 64 * 1024);
}

/* Without XML_PARSE_NOENT libxml2 hands over every '&' of an attribute value (from &amp; or
 * &#38;) as "&#38;", for a tree builder to decode; no other reference can remain (undeclared
 * entities are errors, and no entity is ever declared). */
size_t golden_xml_queue_copy_value(unsigned char *out, const xmlChar *value, size_t length) {
    unsigned char *start = out;
    const xmlChar *end = value + length;
    const xmlChar *ampersand;
    while ((ampersand = memchr(value, '&', (size_t)(end - value))) != NULL) {
        size_t run = (size_t)(ampersand - value);
        memcpy(out, value, run);
        out += run;
        *out++ = '&';
        value = ampersand + 1;
        if (end - value >= 4 && memcmp(value, "#38;", 4) == 0) value += 4;
    }
    memcpy(out, value, (size_t)(end - value));
    out += end - value;
    return (size_t)(out - start);
}

void golden_xml_queue_drop_last(golden_xml_queue *queue) {
    if (queue->node_count == 0) return;
    golden_xml_node *node = &queue->nodes[queue->node_count - 1];
    queue->byte_count = GOLDEN_OFFSET(node->value);
    queue->node_count -= 1;
}

static int golden_has_text(const golden_xml_node *node) {
    return node->type == GOLDEN_XML_TEXT || node->type == GOLDEN_XML_CDATA;
}

void golden_xml_queue_resolve(golden_xml_queue *queue, size_t count) {
    for (size_t i = 0; i < count; i++) {
        golden_xml_node *node = &queue->nodes[i];
        if (golden_has_text(node)) node->value = queue->bytes + GOLDEN_OFFSET(node->value);
        if (node->attribute_count == 0) continue;
        golden_xml_attribute *attributes = queue->attributes + GOLDEN_OFFSET(node->attributes);
        node->attributes = attributes;
        for (int a = 0; a < node->attribute_count; a++) {
            attributes[a].value = queue->bytes + GOLDEN_OFFSET(attributes[a].value);
        }
    }
}

static void golden_release_if_large(void **array, size_t *capacity, size_t element_size) {
    if (*capacity * element_size <= golden_queue_keep_bytes) return;
    free(*array);
    *array = NULL;
    *capacity = 0;
}

void golden_xml_queue_drop(golden_xml_queue *queue, size_t handed) {
    if (handed == 0) return;
    size_t rest = queue->node_count - handed;
    if (rest == 0) {
        queue->node_count = queue->attribute_count = queue->byte_count = 0;
        golden_release_if_large((void **)&queue->nodes, &queue->node_capacity, sizeof(golden_xml_node));
        golden_release_if_large(
            (void **)&queue->attributes, &queue->attribute_capacity, sizeof(golden_xml_attribute));
        golden_release_if_large((void **)&queue->bytes, &queue->byte_capacity, 1);
        return;
    }
    /* The nodes kept (in practice one text node that may still grow) move to the front, with the
     * attributes and bytes they use: those of the first one that has any come first. */
    size_t first_byte = queue->byte_count;
    size_t first_attribute = queue->attribute_count;
    for (size_t i = handed; i < queue->node_count; i++) {
        const golden_xml_node *node = &queue->nodes[i];
        if (golden_has_text(node) && GOLDEN_OFFSET(node->value) < first_byte) first_byte = GOLDEN_OFFSET(node->value);
        if (node->attribute_count > 0) {
            size_t index = GOLDEN_OFFSET(node->attributes);
            if (index < first_attribute) first_attribute = index;
            size_t offset = GOLDEN_OFFSET(queue->attributes[index].value);
            if (offset < first_byte) first_byte = offset;
        }
    }
    memmove(queue->nodes, queue->nodes + handed, rest * sizeof(golden_xml_node));
    queue->node_count = rest;
    memmove(queue->attributes, queue->attributes + first_attribute,
            (queue->attribute_count - first_attribute) * sizeof(golden_xml_attribute));
    queue->attribute_count -= first_attribute;
    memmove(queue->bytes, queue->bytes + first_byte, queue->byte_count - first_byte);
    queue->byte_count -= first_byte;
    for (size_t i = 0; i < rest; i++) {
        golden_xml_node *node = &queue->nodes[i];
        if (golden_has_text(node)) node->value = GOLDEN_AS_POINTER(GOLDEN_OFFSET(node->value) - first_byte);
        if (node->attribute_count > 0) node->attributes = GOLDEN_AS_POINTER(GOLDEN_OFFSET(node->attributes) - first_attribute);
    }
    for (size_t a = 0; a < queue->attribute_count; a++) {
        queue->attributes[a].value = GOLDEN_AS_POINTER(GOLDEN_OFFSET(queue->attributes[a].value) - first_byte);
    }
}

void golden_xml_queue_free(golden_xml_queue *queue) {
    free(queue->nodes);
    free(queue->attributes);
    free(queue->bytes);
    memset(queue, 0, sizeof(*queue));
}
