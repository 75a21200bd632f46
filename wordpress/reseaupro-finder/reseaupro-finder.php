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
 * A text with its character references read once, as a browser reads an attribute's value: "&amp;"
 * is "&", "&amp;amp;" is "&amp;", "&#128;" is "€". Only a reference ended by ";" is read (a browser
 * would read "&para" in "?a=1&param=2" too), and line breaks are "\n", as the editor's fields give
 * them: block/editor.js reads the same way, so that its fields show what the page gets.
 */
function reseaupro_finder_references_read( $text ) {
	$read = preg_replace_callback(
		'/&(?:#([0-9]+)|#[xX]([0-9a-fA-F]+)|[A-Za-z][A-Za-z0-9]*);/',
		'reseaupro_finder_reference_read',
		$text
	);
	// A NUL is what a browser's parser makes U+FFFD of, in the page's attribute and in the editor alike.
	return str_replace( array( "\r\n", "\r", "\0" ), array( "\n", "\n", "\u{FFFD}" ), $read );
}

/**
 * One reference, as the HTML standard reads it. html_entity_decode leaves as written the numbers a
 * browser reads otherwise: 128 to 159 (Windows-1252's characters: "&#128;" is "€"), 0, a surrogate
 * and beyond U+10FFFF (each U+FFFD), and controls and noncharacters (each itself).
 */
function reseaupro_finder_reference_read( $match ) {
	if ( ! isset( $match[1] ) ) {
		return html_entity_decode( $match[0], ENT_QUOTES | ENT_HTML5, 'UTF-8' );
	}
	$hex    = isset( $match[2] );
	$digits = ltrim( $hex ? $match[2] : $match[1], '0' );
	// Eight digits or more (leading zeros aside) are beyond U+10FFFF whatever they are, and would overflow an int.
	$code = strlen( $digits ) > 7 ? 0x110000 : (int) ( $hex ? hexdec( '0' . $digits ) : $digits );
	$windows_1252 = array(
		0x80 => 0x20AC, 0x82 => 0x201A, 0x83 => 0x0192, 0x84 => 0x201E, 0x85 => 0x2026, 0x86 => 0x2020,
		0x87 => 0x2021, 0x88 => 0x02C6, 0x89 => 0x2030, 0x8A => 0x0160, 0x8B => 0x2039, 0x8C => 0x0152,
		0x8E => 0x017D, 0x91 => 0x2018, 0x92 => 0x2019, 0x93 => 0x201C, 0x94 => 0x201D, 0x95 => 0x2022,
		0x96 => 0x2013, 0x97 => 0x2014, 0x98 => 0x02DC, 0x99 => 0x2122, 0x9A => 0x0161, 0x9B => 0x203A,
		0x9C => 0x0153, 0x9E => 0x017E, 0x9F => 0x0178,
	);
	if ( 0 === $code || $code > 0x10FFFF || ( $code >= 0xD800 && $code <= 0xDFFF ) ) {
		$code = 0xFFFD;
	} elseif ( isset( $windows_1252[ $code ] ) ) {
		$code = $windows_1252[ $code ];
	}
	if ( $code < 0x80 ) {
		return chr( $code );
	}
	if ( $code < 0x800 ) {
		return chr( 0xC0 | $code >> 6 ) . chr( 0x80 | $code & 0x3F );
	}
	if ( $code < 0x10000 ) {
		return chr( 0xE0 | $code >> 12 ) . chr( 0x80 | $code >> 6 & 0x3F ) . chr( 0x80 | $code & 0x3F );
	}
	return chr( 0xF0 | $code >> 18 ) . chr( 0x80 | $code >> 12 & 0x3F ) . chr( 0x80 | $code >> 6 & 0x3F ) . chr( 0x80 | $code & 0x3F );
}

/**
 * A text as an attribute's value that a browser reads back exactly: every "&" is written "&amp;",
 * one that begins a reference included (esc_attr leaves "&lt;" as it is, which the browser would read
 * as "<"), and "<", ">", '"' and "'" as references; text that is not UTF-8 is left out.
 */
function reseaupro_finder_attribute_value( $text ) {
	return htmlspecialchars( wp_check_invalid_utf8( $text ), ENT_QUOTES, 'UTF-8', true );
}

/**
 * A text with its character references read as many times as they nest ("&amp;#58;" is ":"), to
 * test an address's scheme however it is written; null for references nested beyond any real address's.
 */
function reseaupro_finder_without_references( $text ) {
	for ( $pass = 0; $pass < 5; $pass++ ) {
		$decoded = reseaupro_finder_references_read( $text );
		if ( $decoded === $text ) {
			return $text;
		}
		$text = $decoded;
	}
	return null;
}

