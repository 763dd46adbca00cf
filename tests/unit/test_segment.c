/*
 * test_segment.c - the sentence segmenter (TAP).
 *
 * Cases written for this test: abbreviations, initials, decimals, quotes,
 * lists, ellipses, Arabic punctuation, line structure, empty input; and on
 * every text (plus pseudo-random ones) the invariants: ranges inside the
 * input, in order, non-empty, trimmed of whitespace.
 */
#include "internal.h"
#include "segment_int.h"
#include "../common/tap.h"

#include <stdio.h>
#include <string.h>

/* Checks the invariants of ranges segmented out of text[start,end). */
static int ranges_sane(const char *text, size_t start, size_t end,
                       const summar_rangevec *rv) {
  size_t last = start;
  for (size_t k = 0; k < rv->n; k++) {
    size_t s = rv->v[k].start, e = rv->v[k].end;
    if (s < last || e <= s || e > end)
      return 0;
    size_t i = s;
    int32_t c = summar_utf8_next(text, e, &i);
    if (summar_is_space(c))
      return 0;
    /* last code point */
    size_t j = e - 1;
    while (j > s && ((unsigned char)text[j] & 0xC0) == 0x80)
      j--;
    size_t m = j;
    c = summar_utf8_next(text, e, &m);
    if (summar_is_space(c))
      return 0;
    last = e;
  }
  return 1;
}

/* Segments text (a NULL-terminated list of expected sentences follows). */
static int segment_is(summar_segmenter *seg, const char *text,
                      const char *const *want) {
  summar_rangevec rv = {&summar_default_allocator, NULL, 0, 0};
  size_t len = strlen(text);
  int good = summar_segment(seg, text, 0, len, 0, &rv) == SUMMAR_OK &&
             ranges_sane(text, 0, len, &rv);
  size_t n = 0;
  while (want[n])
    n++;
  if (good && rv.n != n)
    good = 0;
  for (size_t k = 0; good && k < n; k++) {
    size_t l = rv.v[k].end - rv.v[k].start;
    if (l != strlen(want[k]) || memcmp(text + rv.v[k].start, want[k], l))
      good = 0;
  }
  if (!good) {
    printf("# text: %s\n", text);
    for (size_t k = 0; k < rv.n; k++)
      printf("#   got: [%.*s]\n", (int)(rv.v[k].end - rv.v[k].start),
             text + rv.v[k].start);
  }
  summar_rangevec_free(&rv);
  return good;
}

#define SEGMENTS(seg, text, ...)                                             \
  segment_is((seg), (text), (const char *const[]){__VA_ARGS__, NULL})

