<?php
/**
 * Calls the summar PHP extension and caches its summaries in post meta.
 *
 * @package Summar_Excerpts
 */

defined( 'ABSPATH' ) || exit;

/**
 * Summaries of posts and of unsaved content.
 *
 * A summary is kept as a plain array, so it can be cached and sent as JSON:
 * text (string), paragraphs (string[]), language (BCP 47 tag), warnings
 * (string[]) and word_count (int).
 */
class Summar_Excerpts_Summarizer {

	/**
	 * Post meta holding the cached summaries of a post: an array from cache
	 * key (a hash of the content, the title, the options and the library
	 * version) to summary.
	 */
	const META_KEY = '_summar_excerpts_cache';

	/**
	 * Summaries kept per post (the excerpt, a shortcode or two).
	 */
	const CACHE_SLOTS = 4;

	/**
	 * Primary language subtags written right to left.
	 */
	const RTL_LANGUAGES = array( 'ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'iw', 'ks', 'ps', 'sd', 'syr', 'ug', 'ur', 'yi' );

	/**
	 * Script subtags written right to left.
	 */
	const RTL_SCRIPTS = array( 'adlm', 'arab', 'hebr', 'nkoo', 'rohg', 'syrc', 'thaa' );

	/**
	 * Posts being summarized right now: rendering a post's blocks may run
	 * excerpt filters again, which must not summarize the same post inside
	 * itself.
	 *
	 * @var bool[]
	 */
	private static $busy = array();

	/**
	 * Whether the summar extension (which defines Summar\\summarize()) is
	 * loaded.
	 *
	 * @return bool
	 */
	public static function available() {
		return extension_loaded( 'summar' ) && function_exists( 'Summar\\summarize' );
	}

	/**
	 * The loaded library's version, or '' without the extension.
	 *
	 * @return string
	 */
	public static function library_version() {
		if ( ! self::available() || ! function_exists( 'Summar\\version' ) ) {
			return '';
		}
		return (string) \Summar\version();
	}

	/**
	 * Turns plugin options into the binding's options: a word budget or a
	 * sentence count or a ratio, the number of paragraphs and the algorithm.
	 *
	 * @param array $options Keys words, sentences, ratio, paragraphs, algorithm.
	 * @return array
	 */
	public static function request_options( array $options ) {
		$request = array();
		foreach ( array( 'words', 'sentences', 'paragraphs' ) as $key ) {
			if ( isset( $options[ $key ] ) && (int) $options[ $key ] > 0 ) {
				$request[ $key ] = (int) $options[ $key ];
			}
		}
		if ( isset( $options['ratio'] ) && (float) $options['ratio'] > 0 ) {
			$request['ratio'] = (float) $options['ratio'];
		}
		if ( ! empty( $options['algorithm'] ) ) {
			$request['algorithm'] = (string) $options['algorithm'];
		}
		return $request;
	}

	/**
	 * Summarizes an HTML fragment through the library's HTML extraction
	 * (captions, share bars, scripts and other page furniture are dropped
	 * by the library).
	 *
	 * @param string $html    Post content, rendered to HTML.
	 * @param string $title   Post title, plain text.
	 * @param array  $options See request_options().
	 * @return array|WP_Error The summary, or why there is none.
	 */
	public static function summarize_html( $html, $title, array $options ) {
		if ( ! self::available() ) {
			return new WP_Error(
				'summar_missing',
				__( 'The summar PHP extension is not loaded.', 'summar-excerpts' ),
				array( 'status' => 503 )
			);
		}

		$request = self::request_options( $options );

		$request['html'] = true;
		if ( '' !== $title ) {
			$request['title'] = $title;
		}

		try {
			$summary = \Summar\summarize( (string) $html, $request );
		} catch ( \RuntimeException $e ) {
			return new WP_Error(
				'summar_failed',
				$e->getMessage(),
				array(
					'status'       => 422,
					'summar_error' => $e->getCode(),
				)
			);
		}

		$paragraphs = array_values( array_filter( array_map( 'strval', (array) $summary->paragraphs ), 'strlen' ) );
		if ( ! $paragraphs ) {
			return new WP_Error(
				'summar_empty',
				__( 'The post has no sentences to summarize.', 'summar-excerpts' ),
				array( 'status' => 422 )
			);
		}

		return array(
			'text'       => (string) $summary->text,
			'paragraphs' => $paragraphs,
			'language'   => (string) $summary->language,
			'warnings'   => array_values( array_map( 'strval', (array) $summary->warnings ) ),
			'word_count' => (int) $summary->wordCount, // phpcs:ignore WordPress.NamingConventions.ValidVariableName.UsedPropertyNotSnakeCase -- the binding's property.
		);
	}

	/**
	 * The summary of a saved post, from the cache when the post, its title,
	 * the options and the library are unchanged.
	 *
	 * @param int|WP_Post $post    Post.
	 * @param array       $options See request_options().
	 * @return array|WP_Error
	 */
	public static function for_post( $post, array $options ) {
		$post = get_post( $post );
		if ( ! $post ) {
			return new WP_Error( 'summar_no_post', __( 'No such post.', 'summar-excerpts' ), array( 'status' => 404 ) );
		}
		if ( post_password_required( $post ) ) {
			return new WP_Error( 'summar_protected', __( 'The post is password protected.', 'summar-excerpts' ), array( 'status' => 403 ) );
		}
		if ( isset( self::$busy[ $post->ID ] ) ) {
			return new WP_Error( 'summar_busy', __( 'The post is being summarized.', 'summar-excerpts' ) );
		}

		self::$busy[ $post->ID ] = true;
		$html                    = self::post_html( $post );
		unset( self::$busy[ $post->ID ] );

		$title = self::plain_title( $post->post_title );
		$key   = self::cache_key( $html, $title, $options );

		$cache = get_post_meta( $post->ID, self::META_KEY, true );
		if ( ! is_array( $cache ) ) {
			$cache = array();
		}
		if ( isset( $cache[ $key ]['paragraphs'] ) && is_array( $cache[ $key ]['paragraphs'] ) ) {
			return $cache[ $key ];
		}

		$summary = self::summarize_html( $html, $title, $options );
		if ( is_wp_error( $summary ) || is_preview() ) {
			return $summary;
		}

		unset( $cache[ $key ] );
		$cache[ $key ] = $summary;
		$cache         = array_slice( $cache, -self::CACHE_SLOTS, null, true );
		update_post_meta( $post->ID, self::META_KEY, wp_slash( $cache ) );

		return $summary;
	}

	/**
	 * The post's content as the reader gets it: blocks rendered (or the
	 * classic editor's paragraphs made), shortcodes removed. Filterable
	 * with `summar_excerpts_post_html`.
	 *
	 * @param WP_Post $post Post.
	 * @return string
	 */
	public static function post_html( $post ) {
		return (string) apply_filters( 'summar_excerpts_post_html', self::content_html( $post->post_content ), $post );
	}

	/**
	 * Post content (block markup or the classic editor's text) rendered to
	 * HTML, shortcodes removed.
	 *
	 * @param string $content Content as stored.
	 * @return string
	 */
	public static function content_html( $content ) {
		$content = strip_shortcodes( (string) $content );
		return has_blocks( $content ) ? do_blocks( $content ) : wpautop( $content );
	}

	/**
	 * A post title as plain text.
	 *
	 * @param string $title Title as stored (may hold markup and entities).
	 * @return string
	 */
	public static function plain_title( $title ) {
		return trim( html_entity_decode( wp_strip_all_tags( (string) $title ), ENT_QUOTES | ENT_HTML5, 'UTF-8' ) );
	}

	/**
	 * Cache key of a summary: a hash of everything it depends on.
	 *
	 * @param string $html    Content.
	 * @param string $title   Title.
	 * @param array  $options Options.
	 * @return string
	 */
	public static function cache_key( $html, $title, array $options ) {
		$request = self::request_options( $options );
		ksort( $request );
		return hash( 'sha256', wp_json_encode( array( self::library_version(), $request, $title, $html ) ) );
	}

	/**
	 * A summary's language tag, made safe for a lang attribute; '' when the
	 * language is unknown.
	 *
	 * @param array $summary Summary.
	 * @return string
	 */
	public static function language( array $summary ) {
		$tag = isset( $summary['language'] ) ? (string) $summary['language'] : '';
		if ( ! preg_match( '/^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$/', $tag ) || 'und' === strtolower( $tag ) ) {
			return '';
		}
		return $tag;
	}

	/**
	 * Writing direction of a language tag: rtl, ltr, or auto when unknown
	 * (the browser then decides from the first strong character).
	 *
	 * @param string $tag BCP 47 tag.
	 * @return string
	 */
	public static function direction( $tag ) {
		if ( '' === $tag ) {
			return 'auto';
		}
		$subtags = explode( '-', strtolower( $tag ) );
		foreach ( array_slice( $subtags, 1 ) as $subtag ) {
			if ( 4 === strlen( $subtag ) && ctype_alpha( $subtag ) ) {
				return in_array( $subtag, self::RTL_SCRIPTS, true ) ? 'rtl' : 'ltr';
			}
		}
		return in_array( $subtags[0], self::RTL_LANGUAGES, true ) ? 'rtl' : 'ltr';
	}

	/**
	 * A summary as escaped markup: one <p> per paragraph inside an element
	 * carrying the language and its direction.
	 *
	 * @param array  $summary Summary.
	 * @param string $class   Class of the wrapper.
	 * @param string $tag     Wrapper element (div, section, aside).
	 * @return string
	 */
	public static function markup( array $summary, $class, $tag = 'div' ) {
		$tag  = in_array( $tag, array( 'div', 'section', 'aside' ), true ) ? $tag : 'div';
		$lang = self::language( $summary );
		$html = '<' . $tag . ' class="' . esc_attr( $class ) . '" dir="' . esc_attr( self::direction( $lang ) ) . '"';
		if ( '' !== $lang ) {
			$html .= ' lang="' . esc_attr( $lang ) . '"';
		}
		$html .= '>';
		foreach ( $summary['paragraphs'] as $paragraph ) {
			$html .= '<p>' . esc_html( $paragraph ) . '</p>';
		}
		return $html . '</' . $tag . '>';
	}
}
