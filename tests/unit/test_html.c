/* Unit tests of HTML extraction (html*.c): what comes out of the test
 * pages under tests/data/html/ (English and Arabic news, a blog post, a
 * forum thread, a page of navigation, a shop's product page), block kinds and offsets back into
 * the page, charsets (windows-1256, Shift-JIS, a wrong declaration, none),
 * SUMMAR_DOC_HTML documents, the HTML detector, and hostile input (deep
 * nesting, malformed markup, binary, no text, allocation failures). */
#include "internal.h"
#include "../common/counting.h"
#include "../common/tap.h"
#include "../common/testdata.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/ucnv.h>

static summar_ctx *ctx;

static summar_html *extract(const char *html, size_t len, unsigned flags,
                            summar_status *st) {
  summar_html *h = NULL;
  *st = summar_html_extract(ctx, html, len, flags, &h);
  return h;
}

static int has(const summar_html *h, const char *needle) {
  return h && strstr(summar_html_text(h, NULL), needle) != NULL;
}

typedef struct page_case {
  const char *file;
  const char *title;
  const char *const *in;
  const char *const *out;
} page_case;

static const char *const en_in[] = {
    "The city council voted six to one on Tuesday night",
    "Funding and timeline",
    "Phase two: trails, lighting and the boat launch.",
    "the city\xE2\x80\x99s capital budget",           /* &#8217; */
    "\xE2\x80\x9CThis is the biggest change",          /* &ldquo; */
    "Residents who opposed the plan worry", NULL};
static const char *const en_out[] = {
    "Share on Facebook", "Related stories", "Rail yard cleanup",
    "Finally!", "Leave a reply", "Most read", "All rights reserved",
    "Privacy policy", "not text", "font-family", "Sports", "Jane Miller",
    "Home", NULL};
static const char *const ar_in[] = {
    "افتتح وزير الطاقة صباح اليوم", "تقنيات حديثة وطاقة نظيفة",
    "وأكد مدير المشروع أن المرحلة الثانية", NULL};
static const char *const ar_out[] = {
    "شارك", "اقرأ أيضا", "جميع الحقوق محفوظة", "تابعونا", "أخبار ذات صلة",
    "الرئيسية", "إعلان", "أحمد سالم", NULL};
static const char *const blog_in[] = {
    "When the bakery down the street closed last winter",
    "A friend told me to feed the starter",
    "Add salt, fold the dough four times over two hours.",
    "It takes patience, but it is worth every minute.", NULL};
static const char *const blog_out[] = {
    "Older Post", "Blog archive", "Subscribe", "Posted by", "Recipes",
    "Notes from a small kitchen", NULL};
static const char *const forum_in[] = {
    "Every morning when the temperature is below freezing",
    "That sounds like the idle air control valve.",
    "Thanks, I cleaned the valve this weekend", NULL};
static const char *const forum_out[] = {
    "Forum index", "Register", "Next", "Powered by", NULL};
/* The shipping notes score best alone; the description's short
 * paragraphs, each in its own box, hold most of the page's paragraph
 * text. */
static const char *const shop_in[] = {
    "The linen throw is woven from flax grown in northern France",
    "Small irregularities in the weave are part of the material", NULL};
static const char *const shop_out[] = {"Home", "Cart", "Terms", "Invoice",
                                       NULL};
static const char *const nav_out[] = {
    "Shirts", "Shop", "Sale", "Gift cards", "Privacy", "Copyright", NULL};

static const page_case pages[] = {
    {"html/news-en.html", "City council approves new river park plan",
     en_in, en_out},
    {"html/news-ar.html", "افتتاح أكبر محطة لتحلية المياه في المنطقة",
     ar_in, ar_out},
    {"html/blog.html", "How I learned to bake sourdough bread", blog_in,
     blog_out},
    {"html/forum.html", "Engine stalls when cold", forum_in, forum_out},
    {"html/nav.html", "Site map", NULL, nav_out},
    {"html/shop.html", "Linen throw, natural", shop_in, shop_out},
};

/* Every block's text is where its source range says in the page (for
 * text without entities), and each of its words maps back to itself. */
static int offsets_agree(const summar_html *h, const char *html,
                         size_t hlen) {
  size_t tlen;
  const char *t = summar_html_text(h, &tlen);
  for (size_t i = 0; i < summar_html_block_count(h); i++) {
    summar_html_block b = {sizeof b, 0, 0, 0, 0, 0, 0};
    if (summar_html_block_at(h, i, &b) != SUMMAR_OK || b.end > tlen ||
        b.src_end > hlen || b.src_start > b.src_end)
      return 0;
    if (b.kind == SUMMAR_HTML_TITLE && b.src_end == 0)
      continue;
    /* the first word of the block starts its source range */
    size_t w = b.start;
    while (w < b.end && t[w] != ' ' && t[w] != '&' &&
           (unsigned char)t[w] < 0xE2)
      w++;
    if (w > b.start && memcmp(html + b.src_start, t + b.start, w - b.start))
      return 0;
    size_t src;
    if (summar_html_source_offset(h, b.start, &src) != SUMMAR_OK ||
        src != b.src_start)
      return 0;
  }
  return 1;
}

