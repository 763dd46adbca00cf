/*
 * cli_batch.c - `summar --jsonl`: JSON Lines in, JSON Lines out.
 *
 * Each input line is an object
 *   {"id": ANY, "text": STRING, "lang"?: STRING, "output_lang"?: STRING,
 *    "words"?: INT, "sentences"?: INT, "ratio"?: NUMBER,
 *    "paragraphs"?: INT, "keywords"?: INT, "algorithm"?: STRING}
 * and gives one output line, in input order:
 *   {"id": ..., "summary": STRING, "language": STRING, "words": INT,
 *    "source_words": INT, "paragraphs": INT, "warnings": [STRING...],
 *    "keywords"?: [STRING...]}
 * or, for a line that cannot be summarized, {"id": ..., "error": STRING}
 * ("id" is null when the line has none or does not parse).  Blank lines
 * are skipped.  Fields of a line override the command-line options.
 *
 * Lines are read in chunks; each chunk is summarized by a pool of pthreads
 * sharing one summar_ctx (immutable, so safe to share), then written in
 * order, so memory stays bounded whatever the number of lines.
 */
#include "cli.h"

#include <errno.h>
#include <jansson.h>
#include <math.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define CHUNK_LINES 512
#define CHUNK_BYTES ((size_t)128 << 20)

typedef struct line {
  char *text;   /* the raw line, NUL-terminated, without its newline */
  size_t len;
  char *result; /* the output line (malloc'd), without its newline */
  int failed;
} line;

typedef struct batch {
  const cli_opts *o;
  const summar_ctx *ctx;
  line *lines;
  size_t n;
  size_t next; /* guarded by lock */
  pthread_mutex_t lock;
  size_t max_line;
} batch;

/* Replaces each invalid UTF-8 sequence and NUL byte of s[0..n) by U+FFFD;
   returns a new buffer (length in *out_len) or NULL when out of memory. */
static char *repair_utf8(const char *s, size_t n, size_t *out_len) {
  size_t cap = n + 16, o = 0, i = 0;
  char *b = malloc(cap);
  if (!b)
    return NULL;
  while (i < n) {
    size_t bad = 0;
    summar_status st = summar_utf8_check(s + i, n - i, &bad);
    size_t good = st == SUMMAR_OK ? n - i : bad;
    if (cap - o < good + 4) {
      size_t ncap = (o + good + 4) * 2;
      char *nb = realloc(b, ncap);
      if (!nb) {
        free(b);
        return NULL;
      }
      b = nb;
      cap = ncap;
    }
    memcpy(b + o, s + i, good);
    o += good;
    i += good;
    if (st != SUMMAR_OK) {
      memcpy(b + o, "\xEF\xBF\xBD", 3);
      o += 3;
      i++;
    }
  }
  b[o] = '\0';
  *out_len = o;
  return b;
}

