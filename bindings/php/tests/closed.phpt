--TEST--
Raw objects: a failed constructor, closed objects and an empty input never crash
--FILE--
<?php
$ctx = new SummarCoreContext(0);
try {
    new SummarCoreDocument($ctx, '', null, 0);
} catch (Summar\Error $e) {
    echo $e->getCode() === SUMMAR_ERR_EMPTY ? "empty input refused\n" : "wrong code\n";
}
// an object whose constructor threw, kept alive by a subclass
class Kept extends SummarCoreDocument {
    public function __construct($ctx) {
        try {
            parent::__construct($ctx, " \n ", null, 0);
        } catch (Summar\Error $e) {
            echo "constructor threw\n";
        }
    }
}
$k = new Kept($ctx);
foreach (['language', 'text', 'sentence_count', 'sentence_table'] as $m) {
    try {
        $k->$m();
        echo "$m: no error\n";
    } catch (Summar\Error $e) {
        echo "$m: ", $e->getMessage(), "\n";
    }
}
try {
    $k->summarize(null);
} catch (Summar\Error $e) {
    echo "summarize: ", $e->getMessage(), "\n";
}
var_dump($k->closed());
$k->close();
// close, then use; a summary outlives its document
$d = new SummarCoreDocument($ctx, "The council met on Monday. It approved the bridge.", null, 0);
$s = $d->summarize(null);
$d->close();
$d->close();
try {
    $d->sentence(0);
} catch (Summar\Error $e) {
    echo $e->getMessage(), "\n";
}
var_dump(is_string($s->text()), $s->language());
$s->close();
try {
    $s->text();
} catch (Summar\Error $e) {
    echo $e->getMessage(), "\n";
}
unset($d, $s, $k);
echo "done\n";
?>
--EXPECT--
empty input refused
constructor threw
language: document is closed
text: document is closed
sentence_count: document is closed
sentence_table: document is closed
summarize: document is closed
int(1)
document is closed
bool(true)
string(2) "en"
summary is closed
done
