/* Unit tests of scripts, language tags and names, and language detection. */
#include "internal.h"
#include "lang_int.h"
#include "../common/tap.h"

#include <string.h>

#include <unicode/uchar.h>
#include <utf8proc.h>

static const char *detect(const char *s, int *conf) {
  return summar_lang_detect(s, 0, strlen(s), conf);
}

static int detects(const char *s, const char *want, int want_conf) {
  int conf = -1;
  const char *got = detect(s, &conf);
  if (strcmp(got, want) != 0 || (want_conf && !conf)) {
    printf("# detected %s (confident %d), wanted %s\n", got, conf, want);
    return 0;
  }
  return 1;
}

static int canon(const char *tag, const char *want) {
  const char *got = summar_lang_canonical(tag);
  if (!want)
    return got == NULL;
  if (!got || strcmp(got, want) != 0) {
    printf("# canonical(%s) = %s, wanted %s\n", tag, got ? got : "NULL",
           want);
    return 0;
  }
  return 1;
}

static const char *EN =
    "The government announced on Monday that it would increase funding for "
    "public schools across the country. Officials said the plan, which has "
    "been debated for months, is expected to benefit millions of students "
    "and their families in the coming years.";
static const char *AR =
    "أعلنت الحكومة يوم الاثنين أنها ستزيد التمويل المخصص للمدارس العامة في "
    "جميع أنحاء البلاد. وقال المسؤولون إن الخطة التي نوقشت لعدة أشهر من "
    "المتوقع أن تفيد ملايين الطلاب وأسرهم في السنوات المقبلة.";
static const char *FR =
    "Le gouvernement a annoncé lundi qu'il augmenterait le financement des "
    "écoles publiques dans tout le pays. Les responsables ont déclaré que le "
    "plan, qui est débattu depuis des mois, devrait profiter à des millions "
    "d'élèves et à leurs familles au cours des prochaines années.";
static const char *DE =
    "Die Regierung hat am Montag angekündigt, dass sie die Mittel für "
    "öffentliche Schulen im ganzen Land erhöhen wird. Die Beamten sagten, "
    "der Plan, über den seit Monaten diskutiert wird, soll Millionen von "
    "Schülern und ihren Familien in den kommenden Jahren zugutekommen.";
static const char *ES =
    "El gobierno anunció el lunes que aumentaría la financiación de las "
    "escuelas públicas en todo el país. Los funcionarios dijeron que el "
    "plan, que se ha debatido durante meses, beneficiará a millones de "
    "estudiantes y a sus familias en los próximos años.";
static const char *IT =
    "Il governo ha annunciato lunedì che aumenterà i finanziamenti per le "
    "scuole pubbliche in tutto il paese. I funzionari hanno detto che il "
    "piano, di cui si discute da mesi, dovrebbe aiutare milioni di studenti "
    "e le loro famiglie nei prossimi anni.";
static const char *PT =
    "O governo anunciou na segunda-feira que vai aumentar o financiamento "
    "das escolas públicas em todo o país. Os responsáveis disseram que o "
    "plano, que vem sendo debatido há meses, deve beneficiar milhões de "
    "estudantes e as suas famílias nos próximos anos.";
static const char *NL =
    "De regering heeft maandag aangekondigd dat zij de financiering van "
    "openbare scholen in het hele land zal verhogen. Volgens de ambtenaren "
    "zal het plan, waarover al maanden wordt gedebatteerd, miljoenen "
    "leerlingen en hun gezinnen in de komende jaren ten goede komen.";
static const char *RU =
    "Правительство объявило в понедельник, что увеличит финансирование "
    "государственных школ по всей стране. Чиновники заявили, что этот "
    "план, который обсуждался несколько месяцев, принесёт пользу "
    "миллионам учеников и их семьям в ближайшие годы.";
static const char *UK =
    "Уряд оголосив у понеділок, що збільшить фінансування державних шкіл "
    "по всій країні. Посадовці заявили, що цей план, який обговорювався "
    "кілька місяців, принесе користь мільйонам учнів та їхнім родинам.";
static const char *EL =
    "Η κυβέρνηση ανακοίνωσε τη Δευτέρα ότι θα αυξήσει τη χρηματοδότηση "
    "των δημόσιων σχολείων σε όλη τη χώρα. Οι αξιωματούχοι δήλωσαν ότι το "
    "σχέδιο θα ωφελήσει εκατομμύρια μαθητές και τις οικογένειές τους.";
