/*
 * cli_lines.c - a line reader with a size limit checked while reading.
 *
 * Reads a file descriptor with read(2) (no stdio buffering, so a line is
 * handed over as soon as its newline arrives, which keeps --jsonl
 * streaming on a pipe).  A line never costs more than the limit: past it
 * the rest of the line is skipped up to its newline and reported as
 * CLI_LINE_TOO_LONG; a line whose buffer cannot be grown is skipped the
 * same way and reported as CLI_LINE_NOMEM.  Read errors are reported, never
 * taken for the end of the input.
 */
#include "cli.h"

#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

void summar_cli_lines_init(cli_lines *r, int fd, size_t max) {
  memset(r, 0, sizeof *r);
  r->fd = fd;
  r->max = max;
}

void summar_cli_lines_free(cli_lines *r) {
  free(r->buf);
  r->buf = NULL;
  r->cap = 0;
}

/* Refills the read buffer; returns 1 with data, 0 at the end, -1 on a read
   error (errno in r->err). */
static int refill(cli_lines *r) {
  r->rpos = r->rlen = 0;
  for (;;) {
    ssize_t got = read(r->fd, r->rbuf, sizeof r->rbuf);
    if (got > 0) {
      r->rlen = (size_t)got;
      return 1;
    }
    if (got == 0)
      return 0;
    if (errno != EINTR) {
      r->err = errno;
      return -1;
    }
  }
}

/* Makes room for `need` bytes plus a NUL in the line buffer; 0 or -1. */
static int reserve(cli_lines *r, size_t need) {
  if (need < r->cap)
    return 0;
  size_t ncap = r->cap ? r->cap : 4096;
  while (ncap <= need)
    ncap = ncap > SIZE_MAX / 2 ? SIZE_MAX : ncap * 2;
  if (ncap > r->max + 1 && r->max + 1 > need)
    ncap = r->max + 1;
  char *nb = realloc(r->buf, ncap);
  if (!nb)
    return -1;
  r->buf = nb;
  r->cap = ncap;
  return 0;
}

/* Takes the bytes of the current line found in the read buffer (or drops
   them while skipping); returns 1 when its newline was reached. */
static int take(cli_lines *r, int *state, size_t *n) {
  const char *p = r->rbuf + r->rpos;
  size_t avail = r->rlen - r->rpos;
  const char *nl = memchr(p, '\n', avail);
  size_t chunk = nl ? (size_t)(nl - p) : avail;
  if (!r->skipping && *state == CLI_LINE_OK) {
    if (chunk > r->max - *n) {
      *state = CLI_LINE_TOO_LONG;
      r->skipping = 1;
      return 1; /* reported now; the rest is skipped by the next call */
    }
    if (reserve(r, *n + chunk) != 0) {
      *state = CLI_LINE_NOMEM;
      r->skipping = 1;
      return 1;
    }
    memcpy(r->buf + *n, p, chunk);
    *n += chunk;
  }
  r->rpos += chunk + (nl != NULL);
  r->bytes += chunk + (nl != NULL);
  if (nl)
    r->skipping = 0;
  return nl != NULL;
}

/* Skips the rest of a line reported too long or out of memory. */
static int skip_rest(cli_lines *r) {
  int state = CLI_LINE_OK;
  size_t n = 0;
  while (r->skipping) {
    if (r->rpos == r->rlen) {
      int got = refill(r);
      if (got <= 0) {
        r->eof = 1;
        return got < 0 ? CLI_LINE_READ_ERROR : CLI_LINE_EOF;
      }
    }
    take(r, &state, &n);
  }
  return CLI_LINE_OK;
}

int summar_cli_line(cli_lines *r, char **line, size_t *len) {
  int state = CLI_LINE_OK, started = 0;
  size_t n = 0;
  *line = NULL;
  *len = 0;
  if (r->eof)
    return CLI_LINE_EOF;
  int sk = skip_rest(r);
  if (sk != CLI_LINE_OK)
    return sk;
  for (;;) {
    if (r->rpos == r->rlen) {
      int got = refill(r);
      if (got < 0) {
        r->eof = 1;
        return CLI_LINE_READ_ERROR;
      }
      if (got == 0) {
        r->eof = 1;
        if (!started)
          return CLI_LINE_EOF;
        break; /* a last line without its newline */
      }
    }
    started = 1;
    if (take(r, &state, &n))
      break;
  }
  r->lineno++;
  if (state == CLI_LINE_OK && reserve(r, n) != 0)
    state = CLI_LINE_NOMEM;
  if (state != CLI_LINE_OK)
    return state;
  r->buf[n] = '\0';
  while (n && r->buf[n - 1] == '\r')
    r->buf[--n] = '\0';
  *line = r->buf;
  *len = n;
  return state;
}

char *summar_cli_line_take(cli_lines *r) {
  char *b = r->buf;
  r->buf = NULL;
  r->cap = 0;
  return b;
}