static void test_english(void) {
  summar_segmenter *seg = NULL;
  CHECK(summar_segmenter_new(NULL, "en", &seg) == SUMMAR_OK && seg,
        "segmenter for en");
  if (!seg)
    return;
  CHECK(SEGMENTS(seg, "Ms. Lee met Prof. Grant at noon. They talked.",
                 "Ms. Lee met Prof. Grant at noon.", "They talked."),
        "title abbreviations do not end sentences");
  CHECK(SEGMENTS(seg, "Our office moved to the U.S. last spring. It is big.",
                 "Our office moved to the U.S. last spring.", "It is big."),
        "dotted abbreviation before a lower-case word");
  CHECK(SEGMENTS(seg, "The parcel went to the U.K. We never saw it again.",
                 "The parcel went to the U.K.", "We never saw it again."),
        "dotted abbreviation before a sentence opener ends the sentence");
  CHECK(SEGMENTS(seg, "Bring fruit, bread, cheese etc. for the picnic.",
                 "Bring fruit, bread, cheese etc. for the picnic."),
        "etc. inside a sentence");
  CHECK(SEGMENTS(seg, "C. S. Lewis and E. M. Forster wrote novels. Both did.",
                 "C. S. Lewis and E. M. Forster wrote novels.", "Both did."),
        "initials");
  CHECK(SEGMENTS(seg, "The rate was 4.75 percent. Then it fell to 3.9.",
                 "The rate was 4.75 percent.", "Then it fell to 3.9."),
        "decimals");
  CHECK(SEGMENTS(seg, "Read vol. 3 and see fig. 12 for details. Next topic.",
                 "Read vol. 3 and see fig. 12 for details.", "Next topic."),
        "abbreviations before numbers");
  CHECK(SEGMENTS(seg, "We counted 12. 7 were missing.", "We counted 12.",
                 "7 were missing."),
        "a number before a period ends a sentence");
  CHECK(SEGMENTS(seg, "He yelled, \"Run now.\" Nobody moved. (It was late.) "
                      "We waited.",
                 "He yelled, \"Run now.\"", "Nobody moved.", "(It was late.)",
                 "We waited."),
        "closing quotes and brackets stay with the sentence");
  CHECK(SEGMENTS(seg, "She whispered \"wait. listen.\" and smiled.",
                 "She whispered \"wait. listen.\" and smiled."),
        "no boundary inside a short quotation");
  CHECK(SEGMENTS(seg, "Pack: 1. a tent 2. a stove 3. two maps",
                 "Pack:", "1. a tent", "2. a stove", "3. two maps"),
        "inline numbered list");
  CHECK(SEGMENTS(seg, "Well... Maybe later? Sure!", "Well...", "Maybe later?",
                 "Sure!"),
        "ellipsis before a capital, ? and !");
  CHECK(SEGMENTS(seg, "He paused ... and went on.",
                 "He paused ... and went on."),
        "ellipsis before a lower-case word");
  CHECK(SEGMENTS(seg, "Is it you?! Yes.", "Is it you?!", "Yes."),
        "?! run");
  CHECK(SEGMENTS(seg, "! ! !", "! ! !"), "punctuation-only pieces are joined");
  CHECK(SEGMENTS(seg, "He won. Scroll down for video Flying high: the kite rose.",
                 "He won.", "Scroll down for video",
                 "Flying high: the kite rose."),
        "a widget phrase glued to the next sentence is cut off");
  CHECK(SEGMENTS(seg, "Scroll down for video Police said the car was stolen.",
                 "Scroll down for video", "Police said the car was stolen."),
        "the glued widget is cut off at the start of a text");
  CHECK(SEGMENTS(seg, "Scroll down for videos of the race. Please scroll down "
                      "for video Clips.",
                 "Scroll down for videos of the race.",
                 "Please scroll down for video Clips."),
        "the phrase before a lower-case word or inside a sentence stays");
  summar_segmenter_free(seg);
}

static void test_lines(void) {
  summar_segmenter *seg = NULL;
  CHECK(summar_segmenter_new(NULL, "en", &seg) == SUMMAR_OK && seg,
        "segmenter for line tests");
  if (!seg)
    return;
  CHECK(SEGMENTS(seg,
                 "The committee met on a cold morning to discuss the budget\n"
                 "and the plans of the coming year. After a long debate the\n"
                 "Chair closed the meeting.",
                 "The committee met on a cold morning to discuss the budget\n"
                 "and the plans of the coming year.",
                 "After a long debate the\nChair closed the meeting."),
        "hard-wrapped lines do not end sentences");
  CHECK(SEGMENTS(seg, "First paragraph without a stop\n\nSecond one",
                 "First paragraph without a stop", "Second one"),
        "a blank line always ends a sentence");
  CHECK(SEGMENTS(seg,
                 "Results\nThe trial enrolled forty patients in three towns.\n"
                 "Most of them recovered.",
                 "Results", "The trial enrolled forty patients in three towns.",
                 "Most of them recovered."),
        "a heading line ends a sentence");
  CHECK(SEGMENTS(seg, "You need:\n- a hammer\n- nails\n* glue",
                 "You need:", "- a hammer", "- nails", "* glue"),
        "bullet lines");
  CHECK(SEGMENTS(seg, "Agenda\n1. Welcome\n2. Reports\n3. Other business",
                 "Agenda", "1. Welcome", "2. Reports", "3. Other business"),
        "numbered lines");
  summar_segmenter_free(seg);
}

