<?php
/**
 * Removes the plugin's option and its cached summaries when the plugin is
 * deleted from the Plugins screen.
 *
 * @package Summar_Excerpts
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

delete_option( 'summar_excerpts_options' );
delete_post_meta_by_key( '_summar_excerpts_cache' );
