/*
 * lang_detect.c - language detection: the script of most letters first,
 * then letters proper to one language and stopword profiles among the
 * languages of that script.
 */
#include "lang_int.h"
#include "stopwords.h"

#include <pthread.h>
#include <string.h>

#include <utf8proc.h>

/* Bytes of text examined. */
#define SAMPLE_BYTES (64 * 1024)
/* Longest word (bytes) looked up in the stopword lists. */
#define WORD_MAX 64

/* Other scripts with one main language. */
static const struct {
  UScriptCode sc;
  const char *code;
} other_scripts[] = {
    {USCRIPT_BENGALI, "bn"},   {USCRIPT_TELUGU, "te"},
    {USCRIPT_KANNADA, "kn"},   {USCRIPT_MALAYALAM, "ml"},
    {USCRIPT_GUJARATI, "gu"},  {USCRIPT_GURMUKHI, "pa"},
    {USCRIPT_ORIYA, "or"},     {USCRIPT_SINHALA, "si"},
    {USCRIPT_LAO, "lo"},       {USCRIPT_KHMER, "km"},
    {USCRIPT_MYANMAR, "my"},   {USCRIPT_ETHIOPIC, "am"},
    {USCRIPT_GEORGIAN, "ka"},  {USCRIPT_TIBETAN, "bo"},
};
#define N_OTHER (sizeof other_scripts / sizeof other_scripts[0])

typedef struct scan {
  size_t script[SUMMAR_SCRIPT_COUNT];
  size_t other[N_OTHER];
  /* Han family */
  size_t kana, hangul;
  /* Arabic family (ar_only: see scan_letters) */
  size_t ar_only, fa_ur, ur_only;
  /* Cyrillic family */
  size_t kk, uk, uk_i, sr, mk, ru, bg_hard, be;
  /* Hebrew family */
  size_t yi_lig;
  /* Latin languages without stopword lists */
  size_t pl, cs, vi;
} scan;

/* Skips an HTML/XML tag starting at text[i] == '<'; returns the index
 * after it, or i when it does not look like one. */
static size_t skip_tag(const char *text, size_t i, size_t end) {
  if (i + 1 >= end)
    return i;
  char c = text[i + 1];
  if (!summar_is_ascii_alpha(c) && c != '/' && c != '!' && c != '?')
    return i;
  size_t lim = end - i > 2048 ? i + 2048 : end;
  for (size_t k = i + 1; k < lim; k++) {
    if (text[k] == '>')
      return k + 1;
    if (text[k] == '<')
      return i;
  }
  return i;
}

/* The letters U+0621..U+064A that count_arabic() counts as Arabic only
 * (ي ك ة ى), as bits of cp - U+0620. */
#define AR_ONLY_BITS                                                         \
  ((1ull << (0x064A - 0x0620)) | (1ull << (0x0643 - 0x0620)) |               \
   (1ull << (0x0629 - 0x0620)) | (1ull << (0x0649 - 0x0620)))

static void count_arabic(scan *sc, int32_t cp) {
  switch (cp) {
  case 0x064A: case 0x0643: case 0x0629: case 0x0649:
    sc->ar_only++;
    break;
  case 0x067E: case 0x0686: case 0x0698: case 0x06AF: case 0x06A9:
  case 0x06CC:
    sc->fa_ur++;
    break;
  case 0x0679: case 0x0688: case 0x0691: case 0x06BA: case 0x06D2:
  case 0x06C1: case 0x06BE:
    sc->ur_only++;
    break;
  default:
    break;
  }
}

/* lc: the lower-case letter. */
static void count_cyrillic(scan *sc, int32_t lc) {
  switch (lc) {
  case 0x04D9: case 0x0493: case 0x049B: case 0x04A3: case 0x04E9:
  case 0x04B1: case 0x04AF: case 0x04BB:
    sc->kk++;
    break;
  case 0x0457: case 0x0454: case 0x0491:
    sc->uk++;
    break;
  case 0x0456:
    sc->uk_i++;
    break;
  case 0x0458: case 0x0459: case 0x045A: case 0x045B: case 0x0452:
  case 0x045F:
    sc->sr++;
    break;
  case 0x0453: case 0x045C: case 0x0455:
    sc->mk++;
    break;
  case 0x044B: case 0x044D: case 0x0451:
    sc->ru++;
    break;
  case 0x044A:
    sc->bg_hard++;
    break;
  case 0x045E:
    sc->be++;
    break;
  default:
    break;
  }
}

