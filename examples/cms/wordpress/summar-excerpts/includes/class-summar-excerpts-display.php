<?php
/**
 * Where summaries appear: the excerpt, the top of a post, the [summar]
 * shortcode, and the block editor's summary panel.
 *
 * @package Summar_Excerpts
 */

defined( 'ABSPATH' ) || exit;

/**
 * Front-end and editor hooks.
 */
class Summar_Excerpts_Display {

	/**
	 * Summaries handed out as excerpts during this request, by post ID, so
	 * the theme's excerpt markup can get their language and direction.
	 *
	 * @var array[]
	 */
	private static $excerpts = array();

	/**
	 * Hooks the filters, the shortcode and the assets.
	 */
	public static function register() {
		// Before wp_trim_excerpt() (priority 10), which keeps a non-empty excerpt.
		add_filter( 'get_the_excerpt', array( __CLASS__, 'excerpt' ), 9, 2 );
		// After wpautop() (priority 10) for classic themes.
		add_filter( 'the_excerpt', array( __CLASS__, 'wrap_the_excerpt' ), 20 );
		// Block themes print excerpts through the Post Excerpt block.
		add_filter( 'render_block_core/post-excerpt', array( __CLASS__, 'wrap_excerpt_block' ), 10, 3 );
		// After do_blocks(), wpautop() and do_shortcode() (priorities 9 to 11).
		add_filter( 'the_content', array( __CLASS__, 'top_of_post' ), 20 );
		add_shortcode( 'summar', array( __CLASS__, 'shortcode' ) );
		add_action( 'wp_enqueue_scripts', array( __CLASS__, 'enqueue_style' ) );
		add_action( 'enqueue_block_editor_assets', array( __CLASS__, 'enqueue_editor' ) );
	}

	/**
	 * Filters get_the_excerpt: a post without a manual excerpt gets its
	 * summary, as escaped text with paragraphs separated by blank lines.
	 * Without the extension, or when the library fails, the excerpt is left
	 * to WordPress.
	 *
	 * @param string       $excerpt Manual excerpt, or ''.
	 * @param WP_Post|null $post    Post.
	 * @return string
	 */
	public static function excerpt( $excerpt, $post = null ) {
		$options = Summar_Excerpts_Settings::get();
		if ( '' !== trim( (string) $excerpt ) || 'none' === $options['placement'] || ! Summar_Excerpts_Summarizer::available() ) {
			return $excerpt;
		}
		$post = get_post( $post );
		if ( ! $post ) {
			return $excerpt;
		}

		$summary = Summar_Excerpts_Summarizer::for_post( $post, $options );
		if ( is_wp_error( $summary ) ) {
			return $excerpt;
		}

		self::$excerpts[ $post->ID ] = $summary;
		return implode( "\n\n", array_map( 'esc_html', $summary['paragraphs'] ) );
	}

	/**
	 * Filters the_excerpt: puts a summary excerpt inside an element with
	 * its language and direction.
	 *
	 * @param string $html Excerpt markup.
	 * @return string
	 */
	public static function wrap_the_excerpt( $html ) {
		$id = get_the_ID();
		if ( ! $id || ! isset( self::$excerpts[ $id ] ) ) {
			return $html;
		}
		return self::wrap( $html, self::$excerpts[ $id ] );
	}

	/**
	 * Filters the Post Excerpt block's markup the same way.
	 *
	 * @param string        $html     Block markup.
	 * @param array         $block    Parsed block.
	 * @param WP_Block|null $instance Block instance (holds the post ID).
	 * @return string
	 */
	public static function wrap_excerpt_block( $html, $block, $instance = null ) {
		$id = ( $instance instanceof WP_Block && isset( $instance->context['postId'] ) ) ? (int) $instance->context['postId'] : get_the_ID();
		if ( ! $id || ! isset( self::$excerpts[ $id ] ) ) {
			return $html;
		}
		return self::wrap( $html, self::$excerpts[ $id ] );
	}

	/**
	 * Wraps markup in a div with the summary's language and direction.
	 *
	 * @param string $html    Markup.
	 * @param array  $summary Summary.
	 * @return string
	 */
	private static function wrap( $html, array $summary ) {
		$lang  = Summar_Excerpts_Summarizer::language( $summary );
		$attrs = ' class="summar-excerpt" dir="' . esc_attr( Summar_Excerpts_Summarizer::direction( $lang ) ) . '"';
		if ( '' !== $lang ) {
			$attrs .= ' lang="' . esc_attr( $lang ) . '"';
		}
		return '<div' . $attrs . '>' . $html . '</div>';
	}