static void test_pages(void) {
  for (size_t p = 0; p < sizeof pages / sizeof *pages; p++) {
    const page_case *c = &pages[p];
    size_t len;
    char *html = load(c->file, &len);
    char what[256];
    summar_status st;
    summar_html *h = html ? extract(html, len, 0, &st) : NULL;
    snprintf(what, sizeof what, "%s: extracted", c->file);
    CHECK(h != NULL, what);
    if (!h) {
      free(html);
      continue;
    }
    summar_html_block b = {sizeof b, 0, 0, 0, 0, 0, 0};
    const char *t = summar_html_text(h, NULL);
    snprintf(what, sizeof what, "%s: title first", c->file);
    CHECK(summar_html_block_at(h, 0, &b) == SUMMAR_OK &&
              b.kind == SUMMAR_HTML_TITLE &&
              b.end - b.start == strlen(c->title) &&
              !memcmp(t + b.start, c->title, b.end - b.start),
          what);
    for (size_t i = 0; c->in && c->in[i]; i++) {
      snprintf(what, sizeof what, "%s: keeps \"%.40s\"", c->file, c->in[i]);
      CHECK(has(h, c->in[i]), what);
    }
    for (size_t i = 0; c->out && c->out[i]; i++) {
      snprintf(what, sizeof what, "%s: drops \"%.40s\"", c->file,
               c->out[i]);
      CHECK(!has(h, c->out[i]), what);
    }
    snprintf(what, sizeof what, "%s: offsets point into the page", c->file);
    CHECK(offsets_agree(h, html, len), what);
    summar_html_free(h);
    free(html);
  }
}

static void test_kinds(void) {
  size_t len;
  char *html = load("html/news-en.html", &len);
  summar_status st;
  summar_html *h = html ? extract(html, len, 0, &st) : NULL;
  int heading = 0, item = 0, quote = 0, para = 0;
  for (size_t i = 0; h && i < summar_html_block_count(h); i++) {
    summar_html_block b = {sizeof b, 0, 0, 0, 0, 0, 0};
    summar_html_block_at(h, i, &b);
    heading += b.kind == SUMMAR_HTML_HEADING && b.level == 2;
    item += b.kind == SUMMAR_HTML_LIST_ITEM;
    quote += b.kind == SUMMAR_HTML_QUOTE;
    para += b.kind == SUMMAR_HTML_PARAGRAPH;
  }
  CHECK(heading == 1 && item == 3 && quote == 1 && para >= 4,
        "block kinds: h2 heading, three list items, a quote, paragraphs");
  summar_html_block past = {sizeof past, 0, 0, 0, 0, 0, 0};
  CHECK(h && summar_html_block_at(h, 999, &past) == SUMMAR_ERR_RANGE,
        "block index past the end: SUMMAR_ERR_RANGE");
  size_t tlen, src;
  const char *t = h ? summar_html_text(h, &tlen) : "";
  CHECK(h && strstr(t, "\n\n") && summar_html_source_offset(h, tlen + 1,
                                                           &src) ==
                                      SUMMAR_ERR_RANGE,
        "blocks separated by blank lines; offset past the end refused");
  /* "the city’s": the ’ came from &#8217; and maps to its '&' */
  const char *q = h ? strstr(t, "city\xE2\x80\x99s") : NULL;
  CHECK(q && summar_html_source_offset(h, (size_t)(q - t) + 4, &src) ==
                 SUMMAR_OK &&
            !strncmp(html + src, "&#8217;", 7),
        "an entity maps back to its '&'");
  summar_html_free(h);

  /* visible text: every block, navigation included */
  h = html ? extract(html, len, SUMMAR_HTML_VISIBLE, &st) : NULL;
  CHECK(h && has(h, "Most read") && has(h, "Share on Facebook") &&
            has(h, "The city council voted") && !has(h, "font-family"),
        "SUMMAR_HTML_VISIBLE keeps every visible block, no script or style");
  summar_html_free(h);
  free(html);
}

/* The page's bytes in another charset (ICU), <meta charset> rewritten. */
static char *encode(const char *utf8, size_t len, const char *cs,
                    size_t *outlen) {
  UErrorCode err = U_ZERO_ERROR;
  size_t cap = len * 4 + 16;
  char *out = malloc(cap);
  if (!out)
    return NULL;
  int32_t n = ucnv_convert(cs, "utf-8", out, (int32_t)cap, utf8,
                           (int32_t)len, &err);
  if (U_FAILURE(err)) {
    free(out);
    return NULL;
  }
  *outlen = (size_t)n;
  return out;
}

