/* Unit tests of cleaning (clean.c): blocks and hard wraps, the flags of
 * every line of two junk-laden articles (tests/data/clean-ar.txt, modelled
 * on a real Arabic paste, and clean-en.txt), short sentences kept,
 * no_clean, widgets, and sentence-level near-duplicates through
 * summar_doc_new. */
#include "internal.h"
#include "clean_int.h"
#include "../common/tap.h"
#include "../common/testdata.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const summar_allocator *A = &summar_default_allocator;

#define CLASS_BITS                                                          \
  (SUMMAR_SENT_TITLE | SUMMAR_SENT_JUNK | SUMMAR_SENT_CODE |                 \
   SUMMAR_SENT_FOREIGN | SUMMAR_SENT_REQUEST)

/* The flags of the block holding `needle`, or ~0u when none does. */
static unsigned block_flags(const char *text, const summar_blockvec *bv,
                            const char *needle) {
  const char *p = strstr(text, needle);
  if (!p)
    return ~0u;
  size_t at = (size_t)(p - text);
  for (size_t i = 0; i < bv->n; i++)
    if (bv->v[i].start <= at && at < bv->v[i].end)
      return bv->v[i].flags & CLASS_BITS;
  return ~0u;
}

typedef struct expect_line {
  const char *needle;
  unsigned flags;
} expect_line;

static void check_lines(const char *file, const char *lang,
                        const expect_line *ex) {
  size_t len = 0;
  char *text = load(file, &len);
  CHECK(text != NULL, file);
  if (!text)
    return;
  summar_blockvec bv;
  summar_status st = summar_clean_blocks(A, text, len, lang, 0, &bv);
  CHECK(st == SUMMAR_OK, "clean_blocks succeeds");
  size_t titles = 0;
  for (size_t i = 0; st == SUMMAR_OK && i < bv.n; i++)
    titles += (bv.v[i].flags & SUMMAR_SENT_TITLE) != 0;
  CHECK(titles == 1, "exactly one title");
  for (size_t k = 0; st == SUMMAR_OK && ex[k].needle; k++) {
    unsigned f = block_flags(text, &bv, ex[k].needle);
    char what[300];
    snprintf(what, sizeof what, "%s: '%.60s' flags %#x (want %#x)", file,
             ex[k].needle, f, ex[k].flags);
    CHECK(f == ex[k].flags, what);
  }
  summar_blockvec_free(&bv);
  free(text);
}

enum {
  T = SUMMAR_SENT_TITLE,
  J = SUMMAR_SENT_JUNK,
  C = SUMMAR_SENT_CODE,
  F = SUMMAR_SENT_FOREIGN,
  R = SUMMAR_SENT_REQUEST
};

static const expect_line ar_lines[] = {
    {"Click here", F},
    {"أخبار محلية", J},
    {"Summarize this content", R | F},
    {"أمطار غزيرة تغمر", T},
    {"أعلنت هيئة الأرصاد", 0},
    {"يعبر رجال الإنقاذ", SUMMAR_SENT_JUNK}, /* a caption: ends in a credit */
    {"وقال المتحدث", 0},
    {"وأغلقت السلطات المدارس.", 0},
    {"وطالب السكان", 0},
    {"عبر رجال إنقاذ", SUMMAR_SENT_JUNK}, /* the caption again */
    {"وأكد المحافظ", 0},
    {"window.dataLayer", C},
    {"});", C},
    {"تابعنا على تويتر", J},
    {"اقرأ أيضاً", J},
    {"جميع الحقوق محفوظة", J},
    {NULL, 0}};

static const expect_line en_lines[] = {
    {"Home | World", J},
    {"Advertisement", J},
    {"Storm closes schools", T},
    {"By Jane Doe", J},
    {"Heavy rain forced", 0},
    {"region on Monday", 0},
    {"The education ministry", 0},
    {"late on Sunday night", 0},
    {"It rained.", 0},
    {"Share this article", J},
    {"bank on Sunday night", 0},
    {"Read more:", J},
    {"Forecasters expect", 0},
    {"<script>", C},
    {"function loadAds", C},
    {"Facebook Twitter", J},
    {"We use cookies", J},
    {"All rights reserved", J},
    {NULL, 0}};

/* Blocks of a literal text. */
static summar_blockvec blocks_of(const char *text, const char *lang,
                                 int no_clean) {
  summar_blockvec bv;
  if (summar_clean_blocks(A, text, strlen(text), lang, no_clean, &bv) !=
      SUMMAR_OK)
    bv.n = 0;
  return bv;
}

/* Wrapped text with a blank line after every line. */
#define DOUBLE_SPACED                                                       \
  "Officials said on Monday that the new bridge would open to traffic\n\n" \
  "next spring after a delay of two years caused by funding disputes\n\n"  \
  "between the city and the region.\n\n"                                   \
  "The mayor told reporters that the work on the eastern ramp had\n\n"     \
  "resumed last week and that the contractors were now on schedule\n\n"    \
  "for the opening.\n\n"                                                   \
  "Residents of the old town have waited for the bridge since the\n\n"     \
  "ferry stopped running in the winter of the flood.\n"

