/*
 * extract_run.c - the extraction half of tools/extract_tune.py: parses a
 * set of pages once, then extracts their article text again for every set
 * of content-finding constants it is sent.  Not installed.
 *
 * Protocol (stdin / stdout, lengths in bytes):
 *   in:  "PAGES n\n", then n times "len\n" and len bytes of UTF-8 HTML.
 *   in:  "DEFAULTS\n"
 *   out: "name=value name=value ...\n" (the shipped constants)
 *   in:  "RUN name=value name=value ...\n" (unnamed constants: shipped)
 *   out: for every page "full_len body_len\n", the full text (title first,
 *        blocks separated by blank lines, as `summar extract` prints it),
 *        then the body (the same without the title).
 * An unknown name or a malformed line ends the program with status 2.
 */
#include "html.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct page {
  summar_hpage pg;
  summar_helem *saved; /* the element table as parsed */
  int ok;
} page;

/* The library's own malloc-based allocator. */
static const summar_allocator *const alloc = &summar_default_allocator;

/* The default input limit of a context (summar_ctx_new()). */
#define MAX_PAGE ((size_t)64 * 1024 * 1024)

static int parse_page(page *p, const char *html, size_t len) {
  summar_hinput in;
  memset(&in, 0, sizeof in);
  in.a = alloc;
  memset(&p->pg, 0, sizeof p->pg);
  p->pg.a = alloc;
  summar_status st = summar_hinput_convert(&in, html, len);
  if (st == SUMMAR_OK)
    st = summar_hpage_parse(&p->pg, &in, MAX_PAGE);
  summar_hinput_release(&in);
  summar_hinput_free(&in);
  if (st != SUMMAR_OK)
    return 0;
  p->saved = malloc((p->pg.nel ? p->pg.nel : 1) * sizeof *p->saved);
  if (!p->saved)
    return 0;
  memcpy(p->saved, p->pg.el, p->pg.nel * sizeof *p->saved);
  return 1;
}

static void put(summar_buf *b, const char *s, size_t n) {
  if (b->len)
    summar_buf_append(b, "\n\n", 2);
  summar_buf_append(b, s, n);
}

static int run_page(page *p, const summar_hparams *hp, summar_buf *full,
                    summar_buf *body) {
  full->len = body->len = 0;
  if (!p->ok)
    return 0;
  summar_hpage *pg = &p->pg;
  memcpy(pg->el, p->saved, pg->nel * sizeof *pg->el);
  size_t tb = SIZE_MAX, tn = 0;
  const char *title = NULL;
  if (summar_hpage_extract(pg, hp, &tb, &title, &tn) != SUMMAR_OK)
    return -1;
  if (tb != SIZE_MAX)
    put(full, pg->text.data + pg->blk[tb].t, pg->blk[tb].tlen);
  else if (tn)
    put(full, title, tn);
  for (size_t b = 0; b < pg->nblk; b++)
    if (pg->blk[b].keep) {
      put(full, pg->text.data + pg->blk[b].t, pg->blk[b].tlen);
      put(body, pg->text.data + pg->blk[b].t, pg->blk[b].tlen);
    }
  return full->failed || body->failed ? -1 : 0;
}

static int set_params(summar_hparams *hp, char *line) {
  *hp = summar_hparams_default;
  for (char *tok = strtok(line, " \n"); tok; tok = strtok(NULL, " \n")) {
    char *eq = strchr(tok, '=');
    if (!eq)
      return -1;
    *eq = 0;
    char *end;
    double v = strtod(eq + 1, &end);
    if (end == eq + 1 || summar_hparams_set(hp, tok, v))
      return -1;
  }
  return 0;
}

int main(void) {
  size_t n;
  if (scanf("PAGES %zu", &n) != 1 || getchar() != '\n')
    return 2;
  page *pages = calloc(n ? n : 1, sizeof *pages);
  if (!pages)
    return 2;
  for (size_t i = 0; i < n; i++) {
    size_t len;
    if (scanf("%zu", &len) != 1 || getchar() != '\n')
      return 2;
    char *html = malloc(len + 1);
    if (!html || fread(html, 1, len, stdin) != len)
      return 2;
    pages[i].ok = parse_page(&pages[i], html, len);
    free(html);
  }
  summar_buf full, body;
  summar_buf_init(&full, alloc);
  summar_buf_init(&body, alloc);
  char line[4096];
  while (fgets(line, sizeof line, stdin)) {
    summar_hparams hp = summar_hparams_default;
    if (!strcmp(line, "DEFAULTS\n")) {
      for (size_t i = 0; summar_hparam_name(i); i++)
        printf("%s%s=%.17g", i ? " " : "", summar_hparam_name(i),
               summar_hparams_get(&hp, i));
      putchar('\n');
    } else if (!strncmp(line, "RUN", 3) && set_params(&hp, line + 3) == 0) {
      for (size_t i = 0; i < n; i++) {
        if (run_page(&pages[i], &hp, &full, &body))
          return 2;
        printf("%zu %zu\n", full.len, body.len);
        fwrite(full.data, 1, full.len, stdout);
        fwrite(body.data, 1, body.len, stdout);
      }
    } else {
      return 2;
    }
    fflush(stdout);
  }
  summar_buf_free(&full);
  summar_buf_free(&body);
  for (size_t i = 0; i < n; i++) {
    summar_hpage_free(&pages[i].pg);
    free(pages[i].saved);
  }
  free(pages);
  return 0;
}