static void check_charset(const char *utf8page, const char *cs,
                          const char *decl, const char *expect_cs,
                          const char *needle, const char *what) {
  /* the template's "%s" is the declared label */
  const char *hole = strstr(utf8page, "%s");
  size_t pre = (size_t)(hole - utf8page);
  char *page = malloc(strlen(utf8page) + strlen(decl) + 1);
  if (!page)
    return;
  memcpy(page, utf8page, pre);
  strcpy(page + pre, decl);
  strcat(page, hole + 2);
  size_t elen = 0;
  char *bytes = cs ? encode(page, strlen(page), cs, &elen) : NULL;
  if (!cs) {
    bytes = page;
    elen = strlen(page);
    page = NULL;
  }
  summar_status st;
  summar_html *h = bytes ? extract(bytes, elen, 0, &st) : NULL;
  int ok = h && has(h, needle) &&
           !strcmp(summar_html_charset(h), expect_cs);
  /* the needle's page offset holds the needle in the page's charset */
  if (ok) {
    size_t tlen;
    const char *t = summar_html_text(h, &tlen);
    size_t at = (size_t)(strstr(t, needle) - t), s0, s1;
    size_t nl;
    char *enc = cs ? encode(needle, strlen(needle), cs, &nl) : NULL;
    ok = summar_html_source_offset(h, at, &s0) == SUMMAR_OK &&
         summar_html_source_offset(h, at + strlen(needle), &s1) ==
             SUMMAR_OK;
    if (ok && enc)
      ok = s1 - s0 == nl && !memcmp(bytes + s0, enc, nl);
    else if (ok)
      ok = s1 - s0 == strlen(needle) && !memcmp(bytes + s0, needle, s1 - s0);
    free(enc);
  }
  if (!ok && h)
    printf("# charset %s text: %s\n", summar_html_charset(h),
           summar_html_text(h, NULL));
  CHECK(ok, what);
  summar_html_free(h);
  free(bytes);
  free(page);
}

static void test_charsets(void) {
  static const char ar[] =
      "<html><head><meta charset=\"%s\"><title>خبر</title></head><body>"
      "<p>افتتح وزير الطاقة صباح اليوم أكبر محطة لتحلية مياه البحر في "
      "المنطقة، بطاقة إنتاجية تصل إلى مليون متر مكعب يوميا، وذلك بعد ثلاث "
      "سنوات من العمل المتواصل في الموقع.</p></body></html>";
  static const char ar_pragma[] =
      "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; "
      "charset=%s\"></head><body><p>قال الوزير في كلمته خلال حفل الافتتاح "
      "إن المحطة ستغطي احتياجات أكثر من مليوني نسمة من مياه الشرب، "
      "وستخفف الضغط على المياه الجوفية في السنوات المقبلة.</p></body>"
      "</html>";
  static const char ja[] =
      "<html><head><meta charset=\"%s\"></head><body><p>東京都は今日、"
      "新しい公園の計画を発表した。公園には広い芝生と子供の遊び場が作られ、"
      "来年の春に開園する予定だという。</p></body></html>";
  static const char zh[] =
      "<html><head><meta charset=\"%s\"></head><body><p>今天上午，市政府"
      "宣布了一项新的公园建设计划，公园将包括大片草坪和儿童游乐场，预计明年"
      "春天开放。</p></body></html>";
  static const char de[] =
      "<html><head><meta charset=\"%s\"></head><body><p>Die Stadtverwaltung "
      "hat am Dienstag beschlossen, den alten Güterbahnhof in einen Park "
      "umzuwandeln, für Fußgänger und Radfahrer.</p></body></html>";
  check_charset(ar, "windows-1256", "windows-1256", "windows-1256",
                "أكبر محطة لتحلية", "windows-1256 <meta charset>");
  check_charset(ar_pragma, "windows-1256", "windows-1256", "windows-1256",
                "المحطة ستغطي", "windows-1256 http-equiv content-type");
  check_charset(ar, "iso-8859-6", "iso-8859-6", "iso-8859-6",
                "أكبر محطة لتحلية", "ISO-8859-6");
  check_charset(ja, "shift_jis", "Shift_JIS", "shift_jis", "新しい公園",
                "Shift-JIS");
  check_charset(zh, "gb18030", "gb2312", "gb18030", "公园建设计划",
                "GB2312 label read as GB18030");
  check_charset(de, "windows-1252", "iso-8859-1", "windows-1252",
                "Güterbahnhof", "ISO-8859-1 label read as windows-1252");
  check_charset(ar, NULL, "windows-1252", "utf-8", "أكبر محطة لتحلية",
                "UTF-8 bytes under a wrong windows-1252 declaration");
  check_charset(ar, "windows-1256", "no-such-charset", "windows-1256",
                "أكبر محطة لتحلية", "unknown label: detected");
  check_charset(ar, "windows-1256", "utf-8", "windows-1256",
                "أكبر محطة لتحلية", "windows-1256 declared as UTF-8");

  /* a UTF-8 byte-order mark is not text, and offsets skip it */
  static const char bom[] = "\xEF\xBB\xBF<p>Hello, byte-order mark.</p>";
  summar_status st;
  summar_html *h = extract(bom, sizeof bom - 1, 0, &st);
  size_t src = 0;
  CHECK(h && !strcmp(summar_html_text(h, NULL), "Hello, byte-order mark.") &&
            summar_html_source_offset(h, 0, &src) == SUMMAR_OK && src == 6,
        "UTF-8 BOM: skipped, offsets count it");
  summar_html_free(h);
  /* invalid bytes in a UTF-8 page are replaced, offsets still hold */
  static const char bad[] = "<p>caf\xC3 au lait, la premi\xE8re fois.</p>";
  h = extract(bad, sizeof bad - 1, 0, &st);
  CHECK(h && has(h, "au lait"), "a few invalid bytes: text survives");
  summar_html_free(h);
}