static void test_blocks(void) {
  /* Hard wraps join; lines ending a sentence do not; blank lines split. */
  const char *wrapped =
      "Officials said on Monday that the new bridge would open to traffic\n"
      "next spring after a delay of two years caused by funding disputes\n"
      "between the city and the region.\n"
      "A second line stands alone.\n"
      "\n"
      "Next paragraph here.\n";
  summar_blockvec bv = blocks_of(wrapped, "en", 0);
  CHECK(bv.n == 3, "wrapped English: three blocks");
  if (bv.n == 3) {
    CHECK(bv.v[0].start == 0 &&
              bv.v[0].end == (size_t)(strstr(wrapped, "region.") - wrapped) +
                                 7,
          "the wrapped sentence is one block, trimmed");
    CHECK(bv.v[0].para == 0 && bv.v[1].para == 0 && bv.v[2].para == 1,
          "para numbers blank-line groups");
    CHECK(bv.v[1].flags == 0 && bv.v[2].flags == 0,
          "short real sentences are kept");
  }
  summar_blockvec_free(&bv);

  /* Arabic has no case: joined by the line width. */
  const char *ar =
      "قال المسؤولون يوم الاثنين إن الجسر الجديد سيفتح أمام حركة المرور\n"
      "في الربيع المقبل بعد تأخير دام عامين بسبب خلافات على التمويل بين\n"
      "المدينة والمنطقة.\n";
  bv = blocks_of(ar, "ar", 0);
  CHECK(bv.n == 1 && bv.v[0].flags == 0, "wrapped Arabic: one kept block");
  summar_blockvec_free(&bv);

  /* Double-spaced: a blank line after every wrapped line. */
  const char *dbl = DOUBLE_SPACED;
  bv = blocks_of(dbl, "en", 0);
  CHECK(bv.n == 3, "double-spaced: blank lines inside sentences join");
  if (bv.n == 3)
    CHECK(bv.v[0].soft_blank && bv.v[0].para == 0 && bv.v[1].para == 1 &&
              bv.v[2].para == 2 &&
              bv.v[0].end == (size_t)(strstr(dbl, "region.") - dbl) + 7,
          "double-spaced: one block and paragraph per sentence run");
  summar_blockvec_free(&bv);

  /* A « opened on one wrapped line and closed on the next: a quote, not a
   * breadcrumb separator, so the lines join. */
  const char *quote =
      "وقال المتحدث باسم الوزارة إن الحكومة ستعقد مؤتمرا حول «الأبعاد الثقافية\n"
      "والاقتصادية للتنمية» في العاصمة خلال الأسبوع المقبل بمشاركة واسعة.\n";
  bv = blocks_of(quote, "ar", 0);
  CHECK(bv.n == 1 && bv.v[0].flags == 0,
        "a guillemet quote across a wrap joins the lines");
  summar_blockvec_free(&bv);
  bv = blocks_of("الرئيسية » أخبار » اقتصاد\n", "ar", 0);
  CHECK(bv.n == 1 && (bv.v[0].flags & SUMMAR_SENT_JUNK),
        "a breadcrumb with » is still a menu");
  summar_blockvec_free(&bv);

  /* One sentence per paragraph is not double spacing. */
  const char *paras =
      "Officials said on Monday that the new bridge would open in spring.\n\n"
      "The mayor said the work on the eastern ramp resumed last week.\n\n"
      "Residents have waited for the bridge since the ferry stopped.\n\n"
      "Contractors said they were now on schedule for the opening day.\n\n"
      "Traffic will be limited to buses and bicycles for the first month.\n\n"
      "The city will publish the timetable of the new bus lines soon.\n";
  bv = blocks_of(paras, "en", 0);
  CHECK(bv.n == 6 && !bv.v[0].soft_blank && bv.v[5].para == 5,
        "short paragraphs that end sentences stay apart");
  summar_blockvec_free(&bv);

  /* Long lines without final punctuation are not wraps (the caption). */
  const char *cap =
      "يقف رجال الإنقاذ في شارع غمرته المياه بينما ينتظر السكان وصول "
      "القوارب إلى الحي القديم قرب السوق المركزي، 5 مارس 2025 (رويترز)\n"
      "وقال المتحدث إن الأمطار تجاوزت المعدلات المسجلة خلال العقد الماضي.\n";
  bv = blocks_of(cap, "ar", 0);
  CHECK(bv.n == 2, "a long unpunctuated line stays its own block");
  summar_blockvec_free(&bv);

  /* Blocks never cross a blank line, even mid-sentence. */
  const char *gap = "This sentence is cut by\n\n  \nthe blank line here.";
  bv = blocks_of(gap, "en", 0);
  CHECK(bv.n == 2 && bv.v[1].para == 1, "no block crosses a blank line");
  summar_blockvec_free(&bv);

  /* Short real sentences are kept; widgets are not. */
  const char *shorts = "He agreed.\nShare\nNo.\nIt rained.\nشاركها.\n"
                       "وافق.\nPrint\n";
  bv = blocks_of(shorts, "en", 0);
  CHECK(bv.n == 7, "seven one-line blocks");
  if (bv.n == 7) {
    CHECK(bv.v[0].flags == 0 && bv.v[2].flags == 0 && bv.v[3].flags == 0,
          "short English sentences kept");
    CHECK(bv.v[1].flags == J && bv.v[6].flags == J,
          "Share / Print widgets are junk");
  }
  summar_blockvec_free(&bv);
  bv = blocks_of("وافق الوزير.\nلا.\nشاركها.\nطباعة\n", "ar", 0);
  CHECK(bv.n == 4 && bv.v[0].flags == 0 && bv.v[1].flags == 0 &&
            bv.v[2].flags == J && bv.v[3].flags == J,
        "short Arabic sentences kept, شاركها / طباعة junk");
  summar_blockvec_free(&bv);

  /* no_clean: paragraphs, nothing flagged. */
  const char *nc = "Smiley face\nShare\n\n  © 2025 Site.  \n\n\nvar x = 1;\n";
  bv = blocks_of(nc, "en", 1);
  int none = 1;
  for (size_t i = 0; i < bv.n; i++)
    none = none && bv.v[i].flags == 0;
  CHECK(bv.n == 3 && none, "no_clean: three paragraphs, no flags");
  if (bv.n == 3) {
    CHECK(bv.v[0].start == 0 && bv.v[0].end == strlen("Smiley face\nShare"),
          "no_clean: a paragraph spans its lines");
    CHECK(strncmp(nc + bv.v[1].start, "\xC2\xA9 2025 Site.", 13) == 0 &&
              nc[bv.v[1].end] == ' ',
          "no_clean: paragraphs are trimmed");
    CHECK(bv.v[0].para == 0 && bv.v[1].para == 1 && bv.v[2].para == 2,
          "no_clean: para numbers");
  }
  summar_blockvec_free(&bv);

  /* Languages: an English request in an English text is a request only;
   * a French paragraph is foreign; names do not make a line foreign. */
  const char *langs =
      "Summarize this article in 200 words\n\n"
      "Merkel, Macron and Sánchez met in Brussels on Tuesday.\n"
      "Les dirigeants européens se sont réunis mardi à "
      "Bruxelles pour discuter de la crise.\n"
      "Real Madrid beat Barcelona 3-1 at the Santiago Bernabéu on "
      "Sunday night.\n";
  bv = blocks_of(langs, "en", 0);
  CHECK(bv.n == 4 && bv.v[0].flags == R && bv.v[1].flags == 0 &&
            bv.v[2].flags == F && bv.v[3].flags == 0,
        "same-script request, foreign paragraph, names kept");
  summar_blockvec_free(&bv);

  /* Without a language the text's own script decides. */
  bv = blocks_of("Smiley face\nقال الوزير إن الحكومة ستبني ألف مدرسة جديدة "
                 "خلال العام المقبل في المناطق الريفية.\n",
                 NULL, 0);
  CHECK(bv.n == 2 && bv.v[0].flags == F && bv.v[1].flags == 0,
        "no language given: the body script is the text's");
  summar_blockvec_free(&bv);

  /* No title without a short line before the body; code with ';' vs prose
   * ending a wrapped line with ';'. */
  bv = blocks_of("The bridge (built in 1990) would be closed for repairs;\n"
                 "the work will take months, the council said.\n"
                 "x = compute(y);\n",
                 "en", 0);
  CHECK(bv.n == 2 && bv.v[0].flags == 0 && bv.v[1].flags == C,
        "prose ending in ';' joins its next line, a statement is code");
  summar_blockvec_free(&bv);

  bv = blocks_of("", "en", 0);
  CHECK(bv.n == 0, "empty text has no blocks");
  summar_blockvec_free(&bv);
  bv = blocks_of(" \n\t\n", "en", 0);
  CHECK(bv.n == 0, "blank text has no blocks");
  summar_blockvec_free(&bv);
}

