/*
 * lang.c - scripts of code points and texts, language tags and names, and
 * language detection: the script of most letters first, then letters
 * proper to one language and stopword profiles among the languages of
 * that script.
 */
#include "internal.h"
#include "stopwords.h"

#include <string.h>

#include <unicode/uscript.h>
#include <utf8proc.h>

/* ------------------------------------------------------------ scripts */

static int is_letter_or_mark(int32_t cp) {
  switch (utf8proc_category(cp)) {
  case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL:
  case UTF8PROC_CATEGORY_LT: case UTF8PROC_CATEGORY_LM:
  case UTF8PROC_CATEGORY_LO: case UTF8PROC_CATEGORY_MN:
  case UTF8PROC_CATEGORY_MC: case UTF8PROC_CATEGORY_ME:
    return 1;
  default:
    return 0;
  }
}

static int is_letter(int32_t cp) {
  switch (utf8proc_category(cp)) {
  case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL:
  case UTF8PROC_CATEGORY_LT: case UTF8PROC_CATEGORY_LM:
  case UTF8PROC_CATEGORY_LO:
    return 1;
  default:
    return 0;
  }
}

/* ICU script of a letter or mark, USCRIPT_COMMON for anything else. */
static UScriptCode icu_script(int32_t cp) {
  if (cp < 0 || cp > 0x10FFFF || !is_letter_or_mark(cp))
    return USCRIPT_COMMON;
  UErrorCode err = U_ZERO_ERROR;
  UScriptCode sc = uscript_getScript((UChar32)cp, &err);
  return U_FAILURE(err) ? USCRIPT_COMMON : sc;
}

static summar_script script_class(UScriptCode sc) {
  switch (sc) {
  case USCRIPT_COMMON: case USCRIPT_INHERITED: case USCRIPT_INVALID_CODE:
  case USCRIPT_UNKNOWN:
    return SUMMAR_SCRIPT_NONE;
  case USCRIPT_LATIN: return SUMMAR_SCRIPT_LATIN;
  case USCRIPT_ARABIC: return SUMMAR_SCRIPT_ARABIC;
  case USCRIPT_CYRILLIC: return SUMMAR_SCRIPT_CYRILLIC;
  case USCRIPT_GREEK: return SUMMAR_SCRIPT_GREEK;
  case USCRIPT_HEBREW: return SUMMAR_SCRIPT_HEBREW;
  case USCRIPT_ARMENIAN: return SUMMAR_SCRIPT_ARMENIAN;
  case USCRIPT_DEVANAGARI: return SUMMAR_SCRIPT_DEVANAGARI;
  case USCRIPT_TAMIL: return SUMMAR_SCRIPT_TAMIL;
  case USCRIPT_HAN: case USCRIPT_HIRAGANA: case USCRIPT_KATAKANA:
  case USCRIPT_HANGUL: case USCRIPT_BOPOMOFO:
  case USCRIPT_KATAKANA_OR_HIRAGANA:
    return SUMMAR_SCRIPT_HAN;
  case USCRIPT_THAI: return SUMMAR_SCRIPT_THAI;
  default: return SUMMAR_SCRIPT_OTHER;
  }
}

summar_script summar_script_of(int32_t cp) {
  if (cp < 0x80) {
    int c = cp | 0x20;
    return cp >= 0 && c >= 'a' && c <= 'z' ? SUMMAR_SCRIPT_LATIN
                                           : SUMMAR_SCRIPT_NONE;
  }
  return script_class(icu_script(cp));
}

