<?php
/**
 * Plugin Name:       Summar Excerpts
 * Description:       Replaces the "first 55 words" excerpt with an extractive summary made by libsummar: sentences copied from the post, in the post's own language, right-to-left scripts included. Nothing leaves the server.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      8.2
 * Author:            libsummar contributors
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       summar-excerpts
 *
 * @package Summar_Excerpts
 */

defined( 'ABSPATH' ) || exit;

define( 'SUMMAR_EXCERPTS_VERSION', '0.1.0' );
define( 'SUMMAR_EXCERPTS_FILE', __FILE__ );

require_once __DIR__ . '/includes/class-summar-excerpts-settings.php';
require_once __DIR__ . '/includes/class-summar-excerpts-summarizer.php';
require_once __DIR__ . '/includes/class-summar-excerpts-display.php';
require_once __DIR__ . '/includes/class-summar-excerpts-rest.php';

add_action( 'plugins_loaded', array( 'Summar_Excerpts_Settings', 'register' ) );
add_action( 'plugins_loaded', array( 'Summar_Excerpts_Display', 'register' ) );
add_action( 'plugins_loaded', array( 'Summar_Excerpts_Rest', 'register' ) );