static void test_arabic(void) {
  summar_segmenter *seg = NULL;
  CHECK(summar_segmenter_new(NULL, "ar", &seg) == SUMMAR_OK && seg,
        "segmenter for ar");
  if (!seg)
    return;
  CHECK(SEGMENTS(seg, "هل قرأت الكتاب؟ نعم قرأته أمس.", "هل قرأت الكتاب؟",
                 "نعم قرأته أمس."),
        "Arabic question mark");
  CHECK(SEGMENTS(seg, "وصل الوفد صباحا؛ ثم بدأ الاجتماع!",
                 "وصل الوفد صباحا؛", "ثم بدأ الاجتماع!"),
        "Arabic semicolon and exclamation");
  CHECK(SEGMENTS(seg, "زار الطالب المكتبة، وقرأ كتابين. ثم عاد إلى البيت.",
                 "زار الطالب المكتبة، وقرأ كتابين.", "ثم عاد إلى البيت."),
        "Arabic comma inside punctuated text is not a boundary");
  CHECK(SEGMENTS(seg, "قال د. سامي إن النتائج جيدة.",
                 "قال د. سامي إن النتائج جيدة."),
        "Arabic abbreviation");
  CHECK(SEGMENTS(seg, "تلقى الدعم من الاتحاد السوفيتي.وقد جرت معارك. نقلت أ.ب.أ الخبر.",
                 "تلقى الدعم من الاتحاد السوفيتي.", "وقد جرت معارك.",
                 "نقلت أ.ب.أ الخبر."),
        "Arabic period without a space after a word; not in single letters");
  CHECK(SEGMENTS(seg, "انتهت المباراة .وبدأت الاحتفالات. قال له.على الفور ذهب. "
                      "فاز عام 1952.في تلك السنة. زار المكتب (الرئيسي).تعتبر "
                      "الشركة كبيرة. يبلغ 2.1 بليون.",
                 "انتهت المباراة .", "وبدأت الاحتفالات.", "قال له.",
                 "على الفور ذهب.", "فاز عام 1952.", "في تلك السنة.",
                 "زار المكتب (الرئيسي).", "تعتبر الشركة كبيرة.",
                 "يبلغ 2.1 بليون."),
        "Arabic period glued to the next word after a space, a short word, a "
        "number or a bracket; not in a decimal");
  CHECK(SEGMENTS(seg, "ظهر تميزه عام 1783 م. اتسعت شهرته. ولد عام 1770 م في "
                      "بون. ولد سنة 500 ق.م في أثينا.",
                 "ظهر تميزه عام 1783 م.", "اتسعت شهرته.",
                 "ولد عام 1770 م في بون.", "ولد سنة 500 ق.م في أثينا."),
        "an era or unit letter after a number ends a sentence with a period");
  CHECK(SEGMENTS(seg,
                 "خرج الناس إلى الشوارع في المدينة القديمة منذ الصباح الباكر، "
                 "ورفعوا الأعلام والصور فوق البيوت والمحلات، "
                 "وغنى الأطفال في الساحات الكبيرة حتى المساء",
                 "خرج الناس إلى الشوارع في المدينة القديمة منذ الصباح الباكر،",
                 "ورفعوا الأعلام والصور فوق البيوت والمحلات،",
                 "وغنى الأطفال في الساحات الكبيرة حتى المساء"),
        "long unpunctuated Arabic block splits at the Arabic comma");
  CHECK(SEGMENTS(seg, "ذهبنا إلى السوق، واشترينا خبزا، ثم عدنا",
                 "ذهبنا إلى السوق، واشترينا خبزا، ثم عدنا"),
        "short unpunctuated Arabic block stays whole");
  summar_segmenter_free(seg);
}

static void test_edges(void) {
  summar_segmenter *seg = NULL;
  CHECK(summar_segmenter_new(NULL, NULL, &seg) == SUMMAR_OK && seg,
        "segmenter with root rules");
  if (!seg)
    return;
  summar_rangevec rv = {&summar_default_allocator, NULL, 0, 0};
  CHECK(summar_segment(seg, "", 0, 0, 0, &rv) == SUMMAR_OK && rv.n == 0,
        "empty input: no sentence");
  CHECK(summar_segment(seg, " \n\t\n ", 0, 5, 0, &rv) == SUMMAR_OK && rv.n == 0,
        "whitespace only: no sentence");
  const char *t = "xx One. Two. yy";
  CHECK(summar_segment(seg, t, 3, 12, 0, &rv) == SUMMAR_OK && rv.n == 2 &&
            rv.v[0].start == 3 && rv.v[0].end == 7 && rv.v[1].start == 8 &&
            rv.v[1].end == 12,
        "a sub-range gives offsets into the whole text");
  rv.n = 0;
  CHECK(summar_segment(seg, NULL, 0, 4, 0, &rv) == SUMMAR_ERR_ARG,
        "NULL text with a length is an error");
  CHECK(summar_segment(NULL, t, 0, 3, 0, &rv) == SUMMAR_ERR_ARG,
        "NULL segmenter is an error");
  summar_rangevec_free(&rv);
  summar_segmenter_free(NULL);
  CHECK(1, "summar_segmenter_free(NULL) is a no-op");
  summar_segmenter_free(seg);
}