/* lc: the lower-case letter. */
static void count_latin(scan *sc, int32_t lc) {
  switch (lc) {
  case 0x0142: case 0x0105: case 0x0119: case 0x017C: case 0x015B:
  case 0x0107: case 0x0144: case 0x017A:
    sc->pl++;
    break;
  case 0x0159: case 0x016F: case 0x011B:
    sc->cs++;
    break;
  default:
    if (lc == 0x01A1 || lc == 0x01B0 || lc == 0x0111 ||
        (lc >= 0x1EA0 && lc <= 0x1EF9))
      sc->vi++;
    break;
  }
}

static void count_letter(scan *sc, int32_t cp) {
  if (summar_is_arabic_letter(cp)) { /* script Arabic, no lookup */
    sc->script[SUMMAR_SCRIPT_ARABIC]++;
    count_arabic(sc, cp);
    return;
  }
  UScriptCode us = summar_icu_script(cp);
  summar_script s = summar_script_class(us);
  sc->script[s]++;
  switch (s) {
  case SUMMAR_SCRIPT_HAN:
    if (us == USCRIPT_HIRAGANA || us == USCRIPT_KATAKANA ||
        us == USCRIPT_KATAKANA_OR_HIRAGANA)
      sc->kana++;
    else if (us == USCRIPT_HANGUL)
      sc->hangul++;
    break;
  case SUMMAR_SCRIPT_ARABIC:
    count_arabic(sc, cp);
    break;
  case SUMMAR_SCRIPT_CYRILLIC:
    count_cyrillic(sc, utf8proc_tolower(cp));
    break;
  case SUMMAR_SCRIPT_HEBREW:
    if (cp >= 0x05F0 && cp <= 0x05F2)
      sc->yi_lig++;
    break;
  case SUMMAR_SCRIPT_LATIN:
    count_latin(sc, utf8proc_tolower(cp));
    break;
  case SUMMAR_SCRIPT_OTHER:
    for (size_t k = 0; k < N_OTHER; k++)
      if (other_scripts[k].sc == us) {
        sc->other[k]++;
        break;
      }
    break;
  default:
    break;
  }
}

/* Counts the letters of text[start,end) into sc; the letters proper to
 * Arabic (sc->ar_only) only when `ar_only` is set: they decide only
 * between Arabic and Persian or Urdu, in text that holds letters of
 * those (detect_arabic). */
static void scan_letters(const char *text, size_t start, size_t end,
                         scan *sc, int ar_only) {
  size_t i = start;
  while (i < end) {
    unsigned char c = (unsigned char)text[i];
    if (c < 0x80) {
      if (summar_is_ascii_alpha((char)c) && summar_ascii_run(text, i, end)) {
        sc->script[SUMMAR_SCRIPT_LATIN] += summar_ascii_letters(text, &i, end);
        continue;
      }
      if (c == '<') {
        size_t k = skip_tag(text, i, end);
        if (k != i) {
          i = k;
          continue;
        }
      }
      i++;
      if (summar_is_ascii_alpha((char)c))
        sc->script[SUMMAR_SCRIPT_LATIN]++;
      continue;
    }
    size_t run = summar_arabic_run(text, i, end);
    if (run) {
      /* A run of Arabic letters, counted as count_letter() does */
      for (size_t k = i, e = i + 2 * run; ar_only && k < e; k += 2) {
        unsigned off = (((unsigned char)text[k] & 1u) << 6) |
                       ((unsigned char)text[k + 1] & 0x3Fu);
        sc->ar_only += (AR_ONLY_BITS >> (off - 0x20)) & 1;
      }
      i += 2 * run;
      sc->script[SUMMAR_SCRIPT_ARABIC] += run;
      continue;
    }
    int32_t cp = summar_utf8_next(text, end, &i);
    if (cp >= 0 && summar_is_letter(cp))
      count_letter(sc, cp);
  }
}

/* Words of one script scored against candidate stopword lists. */
#define MAX_CAND 24

typedef struct profile {
  summar_script script;
  size_t ncand;
  uint64_t bits[MAX_CAND]; /* the list's bit in summar_stopword_langs() */
  const char *const *extra[MAX_CAND]; /* small built-in lists, NULL-ended */
  const char *code[MAX_CAND];
  size_t hits[MAX_CAND];
  size_t bit_hits[64]; /* words of each list of summar_stopword_langs(),
                          added to hits[] by detect_profile() */
  size_t words;
  uint64_t any_bits; /* the union of bits[] */
  int any_extra;     /* a candidate has an extra list */
} profile;

