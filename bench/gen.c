/*
 * gen.c - deterministic, varied benchmark text (no repeated sentences).
 *
 *   bench-gen --lang en|ar --kind KIND --size N [--seed S]
 *             [--stopwords FILE] SEEDFILE...
 *
 * Words come from the text of the SEEDFILEs (the project's own test
 * articles): the stopwords listed in --stopwords keep the frequencies they
 * have there, and the other words of the script of --lang become the head
 * of a Zipf-distributed content vocabulary (P(rank r) ~ 1/(r+1), about a
 * million ranks).  Ranks past the seed words are new words made of the
 * first half of one seed word and the second half of another, so the
 * vocabulary keeps growing with the input as in a real corpus.  Each
 * article draws a topic (a few dozen content words it repeats), a title
 * and 3-8 paragraphs of 2-4 sentences (about 370 words, as a news
 * article); sentences hold 8-38 words (a few are short), commas, numbers
 * and the language's own punctuation.  With
 * about a million content ranks and twenty words a sentence, no two
 * sentences of a run are the same: the duplicate remover has nothing to
 * hide.
 *
 * KIND (N is what --size counts):
 *   text      articles back to back until N bytes (blank-line separated)
 *   article   one article (N ignored)
 *   jsonl     N articles as JSON Lines {"id","text"}
 *   short     N one-word sentences, 16 a line
 *   long      one sentence of N words without punctuation
 */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "read_file.h"

#define MAX_WORD 64
#define CONTENT_RANKS (1u << 20)

typedef struct word {
  char s[MAX_WORD];
  size_t len;
  double weight;
} word;

typedef struct wordvec {
  word *v;
  size_t n, cap;
} wordvec;

static uint64_t rng_state = 0x9E3779B97F4A7C15ull;

static uint64_t rnd(void) { /* xorshift64* */
  rng_state ^= rng_state >> 12;
  rng_state ^= rng_state << 25;
  rng_state ^= rng_state >> 27;
  return rng_state * 2685821657736338717ull;
}

static double unif(void) { return (double)(rnd() >> 11) / 9007199254740992.0; }

static size_t below(size_t n) { return n ? (size_t)(rnd() % n) : 0; }

static uint64_t mix(uint64_t x) { /* splitmix64 finalizer */
  x += 0x9E3779B97F4A7C15ull;
  x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
  x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
  return x ^ (x >> 31);
}

static void die(const char *msg) {
  fprintf(stderr, "bench-gen: %s\n", msg);
  exit(2);
}

static void push(wordvec *wv, const char *s, size_t len, double weight) {
  for (size_t i = 0; i < wv->n; i++)
    if (wv->v[i].len == len && !memcmp(wv->v[i].s, s, len)) {
      wv->v[i].weight += weight;
      return;
    }
  if (wv->n == wv->cap) {
    wv->cap = wv->cap ? wv->cap * 2 : 256;
    wv->v = realloc(wv->v, wv->cap * sizeof *wv->v);
    if (!wv->v)
      die("out of memory");
  }
  word *w = &wv->v[wv->n++];
  memcpy(w->s, s, len);
  w->s[len] = '\0';
  w->len = len;
  w->weight = weight;
}

static int find(const wordvec *wv, const char *s, size_t len) {
  for (size_t i = 0; i < wv->n; i++)
    if (wv->v[i].len == len && !memcmp(wv->v[i].s, s, len))
      return (int)i;
  return -1;
}

/* Decodes one UTF-8 code point (input assumed valid; bad bytes -> -1). */
static int32_t next_cp(const unsigned char *s, size_t n, size_t *i) {
  unsigned c = s[*i];
  int len = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 0;
  if (!len || *i + (size_t)len > n) {
    (*i)++;
    return -1;
  }
  int32_t cp = len == 1 ? (int32_t)c : (int32_t)(c & (0x7F >> len));
  for (int k = 1; k < len; k++)
    cp = (cp << 6) | (s[*i + (size_t)k] & 0x3F);
  *i += (size_t)len;
  return cp;
}

static int is_letter(int32_t cp, int arabic) {
  if (arabic)
    return cp >= 0x0621 && cp <= 0x064A;
  return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
}

