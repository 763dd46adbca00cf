/*
 * segment_lang.c - language data of the sentence segmenter.
 *
 * Every word is lower-case UTF-8 without its final period.  Three kinds of
 * abbreviation:
 *   - prefix:  titles written before a name ("Mr.", "Dr.", "St."): never the
 *              end of a sentence when a word or number follows;
 *   - numeric: written before a number ("No. 5", "p. 55", "art. 4"): not an
 *              end before a digit, an ordinary word otherwise;
 *   - generic: everything else ("etc.", "Inc.", "Nov."): not an end before a
 *              digit or a lower-case word; before a capitalized word an end
 *              only when that word is a usual sentence opener (starters).
 * Dotted forms ("e.g.", "U.S.", "Ph.D.") and single letters need no entry:
 * segment.c recognizes them by shape.
 *
 * Sources: common usage, the abbreviation lists of style guides; none was
 * copied from a test set.
 */
#include "segment_int.h"

#include <string.h>

/* ------------------------------------------------------------ all */

/* Before numbers, in every language. */
const char *const summar_seg_all_numeric[] = {
  "no", "nos", "nr", "n°", "nº", "№", "tel", "fig", "figs", "vol", "vols",
  "p", "pp", "ch", "chap", "sec", "art", "arts", "ed", "eq", "eqs", "ref",
  "tab", "op", NULL};

/* Brand names written with a final "!" that does not end a sentence. */
const char *const summar_seg_exclaim_words[] = {
  "yahoo", "jeopardy", "yum", "joomla", NULL};

/* ------------------------------------------------------------ en */

static const char *const seg_en_prefix[] = {
  "mr", "mrs", "ms", "mssrs", "messrs", "dr", "drs", "prof", "st", "mt",
  "ft", "gen", "capt", "cmdr", "col", "comdr", "cpl", "lt", "maj", "sgt",
  "pvt", "adm", "brig", "rev", "hon", "sen", "rep", "reps", "gov", "pres",
  "supt", "insp", "msgr", "mme", "mlle", "fr", "sr", "sra", "srta", "sta",
  "rt", "ald", "atty", "attys", "dir", "supt", "asst", "assoc", NULL};

static const char *const seg_en_generic[] = {
  "etc", "inc", "co", "corp", "ltd", "llc", "plc", "bros", "assn", "dept",
  "univ", "jr", "esq", "vs", "viz", "cf", "al", "approx", "ca", "est",
  "avg", "misc", "ibid", "cit", "resp", "govt", "intl",
  "natl", "mfg", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
  "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thur",
  "thurs", "fri", "ave", "blvd", "rd", "hwy", "mtn", "rs", "sq", "yr",
  "yrs", "hr", "hrs", "mins", "secs", "calif", "ariz",
  "colo", "conn", "fla", "kan", "mich", "minn", "neb", "nev", "okla",
  "penn", "tenn", "tex", "wis", "wyo", "dist", "bldg", "mgr",
  "ph", "pharm", "oz", "lb", "lbs", "cm", "mm", "km", "kg", NULL};

const char *const summar_seg_en_starters[] = {
  "a", "an", "the", "i", "he", "she", "it", "we", "they", "you", "this",
  "that", "these", "those", "there", "here", "how", "what", "when", "where",
  "who", "whom", "why", "which", "however", "but", "and", "so", "yet", "if",
  "in", "on", "at", "as", "after", "before", "for", "my", "his", "her",
  "its", "our", "their", "your", "then", "thus", "also", "although",
  "though", "while", "because", "since", "some", "many", "most", "all",
  "each", "every", "both", "being", "did", "do", "does", "more", "millions",
  "meanwhile", "moreover", "furthermore", "today", "now", "during", NULL};

/* ------------------------------------------------------------ es */

