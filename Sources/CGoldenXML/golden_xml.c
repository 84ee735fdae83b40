#include "golden_xml.h"
#include <libxml/xmlversion.h>
const char *golden_xml_version(void) { return LIBXML_DOTTED_VERSION; }
