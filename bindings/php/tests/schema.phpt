--TEST--
Summary::toArray() follows docs/summary.schema.json and equals the C library's JSON
--SKIPIF--
<?php
$py = getenv('SUMMAR_PYTHON') ?: 'python3';
exec(escapeshellarg($py) . ' -c "import jsonschema" 2>/dev/null', $out, $rc);
if ($rc !== 0) {
    echo 'skip python3-jsonschema is not installed';
}
?>
--FILE--
<?php
/* Each toArray(), JSON-encoded, and the C library's own JSON rendering of
 * the same request go to a file in pairs; check_schema.py validates both
 * against the schema and compares them. */
$cases = [
    ['words' => 60],
    ['words' => 80, 'paragraphs' => 2, 'keywords' => 5],
    ['sentences' => 3, 'keywords' => 3],
    ['ratio' => 0.3, 'paragraphs' => 3, 'algorithm' => 'lexrank'],
    ['words' => 1000, 'keywords' => 1],
];
$path = tempnam(sys_get_temp_dir(), 'summar-php-schema');
$f = fopen($path, 'wb');
$n = 0;
foreach (['en', 'ar'] as $lang) {
    $text = file_get_contents("@DATA@/article-$lang.txt");
    foreach ($cases as $o) {
        $s = Summar\summarize($text, $o + ['html' => false]);
        fwrite($f, json_encode($s->toArray(), JSON_UNESCAPED_UNICODE
                               | JSON_UNESCAPED_SLASHES | JSON_THROW_ON_ERROR) . "\n");
        $req = new SummarCoreRequest();
        if (isset($o['words'])) {
            $req->set_words($o['words']);
        } elseif (isset($o['sentences'])) {
            $req->set_sentences($o['sentences']);
        } else {
            $req->set_ratio($o['ratio']);
        }
        $req->set_paragraphs($o['paragraphs'] ?? 1);
        $req->set_algorithm($o['algorithm'] ?? null);
        $req->set_keywords($o['keywords'] ?? 0);
        $req->set_format(SUMMAR_FORMAT_JSON);
        $doc = new SummarCoreDocument(new SummarCoreContext(0), $text, null, 0);
        $sum = $doc->summarize($req);
        fwrite($f, $sum->text());
        $sum->close();
        $doc->close();
        $n++;
    }
}
fclose($f);
$py = getenv('SUMMAR_PYTHON') ?: 'python3';
exec(escapeshellarg($py) . ' ' . escapeshellarg('@CHECK@') . ' '
     . escapeshellarg($path) . ' 2>&1', $out, $rc);
unlink($path);
var_dump($n, $rc);
echo implode("\n", $out);
?>
--EXPECT--
int(10)
int(0)