/**
 * The <reseaupro-finder> tag for these attributes (any of src, lang, layout, page-size, answers…),
 * every value checked and escaped; the script is enqueued as a module.
 *
 * The values are HTML, as the post they are written in: a shortcode's as its author wrote them (or
 * as kses, saving them, made "&" into "&amp;"), a block's as its editor wrote them (block/editor.js
 * writes what is typed as HTML, as kses would an author's) and kses left them. Their character
 * references are read exactly once, here; the value checked is that text, and it is written so that
 * the browser reads back that text, and nothing more ("&amp;amp;" is "&amp;" on the page, not "&").
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
			// Only a text, number or flag: raw block markup may give any JSON (a list, an object).
			if ( isset( $given[ $key ] ) && is_scalar( $given[ $key ] ) && '' !== $given[ $key ] ) {
				$value = $given[ $key ];
				break;
			}
		}
		if ( null === $value ) {
			continue;
		}
		if ( true === $value ) {
			$value = 'true';
		}
		// A flag's value is HTML too ("&#116;rue" is "true"): every value is read before it is checked.
		$value = trim( reseaupro_finder_references_read( (string) $value ) );
		if ( 'boolean' === $rule ) {
			if ( in_array( strtolower( $value ), array( '1', 'true', 'yes', 'on', $name ), true ) ) {
				$html .= ' ' . $name;
			}
			continue;
		}
		if ( 'url' === $rule ) {
			// An address with a scheme must be http(s). A relative one is kept as written: the element
			// reads it relative to the page, as a link would be (esc_url would make "data/r.json" into
			// "http://data/r.json"). The scheme is looked for without the tabs, line breaks and leading
			// spaces a browser ignores in one, and with any references still in the text read too
			// ("data&#58;" is "data:"): an address whose scheme shows only then is no address.
			$deepest = reseaupro_finder_without_references( $value );
			if ( null === $deepest ) {
				continue;
			}
			$scheme_of = function ( $text ) {
				return preg_match( '/^[a-z][a-z0-9+.\-]*:/i', preg_replace( '/[\x00-\x20]+/', '', $text ) );
			};
			if ( $scheme_of( $deepest ) ) {
				$value = $scheme_of( $value ) ? esc_url_raw( $value, array( 'http', 'https' ) ) : '';
			}
		} elseif ( 'number' === $rule ) {
			$value = ctype_digit( $value ) ? $value : '';
		} elseif ( 'json' === $rule ) {
			$value = null === json_decode( $value ) ? '' : $value;
		} elseif ( is_array( $rule ) ) {
			$value = in_array( $value, $rule, true ) ? $value : '';
		}
		if ( '' !== $value ) {
			$html .= ' ' . $name . '="' . reseaupro_finder_attribute_value( $value ) . '"';
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

/**
 * [reseaupro_finder src="…" lang="en" layout="steps" page-size="5" answers='{"territoire":"Aubagne"}' sync-url]
 *
 * A shortcode ends at the first "]", so a list in `answers` is written with &#91; and &#93;:
 * answers='{"famille":&#91;"territorial","metier"&#93;}'. Values are HTML, as the page they are
 * written in: their character references are read once, by reseaupro_finder_tag, as a browser reads
 * an attribute's. WordPress reads none (shortcode_parse_atts only takes backslashes away).
 */
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

/**
 * Administrators may upload .json files, so that the data can live in the media library. Added
 * before multisite's own filter (check_upload_mimes, at 10), which then keeps only the file types
 * the network allows.
 */
function reseaupro_finder_upload_mimes( $mimes ) {
	if ( current_user_can( 'manage_options' ) ) {
		$mimes['json'] = 'application/json';
	}
	return $mimes;
}
add_filter( 'upload_mimes', 'reseaupro_finder_upload_mimes', 5 );

/**
 * PHP's file type sniffing may read JSON as text/plain, and WordPress then refuses the file. For an
 * administrator allowed .json files, a file named .json is accepted when it is text and its content
 * is JSON: an HTML page or an image renamed .json is still refused.
 */
function reseaupro_finder_check_json( $data, $file, $filename, $mimes = null, $real_mime = false ) {
	if ( ! empty( $data['ext'] ) || ! current_user_can( 'manage_options' ) || 'json' !== strtolower( pathinfo( $filename, PATHINFO_EXTENSION ) ) ) {
		return $data;
	}
	if ( ! isset( get_allowed_mime_types()['json'] ) ) {
		return $data;
	}
	if ( $real_mime && ! in_array( $real_mime, array( 'text/plain', 'application/json' ), true ) ) {
		return $data;
	}
	$text = file_get_contents( $file );
	if ( false === $text || null === json_decode( $text ) ) {
		return $data;
	}
	return array(
		'ext'             => 'json',
		'type'            => 'application/json',
		'proper_filename' => false,
	);
}
add_filter( 'wp_check_filetype_and_ext', 'reseaupro_finder_check_json', 10, 5 );