static void test_doc(void) {
  size_t len;
  char *html = load("html/news-en.html", &len);
  summar_doc *doc = NULL;
  CHECK(html && summar_doc_new(ctx, html, len, NULL, SUMMAR_DOC_HTML,
                               &doc) == SUMMAR_OK,
        "summar_doc_new accepts SUMMAR_DOC_HTML");
  summar_span sp = {sizeof sp, 0, 0, 0, 0};
  size_t dlen;
  const char *dt = summar_doc_text(doc, &dlen);
  CHECK(doc && summar_doc_title(doc, &sp) == SUMMAR_OK &&
            !strncmp(dt + sp.start, "City council approves", 21),
        "HTML doc: the headline is the title");
  CHECK(doc && !strcmp(summar_doc_language(doc), "en") &&
            !strstr(dt, "Share on Facebook") && !strstr(dt, "<p>"),
        "HTML doc: English article text, no markup or boilerplate");
  /* every sentence maps back to the same words in the page */
  int ok = doc && summar_doc_sentence_count(doc) > 5;
  for (size_t i = 0; ok && i < summar_doc_sentence_count(doc); i++) {
    summar_span s = {sizeof s, 0, 0, 0, 0};
    size_t a, b;
    ok = summar_doc_sentence(doc, i, &s) == SUMMAR_OK &&
         summar_doc_source_offset(doc, s.start, &a) == SUMMAR_OK &&
         summar_doc_source_offset(doc, s.end, &b) == SUMMAR_OK && a < b &&
         b <= len;
    if (ok && dt[s.start] != '\xE2')
      ok = !memcmp(html + a, dt + s.start, 3);
  }
  CHECK(ok, "HTML doc: sentence offsets map into the page");
  char *sum = NULL;
  summar_summary *out = NULL;
  summar_request *req = NULL;
  CHECK(doc && summar_request_new(&req) == SUMMAR_OK &&
            summar_request_set_words(req, 60) == SUMMAR_OK &&
            summar_summarize(doc, req, &out) == SUMMAR_OK &&
            summar_summary_sentence_count(out) > 0,
        "HTML doc: summarizes");
  summar_summary_free(out);
  out = NULL;
  /* a section heading is kept as a block but never chosen */
  size_t heading = SIZE_MAX;
  for (size_t i = 0; doc && i < summar_doc_sentence_count(doc); i++) {
    summar_span s = {sizeof s, 0, 0, 0, 0};
    if (summar_doc_sentence(doc, i, &s) == SUMMAR_OK &&
        s.end - s.start == 20 && !memcmp(dt + s.start, "Funding and timeline", 20))
      heading = s.flags;
  }
  CHECK(heading != SIZE_MAX && (heading & SUMMAR_SENT_HEADING) &&
            !strcmp(summar_sentence_flag_name(SUMMAR_SENT_HEADING), "heading"),
        "HTML doc: a section heading is a SUMMAR_SENT_HEADING sentence");
  const char *st = NULL;
  CHECK(doc && summar_request_set_words(req, 5000) == SUMMAR_OK &&
            summar_summarize(doc, req, &out) == SUMMAR_OK &&
            (st = summar_summary_text(out, NULL)) != NULL &&
            strstr(st, "six to one") && !strstr(st, "Funding and timeline"),
        "HTML doc: the whole summary holds no section heading");
  summar_summary_free(out);
  summar_request_free(req);
  free(sum);
  summar_doc_free(doc);
  size_t off = 99;
  doc = NULL;
  CHECK(summar_doc_new(ctx, "Plain text here.", 16, "en", 0, &doc) ==
                SUMMAR_OK &&
            summar_doc_source_offset(doc, 6, &off) == SUMMAR_OK && off == 6,
        "plain doc: source offsets are the offsets");
  summar_doc_free(doc);
  free(html);
}

/* Four paragraphs of one article on the river park plan, with insert
 * (when not NULL) after the second. */
static void river_paras(summar_buf *b, const char *insert) {
  for (int i = 0; i < 4; i++) {
    summar_buf_puts(b, "<p>The river park plan adds trails, lighting and a "
                       "boat launch, and the council approved its budget, "
                       "its timeline and its first phase on Tuesday night "
                       "after two years of public hearings.</p>");
    if (i == 1 && insert)
      summar_buf_puts(b, insert);
  }
}

/* A page whose article ends with a box of the given class holding a
 * paragraph of its own. */
static void box_page(summar_buf *b, const char *cls, const char *box) {
  b->len = 0;
  summar_buf_puts(b, "<html><body><div class=\"entry-content\">");
  for (int i = 0; i < 4; i++)
    summar_buf_puts(b,
                    "<p>The river park plan adds trails, lighting and a "
                    "boat launch, and the council approved its budget, "
                    "its timeline and its first phase on Tuesday.</p>");
  summar_buf_puts(b, "<div class=\"");
  summar_buf_puts(b, cls);
  summar_buf_puts(b, "\"><p>");
  summar_buf_puts(b, box);
  summar_buf_puts(b, "</p></div></div></body></html>");
}

/* Author boxes, disclosure notes, contact boxes, overlays and a post's
 * share box are named as such; the same box under a neutral name stays
 * in the article. */