/* Adds the letter runs of a seed file to `all` (lower-cased ASCII). */
static void read_seed(const char *path, int arabic, wordvec *all) {
  size_t n;
  char *t = bench_read_file(path, &n);
  if (!t) {
    fprintf(stderr, "bench-gen: cannot read %s\n", path);
    exit(2);
  }
  const unsigned char *s = (const unsigned char *)t;
  size_t i = 0;
  char w[MAX_WORD];
  size_t wl = 0;
  int too_long = 0;
  for (;;) {
    size_t at = i;
    int32_t cp = i < n ? next_cp(s, n, &i) : -1;
    if (cp >= 0 && is_letter(cp, arabic)) {
      size_t l = i - at;
      if (wl + l < MAX_WORD - 1) {
        for (size_t k = 0; k < l; k++) {
          char c = (char)s[at + k];
          w[wl++] = (c >= 'A' && c <= 'Z') ? (char)(c - 'A' + 'a') : c;
        }
      } else {
        too_long = 1;
      }
      continue;
    }
    if (wl && !too_long)
      push(all, w, wl, 1.0);
    wl = 0;
    too_long = 0;
    if (at >= n)
      break;
  }
  free(t);
}

static void read_stopwords(const char *path, wordvec *stop) {
  size_t n;
  char *t = bench_read_file(path, &n);
  if (!t) {
    fprintf(stderr, "bench-gen: cannot read %s\n", path);
    exit(2);
  }
  size_t i = 0;
  while (i < n) {
    size_t e = i;
    while (e < n && t[e] != '\n')
      e++;
    size_t l = e - i;
    while (l && (t[i + l - 1] == '\r' || t[i + l - 1] == ' '))
      l--;
    if (l && t[i] != '#' && l < MAX_WORD && !memchr(t + i, ' ', l))
      push(stop, t + i, l, 0.2); /* a small floor: every stopword occurs */
    i = e + 1;
  }
  free(t);
}

static int by_weight(const void *x, const void *y) {
  const word *a = x, *b = y;
  if (a->weight != b->weight)
    return a->weight < b->weight ? 1 : -1;
  return strcmp(a->s, b->s);
}

typedef struct model {
  int arabic;
  wordvec stop;    /* stopwords with their weights */
  double *stop_cdf;
  wordvec content; /* seed content words, most frequent first */
  size_t *cut;     /* per content word: byte offsets of its code points */
} model;

/* The word of content rank r into out (NUL-terminated); returns length. */
static size_t content_word(const model *m, uint32_t r, char *out) {
  if (r < m->content.n) {
    memcpy(out, m->content.v[r].s, m->content.v[r].len + 1);
    return m->content.v[r].len;
  }
  /* first half of one seed word + second half of another */
  uint64_t h = mix(r);
  size_t nc = m->content.n;
  const word *a = &m->content.v[h % nc];
  const word *b = &m->content.v[(h >> 20) % nc];
  size_t ha = a->len / 2, hb = b->len / 2;
  if (m->arabic) { /* keep whole two-byte letters */
    ha &= ~(size_t)1;
    hb &= ~(size_t)1;
  }
  if (ha < (m->arabic ? 2u : 1u))
    ha = a->len;
  size_t n = 0;
  memcpy(out, a->s, ha);
  n = ha;
  memcpy(out + n, b->s + hb, b->len - hb);
  n += b->len - hb;
  if ((h >> 40) % 4 == 0 && n + 2 < MAX_WORD - 2) { /* a third piece */
    const word *c = &m->content.v[(h >> 44) % nc];
    size_t hc = c->len / 2;
    if (m->arabic)
      hc &= ~(size_t)1;
    size_t take = c->len - hc;
    if (n + take < MAX_WORD - 1) {
      memcpy(out + n, c->s + hc, take);
      n += take;
    }
  }
  out[n] = '\0';
  return n;
}

/* Zipf rank in [lo, CONTENT_RANKS): P(r) ~ 1/(r + 1). */
static uint32_t zipf(uint32_t lo) {
  double a = log((double)lo + 1.0), b = log((double)CONTENT_RANKS + 1.0);
  double r = exp(a + unif() * (b - a)) - 1.0;
  uint32_t x = (uint32_t)r;
  return x >= CONTENT_RANKS ? CONTENT_RANKS - 1 : x;
}

typedef struct out {
  char *data;
  size_t len, cap;
} out;

static void put(out *o, const char *s, size_t n) {
  if (o->len + n + 1 > o->cap) {
    o->cap = (o->len + n + 1) * 2;
    o->data = realloc(o->data, o->cap);
    if (!o->data)
      die("out of memory");
  }
  memcpy(o->data + o->len, s, n);
  o->len += n;
}

