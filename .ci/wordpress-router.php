<?php
// php -S router for .ci/wordpress: wp-content lives in the work folder, outside the document root.
$path = parse_url( $_SERVER['REQUEST_URI'], PHP_URL_PATH );
if ( 0 !== strpos( $path, '/wp-content/' ) ) {
	return false;
}
$file = realpath( getenv( 'WORK' ) . $path );
$types = array( 'js' => 'text/javascript', 'json' => 'application/json', 'css' => 'text/css', 'png' => 'image/png', 'svg' => 'image/svg+xml' );
$ext = strtolower( pathinfo( (string) $file, PATHINFO_EXTENSION ) );
if ( false === $file || 0 !== strpos( $file, getenv( 'WORK' ) . '/wp-content/' ) || ! is_file( $file ) || 'php' === $ext ) {
	http_response_code( 404 );
	return true;
}
header( 'Content-Type: ' . ( $types[ $ext ] ?? 'application/octet-stream' ) );
readfile( $file );
return true;