static void test_box_hints(void) {
  static const char *const bio =
      "Jane Miller has covered city hall, parks and transport for the "
      "paper since 2011, and she lives by the river with two cats.";
  static const char *const note =
      "We may earn a commission when you buy through the links on this "
      "page, which does not change what our editors recommend.";
  static const struct {
    const char *cls, *text;
    int kept;
  } cases[] = {
      {"author-box", bio, 0},         {"post-author-bio", bio, 0},
      {"authorInfo", bio, 0},         {"box", bio, 1},
      {"affiliate-disclosure", note, 0}, {"disclaimer", note, 0},
      {"notice", note, 1},
      /* "post" names whose box it is; two classes named both ways are
       * not boilerplate */
      {"post-share", note, 0},        {"entry-content share", note, 1},
      {"contact-box", note, 0},       {"media-overlay", note, 0},
      /* a call to action ("cta"), a copyright line */
      {"cta-letter", note, 0},        {"media-copyright", note, 0},
      /* a rail of trending stories, an agency's attribution line */
      {"rail--trending", note, 0},    {"attribution", note, 0},
  };
  summar_buf b;
  summar_buf_init(&b, &summar_default_allocator);
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
    box_page(&b, cases[i].cls, cases[i].text);
    summar_status st;
    summar_html *h = extract(b.data, b.len, 0, &st);
    char what[128];
    snprintf(what, sizeof what, "a box of class \"%s\" is %s",
             cases[i].cls, cases[i].kept ? "kept" : "dropped");
    CHECK(has(h, "the council approved its budget") &&
              has(h, cases[i].text) == cases[i].kept,
          what);
    summar_html_free(h);
  }
  summar_buf_free(&b);
}

static size_t count(const char *hay, const char *needle) {
  size_t n = 0;
  for (const char *p = strstr(hay, needle); p; p = strstr(p + 1, needle))
    n++;
  return n;
}

/* Text repeated in the article (the same step in each of two plans)
 * stays; a gallery's long caption shown twice is kept once. */
static void test_repeats(void) {
  static const char page[] =
      "<html><body><div class=\"entry-content\">"
      "<p>Two weekly plans follow, one for mornings and one for evenings, "
      "each with its own meals, drinks and rest days.</p>"
      "<h2>Morning plan</h2>"
      "<p>Drink a glass of water within thirty minutes after the workout.</p>"
      "<p>Breakfast is oats with berries, a boiled egg and black coffee, "
      "eaten an hour after training.</p>"
      "<h2>Evening plan</h2>"
      "<p>Drink a glass of water within thirty minutes after the workout.</p>"
      "<p>Dinner is rice with grilled fish, greens and lemon, eaten two "
      "hours before sleep, never later.</p>"
      "<div class=\"gallery\"><div class=\"caption\"><p>"
      "The harbour at dawn, seen from the old lighthouse on the northern "
      "pier in March, when the fishing boats come back with the night's "
      "catch and the gulls follow them in, as they have done every "
      "morning for as long as anyone remembers.</p>"
      "</div><div class=\"caption\"><p>"
      "The harbour at dawn, seen from the old lighthouse on the northern "
      "pier in March, when the fishing boats come back with the night's "
      "catch and the gulls follow them in, as they have done every "
      "morning for as long as anyone remembers.</p>"
      "</div></div>"
      "<p>Both plans keep the same number of calories, split differently "
      "over the day, and both leave Sunday free.</p>"
      "</div></body></html>";
  summar_status st;
  summar_html *h = extract(page, sizeof page - 1, 0, &st);
  const char *t = h ? summar_html_text(h, NULL) : "";
  CHECK(count(t, "Drink a glass of water within thirty minutes") == 2,
        "a paragraph repeated in the article text is kept twice");
  CHECK(count(t, "The harbour at dawn") == 1,
        "a caption shown twice is kept once");
  summar_html_free(h);
}

/* The root is the body's box inside an <article>; the standfirst (a
 * heading) and the lead paragraph in the article's header box join it,
 * the byline and a teaser of another story (a link) in the same article
 * do not. */
static void test_article_lead(void) {
  summar_buf b;
  summar_buf_init(&b, &summar_default_allocator);
  summar_buf_puts(&b,
                  "<html><body><nav><a href=\"/\">Home</a></nav>"
                  "<article><div class=\"top\"><div class=\"intro\">"
                  "<h1>Council approves the river park</h1>"
                  "<h2>The park opens in two years on the old rail land "
                  "along the river, and the first trails are open to "
                  "walkers from next summer.</h2>"
                  "<p>After two years of hearings the city council approved "
                  "the river park plan on Tuesday, with trails, lighting "
                  "and a boat launch paid for from the capital budget.</p>"
                  "<p>By Jane Miller, city hall reporter</p></div></div>"
                  "<div class=\"story\">");
  for (int i = 0; i < 10; i++)
    summar_buf_puts(&b,
                    "<p>The plan adds trails, lighting and a boat launch, "
                    "and the council approved its budget, its timeline and "
                    "its first phase, which starts in the spring.</p>");
  summar_buf_puts(&b,
                  "</div><div class=\"more\"><p><a href=\"/x\">Read "
                  "next: the mayor explains why the old rail yard will "
                  "become housing for four hundred families by "
                  "2030.</a></p></div></article></body></html>");
  summar_status st;
  summar_html *h = extract(b.data, b.len, 0, &st);
  CHECK(has(h, "which starts in the spring"), "the article's body is kept");
  CHECK(has(h, "After two years of hearings"),
        "the lead paragraph beside the body's box is kept");
  CHECK(has(h, "the first trails are open to walkers"),
        "the standfirst set as a heading beside the body's box is kept");
  CHECK(!has(h, "Jane Miller") && !has(h, "old rail yard"),
        "the byline and a teaser in the same article are not");
  summar_html_free(h);
  summar_buf_free(&b);
}