/* Pseudo-random texts built from tricky pieces: invariants only. */
static void test_random(void) {
  static const char *const pieces[] = {
    "a", "Word", " ", "  ", "\n", "\n\n", ".", "...", "!", "?", "\"", "'",
    "(", ")", "«", "»", "Mr.", "U.S.", "1.", "2)", "3.5", "،", "؟", "؛",
    "كتاب", "é", "\xe2\x80\xa6", "- ", "• ", "[...]", "I.", "v.", ":",
    "Ա", "\xe2\x80\xaa", "\t", "\xf0\x9f\x98\x80", "\xe3\x80\x82", "Ok. ", "\xc3"};
  const size_t np = sizeof pieces / sizeof pieces[0];
  const char *langs[] = {"en", "ar", "hy", "de", "es", "ru", "xx", NULL};
  unsigned long x = 12345;
  int all_ok = 1;
  char text[2048];
  for (int round = 0; round < 600 && all_ok; round++) {
    summar_segmenter *seg = NULL;
    if (summar_segmenter_new(NULL, langs[round % 8], &seg) != SUMMAR_OK) {
      all_ok = 0;
      break;
    }
    size_t len = 0;
    int n = 1 + round % 120;
    for (int k = 0; k < n; k++) {
      x = x * 6364136223846793005UL + 1442695040888963407UL;
      const char *p = pieces[(x >> 33) % np];
      size_t l = strlen(p);
      if (len + l >= sizeof text)
        break;
      memcpy(text + len, p, l);
      len += l;
    }
    summar_rangevec rv = {&summar_default_allocator, NULL, 0, 0};
    size_t s = len > 4 ? (x >> 20) % 3 : 0;
    while (s > 0 && ((unsigned char)text[s] & 0xC0) == 0x80)
      s--;
    if (summar_segment(seg, text, s, len, 0, &rv) != SUMMAR_OK ||
        !ranges_sane(text, s, len, &rv))
      all_ok = 0;
    /* the same segmenter twice gives the same answer */
    summar_rangevec rv2 = {&summar_default_allocator, NULL, 0, 0};
    if (summar_segment(seg, text, s, len, 0, &rv2) != SUMMAR_OK ||
        rv2.n != rv.n ||
        (rv.n && memcmp(rv.v, rv2.v, rv.n * sizeof *rv.v)))
      all_ok = 0;
    /* ICU's boundaries through a UTF-8 UText, as for runs too long for
     * the UTF-16 copy: the same sentences */
    summar_rangevec rv3 = {&summar_default_allocator, NULL, 0, 0};
    seg->utf16_max = 0;
    if (summar_segment(seg, text, s, len, 0, &rv3) != SUMMAR_OK ||
        rv3.n != rv.n ||
        (rv.n && memcmp(rv.v, rv3.v, rv.n * sizeof *rv.v)))
      all_ok = 0;
    summar_rangevec_free(&rv3);
    if (!all_ok)
      printf("# failing text: %.*s\n", (int)len, text);
    summar_rangevec_free(&rv);
    summar_rangevec_free(&rv2);
    summar_segmenter_free(seg);
  }
  CHECK(all_ok, "random texts: ranges inside, ordered, trimmed, repeatable, "
                "the same through UTF-16 and a UTF-8 UText");
}

/* A large input is segmented in near-linear time (a smoke test: no clock,
 * just that a 1 MB text with many candidates completes). */
