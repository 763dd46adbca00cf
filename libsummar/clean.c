/*
 * clean.c - splits plain text into blocks and flags what is not article:
 * program code, menus and widgets (share, follow, "read more", copyright,
 * cookies), lines in another script or language, a pasted instruction;
 * finds the headline.  After tokenization, flags near-duplicate sentences
 * and short widget sentences inside kept blocks.
 *
 * The rule throughout: dropping article text is worse than keeping a
 * little junk, so every test is narrow.
 */
#include "internal.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

/* ------------------------------------------------------------ helpers */

/* Trims whitespace from [*s, *e). */
static void trim(const char *text, size_t *s, size_t *e) {
  size_t i = *s;
  while (i < *e) {
    size_t at = i;
    int32_t cp = summar_utf8_next(text, *e, &i);
    if (cp < 0 || !summar_is_space(cp)) {
      i = at;
      break;
    }
  }
  *s = i;
  /* Backwards: step over continuation bytes to the lead byte. */
  size_t j = *e;
  while (j > *s) {
    size_t k = j - 1;
    while (k > *s && ((unsigned char)text[k] & 0xC0) == 0x80)
      k--;
    size_t t = k;
    int32_t cp = summar_utf8_next(text, j, &t);
    if (cp < 0 || t != j || !summar_is_space(cp))
      break;
    j = k;
  }
  *e = j;
}

/* The last code point of text[s,e) and its start, or -1. */
static int32_t last_cp(const char *text, size_t s, size_t e, size_t *at) {
  if (e <= s)
    return -1;
  size_t k = e - 1;
  while (k > s && ((unsigned char)text[k] & 0xC0) == 0x80)
    k--;
  size_t t = k;
  int32_t cp = summar_utf8_next(text, e, &t);
  if (at)
    *at = k;
  return cp;
}

static int is_closer(int32_t cp) {
  switch (cp) {
  case '"': case '\'': case ')': case ']': case '*': case '_':
  case 0x2019: case 0x201D: case 0x00BB: case 0x203A: case 0x300D:
  case 0x300F: case 0xFF09:
    return 1;
  default:
    return 0;
  }
}

static int is_terminal(int32_t cp) {
  switch (cp) {
  case '.': case '!': case '?': case 0x2026: case 0x061F: case 0x06D4:
  case 0x0964: case 0x0965: case 0x3002: case 0xFF01: case 0xFF1F:
  case 0xFF0E: case 0x037E:
    return 1;
  default:
    return 0;
  }
}

/* The last meaningful code point: closing quotes and brackets and spaces
 * skipped. */
static int32_t final_cp(const char *text, size_t s, size_t e) {
  for (;;) {
    size_t at;
    int32_t cp = last_cp(text, s, e, &at);
    if (cp < 0)
      return cp;
    if (!is_closer(cp) && !summar_is_space(cp))
      return cp;
    e = at;
  }
}

/* Ends with sentence punctuation (before closing quotes / brackets). */
static int ends_terminal(const char *text, size_t s, size_t e) {
  return is_terminal(final_cp(text, s, e));
}

static size_t count_chars(const char *text, size_t s, size_t e) {
  size_t n = 0;
  for (size_t i = s; i < e; i++)
    if (((unsigned char)text[i] & 0xC0) != 0x80)
      n++;
  return n;
}

static int has_substr(const char *text, size_t s, size_t e, const char *p) {
  size_t n = strlen(p);
  if (e - s < n)
    return 0;
  for (size_t i = s; i + n <= e; i++)
    if (text[i] == p[0] && memcmp(text + i, p, n) == 0)
      return 1;
  return 0;
}

static int ident_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
         (c >= '0' && c <= '9') || c == '_' || c == '$';
}

static int ident_start(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' ||
         c == '$';
}

/* "a.b(" : a member call, which prose never writes. */
static int has_member_call(const char *text, size_t s, size_t e) {
  for (size_t i = s + 1; i < e; i++) {
    if (text[i] != '(')
      continue;
    size_t j = i;
    while (j > s && ident_char(text[j - 1]))
      j--;
    if (j == i || !ident_start(text[j]) || j <= s + 1 || text[j - 1] != '.')
      continue;
    if (ident_char(text[j - 2]))
      return 1;
  }
  return 0;
}

/* "var x =", "let x =", "const x =" */
static int has_declaration(const char *text, size_t s, size_t e) {
  static const char *const kw[] = {"var ", "let ", "const ", NULL};
  for (size_t k = 0; kw[k]; k++) {
    size_t n = strlen(kw[k]);
    for (size_t i = s; i + n < e; i++) {
      if (memcmp(text + i, kw[k], n) != 0 || (i > s && ident_char(text[i - 1])))
        continue;
      size_t j = i + n;
      if (j >= e || !ident_start(text[j]))
        continue;
      while (j < e && ident_char(text[j]))
        j++;
      while (j < e && text[j] == ' ')
        j++;
      if (j < e && (text[j] == '=' || text[j] == ';'))
        return 1;
    }
  }
  return 0;
}

/* Counts letters in text[s,e). */
static size_t count_letters(const char *text, size_t s, size_t e) {
  size_t n = 0, i = s;
  while (i < e) {
    int32_t cp = summar_utf8_next(text, e, &i);
    if (cp > 0 && summar_is_alnum(cp)) {
      utf8proc_category_t c = utf8proc_category(cp);
      if (c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_LO)
        n++;
    }
  }
  return n;
}

