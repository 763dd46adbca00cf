--TEST--
Summar\summarize: an English article, the Summary's properties and toArray()
--FILE--
<?php
var_dump(extension_loaded('summar'), function_exists('Summar\summarize'),
         function_exists('Summar\version'));
var_dump(Summar\version() === summar_core_version(),
         (bool) preg_match('/^\d+\.\d+\.\d+$/', Summar\version()));
$text = file_get_contents('@DATA@/article-en.txt');
$s = Summar\summarize($text, ['words' => 80, 'paragraphs' => 2, 'keywords' => 3]);
var_dump($s instanceof Summar\Summary, $s->language, count($s->paragraphs));
var_dump($s->wordCount > 40 && $s->wordCount <= 80, $s->sourceWords > 250);
var_dump($s->warnings, count($s->keywords));
$k = $s->keywords;
var_dump(is_string($k[0]['word']) && $k[0]['word'] !== '' && $k[0]['weight'] === 1.0
         && $k[2]['weight'] > 0 && $k[2]['weight'] <= $k[1]['weight']
         && $k[1]['weight'] <= 1.0);
$exact = true;
$order = -1;
foreach ($s->sentences as $x) {
    $exact = $exact && substr($text, $x['start'], $x['end'] - $x['start']) === $x['text']
        && is_float($x['score']) && $x['start'] > $order
        && in_array($x['paragraph'], [0, 1], true)
        && is_int($x['index']) && is_int($x['words']) && $x['words'] > 0
        && !isset($x['truncated']);
    $order = $x['start'];
}
var_dump($exact);
var_dump(implode("\n\n", $s->paragraphs) === rtrim($s->text));
var_dump(array_keys($s->toArray()));
try {
    $s->text = 'x';
} catch (Error $e) {
    echo get_class($e), "\n";
}
// defaults: 20% of the words, one paragraph; the same input gives the same
$a = Summar\summarize($text);
$b = Summar\summarize($text, ['html' => false, 'lang' => 'en']);
var_dump($a->text === $b->text, count($a->paragraphs));
// ratio, sentences, algorithm, string counts from forms
var_dump(count(Summar\summarize($text, ['sentences' => 2])->sentences));
var_dump(Summar\summarize($text, ['ratio' => 0.1, 'algorithm' => 'lexrank'])->wordCount <= 40);
var_dump(Summar\summarize($text, ['words' => '50'])->wordCount <= 50);
// the layer's source may be required as well: it declares nothing twice
require '@LAYER@';
require_once '@LAYER@';
var_dump(Summar\summarize($text, ['words' => 30])->wordCount <= 30);
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
string(2) "en"
int(2)
bool(true)
bool(true)
array(0) {
}
int(3)
bool(true)
bool(true)
bool(true)
array(9) {
  [0]=>
  string(6) "schema"
  [1]=>
  string(8) "language"
  [2]=>
  string(5) "words"
  [3]=>
  string(12) "source_words"
  [4]=>
  string(10) "paragraphs"
  [5]=>
  string(9) "sentences"
  [6]=>
  string(8) "keywords"
  [7]=>
  string(8) "warnings"
  [8]=>
  string(4) "text"
}
Error
bool(true)
int(1)
int(2)
bool(true)
bool(true)
bool(true)