static void puts_(out *o, const char *s) { put(o, s, strlen(s)); }

static const char *stopword(const model *m) {
  double u = unif() * m->stop_cdf[m->stop.n - 1];
  size_t lo = 0, hi = m->stop.n - 1;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (m->stop_cdf[mid] < u)
      lo = mid + 1;
    else
      hi = mid;
  }
  return m->stop.v[lo].s;
}

#define TOPIC 32

static void number(out *o) {
  char b[32];
  switch (below(6)) {
  case 0:
    snprintf(b, sizeof b, "%u,%03u", (unsigned)(1 + below(99)),
             (unsigned)below(1000));
    break;
  case 1:
    snprintf(b, sizeof b, "%u.%u", (unsigned)below(100), (unsigned)below(10));
    break;
  case 2:
    snprintf(b, sizeof b, "%u", (unsigned)(1950 + below(76)));
    break;
  default:
    snprintf(b, sizeof b, "%u", (unsigned)(1 + below(500)));
  }
  puts_(o, b);
}

/* One sentence of `n` words; `topic` (may be NULL) holds TOPIC ranks. */
static void sentence(const model *m, out *o, size_t n, const uint32_t *topic,
                     int title) {
  double p_stop = m->arabic ? 0.30 : 0.42;
  char w[MAX_WORD * 2];
  for (size_t k = 0; k < n; k++) {
    if (k)
      put(o, " ", 1);
    size_t at = o->len;
    double u = unif();
    if (!title && u < 0.015) {
      number(o);
    } else if (!title && u < p_stop + 0.015 && k + 1 < n) {
      puts_(o, stopword(m));
    } else {
      uint32_t r = topic && unif() < 0.3 ? topic[below(TOPIC)] : zipf(0);
      if (m->arabic && unif() < 0.08)
        puts_(o, "\xD9\x88"); /* the conjunction wa- */
      size_t l = content_word(m, r, w);
      put(o, w, l);
    }
    if (k == 0 && !m->arabic && o->data[at] >= 'a' && o->data[at] <= 'z')
      o->data[at] = (char)(o->data[at] - 'a' + 'A');
    if (!title && k + 2 < n && k > 1 && unif() < 0.06)
      puts_(o, m->arabic ? "\xD8\x8C" : ","); /* Arabic comma U+060C */
  }
  if (title)
    return;
  double u = unif();
  if (u < 0.04)
    puts_(o, m->arabic ? "\xD8\x9F" : "?"); /* Arabic question mark */
  else if (u < 0.06)
    puts_(o, "!");
  else
    puts_(o, ".");
}

static size_t sentence_length(void) {
  if (unif() < 0.05)
    return 3 + below(4);
  return 8 + below(11) + below(11) + below(11);
}

static void article(const model *m, out *o) {
  uint32_t topic[TOPIC];
  for (size_t i = 0; i < TOPIC; i++)
    topic[i] = zipf(30);
  sentence(m, o, 5 + below(6), topic, 1);
  puts_(o, "\n\n");
  size_t paras = 3 + below(6);
  for (size_t p = 0; p < paras; p++) {
    size_t ns = 2 + below(3);
    for (size_t s = 0; s < ns; s++) {
      if (s)
        put(o, " ", 1);
      sentence(m, o, sentence_length(), topic, 0);
    }
    puts_(o, p + 1 < paras ? "\n\n" : "\n");
  }
}

static void json_string(out *o, const char *s, size_t n) {
  put(o, "\"", 1);
  for (size_t i = 0; i < n; i++) {
    if (s[i] == '\n')
      puts_(o, "\\n");
    else if (s[i] == '"' || s[i] == '\\') {
      put(o, "\\", 1);
      put(o, s + i, 1);
    } else
      put(o, s + i, 1);
  }
  put(o, "\"", 1);
}

/* The model: stopwords of stop_path with their frequencies in the seed
 * files, the other words of the seeds as content words by frequency. */
