#ifndef CLIBXML2_SHIM_H
#define CLIBXML2_SHIM_H
#include <libxml/xmlversion.h>
// Debian builds libxml2 with ICU, whose headers then clash with Foundation's copy of ICU. Only
// xmlCharEncodingHandler's layout depends on it, and the package never touches that struct.
#undef LIBXML_ICU_ENABLED
#include <libxml/xmlreader.h>
#endif