static unsigned wf(const char *s) {
  return summar_widget_flags(s, 0, strlen(s));
}

static void test_widgets(void) {
  CHECK(wf("Share this article on Facebook") == J, "share phrase");
  CHECK(wf("Follow us on Twitter") == J, "follow us");
  CHECK(wf("Scroll down for video") == J, "scroll down for video");
  CHECK(wf("12 Comments") == J, "comment count");
  CHECK(wf("تابعونا على فيسبوك وتويتر") == J, "Arabic follow, glued و");
  CHECK(wf("Photo: Reuters") == J, "photo credit label");
  CHECK(wf("Updated: 3 May 2025 14:00 GMT") == J, "dateline");
  CHECK(wf("آخر تحديث: 3 مايو 2025") == J, "Arabic dateline");
  CHECK(wf("Copyright 2025 Example Ltd.") == J, "copyright line");
  CHECK(wf("Your email address will not be published. Required fields "
           "are marked *") == J &&
            wf("Deine E-Mail-Adresse wird nicht veröffentlicht.") == J &&
            wf("Votre adresse e-mail ne sera pas publiée.") == J &&
            wf("لن يتم نشر عنوان بريدك الإلكتروني.") == J,
        "a comment form's notice (English, German, French, Arabic)");
  CHECK(wf("Lea más: el Gobierno aprueba el plan de vivienda") == J &&
            wf("Leia também: Governo aprova plano") == J &&
            wf("Czytaj też: Rząd przyjął plan") == J &&
            wf("Das könnte Sie auch interessieren") == J,
        "'read also' openers (Spanish, Portuguese, Polish, German)");
  CHECK(wf("The address will not be published before the vote, the mayor "
           "said.") == 0,
        "a sentence about an address that will not be published");
  CHECK(wf("Share prices rose 5% on Monday.") == 0,
        "'Share prices' is article text");
  CHECK(wf("Follow the money, investigators said.") == 0,
        "'Follow the money' is article text");
  CHECK(wf("Published in 2020, the report found nothing new.") == 0,
        "'Published in 2020, ...' is article text");
  CHECK(wf("The photo shows the flooded street.") == 0,
        "a sentence about a photo");
  CHECK(wf("The EU cookie law took effect in 2011.") == 0,
        "a sentence about cookies");
  CHECK(wf("شارك آلاف المتظاهرين في المسيرة يوم الجمعة.") == 0,
        "شارك as a verb in a sentence is article text");

  /* A line of more than 60 words is no widget: a cookie notice of 60
   * words is junk, of 61 not, counted as words ("well-known" is two) and
   * not as space-separated runs. */
  static const struct {
    size_t single, hyphened;
    unsigned want;
  } len[] = {{57, 0, J}, {58, 0, 0}, {55, 1, J}, {56, 1, 0}, {53, 2, J}, {54, 2, 0}};
  for (size_t k = 0; k < sizeof len / sizeof *len; k++) {
    char line[1024] = "We use cookies";
    for (size_t w = 0; w < len[k].single; w++)
      strcat(line, " site");
    for (size_t w = 0; w < len[k].hyphened; w++)
      strcat(line, " well-known");
    char what[96];
    snprintf(what, sizeof what, "cookie notice of %zu words: %s",
             3 + len[k].single + 2 * len[k].hyphened,
             len[k].want ? "junk" : "kept");
    CHECK(wf(line) == len[k].want, what);
  }
}

/* Sentence flags through the whole library. */
static size_t find_sent(const summar_doc *doc, const char *needle,
                        summar_span *sp) {
  const char *text = summar_doc_text(doc, NULL);
  const char *p = strstr(text, needle);
  if (!p)
    return SIZE_MAX;
  size_t at = (size_t)(p - text);
  for (size_t i = 0; i < summar_doc_sentence_count(doc); i++) {
    sp->size = sizeof *sp;
    if (summar_doc_sentence(doc, i, sp) == SUMMAR_OK && sp->start <= at &&
        at < sp->end)
      return i;
  }
  return SIZE_MAX;
}

static unsigned sent_flags(const summar_doc *doc, const char *needle) {
  summar_span sp;
  if (find_sent(doc, needle, &sp) == SIZE_MAX)
    return ~0u;
  return sp.flags & SUMMAR_SENT_DROP;
}

/* Double-spaced text: whole sentences, rendered on one line each. */
static void test_double_spaced(summar_ctx *ctx) {
  summar_doc *doc = NULL;
  CHECK(summar_doc_new(ctx, DOUBLE_SPACED, strlen(DOUBLE_SPACED), "en", 0,
                       &doc) == SUMMAR_OK &&
            summar_doc_sentence_count(doc) == 3,
        "double-spaced: three sentences");
  summar_doc_free(doc);
  char *out = NULL;
  CHECK(summar_quick(DOUBLE_SPACED, strlen(DOUBLE_SPACED), "en", 200, 1,
                     &out) == SUMMAR_OK && out &&
            strstr(out, "to traffic next spring after") &&
            strstr(out, "region. The mayor") && !strstr(out, "\n\n"),
        "double-spaced: the summary reads as one paragraph");
  summar_free(out);
}