static const char *const seg_es_prefix[] = {
  "sr", "sra", "srta", "sres", "sras", "dr", "dra", "dres", "lic", "lcda",
  "lcdo", "ing", "arq", "prof", "profa", "d", "dña", "sto", "sta", "mons",
  "gral", "cnel", "cap", "tte", "sgto", "excmo", "excma", "ilmo", "ilma",
  "mt", "pdte", "admón", NULL};

static const char *const seg_es_numeric[] = {
  "núm", "num", "pág", "págs", "párr", "párrf", "cap", "cód", "inc", NULL};

static const char *const seg_es_generic[] = {
  "etc", "ej", "aprox", "apdo", "avda", "av", "c", "cía", "dpto", "depto",
  "ed", "edit", "gob", "ib", "ibíd", "id", "ltda", "máx", "mín", "pról",
  "sig", "sigs", "tít", "ud", "uds", "vd", "vds", "vol", "vs", "ene", "feb",
  "mar", "abr", "may", "jun", "jul", "ago", "sep", "sept", "set", "oct",
  "nov", "dic", "lun", "mié", "jue", "vie", "sáb", "dom", "hs", "hrs",
  "km", "kg", "cm", "mm", "prov", "s.a", NULL};

static const char *const seg_es_starters[] = {
  "el", "la", "los", "las", "un", "una", "unos", "unas", "yo", "tú", "él",
  "ella", "ellos", "ellas", "nosotros", "usted", "ustedes", "esto", "este",
  "esta", "estos", "estas", "eso", "ese", "esa", "pero", "cuando", "donde",
  "qué", "cómo", "hay", "se", "si", "no", "también", "además", "luego",
  "entonces", "sin", "mi", "su", "sus", "nuestro", "en", "por", "para",
  "hoy", NULL};

/* ------------------------------------------------------------ da */

static const char *const seg_da_prefix[] = {
  "hr", "fr", "frk", "dr", "prof", "st", "sankt", "mag", "cand", "lic",
  "pastor", NULL};

static const char *const seg_da_numeric[] = {
  "nr", "s", "kap", "stk", "afs", "pkt", "tlf", "tel", NULL};

static const char *const seg_da_generic[] = {
  "bl.a", "ca", "co", "etc", "evt", "f.eks", "fx", "inkl", "ekskl", "mht",
  "mv", "mfl", "osv", "pga", "vedr", "iflg", "jf", "jvf", "ang", "adr",
  "aps", "a/s", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
  "sept", "okt", "nov", "dec", "man", "tir", "ons", "tor", "fre", "lør",
  "søn", "kl", "km", "kg", "mio", "mia", "gl", "ndr", NULL};

static const char *const seg_da_starters[] = {
  "jeg", "du", "han", "hun", "den", "det", "de", "vi", "i", "hvad", "hvor",
  "hvem", "hvorfor", "hvordan", "hvornår", "men", "og", "så", "der", "her",
  "dette", "disse", "min", "mit", "mine", "hans", "hendes", "nu", "da",
  "når", "hvis", "efter", "derfor", NULL};

/* ------------------------------------------------------------ it */

static const char *const seg_it_prefix[] = {
  "sig", "sigg", "sig.ra", "sig.na", "dott", "dr", "dott.ssa", "prof",
  "prof.ssa", "ing", "avv", "arch", "geom", "rag", "on", "sen", "gen",
  "col", "cav", "comm", "mons", "p", "s", "ss", "sr", "sua", "spett",
  "egr", "gent", "ill", "psicol", "mt", NULL};

static const char *const seg_it_numeric[] = {
  "n", "nr", "num", "pag", "pagg", "cap", "tel", "art", "c.a.p", NULL};

static const char *const seg_it_generic[] = {
  "ecc", "es", "ca", "cfr", "vd", "ad", "es", "pres", "segg", "sec",
  "avv", "v", "vs", "gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago",
  "set", "ott", "nov", "dic", "lun", "mer", "gio", "ven", "sab", "dom",
  "meteor", "idraul", "st", "d", "amm", "ass", "dott", "s.p.a", "spa",
  "srl", "km", "kg", NULL};

