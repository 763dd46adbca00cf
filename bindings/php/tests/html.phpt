--TEST--
HTML input through the library's extraction ('html' => true and 'auto')
--SKIPIF--
<?php
try {
    new SummarCoreDocument(new SummarCoreContext(0), '<p>A b c.</p>', null, SUMMAR_DOC_HTML);
} catch (Summar\Error $e) {
    echo 'skip this libsummar has no HTML input yet';
}
?>
--FILE--
<?php
$html = '<html><body><nav>Home | News | Sport</nav><article><h1>Bridge approved</h1>'
      . '<p>The council approved the new bridge on Monday after a long debate.</p>'
      . '<figure><img src="b.jpg" alt="A bridge"><figcaption>Photo: the old bridge.</figcaption></figure>'
      . '<p>Work starts in spring and ends next year, the mayor said.</p>'
      . '<script>var tracking = "do not summarize me";</script></article></body></html>';
foreach ([true, 'auto'] as $mode) {
    $s = Summar\summarize($html, ['words' => 40, 'html' => $mode]);
    var_dump($s->language, str_contains($s->text, 'council approved'),
             str_contains($s->text, 'tracking'), str_contains($s->text, '<p>'));
}
?>
--EXPECT--
string(2) "en"
bool(true)
bool(false)
bool(false)
string(2) "en"
bool(true)
bool(false)
bool(false)
