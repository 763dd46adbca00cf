/*
 * cli_batch.c - `summar --jsonl`: JSON Lines in, JSON Lines out.
 *
 * Each input line is an object
 *   {"id": ANY, "text": STRING, "lang"?: STRING, "output_lang"?: STRING,
 *    "words"?: INT, "sentences"?: INT, "ratio"?: NUMBER,
 *    "paragraphs"?: INT, "keywords"?: INT, "algorithm"?: STRING}
 * whose fields override the command-line options.  Every input line, blank
 * or not, gives exactly one output line, in input order: a summary object
 * of docs/summary.schema.json with "id" added, or
 *   {"schema": 2, "id": ANY, "error": {"code", "message", "line"}}
 * ("id" is null when the line has none that can be read).
 *
 * Lines are read by the main thread into a ring of slots, summarized by a
 * pool of pthreads sharing one summar_ctx (immutable, so safe to share),
 * and the results are written in input order and flushed as soon as every
 * line before them is done, by one worker at a time and outside the lock.
 * The ring holds eight lines a worker, so memory is bounded by the lines
 * in flight; the reader refills it half a ring at a time.
 */
#include "cli.h"

#include <errno.h>
#include <fcntl.h>
#include <jansson.h>
#include <math.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

enum { SLOT_READY = 1, SLOT_DONE };

typedef struct slot {
  char *raw;      /* the input line, NUL-terminated (NULL: result preset) */
  size_t len;
  size_t lineno;  /* 1-based, counted over all inputs */
  size_t bytes;   /* input bytes, newline included */
  char *result;   /* the output line, without its newline */
  int failed;
  int state;
} slot;

typedef struct pool {
  const cli_opts *o;
  const summar_ctx *ctx;
  size_t max_line;
  slot *slots;
  size_t cap;
  size_t nread, ntaken, nwritten; /* sequence numbers, under lock */
  int eof, fatal;
  int writing; /* a thread is writing results (drain) */
  size_t nfailed;
  pthread_mutex_t lock;
  pthread_cond_t work, space;
  cli_progress prog;
} pool;

/* ------------------------------------------------------------ results */

static json_t *load_line(const char *s, size_t n, json_error_t *err) {
  return json_loadb(s, n, JSON_ALLOW_NUL, err);
}

static json_t *load_id(const char *s, size_t n, json_error_t *err) {
  (void)err;
  return summar_cli_json_find_id(s, n);
}

static json_t *load_summary(const char *s, size_t n, json_error_t *err) {
  return json_loadb(s, n, 0, err);
}