summar_script summar_dominant_script(const char *text, size_t start,
                                     size_t end, double *share) {
  if (share)
    *share = 0;
  if (!text || start >= end)
    return SUMMAR_SCRIPT_NONE;
  size_t counts[SUMMAR_SCRIPT_COUNT] = {0};
  size_t i = start;
  while (i < end) {
    unsigned char c = (unsigned char)text[i];
    if (c < 0x80) {
      i++;
      if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')
        counts[SUMMAR_SCRIPT_LATIN]++;
      continue;
    }
    int32_t cp = summar_utf8_next(text, end, &i);
    if (cp >= 0 && is_letter(cp))
      counts[summar_script_of(cp)]++;
  }
  size_t total = 0, best = SUMMAR_SCRIPT_NONE;
  for (size_t s = 1; s < SUMMAR_SCRIPT_COUNT; s++) {
    total += counts[s];
    if (counts[s] > counts[best])
      best = s;
  }
  if (total == 0 || best == SUMMAR_SCRIPT_NONE)
    return SUMMAR_SCRIPT_NONE;
  if (share)
    *share = (double)counts[best] / (double)total;
  return (summar_script)best;
}

/* ------------------------------------------------------------ languages */

typedef struct lang_entry {
  const char *code;      /* ISO 639-1 (or "und") */
  summar_script script;
  const char *names;     /* "|"-separated, lowercase, Arabic unified */
} lang_entry;

#define L SUMMAR_SCRIPT_LATIN
#define A SUMMAR_SCRIPT_ARABIC
#define C SUMMAR_SCRIPT_CYRILLIC
#define O SUMMAR_SCRIPT_OTHER
/* Arabic names are stored as their core adjective ("عربي" for العربية,
 * بالعربية, عربي...), see arabic_core(). */