/* JavaScript, CSS, HTML or a line without letters. */
static int is_code(const char *text, size_t s, size_t e) {
  size_t letters = count_letters(text, s, e);
  if (letters == 0)
    return 1;
  static const char *const strong[] = {
      "function(", "function (", "=>", "</", "/>", "<script", "<div",
      "<iframe", "<img", "<a href", "googletag", "adsbygoogle", "gtag(",
      "window.", "document.get", "document.write", "$(", "jQuery(",
      "!important", "@media", "();", "});", "})", "&&", "||", "===", "!==",
      "px;", "{{", "}}", "<!--", "-->", NULL};
  for (size_t k = 0; strong[k]; k++)
    if (has_substr(text, s, e, strong[k]))
      return 1;
  if (has_member_call(text, s, e) || has_declaration(text, s, e))
    return 1;
  size_t syms = 0, paren = 0;
  for (size_t i = s; i < e; i++) {
    switch (text[i]) {
    case '{': case '}': case '[': case ']': case '<': case '>': case '=':
    case ';': case '$': case '\\': case '|': case '_': case '`':
      syms++;
      break;
    case '(':
      if (i > s && ident_char(text[i - 1]))
        paren++; /* a call: "f(" */
      break;
    default:
      break;
    }
  }
  if (syms >= 3 && syms * 4 >= letters)
    return 1;
  /* A statement: "foo(bar);"  "x = 1;"  ".a {" (prose may end a line
   * with ';' but writes no "f(" or "=") */
  int32_t last = last_cp(text, s, e, NULL);
  if ((last == ';' || last == '{' || last == '}') &&
      (paren || has_substr(text, s, e, "=")))
    return 1;
  return 0;
}

/* ------------------------------------------------------------ widgets */

static int in_list(const char *const *list, const char *w) {
  for (size_t k = 0; list[k]; k++)
    if (strcmp(list[k], w) == 0)
      return 1;
  return 0;
}

/* A list lookup that also tries the word without a glued Arabic و. */
static int in_list_w(const char *const *list, const char *w) {
  if (in_list(list, w))
    return 1;
  return strncmp(w, "\xD9\x88", 2) == 0 && strlen(w) > 4 &&
         in_list(list, w + 2);
}

/* Words that make a line a share / follow / print widget. */
static const char *const share_core[] = {
    "share", "shares", "shared", "tweet", "retweet", "pin", "email",
    "mail", "print", "whatsapp", "facebook", "twitter", "linkedin",
    "telegram", "reddit", "pinterest", "messenger", "flipboard", "copy",
    "comment", "comments", "subscribe", "follow", "like", "likes", "save",
    "bookmark", "advertisement", "advertising", "ad", "ads", "sponsored",
    "instagram", "youtube", "tiktok", "sms",
    "partager", "partagez", "imprimer", "commenter", "suivez", "publicité",
    "compartir", "comparte", "imprimir", "comentar", "síguenos",
    "publicidad", "teilen", "drucken", "kommentieren", "folgen", "anzeige",
    "werbung", "condividi", "stampa", "compartilhe", "поделиться",
    "реклама",
    "شارك", "شاركها", "شاركه", "شاركوا", "شاركي", "مشاركه", "المشاركه",
    "انشر", "تابعنا", "تابعونا", "طباعه", "اطبع", "تعليق", "تعليقات",
    "التعليقات", "علق", "واتساب", "واتس", "فيسبوك", "فيس", "تويتر",
    "تلغرام", "تيليجرام", "تليجرام", "لينكدان", "انستغرام", "انستجرام",
    "يوتيوب", "نسخ", "ارسال", "ارسل", "حفظ", "اعجاب", "اشترك", "اعلان",
    "اعلانات", "البريد", "بريد", NULL};

/* Words allowed around them ("Share this article on Facebook"). */
static const char *const share_filler[] = {
    "this", "the", "a", "an", "on", "via", "with", "to", "us", "our",
    "your", "my", "friends", "friend", "by", "and", "or", "now", "here",
    "it", "article", "story", "post", "page", "link", "news", "newsletter",
    "channel", "of", "for", "in", "more", "x", "google", "app", "e",
    "whatsapp", "cet", "article", "sur", "la", "le", "les", "este",
    "artículo", "en", "el", "den", "artikel", "auf", "per",
    "هذا", "هذه", "المقال", "المقاله", "الخبر", "الموضوع", "الصفحه", "علي",
    "عبر", "مع", "في", "الي", "من", "و", "اصدقائك", "قناتنا", "صفحتنا",
    "الان", "هنا", "عن", "الرابط", "رابط", "اب", "بوك", "الالكتروني",
    "لدينا", "قناه", NULL};

/* Phrases that open a widget line (joined normalized words). */
static const char *const widget_openers[] = {
    "read more", "read also", "also read", "see also", "related",
    "related articles", "related stories", "recommended", "click here",
    "sign up", "subscribe to", "follow us", "follow me", "join us on",
    "download the app", "share this", "share on", "image caption",
    "scroll down for video", "scroll down for videos", "scroll down for more",
    "image copyright", "getty images", "more from", "most read",
    "lire aussi", "à lire aussi", "leer más", "lea también", "mehr zum thema",
    "lesen sie auch", "leggi anche",
    "اقرا ايضا", "اقرا ايضاً", "اقرا المزيد", "شاهد ايضا", "للمزيد",
    "المزيد من", "تابعنا علي", "تابعونا علي", "اشترك في", "اشترك الان",
    "انقر هنا", "اضغط هنا", "مواضيع ذات صله", "اخبار ذات صله",
    "مقالات ذات صله", "ذات صله", "الاكثر قراءه", "اقرا كذلك", NULL};

/* First words that make "Word: ..." a label line (photo credits...). */
static const char *const label_words[] = {
    "photo", "photos", "image", "picture", "credit", "credits", "source",
    "photograph", "watch", "video", "listen", "foto", "صوره", "الصوره",
    "المصدر", "تصوير", "شاهد", "فيديو", "مصدر", NULL};

/* Copyright phrases found anywhere. */
static const char *const copyright_phrases[] = {
    "all rights reserved", "الحقوق محفوظه", "حقوق النشر محفوظه",
    "tous droits réservés", "todos los derechos reservados",
    "alle rechte vorbehalten", "tutti i diritti riservati",
    "все права защищены", "todos os direitos reservados", NULL};

