#ifndef GOLDEN_XML_H
#define GOLDEN_XML_H
/* Placeholder until the XML reader lands: libxml2 version in use. */
const char *golden_xml_version(void);
#endif