/* At the article's edges a short line ending in a colon introduces what
 * follows and stays; a dateline and a credit there are dropped. */
static void test_edge_lines(void) {
  summar_buf b;
  summar_buf_init(&b, &summar_default_allocator);
  summar_buf_puts(&b, "<html><body><div class=\"entry-content\">"
                      "<p>Updated 5 pm Tuesday</p>");
  river_paras(&b, NULL);
  summar_buf_puts(&b, "<p>What the first phase costs</p>"
                      "<p>What the first phase builds:</p>"
                      "<ul><li>Four miles of trails</li>"
                      "<li>Lighting on the east bank</li></ul>"
                      "<p>Photo by Sam Lee</p>"
                      "<p>The mayor called it \xE2\x80\x9C" "a new river.\xE2\x80\x9D</p>"
                      "<p>And the lights go on\xE2\x80\xA6</p>"
                      "<p>\xD9\x87\xD9\x84 \xD8\xA7\xD9\x86\xD8\xAA\xD9\x87\xD9\x89 "
                      "\xD8\xA7\xD9\x84\xD9\x85\xD8\xB4\xD8\xB1\xD9\x88\xD8\xB9\xD8\x9F</p>"
                      "</div></body></html>");
  summar_status st;
  summar_html *h = extract(b.data, b.len, 0, &st);
  CHECK(has(h, "What the first phase builds:") &&
            has(h, "Four miles of trails"),
        "a short line ending in a colon at the article's end stays");
  CHECK(has(h, "a new river.") && has(h, "the lights go on") &&
            has(h, "\xD8\xA7\xD9\x84\xD9\x85\xD8\xB4\xD8\xB1\xD9\x88\xD8\xB9"),
        "lines ending a sentence before a closing quote, with an "
        "ellipsis or an Arabic question mark stay at the edge");
  CHECK(has(h, "the council approved its budget") &&
            !has(h, "Updated 5 pm") && !has(h, "Photo by Sam Lee") &&
            !has(h, "What the first phase costs"),
        "a dateline, a credit and a line ending no sentence at the edges "
        "go");
  summar_html_free(h);
  summar_buf_free(&b);
}

/* A line ending in a photo or agency credit without ending a sentence
 * is a caption wherever it sits in the article, with or without a
 * <figure> or a caption class; a paragraph naming an agency in a
 * sentence stays. */
static void test_credit_captions(void) {
  summar_buf b;
  summar_buf_init(&b, &summar_default_allocator);
  summar_buf_puts(&b, "<html><body><div class=\"entry-content\">");
  river_paras(&b,
              "<div class=\"img\"><img src=\"a.jpg\">"
              "<span>Walkers on the east bank of the river "
              "at dawn | (AP Photo/Sam Lee)</span></div>"
              "<div><span>Natalie Naccache | Bloomberg | Getty "
              "Images</span></div>");
  summar_buf_puts(&b, "<p>The mayor told Reuters the first trails open "
                      "next summer.</p></div></body></html>");
  summar_status st;
  summar_html *h = extract(b.data, b.len, 0, &st);
  CHECK(has(h, "the council approved its budget") &&
            !has(h, "Walkers on the east bank") &&
            !has(h, "Natalie Naccache"),
        "lines ending in a photo credit inside the article are dropped");
  CHECK(has(h, "The mayor told Reuters"),
        "a sentence naming an agency stays");
  summar_html_free(h);
  summar_buf_free(&b);
}

/* A block belongs to the deepest element holding all its text: a
 * caption in a <span class="caption"> inside a plain photo box and a
 * share prompt in a <span class="share"> are in those subtrees; text
 * around such a span is not. */
static void test_block_element(void) {
  summar_buf b;
  summar_buf_init(&b, &summar_default_allocator);
  summar_buf_puts(&b, "<html><body><div class=\"entry-content\">");
  river_paras(&b,
              "<div class=\"photo\"><img src=\"a.jpg\">"
              "<span class=\"caption\">Walkers on the east "
              "bank of the river at dawn</span></div>"
              "<div><span class=\"share-box\">Tell your "
              "friends about this story</span></div>"
              "<div>The budget vote was <span class=\"caption\">"
              "six to one</span> on Tuesday.</div>");
  summar_buf_puts(&b, "</div></body></html>");
  summar_status st;
  summar_html *h = extract(b.data, b.len, 0, &st);
  CHECK(has(h, "the council approved its budget") &&
            !has(h, "Walkers on the east bank") &&
            !has(h, "Tell your friends"),
        "a caption span and a share span in plain boxes are dropped");
  CHECK(has(h, "The budget vote was six to one on Tuesday."),
        "a block whose text is partly outside a caption span stays");
  summar_html_free(h);
  summar_buf_free(&b);
}

/* The article's <header>, nested in a layout box rather than a child of
 * the <article>, still holds its lead: the lead joins the body's box; a
 * short byline in the same header and a page header outside the article
 * do not. */