static void add_cand(profile *p, const char *code,
                     const char *const *extra) {
  if (p->ncand >= MAX_CAND)
    return;
  const summar_stoplist *l = summar_stoplist_find(code);
  if (!l && !extra)
    return;
  p->bits[p->ncand] = summar_stoplist_bit(l);
  p->any_bits |= p->bits[p->ncand];
  p->any_extra |= extra != NULL;
  p->extra[p->ncand] = extra;
  p->code[p->ncand] = code;
  p->hits[p->ncand] = 0;
  p->ncand++;
}

static int in_extra(const char *const *list, const char *w, size_t n) {
  for (; list && *list; list++)
    if (strlen(*list) == n && memcmp(*list, w, n) == 0)
      return 1;
  return 0;
}

static void score_word(profile *p, const char *w, size_t n, size_t chars) {
  p->words++;
  if (chars < 2 || n > WORD_MAX)
    return;
  uint64_t langs = summar_stopword_langs(w, n);
  /* Most words are a stopword of no candidate; the others of a few. */
  for (uint64_t m = langs & p->any_bits; m; m &= m - 1)
    p->bit_hits[__builtin_ctzll(m)]++;
  for (size_t k = 0; p->any_extra && k < p->ncand; k++)
    if (!(langs & p->bits[k]) && in_extra(p->extra[k], w, n))
      p->hits[k]++;
}

/* Splits text into words (runs of letters and marks, lowercased) and
 * scores those written in p->script. */
static void scan_words(const char *text, size_t start, size_t end,
                       profile *p) {
  char w[WORD_MAX + 4];
  size_t n = 0, chars = 0;
  int keep = 0, in_word = 0;
  size_t i = start;
  while (i <= end) {
    int32_t cp = -1;
    if (i < end && summar_is_ascii_alpha(text[i])) {
      /* A run of ASCII letters, lowercased and stored as below */
      if (!in_word) {
        in_word = 1;
        n = chars = 0;
        keep = p->script == SUMMAR_SCRIPT_LATIN;
      }
      do {
        chars++;
        if (n <= WORD_MAX)
          w[n++] = (char)(text[i] | 0x20);
      } while (++i < end && summar_is_ascii_alpha(text[i]));
      continue;
    }
    if (i < end) {
      unsigned char c = (unsigned char)text[i];
      size_t k = c == '<' ? skip_tag(text, i, end) : i;
      if (k != i)
        i = k; /* a tag ends the word */
      else
        cp = summar_utf8_next(text, end, &i);
    } else {
      i++;
    }
    if (cp >= 0 && (cp < 0x80 ? summar_is_ascii_alpha((char)cp)
                              : summar_is_arabic_letter(cp) ||
                                    summar_is_letter_or_mark(cp))) {
      if (!in_word) {
        in_word = 1;
        n = chars = 0;
        keep = summar_script_of(cp) == p->script;
      }
      chars++;
      if (cp >= 'A' && cp <= 'Z')
        cp += 'a' - 'A';
      else if (cp >= 0x80 && !summar_is_arabic_letter(cp))
        cp = utf8proc_tolower(cp); /* Arabic has no case */
      if (n <= WORD_MAX) {
        if (cp < 0x80)
          w[n++] = (char)cp;
        else if (cp < 0x800) {
          w[n++] = (char)(0xC0 | (cp >> 6));
          w[n++] = (char)(0x80 | (cp & 0x3F));
        } else
          n += summar_utf8_encode(cp, w + n);
      }
      continue;
    }
    if (in_word && keep)
      score_word(p, w, n, chars);
    in_word = 0;
  }
}

/* Index of the best candidate; *second receives the runner-up's hits. */
static size_t best_cand(const profile *p, size_t *second) {
  size_t best = 0;
  *second = 0;
  for (size_t k = 1; k < p->ncand; k++)
    if (p->hits[k] > p->hits[best])
      best = k;
  for (size_t k = 0; k < p->ncand; k++)
    if (k != best && p->hits[k] > *second)
      *second = p->hits[k];
  return best;
}

static const char *const latin_langs[] = {
    "en", "es", "fr", "de", "it", "pt", "nl", "da", "sv", "no",
    "fi", "hu", "ro", "ca", "eu", "ga", "id", "lt", "tr", "sr", NULL};

static const char *const he_words[] = {
    "של", "את", "על", "עם", "הוא", "היא", "זה", "זו", "לא", "כי", "גם",
    "אבל", "או", "אם", "יש", "אני", "הם", "כל", "אשר", "היה", "אל", "בין",
    "לפי", "כך", "רק", "עוד", "אין", "מה", "הן", "אנחנו", NULL};