	/**
	 * Filters the_content: with the "top" placement, a single post's page
	 * opens with its summary.
	 *
	 * @param string $content Post content.
	 * @return string
	 */
	public static function top_of_post( $content ) {
		$options = Summar_Excerpts_Settings::get();
		if ( 'top' !== $options['placement'] || ! is_singular() || ! is_main_query() || doing_filter( 'get_the_excerpt' ) ) {
			return $content;
		}
		$post = get_post();
		if ( ! $post || $post->ID !== get_queried_object_id() || '' !== trim( $post->post_excerpt ) ) {
			return $content;
		}

		$summary = Summar_Excerpts_Summarizer::for_post( $post, $options );
		if ( is_wp_error( $summary ) ) {
			return $content;
		}
		return Summar_Excerpts_Summarizer::markup( $summary, 'summar-summary', 'aside' ) . $content;
	}

	/**
	 * The [summar] shortcode: the current post's summary. Attributes:
	 * words, sentences, ratio, paragraphs, algorithm; unset ones come from
	 * the settings (a sentences or ratio attribute replaces the word
	 * budget). Without the extension it prints WordPress's trimmed words.
	 *
	 * @param array|string $atts Attributes.
	 * @return string
	 */
	public static function shortcode( $atts ) {
		$settings = Summar_Excerpts_Settings::get();
		$atts     = shortcode_atts(
			array(
				'words'      => '',
				'sentences'  => '',
				'ratio'      => '',
				'paragraphs' => $settings['paragraphs'],
				'algorithm'  => $settings['algorithm'],
			),
			$atts,
			'summar'
		);

		$options = array(
			'paragraphs' => min( max( 1, absint( $atts['paragraphs'] ) ), Summar_Excerpts_Settings::MAX_PARAGRAPHS ),
			'algorithm'  => array_key_exists( $atts['algorithm'], Summar_Excerpts_Settings::algorithms() ) ? $atts['algorithm'] : 'default',
		);
		if ( '' !== $atts['sentences'] ) {
			$options['sentences'] = max( 1, absint( $atts['sentences'] ) );
		} elseif ( '' !== $atts['ratio'] ) {
			$options['ratio'] = min( max( (float) $atts['ratio'], 0.01 ), 1.0 );
		} else {
			$words            = '' !== $atts['words'] ? absint( $atts['words'] ) : $settings['words'];
			$options['words'] = min( max( 1, $words ), Summar_Excerpts_Settings::MAX_WORDS );
		}

		$post = get_post();
		if ( ! $post ) {
			return '';
		}
		$summary = Summar_Excerpts_Summarizer::for_post( $post, $options );
		if ( is_wp_error( $summary ) ) {
			if ( 'summar_missing' !== $summary->get_error_code() ) {
				return '';
			}
			$words = isset( $options['words'] ) ? $options['words'] : $settings['words'];
			$text  = wp_trim_words( Summar_Excerpts_Summarizer::post_html( $post ), $words );
			return '<div class="summar-summary" dir="auto"><p>' . esc_html( $text ) . '</p></div>';
		}
		return Summar_Excerpts_Summarizer::markup( $summary, 'summar-summary' );
	}

	/**
	 * Enqueues the summary box's style on the front end.
	 */
	public static function enqueue_style() {
		wp_enqueue_style(
			'summar-excerpts',
			plugins_url( 'assets/summar-excerpts.css', SUMMAR_EXCERPTS_FILE ),
			array(),
			SUMMAR_EXCERPTS_VERSION
		);
	}

	/**
	 * Enqueues the block editor's summary panel for users who can edit
	 * posts. Its requests go through wp.apiFetch, which sends the REST
	 * nonce.
	 */
	public static function enqueue_editor() {
		if ( ! current_user_can( 'edit_posts' ) ) {
			return;
		}
		self::enqueue_style();
		wp_enqueue_script(
			'summar-excerpts-editor',
			plugins_url( 'assets/editor.js', SUMMAR_EXCERPTS_FILE ),
			array( 'wp-plugins', 'wp-edit-post', 'wp-element', 'wp-components', 'wp-data', 'wp-api-fetch', 'wp-i18n' ),
			SUMMAR_EXCERPTS_VERSION,
			true
		);
		$options = Summar_Excerpts_Settings::get();
		$config  = array(
			'words'      => (int) $options['words'],
			'paragraphs' => (int) $options['paragraphs'],
			'algorithm'  => (string) $options['algorithm'],
			'available'  => Summar_Excerpts_Summarizer::available(),
		);
		wp_add_inline_script( 'summar-excerpts-editor', 'window.summarExcerpts = ' . wp_json_encode( $config ) . ';', 'before' );
		wp_set_script_translations( 'summar-excerpts-editor', 'summar-excerpts' );
	}
}