static void test_article_header(void) {
  summar_buf b;
  summar_buf_init(&b, &summar_default_allocator);
  summar_buf_puts(&b,
                  "<html><body><header><p>City news, opinion and sports "
                  "from the river towns, every morning in your inbox, "
                  "free of charge for all our readers.</p></header>"
                  "<article><div class=\"row\"><header class=\"cols\">"
                  "<h1>Council approves the river park</h1>"
                  "<div class=\"intro\">After two years of hearings the "
                  "city council approved the river park plan on Tuesday, "
                  "with trails, lighting and a boat launch paid for from "
                  "the capital budget.</div>"
                  "<p>By Jane Miller</p></header></div>"
                  "<div class=\"story\">");
  for (int i = 0; i < 10; i++)
    summar_buf_puts(&b,
                    "<p>The plan adds trails, lighting and a boat launch, "
                    "and the council approved its budget, its timeline and "
                    "its first phase, which starts in the spring.</p>");
  summar_buf_puts(&b, "</div></article></body></html>");
  summar_status st;
  summar_html *h = extract(b.data, b.len, 0, &st);
  CHECK(has(h, "which starts in the spring") &&
            has(h, "After two years of hearings"),
        "the lead in the article's nested header box is kept");
  CHECK(!has(h, "Jane Miller") && !has(h, "every morning in your inbox"),
        "the byline and the page's own header are not");
  summar_html_free(h);
  summar_buf_free(&b);
}

/* A heading followed by a subheading whose section holds text has
 * content; a heading whose section lost everything (its links) goes. */
static void test_heading_sections(void) {
  summar_buf b;
  summar_buf_init(&b, &summar_default_allocator);
  summar_buf_puts(&b, "<html><body><div class=\"entry-content\">");
  river_paras(&b, NULL);
  summar_buf_puts(&b, "<h2>The plan in detail</h2><h3>Funding</h3>"
                      "<p>The first phase is paid for from the capital "
                      "budget, and the second from a state grant that "
                      "the city applies for next year.</p>"
                      "<h2>Related stories</h2><ul>"
                      "<li><a href=\"/a\">Rail yard cleanup begins</a></li>"
                      "<li><a href=\"/b\">Mayor on housing</a></li></ul>"
                      "</div></body></html>");
  summar_status st;
  summar_html *h = extract(b.data, b.len, 0, &st);
  CHECK(has(h, "The plan in detail") && has(h, "Funding") &&
            has(h, "a state grant"),
        "a heading whose subsection holds text is kept");
  CHECK(!has(h, "Related stories"),
        "a heading whose section lost all its text is dropped");
  summar_html_free(h);
  summar_buf_free(&b);
}

/* With no <article> around them, a lead in a box of its own between
 * the headline and the body joins the body; a teaser of another story
 * (a link) and a key point (a list item) there do not. */
static void test_title_lead(void) {
  summar_buf b;
  summar_buf_init(&b, &summar_default_allocator);
  summar_buf_puts(&b,
                  "<html><head><title>Council approves the river park"
                  "</title></head><body><div class=\"top\">"
                  "<h1>Council approves the river park</h1>"
                  "<div class=\"intro\"><p>After two years of hearings "
                  "the city council approved the river park plan on "
                  "Tuesday night, with trails, lighting and a boat launch "
                  "paid for from the capital budget over the next three "
                  "years.</p></div>"
                  "<div class=\"teaser\"><p><a href=\"/x\">Rail yard "
                  "cleanup begins</a> The old rail yard on the east bank "
                  "becomes housing for four hundred families by 2030, the "
                  "mayor said on Monday at city hall.</p></div>"
                  "<ul><li>The park opens in two years on the old rail "
                  "land along the river, and the first trails are open to "
                  "walkers from next summer.</li></ul></div>"
                  "<div class=\"text\">");
  for (int i = 0; i < 10; i++)
    summar_buf_puts(&b,
                    "<p>The plan adds trails, lighting and a boat launch, "
                    "and the council approved its budget, its timeline and "
                    "its first phase, which starts in the spring.</p>");
  summar_buf_puts(&b, "</div></body></html>");
  summar_status st;
  summar_html *h = extract(b.data, b.len, 0, &st);
  CHECK(has(h, "which starts in the spring") &&
            has(h, "After two years of hearings"),
        "the lead between the headline and the body is kept");
  CHECK(!has(h, "four hundred families") && !has(h, "open to walkers"),
        "a teaser with its link and a key point there are not");
  summar_html_free(h);
  summar_buf_free(&b);
}

static void test_detector(void) {
  static const char *const yes[] = {
      "<!DOCTYPE html><html><body>x</body></html>",
      "  \n<html lang=\"ar\"><p>نص</p></html>",
      "<p>First paragraph.</p>\n<p>Second.</p>",
      "<div class=\"post\">Text<br>more</div>",
      "\xEF\xBB\xBF<!doctype HTML>",
      "Saved page\n<html><body><p>text</p></body></html>",
      "<!-- saved --><HTML><BODY>x</BODY></HTML>"};
  static const char *const no[] = {
      "Plain text about the <p> element in HTML.",
      "<3 this recipe, thanks!",
      "a < b and c > d",
      "<p> without any closing tag at all",
      ""};
  int ok = 1;
  for (size_t i = 0; i < sizeof yes / sizeof *yes; i++)
    ok &= summar_looks_like_html(yes[i], strlen(yes[i])) == 1;
  CHECK(ok, "detector: doctype, <html>, <p>...</p>, <div> are HTML");
  ok = 1;
  for (size_t i = 0; i < sizeof no / sizeof *no; i++)
    ok &= summar_looks_like_html(no[i], strlen(no[i])) == 0;
  CHECK(ok && !summar_looks_like_html(NULL, 5),
        "detector: prose mentioning tags is not HTML");
  size_t len;
  char *req = load("../../data/samples/request-ar.txt", &len);
  CHECK(req && !summar_looks_like_html(req, len),
        "detector: the scraped Arabic request is text");
  free(req);
}