/* Dateline openers: "Updated: 3 May 2025". */
static const char *const dateline_openers[] = {
    "updated", "published", "posted", "last updated", "نشر في",
    "اخر تحديث", "تاريخ النشر", "تم النشر", "تحديث", "نشر", NULL};

static const char *const time_words[] = {
    "ago", "hour", "hours", "minute", "minutes", "min", "mins", "day",
    "days", "am", "pm", "gmt", "utc", "on", "at", "jan", "january", "feb",
    "february", "mar", "march", "apr", "april", "may", "jun", "june",
    "jul", "july", "aug", "august", "sep", "sept", "september", "oct",
    "october", "nov", "november", "dec", "december", "monday", "tuesday",
    "wednesday", "thursday", "friday", "saturday", "sunday", "منذ",
    "ساعه", "ساعات", "دقيقه", "دقائق", "يوم", "ايام", "الساعه", "صباحا",
    "مساء", "في", "يناير", "فبراير", "مارس", "ابريل", "مايو", "يونيو",
    "يوليو", "اغسطس", "سبتمبر", "اكتوبر", "نوفمبر", "ديسمبر", "كانون",
    "شباط", "اذار", "نيسان", "ايار", "حزيران", "تموز", "اب", "ايلول",
    "تشرين", "الاول", "الثاني", "الاحد", "الاثنين", "الثلاثاء", "الاربعاء",
    "الخميس", "الجمعه", "السبت", NULL};

/* " w1 w2 ... wn " holds " phrase " (phrase words separated by one space). */
static int joined_has(const char *joined, const char *phrase) {
  size_t n = strlen(phrase);
  for (const char *p = joined; (p = strstr(p, phrase)) != NULL; p++)
    if (p > joined && p[-1] == ' ' && p[n] == ' ')
      return 1;
  return 0;
}

static int joined_starts(const char *joined, const char *phrase) {
  size_t n = strlen(phrase);
  return joined[0] == ' ' && strncmp(joined + 1, phrase, n) == 0 &&
         joined[1 + n] == ' ';
}

#define WIDGET_MAX_WORDS 60
#define JOINED_MAX 2048

unsigned summar_widget_flags(const char *text, size_t start, size_t end) {
  if (!text || end <= start)
    return 0;
  summar_lexword w[12];
  char joined[JOINED_MAX];
  size_t jn = 0, nw = 0, pos = start;
  int numbers = 0, cookie = 0, person = 0, cookie_verb = 0;
  joined[jn++] = ' ';
  summar_lexword cur;
  while (summar_lexword_next(text, end, &pos, &cur)) {
    if (++nw > WIDGET_MAX_WORDS)
      return 0;
    if (nw <= 12)
      w[nw - 1] = cur;
    if (cur.number)
      numbers++;
    const char *t = cur.norm;
    if (!strcmp(t, "cookie") || !strcmp(t, "cookies") ||
        !strcmp(t, "الكوكيز"))
      cookie = 1;
    if (!strcmp(t, "we") || !strcmp(t, "our") || !strcmp(t, "you") ||
        !strcmp(t, "your") || !strcmp(t, "نستخدم"))
      person = 1;
    if (!strcmp(t, "use") || !strcmp(t, "uses") || !strcmp(t, "accept") ||
        !strcmp(t, "policy") || !strcmp(t, "settings") ||
        !strcmp(t, "consent") || !strcmp(t, "agree") || !strcmp(t, "نستخدم"))
      cookie_verb = 1;
    if (jn + cur.norm_len + 2 < JOINED_MAX) {
      memcpy(joined + jn, t, cur.norm_len);
      jn += cur.norm_len;
      joined[jn++] = ' ';
    }
  }
  joined[jn] = '\0';
  if (nw == 0)
    return 0;

  /* Copyright. */
  if (nw <= 40 && (has_substr(text, start, end, "\xC2\xA9") ||
                   joined_starts(joined, "copyright") ||
                   has_substr(text, start, end, "(c) ") ||
                   has_substr(text, start, end, "(C) ")))
    return SUMMAR_SENT_JUNK;
  for (size_t k = 0; nw <= 40 && copyright_phrases[k]; k++)
    if (joined_has(joined, copyright_phrases[k]))
      return SUMMAR_SENT_JUNK;

  /* Cookie notices. */
  if ((cookie && person && cookie_verb) ||
      joined_has(joined, "ملفات تعريف الارتباط"))
    return SUMMAR_SENT_JUNK;
  if (nw > 25)
    return 0;

  /* "Share  Tweet  Email", "Share this article on Facebook", "شاركها." */
  if (nw <= 8) {
    int core = 0, other = 0;
    for (size_t k = 0; k < nw && !other; k++) {
      if (w[k].number)
        continue;
      if (in_list_w(share_core, w[k].norm))
        core++;
      else if (!in_list_w(share_filler, w[k].norm))
        other++;
    }
    if (core && !other)
      return SUMMAR_SENT_JUNK;
  }

  /* "Read more: ...", "اقرأ أيضا: ..." */
  for (size_t k = 0; widget_openers[k]; k++)
    if (joined_starts(joined, widget_openers[k]))
      return SUMMAR_SENT_JUNK;

  /* "Photo: AP", "المصدر: رويترز" */
  if (nw <= 15 && in_list(label_words, w[0].norm)) {
    size_t i = w[0].end;
    while (i < end && (text[i] == ' ' || text[i] == '\t'))
      i++;
    if (i < end && text[i] == ':')
      return SUMMAR_SENT_JUNK;
  }

  /* "5 min read", "Updated: 3 May 2025 14:00 GMT" */
  if (nw <= 8 && (joined_has(joined, "min read") ||
                  joined_has(joined, "minute read") ||
                  joined_has(joined, "minutes read") ||
                  joined_has(joined, "دقائق قراءه") ||
                  joined_has(joined, "دقيقه قراءه") ||
                  joined_has(joined, "دقائق للقراءه")))
    return SUMMAR_SENT_JUNK;
  if (nw <= 12 && numbers) {
    for (size_t k = 0; dateline_openers[k]; k++) {
      if (!joined_starts(joined, dateline_openers[k]))
        continue;
      size_t skip = 1;
      for (const char *p = dateline_openers[k]; *p; p++)
        skip += *p == ' ';
      int rest_ok = 1;
      for (size_t q = skip; q < nw && q < 12 && rest_ok; q++)
        rest_ok = w[q].number || in_list(time_words, w[q].norm);
      if (rest_ok)
        return SUMMAR_SENT_JUNK;
    }
  }

  /* A bare address. */
  if (nw <= 30 && (has_substr(text, start, start + (end - start < 8 ? end -
                                                    start : 8), "http") ||
                   has_substr(text, start, start + (end - start < 4 ? end -
                                                    start : 4), "www."))) {
    int space = 0;
    for (size_t i = start; i < end && !space; i++)
      space = text[i] == ' ';
    if (!space)
      return SUMMAR_SENT_JUNK;
  }
  return 0;
}

