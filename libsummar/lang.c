/*
 * lang.c - language tags and names: the languages libsummar knows, their
 * scripts, and the mapping from a BCP 47 tag, an ISO 639-2/3 code or a
 * language name (English, native or Arabic) to an ISO 639-1 code.
 */
#include "lang_int.h"
#include "stopwords.h"

#include <string.h>

#include <utf8proc.h>

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
    if (cp == 0x200C || cp == 0x200D || cp == 0x200F || cp == 0x200E)
      continue;
    cp = summar_arabic_unify(cp);
    if (cp < 0)
      continue;
    switch (cp) {
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

static int is_alnum_ascii(char c) {
  return summar_is_ascii_alpha(c) || (c >= '0' && c <= '9');
}

/* A BCP 47 tag (folded): primary subtag of 2-3 letters, then subtags of
 * 1-8 letters or digits.  Returns the primary subtag's length, 0 when
 * not such a tag. */
static size_t bcp47_primary(const char *s, size_t n) {
  size_t p = 0;
  while (p < n && summar_is_ascii_alpha(s[p]))
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

int summar_lang_is_tag(const char *tag) {
  if (!tag)
    return 0;
  char s[NAME_MAX_BYTES];
  size_t n = fold_name(tag, s);
  return n != SIZE_MAX && n != 0 && bcp47_primary(s, n) != 0;
}

SUMMAR_API size_t summar_language_english_name(const char *tag, char *buf,
                                               size_t size) {
  const char *code = tag ? summar_lang_canonical(tag) : NULL;
  const lang_entry *e = code ? find_code(code) : NULL;
  if (!e)
    return 0;
  const char *bar = strchr(e->names, '|');
  size_t n = bar ? (size_t)(bar - e->names) : strlen(e->names);
  if (buf && size) {
    size_t k = n < size - 1 ? n : size - 1;
    memcpy(buf, e->names, k);
    buf[k] = '\0';
    /* Stored lower-case for matching; English capitalizes each word. */
    for (size_t i = 0; i < k; i++)
      if ((i == 0 || buf[i - 1] == ' ') && buf[i] >= 'a' && buf[i] <= 'z')
        buf[i] = (char)(buf[i] - 'a' + 'A');
  }
  return n;
}