static void test_large(void) {
  summar_segmenter *seg = NULL;
  if (summar_segmenter_new(NULL, "en", &seg) != SUMMAR_OK) {
    CHECK(0, "large input");
    return;
  }
  static const char unit[] = "Dr. Roe met J. K. Ode at 5 p.m. in the U.S. "
                             "\"Fine. Good.\" he said... Then 1. go 2. stay! ";
  size_t ul = sizeof unit - 1, reps = (1u << 20) / ul;
  summar_allocator const *a = &summar_default_allocator;
  char *big = summar_alloc(a, reps * ul + 1);
  summar_rangevec rv = {a, NULL, 0, 0};
  int good = big != NULL;
  if (good) {
    for (size_t k = 0; k < reps; k++)
      memcpy(big + k * ul, unit, ul);
    big[reps * ul] = '\0';
    good = summar_segment(seg, big, 0, reps * ul, 0, &rv) == SUMMAR_OK &&
           ranges_sane(big, 0, reps * ul, &rv) && rv.n == reps * 2;
  }
  CHECK(good, "1 MB input segmented, two sentences per repeated unit");
  summar_rangevec_free(&rv);
  summar_dealloc(a, big);
  summar_segmenter_free(seg);
}

/* Sentence marks of scripts written without spaces, and of Greek,
 * Ethiopic and Myanmar; a dash after "?" or "!" that goes on. */
static void test_scripts(void) {
  static const struct {
    const char *lang;
  } langs[] = {{"zh"}, {"ja"}, {"am"}, {"my"}, {"el"}, {"kk"}, {"en"}};
  summar_segmenter *seg[7] = {NULL};
  int opened = 1;
  for (size_t k = 0; k < 7; k++)
    opened &= summar_segmenter_new(NULL, langs[k].lang, &seg[k]) ==
                  SUMMAR_OK && seg[k];
  CHECK(opened, "segmenters for zh ja am my el kk en");
  if (!opened)
    goto done;
  CHECK(SEGMENTS(seg[0], "今天天气很好。我们去公园散步！你来吗？好的。",
                 "今天天气很好。", "我们去公园散步！", "你来吗？", "好的。"),
        "Chinese: 。！？ end sentences without a space after them");
  CHECK(SEGMENTS(seg[1], "東京は晴れです。明日は雨でしょう。",
                 "東京は晴れです。", "明日は雨でしょう。"),
        "Japanese: 。 without a space");
  CHECK(SEGMENTS(seg[1], "「元気？」と聞いた。はい。", "「元気？」と聞いた。",
                 "はい。"),
        "Japanese: a quotation ending in ？ goes on after its bracket");
  CHECK(SEGMENTS(seg[0], "他说：“你好。”然后走了。", "他说：“你好。”然后走了。"),
        "Chinese: a quoted sentence inside a sentence stays");
  CHECK(SEGMENTS(seg[2], "ሰላም ነው። እንዴት ነህ፧ ደህና ነኝ።", "ሰላም ነው።",
                 "እንዴት ነህ፧", "ደህና ነኝ።"),
        "Amharic: ። and ፧ end sentences");
  CHECK(SEGMENTS(seg[3], "မင်္ဂလာပါ။ နေကောင်းလား။", "မင်္ဂလာပါ။",
                 "နေကောင်းလား။"),
        "Myanmar: ။ ends a sentence");
  CHECK(SEGMENTS(seg[4], "Τι κάνεις; Είμαι καλά. Ευχαριστώ!", "Τι κάνεις;",
                 "Είμαι καλά.", "Ευχαριστώ!"),
        "Greek: \";\" is a question mark");
  CHECK(SEGMENTS(seg[4], "Ήρθε αργά· ήταν κουρασμένος.",
                 "Ήρθε αργά· ήταν κουρασμένος."),
        "Greek: the ano teleia \"·\" is not a boundary");
  CHECK(SEGMENTS(seg[6], "She smiled; he left. Then rain.",
                 "She smiled; he left.", "Then rain."),
        "English: \";\" is not a boundary");
  CHECK(SEGMENTS(seg[5], "Сен келесің бе? — деді ол. Иә, келемін.",
                 "Сен келесің бе? — деді ол.", "Иә, келемін."),
        "Kazakh: a dash and a lower-case word after \"?\" go on");
  CHECK(SEGMENTS(seg[6], "Where are you? - he asked. Nowhere. Why? - Because.",
                 "Where are you? - he asked.", "Nowhere.", "Why?",
                 "- Because."),
        "English: a dash after \"?\" goes on before a lower-case word only");
done:
  for (size_t k = 0; k < 7; k++)
    summar_segmenter_free(seg[k]);
}