/* ------------------------------------------------------------ menus */

/* Whether a separator starts at text[i] (within [s,e)); *next receives
 * where the item after it starts. */
static int separator_at(const char *text, size_t s, size_t e, size_t i,
                        int guillemets, size_t *next) {
  size_t j = i;
  int32_t cp = summar_utf8_next(text, e, &j);
  if (cp == '\t') {
    *next = j;
    return 1;
  }
  if (cp >= 0 && summar_is_space(cp) && cp != '\n') {
    size_t k = j;
    if (k < e) {
      int32_t c2 = summar_utf8_next(text, e, &k);
      if (c2 >= 0 && summar_is_space(c2) && c2 != '\n') {
        while (k < e) {
          size_t at = k;
          int32_t c3 = summar_utf8_next(text, e, &k);
          if (c3 < 0 || !summar_is_space(c3)) {
            k = at;
            break;
          }
        }
        *next = k;
        return 1;
      }
    }
    return 0;
  }
  switch (cp) {
  case '|': case 0x2022: case 0x00B7: case 0x25AA: case 0x25BA: case 0x2023:
  case 0x2219:
    *next = j;
    return i > s;
  case 0x00BB: /* » as a breadcrumb, not a quote */
    *next = j;
    return !guillemets && i > s;
  case '>':
    *next = j;
    return i > s && text[i - 1] == ' ' && j < e && text[j] == ' ';
  default:
    return 0;
  }
}

/* "Home   News   Sport", "الرئيسية » أخبار", "By X | 3 May 2025" */
static int is_menu(const char *text, size_t s, size_t e) {
  if (ends_terminal(text, s, e))
    return 0;
  int guillemets = has_substr(text, s, e, "\xC2\xAB");
  size_t items = 0, small = 0, big = 0;
  size_t item_start = s, i = s;
  while (i <= e) {
    size_t next = i;
    int sep = i < e && separator_at(text, s, e, i, guillemets, &next);
    if (i == e || sep) {
      size_t words = summar_word_count(text + item_start, i - item_start);
      if (words) {
        items++;
        if (words <= 3)
          small++;
        if (words > 4)
          big++;
      }
      if (i == e)
        break;
      item_start = i = next;
      continue;
    }
    summar_utf8_next(text, e, &i);
  }
  if (items < 2)
    return 0;
  if (!big)
    return 1;
  return items >= 4 && small * 4 >= items * 3;
}

/* Whether text[s,e) leaves a « open (more « than » after it). */
static int leaves_guillemet_open(const char *text, size_t s, size_t e,
                                 int open) {
  for (size_t i = s; i < e;) {
    int32_t cp = summar_utf8_next(text, e, &i);
    if (cp == 0x00AB)
      open = 1;
    else if (cp == 0x00BB)
      open = 0;
  }
  return open;
}

/* `quoting`: a « opened on the line before is still open, so a » here
 * closes it rather than separating breadcrumbs. */
static int has_menu_separator(const char *text, size_t s, size_t e,
                              int quoting) {
  int guillemets = quoting || has_substr(text, s, e, "\xC2\xAB");
  for (size_t i = s; i < e;) {
    size_t next;
    if (separator_at(text, s, e, i, guillemets, &next))
      return 1;
    summar_utf8_next(text, e, &i);
  }
  return 0;
}

/* ------------------------------------------------------------ lines */

typedef struct line {
  size_t start, end; /* trimmed; start == end for a blank line */
  size_t chars;
  size_t words;
  int code;          /* looks like code */
  int menu_sep;      /* holds a menu separator */
  int menu_sep_dbl;  /* the same with a « still open across blank lines */
  int open;          /* ends without terminal punctuation */
  int para_end;      /* a blank line or the end of the text follows */
} line;

static int starts_lower(const char *text, size_t s, size_t e) {
  size_t i = s;
  int32_t cp = summar_utf8_next(text, e, &i);
  return cp > 0 && utf8proc_category(cp) == UTF8PROC_CATEGORY_LL;
}

static int starts_list_marker(const char *text, size_t s, size_t e) {
  size_t i = s;
  int32_t cp = summar_utf8_next(text, e, &i);
  switch (cp) {
  case '-': case '*': case '+': case 0x2022: case 0x2013: case 0x2014:
  case 0x25AA: case 0x25CF:
    return 1;
  default:
    return cp >= '0' && cp <= '9';
  }
}

/* Hard wrapping fills lines to a fixed width in this range (characters). */
#define WRAP_MIN_WIDTH 55
#define WRAP_MAX_WIDTH 110

/* Whether line a continues into line b (hard wrap) in a paragraph whose
 * longest line has `width` characters and `nlines` lines. */
