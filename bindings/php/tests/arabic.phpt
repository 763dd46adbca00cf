--TEST--
Summar\summarize: Arabic, offsets byte-exact, a title given apart
--FILE--
<?php
$text = file_get_contents('@DATA@/article-ar.txt');
$s = Summar\summarize($text, ['words' => 120, 'paragraphs' => 2]);
var_dump($s->language, count($s->paragraphs), $s->wordCount <= 120);
$exact = true;
foreach ($s->sentences as $x) {
    // a sentence cut to the budget is its prefix and an ellipsis
    $cut = isset($x['truncated']) ? "\u{2026}" : '';
    $exact = $exact && substr($text, $x['start'], $x['end'] - $x['start']) . $cut === $x['text'];
}
var_dump($exact, count($s->sentences) > 1);
// a title of its own: not in the summary, offsets still into $text
$body = "The council met on Monday. It approved the new bridge after a long "
      . "debate. Work starts in spring and ends next year.";
$t = Summar\summarize($body, ['title' => 'Bridge approved', 'words' => 15]);
var_dump(str_contains($t->text, 'Bridge approved'));
foreach ($t->sentences as $x) {
    var_dump(substr($body, $x['start'], $x['end'] - $x['start']) === $x['text']);
}
// sentence indexes count the caller's text, not the given title
$first = Summar\summarize($body, ['title' => 'Bridge approved', 'sentences' => 3]);
var_dump(array_column($first->sentences, 'index'));
?>
--EXPECT--
string(2) "ar"
int(2)
bool(true)
bool(true)
bool(true)
bool(false)
bool(true)
bool(true)
array(3) {
  [0]=>
  int(0)
  [1]=>
  int(1)
  [2]=>
  int(2)
}
