<?php
/**
 * Unit checks of the plugin's markup helpers, run by `meson test` with the
 * PHP CLI, outside WordPress: the few WordPress functions they call are
 * defined below with WordPress's documented behaviour.
 *
 * Prints one line per check and "N passed, N failed"; exits 1 on a failure.
 *
 * @package Summar_Excerpts
 */

define( 'ABSPATH', __DIR__ . '/' );

/**
 * WordPress's esc_html(): HTML special characters escaped, quotes included.
 *
 * @param string $text Text.
 * @return string
 */
function esc_html( $text ) {
	return htmlspecialchars( (string) $text, ENT_QUOTES, 'UTF-8' );
}

/**
 * WordPress's esc_attr(), same escaping as esc_html().
 *
 * @param string $text Text.
 * @return string
 */
function esc_attr( $text ) {
	return htmlspecialchars( (string) $text, ENT_QUOTES, 'UTF-8' );
}

/**
 * WordPress's wp_json_encode().
 *
 * @param mixed $data Data.
 * @return string
 */
function wp_json_encode( $data ) {
	return json_encode( $data );
}

/**
 * WordPress's wp_strip_all_tags().
 *
 * @param string $text Text.
 * @return string
 */
function wp_strip_all_tags( $text ) {
	return trim( strip_tags( preg_replace( '@<(script|style)[^>]*?>.*?</\\1>@si', '', (string) $text ) ) );
}

require dirname( __DIR__ ) . '/summar-excerpts/includes/class-summar-excerpts-summarizer.php';

$summar_test_passed = 0;
$summar_test_failed = 0;

/**
 * Records one check.
 *
 * @param bool   $ok   Result.
 * @param string $what Description.
 */
function summar_test( $ok, $what ) {
	global $summar_test_passed, $summar_test_failed;
	if ( $ok ) {
		++$summar_test_passed;
	} else {
		++$summar_test_failed;
	}
	echo ( $ok ? 'ok     ' : 'FAILED ' ) . $what . "\n";
}

$s = 'Summar_Excerpts_Summarizer';

// Direction from the language tag.
foreach ( array(
	'ar'      => 'rtl',
	'ar-EG'   => 'rtl',
	'fa'      => 'rtl',
	'he'      => 'rtl',
	'ur'      => 'rtl',
	'en'      => 'ltr',
	'fr-CA'   => 'ltr',
	'az-Arab' => 'rtl',
	'ku-Arab' => 'rtl',
	'sd-Deva' => 'ltr',
	'uz-Latn' => 'ltr',
	''        => 'auto',
) as $summar_tag => $summar_dir ) {
	summar_test( $s::direction( $summar_tag ) === $summar_dir, "direction('$summar_tag') is $summar_dir" );
}

// Only well-formed tags reach a lang attribute.
summar_test( 'ar' === $s::language( array( 'language' => 'ar' ) ), 'language ar kept' );
summar_test( 'zh-Hant-TW' === $s::language( array( 'language' => 'zh-Hant-TW' ) ), 'language zh-Hant-TW kept' );
summar_test( '' === $s::language( array( 'language' => 'und' ) ), 'language und dropped' );
summar_test( '' === $s::language( array( 'language' => 'en" onmouseover="x' ) ), 'language with a quote dropped' );
summar_test( '' === $s::language( array() ), 'missing language dropped' );

// Markup: paragraphs escaped, attributes set, the wrapper element limited.
$summar_html = $s::markup(
	array(
		'language'   => 'ar',
		'paragraphs' => array( 'قال <b>المدير</b> إن "الخطة" نجحت & انتهت.', 'Second <script>alert(1)</script>' ),
	),
	'summar-summary" onclick="x',
	'aside'
);
summar_test( 0 === strpos( $summar_html, '<aside class="summar-summary&quot; onclick=&quot;x" dir="rtl" lang="ar">' ), 'markup opens with an escaped class, dir and lang' );
summar_test( false !== strpos( $summar_html, '<p>قال &lt;b&gt;المدير&lt;/b&gt; إن &quot;الخطة&quot; نجحت &amp; انتهت.</p>' ), 'markup escapes a paragraph' );
summar_test( false === strpos( $summar_html, '<script>' ) && false === strpos( $summar_html, '<b>' ), 'markup lets no tag of the text through' );
summar_test( '</aside>' === substr( $summar_html, -8 ), 'markup closes its wrapper' );
summar_test( 0 === strpos( $s::markup( array( 'paragraphs' => array( 'x' ) ), 'c', 'script' ), '<div class="c" dir="auto">' ), 'markup falls back to div and dir="auto"' );

// Options passed to the binding.
summar_test(
	array(
		'words'      => 80,
		'paragraphs' => 2,
		'algorithm'  => 'lexrank',
	) === $s::request_options(
		array(
			'words'      => '80',
			'paragraphs' => 2,
			'algorithm'  => 'lexrank',
			'placement'  => 'top',
		)
	),
	'request options keep the budget, paragraphs and algorithm only'
);
summar_test( array( 'ratio' => 0.25 ) === $s::request_options( array( 'ratio' => '0.25', 'words' => 0 ) ), 'request options drop a zero budget' );

// The cache key follows the content, the title and the options.
$summar_key = $s::cache_key( '<p>One.</p>', 'T', array( 'words' => 50 ) );
summar_test( $summar_key === $s::cache_key( '<p>One.</p>', 'T', array( 'words' => 50, 'placement' => 'top' ) ), 'cache key ignores options the library does not see' );
summar_test( $summar_key !== $s::cache_key( '<p>One!</p>', 'T', array( 'words' => 50 ) ), 'cache key changes with the content' );
summar_test( $summar_key !== $s::cache_key( '<p>One.</p>', 'U', array( 'words' => 50 ) ), 'cache key changes with the title' );
summar_test( $summar_key !== $s::cache_key( '<p>One.</p>', 'T', array( 'words' => 51 ) ), 'cache key changes with the options' );

summar_test( 'Tom & Jerry’s "day"' === $s::plain_title( 'Tom &amp; <em>Jerry</em>&#8217;s &quot;day&quot;' ), 'plain title decodes entities and drops tags' );

echo "$summar_test_passed passed, $summar_test_failed failed\n";
exit( $summar_test_failed ? 1 : 0 );
