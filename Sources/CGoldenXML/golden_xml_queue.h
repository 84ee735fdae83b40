#ifndef GOLDEN_XML_QUEUE_H
#define GOLDEN_XML_QUEUE_H
/*
 * The node queue (see golden_xml_queue.c): the appenders the SAX callbacks call for every node
 * are inline here; growing, dropping and resolving are in golden_xml_queue.c.
 */
#include "golden_xml.h"

#include <libxml/xmlstring.h>

#include <stddef.h>
#include <stdint.h>
#include <string.h>

/*
 * Nodes parsed but not yet handed out, with the bytes of their text and attribute values.
 *
 * While the parser fills the queue the arenas may move, so a queued node keeps offsets: `value`
 * holds an offset into `bytes`, `attributes` an index into `attributes` (and each attribute's
 * `value` an offset into `bytes`), all cast to pointers. golden_xml_queue_resolve turns them into
 * real pointers just before a batch is handed out, when nothing will move until the next call.
 */
typedef struct golden_xml_queue {
    golden_xml_node *nodes;
    size_t node_count;
    size_t node_capacity;
    golden_xml_attribute *attributes;
    size_t attribute_count;
    size_t attribute_capacity;
    unsigned char *bytes;
    size_t byte_count;
    size_t byte_capacity;
} golden_xml_queue;

/* While queued, offsets and indices live in pointer fields. */
#define GOLDEN_OFFSET(value) ((size_t)(uintptr_t)(value))
#define GOLDEN_AS_POINTER(offset) ((const void *)(uintptr_t)(offset))

/* Room for `extra` more nodes, attributes or bytes; 0 when out of memory. */
int golden_xml_queue_grow_nodes(golden_xml_queue *queue, size_t extra);
int golden_xml_queue_grow_attributes(golden_xml_queue *queue, size_t extra);
int golden_xml_queue_grow_bytes(golden_xml_queue *queue, size_t extra);
/* Copies `length` bytes of an attribute value to `out`, with "&#38;" turned back into "&";
 * returns the length written. */
size_t golden_xml_queue_copy_value(unsigned char *out, const xmlChar *value, size_t length);

/* Drops the first `handed` nodes (and the bytes only they used), keeping the rest queued. */
void golden_xml_queue_drop(golden_xml_queue *queue, size_t handed);
/* Removes the last node, whose bytes are the last of the arena (a text node left out). */
void golden_xml_queue_drop_last(golden_xml_queue *queue);
/* Turns the offsets of the first `count` nodes into pointers. */
void golden_xml_queue_resolve(golden_xml_queue *queue, size_t count);
void golden_xml_queue_free(golden_xml_queue *queue);

/* A new node of `type`, all else zero (name_id -1); NULL when out of memory. */
static inline golden_xml_node *golden_xml_queue_add_node(golden_xml_queue *queue, int type) {
    if (queue->node_count == queue->node_capacity && !golden_xml_queue_grow_nodes(queue, 1)) return NULL;
    golden_xml_node *node = &queue->nodes[queue->node_count];
    queue->node_count += 1;
    memset(node, 0, sizeof(*node));
    node->type = type;
    node->name_id = -1;
    return node;
}

/* Adds an attribute to `element`, the last node; 0 when out of memory. */
static inline int golden_xml_queue_add_attribute(
    golden_xml_queue *queue, golden_xml_node *element, int name_id, const xmlChar *local_name,
    const xmlChar *namespace_uri, const xmlChar *prefix, const xmlChar *value, size_t length) {
    if ((queue->attribute_count == queue->attribute_capacity && !golden_xml_queue_grow_attributes(queue, 1))
        || (queue->byte_capacity - queue->byte_count < length && !golden_xml_queue_grow_bytes(queue, length))) {
        return 0;
    }
    if (element->attribute_count == 0) element->attributes = GOLDEN_AS_POINTER(queue->attribute_count);
    element->attribute_count += 1;
    golden_xml_attribute *attribute = &queue->attributes[queue->attribute_count];
    queue->attribute_count += 1;
    attribute->local_name = local_name;
    attribute->namespace_uri = namespace_uri;
    attribute->prefix = prefix;
    attribute->name_id = name_id;
    attribute->value = GOLDEN_AS_POINTER(queue->byte_count);
    size_t written = memchr(value, '&', length) == NULL
        ? (memcpy(queue->bytes + queue->byte_count, value, length), length)
        : golden_xml_queue_copy_value(queue->bytes + queue->byte_count, value, length);
    attribute->value_length = (long)written;
    queue->byte_count += written;
    return 1;
}

/* Appends characters to the last node if it has `type` (its bytes are the arena's last), else to
 * a new node at `depth`; returns that node, NULL when out of memory. */
static inline golden_xml_node *golden_xml_queue_add_text(
    golden_xml_queue *queue, int type, int depth, const xmlChar *text, size_t length) {
    golden_xml_node *node = queue->node_count > 0 ? &queue->nodes[queue->node_count - 1] : NULL;
    if (node == NULL || node->type != type) {
        node = golden_xml_queue_add_node(queue, type);
        if (node == NULL) return NULL;
        node->depth = depth;
        node->value = GOLDEN_AS_POINTER(queue->byte_count);
    }
    if (queue->byte_capacity - queue->byte_count < length && !golden_xml_queue_grow_bytes(queue, length)) return NULL;
    memcpy(queue->bytes + queue->byte_count, text, length);
    queue->byte_count += length;
    node->value_length += (long)length;
    return node;
}

#endif