static int continues(const char *text, const line *a, const line *b,
                     size_t width) {
  if (a->code || b->code || a->menu_sep || b->menu_sep)
    return 0;
  if (ends_terminal(text, a->start, a->end))
    return 0;
  int32_t last = last_cp(text, a->start, a->end, NULL);
  if (last == ':' || last == 0x061B)
    return 0;
  if (starts_list_marker(text, b->start, b->end))
    return 0;
  if ((last == '-' || last == ',' || last == 0x060C) && a->words >= 3)
    return 1;
  if (starts_lower(text, b->start, b->end) && a->words >= 3)
    return 1;
  /* A hard-wrapped paragraph: lines near a fixed width, the next one
   * starting with a letter or digit. */
  size_t i = b->start;
  int32_t first = summar_utf8_next(text, b->end, &i);
  return width >= WRAP_MIN_WIDTH && width <= WRAP_MAX_WIDTH &&
         a->chars >= 45 && a->chars * 4 >= width * 3 && first > 0 &&
         summar_is_alnum(first);
}

/* ------------------------------------------------------------ blocks */

void summar_blockvec_free(summar_blockvec *bv) {
  if (!bv)
    return;
  if (bv->a)
    summar_dealloc(bv->a, bv->v);
  bv->v = NULL;
  bv->n = bv->cap = 0;
}

static int push_block(summar_blockvec *bv, size_t s, size_t e, size_t para) {
  if (summar_grow(bv->a, (void **)&bv->v, &bv->cap, bv->n + 1, sizeof *bv->v))
    return -1;
  summar_block *b = &bv->v[bv->n++];
  b->start = s;
  b->end = e;
  b->para = para;
  b->flags = 0;
  b->soft_blank = 0;
  return 0;
}

/* Reads the next line of text[*pos, len): fills l (trimmed). */
static void next_line(const char *text, size_t len, size_t *pos, line *l) {
  const char *nl = memchr(text + *pos, '\n', len - *pos);
  size_t e = nl ? (size_t)(nl - text) : len;
  l->start = *pos;
  l->end = e;
  trim(text, &l->start, &l->end);
  *pos = nl ? e + 1 : len;
}

static summar_status split_paragraphs(const char *text, size_t len,
                                      summar_blockvec *out) {
  size_t pos = 0, para = 0, ps = SIZE_MAX, pe = 0;
  while (pos < len) {
    line l;
    next_line(text, len, &pos, &l);
    if (l.start == l.end) {
      if (ps != SIZE_MAX) {
        if (push_block(out, ps, pe, para++))
          return SUMMAR_ERR_NOMEM;
        ps = SIZE_MAX;
      }
      continue;
    }
    if (ps == SIZE_MAX)
      ps = l.start;
    pe = l.end;
  }
  if (ps != SIZE_MAX && push_block(out, ps, pe, para))
    return SUMMAR_ERR_NOMEM;
  return SUMMAR_OK;
}

/* Double-spaced hard wrapping: a blank line after every line of a text
 * wrapped at a fixed width, so blank lines fall inside sentences.  Told by
 * 6+ paragraphs, 80% or more of them single lines, most of those (60%)
 * ending without terminal punctuation, and the lines near a fixed width
 * (the median at least 3/4 of the longest, which is a wrap width). */
#define DOUBLE_MIN_PARAS 6

static int double_spaced(const line *l, size_t n) {
  size_t paras = 0, single = 0, open = 0, width = 0, wide = 0;
  for (size_t k = 0; k < n; k++) {
    paras += l[k].para_end;
    if (l[k].para_end && (k == 0 || l[k - 1].para_end)) {
      single++;
      open += l[k].open;
    }
    if (l[k].chars > width)
      width = l[k].chars;
  }
  if (paras < DOUBLE_MIN_PARAS || single * 5 < paras * 4 ||
      open * 5 < single * 3 || width < WRAP_MIN_WIDTH ||
      width > WRAP_MAX_WIDTH)
    return 0;
  for (size_t k = 0; k < n; k++)
    wide += l[k].chars * 4 >= width * 3;
  return wide * 2 >= n; /* the median line is near the width */
}

/* Emits the blocks of lines l[0..n) (one paragraph, or in double-spaced
 * text the whole text), joining hard-wrapped lines; *para numbers them. */
static int push_group(const char *text, const line *l, size_t n, int dbl,
                      size_t *para, summar_blockvec *out) {
  size_t width = 0;
  for (size_t k = 0; k < n; k++)
    if (l[k].chars > width)
      width = l[k].chars;
  size_t bs = 0;
  for (size_t k = 0; k < n; k++) {
    if (k + 1 < n && continues(text, &l[k], &l[k + 1], width))
      continue;
    if (push_block(out, l[bs].start, l[k].end, *para))
      return -1;
    out->v[out->n - 1].soft_blank = dbl;
    *para += dbl;
    bs = k + 1;
  }
  *para += !dbl;
  return 0;
}

/* Splits into line blocks, joining hard-wrapped lines.  In double-spaced
 * text the blank lines are line breaks like the others, and every block
 * is its own paragraph. */