static const char *ZH =
    "政府星期一宣布，将增加对全国公立学校的资助。官员们表示，这项已经讨论了"
    "几个月的计划预计将在未来几年惠及数百万学生及其家庭。";
static const char *JA =
    "政府は月曜日、全国の公立学校への資金を増やすと発表した。当局者によると、"
    "数か月にわたって議論されてきたこの計画は、今後数年間で数百万人の生徒と"
    "その家族に恩恵をもたらす見込みだという。";
static const char *KO =
    "정부는 월요일 전국 공립학교에 대한 지원을 늘리겠다고 발표했다. "
    "관계자들은 몇 달 동안 논의된 이 계획이 앞으로 몇 년 동안 수백만 명의 "
    "학생과 그 가족들에게 혜택을 줄 것으로 예상된다고 말했다.";
static const char *FA =
    "دولت روز دوشنبه اعلام کرد که بودجه مدارس دولتی را در سراسر کشور افزایش "
    "می‌دهد. مقامات گفتند این طرح که ماه‌ها درباره آن بحث شده است، به "
    "میلیون‌ها دانش‌آموز و خانواده‌هایشان کمک خواهد کرد.";
static const char *UR =
    "حکومت نے پیر کے روز اعلان کیا کہ وہ ملک بھر کے سرکاری اسکولوں کے لیے "
    "فنڈز میں اضافہ کرے گی۔ حکام نے کہا کہ یہ منصوبہ آنے والے برسوں میں "
    "لاکھوں طلبہ اور ان کے خاندانوں کو فائدہ پہنچائے گا۔";
static const char *HI =
    "सरकार ने सोमवार को घोषणा की कि वह देश भर के सरकारी स्कूलों के लिए "
    "धन में वृद्धि करेगी। अधिकारियों ने कहा कि यह योजना आने वाले वर्षों "
    "में लाखों छात्रों और उनके परिवारों को लाभ पहुंचाएगी।";
static const char *HE =
    "הממשלה הודיעה ביום שני כי היא תגדיל את התקציב של בתי הספר הציבוריים "
    "בכל רחבי הארץ. לדברי הפקידים, התוכנית עם הדיונים הרבים היא גם טובה "
    "למיליוני תלמידים ולמשפחות שלהם.";