static const lang_entry langs[] = {
    {"ar", A, "arabic|عربي|العربي|العربيه"},
    {"en", L, "english|انجليزي|انكليزي|english language"},
    {"fr", L, "french|français|francais|française|francaise|فرنسي"},
    {"de", L, "german|deutsch|الماني"},
    {"es", L, "spanish|español|espanol|castellano|castilian|اسباني"},
    {"it", L, "italian|italiano|ايطالي"},
    {"pt", L, "portuguese|português|portugues|برتغالي"},
    {"nl", L, "dutch|nederlands|flemish|هولندي"},
    {"ru", C, "russian|русский|روسي"},
    {"uk", C, "ukrainian|українська|اوكراني"},
    {"pl", L, "polish|polski|بولندي"},
    {"cs", L, "czech|čeština|cestina"},
    {"sk", L, "slovak|slovenčina|slovencina"},
    {"sl", L, "slovenian|slovene|slovenščina"},
    {"hr", L, "croatian|hrvatski"},
    {"sr", C, "serbian|српски|srpski"},
    {"bs", L, "bosnian|bosanski"},
    {"bg", C, "bulgarian|български"},
    {"mk", C, "macedonian|македонски"},
    {"be", C, "belarusian|беларуская"},
    {"ro", L, "romanian|română|romana|moldavian"},
    {"hu", L, "hungarian|magyar"},
    {"fi", L, "finnish|suomi"},
    {"et", L, "estonian|eesti"},
    {"lv", L, "latvian|latviešu"},
    {"lt", L, "lithuanian|lietuvių"},
    {"el", SUMMAR_SCRIPT_GREEK, "greek|modern greek|ελληνικά|يوناني"},
    {"tr", L, "turkish|türkçe|turkce|تركي"},
    {"he", SUMMAR_SCRIPT_HEBREW, "hebrew|עברית|عبري"},
    {"yi", SUMMAR_SCRIPT_HEBREW, "yiddish|ייִדיש|יידיש"},
    {"fa", A, "persian|farsi|فارسی|فارسي"},
    {"ur", A, "urdu|اردو|اردي"},
    {"ps", A, "pashto|pushto|پښتو"},
    {"ku", L, "kurdish|kurdî|كردي"},
    {"ug", A, "uyghur|uighur"},
    {"sd", A, "sindhi"},
    {"hi", SUMMAR_SCRIPT_DEVANAGARI, "hindi|हिन्दी|हिंदी|هندي"},
    {"bn", O, "bengali|bangla|বাংলা"},
    {"mr", SUMMAR_SCRIPT_DEVANAGARI, "marathi|मराठी"},
    {"ne", SUMMAR_SCRIPT_DEVANAGARI, "nepali|नेपाली"},
    {"ta", SUMMAR_SCRIPT_TAMIL, "tamil|தமிழ்"},
    {"te", O, "telugu|తెలుగు"},
    {"kn", O, "kannada|ಕನ್ನಡ"},
    {"ml", O, "malayalam|മലയാളം"},
    {"gu", O, "gujarati|ગુજરાતી"},
    {"pa", O, "punjabi|panjabi|ਪੰਜਾਬੀ"},
    {"or", O, "odia|oriya"},
    {"si", O, "sinhala|sinhalese|සිංහල"},
    {"th", SUMMAR_SCRIPT_THAI, "thai|ไทย|ภาษาไทย"},
    {"lo", O, "lao|laotian"},
    {"km", O, "khmer|cambodian"},
    {"my", O, "burmese|myanmar"},
    {"ja", SUMMAR_SCRIPT_HAN, "japanese|日本語|ياباني"},
    {"zh", SUMMAR_SCRIPT_HAN,
     "chinese|mandarin|cantonese|simplified chinese|traditional chinese|"
     "中文|汉语|漢語|صيني"},
    {"ko", SUMMAR_SCRIPT_HAN, "korean|한국어|조선말|كوري"},
    {"vi", L, "vietnamese|tiếng việt"},
    {"id", L, "indonesian|bahasa indonesia|اندونيسي"},
    {"ms", L, "malay|bahasa melayu"},
    {"tl", L, "tagalog|filipino"},
    {"sw", L, "swahili|kiswahili|سواحلي"},
    {"am", O, "amharic|አማርኛ"},
    {"hy", SUMMAR_SCRIPT_ARMENIAN, "armenian|հայերեն|ارمني"},
    {"ka", O, "georgian|ქართული"},
    {"kk", C, "kazakh|қазақша|қазақ тілі"},
    {"ky", C, "kyrgyz|kirghiz"},
    {"tg", C, "tajik"},
    {"mn", C, "mongolian"},
    {"uz", L, "uzbek|o'zbek"},
    {"az", L, "azerbaijani|azeri|azərbaycan"},
    {"tk", L, "turkmen"},
    {"eu", L, "basque|euskara"},
    {"ca", L, "catalan|català|catala|valencian"},
    {"gl", L, "galician|galego"},
    {"ga", L, "irish|gaeilge|irish gaelic"},
    {"gd", L, "scottish gaelic|gaelic"},
    {"cy", L, "welsh|cymraeg"},
    {"is", L, "icelandic|íslenska"},
    {"da", L, "danish|dansk"},
    {"sv", L, "swedish|svenska|سويدي"},
    {"no", L, "norwegian|norsk|bokmål|bokmal|nynorsk|norwegian bokmål|"
              "norwegian bokmal|norwegian nynorsk"},
    {"sq", L, "albanian|shqip"},
    {"af", L, "afrikaans"},
    {"mt", L, "maltese|malti"},
    {"lb", L, "luxembourgish"},
    {"fy", L, "frisian|western frisian"},
    {"la", L, "latin|latina"},
    {"eo", L, "esperanto"},
    {"so", L, "somali|soomaali"},
    {"ha", L, "hausa"},
    {"yo", L, "yoruba"},
    {"ig", L, "igbo"},
    {"zu", L, "zulu|isizulu"},
    {"xh", L, "xhosa|isixhosa"},
    {"mg", L, "malagasy"},
    {"jv", L, "javanese"},
    {"su", L, "sundanese"},
    {"bo", O, "tibetan"},
    {"und", SUMMAR_SCRIPT_NONE, "undetermined|unknown"},
};
#undef L
#undef A
#undef C
#undef O