static summar_status split_lines(const summar_allocator *a, const char *text,
                                 size_t len, summar_blockvec *out) {
  line *lines = NULL;
  size_t nl = 0, cap = 0, pos = 0, para = 0;
  summar_status st = SUMMAR_ERR_NOMEM;
  /* a « left open by the line before: in its paragraph, and across blank
   * lines (which double spacing puts inside sentences) */
  int quoting = 0, quoting_dbl = 0;
  while (pos < len) {
    line l;
    next_line(text, len, &pos, &l);
    if (l.start == l.end) {
      if (nl)
        lines[nl - 1].para_end = 1;
      quoting = 0;
      continue;
    }
    l.chars = count_chars(text, l.start, l.end);
    l.words = summar_word_count(text + l.start, l.end - l.start);
    l.code = is_code(text, l.start, l.end);
    l.menu_sep = has_menu_separator(text, l.start, l.end, quoting);
    l.menu_sep_dbl = quoting_dbl == quoting
                         ? l.menu_sep
                         : has_menu_separator(text, l.start, l.end, 1);
    l.open = !ends_terminal(text, l.start, l.end);
    l.para_end = 0;
    quoting = leaves_guillemet_open(text, l.start, l.end, quoting);
    quoting_dbl = leaves_guillemet_open(text, l.start, l.end, quoting_dbl);
    if (summar_grow(a, (void **)&lines, &cap, nl + 1, sizeof *lines))
      goto done;
    lines[nl++] = l;
  }
  if (nl)
    lines[nl - 1].para_end = 1;
  int dbl = double_spaced(lines, nl);
  for (size_t k = 0; dbl && k < nl; k++)
    lines[k].menu_sep = lines[k].menu_sep_dbl;
  for (size_t gs = 0, k = 0; k < nl; k++)
    if (k + 1 == nl || (lines[k].para_end && !dbl)) {
      if (push_group(text, lines + gs, k + 1 - gs, dbl, &para, out))
        goto done;
      gs = k + 1;
    }
  st = SUMMAR_OK;
done:
  summar_dealloc(a, lines);
  return st;
}

/* ------------------------------------------------------------ classify */

/* The script of the body: the language's, unless the text hardly uses it
 * (a wrong tag), then the text's own dominant script. */
static summar_script body_script(const char *text, size_t len,
                                 const char *lang) {
  summar_script ls = summar_lang_script(lang);
  size_t counts[SUMMAR_SCRIPT_COUNT] = {0};
  size_t total = 0, i = 0;
  while (i < len) {
    int32_t cp = summar_utf8_next(text, len, &i);
    if (cp < 0)
      continue;
    summar_script sc = summar_script_of(cp);
    if (sc != SUMMAR_SCRIPT_NONE && (unsigned)sc < SUMMAR_SCRIPT_COUNT) {
      counts[sc]++;
      total++;
    }
  }
  if (ls != SUMMAR_SCRIPT_NONE && counts[ls] * 5 >= total)
    return ls;
  summar_script best = SUMMAR_SCRIPT_NONE;
  for (int k = 1; k < SUMMAR_SCRIPT_COUNT; k++)
    if (counts[k] > counts[best])
      best = (summar_script)k;
  return counts[best] ? best : ls;
}

static int lang_known(const char *lang) {
  return lang && *lang && strcmp(lang, "und") != 0;
}

/* Photo and agency credits that end a caption. */
static const char *const photo_credits[] = {
    "\xd8\xa3.\xd8\xa8",                   /* أ.ب */
    "\xd8\xa3 \xd9\x81 \xd8\xa8",         /* أ ف ب */
    "\xd8\xa3.\xd9\x81.\xd8\xa8",         /* أ.ف.ب */
    "\xd8\xaf.\xd8\xa8.\xd8\xa3",         /* د.ب.أ */
    "\xd8\xb1\xd9\x88\xd9\x8a\xd8\xaa\xd8\xb1\xd8\xb2", /* رويترز */
    "\xd8\xb5\xd9\x88\xd8\xb1\xd8\xa9:", /* صورة: */
    "\xd8\xaa\xd8\xb5\xd9\x88\xd9\x8a\xd8\xb1", /* تصوير */
    "(AP", "AP Photo", "AFP", "Reuters", "Getty", "(EPA", "Photo:",
    "Photograph:", "Shutterstock", "(Xinhua", NULL};

/* A photo caption: a line without sentence punctuation whose last bytes
 * hold a photo or agency credit ("... 3 May 2025 (AP)"). */
static int is_caption(const char *text, size_t s, size_t e) {
  if (ends_terminal(text, s, e))
    return 0;
  size_t tail = e - s > 48 ? e - 48 : s;
  for (size_t k = 0; photo_credits[k]; k++)
    if (has_substr(text, tail, e, photo_credits[k]))
      return 1;
  return 0;
}

static unsigned classify(const char *text, const summar_block *b,
                         summar_script body, const char *lang) {
  size_t s = b->start, e = b->end;
  if (is_code(text, s, e))
    return SUMMAR_SENT_CODE;
  unsigned flags = 0;
  summar_script sc = summar_dominant_script(text, s, e, NULL);
  if (sc != SUMMAR_SCRIPT_NONE && body != SUMMAR_SCRIPT_NONE && sc != body)
    flags |= SUMMAR_SENT_FOREIGN;
  size_t words = summar_word_count(text + s, e - s);
  if (words <= 60 && summar_parse_instruction(text, s, e, NULL, NULL, NULL))
    return flags | SUMMAR_SENT_REQUEST;
  if (flags)
    return flags;
  if (summar_widget_flags(text, s, e) || is_menu(text, s, e) ||
      is_caption(text, s, e))
    return SUMMAR_SENT_JUNK;
  /* Another language in the same script, told confidently. */
  if (words >= 8 && lang_known(lang)) {
    int confident = 0;
    const char *l = summar_lang_detect(text, s, e, &confident);
    if (confident && lang_known(l) && strcmp(l, lang) != 0 &&
        summar_lang_script(l) == body)
      return SUMMAR_SENT_FOREIGN;
  }
  return 0;
}

/* The headline: the longest short unpunctuated kept line among the few
 * kept lines right before the first body block. */