int main(void) {
  /* ----- scripts */
  CHECK(summar_script_of('a') == SUMMAR_SCRIPT_LATIN &&
            summar_script_of('Z') == SUMMAR_SCRIPT_LATIN &&
            summar_script_of(0xE9) == SUMMAR_SCRIPT_LATIN,
        "Latin letters");
  CHECK(summar_script_of('7') == SUMMAR_SCRIPT_NONE &&
            summar_script_of(' ') == SUMMAR_SCRIPT_NONE &&
            summar_script_of(0x060C) == SUMMAR_SCRIPT_NONE &&
            summar_script_of(0x0661) == SUMMAR_SCRIPT_NONE &&
            summar_script_of(-1) == SUMMAR_SCRIPT_NONE,
        "digits, spaces and punctuation have no script");
  CHECK(summar_script_of(0x0639) == SUMMAR_SCRIPT_ARABIC &&
            summar_script_of(0x06CC) == SUMMAR_SCRIPT_ARABIC,
        "Arabic letters");
  {
    /* summar_is_arabic_letter's range, answered without a lookup, is
     * what utf8proc and ICU say of each code point in it. */
    int ok = 1;
    for (int32_t cp = 0x0600; cp <= 0x06FF; cp++) {
      int lo = utf8proc_category(cp) == UTF8PROC_CATEGORY_LO;
      UErrorCode err = U_ZERO_ERROR;
      int arabic = uscript_getScript(cp, &err) == USCRIPT_ARABIC;
      if (summar_is_arabic_letter(cp) && !(lo && arabic)) {
        printf("# U+%04X is not an Arabic Lo letter\n", (unsigned)cp);
        ok = 0;
      }
      if (summar_is_arabic_letter(cp) &&
          (!summar_is_letter(cp) || !summar_is_letter_or_mark(cp) ||
           summar_icu_script(cp) != USCRIPT_ARABIC || !summar_is_alnum(cp) ||
           summar_script_class(uscript_getScript(cp, &err)) !=
               SUMMAR_SCRIPT_ARABIC ||
           u_charType(cp) == U_DECIMAL_DIGIT_NUMBER ||
           utf8proc_tolower(cp) != cp))
        ok = 0;
    }
    CHECK(ok, "the Arabic letter shortcut agrees with utf8proc and ICU");
  }
  {
    /* summar_arabic_letter_at reads the Arabic letter of every byte pair
     * that UTF-8 decoding reads as one, and no other, nor a lone lead
     * byte at the end. */
    int ok = 1;
    for (unsigned b0 = 0; b0 < 256; b0++) {
      char one[1] = {(char)b0};
      if (summar_arabic_letter_at(one, 1, 0) != -1)
        ok = 0;
      for (unsigned b1 = 0; b1 < 256; b1++) {
        char t[2] = {(char)b0, (char)b1};
        size_t i = 0;
        int32_t cp = summar_utf8_next(t, 2, &i);
        int32_t want = i == 2 && summar_is_arabic_letter(cp) ? cp : -1;
        if (summar_arabic_letter_at(t, 2, 0) != want) {
          printf("# %02X %02X\n", b0, b1);
          ok = 0;
        }
      }
    }
    CHECK(ok, "Arabic letters read from byte pairs as UTF-8 decodes them");
  }
  {
    /* summar_arabic_unify (a table) follows its documented rule on every
     * code point of the BMP and a few beyond it. */
    int ok = 1;
    for (int32_t cp = -1; cp < 0x10010; cp++) {
      int32_t want = cp;
      if ((cp >= 0x064B && cp <= 0x065F) || cp == 0x0670 || cp == 0x0640)
        want = -1;
      else if (cp == 0x0622 || cp == 0x0623 || cp == 0x0625 || cp == 0x0671)
        want = 0x0627;
      else if (cp == 0x0649 || cp == 0x0626)
        want = 0x064A;
      else if (cp == 0x0629)
        want = 0x0647;
      else if (cp == 0x0624)
        want = 0x0648;
      if (summar_arabic_unify(cp) != want) {
        printf("# U+%04X\n", (unsigned)cp);
        ok = 0;
      }
    }
    CHECK(ok, "Arabic unification follows its rule");
  }
  CHECK(summar_script_of(0x0434) == SUMMAR_SCRIPT_CYRILLIC &&
            summar_script_of(0x03B1) == SUMMAR_SCRIPT_GREEK &&
            summar_script_of(0x05D0) == SUMMAR_SCRIPT_HEBREW &&
            summar_script_of(0x0561) == SUMMAR_SCRIPT_ARMENIAN &&
            summar_script_of(0x0915) == SUMMAR_SCRIPT_DEVANAGARI &&
            summar_script_of(0x0B95) == SUMMAR_SCRIPT_TAMIL &&
            summar_script_of(0x0E01) == SUMMAR_SCRIPT_THAI,
        "Cyrillic, Greek, Hebrew, Armenian, Devanagari, Tamil, Thai");
  CHECK(summar_script_of(0x4E2D) == SUMMAR_SCRIPT_HAN &&
            summar_script_of(0x3042) == SUMMAR_SCRIPT_HAN &&
            summar_script_of(0x30AB) == SUMMAR_SCRIPT_HAN &&
            summar_script_of(0xD55C) == SUMMAR_SCRIPT_HAN,
        "Han, kana and hangul are CJK");
  CHECK(summar_script_of(0x10D0) == SUMMAR_SCRIPT_OTHER &&
            summar_script_of(0x0995) == SUMMAR_SCRIPT_OTHER,
        "Georgian and Bengali are other scripts");

  double share = -1;
  CHECK(summar_dominant_script(AR, 0, strlen(AR), &share) ==
                SUMMAR_SCRIPT_ARABIC &&
            share > 0.99,
        "dominant script of Arabic text");
  const char *mix = "abc شمس قمر";
  CHECK(summar_dominant_script(mix, 0, strlen(mix), &share) ==
                SUMMAR_SCRIPT_ARABIC &&
            share > 0.6 && share < 0.7,
        "dominant script with its share");
  CHECK(summar_dominant_script(mix, 0, 3, &share) == SUMMAR_SCRIPT_LATIN &&
            share == 1.0,
        "dominant script of a sub-range");
  CHECK(summar_dominant_script("12 + 3!", 0, 7, &share) ==
                SUMMAR_SCRIPT_NONE &&
            share == 0,
        "no letters: no script");
  CHECK(summar_dominant_script(NULL, 0, 5, NULL) == SUMMAR_SCRIPT_NONE &&
            summar_dominant_script("abc", 2, 1, NULL) == SUMMAR_SCRIPT_NONE,
        "dominant script rejects bad arguments");

  CHECK(summar_lang_script("en-GB") == SUMMAR_SCRIPT_LATIN &&
            summar_lang_script("ar") == SUMMAR_SCRIPT_ARABIC &&
            summar_lang_script("ru") == SUMMAR_SCRIPT_CYRILLIC &&
            summar_lang_script("ja") == SUMMAR_SCRIPT_HAN &&
            summar_lang_script("fa") == SUMMAR_SCRIPT_ARABIC &&
            summar_lang_script("hi") == SUMMAR_SCRIPT_DEVANAGARI,
        "scripts of languages");
  CHECK(summar_lang_script("xx") == SUMMAR_SCRIPT_NONE &&
            summar_lang_script(NULL) == SUMMAR_SCRIPT_NONE,
        "unknown language has no script");

  /* ----- canonical tags and names */
  CHECK(canon("en", "en") && canon("en-GB", "en") && canon("pt_BR", "pt") &&
            canon("zh-Hant-TW", "zh") && canon("AR", "ar") &&
            canon("sr-Latn-RS", "sr") && canon("es-419", "es"),
        "BCP 47 tags give their primary code");
  CHECK(canon("nb", "no") && canon("nn-NO", "no") && canon("nob", "no"),
        "Norwegian Bokmål and Nynorsk are no");
  CHECK(canon("ara", "ar") && canon("eng", "en") && canon("fra", "fr") &&
            canon("deu", "de") && canon("zho", "zh"),
        "three-letter codes");
  CHECK(canon(" fr ", "fr"), "surrounding spaces ignored");
  static const char *const major[] = {
      "ar", "en", "fr", "de", "es", "it", "pt", "nl", "ru", "uk", "pl",
      "cs", "sk", "sl", "hr", "sr", "bs", "bg", "mk", "ro", "hu", "fi",
      "et", "lv", "lt", "el", "tr", "he", "yi", "fa", "ur", "hi", "bn",
      "mr", "ne", "ta", "te", "kn", "ml", "gu", "pa", "si", "th", "lo",
      "km", "my", "ja", "zh", "ko", "vi", "id", "ms", "tl", "sw", "am",
      "hy", "ka", "kk", "uz", "az", "eu", "ca", "gl", "ga", "cy", "is",
      "da", "sv", "no", NULL};
  int all = 1;
  for (size_t i = 0; major[i]; i++) {
    const char *c = summar_lang_canonical(major[i]);
    if (!c || strcmp(c, major[i]) != 0) {
      printf("# %s not known\n", major[i]);
      all = 0;
    }
  }
  CHECK(all, "every major ICU language code is known");
  CHECK(canon("Arabic", "ar") && canon("english", "en") &&
            canon("French", "fr") && canon("GERMAN", "de") &&
            canon("Spanish", "es") && canon("Japanese", "ja") &&
            canon("Norwegian", "no") && canon("Persian", "fa"),
        "English language names");
  CHECK(canon("العربية", "ar") && canon("عربي", "ar") &&
            canon("بالعربية", "ar") && canon("بالعربي", "ar") &&
            canon("اللغة العربية", "ar") && canon("العربيّة", "ar"),
        "Arabic names of Arabic");
  CHECK(canon("الإنجليزية", "en") && canon("بالإنجليزية", "en") &&
            canon("الانجليزية", "en") && canon("الإنكليزية", "en"),
        "Arabic names of English");
  CHECK(canon("الفرنسية", "fr") && canon("بالفرنسية", "fr") &&
            canon("الألمانية", "de") && canon("بالإسبانية", "es"),
        "Arabic names of French, German, Spanish");
  CHECK(canon("français", "fr") && canon("Français", "fr") &&
            canon("Deutsch", "de") && canon("español", "es") &&
            canon("Русский", "ru") && canon("日本語", "ja"),
        "native names");
  CHECK(canon("", NULL) && canon(NULL, NULL) && canon("   ", NULL) &&
            canon("e", NULL) && canon("en--GB", NULL) &&
            canon("en-", NULL) && canon("en-toolongsubtag", NULL) &&
            canon("x-klingon", NULL) && canon("12", NULL) &&
            canon("Klingon", NULL) && canon("xx", NULL) &&
            canon("qqq", NULL) && canon("en\xff", NULL),
        "malformed or unknown tags give NULL");

  /* ----- built-in languages */
  size_t nlang = 0;
  int canonical = 1, has_ar = 0, has_en = 0;
  for (const char *l; (l = summar_language_name(nlang)) != NULL; nlang++) {
    const char *c = summar_lang_canonical(l);
    canonical &= c && strcmp(c, l) == 0;
    has_ar |= strcmp(l, "ar") == 0;
    has_en |= strcmp(l, "en") == 0;
  }
  CHECK(nlang >= 20 && canonical && has_ar && has_en,
        "built-in languages are canonical codes including ar and en");
  CHECK(summar_language_name((size_t)-1) == NULL, "past the end is NULL");

  /* ----- detection */
  CHECK(detects(EN, "en", 1), "English detected");
  CHECK(detects(AR, "ar", 1), "Arabic detected");
  CHECK(detects(FR, "fr", 1), "French detected");
  CHECK(detects(DE, "de", 1), "German detected");
  CHECK(detects(ES, "es", 1), "Spanish detected");
  CHECK(detects(IT, "it", 1), "Italian detected");
  CHECK(detects(PT, "pt", 1), "Portuguese detected");
  CHECK(detects(NL, "nl", 1), "Dutch detected");
  CHECK(detects(RU, "ru", 1), "Russian detected");
  CHECK(detects(UK, "uk", 0), "Ukrainian detected");
  CHECK(detects(EL, "el", 1), "Greek detected");
  CHECK(detects(ZH, "zh", 1), "Chinese detected");
  CHECK(detects(JA, "ja", 1), "Japanese detected");
  CHECK(detects(KO, "ko", 1), "Korean detected");
  CHECK(detects(FA, "fa", 1), "Persian detected");
  CHECK(detects(UR, "ur", 1), "Urdu detected");
  CHECK(detects(HI, "hi", 0), "Hindi detected");
  CHECK(detects(HE, "he", 0), "Hebrew detected");
  {
    char buf[2048];
    snprintf(buf, sizeof buf,
             "%s\nSummarize this content to 200 words in 3 paragraphs.\n%s",
             AR, AR);
    CHECK(detects(buf, "ar", 1), "Arabic text with an English line is ar");
    snprintf(buf, sizeof buf, "<html><body><p class=\"lead\">%s</p></body>"
                              "</html>", AR);
    CHECK(detects(buf, "ar", 1), "HTML markup does not count as English");
  }
  int conf = 1;
  CHECK(strcmp(detect("", &conf), "und") == 0 && conf == 0,
        "empty text is und");
  conf = 1;
  CHECK(strcmp(detect("  \n\t 123 456 !!", &conf), "und") == 0 && conf == 0,
        "text without letters is und");
  conf = 1;
  CHECK(strcmp(detect("Hello", &conf), "en") == 0 && conf == 0,
        "a single word is a guess, not confident");
  CHECK(strcmp(summar_lang_detect(NULL, 0, 5, NULL), "und") == 0 &&
            strcmp(summar_lang_detect(EN, 5, 2, NULL), "und") == 0,
        "detect rejects bad arguments");
  {
    /* A sub-range is detected on its own. */
    char buf[2048];
    snprintf(buf, sizeof buf, "%s %s", EN, FR);
    size_t at = strlen(EN) + 1;
    CHECK(strcmp(summar_lang_detect(buf, at, strlen(buf), NULL), "fr") == 0 &&
              strcmp(summar_lang_detect(buf, 0, at, NULL), "en") == 0,
          "detection of sub-ranges");
  }
  {
    /* Large input is sampled: it stays fast and right. */
    static char big[1 << 20];
    size_t n = 0, l = strlen(DE);
    while (n + l + 1 < sizeof big) {
      memcpy(big + n, DE, l);
      n += l;
      big[n++] = ' ';
    }
    big[n] = '\0';
    CHECK(detects(big, "de", 1), "one megabyte of German");
  }
  return tap_done();
}
