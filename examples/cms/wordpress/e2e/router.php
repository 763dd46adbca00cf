<?php
/**
 * Router for PHP's built-in web server running Debian's WordPress
 * (document root /usr/share/wordpress): /wp-content/ is served from
 * WP_CONTENT_DIR (/var/lib/wordpress/wp-content), as Debian's Apache
 * configuration aliases it; existing files and directories with an
 * index.php are left to the server; everything else goes to index.php.
 *
 * @package Summar_Excerpts
 */

// phpcs:ignore WordPress.WP.AlternativeFunctions.parse_url_parse_url -- runs before WordPress is loaded.
$summar_e2e_path    = (string) parse_url( $_SERVER['REQUEST_URI'], PHP_URL_PATH );
$summar_e2e_content = getenv( 'SUMMAR_E2E_CONTENT_DIR' );
if ( false === $summar_e2e_content || '' === $summar_e2e_content ) {
	$summar_e2e_content = '/var/lib/wordpress/wp-content';
}

if ( 0 === strpos( $summar_e2e_path, '/wp-content/' ) ) {
	$summar_e2e_file = realpath( $summar_e2e_content . substr( $summar_e2e_path, strlen( '/wp-content' ) ) );
	// Debian links the packaged themes and plugins from WP_CONTENT_DIR to
	// the document root's wp-content: files may resolve to either.
	$summar_e2e_ok = false;
	foreach ( array( $summar_e2e_content, $_SERVER['DOCUMENT_ROOT'] . '/wp-content' ) as $summar_e2e_root ) {
		$summar_e2e_root = realpath( $summar_e2e_root );
		if ( false !== $summar_e2e_file && false !== $summar_e2e_root && 0 === strpos( $summar_e2e_file, $summar_e2e_root . '/' ) ) {
			$summar_e2e_ok = true;
		}
	}
	if ( ! $summar_e2e_ok || ! is_file( $summar_e2e_file ) ) {
		http_response_code( 404 );
		return true;
	}
	if ( '.php' === substr( $summar_e2e_file, -4 ) ) {
		http_response_code( 403 );
		return true;
	}
	$summar_e2e_types = array(
		'css'   => 'text/css',
		'js'    => 'text/javascript',
		'json'  => 'application/json',
		'svg'   => 'image/svg+xml',
		'png'   => 'image/png',
		'jpg'   => 'image/jpeg',
		'jpeg'  => 'image/jpeg',
		'gif'   => 'image/gif',
		'webp'  => 'image/webp',
		'woff'  => 'font/woff',
		'woff2' => 'font/woff2',
		'ttf'   => 'font/ttf',
	);
	$summar_e2e_ext = strtolower( pathinfo( $summar_e2e_file, PATHINFO_EXTENSION ) );
	header( 'Content-Type: ' . ( $summar_e2e_types[ $summar_e2e_ext ] ?? 'application/octet-stream' ) );
	header( 'Content-Length: ' . filesize( $summar_e2e_file ) );
	readfile( $summar_e2e_file );
	return true;
}

$summar_e2e_local = $_SERVER['DOCUMENT_ROOT'] . $summar_e2e_path;
if ( is_file( $summar_e2e_local ) || is_file( rtrim( $summar_e2e_local, '/' ) . '/index.php' ) ) {
	return false;
}

$_SERVER['SCRIPT_NAME']     = '/index.php';
$_SERVER['SCRIPT_FILENAME'] = $_SERVER['DOCUMENT_ROOT'] . '/index.php';
$_SERVER['PHP_SELF']        = '/index.php';
chdir( $_SERVER['DOCUMENT_ROOT'] );
require $_SERVER['SCRIPT_FILENAME'];
return true;
