/*
 * html_xml.h - libxml2 set up for the HTML parser: failed allocations
 * counted per thread, parser contexts that leak nothing when one fails.
 */
#ifndef SUMMAR_HTML_XML_H
#define SUMMAR_HTML_XML_H

#include <libxml/HTMLparser.h>
#include <stddef.h>

/* Initialises libxml2 once per process, its allocator wrapped first (the
 * functions in place then are called by the wrappers).  Thread-safe. */
void summar_xml_init(void);

/* The number of libxml2 allocations that have failed on the calling
 * thread since the wrappers were installed: a parse that sees it change
 * has lost memory, reported by libxml2 or not. */
unsigned long summar_xml_failures(void);

/* A parser context reading utf8[0..len) (len <= INT_MAX), freed with
 * htmlFreeParserCtxt(), or NULL when memory ran out (nothing is then left
 * allocated). */
htmlParserCtxtPtr summar_xml_parser_new(const char *utf8, size_t len);

#endif