/* ISO 639-2/3 codes of the table's languages. */
static const char *const alias3[][2] = {
    {"ara", "ar"}, {"arb", "ar"}, {"eng", "en"}, {"fra", "fr"},
    {"fre", "fr"}, {"deu", "de"}, {"ger", "de"}, {"spa", "es"},
    {"ita", "it"}, {"por", "pt"}, {"nld", "nl"}, {"dut", "nl"},
    {"rus", "ru"}, {"ukr", "uk"}, {"pol", "pl"}, {"ces", "cs"},
    {"cze", "cs"}, {"slk", "sk"}, {"slo", "sk"}, {"slv", "sl"},
    {"hrv", "hr"}, {"srp", "sr"}, {"bos", "bs"}, {"bul", "bg"},
    {"mkd", "mk"}, {"mac", "mk"}, {"bel", "be"}, {"ron", "ro"},
    {"rum", "ro"}, {"hun", "hu"}, {"fin", "fi"}, {"est", "et"},
    {"lav", "lv"}, {"lit", "lt"}, {"ell", "el"}, {"gre", "el"},
    {"tur", "tr"}, {"heb", "he"}, {"yid", "yi"}, {"fas", "fa"},
    {"per", "fa"}, {"pes", "fa"}, {"urd", "ur"}, {"hin", "hi"},
    {"ben", "bn"}, {"mar", "mr"}, {"nep", "ne"}, {"npi", "ne"},
    {"tam", "ta"}, {"tel", "te"}, {"kan", "kn"}, {"mal", "ml"},
    {"guj", "gu"}, {"pan", "pa"}, {"sin", "si"}, {"tha", "th"},
    {"lao", "lo"}, {"khm", "km"}, {"mya", "my"}, {"bur", "my"},
    {"jpn", "ja"}, {"zho", "zh"}, {"chi", "zh"}, {"cmn", "zh"},
    {"yue", "zh"}, {"kor", "ko"}, {"vie", "vi"}, {"ind", "id"},
    {"msa", "ms"}, {"may", "ms"}, {"zsm", "ms"}, {"tgl", "tl"},
    {"fil", "tl"}, {"swa", "sw"}, {"swh", "sw"}, {"amh", "am"},
    {"hye", "hy"}, {"arm", "hy"}, {"kat", "ka"}, {"geo", "ka"},
    {"kaz", "kk"}, {"uzb", "uz"}, {"aze", "az"}, {"eus", "eu"},
    {"baq", "eu"}, {"cat", "ca"}, {"glg", "gl"}, {"gle", "ga"},
    {"cym", "cy"}, {"wel", "cy"}, {"isl", "is"}, {"ice", "is"},
    {"dan", "da"}, {"swe", "sv"}, {"nor", "no"}, {"nob", "no"},
    {"nno", "no"}, {"sqi", "sq"}, {"alb", "sq"}, {"afr", "af"},
    {"pus", "ps"}, {"kur", "ku"}, {"uig", "ug"}, {"snd", "sd"},
    {"ori", "or"}, {"kir", "ky"}, {"tgk", "tg"}, {"mon", "mn"},
    {"tuk", "tk"}, {"gla", "gd"}, {"mlt", "mt"}, {"ltz", "lb"},
    {"fry", "fy"}, {"lat", "la"}, {"epo", "eo"}, {"som", "so"},
    {"hau", "ha"}, {"yor", "yo"}, {"ibo", "ig"}, {"zul", "zu"},
    {"xho", "xh"}, {"mlg", "mg"}, {"jav", "jv"}, {"sun", "su"},
    {"bod", "bo"}, {"tib", "bo"}, {"und", "und"},
};

static const lang_entry *find_code(const char *code) {
  for (size_t i = 0; i < sizeof langs / sizeof langs[0]; i++)
    if (strcmp(langs[i].code, code) == 0)
      return &langs[i];
  return NULL;
}