/* Abbreviations of each language's standard lists: a title, a place
 * word, a legal or bibliographic reference, a unit before a number; each
 * text also ends a sentence where a reader would. */
static void test_abbrev_langs(void) {
  static const struct {
    const char *lang, *text, *want[4];
  } cases[] = {
      {"da", "Kirken ligger i Skt. Clemens Stræde. Den er gammel.",
       {"Kirken ligger i Skt. Clemens Stræde.", "Den er gammel."}},
      {"da", "Prisen er ca. 200 kr. pr. person, dvs. billigt. Vi kommer.",
       {"Prisen er ca. 200 kr. pr. person, dvs. billigt.", "Vi kommer."}},
      {"da", "Mødet handler bl.a. om skatter, hhv. afgifter. Det varer to "
             "timer.",
       {"Mødet handler bl.a. om skatter, hhv. afgifter.",
        "Det varer to timer."}},
      {"it", "La sentenza è in Riv. Dir. Civ. del 2001. Fu citata spesso.",
       {"La sentenza è in Riv. Dir. Civ. del 2001.", "Fu citata spesso."}},
      {"it", "Il ricorso è annotato in Dir. Amm. nel 2005. Fu accolto.",
       {"Il ricorso è annotato in Dir. Amm. nel 2005.", "Fu accolto."}},
      {"it", "Vedi l'art. 5 del d.lgs. n. 165 del 2001. Poi il resto.",
       {"Vedi l'art. 5 del d.lgs. n. 165 del 2001.", "Poi il resto."}},
      {"it", "Il Dott. Rossi abita in v.le Mazzini. Ha due figli.",
       {"Il Dott. Rossi abita in v.le Mazzini.", "Ha due figli."}},
      {"ru", "Он жил в пгт. Ярега Республики Коми. Потом уехал.",
       {"Он жил в пгт. Ярега Республики Коми.", "Потом уехал."}},
      {"ru", "Встреча прошла на пл. Революции и наб. Фонтанки. Было "
             "холодно.",
       {"Встреча прошла на пл. Революции и наб. Фонтанки.",
        "Было холодно."}},
      {"ru", "Завод построили в 1950 г. Это было давно. Он жил в г. Москве.",
       {"Завод построили в 1950 г.", "Это было давно.",
        "Он жил в г. Москве."}},
      {"bg", "Срещата е на пл. Независимост в 10 ч. сутринта. Всички "
             "дойдоха.",
       {"Срещата е на пл. Независимост в 10 ч. сутринта.",
        "Всички дойдоха."}},
      {"bg", "Вижте чл. 5, ал. 2 от закона. Това е важно.",
       {"Вижте чл. 5, ал. 2 от закона.", "Това е важно."}},
      {"bg", "Той живее в ж.к. Младост, бл. 5. Там е тихо.",
       {"Той живее в ж.к. Младост, бл. 5.", "Там е тихо."}},
      {"pt", "O Sr. Costa e a Dra. Lima chegaram cedo. Todos esperavam.",
       {"O Sr. Costa e a Dra. Lima chegaram cedo.", "Todos esperavam."}},
      {"pt", "Veja a pág. 12 e o art. 5 da lei. Depois leia o resto.",
       {"Veja a pág. 12 e o art. 5 da lei.", "Depois leia o resto."}},
      {"pt", "A reunião é na Av. Paulista, às 10h. Ele virá.",
       {"A reunião é na Av. Paulista, às 10h.", "Ele virá."}},
      {"de", "Das steht in Abschn. 3 bzw. Anh. B des Vertrags. Er gilt.",
       {"Das steht in Abschn. 3 bzw. Anh. B des Vertrags.", "Er gilt."}},
      {"de", "Die Kirche wurde ca. 1200 n. Chr. gebaut. Sie steht noch.",
       {"Die Kirche wurde ca. 1200 n. Chr. gebaut.", "Sie steht noch."}},
      {"fr", "Voir l'ouvrage cité, op. cit. p. 12. La suite est claire.",
       {"Voir l'ouvrage cité, op. cit. p. 12.", "La suite est claire."}},
      {"es", "La oficina está en la Avda. de Mayo, dcha. del banco. Abre "
             "a las diez.",
       {"La oficina está en la Avda. de Mayo, dcha. del banco.",
        "Abre a las diez."}},
  };
  for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
    summar_segmenter *seg = NULL;
    char what[64];
    snprintf(what, sizeof what, "%s abbreviations, case %zu", cases[k].lang,
             k + 1);
    CHECK(summar_segmenter_new(NULL, cases[k].lang, &seg) == SUMMAR_OK && seg &&
              segment_is(seg, cases[k].text, cases[k].want),
          what);
    summar_segmenter_free(seg);
  }
}