static void test_doc(summar_ctx *ctx) {
  size_t len = 0;
  char *text = load("clean-ar.txt", &len);
  summar_doc *doc = NULL;
  if (text && summar_doc_new(ctx, text, len, NULL, 0, &doc) == SUMMAR_OK) {
    CHECK(strcmp(summar_doc_language(doc), "ar") == 0, "ar: detected");
    CHECK(sent_flags(doc, "يعبر رجال الإنقاذ") == SUMMAR_SENT_JUNK,
          "ar: a photo caption ending in a credit is junk");
    CHECK(sent_flags(doc, "عبر رجال إنقاذ") & SUMMAR_SENT_JUNK,
          "ar: the repeated caption is junk too");
    CHECK(sent_flags(doc, "(أ.ف.ب)") & SUMMAR_SENT_DROP,
          "ar: the caption's credit goes with it");
    CHECK(sent_flags(doc, "وأغلقت السلطات المدارس.") == 0,
          "ar: a three-word sentence is kept");
    CHECK(sent_flags(doc, "وأكد المحافظ") == 0, "ar: last sentence kept");
    CHECK(sent_flags(doc, "جميع الحقوق") == SUMMAR_SENT_JUNK,
          "ar: copyright sentence is junk");
    size_t w = 0, p = 0;
    const char *l = NULL;
    CHECK(summar_doc_embedded_request(doc, &w, &p, &l) == SUMMAR_OK &&
              w == 300 && p == 2 && l && strcmp(l, "ar") == 0,
          "ar: the embedded request is read");
    summar_span t = {sizeof t, 0, 0, 0, 0};
    CHECK(summar_doc_title(doc, &t) == SUMMAR_OK &&
              strncmp(text + t.start, "أمطار غزيرة", 10) == 0,
          "ar: the title");
  } else {
    CHECK(0, "ar: summar_doc_new");
  }
  summar_doc_free(doc);
  doc = NULL;
  free(text);

  text = load("clean-en.txt", &len);
  if (text && summar_doc_new(ctx, text, len, NULL, 0, &doc) == SUMMAR_OK) {
    CHECK(sent_flags(doc, "late on Sunday night") == 0,
          "en: first rescue sentence kept");
    CHECK(sent_flags(doc, "bank on Sunday night") == SUMMAR_SENT_DUPLICATE,
          "en: its near-repeat is a duplicate");
    CHECK(sent_flags(doc, "It rained.") == 0, "en: 'It rained.' kept");
    CHECK(sent_flags(doc, "Heavy rain forced") == 0 &&
              sent_flags(doc, "region on Monday") == 0,
          "en: the wrapped sentence kept");
    CHECK(sent_flags(doc, "By continuing you accept") == SUMMAR_SENT_JUNK,
          "en: cookie notice junk");
  } else {
    CHECK(0, "en: summar_doc_new");
  }
  summar_doc_free(doc);
  doc = NULL;
  free(text);

  /* A widget sentence inside a kept block; distinct short sentences are
   * not duplicates of each other. */
  const char *mix =
      "The council approved the new budget on Tuesday after a long debate. "
      "Share this article. He agreed. She agreed. The vote was close.\n";
  if (summar_doc_new(ctx, mix, strlen(mix), "en", 0, &doc) == SUMMAR_OK) {
    CHECK(sent_flags(doc, "Share this article") == SUMMAR_SENT_JUNK,
          "share sentence inside a kept block is junk");
    CHECK(sent_flags(doc, "He agreed") == 0 &&
              sent_flags(doc, "She agreed") == 0,
          "'He agreed.' and 'She agreed.' are not duplicates");
    CHECK(sent_flags(doc, "The council") == 0, "article sentence kept");
  } else {
    CHECK(0, "mixed block doc");
  }
  summar_doc_free(doc);
  doc = NULL;

  /* no_clean through the library: nothing flagged. */
  const char *junk = "Share\n\nSummarize this in 100 words\n\nThe vote was "
                     "close.\n\nThe vote was close.\n";
  if (summar_doc_new(ctx, junk, strlen(junk), "en", SUMMAR_DOC_NO_CLEAN,
                     &doc) == SUMMAR_OK) {
    int none = 1;
    summar_span sp;
    for (size_t i = 0; i < summar_doc_sentence_count(doc); i++) {
      sp.size = sizeof sp;
      summar_doc_sentence(doc, i, &sp);
      none = none && (sp.flags & SUMMAR_SENT_DROP) == 0;
    }
    CHECK(none && summar_doc_sentence_count(doc) == 4,
          "no_clean doc: no sentence dropped");
  } else {
    CHECK(0, "no_clean doc");
  }
  summar_doc_free(doc);
}

/* ~1 MB of distinct sentences with planted near-duplicates. */
static void test_scale(summar_ctx *ctx) {
  summar_buf b;
  summar_buf_init(&b, A);
  unsigned long long seed = 12345;
  size_t nsent = 0, planted = 0;
  char prev[512] = "";
  while (b.len < 1000000 && !b.failed) {
    char s[512];
    size_t n = 0;
    int words = 10 + (int)(seed % 8);
    for (int k = 0; k < words; k++) {
      seed = seed * 6364136223846793005ull + 1442695040888963407ull;
      unsigned v = (unsigned)(seed >> 33) % 5000;
      char w[8];
      int wl = 0;
      w[wl++] = (char)((k ? 'b' : 'B') + v % 20);
      v /= 20;
      for (int q = 0; q < 3; q++, v /= 7)
        w[wl++] = "aeiouyr"[v % 7];
      w[wl] = '\0';
      n += (size_t)snprintf(s + n, sizeof s - n, "%s%s", k ? " " : "", w);
    }
    snprintf(s + n, sizeof s - n, ".");
    if (nsent % 97 == 96 && prev[0]) {
      /* Repeat the previous sentence with its first word changed. */
      char *sp = strchr(prev, ' ');
      summar_buf_printf(&b, "Zzq%s ", sp ? sp : prev);
      planted++;
    }
    summar_buf_printf(&b, "%s ", s);
    if (nsent % 7 == 6)
      summar_buf_puts(&b, "\n");
    memcpy(prev, s, strlen(s) + 1);
    nsent++;
  }
  size_t len;
  char *text = summar_buf_take(&b, &len);
  summar_doc *doc = NULL;
  summar_status st =
      text ? summar_doc_new(ctx, text, len, "en", 0, &doc) : SUMMAR_ERR_NOMEM;
  CHECK(st == SUMMAR_OK, "1 MB document builds");
  if (st == SUMMAR_OK) {
    size_t dups = 0;
    for (size_t i = 0; i < doc->nsents; i++)
      dups += (doc->sents[i].flags & SUMMAR_SENT_DUPLICATE) != 0;
    printf("# %zu sentences, %zu planted, %zu flagged\n", doc->nsents,
           planted, dups);
    CHECK(dups >= planted && dups <= planted + planted / 10 + 2,
          "planted near-duplicates found, few others");
    /* The stage run again from scratch finds the same. */
    for (size_t i = 0; i < doc->nsents; i++)
      doc->sents[i].flags &= ~(unsigned)SUMMAR_SENT_DUPLICATE;
    size_t again = 0;
    st = summar_dedup(doc);
    for (size_t i = 0; i < doc->nsents; i++)
      again += (doc->sents[i].flags & SUMMAR_SENT_DUPLICATE) != 0;
    CHECK(st == SUMMAR_OK && again == dups, "the dedup stage is repeatable");
  }
  summar_doc_free(doc);
  summar_dealloc(A, text);
}