static void build_model(model *m, wordvec *all, const char *stop_path,
                        const char *const *seeds, size_t nseeds) {
  read_stopwords(stop_path, &m->stop);
  for (size_t i = 0; i < nseeds; i++)
    read_seed(seeds[i], m->arabic, all);
  for (size_t i = 0; i < all->n; i++) {
    int s = find(&m->stop, all->v[i].s, all->v[i].len);
    if (s >= 0)
      m->stop.v[s].weight += all->v[i].weight;
    else if (all->v[i].len >= (m->arabic ? 4u : 2u))
      push(&m->content, all->v[i].s, all->v[i].len, all->v[i].weight);
  }
  if (m->content.n < 50 || m->stop.n < 10)
    die("the seed files hold too few words");
  qsort(m->content.v, m->content.n, sizeof *m->content.v, by_weight);
  m->stop_cdf = malloc(m->stop.n * sizeof *m->stop_cdf);
  if (!m->stop_cdf)
    die("out of memory");
  double c = 0;
  for (size_t i = 0; i < m->stop.n; i++)
    m->stop_cdf[i] = c += m->stop.v[i].weight;
}

/* The text of --kind KIND and --size N into o. */
static void generate(model *m, const char *kind, const char *lang,
                     unsigned long long size, out *o) {
  if (!strcmp(kind, "text")) {
    while (o->len < size) {
      if (o->len)
        put(o, "\n", 1);
      article(m, o);
    }
  } else if (!strcmp(kind, "article")) {
    article(m, o);
  } else if (!strcmp(kind, "jsonl")) {
    out a = {0};
    for (unsigned long long i = 0; i < size; i++) {
      a.len = 0;
      article(m, &a);
      char id[48];
      snprintf(id, sizeof id, "{\"id\":\"%s-%llu\",\"text\":", lang, i);
      puts_(o, id);
      json_string(o, a.data, a.len);
      puts_(o, "}\n");
    }
    free(a.data);
  } else if (!strcmp(kind, "short")) {
    char w[MAX_WORD * 2];
    for (unsigned long long i = 0; i < size; i++) {
      size_t at = o->len;
      size_t l = content_word(m, zipf(0), w);
      put(o, w, l);
      if (!m->arabic && o->data[at] >= 'a' && o->data[at] <= 'z')
        o->data[at] = (char)(o->data[at] - 'a' + 'A');
      puts_(o, i % 16 == 15 || i + 1 == size ? ".\n" : ". ");
    }
  } else if (!strcmp(kind, "long")) {
    char w[MAX_WORD * 2];
    for (unsigned long long i = 0; i < size; i++) {
      if (i)
        put(o, " ", 1);
      size_t l = content_word(m, zipf(0), w);
      put(o, w, l);
    }
    put(o, "\n", 1);
  } else {
    die("unknown --kind");
  }
}

int main(int argc, char **argv) {
  const char *lang = "en", *kind = "text", *stop_path = NULL;
  unsigned long long size = 1u << 20, seed = 1;
  model m;
  memset(&m, 0, sizeof m);
  wordvec all = {0};
  const char *seeds[256];
  size_t nseeds = 0;
  for (int i = 1; i < argc; i++) {
    if (!strcmp(argv[i], "--lang") && i + 1 < argc)
      lang = argv[++i];
    else if (!strcmp(argv[i], "--kind") && i + 1 < argc)
      kind = argv[++i];
    else if (!strcmp(argv[i], "--size") && i + 1 < argc)
      size = strtoull(argv[++i], NULL, 10);
    else if (!strcmp(argv[i], "--seed") && i + 1 < argc)
      seed = strtoull(argv[++i], NULL, 10);
    else if (!strcmp(argv[i], "--stopwords") && i + 1 < argc)
      stop_path = argv[++i];
    else if (argv[i][0] == '-' || nseeds == 256)
      die("usage: bench-gen --lang en|ar --kind text|article|jsonl|short|"
          "long --size N [--seed S] --stopwords FILE SEEDFILE...");
    else
      seeds[nseeds++] = argv[i];
  }
  if (!stop_path || !nseeds)
    die("--stopwords FILE and at least one SEEDFILE are required");
  m.arabic = !strcmp(lang, "ar");
  if (!m.arabic && strcmp(lang, "en"))
    die("--lang is en or ar");
  rng_state ^= mix(seed);
  build_model(&m, &all, stop_path, seeds, nseeds);

  out o = {0};
  generate(&m, kind, lang, size, &o);
  if (fwrite(o.data, 1, o.len, stdout) != o.len || fflush(stdout))
    die("write error");
  free(o.data);
  free(m.stop_cdf);
  free(m.stop.v);
  free(m.content.v);
  free(all.v);
  return 0;
}