static const char *const yi_words[] = {
    "איז", "און", "דער", "דאס", "דאָס", "פון", "פֿון", "ניט", "נישט",
    "מיט", "אויף", "אויך", "אז", "אַז", "ער", "זיי", "האט", "האָט", "וועט",
    "געווען", "ווי", "אבער", "אָבער", "זיך", "צו", "אין", "דעם", NULL};
static const char *const mr_words[] = {
    "आहे", "आणि", "या", "हे", "व", "ते", "तो", "होते", "आहेत", "केले",
    "म्हणून", "मध्ये", "झाले", "नाही", "असे", "आता", "होता", "त्यांनी",
    "त्या", "करण्यात", "आली", "आला", "हा", "ही", "की", "पण", "तसेच",
    "त्याच्या", "असून", NULL};

static const char *detect_profile(const char *text, size_t start,
                                  size_t end, profile *p,
                                  const char *fallback, int *confident) {
  scan_words(text, start, end, p);
  for (size_t k = 0; k < p->ncand; k++)
    if (p->bits[k])
      p->hits[k] += p->bit_hits[__builtin_ctzll(p->bits[k])];
  size_t second;
  size_t b = best_cand(p, &second);
  if (p->ncand == 0 || p->hits[b] == 0) {
    *confident = 0;
    return fallback;
  }
  *confident = p->words >= 8 && p->hits[b] * 20 >= p->words &&
               p->hits[b] * 4 >= second * 5;
  return p->code[b];
}

/* What one detection knows: the text, the letter counts, and the letters
 * of the dominant script; `conf` is the confidence so far. */
typedef struct detection {
  const char *text;
  size_t start, end;
  scan sc;
  size_t n;
  int conf;
  profile p;
} detection;

/* The candidates of Latin text, looked up once. */
static profile latin_cands;
static pthread_once_t latin_once = PTHREAD_ONCE_INIT;

static void init_latin_cands(void) {
  for (size_t k = 0; latin_langs[k]; k++)
    add_cand(&latin_cands, latin_langs[k], NULL);
}

static const char *detect_latin(detection *d) {
  if (pthread_once(&latin_once, init_latin_cands) == 0) {
    summar_script s = d->p.script;
    d->p = latin_cands;
    d->p.script = s;
  } else {
    for (size_t k = 0; latin_langs[k]; k++)
      add_cand(&d->p, latin_langs[k], NULL);
  }
  int c2 = 0;
  const char *code =
      detect_profile(d->text, d->start, d->end, &d->p, NULL, &c2);
  size_t second, b = best_cand(&d->p, &second);
  double share =
      d->p.words ? (double)d->p.hits[b] / (double)d->p.words : 0;
  /* Languages without lists, known by their letters. */
  const char *sig = NULL;
  if (d->sc.vi * 20 > d->n)
    sig = "vi";
  else if (d->sc.pl * 100 > d->n)
    sig = "pl";
  else if (d->sc.cs * 200 > d->n)
    sig = "cs";
  if (sig && share < 0.15) {
    code = sig;
    c2 = d->n >= 100;
  }
  if (!code) {
    /* Latin words but no stopword: a short title is most likely English;
     * a long text is a language we have no profile for. */
    code = d->p.words >= 20 ? "und" : "en";
    c2 = 0;
  }
  d->conf = d->conf && c2;
  return code;
}

static const char *detect_arabic(detection *d) {
  const scan *sc = &d->sc;
  if (sc->fa_ur + sc->ur_only == 0)
    return "ar";
  scan all;
  memset(&all, 0, sizeof all);
  scan_letters(d->text, d->start, d->end, &all, 1);
  if (sc->fa_ur + sc->ur_only <= all.ar_only)
    return "ar";
  d->conf = d->conf && sc->fa_ur + sc->ur_only >= 5;
  return sc->ur_only * 10 > sc->fa_ur ? "ur" : "fa";
}

