<?php
/**
 * Plugin Name:       Réseaux professionnels (reseaupro-finder)
 * Description:       The &lt;reseaupro-finder&gt; guide to professional networks: a block and a shortcode, [reseaupro_finder src="…"]. No author needs the unfiltered_html right.
 * Version:           2.0.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * License:           MIT
 * Text Domain:       reseaupro-finder
 *
 * @package reseaupro-finder
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

define( 'RESEAUPRO_FINDER_VERSION', '2.0.0' );

/**
 * The element's attributes a block or a shortcode may set, with how each is checked.
 * Block attributes are camelCase (pageSize); shortcode attributes kebab-case (page-size) or snake_case (page_size).
 */
function reseaupro_finder_attribute_rules() {
	return array(
		'src'           => 'url',
		'lang'          => array( 'fr', 'en' ),
		'layout'        => array( 'auto', 'steps', 'all' ),
		'theme'         => array( 'light', 'dark', 'auto' ),
		'page-size'     => 'number',
		'heading-level' => array( '1', '2', '3', '4', '5', '6' ),
		'timeout'       => 'number',
		'near'          => 'text',
		'answers'       => 'json',
		'sync-url'      => 'boolean',
		'remember'      => 'boolean',
	);
}

/**
 * The <reseaupro-finder> tag for these attributes (any of src, lang, layout, page-size, answers…),
 * every value checked and escaped; the script is enqueued as a module.
 *
 * @param array $given Attributes, in camelCase, kebab-case or snake_case.
 * @return string HTML.
 */
function reseaupro_finder_tag( $given ) {
	$html = '';
	foreach ( reseaupro_finder_attribute_rules() as $name => $rule ) {
		$camel = lcfirst( str_replace( ' ', '', ucwords( str_replace( '-', ' ', $name ) ) ) );
		$value = null;
		foreach ( array( $name, $camel, str_replace( '-', '_', $name ) ) as $key ) {
			if ( isset( $given[ $key ] ) && '' !== $given[ $key ] ) {
				$value = $given[ $key ];
				break;
			}
		}
		if ( null === $value ) {
			continue;
		}
		if ( 'boolean' === $rule ) {
			if ( true === $value || in_array( strtolower( (string) $value ), array( '1', 'true', 'yes', 'on', $name ), true ) ) {
				$html .= ' ' . $name;
			}
			continue;
		}
		$value = trim( (string) $value );
		if ( 'url' === $rule ) {
			$value = esc_url( $value, array( 'http', 'https' ) );
		} elseif ( 'number' === $rule ) {
			$value = ctype_digit( $value ) ? $value : '';
		} elseif ( 'json' === $rule ) {
			$value = null === json_decode( $value ) ? '' : $value;
		} elseif ( is_array( $rule ) ) {
			$value = in_array( $value, $rule, true ) ? $value : '';
		}
		if ( '' !== $value ) {
			$html .= ' ' . $name . '="' . esc_attr( $value ) . '"';
		}
	}
	reseaupro_finder_enqueue_script();
	return '<reseaupro-finder' . $html . '></reseaupro-finder>';
}

/** The bundle, as a module: a script module on WordPress 6.5+, a type="module" script tag before. */
function reseaupro_finder_enqueue_script() {
	$url = plugins_url( 'assets/reseaupro-finder.js', __FILE__ );
	if ( function_exists( 'wp_enqueue_script_module' ) ) {
		wp_enqueue_script_module( 'reseaupro-finder', $url, array(), RESEAUPRO_FINDER_VERSION );
	} else {
		wp_enqueue_script( 'reseaupro-finder', $url, array(), RESEAUPRO_FINDER_VERSION, true );
	}
}

/** Before 6.5, the classic script tag of the bundle becomes a module. */
function reseaupro_finder_module_tag( $tag, $handle ) {
	if ( 'reseaupro-finder' !== $handle ) {
		return $tag;
	}
	$tag = preg_replace( '/\stype=([\'"])[^\'"]*\1/', '', $tag );
	return str_replace( '<script ', '<script type="module" ', $tag );
}
add_filter( 'script_loader_tag', 'reseaupro_finder_module_tag', 10, 2 );

/** [reseaupro_finder src="…" lang="en" layout="steps" page-size="5" answers='{"territoire":["Aubagne"]}' sync-url] */
function reseaupro_finder_shortcode( $atts ) {
	$given = array();
	foreach ( is_array( $atts ) ? $atts : array() as $key => $value ) {
		// A flag written alone (sync-url, remember) comes as a value without a name.
		if ( is_int( $key ) ) {
			$given[ strtolower( $value ) ] = true;
		} else {
			$given[ $key ] = $value;
		}
	}
	return reseaupro_finder_tag( $given );
}
add_shortcode( 'reseaupro_finder', 'reseaupro_finder_shortcode' );

/** The block: block/block.json, printed by block/render.php. */
function reseaupro_finder_register_block() {
	register_block_type( __DIR__ . '/block' );
}
add_action( 'init', 'reseaupro_finder_register_block' );

/** Administrators may upload .json files, so that the data can live in the media library. */
function reseaupro_finder_upload_mimes( $mimes ) {
	if ( current_user_can( 'manage_options' ) ) {
		$mimes['json'] = 'application/json';
	}
	return $mimes;
}
add_filter( 'upload_mimes', 'reseaupro_finder_upload_mimes' );

/** PHP's file type sniffing reads JSON as text/plain: for administrators, a .json file is JSON. */
function reseaupro_finder_check_json( $data, $file, $filename ) {
	if ( empty( $data['ext'] ) && current_user_can( 'manage_options' ) && 'json' === strtolower( pathinfo( $filename, PATHINFO_EXTENSION ) ) ) {
		return array(
			'ext'             => 'json',
			'type'            => 'application/json',
			'proper_filename' => false,
		);
	}
	return $data;
}
add_filter( 'wp_check_filetype_and_ext', 'reseaupro_finder_check_json', 10, 3 );