/* A line of its own ending in ":" (a heading or lead-in) before a line
 * of hard-wrapped text: its own unit, in every script.  A colon that
 * only happens to end a wrapped line inside a sentence is not. */
static void test_colon_lines(void) {
  static const struct {
    const char *lang, *text, *want[4];
  } cases[] = {
      {"en", "The committee published these findings in its yearly report:\n"
             "The budget will rise by ten percent next year and taxes will "
             "follow it.\nNobody in the city council was surprised by this "
             "at all.",
       {"The committee published these findings in its yearly report:",
        "The budget will rise by ten percent next year and taxes will "
        "follow it.",
        "Nobody in the city council was surprised by this at all."}},
      {"de", "Die Kommission hat folgende Ergebnisse in ihrem Jahresbericht "
             "veröffentlicht:\nDer Haushalt wird im nächsten Jahr um zehn "
             "Prozent steigen und die Steuern.\nNiemand im Stadtrat war "
             "darüber überrascht.",
       {"Die Kommission hat folgende Ergebnisse in ihrem Jahresbericht "
        "veröffentlicht:",
        "Der Haushalt wird im nächsten Jahr um zehn Prozent steigen und die "
        "Steuern.",
        "Niemand im Stadtrat war darüber überrascht."}},
      {"fr", "La commission a publié les conclusions suivantes dans son "
             "rapport annuel :\nLe budget augmentera de dix pour cent "
             "l'année prochaine et les impôts aussi.\nPersonne au conseil "
             "municipal n'en a été surpris.",
       {"La commission a publié les conclusions suivantes dans son rapport "
        "annuel :",
        "Le budget augmentera de dix pour cent l'année prochaine et les "
        "impôts aussi.",
        "Personne au conseil municipal n'en a été surpris."}},
      {"ar", "وقد نشرت اللجنة في تقريرها السنوي الذي صدر أمس النتائج "
             "التالية:\nسترتفع الميزانية بنسبة عشرة في المئة في العام المقبل "
             "وستتبعها الضرائب.\nولم يفاجأ أحد في المجلس البلدي بذلك.",
       {"وقد نشرت اللجنة في تقريرها السنوي الذي صدر أمس النتائج التالية:",
        "سترتفع الميزانية بنسبة عشرة في المئة في العام المقبل وستتبعها "
        "الضرائب.",
        "ولم يفاجأ أحد في المجلس البلدي بذلك."}},
      {"ru", "Комиссия опубликовала в своём ежегодном докладе следующие "
             "выводы:\nБюджет вырастет на десять процентов в следующем году, "
             "а налоги тоже.\nНикто в городском совете не удивился этому.",
       {"Комиссия опубликовала в своём ежегодном докладе следующие выводы:",
        "Бюджет вырастет на десять процентов в следующем году, а налоги "
        "тоже.",
        "Никто в городском совете не удивился этому."}},
      {"en", "He said that the committee had published the findings in its "
             "yearly\nreport: The budget will rise by ten percent next year "
             "and taxes will follow.",
       {"He said that the committee had published the findings in its "
        "yearly\nreport: The budget will rise by ten percent next year and "
        "taxes will follow."}},
  };
  for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
    summar_segmenter *seg = NULL;
    char what[64];
    snprintf(what, sizeof what, "%s line ending in a colon, case %zu",
             cases[k].lang, k + 1);
    CHECK(summar_segmenter_new(NULL, cases[k].lang, &seg) == SUMMAR_OK && seg &&
              segment_is(seg, cases[k].text, cases[k].want),
          what);
    summar_segmenter_free(seg);
  }
}

int main(void) {
  test_english();
  test_lines();
  test_arabic();
  test_scripts();
  test_abbrev_langs();
  test_colon_lines();
  test_edges();
  test_random();
  test_large();
  return tap_done();
}
