<?php
/* Run under valgrind by `meson test php-valgrind` (USE_ZEND_ALLOC=0, so
 * PHP's own memory goes through malloc too): summaries, failures, raw
 * objects and closed objects in a loop, nothing of libsummar's may leak. */
$text = file_get_contents($argv[1] . '/article-en.txt');
$ar = file_get_contents($argv[1] . '/article-ar.txt');
for ($i = 0; $i < 5; $i++) {
    Summar\summarize($text, ['words' => 60, 'paragraphs' => 2, 'keywords' => 3]);
    Summar\summarize($ar, ['ratio' => 0.2, 'title' => 'عنوان']);
    Summar\summarize('<html><body><h1>Bridge</h1><p>The council approved the '
        . 'bridge on Monday.</p><script>var x = 1;</script><p>Work starts '
        . 'in spring.</p></body></html>', ['words' => 10, 'title' => 'A title']);
    foreach ([['output_lang' => 'ar'], ['wrods' => 1], ['lang' => "e\0n"]] as $bad) {
        try {
            Summar\summarize($text, $bad);
        } catch (Summar\Error $e) {
        }
    }
    try {
        Summar\summarize('');
    } catch (Summar\Error $e) {
    }
    $d = new SummarCoreDocument(new SummarCoreContext(0), $text, null, 0);
    $s = $d->summarize(null);
    $t = $d->token(3);
    $tab = $d->token_norms();
    $d->close();
    $s->text();
    summar_core_rouge_score('the cat', ['the cat sat', 'a cat'], 'en', 0);
    summar_core_quick($ar, null, 20, 1);
}
echo "done\n";
