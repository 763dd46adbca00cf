<?php
/**
 * The plugin's options, its settings page (Settings API) and the notice
 * shown when the summar PHP extension is not loaded.
 *
 * @package Summar_Excerpts
 */

defined( 'ABSPATH' ) || exit;

/**
 * Options and the Settings > Summar Excerpts page.
 */
class Summar_Excerpts_Settings {

	/**
	 * Name of the option (one array) in wp_options.
	 */
	const OPTION = 'summar_excerpts_options';

	/**
	 * Settings group, page slug and capability of the settings page.
	 */
	const GROUP = 'summar_excerpts';
	const PAGE  = 'summar-excerpts';
	const CAP   = 'manage_options';

	/**
	 * Bounds of the numeric options.
	 */
	const MAX_WORDS      = 1000;
	const MAX_PARAGRAPHS = 10;

	/**
	 * Hooks the settings page, the option and the admin notice.
	 */
	public static function register() {
		add_action( 'admin_init', array( __CLASS__, 'register_setting' ) );
		add_action( 'admin_menu', array( __CLASS__, 'add_page' ) );
		add_action( 'admin_notices', array( __CLASS__, 'missing_extension_notice' ) );
		add_filter(
			'plugin_action_links_' . plugin_basename( SUMMAR_EXCERPTS_FILE ),
			array( __CLASS__, 'action_links' )
		);
	}

	/**
	 * Default options: WordPress's own excerpt length, one paragraph, the
	 * library's default scorer, the summary used as the excerpt.
	 *
	 * @return array
	 */
	public static function defaults() {
		return array(
			'words'      => 55,
			'paragraphs' => 1,
			'algorithm'  => 'default',
			'placement'  => 'excerpt',
		);
	}

	/**
	 * The saved options merged over the defaults.
	 *
	 * @return array
	 */
	public static function get() {
		$saved = get_option( self::OPTION, array() );
		if ( ! is_array( $saved ) ) {
			$saved = array();
		}
		return array_merge( self::defaults(), array_intersect_key( $saved, self::defaults() ) );
	}

	/**
	 * Scoring algorithms libsummar offers, filterable with
	 * `summar_excerpts_algorithms`.
	 *
	 * @return string[] Algorithm name => label.
	 */
	public static function algorithms() {
		$list = array(
			'default'  => __( 'Default (position-augmented centrality, tuned)', 'summar-excerpts' ),
			'position' => __( 'Position (lead sentences)', 'summar-excerpts' ),
			'centroid' => __( 'Centroid (TF-ISF)', 'summar-excerpts' ),
			'luhn'     => __( 'Luhn (significant words)', 'summar-excerpts' ),
			'lexrank'  => __( 'LexRank', 'summar-excerpts' ),
			'textrank' => __( 'TextRank', 'summar-excerpts' ),
		);
		return (array) apply_filters( 'summar_excerpts_algorithms', $list );
	}

	/**
	 * Where the summary is shown.
	 *
	 * @return string[] Placement => label.
	 */
	public static function placements() {
		return array(
			'excerpt' => __( 'As the excerpt (home page, archives, search, feeds)', 'summar-excerpts' ),
			'top'     => __( 'As the excerpt and at the top of each post', 'summar-excerpts' ),
			'none'    => __( 'Nowhere by itself (only the [summar] shortcode and the REST route)', 'summar-excerpts' ),
		);
	}

	/**
	 * Registers the option, its section and its fields.
	 */
	public static function register_setting() {
		register_setting(
			self::GROUP,
			self::OPTION,
			array(
				'type'              => 'array',
				'sanitize_callback' => array( __CLASS__, 'sanitize' ),
				'default'           => self::defaults(),
				'show_in_rest'      => false,
			)
		);

		add_settings_section(
			'summar_excerpts_summary',
			__( 'Summary', 'summar-excerpts' ),
			array( __CLASS__, 'render_section' ),
			self::PAGE
		);

		$fields = array(
			'words'      => __( 'Length in words', 'summar-excerpts' ),
			'paragraphs' => __( 'Paragraphs', 'summar-excerpts' ),
			'algorithm'  => __( 'Algorithm', 'summar-excerpts' ),
			'placement'  => __( 'Show the summary', 'summar-excerpts' ),
		);
		foreach ( $fields as $key => $label ) {
			add_settings_field(
				'summar_excerpts_' . $key,
				$label,
				array( __CLASS__, 'render_field' ),
				self::PAGE,
				'summar_excerpts_summary',
				array(
					'key'       => $key,
					'label_for' => 'summar_excerpts_' . $key,
				)
			);
		}
	}

	/**
	 * Sanitizes the submitted options. options.php has already checked the
	 * nonce (settings_fields()) and the manage_options capability.
	 *
	 * @param mixed $input Submitted value.
	 * @return array Clean options.
	 */
	public static function sanitize( $input ) {
		$clean = self::get();
		if ( ! is_array( $input ) ) {
			return $clean;
		}

		if ( isset( $input['words'] ) ) {
			$words = absint( $input['words'] );
			if ( $words < 1 || $words > self::MAX_WORDS ) {
				add_settings_error(
					self::OPTION,
					'summar_excerpts_words',
					/* translators: %d: largest allowed number of words. */
					sprintf( __( 'The length must be between 1 and %d words.', 'summar-excerpts' ), self::MAX_WORDS )
				);
			} else {
				$clean['words'] = $words;
			}
		}

		if ( isset( $input['paragraphs'] ) ) {
			$paragraphs = absint( $input['paragraphs'] );
			if ( $paragraphs < 1 || $paragraphs > self::MAX_PARAGRAPHS ) {
				add_settings_error(
					self::OPTION,
					'summar_excerpts_paragraphs',
					/* translators: %d: largest allowed number of paragraphs. */
					sprintf( __( 'The number of paragraphs must be between 1 and %d.', 'summar-excerpts' ), self::MAX_PARAGRAPHS )
				);
			} else {
				$clean['paragraphs'] = $paragraphs;
			}
		}

		if ( isset( $input['algorithm'] ) ) {
			$algorithm = sanitize_key( $input['algorithm'] );
			if ( array_key_exists( $algorithm, self::algorithms() ) ) {
				$clean['algorithm'] = $algorithm;
			}
		}

		if ( isset( $input['placement'] ) ) {
			$placement = sanitize_key( $input['placement'] );
			if ( array_key_exists( $placement, self::placements() ) ) {
				$clean['placement'] = $placement;
			}
		}

		return $clean;
	}