static void find_title(const char *text, summar_blockvec *bv) {
  size_t body = SIZE_MAX;
  for (size_t i = 0; i < bv->n && body == SIZE_MAX; i++) {
    const summar_block *b = &bv->v[i];
    if (b->flags)
      continue;
    size_t words = summar_word_count(text + b->start, b->end - b->start);
    if ((words >= 6 && ends_terminal(text, b->start, b->end)) || words >= 15)
      body = i;
  }
  if (body == SIZE_MAX || body == 0)
    return;
  size_t best = SIZE_MAX, best_words = 0, seen = 0;
  for (size_t i = body; i-- > 0 && seen < 4;) {
    const summar_block *b = &bv->v[i];
    if (b->flags)
      continue;
    seen++;
    size_t words = summar_word_count(text + b->start, b->end - b->start);
    int32_t fin = final_cp(text, b->start, b->end);
    if (words < 2 || words > 25 || count_chars(text, b->start, b->end) > 250 ||
        is_terminal(fin) || fin == ':' || fin == 0x061B || fin == ';')
      continue;
    if (words > best_words) {
      best = i;
      best_words = words;
    }
  }
  if (best != SIZE_MAX)
    bv->v[best].flags |= SUMMAR_SENT_TITLE;
}

summar_status summar_clean_blocks(const summar_allocator *a, const char *text,
                                  size_t len, const char *lang, int no_clean,
                                  summar_blockvec *out) {
  if (!a || !out || (!text && len > 0))
    return SUMMAR_ERR_ARG;
  out->a = a;
  out->v = NULL;
  out->n = out->cap = 0;
  if (len == 0)
    return SUMMAR_OK;
  summar_status st = no_clean ? split_paragraphs(text, len, out)
                              : split_lines(a, text, len, out);
  if (st != SUMMAR_OK || no_clean) {
    if (st != SUMMAR_OK)
      summar_blockvec_free(out);
    return st;
  }
  summar_script body = body_script(text, len, lang);
  for (size_t i = 0; i < out->n; i++)
    out->v[i].flags = classify(text, &out->v[i], body, lang);
  find_title(text, out);
  return SUMMAR_OK;
}

/* ------------------------------------------------------------ sentences */

/* Near-duplicates: Jaccard over the content-term sets, or containment of
 * the later sentence in an earlier one. */
#define DUP_JACCARD 0.6
#define DUP_CONTAIN 0.8
#define DUP_MIN_TERMS 4     /* fewer terms: exact repeats only */
#define DUP_CONTAIN_MIN 5   /* containment needs this many terms */
#define DUP_POSTING_WALK 64   /* postings walked per probed term */
#define DUP_CANDIDATES 256    /* sentences compared per sentence */

typedef struct dedup {
  const summar_doc *doc;
  uint32_t *head;     /* per term: last posting, UINT32_MAX for none */
  uint32_t *next;     /* per tv entry: previous posting of its term */
  uint32_t *ent_sent; /* per tv entry: its sentence */
  size_t *stamp;      /* per sentence: last probing sentence + 1 */
  uint32_t *scratch;  /* terms of the probing sentence */
  size_t *table;      /* exact-repeat hash table of sentence + 1 */
  size_t tmask;
} dedup;

/* Terms shared by sentences x and y; stops early (returning less than
 * `need`) once `need` cannot be reached. */
static size_t overlap(const summar_doc *doc, size_t x, size_t y,
                      size_t need) {
  const summar_tv *a = doc->tv + doc->sents[x].tv_first;
  const summar_tv *b = doc->tv + doc->sents[y].tv_first;
  size_t na = doc->sents[x].tv_count, nb = doc->sents[y].tv_count;
  size_t i = 0, j = 0, n = 0;
  while (i < na && j < nb) {
    size_t left = na - i < nb - j ? na - i : nb - j;
    if (n + left < need)
      return n;
    if (a[i].term < b[j].term)
      i++;
    else if (a[i].term > b[j].term)
      j++;
    else {
      n++;
      i++;
      j++;
    }
  }
  return n;
}

static void sort_by_df(uint32_t *t, size_t n, const uint32_t *df) {
  /* Insertion sort by (df, term): sentences hold few terms. */
  for (size_t i = 1; i < n; i++) {
    uint32_t v = t[i];
    uint32_t dv = df ? df[v] : 0;
    size_t j = i;
    while (j > 0) {
      uint32_t u = t[j - 1];
      uint32_t du = df ? df[u] : 0;
      if (du < dv || (du == dv && u <= v))
        break;
      t[j] = u;
      j--;
    }
    t[j] = v;
  }
}

static uint64_t norm_hash(const summar_doc *doc, size_t si) {
  const summar_sent *s = &doc->sents[si];
  uint64_t h = 1469598103934665603ull;
  for (size_t k = 0; k < s->tok_count; k++) {
    h ^= doc->toks[s->tok_first + k].norm;
    h *= 1099511628211ull;
  }
  return h ^ (uint64_t)s->tok_count;
}

static int same_norms(const summar_doc *doc, size_t x, size_t y) {
  const summar_sent *a = &doc->sents[x], *b = &doc->sents[y];
  if (a->tok_count != b->tok_count)
    return 0;
  for (size_t k = 0; k < a->tok_count; k++)
    if (doc->toks[a->tok_first + k].norm != doc->toks[b->tok_first + k].norm)
      return 0;
  return 1;
}

/* Exact repeat (same normalized tokens) of an earlier content sentence;
 * otherwise records the sentence. */
static int exact_repeat(dedup *d, size_t si) {
  const summar_doc *doc = d->doc;
  if (doc->sents[si].tok_count < 2)
    return 0;
  size_t slot = (size_t)norm_hash(doc, si) & d->tmask;
  while (d->table[slot]) {
    if (same_norms(doc, d->table[slot] - 1, si))
      return 1;
    slot = (slot + 1) & d->tmask;
  }
  d->table[slot] = si + 1;
  return 0;
}