static const char *detect_cyrillic(detection *d) {
  const scan *sc = &d->sc;
  size_t n = d->n;
  if (sc->kk * 100 > n)
    return "kk";
  if (sc->mk * 300 > n)
    return "mk";
  if (sc->sr * 100 > n)
    return "sr";
  if (sc->uk * 200 > n || (sc->uk_i * 100 > n && sc->ru * 1000 < n))
    return sc->be * 200 > n ? "be" : "uk";
  if (sc->be * 200 > n)
    return "be";
  if (sc->ru * 1000 < n && sc->bg_hard * 200 > n)
    return "bg";
  add_cand(&d->p, "ru", NULL);
  add_cand(&d->p, "sr", NULL);
  int c2 = 0;
  const char *code =
      detect_profile(d->text, d->start, d->end, &d->p, "ru", &c2);
  d->conf = d->conf && (c2 || sc->ru * 200 > n);
  return code;
}

static const char *detect_hebrew(detection *d) {
  add_cand(&d->p, "he", he_words);
  add_cand(&d->p, "yi", yi_words);
  int c2 = 0;
  const char *code =
      detect_profile(d->text, d->start, d->end, &d->p, "he", &c2);
  return d->sc.yi_lig * 100 > d->n ? "yi" : code;
}

static const char *detect_devanagari(detection *d) {
  add_cand(&d->p, "hi", NULL);
  add_cand(&d->p, "ne", NULL);
  add_cand(&d->p, "mr", mr_words);
  int c2 = 0;
  const char *code =
      detect_profile(d->text, d->start, d->end, &d->p, "hi", &c2);
  d->conf = d->conf && c2;
  return code;
}

static const char *detect_han(detection *d) {
  const scan *sc = &d->sc;
  if (sc->hangul > sc->kana && sc->hangul * 10 >= d->n * 3)
    return "ko";
  if (sc->kana > 0 && sc->kana * 50 >= d->n)
    return "ja";
  if (sc->kana > 0) {
    d->conf = 0;
    return "ja";
  }
  return "zh";
}

static const char *detect_other(detection *d) {
  size_t k = 0;
  for (size_t j = 1; j < N_OTHER; j++)
    if (d->sc.other[j] > d->sc.other[k])
      k = j;
  if (d->sc.other[k] * 2 > d->n)
    return other_scripts[k].code;
  d->conf = 0;
  return "und";
}

/* The script of most letters (a Han character, about a word, weighs 3). */
static summar_script dominant(const scan *sc, size_t *total) {
  size_t best = SUMMAR_SCRIPT_NONE, best_w = 0;
  *total = 0;
  for (size_t s = 1; s < SUMMAR_SCRIPT_COUNT; s++) {
    *total += sc->script[s];
    size_t w = sc->script[s] * (s == SUMMAR_SCRIPT_HAN ? 3 : 1);
    if (w > best_w) {
      best_w = w;
      best = s;
    }
  }
  return (summar_script)best;
}

const char *summar_lang_detect(const char *text, size_t start, size_t end,
                               int *confident) {
  if (confident)
    *confident = 0;
  if (!text || start >= end)
    return "und";
  if (end - start > SAMPLE_BYTES) {
    end = start + SAMPLE_BYTES;
    while (end > start && ((unsigned char)text[end] & 0xC0) == 0x80)
      end--;
  }
  detection d;
  memset(&d, 0, sizeof d);
  d.text = text;
  d.start = start;
  d.end = end;
  scan_letters(text, start, end, &d.sc, 0);
  size_t total;
  summar_script best = dominant(&d.sc, &total);
  if (total == 0)
    return "und";
  d.n = d.sc.script[best];
  /* Clear evidence: enough letters, most of them in the script. */
  d.conf = d.n >= 20 && d.n * 2 >= total;
  d.p.script = best;
  const char *code;
  switch (best) {
  case SUMMAR_SCRIPT_LATIN: code = detect_latin(&d); break;
  case SUMMAR_SCRIPT_ARABIC: code = detect_arabic(&d); break;
  case SUMMAR_SCRIPT_CYRILLIC: code = detect_cyrillic(&d); break;
  case SUMMAR_SCRIPT_GREEK: code = "el"; break;
  case SUMMAR_SCRIPT_HEBREW: code = detect_hebrew(&d); break;
  case SUMMAR_SCRIPT_ARMENIAN: code = "hy"; break;
  case SUMMAR_SCRIPT_DEVANAGARI: code = detect_devanagari(&d); break;
  case SUMMAR_SCRIPT_TAMIL: code = "ta"; break;
  case SUMMAR_SCRIPT_THAI: code = "th"; break;
  case SUMMAR_SCRIPT_HAN: code = detect_han(&d); break;
  case SUMMAR_SCRIPT_OTHER: code = detect_other(&d); break;
  default:
    code = "und";
    d.conf = 0;
    break;
  }
  if (confident)
    *confident = d.conf;
  return code;
}