/* The error line of input line @lineno; NULL when it cannot be made. */
static char *error_line(json_t *id, size_t lineno, const char *code,
                        const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

static char *error_line(json_t *id, size_t lineno, const char *code,
                        const char *fmt, ...) {
  char msg[1024];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(msg, sizeof msg, fmt, ap);
  va_end(ap);
  int *failed = summar_cli_json_failed();
  int failed_before = *failed;
  *failed = 0;
  json_t *obj = json_object(), *err = json_object();
  char *out = NULL;
  if (obj && err) {
    /* one by one: the keys are written in the order they were set */
    int bad = 0;
    bad |= json_object_set_new(obj, "schema", json_integer(SUMMAR_JSON_SCHEMA));
    bad |= json_object_set_new(obj, "id", id ? json_deep_copy(id)
                                             : json_null());
    bad |= json_object_set_new(err, "code", json_string(code));
    bad |= json_object_set_new(err, "message",
                               summar_cli_json_text(msg, strlen(msg)));
    bad |= json_object_set_new(err, "line", json_integer((json_int_t)lineno));
    bad |= json_object_set(obj, "error", err);
    out = bad ? NULL : json_dumps(obj, JSON_COMPACT);
  }
  json_decref(err);
  json_decref(obj);
  if (*failed) {
    free(out);
    out = NULL;
  }
  *failed |= failed_before;
  return out;
}

/* The summary line: the library's JSON with "id" first, "replaced" among
   the warnings when the line was repaired, and the text rendered as
   --format asks. */
static char *summary_line(const pool *p, json_t *id, cli_summary *cs,
                          int repaired, const char **err_code) {
  const cli_req *u = &cs->used;
  size_t jlen = 0;
  const char *js = summar_summary_text(cs->sum, &jlen);
  json_t *lib = summar_cli_json_load(load_summary, js, jlen, NULL);
  json_t *out = json_object();
  char *line = NULL;
  *err_code = "nomem";
  if (!lib || !out)
    goto done;
  json_object_set_new(out, "schema", json_integer(SUMMAR_JSON_SCHEMA));
  json_object_set_new(out, "id", id ? json_deep_copy(id) : json_null());
  json_object_update(out, lib);
  json_t *warn = json_object_get(out, "warnings");
  if (repaired && json_is_array(warn)) {
    int has = 0;
    for (size_t i = 0; i < json_array_size(warn); i++)
      has |= !strcmp(json_string_value(json_array_get(warn, i)), "replaced");
    if (!has)
      json_array_append_new(warn, json_string("replaced"));
  }
  if (p->o->req.format != SUMMAR_FORMAT_TEXT) {
    cli_req r = *u;
    summar_request *req = NULL;
    summar_summary *sum = NULL;
    r.format = p->o->req.format;
    summar_status st = summar_cli_request_new(&r, &req);
    if (st == SUMMAR_OK)
      st = summar_summarize(cs->doc, req, &sum);
    summar_request_free(req);
    if (st != SUMMAR_OK) {
      *err_code = summar_cli_status_code(st);
      goto done;
    }
    size_t tl = 0;
    const char *t = summar_summary_text(sum, &tl);
    json_object_set_new(out, "text", json_stringn(t, tl));
    json_object_set_new(out, "format",
                        json_string(summar_cli_format_name(r.format)));
    summar_summary_free(sum);
  }
  line = json_dumps(out, JSON_COMPACT | JSON_REAL_PRECISION(6));
done:
  json_decref(lib);
  json_decref(out);
  return line;
}

/* ------------------------------------------------------- line parsing */

/* Reads an optional positive integer field into *out (left alone when
   absent).  Returns 0, or -1 with *bad set. */
static int int_field(json_t *obj, const char *key, size_t min, size_t max,
                     size_t *out, const char **bad) {
  json_t *v = json_object_get(obj, key);
  if (!v || json_is_null(v))
    return 0;
  if (!json_is_integer(v) || json_integer_value(v) < 0 ||
      (size_t)json_integer_value(v) < min ||
      (unsigned long long)json_integer_value(v) > max) {
    *bad = key;
    return -1;
  }
  *out = (size_t)json_integer_value(v);
  return 0;
}

static int str_field(json_t *obj, const char *key, const char **out,
                     const char **bad) {
  json_t *v = json_object_get(obj, key);
  if (!v || json_is_null(v))
    return 0;
  if (!json_is_string(v) || !json_string_length(v) ||
      strlen(json_string_value(v)) != json_string_length(v)) {
    *bad = key;
    return -1;
  }
  *out = json_string_value(v);
  return 0;
}

/* The request of a line: its fields over the command line's.  Returns 0,
   or -1 with the message in msg. */
static int line_request(json_t *root, const cli_req *base, cli_req *r,
                        char *msg, size_t size) {
  const char *bad = NULL;
  size_t words = 0, sentences = 0;
  double ratio = 0;
  *r = *base;
  if (int_field(root, "words", 1, 100000000, &words, &bad) ||
      int_field(root, "sentences", 1, 10000000, &sentences, &bad) ||
      int_field(root, "paragraphs", 1, 10000, &r->paragraphs, &bad) ||
      int_field(root, "keywords", 0, 1000, &r->keywords, &bad)) {
    snprintf(msg, size, "\"%s\" must be a whole number in range", bad);
    return -1;
  }
  json_t *jr = json_object_get(root, "ratio");
  if (jr && !json_is_null(jr)) {
    ratio = json_is_number(jr) ? json_number_value(jr) : -1;
    if (!(ratio > 0) || ratio > 1 || !isfinite(ratio)) {
      snprintf(msg, size, "\"ratio\" must be a number greater than 0 and "
                          "at most 1");
      return -1;
    }
  }
  if (str_field(root, "lang", &r->lang, &bad) ||
      str_field(root, "output_lang", &r->output_lang, &bad) ||
      str_field(root, "algorithm", &r->algorithm, &bad)) {
    snprintf(msg, size, "\"%s\" must be a non-empty string", bad);
    return -1;
  }
  if ((words != 0) + (sentences != 0) + (ratio > 0) > 1) {
    snprintf(msg, size, "give at most one of \"words\", \"sentences\" and "
                        "\"ratio\"");
    return -1;
  }
  if (words || sentences || ratio > 0) {
    r->words = words;
    r->sentences = sentences;
    r->ratio = ratio;
  }
  r->format = SUMMAR_FORMAT_JSON;
  return 0;
}

/* Parses a line (repairing it under --replace-invalid); on failure
   returns NULL with the error line in *result. */
static json_t *parse_line(const pool *p, slot *s, int *repaired) {
  char *fixed = NULL;
  const char *raw = s->raw;
  size_t len = s->len;
  *repaired = 0;
  if (p->o->req.replace_invalid) {
    fixed = summar_cli_repair_json(raw, len, &len, repaired);
    if (!fixed) {
      s->result = error_line(NULL, s->lineno, "nomem",
                             "line %zu does not fit in memory", s->lineno);
      return NULL;
    }
    raw = fixed;
  }
  json_error_t jerr;
  json_t *root = summar_cli_json_load(load_line, raw, len, &jerr);
  if (!root && (*summar_cli_json_failed() ||
                json_error_code(&jerr) == json_error_out_of_memory)) {
    s->result = error_line(NULL, s->lineno, "nomem",
                           "line %zu does not fit in memory", s->lineno);
  } else if (!root) {
    json_t *id = summar_cli_json_load(load_id, raw, len, NULL);
    s->result = error_line(id, s->lineno, "invalid_json",
                           "invalid JSON at column %d: %s", jerr.column,
                           jerr.text);
    json_decref(id);
  }
  free(fixed);
  return root;
}

/* Summarizes one line into s->result. */
static void process_line(const pool *p, slot *s) {
  int repaired = 0;
  char msg[512];
  s->failed = 1;
  if (summar_cli_blank(s->raw, s->len)) {
    s->result = error_line(NULL, s->lineno, "blank",
                           "a blank line: each line must be a JSON object");
    return;
  }
  json_t *root = parse_line(p, s, &repaired);
  if (!root)
    return;
  json_t *id = json_is_object(root) ? json_object_get(root, "id") : NULL;
  json_t *jt = json_is_object(root) ? json_object_get(root, "text") : NULL;
  cli_req r;
  if (!json_is_object(root)) {
    s->result = error_line(NULL, s->lineno, "not_object",
                           "the line is not a JSON object");
  } else if (!json_is_string(jt)) {
    s->result = error_line(id, s->lineno, "bad_field",
                           "\"text\" is missing or not a string");
  } else if (line_request(root, &p->o->req, &r, msg, sizeof msg) != 0) {
    s->result = error_line(id, s->lineno, "bad_field", "%s", msg);
  } else {
    cli_summary cs;
    cli_err err;
    /* A text that obviously is a page is summarized as one, as in a file. */
    r.html = r.html || summar_looks_like_html(json_string_value(jt),
                                              json_string_length(jt));
    if (summar_cli_summarize(p->ctx, json_string_value(jt),
                             json_string_length(jt), &r, &cs,
                             &err) != CLI_OK) {
      s->result = error_line(id, s->lineno, err.code, "%s", err.msg);
    } else {
      const char *code = NULL;
      s->result = summary_line(p, id, &cs, repaired, &code);
      s->failed = s->result == NULL;
      if (!s->result)
        s->result = error_line(id, s->lineno, code, "%s",
                               summar_strerror(SUMMAR_ERR_NOMEM));
    }
    summar_cli_summary_free(&cs);
  }
  json_decref(root);
}

/* Summarizes one line into s->result: a "nomem" error line when jansson
   failed to allocate, NULL when even that line could not be made. */
static void process(const pool *p, slot *s) {
  int *failed = summar_cli_json_failed();
  *failed = 0;
  process_line(p, s);
  if (!*failed)
    return;
  free(s->result);
  s->failed = 1;
  s->result = error_line(NULL, s->lineno, "nomem",
                         "line %zu does not fit in memory", s->lineno);
}

/* ------------------------------------------------------------ the pool */

/* Frees a written slot and counts it.  Called with the lock held. */
static void retire(pool *p, slot *s) {
  p->nfailed += s->failed;
  summar_cli_progress_add(&p->prog, 1, s->bytes, s->failed);
  free(s->raw);
  free(s->result);
  memset(s, 0, sizeof *s);
  p->nwritten++;
}

/* Writes the finished results that follow the last one written, in order.
   Called with the lock held; one thread writes at a time, and it writes
   with the lock released, so that the other workers take lines meanwhile
   (the slots being written are neither taken nor reused until they are
   retired).  Wakes the reader once half the ring is free. */
static void drain(pool *p) {
  if (p->writing)
    return;
  p->writing = 1;
  for (;;) {
    size_t first = p->nwritten, end = first;
    while (end < p->nread && p->slots[end % p->cap].state == SLOT_DONE &&
           p->slots[end % p->cap].result)
      end++;
    if (end > first) {
      int fatal = p->fatal, ok = 1;
      pthread_mutex_unlock(&p->lock);
      for (size_t i = first; i < end && !fatal; i++) {
        fputs(p->slots[i % p->cap].result, stdout);
        fputc('\n', stdout);
      }
      if (!fatal)
        ok = summar_cli_flush() == CLI_OK;
      pthread_mutex_lock(&p->lock);
      if (!ok)
        p->fatal = 1;
      for (size_t i = first; i < end; i++)
        retire(p, &p->slots[i % p->cap]);
      continue;
    }
    slot *s = &p->slots[first % p->cap];
    if (first == p->nread || s->state != SLOT_DONE)
      break;
    /* A result that could not be made: stop writing. */
    if (!p->fatal)
      summar_cli_msg("line %zu: out of memory", s->lineno);
    p->fatal = 1;
    retire(p, s);
  }
  p->writing = 0;
  summar_cli_progress_show(&p->prog, 0);
  if (p->fatal || p->nread - p->nwritten <= p->cap / 2)
    pthread_cond_broadcast(&p->space);
}

static void *worker(void *arg) {
  pool *p = arg;
  pthread_mutex_lock(&p->lock);
  for (;;) {
    while (p->ntaken == p->nread && !p->eof && !p->fatal)
      pthread_cond_wait(&p->work, &p->lock);
    if (p->fatal || p->ntaken == p->nread)
      break;
    slot *s = &p->slots[p->ntaken++ % p->cap];
    pthread_mutex_unlock(&p->lock);
    if (!s->result)
      process(p, s);
    pthread_mutex_lock(&p->lock);
    s->state = SLOT_DONE;
    drain(p);
  }
  pthread_mutex_unlock(&p->lock);
  return NULL;
}

/* Queues one line (raw owned by the slot, or a preset result); with no
   worker threads, processes and writes it at once.  Returns -1 after a
   fatal error. */
static int push(pool *p, int threaded, char *raw, size_t len, char *result,
                size_t lineno, size_t bytes) {
  pthread_mutex_lock(&p->lock);
  /* A full ring is refilled by half at a time: one wake-up for several
     lines. */
  if (p->nread - p->nwritten == p->cap)
    while (p->nread - p->nwritten > p->cap / 2 && !p->fatal)
      pthread_cond_wait(&p->space, &p->lock);
  if (p->fatal) {
    pthread_mutex_unlock(&p->lock);
    free(raw);
    free(result);
    return -1;
  }
  slot *s = &p->slots[p->nread++ % p->cap];
  s->raw = raw;
  s->len = len;
  s->result = result;
  s->failed = result != NULL;
  s->lineno = lineno;
  s->bytes = bytes;
  s->state = SLOT_READY;
  if (threaded) {
    pthread_cond_signal(&p->work);
  } else {
    p->ntaken++;
    if (!s->result)
      process(p, s);
    s->state = SLOT_DONE;
    drain(p);
  }
  pthread_mutex_unlock(&p->lock);
  return 0;
}

/* ------------------------------------------------------------- reading */

/* The error line of a line that could not be read whole. */
static char *unread_line(const pool *p, int lr, size_t lineno) {
  if (lr == CLI_LINE_TOO_LONG)
    return error_line(NULL, lineno, "line_too_long",
                      "line %zu is longer than %zu bytes, the longest line "
                      "--max-bytes %zu allows (6 times it for JSON escapes, "
                      "plus 64 KiB): raise the limit with --max-bytes",
                      lineno, p->max_line, p->o->max_bytes);
  return error_line(NULL, lineno, "nomem",
                    "line %zu does not fit in memory", lineno);
}

/* Reads one input into the pool.  Returns CLI_OK, CLI_FAIL after a read
   error (reported), or -1 after a fatal error. */
static int read_input(pool *p, int threaded, const char *path,
                      size_t *lineno) {
  const char *name = summar_cli_name(path);
  int is_stdin = !path || !strcmp(path, "-");
  int fd = is_stdin ? 0 : open(path, O_RDONLY);
  if (fd < 0) {
    summar_cli_msg("%s: %s", name, strerror(errno));
    return CLI_FAIL;
  }
  cli_lines rd;
  summar_cli_lines_init(&rd, fd, p->max_line);
  int rc = CLI_OK;
  for (;;) {
    char *text = NULL, *raw = NULL, *result = NULL;
    size_t n = 0;
    unsigned long long before = rd.bytes;
    int lr = summar_cli_line(&rd, &text, &n);
    if (lr == CLI_LINE_EOF)
      break;
    if (lr == CLI_LINE_READ_ERROR) {
      summar_cli_msg("%s: read error after line %zu: %s", name, rd.lineno,
                     strerror(rd.err));
      rc = CLI_FAIL;
      break;
    }
    ++*lineno;
    if (lr == CLI_LINE_OK) {
      raw = summar_cli_line_take(&rd);
    } else {
      summar_cli_msg("%s: line %zu: %s", name, rd.lineno,
                     lr == CLI_LINE_TOO_LONG
                         ? "longer than the limit (see --max-bytes): skipped"
                         : "out of memory: skipped");
      result = unread_line(p, lr, *lineno);
    }
    if ((!raw && !result) ||
        push(p, threaded, raw, n, result, *lineno,
             (size_t)(rd.bytes - before)) != 0) {
      rc = -1;
      break;
    }
  }
  summar_cli_lines_free(&rd);
  if (!is_stdin)
    close(fd);
  return rc;
}

/* Bytes of all inputs when every one is a regular file; 0 otherwise. */
static unsigned long long total_bytes(char **files, int nfiles) {
  unsigned long long total = 0;
  struct stat st;
  for (int f = 0; f < (nfiles ? nfiles : 1); f++) {
    const char *path = nfiles ? files[f] : NULL;
    int ok = (!path || !strcmp(path, "-")) ? fstat(0, &st) == 0
                                            : stat(path, &st) == 0;
    if (!ok || !S_ISREG(st.st_mode))
      return 0;
    total += (unsigned long long)st.st_size;
  }
  return total;
}

/* Starts up to @jobs workers; returns how many started. */
static size_t start_workers(pool *p, pthread_t *th, size_t jobs) {
  size_t n = 0;
  if (jobs < 2)
    return 0;
  while (n < jobs && pthread_create(&th[n], NULL, worker, p) == 0)
    n++;
  if (n < jobs && !p->o->quiet)
    summar_cli_msg("warning: %zu of %zu worker threads could not be "
                   "started",
                   jobs - n, jobs);
  return n;
}

static int pool_init(pool *p, const cli_opts *o, const summar_ctx *ctx,
                     size_t jobs) {
  memset(p, 0, sizeof *p);
  p->o = o;
  p->ctx = ctx;
  /* A JSON string escapes a byte in at most 6 bytes (\u00XX). */
  p->max_line = o->max_bytes <= (SIZE_MAX - 65536) / 6
                    ? o->max_bytes * 6 + 65536
                    : SIZE_MAX - 1;
  p->cap = jobs * 8;
  p->slots = calloc(p->cap, sizeof *p->slots);
  if (!p->slots)
    return -1;
  if (pthread_mutex_init(&p->lock, NULL) != 0) {
    free(p->slots);
    return -1;
  }
  if (pthread_cond_init(&p->work, NULL) != 0 ||
      pthread_cond_init(&p->space, NULL) != 0) {
    pthread_mutex_destroy(&p->lock);
    free(p->slots);
    return -1;
  }
  return 0;
}

static void pool_free(pool *p) {
  for (size_t i = 0; i < p->cap; i++) {
    free(p->slots[i].raw);
    free(p->slots[i].result);
  }
  free(p->slots);
  pthread_cond_destroy(&p->work);
  pthread_cond_destroy(&p->space);
  pthread_mutex_destroy(&p->lock);
}

/* Reads every input through the pool; returns the exit code. */
static int run_pool(pool *p, size_t jobs, char **files, int nfiles) {
  pthread_t *th = calloc(jobs, sizeof *th);
  size_t started = th ? start_workers(p, th, jobs) : 0;
  int rc = CLI_OK;
  size_t lineno = 0;
  for (int f = 0; f < (nfiles ? nfiles : 1) && rc != -1; f++) {
    int r = read_input(p, started > 0, nfiles ? files[f] : NULL, &lineno);
    if (r != CLI_OK)
      rc = r;
  }
  pthread_mutex_lock(&p->lock);
  p->eof = 1;
  if (rc == -1)
    p->fatal = 1;
  pthread_cond_broadcast(&p->work);
  pthread_mutex_unlock(&p->lock);
  for (size_t t = 0; t < started; t++)
    pthread_join(th[t], NULL);
  free(th);
  if (p->fatal)
    return CLI_FAIL;
  return rc != CLI_OK ? CLI_FAIL : p->nfailed ? CLI_FAIL : CLI_OK;
}

int summar_cli_batch(const cli_opts *o, char **files, int nfiles) {
  size_t jobs = o->jobs;
  if (!jobs) {
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    jobs = n > 0 ? (size_t)n : 1;
  }
  summar_ctx *ctx = NULL;
  summar_status st = summar_ctx_new(NULL, &ctx);
  if (st == SUMMAR_OK)
    st = summar_ctx_set_max_input(ctx, o->max_bytes);
  if (st != SUMMAR_OK) {
    summar_cli_msg("%s", summar_strerror(st));
    summar_ctx_free(ctx);
    return CLI_FAIL;
  }
  summar_cli_json_guard();
  pool p;
  if (pool_init(&p, o, ctx, jobs) != 0) {
    summar_cli_msg("out of memory");
    summar_ctx_free(ctx);
    return CLI_FAIL;
  }
  summar_cli_progress_init(&p.prog, o->progress, o->verbose,
                           total_bytes(files, nfiles), jobs);
  int rc = run_pool(&p, jobs, files, nfiles);
  summar_cli_progress_show(&p.prog, 1);
  pool_free(&p);
  summar_ctx_free(ctx);
  return rc;
}