/* Whether `name` (n bytes) is one of the "|"-separated names. */
static int name_in(const char *names, const char *name, size_t n) {
  const char *p = names;
  for (;;) {
    const char *bar = strchr(p, '|');
    size_t len = bar ? (size_t)(bar - p) : strlen(p);
    if (len == n && memcmp(p, name, n) == 0)
      return 1;
    if (!bar)
      return 0;
    p = bar + 1;
  }
}

static const lang_entry *find_name(const char *name, size_t n) {
  if (n == 0)
    return NULL;
  for (size_t i = 0; i < sizeof langs / sizeof langs[0]; i++)
    if (name_in(langs[i].names, name, n))
      return &langs[i];
  return NULL;
}

#define NAME_MAX_BYTES 128

/* Lowercases s (trimmed) into out with Arabic letters unified and
 * tashkeel / tatweel dropped; returns the length or SIZE_MAX when too long
 * or invalid. */
static size_t fold_name(const char *s, char *out) {
  size_t len = strlen(s);
  size_t i = 0, n = 0;
  while (i < len) {
    int32_t cp = summar_utf8_next(s, len, &i);
    if (cp < 0)
      return SIZE_MAX;
    if ((cp >= 0x064B && cp <= 0x065F) || cp == 0x0670 || cp == 0x0640 ||
        cp == 0x200C || cp == 0x200D || cp == 0x200F || cp == 0x200E)
      continue;
    switch (cp) {
    case 0x0622: case 0x0623: case 0x0625: case 0x0671:
      cp = 0x0627;
      break;
    case 0x0649: case 0x0626:
      cp = 0x064A;
      break;
    case 0x0629:
      cp = 0x0647;
      break;
    case 0x0624:
      cp = 0x0648;
      break;
    case '_':
      cp = '-';
      break;
    default:
      if (summar_is_space(cp))
        cp = ' ';
      else if (cp >= 'A' && cp <= 'Z')
        cp += 'a' - 'A';
      else if (cp >= 0x80)
        cp = utf8proc_tolower(cp);
      break;
    }
    if (cp == ' ' && (n == 0 || out[n - 1] == ' '))
      continue; /* leading or repeated space */
    if (n + 4 >= NAME_MAX_BYTES)
      return SIZE_MAX;
    n += summar_utf8_encode(cp, out + n);
  }
  while (n > 0 && out[n - 1] == ' ')
    n--;
  out[n] = '\0';
  return n;
}

static int starts_with(const char *s, size_t n, const char *p) {
  size_t pn = strlen(p);
  return n >= pn && memcmp(s, p, pn) == 0;
}

static int ends_with(const char *s, size_t n, const char *p) {
  size_t pn = strlen(p);
  return n >= pn && memcmp(s + n - pn, p, pn) == 0;
}

/* Arabic language names: "بالعربية", "اللغة العربية", "العربي" ... are
 * tried as the bare adjective ("عربي") in a few shapes. */
static const lang_entry *find_arabic_name(const char *s, size_t n) {
  static const char *const prefixes[] = {"باللغه ", "اللغه ", "لغه ",
                                         "بلغه ", NULL};
  for (size_t k = 0; prefixes[k]; k++)
    if (starts_with(s, n, prefixes[k])) {
      size_t pn = strlen(prefixes[k]);
      s += pn;
      n -= pn;
      break;
    }
  char buf[NAME_MAX_BYTES];
  /* "بال" + word -> "ال" + word */
  if (starts_with(s, n, "\xD8\xA8\xD8\xA7\xD9\x84") && n - 2 < sizeof buf) {
    memcpy(buf, s + 2, n - 2);
    n -= 2;
    s = buf;
  }
  for (int strip_al = 0; strip_al < 2; strip_al++) {
    const char *w = s;
    size_t wn = n;
    if (strip_al) {
      if (!starts_with(w, wn, "\xD8\xA7\xD9\x84")) /* ال */
        break;
      w += 4;
      wn -= 4;
    }
    const lang_entry *e = find_name(w, wn);
    if (e)
      return e;
    if (ends_with(w, wn, "\xD9\x87")) { /* ه (from ة) */
      e = find_name(w, wn - 2);
      if (e)
        return e;
    }
  }
  return NULL;
}