	/**
	 * Adds Settings > Summar Excerpts.
	 */
	public static function add_page() {
		add_options_page(
			__( 'Summar Excerpts', 'summar-excerpts' ),
			__( 'Summar Excerpts', 'summar-excerpts' ),
			self::CAP,
			self::PAGE,
			array( __CLASS__, 'render_page' )
		);
	}

	/**
	 * Adds a Settings link to the plugin's row on the Plugins screen.
	 *
	 * @param string[] $links Action links.
	 * @return string[]
	 */
	public static function action_links( $links ) {
		$url = admin_url( 'options-general.php?page=' . self::PAGE );
		array_unshift( $links, '<a href="' . esc_url( $url ) . '">' . esc_html__( 'Settings', 'summar-excerpts' ) . '</a>' );
		return $links;
	}

	/**
	 * Prints the settings page.
	 */
	public static function render_page() {
		if ( ! current_user_can( self::CAP ) ) {
			return;
		}
		?>
		<div class="wrap">
			<h1><?php echo esc_html( get_admin_page_title() ); ?></h1>
			<?php self::render_status(); ?>
			<form action="options.php" method="post">
				<?php
				settings_fields( self::GROUP );
				do_settings_sections( self::PAGE );
				submit_button();
				?>
			</form>
		</div>
		<?php
	}

	/**
	 * Prints the loaded library's version (admin_notices covers the case
	 * where it is missing).
	 */
	private static function render_status() {
		if ( ! Summar_Excerpts_Summarizer::available() ) {
			return;
		}
		printf(
			'<p class="summar-excerpts-status">%s</p>',
			esc_html(
				sprintf(
					/* translators: %s: libsummar version. */
					__( 'libsummar %s is loaded.', 'summar-excerpts' ),
					Summar_Excerpts_Summarizer::library_version()
				)
			)
		);
	}

	/**
	 * Prints the section's introduction.
	 */
	public static function render_section() {
		printf(
			'<p>%s</p>',
			esc_html__( 'Posts without a manual excerpt get a summary made of their own sentences. A manual excerpt always wins.', 'summar-excerpts' )
		);
	}

	/**
	 * Prints one field.
	 *
	 * @param array $args Field arguments: key and label_for.
	 */
	public static function render_field( $args ) {
		$options = self::get();
		$key     = $args['key'];
		$id      = 'summar_excerpts_' . $key;
		$name    = self::OPTION . '[' . $key . ']';

		switch ( $key ) {
			case 'words':
				printf(
					'<input type="number" class="small-text" id="%1$s" name="%2$s" value="%3$d" min="1" max="%4$d" step="1" />',
					esc_attr( $id ),
					esc_attr( $name ),
					(int) $options['words'],
					(int) self::MAX_WORDS
				);
				printf(
					'<p class="description">%s</p>',
					esc_html__( 'An upper bound: whole sentences are chosen, so the summary may be a little shorter.', 'summar-excerpts' )
				);
				break;

			case 'paragraphs':
				printf(
					'<input type="number" class="small-text" id="%1$s" name="%2$s" value="%3$d" min="1" max="%4$d" step="1" />',
					esc_attr( $id ),
					esc_attr( $name ),
					(int) $options['paragraphs'],
					(int) self::MAX_PARAGRAPHS
				);
				break;

			case 'algorithm':
				printf( '<select id="%1$s" name="%2$s">', esc_attr( $id ), esc_attr( $name ) );
				foreach ( self::algorithms() as $value => $label ) {
					printf(
						'<option value="%1$s"%2$s>%3$s</option>',
						esc_attr( $value ),
						selected( $options['algorithm'], $value, false ),
						esc_html( $label )
					);
				}
				echo '</select>';
				break;

			case 'placement':
				echo '<fieldset>';
				foreach ( self::placements() as $value => $label ) {
					printf(
						'<label><input type="radio" name="%1$s" value="%2$s"%3$s /> %4$s</label><br />',
						esc_attr( $name ),
						esc_attr( $value ),
						checked( $options['placement'], $value, false ),
						esc_html( $label )
					);
				}
				echo '</fieldset>';
				break;
		}
	}

	/**
	 * The text of the missing-extension notice.
	 *
	 * @return string
	 */
	private static function missing_message() {
		return __( 'Summar Excerpts: the summar PHP extension is not loaded, so posts keep WordPress\'s own excerpt (the first words of the post). Install the extension and enable it for the web server\'s PHP (extension=summar).', 'summar-excerpts' );
	}

	/**
	 * Shows administrators a notice when the extension is missing.
	 */
	public static function missing_extension_notice() {
		if ( Summar_Excerpts_Summarizer::available() || ! current_user_can( self::CAP ) ) {
			return;
		}
		printf(
			'<div class="notice notice-warning summar-excerpts-missing"><p>%s</p></div>',
			esc_html( self::missing_message() )
		);
	}
}