/* Word k of a made-up vocabulary: consonant-vowel pairs, no stopword,
 * no suffix a stemmer takes off. */
static void made_up_word(size_t k, char *w) {
  static const char cons[] = "bdfghjklmnprtvzx", vow[] = "aiou";
  w[0] = cons[k % 16];
  w[1] = vow[(k / 16) % 4];
  w[2] = cons[(k / 64) % 16];
  w[3] = vow[(k / 1024) % 4];
  w[4] = '\0';
}

/* Sentences of more terms than the near-duplicate stage's 64-bit term
 * signature has bits, several terms to a bit: a copy of 400 terms with 20
 * changed shares 380 (Jaccard 0.90) and is a duplicate, one with 200
 * changed (Jaccard 0.33) is not. */
static void test_long_repeat(summar_ctx *ctx) {
  summar_buf b;
  summar_buf_init(&b, A);
  static const size_t changed[] = {0, 20, 200};
  for (size_t c = 0; c < 3; c++) {
    for (size_t k = 0; k < 400; k++) {
      char w[5];
      made_up_word(k < changed[c] ? 1000 + 400 * c + k : k, w);
      summar_buf_printf(&b, "%s%s", k ? " " : "", w);
    }
    summar_buf_puts(&b, ".\n\nThe council met again on a rainy Tuesday.\n\n");
  }
  size_t len;
  char *text = summar_buf_take(&b, &len);
  summar_doc *doc = NULL;
  summar_status st =
      text ? summar_doc_new(ctx, text, len, "en", 0, &doc) : SUMMAR_ERR_NOMEM;
  CHECK(st == SUMMAR_OK, "long sentences: document builds");
  if (st == SUMMAR_OK) {
    size_t longs = 0;
    unsigned flags[3] = {~0u, ~0u, ~0u};
    for (size_t i = 0; i < doc->nsents; i++)
      if (summar_sent_ntv(&doc->sents[i]) >= 380 && longs < 3)
        flags[longs++] = doc->sents[i].flags & SUMMAR_SENT_DUPLICATE;
    CHECK(longs == 3 && flags[0] == 0, "long sentences: the first kept");
    CHECK(flags[1] == SUMMAR_SENT_DUPLICATE,
          "long sentences: 380 of 400 terms shared is a duplicate");
    CHECK(flags[2] == 0, "long sentences: 200 of 400 shared is not");
  }
  summar_doc_free(doc);
  summar_dealloc(A, text);
}

/* Text scraped from a page: the menu, teaser and footer lines around the
 * article (outside its densest run of text) are junk; a plain article's
 * title and byline are not. */
static void test_scraped_page(void) {
  static const char page[] =
      "Home\n\nWorld\n\nBusiness\n\nSport\n\nWeather\n\n"
      "Harbour plan approved\n\n"
      "The council approved the harbour plan on Tuesday after a long debate "
      "that lasted well into the evening, and work on the new quay starts "
      "in the spring.\n\n"
      "The plan costs twelve million, paid by the city, the region and a "
      "loan that the council will repay over the next twenty years.\n\n"
      "Fishermen who opposed it said the new quay leaves too little room "
      "for their boats, and they asked for a second vote next year.\n\n"
      "Most read\n\nTeam wins the cup final\n\nStorm closes the bridge\n\n"
      "Contact us\n\nPrivacy\n\nTerms\n";
  static const char article[] =
      "Harbour plan approved\n\nBy Jane Smith\n\n"
      "The council approved the harbour plan on Tuesday after a long debate "
      "that lasted well into the evening, and work on the new quay starts "
      "in the spring.\n\n"
      "The plan costs twelve million, paid by the city, the region and a "
      "loan that the council will repay over the next twenty years.\n";
  summar_blockvec bv;
  CHECK(summar_clean_blocks(A, page, strlen(page), "en", 0, &bv) ==
            SUMMAR_OK,
        "scraped page: clean_blocks succeeds");
  CHECK(block_flags(page, &bv, "Business") == SUMMAR_SENT_JUNK &&
            block_flags(page, &bv, "Storm closes") == SUMMAR_SENT_JUNK &&
            block_flags(page, &bv, "Privacy") == SUMMAR_SENT_JUNK,
        "scraped page: menu, teaser and footer lines are junk");
  CHECK(block_flags(page, &bv, "The council approved") == 0 &&
            block_flags(page, &bv, "Fishermen who") == 0,
        "scraped page: the article's paragraphs are kept");
  summar_blockvec_free(&bv);
  CHECK(summar_clean_blocks(A, article, strlen(article), "en", 0, &bv) ==
            SUMMAR_OK &&
            !(block_flags(article, &bv, "Harbour plan") & SUMMAR_SENT_JUNK) &&
            !(block_flags(article, &bv, "By Jane") & SUMMAR_SENT_JUNK) &&
            block_flags(article, &bv, "The plan costs") == 0,
        "plain article: title and byline stay");
  summar_blockvec_free(&bv);
}

/* The article model of scraped pages (clean_body.c): a German page whose
 * lead paragraph is cut off from the body by a long table of contents,
 * an Arabic news page, and the features of a small English page. */