static int is_alpha(char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
static int is_alnum_ascii(char c) {
  return is_alpha(c) || (c >= '0' && c <= '9');
}

/* A BCP 47 tag (folded): primary subtag of 2-3 letters, then subtags of
 * 1-8 letters or digits.  Returns the primary subtag's length, 0 when
 * not such a tag. */
static size_t bcp47_primary(const char *s, size_t n) {
  size_t p = 0;
  while (p < n && is_alpha(s[p]))
    p++;
  if (p < 2 || p > 3)
    return 0;
  size_t i = p;
  while (i < n) {
    if (s[i] != '-')
      return 0;
    i++;
    size_t k = 0;
    while (i < n && is_alnum_ascii(s[i])) {
      i++;
      k++;
    }
    if (k < 1 || k > 8)
      return 0;
  }
  return p;
}

const char *summar_lang_canonical(const char *tag) {
  if (!tag)
    return NULL;
  char s[NAME_MAX_BYTES];
  size_t n = fold_name(tag, s);
  if (n == SIZE_MAX || n == 0)
    return NULL;

  size_t p = bcp47_primary(s, n);
  if (p) {
    char code[4];
    memcpy(code, s, p);
    code[p] = '\0';
    if (p == 2) {
      if (strcmp(code, "nb") == 0 || strcmp(code, "nn") == 0)
        return "no";
      if (strcmp(code, "iw") == 0) /* deprecated */
        return "he";
      if (strcmp(code, "in") == 0)
        return "id";
      if (strcmp(code, "ji") == 0)
        return "yi";
      const lang_entry *e = find_code(code);
      return e ? e->code : NULL;
    }
    for (size_t i = 0; i < sizeof alias3 / sizeof alias3[0]; i++)
      if (strcmp(alias3[i][0], code) == 0)
        return find_code(alias3[i][1])->code;
    /* A 3-letter word may still be a name ("lao"). */
  }

  const lang_entry *e = find_name(s, n);
  if (!e && ends_with(s, n, " language"))
    e = find_name(s, n - 9);
  if (!e && (unsigned char)s[0] >= 0xD8 && (unsigned char)s[0] <= 0xDB)
    e = find_arabic_name(s, n);
  return e ? e->code : NULL;
}

summar_script summar_lang_script(const char *lang) {
  const char *code = summar_lang_canonical(lang);
  if (!code)
    return SUMMAR_SCRIPT_NONE;
  const lang_entry *e = find_code(code);
  return e ? e->script : SUMMAR_SCRIPT_NONE;
}

SUMMAR_API const char *summar_language_code(size_t i) {
  size_t n = 0;
  const summar_stoplist *l = summar_stoplists(&n);
  if (!l || i >= n)
    return NULL;
  return l[i].lang;
}

SUMMAR_API const char *summar_language_name(size_t i) {
  return summar_language_code(i);
}

SUMMAR_API const char *summar_language_canonical(const char *tag) {
  return tag ? summar_lang_canonical(tag) : NULL;
}

/* ------------------------------------------------------------ detection */

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
  /* Arabic family */
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
  if (!is_alpha(c) && c != '/' && c != '!' && c != '?')
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

static void count_letter(scan *sc, int32_t cp) {
  UScriptCode us = icu_script(cp);
  summar_script s = script_class(us);
  sc->script[s]++;
  int32_t lc = utf8proc_tolower(cp);
  switch (s) {
  case SUMMAR_SCRIPT_HAN:
    if (us == USCRIPT_HIRAGANA || us == USCRIPT_KATAKANA ||
        us == USCRIPT_KATAKANA_OR_HIRAGANA)
      sc->kana++;
    else if (us == USCRIPT_HANGUL)
      sc->hangul++;
    break;
  case SUMMAR_SCRIPT_ARABIC:
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
    break;
  case SUMMAR_SCRIPT_CYRILLIC:
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
    break;
  case SUMMAR_SCRIPT_HEBREW:
    if (cp >= 0x05F0 && cp <= 0x05F2)
      sc->yi_lig++;
    break;
  case SUMMAR_SCRIPT_LATIN:
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

static void scan_letters(const char *text, size_t start, size_t end,
                         scan *sc) {
  size_t i = start;
  while (i < end) {
    unsigned char c = (unsigned char)text[i];
    if (c < 0x80) {
      if (c == '<') {
        size_t k = skip_tag(text, i, end);
        if (k != i) {
          i = k;
          continue;
        }
      }
      i++;
      if (is_alpha((char)c))
        sc->script[SUMMAR_SCRIPT_LATIN]++;
      continue;
    }
    int32_t cp = summar_utf8_next(text, end, &i);
    if (cp >= 0 && is_letter(cp))
      count_letter(sc, cp);
  }
}

/* Words of one script scored against candidate stopword lists. */
#define MAX_CAND 24

typedef struct profile {
  summar_script script;
  size_t ncand;
  const summar_stoplist *lists[MAX_CAND];
  const char *const *extra[MAX_CAND]; /* small built-in lists, NULL-ended */
  const char *code[MAX_CAND];
  size_t hits[MAX_CAND];
  size_t words;
} profile;

static void add_cand(profile *p, const char *code,
                     const char *const *extra) {
  if (p->ncand >= MAX_CAND)
    return;
  const summar_stoplist *l = summar_stoplist_find(code);
  if (!l && !extra)
    return;
  p->lists[p->ncand] = l;
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
  for (size_t k = 0; k < p->ncand; k++)
    if ((p->lists[k] && summar_stoplist_has(p->lists[k], w, n)) ||
        in_extra(p->extra[k], w, n))
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
    if (cp >= 0 && (cp < 0x80 ? is_alpha((char)cp) : is_letter_or_mark(cp))) {
      if (!in_word) {
        in_word = 1;
        n = chars = 0;
        keep = summar_script_of(cp) == p->script;
      }
      chars++;
      if (cp >= 'A' && cp <= 'Z')
        cp += 'a' - 'A';
      else if (cp >= 0x80)
        cp = utf8proc_tolower(cp);
      if (n <= WORD_MAX)
        n += summar_utf8_encode(cp, w + n);
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

const char *summar_lang_detect(const char *text, size_t start, size_t end,
                               int *confident) {
  int conf = 0;
  if (confident)
    *confident = 0;
  if (!text || start >= end)
    return "und";
  if (end - start > SAMPLE_BYTES) {
    end = start + SAMPLE_BYTES;
    while (end > start && ((unsigned char)text[end] & 0xC0) == 0x80)
      end--;
  }

  scan sc;
  memset(&sc, 0, sizeof sc);
  scan_letters(text, start, end, &sc);
  size_t total = 0, best = SUMMAR_SCRIPT_NONE, best_w = 0;
  for (size_t s = 1; s < SUMMAR_SCRIPT_COUNT; s++) {
    total += sc.script[s];
    /* A Han character carries about a word: weigh it more than a letter. */
    size_t w = sc.script[s] * (s == SUMMAR_SCRIPT_HAN ? 3 : 1);
    if (w > best_w) {
      best_w = w;
      best = s;
    }
  }
  if (total == 0)
    return "und";
  size_t n = sc.script[best];
  /* Clear evidence: enough letters, most of them in the script. */
  conf = n >= 20 && n * 2 >= total;

  const char *code = "und";
  profile p;
  memset(&p, 0, sizeof p);
  p.script = (summar_script)best;
  switch ((summar_script)best) {
  case SUMMAR_SCRIPT_LATIN: {
    for (size_t k = 0; latin_langs[k]; k++)
      add_cand(&p, latin_langs[k], NULL);
    int c2 = 0;
    code = detect_profile(text, start, end, &p, NULL, &c2);
    size_t second, b = best_cand(&p, &second);
    double share = p.words ? (double)p.hits[b] / (double)p.words : 0;
    /* Languages without lists, known by their letters. */
    const char *sig = NULL;
    if (sc.vi * 20 > n)
      sig = "vi";
    else if (sc.pl * 100 > n)
      sig = "pl";
    else if (sc.cs * 200 > n)
      sig = "cs";
    if (sig && share < 0.15) {
      code = sig;
      c2 = n >= 100;
    }
    if (!code) {
      /* Latin words but no stopword: a short title is most likely
       * English; a long text is a language we have no profile for. */
      code = p.words >= 20 ? "und" : "en";
      c2 = 0;
    }
    conf = conf && c2;
    break;
  }
  case SUMMAR_SCRIPT_ARABIC:
    code = "ar";
    if (sc.fa_ur + sc.ur_only > sc.ar_only) {
      code = sc.ur_only * 10 > sc.fa_ur ? "ur" : "fa";
      conf = conf && sc.fa_ur + sc.ur_only >= 5;
    }
    break;
  case SUMMAR_SCRIPT_CYRILLIC:
    if (sc.kk * 100 > n) {
      code = "kk";
    } else if (sc.mk * 300 > n) {
      code = "mk";
    } else if (sc.sr * 100 > n) {
      code = "sr";
    } else if (sc.uk * 200 > n || (sc.uk_i * 100 > n && sc.ru * 1000 < n)) {
      code = sc.be * 200 > n ? "be" : "uk";
    } else if (sc.be * 200 > n) {
      code = "be";
    } else if (sc.ru * 1000 < n && sc.bg_hard * 200 > n) {
      code = "bg";
    } else {
      add_cand(&p, "ru", NULL);
      add_cand(&p, "sr", NULL);
      int c2 = 0;
      code = detect_profile(text, start, end, &p, "ru", &c2);
      conf = conf && (c2 || sc.ru * 200 > n);
    }
    break;
  case SUMMAR_SCRIPT_GREEK:
    code = "el";
    break;
  case SUMMAR_SCRIPT_HEBREW: {
    add_cand(&p, "he", he_words);
    add_cand(&p, "yi", yi_words);
    int c2 = 0;
    code = detect_profile(text, start, end, &p, "he", &c2);
    if (sc.yi_lig * 100 > n)
      code = "yi";
    break;
  }
  case SUMMAR_SCRIPT_ARMENIAN:
    code = "hy";
    break;
  case SUMMAR_SCRIPT_DEVANAGARI: {
    add_cand(&p, "hi", NULL);
    add_cand(&p, "ne", NULL);
    add_cand(&p, "mr", mr_words);
    int c2 = 0;
    code = detect_profile(text, start, end, &p, "hi", &c2);
    conf = conf && c2;
    break;
  }
  case SUMMAR_SCRIPT_TAMIL:
    code = "ta";
    break;
  case SUMMAR_SCRIPT_THAI:
    code = "th";
    break;
  case SUMMAR_SCRIPT_HAN:
    if (sc.hangul > sc.kana && sc.hangul * 10 >= n * 3)
      code = "ko";
    else if (sc.kana > 0 && sc.kana * 50 >= n)
      code = "ja";
    else if (sc.kana > 0)
      code = "ja", conf = 0;
    else
      code = "zh";
    break;
  case SUMMAR_SCRIPT_OTHER: {
    size_t k = 0;
    for (size_t j = 1; j < N_OTHER; j++)
      if (sc.other[j] > sc.other[k])
        k = j;
    if (sc.other[k] * 2 > n) {
      code = other_scripts[k].code;
    } else {
      code = "und";
      conf = 0;
    }
    break;
  }
  default:
    code = "und";
    conf = 0;
    break;
  }
  if (confident)
    *confident = conf;
  return code;
}
