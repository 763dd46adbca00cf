--TEST--
Summar\Error: one exception family with the library's status and message
--FILE--
<?php
$text = "The council met on Monday. It approved the new bridge after a long debate.";
function attempt(callable $f): void {
    try {
        $f();
        echo "no error\n";
    } catch (Summar\Error $e) {
        $name = array_search($e->getCode(), get_defined_constants(true)['summar'], true);
        echo $name, ': ', $e->getMessage(), "\n";
    }
}
var_dump(is_subclass_of('Summar\Error', 'RuntimeException'));
attempt(fn () => Summar\summarize($text, ['wrods' => 5]));
attempt(fn () => Summar\summarize($text, [5]));
attempt(fn () => Summar\summarize(''));
attempt(fn () => Summar\summarize(" \n "));
attempt(fn () => Summar\summarize($text, ['output_lang' => 'ar']));
attempt(fn () => Summar\summarize($text, ['words' => 10, 'ratio' => 0.5]));
attempt(fn () => Summar\summarize($text, ['words' => -1]));
attempt(fn () => Summar\summarize($text, ['words' => 'ten']));
attempt(fn () => Summar\summarize($text, ['ratio' => 2.0]));
attempt(fn () => Summar\summarize($text, ['paragraphs' => 0]));
attempt(fn () => Summar\summarize($text, ['algorithm' => 'nope']));
attempt(fn () => Summar\summarize($text, ['lang' => "en\0zz"]));
attempt(fn () => Summar\summarize($text, ['lang' => 'xx-!']));
attempt(fn () => Summar\summarize($text, ['html' => 'yes']));
attempt(fn () => Summar\summarize("a \xff b c d e."));
// the raw layer: strings and arrays, never a pointer; errors name arguments
var_dump(is_string(summar_core_quick($text, null, 10, 1)));
attempt(fn () => summar_core_quick($text, null, -3, 1));
attempt(fn () => summar_core_quick([], null, 3, 1));
attempt(fn () => summar_core_rouge_score('a', 'a', null, 0));
attempt(fn () => new SummarCoreDocument(3, $text, null, 0));
attempt(fn () => (new SummarCoreDocument(new SummarCoreContext(0), $text, null, 0))->summarize('x'));
var_dump(summar_core_rouge_score('the cat sat', ['the cat ran'], null, 0)[0]);
?>
--EXPECT--
bool(true)
SUMMAR_ERR_ARG: unknown option 'wrods' (known: words, sentences, paragraphs, keywords, ratio, lang, output_lang, algorithm, title, html)
SUMMAR_ERR_ARG: unknown option '0' (known: words, sentences, paragraphs, keywords, ratio, lang, output_lang, algorithm, title, html)
SUMMAR_ERR_EMPTY: input holds no text to summarize
SUMMAR_ERR_EMPTY: input holds no text to summarize
SUMMAR_ERR_LANG_MISMATCH: output language differs from the source language: translation is not supported
SUMMAR_ERR_ARG: give at most one of words, sentences, ratio (got words, ratio)
SUMMAR_ERR_RANGE: option 'words' must not be negative
SUMMAR_ERR_ARG: option 'words' must be an int, got string
SUMMAR_ERR_RANGE: ratio: value out of range
SUMMAR_ERR_RANGE: paragraphs: value out of range
SUMMAR_ERR_ALGORITHM: unknown scoring algorithm
SUMMAR_ERR_ARG: language tag holds a NUL byte
SUMMAR_ERR_LANG_UNSUPPORTED: unknown or unsupported language
SUMMAR_ERR_ARG: option 'html' must be true, false or 'auto'
SUMMAR_ERR_UTF8: input is not valid UTF-8
bool(true)
SUMMAR_ERR_RANGE: words must not be negative
SUMMAR_ERR_ARG: text must be a string, got array
SUMMAR_ERR_ARG: refs must be an array, got string
SUMMAR_ERR_ARG: ctx must be a SummarCoreContext, got int
SUMMAR_ERR_ARG: req must be a SummarCoreRequest or null, got string
float(0.6666666666666666)
