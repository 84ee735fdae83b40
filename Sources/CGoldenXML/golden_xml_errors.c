/*
 * golden_xml_errors.c — libxml2's errors, captured: never printed, never quoting input.
 */
#include "golden_xml_internal.h"

#include <libxml/globals.h>

#include <string.h>

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

/* Keeps the first line of `message`, and nothing from inside a comment. */
static void golden_keep_message(golden_xml_reader *reader, const char *message) {
    size_t length = 0;
    while (message[length] != '\0' && message[length] != '\n' && length < sizeof(reader->message) - 1) {
        length += 1;
    }
    memcpy(reader->message, message, length);
    reader->message[length] = '\0';
    char *comment = strstr(reader->message, "<!--");
    if (comment != NULL) *comment = '\0';
    reader->error.message = reader->message;
}

void golden_xml_on_structured_error(void *context, xmlErrorPtr error) {
    golden_xml_reader *reader = (golden_xml_reader *)context;
    if (reader == NULL || error == NULL || error->level < XML_ERR_ERROR) return;
    /* After a refusal the parser only reports the DOCTYPE it was stopped in. */
    if (reader->refused) return;
    reader->error_count += 1;
    if (!reader->has_error) {
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
        golden_keep_message(reader, message);
    }
    /* An error with a position stops reading right here. One without comes from decoding, while
     * libxml2 converts a block before parsing the characters converted ahead of the bad bytes:
     * the reader stops once that xmlParseChunk call is over (see golden_xml_internal.h). */
    if (error->line > 0) golden_xml_stop(reader);
}

void golden_xml_fail(golden_xml_reader *reader, int kind, const char *message) {
    reader->error_count += 1;
    if (!reader->has_error) {
        reader->has_error = 1;
        memset(&reader->error, 0, sizeof(reader->error));
        reader->error.kind = kind;
        reader->error.line = (int)golden_xml_current_line(reader);
        golden_keep_message(reader, message);
    }
    golden_xml_stop(reader);
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
    xmlSetStructuredErrorFunc(reader, golden_xml_on_structured_error);
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
    if (reader->refused) {
        memset(error, 0, sizeof(*error));
        error->kind = GOLDEN_XML_ERROR_REFUSED_DOCTYPE;
        error->line = (int)reader->doctype_line;
        error->message = (reader->doctype & GOLDEN_XML_DOCTYPE_DECLARES_ENTITIES) != 0
            ? "the DOCTYPE declares entities" : "the DOCTYPE references an external DTD";
        return 1;
    }
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
