--TEST--
A loop of summaries and failures does not grow PHP's memory
--FILE--
<?php
$text = file_get_contents('@DATA@/article-en.txt');
$ar = file_get_contents('@DATA@/article-ar.txt');
function round_trip(string $text, string $ar): void {
    Summar\summarize($text, ['words' => 60, 'paragraphs' => 2, 'keywords' => 3]);
    Summar\summarize($ar, ['ratio' => 0.2, 'title' => 'عنوان']);
    try {
        Summar\summarize($text, ['output_lang' => 'ar']);
    } catch (Summar\Error $e) {
    }
    try {
        summar_core_rouge_score('a', ['a', 5], null, 0);
    } catch (Summar\Error $e) {
    }
}
for ($i = 0; $i < 5; $i++) {
    round_trip($text, $ar);
}
$before = memory_get_usage();
for ($i = 0; $i < 100; $i++) {
    round_trip($text, $ar);
}
$grown = memory_get_usage() - $before;
echo $grown < 4096 ? "stable\n" : "grew by $grown bytes\n";
?>
--EXPECT--
stable