static int near_duplicate(dedup *d, size_t si) {
  const summar_doc *doc = d->doc;
  const summar_sent *s = &doc->sents[si];
  size_t na = s->tv_count;
  if (na < DUP_MIN_TERMS)
    return 0;
  for (size_t k = 0; k < na; k++)
    d->scratch[k] = doc->tv[s->tv_first + k].term;
  sort_by_df(d->scratch, na, doc->df);
  /* Any duplicate shares >= 60% of our terms, so it holds one of our
   * na - ceil(0.6 na) + 1 rarest. */
  size_t need = (size_t)(DUP_JACCARD * (double)na);
  if ((double)need < DUP_JACCARD * (double)na)
    need++;
  size_t probe = na - need + 1, budget = DUP_CANDIDATES;
  for (size_t k = 0; k < probe && budget; k++) {
    uint32_t p = d->head[d->scratch[k]];
    for (size_t walk = 0; p != UINT32_MAX && walk < DUP_POSTING_WALK;
         walk++, p = d->next[p]) {
      size_t other = d->ent_sent[p];
      if (d->stamp[other] == si + 1)
        continue;
      d->stamp[other] = si + 1;
      size_t nb = doc->sents[other].tv_count;
      if (nb * 10 < na * 6)
        continue; /* too small to share 60% of our terms */
      if (--budget == 0)
        break;
      size_t inter = overlap(doc, si, other, need);
      double jac = (double)inter / (double)(na + nb - inter);
      if (jac >= DUP_JACCARD ||
          (na >= DUP_CONTAIN_MIN && (double)inter >= DUP_CONTAIN * (double)na))
        return 1;
    }
  }
  return 0;
}

static void index_sentence(dedup *d, size_t si) {
  const summar_sent *s = &d->doc->sents[si];
  for (size_t k = 0; k < s->tv_count; k++) {
    size_t e = s->tv_first + k;
    uint32_t term = d->doc->tv[e].term;
    d->next[e] = d->head[term];
    d->head[term] = (uint32_t)e;
    d->ent_sent[e] = (uint32_t)si;
  }
}

/* A block mostly made of duplicates (a repeated photo caption) loses its
 * short leftovers too ("3 مايو 2025 (أ.ب.أ )"). */
static void mark_repeated_tails(summar_doc *doc) {
  for (size_t i = 0; i < doc->nsents;) {
    size_t j = i, dup_words = 0, words = 0, long_rest = 0;
    while (j < doc->nsents && doc->sents[j].block == doc->sents[i].block) {
      const summar_sent *s = &doc->sents[j];
      if (s->flags & SUMMAR_SENT_DUPLICATE)
        dup_words += s->words;
      else if (!(s->flags & SUMMAR_SENT_DROP) &&
               s->tv_count >= DUP_MIN_TERMS)
        long_rest++;
      words += s->words;
      j++;
    }
    if (dup_words && !long_rest && dup_words * 3 >= words * 2)
      for (size_t k = i; k < j; k++)
        if (!(doc->sents[k].flags & SUMMAR_SENT_DROP))
          doc->sents[k].flags |= SUMMAR_SENT_DUPLICATE;
    i = j;
  }
}

summar_status summar_clean_sentences(struct summar_doc *doc) {
  if (!doc)
    return SUMMAR_ERR_ARG;
  /* Short widget sentences and written instructions inside kept blocks. */
  for (size_t i = 0; i < doc->nsents; i++) {
    summar_sent *s = &doc->sents[i];
    if (s->flags & SUMMAR_SENT_DROP)
      continue;
    if (s->words <= 12)
      s->flags |= summar_widget_flags(doc->text, s->start, s->end);
    if (!(s->flags & SUMMAR_SENT_DROP) && s->words <= 60) {
      size_t w = 0, p = 0;
      const char *l = NULL;
      if (summar_parse_instruction(doc->text, s->start, s->end, &w, &p, &l)) {
        s->flags |= SUMMAR_SENT_REQUEST;
        if (!doc->has_request) {
          doc->has_request = 1;
          doc->req_words = w;
          doc->req_paragraphs = p;
          doc->req_lang = l;
        }
      }
    }
  }
  if (doc->nsents == 0)
    return SUMMAR_OK;
  if (doc->ntv >= UINT32_MAX || doc->nsents >= UINT32_MAX)
    return SUMMAR_OK; /* beyond the index's range: no dedup */

  const summar_allocator *a = &doc->a;
  dedup d;
  memset(&d, 0, sizeof d);
  d.doc = doc;
  size_t maxtv = 1;
  for (size_t i = 0; i < doc->nsents; i++)
    if (doc->sents[i].tv_count > maxtv)
      maxtv = doc->sents[i].tv_count;
  size_t tsize = 16;
  while (tsize < doc->nsents * 2)
    tsize *= 2;
  d.tmask = tsize - 1;
  d.head = summar_alloc(a, (doc->nterms + 1) * sizeof *d.head);
  d.next = summar_alloc(a, (doc->ntv + 1) * sizeof *d.next);
  d.ent_sent = summar_alloc(a, (doc->ntv + 1) * sizeof *d.ent_sent);
  d.stamp = summar_calloc(a, doc->nsents, sizeof *d.stamp);
  d.scratch = summar_alloc(a, maxtv * sizeof *d.scratch);
  d.table = summar_calloc(a, tsize, sizeof *d.table);
  summar_status st = SUMMAR_OK;
  if (!d.head || !d.next || !d.ent_sent || !d.stamp || !d.scratch ||
      !d.table) {
    st = SUMMAR_ERR_NOMEM;
    goto done;
  }
  for (size_t t = 0; t <= doc->nterms; t++)
    d.head[t] = UINT32_MAX;
  for (size_t i = 0; i < doc->nsents; i++) {
    summar_sent *s = &doc->sents[i];
    if (s->flags & SUMMAR_SENT_DROP)
      continue;
    if (exact_repeat(&d, i) || near_duplicate(&d, i)) {
      s->flags |= SUMMAR_SENT_DUPLICATE;
      continue;
    }
    index_sentence(&d, i);
  }
  mark_repeated_tails(doc);
done:
  summar_dealloc(a, d.head);
  summar_dealloc(a, d.next);
  summar_dealloc(a, d.ent_sent);
  summar_dealloc(a, d.stamp);
  summar_dealloc(a, d.scratch);
  summar_dealloc(a, d.table);
  return st;
}