static const char *const seg_it_starters[] = {
  "il", "lo", "la", "i", "gli", "le", "un", "uno", "una", "io", "tu",
  "lui", "lei", "noi", "voi", "loro", "questo", "questa", "quello",
  "quella", "ma", "e", "se", "quando", "dove", "come", "perché", "non",
  "ci", "si", "poi", "anche", "oggi", NULL};

/* ------------------------------------------------------------ fr */

static const char *const seg_fr_prefix[] = {
  "m", "mm", "mme", "mmes", "mlle", "mlles", "dr", "pr", "me", "mgr", "st",
  "ste", "gal", "col", "cdt", "lt", "sgt", NULL};

static const char *const seg_fr_numeric[] = {
  "n°", "no", "p", "pp", "chap", "art", "vol", "tél", "fig", NULL};

static const char *const seg_fr_generic[] = {
  "etc", "cf", "av", "apr", "env", "ex", "éd", "coll", "dir", "hab",
  "janv", "févr", "fév", "mars", "avr", "juil", "sept", "oct", "nov",
  "déc", "lun", "mar", "mer", "jeu", "ven", "sam", "dim", "bd", "boul",
  "cie", "sa", "sarl", "km", "kg", "min", "max", "réf", "resp", "vs", NULL};

static const char *const seg_fr_starters[] = {
  "le", "la", "les", "un", "une", "des", "je", "tu", "il", "elle", "on",
  "nous", "vous", "ils", "elles", "ce", "cette", "ces", "cela", "ceci",
  "mais", "et", "quand", "où", "comment", "pourquoi", "qui", "que", "si",
  "puis", "alors", "en", "dans", "mon", "son", "leur", "depuis", NULL};

/* ------------------------------------------------------------ nl */

static const char *const seg_nl_prefix[] = {
  "dhr", "mevr", "mw", "mej", "dr", "drs", "ir", "ing", "mr", "prof", "st",
  "ds", "zr", NULL};

static const char *const seg_nl_numeric[] = {
  "nr", "blz", "art", "tel", "hfst", "pag", NULL};

static const char *const seg_nl_generic[] = {
  "aanw", "vnw", "bijv", "bv", "bijz", "bv", "ca", "d.w.z", "e.d", "enz",
  "etc", "evt", "excl", "incl", "jl", "m.a.w", "mln", "mld", "o.a", "resp",
  "t.a.v", "vgl", "vs", "zgn", "z.g.a", "jan", "feb", "mrt", "apr", "jun",
  "jul", "aug", "sep", "sept", "okt", "nov", "dec", "ma", "di", "wo", "do",
  "vr", "za", "zo", "km", "kg", "bijl", "afd", "adj", "bn", "ww", "zn", NULL};

static const char *const seg_nl_starters[] = {
  "de", "het", "een", "ik", "jij", "je", "hij", "zij", "ze", "wij", "we",
  "jullie", "dit", "dat", "deze", "die", "maar", "en", "wanneer", "waar",
  "hoe", "wat", "wie", "waarom", "er", "toen", "als", "daarna", "ook", NULL};

/* ------------------------------------------------------------ de */

static const char *const seg_de_prefix[] = {
  "hr", "hrn", "fr", "frl", "dr", "prof", "dipl", "ing", "st", "sr",
  "mag", "pfr", NULL};

static const char *const seg_de_numeric[] = {
  "nr", "s", "abs", "art", "bd", "kap", "tel", "ziff", "abb", "tab", NULL};

static const char *const seg_de_generic[] = {
  "bzw", "ca", "d.h", "evtl", "etc", "ggf", "inkl", "exkl", "insb", "usw",
  "u.a", "z.b", "z.t", "vgl", "sog", "bspw", "bzgl", "gegr", "geb", "gest",
  "jh", "jhd", "mio", "mrd", "tsd", "u.ä", "v.a", "zzgl", "allg", "anm",
  "jan", "feb", "febr", "mär", "apr", "jun", "jul", "aug", "sep", "sept",
  "okt", "nov", "dez", "mo", "di", "mi", "do", "fr", "sa", "so", "str",
  "km", "kg", "gmbh", "ag", "e.v", "eigtl", "ehem", "entspr", "erg", NULL};

