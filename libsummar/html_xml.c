/*
 * html_xml.c - libxml2 set up for the HTML parser (html_parse.c): its
 * allocator wrapped so that every failed allocation is seen, and parser
 * contexts made without what libxml2 2.9 leaks when an allocation fails.
 */
#include "html_xml.h"

#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/xmlIO.h>
#include <libxml/xmlmemory.h>
#include <pthread.h>

/* libxml2 reports some of its allocation failures (to the thread's error
 * handler: html_parse.c's on_error() during a parse) but not others: a
 * failed lookup in its name dictionary drops a tag or attribute name
 * without a word.
 * Its allocator is one per process, so libsummar wraps, once, the
 * functions in place when it first parses a page: each wrapper calls the
 * function it replaces and counts the failures of the calling thread.
 * Nothing else changes for other users of libxml2 in the process. */
static xmlFreeFunc xml_free0;
static xmlMallocFunc xml_malloc0, xml_malloc_atomic0;
static xmlReallocFunc xml_realloc0;
static xmlStrdupFunc xml_strdup0;
static _Thread_local unsigned long xml_failures;
static _Thread_local int xml_creating;  /* in summar_xml_parser_new() */
static _Thread_local void *xml_handler; /* see summar_xml_parser_new() */

static void *xml_malloc(size_t n) {
  void *p = xml_malloc0(n);
  if (!p)
    xml_failures++;
  else if (xml_creating && !xml_handler && n == sizeof(htmlSAXHandler))
    xml_handler = p;
  return p;
}

static void xml_free(void *p) {
  if (p && p == xml_handler)
    xml_handler = NULL;
  xml_free0(p);
}

static void *xml_malloc_atomic(size_t n) {
  void *p = xml_malloc_atomic0(n);
  if (!p)
    xml_failures++;
  return p;
}

static void *xml_realloc(void *old, size_t n) {
  void *p = xml_realloc0(old, n);
  if (!p)
    xml_failures++;
  return p;
}

static char *xml_strdup(const char *str) {
  char *p = xml_strdup0(str);
  if (!p && str)
    xml_failures++;
  return p;
}

/* The end of a page in memory: all of it is in the buffer already. */
static int no_more_input(void *context, char *buffer, int len) {
  return 0;
}

/* The context htmlCreateMemoryParserCtxt() makes, without what libxml2
 * 2.9 loses when one of its allocations fails: that function leaks the
 * context when the input buffer cannot be made,
 * xmlParserInputBufferCreateMem() its buffer when the copy cannot grow
 * it, and htmlNewParserCtxt() the SAX handler it allocates before three
 * stacks when one of those cannot be allocated (the handler is then the
 * block of its size that the creation allocated and did not free). */
htmlParserCtxtPtr summar_xml_parser_new(const char *utf8, size_t len) {
  xml_creating = 1; /* see xml_malloc() */
  xml_handler = NULL;
  htmlParserCtxtPtr ctxt = htmlNewParserCtxt();
  xml_creating = 0;
  if (!ctxt && xml_handler)
    xml_free0(xml_handler);
  xml_handler = NULL;
  if (!ctxt)
    return NULL;
  xmlParserInputBufferPtr buf =
      xmlAllocParserInputBuffer(XML_CHAR_ENCODING_NONE);
  if (buf) {
    buf->readcallback = no_more_input;
    if (xmlParserInputBufferPush(buf, (int)len, utf8) < 0) {
      xmlFreeParserInputBuffer(buf);
      buf = NULL;
    }
  }
  xmlParserInputPtr input =
      buf ? xmlNewIOInputStream(ctxt, buf, XML_CHAR_ENCODING_NONE) : NULL;
  if (!input && buf)
    xmlFreeParserInputBuffer(buf);
  /* inputPush() frees the input when it fails */
  if (!input || inputPush(ctxt, input) < 0) {
    htmlFreeParserCtxt(ctxt);
    return NULL;
  }
  return ctxt;
}

static pthread_once_t init_once = PTHREAD_ONCE_INIT;

static void init_libxml(void) {
  if (!xmlGcMemGet(&xml_free0, &xml_malloc0, &xml_malloc_atomic0,
                   &xml_realloc0, &xml_strdup0) &&
      xml_free0 && xml_malloc0 && xml_malloc_atomic0 && xml_realloc0 &&
      xml_strdup0)
    xmlGcMemSetup(xml_free, xml_malloc, xml_malloc_atomic, xml_realloc,
                  xml_strdup);
  xmlInitParser();
}

void summar_xml_init(void) {
  pthread_once(&init_once, init_libxml);
}

unsigned long summar_xml_failures(void) {
  return xml_failures;
}