static void test_hostile(void) {
  summar_status st;
  /* 100k nested elements */
  size_t n = 100000;
  summar_buf b;
  summar_buf_init(&b, &summar_default_allocator);
  for (size_t i = 0; i < n; i++)
    summar_buf_puts(&b, i % 2 ? "<div>" : "<span>");
  summar_buf_puts(&b, "Deep text, deep inside a very deep page of markup.");
  summar_html *h = extract(b.data, b.len, 0, &st);
  CHECK(st == SUMMAR_OK && has(h, "Deep text"),
        "100k nested elements: the text inside is found");
  summar_html_free(h);
  summar_buf_free(&b);

  static const char bad[] =
      "<p>One <b>bold <i>and italic</p> text</b> after, "
      "<table><td>cell<p>para</table><<<>>> &bogus; &#xFFFFFFF; &#0; "
      "<p>Last words here</p></div></div></span><a href='x>unterminated";
  h = extract(bad, sizeof bad - 1, 0, &st);
  CHECK(h && has(h, "bold and italic") && has(h, "Last words here"),
        "malformed markup: recovered");
  summar_html_free(h);

  static const char empty[] =
      "<html><head><script>var x = 1;</script></head><body>"
      "<div> </div><img src=x></body></html>";
  h = extract(empty, sizeof empty - 1, 0, &st);
  CHECK(!h && st == SUMMAR_ERR_EMPTY, "a page with no text: SUMMAR_ERR_EMPTY");
  summar_doc *doc = NULL;
  CHECK(summar_doc_new(ctx, empty, sizeof empty - 1, NULL, SUMMAR_DOC_HTML,
                       &doc) == SUMMAR_ERR_EMPTY && !doc,
        "HTML doc with no text: SUMMAR_ERR_EMPTY");

  unsigned char bin[4096];
  unsigned x = 12345;
  for (size_t i = 0; i < sizeof bin; i++) {
    x = x * 1103515245u + 12345u;
    bin[i] = (unsigned char)(x >> 16);
  }
  h = extract((const char *)bin, sizeof bin, 0, &st);
  size_t hlen = 0;
  const char *htext = h ? summar_html_text(h, &hlen) : NULL;
  CHECK(st == SUMMAR_OK && htext &&
            summar_utf8_check(htext, hlen, NULL) == SUMMAR_OK,
        "binary served as HTML: a result in valid UTF-8");
  summar_html_free(h);
  CHECK(summar_html_extract(ctx, "", 0, 0, &h) == SUMMAR_ERR_EMPTY &&
            summar_html_extract(NULL, "x", 1, 0, &h) == SUMMAR_ERR_ARG &&
            summar_html_extract(ctx, NULL, 1, 0, &h) == SUMMAR_ERR_ARG &&
            summar_html_extract(ctx, "x", 1, 1u << 9, &h) ==
                SUMMAR_ERR_ARG,
        "bad arguments refused");
  summar_ctx *small = NULL;
  summar_ctx_new(NULL, &small);
  summar_ctx_set_max_input(small, 10);
  CHECK(summar_html_extract(small, "<p>more than ten</p>", 20, 0, &h) ==
            SUMMAR_ERR_TOO_LARGE,
        "above the context's limit: SUMMAR_ERR_TOO_LARGE");
  summar_ctx_free(small);
  summar_html_free(NULL);
  CHECK(summar_html_text(NULL, NULL) == NULL &&
            summar_html_block_count(NULL) == 0,
        "NULL handles");
}

static void test_oom(void) {
  size_t len;
  char *html = load("html/news-ar.html", &len);
  int ok = html != NULL, succeeded = 0;
  for (long fail = 1; ok && !succeeded && fail < 5000; fail++) {
    counting c = {0, 0, fail};
    summar_allocator a = {c_realloc, c_free, &c};
    summar_ctx *cx = NULL;
    if (summar_ctx_new(&a, &cx) != SUMMAR_OK)
      continue;
    summar_html *h = NULL;
    summar_status st = summar_html_extract(cx, html, len, 0, &h);
    if (st == SUMMAR_OK)
      succeeded = 1;
    else if (st != SUMMAR_ERR_NOMEM)
      ok = 0;
    summar_html_free(h);
    summar_ctx_free(cx);
    if (c.live != 0)
      ok = 0;
  }
  CHECK(ok && succeeded,
        "allocation failures: SUMMAR_ERR_NOMEM, nothing leaked");
  free(html);
}

int main(void) {
  (void)now;
  if (summar_ctx_new(NULL, &ctx) != SUMMAR_OK)
    return 1;
  test_pages();
  test_kinds();
  test_charsets();
  test_doc();
  test_box_hints();
  test_repeats();
  test_article_lead();
  test_edge_lines();
  test_credit_captions();
  test_block_element();
  test_article_header();
  test_heading_sections();
  test_title_lead();
  test_detector();
  test_hostile();
  test_oom();
  summar_ctx_free(ctx);
  return tap_done();
}