static const char *const seg_de_starters[] = {
  "der", "die", "das", "den", "dem", "ein", "eine", "ich", "du", "er",
  "sie", "es", "wir", "ihr", "dies", "diese", "dieser", "dieses", "aber",
  "und", "wann", "wo", "wie", "was", "wer", "warum", "dann", "als", "wenn",
  "doch", "auch", "man", "im", "am", "nach", "danach", "heute", NULL};

/* ------------------------------------------------------------ ru */

static const char *const seg_ru_prefix[] = {
  "г", "гг", "ул", "пр", "просп", "пер", "д", "кв", "обл", "р-н", "с",
  "пос", "дер", "проф", "акад", "доц", "им", "св", "тов", "гр", "оз",
  "р", NULL};

static const char *const seg_ru_numeric[] = {
  "№", "т", "стр", "с", "рис", "табл", "гл", "ст", "п", "пп", "ч", "тел",
  NULL};

static const char *const seg_ru_generic[] = {
  "т.е", "т.к", "т.п", "т.д", "др", "пр", "см", "ср", "напр", "англ",
  "лат", "нем", "франц", "руб", "коп", "дол", "долл", "тыс", "млн", "млрд",
  "км", "кг", "мин", "сек", "янв", "февр", "фев", "мар", "апр", "авг",
  "сент", "сен", "окт", "нояб", "ноя", "дек", "в", "вв", "ок", "ок",
  "прим", "ред", "изд", "т.н", "у.е", "н.э", "до н.э", "им", NULL};

static const char *const seg_ru_starters[] = {
  "я", "ты", "он", "она", "оно", "мы", "вы", "они", "это", "этот", "эта",
  "эти", "но", "однако", "что", "как", "когда", "где", "почему", "кто",
  "там", "тут", "здесь", "затем", "потом", "тогда", "так", "если", "все",
  "всё", "поэтому", NULL};

/* ------------------------------------------------------------ bg */

static const char *const seg_bg_prefix[] = {
  "г", "гр", "ул", "бул", "д-р", "проф", "доц", "акад", "с", "кв", "св",
  NULL};

static const char *const seg_bg_generic[] = {
  "т.е", "т.г", "т.н", "вкл", "напр", "др", "млн", "млрд", "хил", "лв",
  "ст", "стр", "км", "кг", "вж", "сп", "изд", "пр", NULL};

static const char *const seg_bg_starters[] = {
  "аз", "ти", "той", "тя", "то", "ние", "вие", "те", "това", "тази",
  "този", "но", "когато", "къде", "как", "какво", "защо", "кой", NULL};

/* ------------------------------------------------------------ kk */

static const char *const seg_kk_generic[] = {
  "т.б", "т.с.с", "б", "т", "ж", "млн", "млрд", "км", "кг", "см", NULL};

/* ------------------------------------------------------------ sk, cs, pl */

static const char *const seg_sk_generic[] = {
  "napr", "tzv", "resp", "atď", "a.s", "s.r.o", "spol", "str", "č", "tj",
  "t.j", "napr", "pozn", "roč", "zb", "ul", "mil", "mld", "tis", "km",
  "kg", "prof", "doc", "ing", "mgr", "bc", "dr", "mudr", "judr", "phdr",
  "rndr", "sv", "nám", "vyd", NULL};

static const char *const seg_pl_generic[] = {
  "np", "tzw", "itd", "itp", "m.in", "tj", "ok", "ul", "al", "pl", "wg",
  "godz", "str", "nr", "tys", "mln", "mld", "zł", "gr", "km", "kg", "prof",
  "dr", "hab", "inż", "mgr", "św", "bałt", "ang", "łac", "niem", "ros",
  "r", "w", NULL};

