/*
 * golden_xml_names.c — a small number for each distinct name, so callers index instead of hashing.
 *
 * Names come from the parser's dictionary, so a (local name, namespace URI, prefix) triple of
 * pointers identifies a name: the table hashes the pointers, never the bytes.
 */
#include "golden_xml_internal.h"

#include <stdint.h>
#include <stdlib.h>

static int golden_names_grow(golden_xml_names *names) {
    size_t capacity = names->capacity == 0 ? 1024 : names->capacity * 2;
    golden_xml_name_slot *slots = calloc(capacity, sizeof(golden_xml_name_slot));
    if (slots == NULL) return 0;
    for (size_t i = 0; i < names->capacity; i++) {
        const golden_xml_name_slot *slot = &names->slots[i];
        if (slot->local == NULL) continue;
        size_t index = golden_xml_name_hash(slot->local, slot->uri, slot->prefix) & (capacity - 1);
        while (slots[index].local != NULL) index = (index + 1) & (capacity - 1);
        slots[index] = *slot;
    }
    free(names->slots);
    names->slots = slots;
    names->capacity = capacity;
    return 1;
}

int golden_xml_name_insert(golden_xml_names *names, const xmlChar *local, const xmlChar *uri, const xmlChar *prefix) {
    if (local == NULL || names->count >= GOLDEN_XML_NAME_ID_LIMIT) return -1;
    /* At most half full. */
    if ((names->count + 1) * 2 > names->capacity && !golden_names_grow(names)) return -1;
    size_t mask = names->capacity - 1;
    size_t index = golden_xml_name_hash(local, uri, prefix) & mask;
    while (names->slots[index].local != NULL) index = (index + 1) & mask;
    golden_xml_name_slot *slot = &names->slots[index];
    slot->local = local;
    slot->uri = uri;
    slot->prefix = prefix;
    slot->id = (int)names->count;
    names->count += 1;
    return slot->id;
}

void golden_xml_names_free(golden_xml_names *names) {
    free(names->slots);
    names->slots = NULL;
    names->capacity = names->count = 0;
}