static void test_body_model(void) {
  char de[4096];
  size_t n = (size_t)snprintf(
      de, sizeof de, "%s",
      "Startseite\n\nMusik\n\nFilme\n\nSerien\n\nGaming\n\n"
      "Die besten Filme des Jahres\n\n"
      "Über die Jahre hinweg haben viele Filme ihren Stempel auf die Welt "
      "des Kinos gesetzt, und wir stellen heute die wichtigsten von ihnen "
      "vor.\n\nInhaltsverzeichnis\n\n");
  for (int i = 1; i <= 24 && n < sizeof de; i++)
    n += (size_t)snprintf(de + n, sizeof de - n, "%d. Kapitel %d\n\n", i, i);
  n += (size_t)snprintf(
      de + n, sizeof de - n, "%s",
      "Der erste Film erzählt von einer Familie, die nach dem Krieg in eine "
      "kleine Stadt am Meer zieht und dort ein neues Leben beginnt.\n\n"
      "Die Kritiker lobten vor allem die Bilder, die ruhige Musik und die "
      "Schauspieler, die ihre Rollen mit großer Sorgfalt spielen.\n\n"
      "2. Die Mitte\n\n"
      "Der zweite Film spielt in Berlin und begleitet eine junge Ärztin "
      "durch eine lange Nacht in der Notaufnahme eines großen "
      "Krankenhauses.\n\n"
      "Er gewann im Frühjahr mehrere Preise und lief wochenlang in "
      "ausverkauften Kinos in ganz Deutschland und in Österreich.\n\n"
      "Der dritte Film ist eine Komödie über zwei Brüder, die ein altes "
      "Hotel in den Bergen erben und es gegen alle Widerstände wieder "
      "eröffnen.\n\n"
      "Das Publikum liebte die Dialoge, und viele Zuschauer sahen den Film "
      "zwei oder drei Mal, bevor er im Herbst im Fernsehen lief.\n\n"
      "Der vierte Film schließlich erzählt die Geschichte einer Lehrerin, "
      "die in einem Dorf im Norden eine Schule gegen die Schließung "
      "verteidigt.\n\n"
      "Kommentar schreiben\n\nImpressum\n\nDatenschutz\n\n"
      "Melde dich für unseren Newsletter an und erhalte jede Woche die "
      "neuesten Artikel, Tipps und Angebote direkt in dein Postfach.\n");
  CHECK(n < sizeof de, "German page: written");
  summar_blockvec bv;
  CHECK(summar_clean_blocks(A, de, strlen(de), "de", 0, &bv) == SUMMAR_OK,
        "German page: clean_blocks succeeds");
  CHECK(block_flags(de, &bv, "Über die Jahre") == 0,
        "German page: the lead before a long table of contents is kept");
  CHECK(block_flags(de, &bv, "Der erste Film") == 0 &&
            block_flags(de, &bv, "2. Die Mitte") == 0 &&
            block_flags(de, &bv, "Der vierte Film") == 0,
        "German page: the body and its section heading are kept");
  CHECK(block_flags(de, &bv, "Musik") == SUMMAR_SENT_JUNK &&
            block_flags(de, &bv, "7. Kapitel") == SUMMAR_SENT_JUNK &&
            block_flags(de, &bv, "Impressum") == SUMMAR_SENT_JUNK &&
            block_flags(de, &bv, "Melde dich") == SUMMAR_SENT_JUNK,
        "German page: menu, contents, footer and the newsletter box after "
        "the article are junk");
  summar_blockvec_free(&bv);

  static const char ar[] =
      "الرئيسية\n\nأخبار\n\nرياضة\n\nاقتصاد\n\nثقافة\n\nتكنولوجيا\n\n"
      "افتتحت الحكومة يوم الثلاثاء أكبر محطة للطاقة الشمسية في المنطقة، "
      "بعد ثلاث سنوات من العمل في الصحراء جنوب العاصمة بمشاركة شركات محلية "
      "ودولية.\n\n"
      "وقال وزير الطاقة إن المحطة ستوفر الكهرباء لنحو نصف مليون منزل، وإنها "
      "ستخفض استهلاك الوقود بنسبة كبيرة خلال السنوات القادمة.\n\n"
      "وأضاف أن الحكومة تخطط لبناء محطتين أخريين قبل نهاية العقد، وأن "
      "التمويل سيأتي من القطاع الخاص ومن صندوق التنمية الوطني.\n\n"
      "الأكثر قراءة\n\nالمنتخب يفوز بالكأس\n\nارتفاع أسعار الذهب\n\n"
      "مهرجان الفيلم العربي\n\nاتصل بنا\n\nسياسة الخصوصية\n";
  CHECK(summar_clean_blocks(A, ar, strlen(ar), "ar", 0, &bv) == SUMMAR_OK &&
            block_flags(ar, &bv, "افتتحت الحكومة") == 0 &&
            block_flags(ar, &bv, "وأضاف أن") == 0 &&
            block_flags(ar, &bv, "رياضة") == SUMMAR_SENT_JUNK &&
            block_flags(ar, &bv, "الأكثر قراءة") == SUMMAR_SENT_JUNK &&
            block_flags(ar, &bv, "ارتفاع أسعار") == SUMMAR_SENT_JUNK,
        "Arabic page: the article is kept, menus and teasers are junk");
  summar_blockvec_free(&bv);

  static const char en[] =
      "Home News Sport\n\nWorld\n\nBusiness\n\nMarkets\n\nTravel\n\n"
      "Weather\n\nVideo\n\n"
      "The council approved the harbour plan on Tuesday, after a long "
      "debate that lasted well into the evening, and work starts soon.\n\n"
      "The plan costs twelve million, paid by the city and the region over "
      "the next twenty years, the mayor said.\n\n"
      "Updated 3 May 2025:\n\nContact\n";
  double feat[14 * SUMMAR_BODY_NFEAT];
  int page = 0;
  CHECK(summar_clean_classify(A, en, strlen(en), "en", &bv) == SUMMAR_OK &&
            bv.n == 11 &&
            summar_clean_body_features(A, en, &bv, feat, &page) == 0,
        "English page: features computed");
  if (bv.n == 11) {
    const double *menu = feat, *body = feat + 7 * SUMMAR_BODY_NFEAT,
                 *date = feat + 9 * SUMMAR_BODY_NFEAT;
    CHECK(page == 1, "English page: the model applies");
    CHECK(menu[SUMMAR_BODY_F_CAPS] == 1 && menu[SUMMAR_BODY_F_TINY] == 1 &&
              menu[SUMMAR_BODY_F_BEFORE] == 1 && menu[SUMMAR_BODY_F_IN] == 0 &&
              menu[SUMMAR_BODY_F_DIST] > 1.9,
          "English page: the menu line's features");
    CHECK(body[SUMMAR_BODY_F_IN] == 1 && body[SUMMAR_BODY_F_TERM] == 1 &&
              body[SUMMAR_BODY_F_TEXT] == 1 && body[SUMMAR_BODY_F_RUN] == 1 &&
              body[SUMMAR_BODY_F_COMMAS] > 0 &&
              body[SUMMAR_BODY_F_WORDS] > 2.9,
          "English page: the paragraph's features");
    CHECK(date[SUMMAR_BODY_F_COLON] == 1 &&
              date[SUMMAR_BODY_F_DIGITS] == 0.5 &&
              date[SUMMAR_BODY_F_AFTER] == 1 &&
              date[SUMMAR_BODY_F_DIST] > 0.69 && date[SUMMAR_BODY_F_DIST] < 0.7,
          "English page: the dateline's features");
  }
  summar_blockvec_free(&bv);

  /* The word lists: a newsletter box after the article, a caption whose
   * credit follows a full stop (the caption test leaves it, the model
   * reads it). */
  static const char promo[] =
      "Home\n\nNews\n\nSport\n\nWorld\n\nBusiness\n\nTravel\n\n"
      "The council approved the harbour plan on Tuesday, after a long "
      "debate that lasted well into the evening, and work starts soon.\n\n"
      "Fishermen on the quay watched the vote (Photo: Jane Doe/Reuters).\n\n"
      "The plan costs twelve million, paid by the city and the region over "
      "the next twenty years, the mayor said after the meeting.\n\n"
      "The best stories of the week come to your inbox every Friday with our "
      "free newsletter, and the first month of a subscription costs "
      "nothing.\n\nContact\n";
  CHECK(summar_clean_has_credit(promo, 0, strlen(promo)) == 0,
        "credit: none at the end of the page");
  CHECK(summar_clean_classify(A, promo, strlen(promo), "en", &bv) ==
                SUMMAR_OK &&
            bv.n == 11 &&
            summar_clean_body_features(A, promo, &bv, feat, &page) == 0 &&
            page == 1,
        "page with a newsletter box: features computed");
  if (bv.n == 11) {
    const double *body = feat + 6 * SUMMAR_BODY_NFEAT,
                 *caption = feat + 7 * SUMMAR_BODY_NFEAT,
                 *box = feat + 9 * SUMMAR_BODY_NFEAT;
    CHECK(box[SUMMAR_BODY_F_PROMO] == 1 && body[SUMMAR_BODY_F_PROMO] == 0 &&
              caption[SUMMAR_BODY_F_PROMO] == 0,
          "promo words: subscribe, newsletter, inbox");
    CHECK(caption[SUMMAR_BODY_F_CREDIT] == 1 &&
              body[SUMMAR_BODY_F_CREDIT] == 0 &&
              box[SUMMAR_BODY_F_CREDIT] == 0,
          "credit: a caption ending with a photo credit");
    CHECK(!summar_clean_is_caption(promo, bv.v[7].start, bv.v[7].end),
          "credit after a full stop: not a caption by the line test");
  }
  summar_blockvec_free(&bv);
  CHECK(summar_clean_blocks(A, promo, strlen(promo), "en", 0, &bv) ==
                SUMMAR_OK &&
            block_flags(promo, &bv, "The best stories") == SUMMAR_SENT_JUNK &&
            block_flags(promo, &bv, "The council") == 0 &&
            block_flags(promo, &bv, "The plan costs") == 0,
        "page with a newsletter box: the box is junk, the article stays");
  summar_blockvec_free(&bv);

  /* A short quotation set on its own line inside the article. */
  static const char quote[] =
      "Home\n\nNews\n\nSport\n\nWorld\n\nBusiness\n\nTravel\n\n"
      "The council approved the harbour plan on Tuesday, after a long "
      "debate that lasted well into the evening, and work starts soon.\n\n"
      "\xE2\x80\x9CIt took ten years\xE2\x80\x9D\n\n"
      "The plan costs twelve million, paid by the city and the region over "
      "the next twenty years, the mayor said after the meeting.\n\n"
      "Fishermen on the quay said they hoped the new berths would bring "
      "back the boats that left the town a decade ago.\n\nContact\n";
  CHECK(summar_clean_classify(A, quote, strlen(quote), "en", &bv) ==
                SUMMAR_OK &&
            bv.n == 11 &&
            summar_clean_body_features(A, quote, &bv, feat, &page) == 0 &&
            page == 1,
        "page with a quotation: features computed");
  if (bv.n == 11)
    CHECK(feat[7 * SUMMAR_BODY_NFEAT + SUMMAR_BODY_F_QUOTE] == 1 &&
              feat[6 * SUMMAR_BODY_NFEAT + SUMMAR_BODY_F_QUOTE] == 0 &&
              feat[SUMMAR_BODY_F_QUOTE] == 0,
          "quote: the quotation opens with a quotation mark, the paragraph "
          "and the menu do not");
  summar_blockvec_free(&bv);
  CHECK(summar_clean_blocks(A, quote, strlen(quote), "en", 0, &bv) ==
                SUMMAR_OK &&
            block_flags(quote, &bv, "\xE2\x80\x9CIt took") == 0 &&
            block_flags(quote, &bv, "Home") == SUMMAR_SENT_JUNK,
        "page with a quotation: the quotation is kept, the menu is junk");
  summar_blockvec_free(&bv);
  /* Teasers after the article: one keeps to its subject, one shares a
   * word with it and one with the menu only, one shares none. */
  static const char teasers[] =
      "Home\n\nNews\n\nSport\n\nWorld\n\nBusiness\n\nTravel\n\n"
      "The council approved the harbour plan on Tuesday, after a long "
      "debate that lasted well into the evening, and work starts soon.\n\n"
      "The plan costs twelve million and adds forty berths, paid by the "
      "city and the region over the next twenty years.\n\n"
      "Fishermen on the quay said they hoped the new berths would bring "
      "back the boats that left the town a decade ago.\n\n"
      "Most read\n\nHarbour berths for fishermen\n\n"
      "Harbour traffic news\n\nStorm closes the bridge\n\nContact\n";
  CHECK(summar_clean_classify(A, teasers, strlen(teasers), "en", &bv) ==
                SUMMAR_OK &&
            bv.n == 14 &&
            summar_clean_body_features(A, teasers, &bv, feat, &page) == 0 &&
            page == 1,
        "page with teasers: features computed");
  if (bv.n == 14) {
    double para = feat[7 * SUMMAR_BODY_NFEAT + SUMMAR_BODY_F_SHARED],
           same = feat[10 * SUMMAR_BODY_NFEAT + SUMMAR_BODY_F_SHARED],
           third = feat[11 * SUMMAR_BODY_NFEAT + SUMMAR_BODY_F_SHARED],
           none = feat[12 * SUMMAR_BODY_NFEAT + SUMMAR_BODY_F_SHARED];
    CHECK(same == 1 && third > 0.33 && third < 0.34 && none == 0 &&
              para == 0,
          "shared: the long words of a teaser found in the article's text "
          "(not the menu's), 0 inside the article");
  }
  summar_blockvec_free(&bv);
  static const char de_quote[] = "\xE2\x80\x9E" "Endlich\xE2\x80\x9C\n\n"
                                 "\xC2\xBB" "Endlich\xC2\xAB\n\n'Endlich'\n";
  CHECK(summar_clean_classify(A, de_quote, strlen(de_quote), "de", &bv) ==
                SUMMAR_OK &&
            bv.n == 3 &&
            summar_clean_body_features(A, de_quote, &bv, feat, &page) == 0 &&
            feat[SUMMAR_BODY_F_QUOTE] == 1 &&
            feat[SUMMAR_BODY_NFEAT + SUMMAR_BODY_F_QUOTE] == 1 &&
            feat[2 * SUMMAR_BODY_NFEAT + SUMMAR_BODY_F_QUOTE] == 1,
        "quote: German and single quotation marks");
  summar_blockvec_free(&bv);

  static const char plain[] =
      "Harbour plan approved\n\nBy Jane Smith\n\n"
      "The council approved the harbour plan on Tuesday after a long debate "
      "that lasted well into the evening.\n";
  CHECK(summar_clean_classify(A, plain, strlen(plain), "en", &bv) ==
                SUMMAR_OK &&
            summar_clean_body_features(A, plain, &bv, feat, &page) == 0 &&
            page == 0,
        "plain article: the model does not apply");
  summar_blockvec_free(&bv);

  /* Capitalised words and words with digits among Arabic ones: a run's
   * first letter or digit decides its case. */
  static const char mixed[] =
      "\xd9\x83\xd8\xaa\xd8\xa7\xd8\xa8 Book \xd9\x82\xd9\x84\xd9\x85 "
      "Pen Book\xd9\x83\xd8\xaa\xd8\xa7\xd8\xa8 \xd9\x83\xd8\xaa\xd8\xa7"
      "\xd8\xa8" "Book \xd9\x83\xd8\xaa\xd8\xa7\xd8\xa8\xd9\xa3 \xd9\x83"
      "\xd8\xaa\xd8\xa7\xd8\xa8" "3\n";
  CHECK(summar_clean_classify(A, mixed, strlen(mixed), "ar", &bv) ==
                SUMMAR_OK &&
            bv.n == 1 &&
            summar_clean_body_features(A, mixed, &bv, feat, &page) == 0 &&
            feat[SUMMAR_BODY_F_CAPS] == 3.0 / 8 &&
            feat[SUMMAR_BODY_F_DIGITS] == 2.0 / 8,
        "mixed Arabic and Latin words: 3 of 8 capitalised, 2 with digits");
  summar_blockvec_free(&bv);
}