/* ------------------------------------------------------------ hy */

static const char *const seg_hy_generic[] = {
  "թ", "թթ", "դ", "էջ", "տե՛ս", "պրն", "տկն", "օր", "մ.թ.ա", "մ.թ", "կմ",
  "կգ", NULL};

/* ------------------------------------------------------------ ar */

static const char *const seg_ar_prefix[] = {
  "د", "أ", "أ.د", "م", "م.د", "ج", "ش", "ص", "ب", NULL};

static const char *const seg_ar_generic[] = {
  "هـ", "ه", "ق.م", "ق", "م", "ص.ب", "ت", "س", "ج.م.ع", "إلخ", "الخ",
  "كم", "كغ", "كجم", "ص", NULL};

/* ------------------------------------------------------------ table */

static const seg_langdata seg_langs[] = {
  {"en", seg_en_prefix, NULL, seg_en_generic, summar_seg_en_starters,
   SEG_LANG_PRONOUN_I},
  {"es", seg_es_prefix, seg_es_numeric, seg_es_generic, seg_es_starters,
   SEG_LANG_DOUBLED_PLURAL},
  {"da", seg_da_prefix, seg_da_numeric, seg_da_generic, seg_da_starters,
   SEG_LANG_ORDINAL_DOT},
  {"it", seg_it_prefix, seg_it_numeric, seg_it_generic, seg_it_starters, 0},
  {"fr", seg_fr_prefix, seg_fr_numeric, seg_fr_generic, seg_fr_starters, 0},
  {"nl", seg_nl_prefix, seg_nl_numeric, seg_nl_generic, seg_nl_starters, 0},
  {"de", seg_de_prefix, seg_de_numeric, seg_de_generic, seg_de_starters,
   SEG_LANG_ORDINAL_DOT},
  {"ru", seg_ru_prefix, seg_ru_numeric, seg_ru_generic, seg_ru_starters, 0},
  {"bg", seg_bg_prefix, NULL, seg_bg_generic, seg_bg_starters, 0},
  {"kk", NULL, NULL, seg_kk_generic, seg_ru_starters, 0},
  {"sk", NULL, NULL, seg_sk_generic, NULL, SEG_LANG_ORDINAL_DOT},
  {"cs", NULL, NULL, seg_sk_generic, NULL, SEG_LANG_ORDINAL_DOT},
  {"pl", NULL, NULL, seg_pl_generic, NULL, SEG_LANG_ORDINAL_DOT},
  {"hy", NULL, NULL, seg_hy_generic, NULL, 0},
  {"ar", seg_ar_prefix, NULL, seg_ar_generic, NULL, 0},
  {"fa", seg_ar_prefix, NULL, seg_ar_generic, NULL, 0},
  {"no", seg_da_prefix, seg_da_numeric, seg_da_generic, NULL,
   SEG_LANG_ORDINAL_DOT},
  {"nb", seg_da_prefix, seg_da_numeric, seg_da_generic, NULL,
   SEG_LANG_ORDINAL_DOT},
  {"fi", NULL, NULL, NULL, NULL, SEG_LANG_ORDINAL_DOT},
  {"hu", NULL, NULL, NULL, NULL, SEG_LANG_ORDINAL_DOT},
  {"sl", NULL, NULL, NULL, NULL, SEG_LANG_ORDINAL_DOT},
  {"hr", NULL, NULL, NULL, NULL, SEG_LANG_ORDINAL_DOT},
  {"sr", NULL, NULL, NULL, NULL, SEG_LANG_ORDINAL_DOT},
  {"tr", NULL, NULL, NULL, NULL, SEG_LANG_ORDINAL_DOT},
};

const seg_langdata *summar_seg_langdata(const char *code) {
  for (size_t k = 0; k < sizeof seg_langs / sizeof seg_langs[0]; k++)
    if (strcmp(seg_langs[k].code, code) == 0)
      return &seg_langs[k];
  return NULL;
}
