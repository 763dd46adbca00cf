<?php
/**
 * REST routes: the summary of a saved post, and of the block editor's
 * unsaved content.
 *
 * @package Summar_Excerpts
 */

defined( 'ABSPATH' ) || exit;

/**
 * Routes under /wp-json/summar/v1.
 *
 * GET  /summary/<id>  a readable post's summary (cached like the excerpt).
 * POST /summary/<id>  the summary of the content and title in the request
 *                     body, for a user who may edit the post (the block
 *                     editor's unsaved text); never cached.
 *
 * Both take words, sentences, ratio, paragraphs and algorithm; unset ones
 * come from the settings. Cookie-authenticated requests need the wp_rest
 * nonce (X-WP-Nonce), as everywhere in the REST API.
 */
class Summar_Excerpts_Rest {

	const NAMESPACE_V1 = 'summar/v1';

	/**
	 * Largest content the POST route accepts, in characters.
	 */
	const MAX_CONTENT = 2000000;

	/**
	 * Hooks the route registration.
	 */
	public static function register() {
		add_action( 'rest_api_init', array( __CLASS__, 'register_routes' ) );
	}

	/**
	 * Registers the routes.
	 */
	public static function register_routes() {
		$id = array(
			'id' => array(
				'description' => __( 'Post ID.', 'summar-excerpts' ),
				'type'        => 'integer',
				'minimum'     => 1,
				'required'    => true,
			),
		);

		register_rest_route(
			self::NAMESPACE_V1,
			'/summary/(?P<id>\d+)',
			array(
				array(
					'methods'             => WP_REST_Server::READABLE,
					'callback'            => array( __CLASS__, 'get_summary' ),
					'permission_callback' => array( __CLASS__, 'can_read' ),
					'args'                => $id + self::budget_args(),
				),
				array(
					'methods'             => WP_REST_Server::CREATABLE,
					'callback'            => array( __CLASS__, 'post_summary' ),
					'permission_callback' => array( __CLASS__, 'can_edit' ),
					'args'                => $id + self::budget_args() + array(
						'content' => array(
							'description' => __( 'Post content (HTML or block markup).', 'summar-excerpts' ),
							'type'        => 'string',
							'required'    => true,
							'maxLength'   => self::MAX_CONTENT,
						),
						'title'   => array(
							'description' => __( 'Post title.', 'summar-excerpts' ),
							'type'        => 'string',
							'default'     => '',
							'maxLength'   => 1000,
						),
					),
				),
			)
		);
	}

	/**
	 * Arguments shared by both routes, validated by the REST schema.
	 *
	 * @return array
	 */
	private static function budget_args() {
		return array(
			'words'      => array(
				'type'    => 'integer',
				'minimum' => 1,
				'maximum' => Summar_Excerpts_Settings::MAX_WORDS,
			),
			'sentences'  => array(
				'type'    => 'integer',
				'minimum' => 1,
				'maximum' => 200,
			),
			'ratio'      => array(
				'type'             => 'number',
				'exclusiveMinimum' => true,
				'minimum'          => 0,
				'maximum'          => 1,
			),
			'paragraphs' => array(
				'type'    => 'integer',
				'minimum' => 1,
				'maximum' => Summar_Excerpts_Settings::MAX_PARAGRAPHS,
			),
			'algorithm'  => array(
				'type' => 'string',
				'enum' => array_keys( Summar_Excerpts_Settings::algorithms() ),
			),
		);
	}

	/**
	 * Permission for GET: anyone may read the summary of a post they may
	 * read; a password-protected post's only with its password.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return bool|WP_Error
	 */
	public static function can_read( $request ) {
		$post = get_post( (int) $request['id'] );
		if ( ! $post ) {
			return new WP_Error( 'rest_post_invalid_id', __( 'Invalid post ID.', 'summar-excerpts' ), array( 'status' => 404 ) );
		}
		if ( post_password_required( $post ) ) {
			return false;
		}
		if ( is_post_publicly_viewable( $post ) ) {
			return true;
		}
		return current_user_can( 'read_post', $post->ID );
	}

	/**
	 * Permission for POST: the user may edit the post.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return bool|WP_Error
	 */
	public static function can_edit( $request ) {
		$post = get_post( (int) $request['id'] );
		if ( ! $post ) {
			return new WP_Error( 'rest_post_invalid_id', __( 'Invalid post ID.', 'summar-excerpts' ), array( 'status' => 404 ) );
		}
		return current_user_can( 'edit_post', $post->ID );
	}

	/**
	 * The request's options over the settings. A sentences or ratio
	 * argument replaces the word budget.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return array
	 */
	private static function options( $request ) {
		$settings = Summar_Excerpts_Settings::get();
		$options  = array(
			'paragraphs' => isset( $request['paragraphs'] ) ? (int) $request['paragraphs'] : $settings['paragraphs'],
			'algorithm'  => isset( $request['algorithm'] ) ? (string) $request['algorithm'] : $settings['algorithm'],
		);
		if ( isset( $request['sentences'] ) ) {
			$options['sentences'] = (int) $request['sentences'];
		} elseif ( isset( $request['ratio'] ) ) {
			$options['ratio'] = (float) $request['ratio'];
		} else {
			$options['words'] = isset( $request['words'] ) ? (int) $request['words'] : $settings['words'];
		}
		return $options;
	}

	/**
	 * GET handler.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public static function get_summary( $request ) {
		$summary = Summar_Excerpts_Summarizer::for_post( (int) $request['id'], self::options( $request ) );
		return self::response( (int) $request['id'], $summary );
	}

	/**
	 * POST handler.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public static function post_summary( $request ) {
		$html    = Summar_Excerpts_Summarizer::content_html( (string) $request['content'] );
		$title   = Summar_Excerpts_Summarizer::plain_title( (string) $request['title'] );
		$summary = Summar_Excerpts_Summarizer::summarize_html( $html, $title, self::options( $request ) );
		return self::response( (int) $request['id'], $summary );
	}

	/**
	 * The JSON answer: the summary, its direction and ready-made markup.
	 *
	 * @param int            $id      Post ID.
	 * @param array|WP_Error $summary Summary.
	 * @return WP_REST_Response|WP_Error
	 */
	private static function response( $id, $summary ) {
		if ( is_wp_error( $summary ) ) {
			return $summary;
		}
		$lang = Summar_Excerpts_Summarizer::language( $summary );
		return rest_ensure_response(
			array(
				'id'         => $id,
				'text'       => $summary['text'],
				'paragraphs' => $summary['paragraphs'],
				'language'   => $summary['language'],
				'direction'  => Summar_Excerpts_Summarizer::direction( $lang ),
				'warnings'   => $summary['warnings'],
				'word_count' => $summary['word_count'],
				'html'       => Summar_Excerpts_Summarizer::markup( $summary, 'summar-summary' ),
			)
		);
	}
}