/* The line scans of split_lines: menu separators found wherever they sit
 * among ASCII, two-byte and longer characters, and the last guillemet
 * against a decoding of every code point. */
static void test_line_scans(void) {
  static const struct {
    const char *s;
    int sep;
  } cases[] = {
      {"Home  News", 1},          {"Home\tNews", 1},
      {"Home | News", 1},         {"| Home", 0},
      {"A > B", 1},               {"A>B", 0},
      {"\xD8\xA3\xD8\xAE\xD8\xA8\xD8\xA7\xD8\xB1 | \xD8\xB1\xD9\x8A\xD8\xA7\xD8\xB6\xD8\xA9", 1},
      {"\xD8\xA3\xD8\xAE\xD8\xA8\xD8\xA7\xD8\xB1 \xC2\xBB \xD8\xB1\xD9\x8A", 1},
      {"\xD8\xA3 \xC2\xAB\xD8\xA8\xC2\xBB", 0},
      {"caf\xC3\xA9 \xC2\xB7 th\xC3\xA9", 1},
      {"a\xC2\xA0\xC2\xA0" "b", 1},  {"a\xC2\xA0" "b", 0},
      {"\xD0\xB4\xE2\x80\xA2\xD0\xB4", 1}, {"\xD0\xB4 \xE1\x9A\x80" "b", 1},
      {"x \xD7\x90 y \xDF\xBF z", 0}, {"one two three", 0},
      {"\xC4", 0},                {"a \xC4| b", 1},
  };
  for (size_t k = 0; k < sizeof cases / sizeof *cases; k++) {
    const char *t = cases[k].s;
    char what[96];
    snprintf(what, sizeof what, "menu separator, case %zu", k);
    CHECK(summar_clean_has_menu_separator(t, 0, strlen(t), 0) == cases[k].sep,
          what);
  }
  /* Code by its share of symbols: 3 symbols and at most 4 letters each. */
  static const struct {
    const char *s;
    int code;
  } sym[] = {{"abcd_efgh_ijkl_", 1}, {"abcd_efgh_ijklm_", 0},
             {"\xd9\x83\xd8\xaa\xd8\xa7\xd8\xa8_\xd9\x82_\xd9\x84_"
              "\xd9\x85\xd9\x86\xd8\xaa\xd8\xac\xd8\xa7\xd8\xaa",
              1},
             {"ab_cd_ef gh ij kl mn", 0}, {"_ _ _", 1}};
  for (size_t k = 0; k < sizeof sym / sizeof *sym; k++) {
    char what[96];
    snprintf(what, sizeof what, "symbol share, case %zu", k);
    CHECK(summar_clean_is_code(sym[k].s, 0, strlen(sym[k].s)) == sym[k].code,
          what);
  }
  /* Pieces joined at random: the last « or » as the code points decode. */
  static const char *const piece[] = {
      "a", " ", "\xC2\xAB", "\xC2\xBB", "\xC2", "\xAB", "\xBB", "\xD8\xA8",
      "\xE2\x80\x99", "\xE2", "\xC2\xA0", "\xF0\x9F\x98\x80"};
  unsigned seed = 7;
  int agree = 1;
  for (int run = 0; run < 2000 && agree; run++) {
    char t[64];
    size_t n = 0;
    seed = seed * 1103515245u + 12345u;
    int pieces = (int)(seed >> 16) % 9;
    for (int p = 0; p < pieces; p++) {
      seed = seed * 1103515245u + 12345u;
      const char *pc = piece[(seed >> 16) % (sizeof piece / sizeof *piece)];
      memcpy(t + n, pc, strlen(pc));
      n += strlen(pc);
    }
    int want = -1;
    for (size_t i = 0; i < n;) {
      int32_t cp = summar_utf8_next(t, n, &i);
      if (cp == 0xAB || cp == 0xBB)
        want = cp == 0xAB;
    }
    agree = summar_clean_last_guillemet(t, 0, n) == want;
  }
  CHECK(agree, "the last guillemet: 2000 random strings, valid or not");
}

int main(void) {
  check_lines("clean-ar.txt", "ar", ar_lines);
  check_lines("clean-en.txt", "en", en_lines);
  test_blocks();
  test_widgets();
  test_line_scans();
  test_scraped_page();
  test_body_model();
  CHECK(summar_clean_blocks(NULL, "x", 1, "en", 0, NULL) == SUMMAR_ERR_ARG,
        "NULL arguments rejected");
  summar_ctx *ctx = NULL;
  if (summar_ctx_new(NULL, &ctx) == SUMMAR_OK) {
    test_doc(ctx);
    test_double_spaced(ctx);
    test_scale(ctx);
    test_long_repeat(ctx);
  } else {
    CHECK(0, "context");
  }
  summar_ctx_free(ctx);
  return tap_done();
}