/* Output line of an error. */
static char *error_result(json_t *id, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

static char *error_result(json_t *id, const char *fmt, ...) {
  char msg[1024];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(msg, sizeof msg, fmt, ap);
  va_end(ap);
  json_t *obj = json_object();
  char *out = NULL;
  if (obj) {
    json_object_set_new(obj, "id", id ? json_deep_copy(id) : json_null());
    /* The message may quote invalid bytes: keep it valid UTF-8. */
    size_t ml = 0;
    char *m = repair_utf8(msg, strlen(msg), &ml);
    json_object_set_new(obj, "error", json_stringn(m ? m : "error", m ? ml : 5));
    free(m);
    out = json_dumps(obj, JSON_COMPACT | JSON_PRESERVE_ORDER);
    json_decref(obj);
  }
  return out;
}

/* Reads an optional positive integer field; 0 when absent.  Returns 0 or
   -1 with *err set. */
static int int_field(json_t *obj, const char *key, size_t min, size_t max,
                     size_t *out, const char **err) {
  json_t *v = json_object_get(obj, key);
  *out = 0;
  if (!v || json_is_null(v))
    return 0;
  if (!json_is_integer(v) || json_integer_value(v) < 0 ||
      (size_t)json_integer_value(v) < min ||
      (unsigned long long)json_integer_value(v) > max) {
    *err = key;
    return -1;
  }
  *out = (size_t)json_integer_value(v);
  return 0;
}

static int str_field(json_t *obj, const char *key, const char **out,
                     const char **err) {
  json_t *v = json_object_get(obj, key);
  if (!v || json_is_null(v))
    return 0;
  if (!json_is_string(v) || !json_string_length(v) ||
      strlen(json_string_value(v)) != json_string_length(v)) {
    *err = key;
    return -1;
  }
  *out = json_string_value(v);
  return 0;
}

static json_t *warnings_array(unsigned warn) {
  json_t *a = json_array();
  if (!a)
    return NULL;
  for (unsigned bit = 1; bit && bit <= SUMMAR_WARN_LANG_GUESSED; bit <<= 1) {
    const char *n = (warn & bit) ? summar_cli_warning_name(bit) : NULL;
    if (n)
      json_array_append_new(a, json_string(n));
  }
  return a;
}

static char *summarize_line(const batch *b, const char *raw, size_t raw_len,
                            int *failed) {
  const cli_opts *o = b->o;
  json_error_t jerr;
  *failed = 1;
  char *repaired = NULL;
  unsigned extra_warn = 0;
  if (raw_len > b->max_line)
    return error_result(NULL, "the line is longer than %zu bytes "
                              "(raise the limit with --max-bytes)",
                        b->max_line);
  if (o->replace_invalid &&
      summar_utf8_check(raw, raw_len, NULL) != SUMMAR_OK) {
    size_t rl = 0;
    repaired = repair_utf8(raw, raw_len, &rl);
    if (!repaired)
      return NULL;
    raw = repaired;
    raw_len = rl;
    extra_warn = SUMMAR_WARN_REPLACED;
  }
  json_t *root = json_loadb(raw, raw_len, JSON_ALLOW_NUL, &jerr);
  free(repaired);
  if (!root)
    return error_result(NULL, "invalid JSON at column %d: %s", jerr.column,
                        jerr.text);
  char *result = NULL;
  json_t *id = json_is_object(root) ? json_object_get(root, "id") : NULL;
  summar_doc *doc = NULL;
  summar_request *req = NULL;
  summar_summary *sum = NULL;
  json_t *out = NULL;
  const char *err = NULL;
  if (!json_is_object(root)) {
    result = error_result(NULL, "the line is not a JSON object");
    goto done;
  }
  json_t *jt = json_object_get(root, "text");
  if (!jt || !json_is_string(jt)) {
    result = error_result(id, "\"text\" is missing or not a string");
    goto done;
  }
  const char *text = json_string_value(jt);
  size_t len = json_string_length(jt);

  size_t words = 0, sentences = 0, paragraphs = 0, keywords = 0;
  double ratio = 0;
  const char *lang = o->lang, *out_lang = o->output_lang,
             *algorithm = o->algorithm;
  if (int_field(root, "words", 1, 100000000, &words, &err) ||
      int_field(root, "sentences", 1, 10000000, &sentences, &err) ||
      int_field(root, "paragraphs", 1, 10000, &paragraphs, &err) ||
      int_field(root, "keywords", 0, 1000, &keywords, &err)) {
    result = error_result(id, "\"%s\" must be a whole number in range", err);
    goto done;
  }
  json_t *jr = json_object_get(root, "ratio");
  if (jr && !json_is_null(jr)) {
    ratio = json_is_number(jr) ? json_number_value(jr) : -1;
    if (!(ratio > 0) || ratio > 1 || !isfinite(ratio)) {
      result = error_result(id, "\"ratio\" must be a number greater than 0 "
                                "and at most 1");
      goto done;
    }
  }
  if (str_field(root, "lang", &lang, &err) ||
      str_field(root, "output_lang", &out_lang, &err) ||
      str_field(root, "algorithm", &algorithm, &err)) {
    result = error_result(id, "\"%s\" must be a non-empty string", err);
    goto done;
  }
  if ((words != 0) + (sentences != 0) + (ratio > 0) > 1) {
    result = error_result(id, "give at most one of \"words\", \"sentences\" "
                              "and \"ratio\"");
    goto done;
  }
  if (algorithm && !summar_cli_algorithm_known(algorithm)) {
    result = error_result(id, "unknown algorithm '%s'", algorithm);
    goto done;
  }
  int line_budget = words || sentences || ratio > 0;
  if (!line_budget) {
    words = o->words;
    sentences = o->sentences;
    ratio = o->ratio;
  }
  if (!json_object_get(root, "keywords"))
    keywords = o->keywords;
  int para_given = paragraphs != 0;
  if (!para_given)
    paragraphs = o->paragraphs;

  if (!o->replace_invalid) {
    size_t bad = 0;
    summar_status cst = summar_utf8_check(text, len, &bad);
    if (cst == SUMMAR_ERR_NUL) {
      result = error_result(id, "NUL byte at byte %zu of the text "
                                "(use --replace-invalid to replace it)",
                            bad);
      goto done;
    }
  }
  unsigned flags = o->replace_invalid ? SUMMAR_DOC_REPLACE_INVALID : 0;
  summar_status st = summar_doc_new(b->ctx, text, len, lang, flags, &doc);
  if (st == SUMMAR_ERR_EMPTY) {
    result = error_result(id, "no text to summarize");
    goto done;
  }
  if (st == SUMMAR_ERR_LANG_UNSUPPORTED) {
    result = error_result(id, "unknown or malformed language tag '%s'",
                          lang ? lang : "");
    goto done;
  }
  if (st != SUMMAR_OK) {
    result = error_result(id, "%s", summar_strerror(st));
    goto done;
  }
  if (o->follow_request) {
    size_t rw = 0, rp = 0;
    const char *rl = NULL;
    if (summar_doc_embedded_request(doc, &rw, &rp, &rl) == SUMMAR_OK) {
      if (rw && !words && !sentences && !(ratio > 0))
        words = rw;
      if (rp && !paragraphs)
        paragraphs = rp;
      if (rl && !out_lang)
        out_lang = rl;
    }
  }
  if (!paragraphs)
    paragraphs = 1;
  st = summar_request_new(&req);
  if (st == SUMMAR_OK && words)
    st = summar_request_set_words(req, words);
  else if (st == SUMMAR_OK && sentences)
    st = summar_request_set_sentences(req, sentences);
  else if (st == SUMMAR_OK && ratio > 0)
    st = summar_request_set_ratio(req, ratio);
  if (st == SUMMAR_OK)
    st = summar_request_set_paragraphs(req, paragraphs);
  if (st == SUMMAR_OK)
    st = summar_request_set_format(req, o->format);
  if (st == SUMMAR_OK && algorithm)
    st = summar_request_set_algorithm(req, algorithm);
  if (st == SUMMAR_OK && keywords)
    st = summar_request_set_keywords(req, keywords);
  if (st == SUMMAR_OK && o->title)
    st = summar_request_set_title(req, 1);
  if (st == SUMMAR_OK && out_lang) {
    st = summar_request_set_output_lang(req, out_lang);
    if (st == SUMMAR_ERR_LANG_UNSUPPORTED) {
      result = error_result(id, "unknown output language '%s'", out_lang);
      goto done;
    }
  }
  if (st == SUMMAR_OK)
    st = summar_summarize(doc, req, &sum);
  if (st == SUMMAR_ERR_LANG_MISMATCH) {
    const char *src = summar_doc_language(doc);
    char code[32];
    summar_cli_lang_code(out_lang, code, sizeof code);
    result = error_result(id, "translation is not supported: the source is "
                              "%s (%s), the output was asked in %s (%s)",
                          summar_cli_lang_name(src), src ? src : "und",
                          summar_cli_lang_name(code), code);
    goto done;
  }
  if (st != SUMMAR_OK) {
    result = error_result(id, "%s", summar_strerror(st));
    goto done;
  }
  size_t slen = 0;
  const char *stext = summar_summary_text(sum, &slen);
  const char *sl = summar_summary_language(sum);
  out = json_object();
  if (!out)
    goto done;
  json_object_set_new(out, "id", id ? json_deep_copy(id) : json_null());
  json_object_set_new(out, "summary", json_stringn(stext, slen));
  json_object_set_new(out, "language", json_string(sl ? sl : "und"));
  json_object_set_new(out, "words",
                      json_integer((json_int_t)summar_summary_word_count(sum)));
  json_object_set_new(
      out, "source_words",
      json_integer((json_int_t)summar_summary_source_words(sum)));
  json_object_set_new(
      out, "paragraphs",
      json_integer((json_int_t)summar_summary_paragraph_count(sum)));
  json_object_set_new(out, "warnings",
                      warnings_array(summar_summary_warnings(sum) | extra_warn));
  if (keywords) {
    json_t *kw = json_array();
    size_t nk = summar_summary_keyword_count(sum);
    for (size_t k = 0; kw && k < nk; k++) {
      const char *s = summar_summary_keyword(sum, k);
      if (s)
        json_array_append_new(kw, json_string(s));
    }
    json_object_set_new(out, "keywords", kw);
  }
  result = json_dumps(out, JSON_COMPACT | JSON_PRESERVE_ORDER);
  *failed = result == NULL;
done:
  json_decref(out);
  summar_summary_free(sum);
  summar_request_free(req);
  summar_doc_free(doc);
  json_decref(root);
  return result;
}

static void *worker(void *arg) {
  batch *b = arg;
  for (;;) {
    pthread_mutex_lock(&b->lock);
    size_t i = b->next++;
    pthread_mutex_unlock(&b->lock);
    if (i >= b->n)
      break;
    line *l = &b->lines[i];
    l->result = summarize_line(b, l->text, l->len, &l->failed);
  }
  return NULL;
}

/* Summarizes the chunk with the pool and writes it; returns 1 if a line
   failed, -1 on a fatal error, 0 otherwise. */
static int run_chunk(batch *b, size_t jobs) {
  b->next = 0;
  size_t nt = jobs < b->n ? jobs : b->n;
  pthread_t th[1024];
  size_t started = 0;
  if (nt <= 1) {
    worker(b);
  } else {
    for (; started < nt; started++)
      if (pthread_create(&th[started], NULL, worker, b) != 0)
        break;
    if (started == 0)
      worker(b);
    for (size_t t = 0; t < started; t++)
      pthread_join(th[t], NULL);
  }
  int failed = 0;
  for (size_t i = 0; i < b->n; i++) {
    line *l = &b->lines[i];
    if (!l->result) {
      summar_cli_msg("out of memory");
      return -1;
    }
    fputs(l->result, stdout);
    fputc('\n', stdout);
    if (l->failed)
      failed = 1;
  }
  if (summar_cli_flush() != CLI_OK)
    return -1;
  return failed;
}

static void clear_chunk(batch *b) {
  for (size_t i = 0; i < b->n; i++) {
    free(b->lines[i].text);
    free(b->lines[i].result);
  }
  memset(b->lines, 0, b->n * sizeof *b->lines);
  b->n = 0;
}

static int is_blank(const char *s, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r' && s[i] != '\n')
      return 0;
  return 1;
}

int summar_cli_batch(const cli_opts *o, char **files, int nfiles) {
  size_t jobs = o->jobs;
  if (!jobs) {
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    jobs = n > 0 ? (size_t)n : 1;
  }
  if (jobs > 1024)
    jobs = 1024;
  summar_ctx *ctx = NULL;
  summar_status st = summar_ctx_new(NULL, &ctx);
  if (st == SUMMAR_OK)
    st = summar_ctx_set_max_input(ctx, o->max_bytes);
  if (st != SUMMAR_OK) {
    summar_cli_msg("%s", summar_strerror(st));
    summar_ctx_free(ctx);
    return CLI_FAIL;
  }
  batch b;
  memset(&b, 0, sizeof b);
  b.o = o;
  b.ctx = ctx;
  /* A JSON string escapes a byte in at most 6 bytes (\u00XX). */
  b.max_line = o->max_bytes <= (SIZE_MAX - 65536) / 6
                   ? o->max_bytes * 6 + 65536
                   : SIZE_MAX;
  b.lines = calloc(CHUNK_LINES, sizeof *b.lines);
  if (!b.lines || pthread_mutex_init(&b.lock, NULL) != 0) {
    summar_cli_msg("out of memory");
    free(b.lines);
    summar_ctx_free(ctx);
    return CLI_FAIL;
  }
  int rc = CLI_OK, any_failed = 0;
  char *buf = NULL;
  size_t cap = 0, chunk_bytes = 0;
  int ninputs = nfiles ? nfiles : 1;
  for (int f = 0; f < ninputs && rc != -1; f++) {
    const char *path = nfiles ? files[f] : NULL;
    int is_stdin = !path || !strcmp(path, "-");
    FILE *in = is_stdin ? stdin : fopen(path, "rb");
    if (!in) {
      summar_cli_msg("%s: %s", summar_cli_name(path), strerror(errno));
      rc = CLI_FAIL;
      continue;
    }
    ssize_t got;
    while ((got = getline(&buf, &cap, in)) != -1) {
      size_t n = (size_t)got;
      while (n && (buf[n - 1] == '\n' || buf[n - 1] == '\r'))
        n--;
      if (is_blank(buf, n))
        continue;
      line *l = &b.lines[b.n];
      l->text = malloc(n + 1);
      if (!l->text) {
        summar_cli_msg("out of memory");
        rc = -1;
        break;
      }
      memcpy(l->text, buf, n);
      l->text[n] = '\0';
      l->len = n;
      b.n++;
      chunk_bytes += n;
      if (b.n == CHUNK_LINES || chunk_bytes >= CHUNK_BYTES) {
        int r = run_chunk(&b, jobs);
        clear_chunk(&b);
        chunk_bytes = 0;
        if (r < 0) {
          rc = -1;
          break;
        }
        any_failed |= r;
      }
    }
    if (ferror(in)) {
      summar_cli_msg("%s: read error: %s", summar_cli_name(path),
                     strerror(errno));
      rc = CLI_FAIL;
    }
    if (is_stdin)
      clearerr(stdin);
    else
      fclose(in);
  }
  if (rc != -1 && b.n) {
    int r = run_chunk(&b, jobs);
    if (r < 0)
      rc = -1;
    else
      any_failed |= r;
  }
  clear_chunk(&b);
  free(buf);
  free(b.lines);
  pthread_mutex_destroy(&b.lock);
  summar_ctx_free(ctx);
  if (rc == -1)
    return CLI_FAIL;
  if (rc == CLI_OK && any_failed)
    rc = CLI_FAIL;
  return rc;
}
