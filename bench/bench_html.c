/*
 * bench_html.c - time of HTML main-content extraction.
 *
 *   bench_html [--runs N] [FILE...]
 *
 * Extracts each FILE (default: a generated page of about 100 KB: a news
 * article of 40 paragraphs inside a header, navigation, sidebars of links,
 * share and related blocks, comments, scripts and a footer) N times
 * (default 200) and prints the median and best time per page (wall
 * clock, and the thread's CPU time, which a loaded machine disturbs
 * less), and the throughput in MB/s.
 */
#include <summar.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static double clock_of(clockid_t c) {
  struct timespec ts;
  clock_gettime(c, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

typedef struct page {
  char *s;
  size_t n, cap;
} page;

static void put(page *p, const char *s) {
  size_t k = strlen(s);
  if (p->n + k + 1 > p->cap) {
    p->cap = (p->n + k + 1) * 2;
    p->s = realloc(p->s, p->cap);
    if (!p->s)
      exit(1);
  }
  memcpy(p->s + p->n, s, k + 1);
  p->n += k;
}

static void links(page *p, const char *cls, int n) {
  char buf[256];
  snprintf(buf, sizeof buf, "<div class=\"%s\"><ul>", cls);
  put(p, buf);
  for (int i = 0; i < n; i++) {
    snprintf(buf, sizeof buf,
             "<li><a href=\"/section/%d/story-%d.html\">Story number %d "
             "about the region and its people</a></li>\n",
             i, i * 7, i);
    put(p, buf);
  }
  put(p, "</ul></div>\n");
}

static page generate(size_t target) {
  static const char *const sent[] = {
      "The council met on Tuesday to discuss the budget for the coming "
      "year, and members argued for hours about roads, schools and parks.",
      "Residents who attended said they wanted more money for public "
      "transport, while business owners asked for lower taxes.",
      "According to the report, spending on health care rose by four "
      "percent, the largest increase in a decade.",
      "\"We have to make choices,\" the mayor said, \"and not everyone "
      "will be happy with them.\"",
      "The final vote is expected next month, after a series of public "
      "hearings in every district of the city."};
  page p = {NULL, 0, 0};
  put(&p, "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
          "<title>Council debates the budget | Example News</title>"
          "<script>var config = {ads: true, tracking: [1,2,3]};</script>"
          "<style>.nav{display:flex}.ad{width:300px}</style></head><body>"
          "<header class=\"site-header\"><nav class=\"menu\">");
  links(&p, "main-menu", 30);
  put(&p, "</nav></header><main><article class=\"post\">"
          "<h1>Council debates the budget</h1><div class=\"share\">"
          "<a href=\"#\">Share</a> <a href=\"#\">Tweet</a></div>"
          "<div class=\"entry-content\">\n");
  size_t para = 0;
  while (p.n < target * 6 / 10) {
    char num[64];
    snprintf(num, sizeof num, "<p>In part %zu of the story, ", para + 1);
    put(&p, num);
    for (int k = 0; k < 4; k++)
      put(&p, sent[(para + (size_t)k) % 5]), put(&p, " ");
    put(&p, "</p>\n");
    if (++para % 10 == 0)
      put(&p, "<h2>More on the budget &amp; the vote</h2>\n");
  }
  put(&p, "</div></article>");
  links(&p, "related-posts", 20);
  put(&p, "<section id=\"comments\">");
  for (int i = 0; i < 20; i++)
    put(&p, "<div class=\"comment\"><p>I think the council should spend "
            "more on schools and less on roads, as we said before.</p>"
            "</div>\n");
  put(&p, "</section></main><aside class=\"sidebar\">");
  while (p.n < target - 400)
    links(&p, "widget", 10);
  put(&p, "</aside><footer><p>&copy; 2024 Example News. All rights "
          "reserved.</p></footer></body></html>\n");
  return p;
}

static int cmp(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return (x > y) - (x < y);
}

static int bench(summar_ctx *ctx, const char *name, const char *s, size_t n,
                 int runs) {
  double *t = malloc(2 * (size_t)runs * sizeof *t);
  if (!t)
    return 1;
  double *cpu = t + runs;
  size_t out = 0;
  for (int i = 0; i < runs; i++) {
    summar_html *h = NULL;
    double t0 = clock_of(CLOCK_MONOTONIC);
    double c0 = clock_of(CLOCK_THREAD_CPUTIME_ID);
    summar_status st = summar_html_extract(ctx, s, n, 0, &h);
    cpu[i] = clock_of(CLOCK_THREAD_CPUTIME_ID) - c0;
    t[i] = clock_of(CLOCK_MONOTONIC) - t0;
    if (st != SUMMAR_OK) {
      fprintf(stderr, "%s: %s\n", name, summar_strerror(st));
      free(t);
      return 1;
    }
    summar_html_text(h, &out);
    summar_html_free(h);
  }
  qsort(t, (size_t)runs, sizeof *t, cmp);
  qsort(cpu, (size_t)runs, sizeof *cpu, cmp);
  double med = t[runs / 2], cmed = cpu[runs / 2];
  printf("%s: %zu bytes -> %zu bytes of text; wall median %.3f ms, best "
         "%.3f ms; CPU median %.3f ms, best %.3f ms; %.1f MB/s of CPU\n",
         name, n, out, med * 1e3, t[0] * 1e3, cmed * 1e3, cpu[0] * 1e3,
         (double)n / cmed / 1e6);
  free(t);
  return 0;
}

int main(int argc, char **argv) {
  int runs = 200, rc = 0, files = 0;
  summar_ctx *ctx = NULL;
  if (summar_ctx_new(NULL, &ctx) != SUMMAR_OK)
    return 1;
  for (int i = 1; i < argc; i++) {
    if (!strcmp(argv[i], "--runs") && i + 1 < argc) {
      runs = atoi(argv[++i]);
      if (runs < 1)
        runs = 1;
      continue;
    }
    FILE *f = fopen(argv[i], "rb");
    if (!f) {
      perror(argv[i]);
      rc = 1;
      continue;
    }
    page p = {NULL, 0, 0};
    char buf[65536];
    size_t k;
    while ((k = fread(buf, 1, sizeof buf - 1, f)) > 0) {
      buf[k] = 0;
      put(&p, buf); /* pages hold no NUL bytes worth timing */
    }
    fclose(f);
    files++;
    rc |= bench(ctx, argv[i], p.s ? p.s : "", p.n, runs);
    free(p.s);
  }
  if (!files) {
    page p = generate(100 * 1024);
    rc |= bench(ctx, "generated page", p.s, p.n, runs);
    free(p.s);
  }
  summar_ctx_free(ctx);
  return rc;
}
