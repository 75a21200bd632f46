<?php
/**
 * .ci/wordpress's setup, in WordPress's own PHP (the one in WP_ROOT): installs the site, activates the
 * theme THEME and the plugin,
 * uploads the data to the media library as the administrator (and checks that a subscriber may not),
 * then saves, as an author (no unfiltered_html), a page with the block, a page with the shortcode and
 * a page with the raw tag. Prints the pages' URLs as JSON.
 */
$_SERVER['HTTP_HOST']   = '127.0.0.1:' . getenv( 'PORT' );
$_SERVER['REQUEST_URI'] = '/';
define( 'WP_INSTALLING', true );
require getenv( 'WP_ROOT' ) . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';
require_once ABSPATH . 'wp-admin/includes/file.php';
require_once ABSPATH . 'wp-admin/includes/media.php';
require_once ABSPATH . 'wp-admin/includes/image.php';

function stop( $message ) {
	fwrite( STDOUT, $message . "\n" );
	exit( 1 );
}

add_filter( 'pre_wp_mail', '__return_true' ); // No mail server here: the new site's notice is not sent.
$installed = wp_install( 'Réseaux CI', 'admin', 'admin@example.org', false, '', 'admin-password-ci', 'fr_FR' );
$admin     = $installed['user_id'];
update_option( 'permalink_structure', '' );
switch_theme( getenv( 'THEME' ) );
if ( get_stylesheet() !== getenv( 'THEME' ) || ! wp_get_theme()->exists() ) {
	stop( 'the theme ' . getenv( 'THEME' ) . ' could not be activated' );
}
$activated = activate_plugin( 'reseaupro-finder/reseaupro-finder.php' );
if ( is_wp_error( $activated ) ) {
	stop( 'activate_plugin: ' . $activated->get_error_message() );
}
// activate_plugin ran the plugin's file: its filters are live in this process too.

/** Uploads a file (the data file by default) as $user, the way the media library does; returns the attachment's id or a WP_Error. */
function upload_data( $user, $content = null ) {
	wp_set_current_user( $user );
	$copy = wp_tempnam( 'reseaux.json' );
	if ( null === $content ) {
		copy( getenv( 'DATA' ), $copy );
	} else {
		file_put_contents( $copy, $content );
	}
	return media_handle_sideload( array( 'name' => 'reseaux.json', 'tmp_name' => $copy ), 0 );
}

$subscriber = wp_insert_user( array( 'user_login' => 'abonne', 'user_pass' => 'abonne-password-ci', 'role' => 'subscriber' ) );
if ( ! is_wp_error( upload_data( $subscriber ) ) ) {
	stop( 'a subscriber could upload a .json file' );
}
$attachment = upload_data( $admin );
if ( is_wp_error( $attachment ) ) {
	stop( 'the administrator could not upload reseaux.json: ' . $attachment->get_error_message() );
}
$data_url = wp_get_attachment_url( $attachment );
if ( ! is_wp_error( upload_data( $admin, '<!doctype html><title>x</title><script>alert(1)</script>' ) ) ) {
	stop( 'the administrator could upload an HTML page named .json' );
}
// The pages' addresses are /?page_id=N: a path relative to the page is one relative to the site's root.
$relative_data = ltrim( wp_make_link_relative( $data_url ), '/' );

$author = wp_insert_user( array( 'user_login' => 'autrice', 'user_pass' => 'autrice-password-ci', 'role' => 'author' ) );
wp_set_current_user( $author );
if ( current_user_can( 'unfiltered_html' ) ) {
	stop( 'the author has unfiltered_html: the check would prove nothing' );
}
$block_attributes = wp_json_encode(
	array(
		'src'      => $data_url,
		'lang'     => 'en',
		'layout'   => 'all',
		'pageSize' => '3',
		'answers'  => '{"famille":["territorial"]}',
	),
	JSON_UNESCAPED_SLASHES
);
$pages = array(
	'block'     => '<!-- wp:reseaupro/finder ' . $block_attributes . ' /-->',
	'shortcode' => '<p>Trouvez votre réseau :</p>' . "\n" . '[reseaupro_finder src="' . $data_url . '" page-size="4" layout="all" sync-url]',
	'raw'       => '<script type="module" src="https://example.org/x.js"></script><reseaupro-finder src="' . $data_url . '"></reseaupro-finder>',
	// A list in answers, written with character references (a shortcode ends at the first "]"), and a relative src.
	'shortcodeAnswers' => '[reseaupro_finder src="' . $relative_data . '" answers=\'{"famille":&#91;"territorial","metier"&#93;}\' layout="all" page-size="2"]',
	// A shortcode's values are HTML, their character references read once, as a browser reads an
	// attribute's: "&amp;amp;" is the text "&amp;", "&amp;lt;" the text "&lt;", and answers holding
	// "&amp;quot;" are the JSON text "&quot;", not a stray quote. The block's values likewise.
	'shortcodeEntities' => '[reseaupro_finder src="' . $relative_data . '?v=1&amp;amp;x=2" near="Saint-Rémy &amp;amp; Tarascon &amp;lt;13&amp;gt;" answers=\'{"famille":&#91;"territorial","&amp;quot;"&#93;}\' layout="all" page-size="2"]',
	'blockEntities'     => '<!-- wp:reseaupro/finder {"src":"' . $relative_data . '?v=1\u0026amp;amp;x=2","near":"Saint-Rémy \u0026amp;amp; Tarascon","answers":"{\u0022famille\u0022:[\u0022territorial\u0022,\u0022\u0026amp;quot;\u0022]}","layout":"all","pageSize":"2"} /-->',
	// A flag's value is HTML as much as any other: "&#116;rue" is "true", "&#121;es" is "yes".
	'shortcodeFlagReferences' => '[reseaupro_finder src="' . $relative_data . '" sync-url="&#116;rue" remember="&#121;es" layout="all" page-size="2"]',
	// A block whose fields the administrator fills in the editor (.ci/wordpress-check.mjs); the author's is a post (an author edits no page).
	'blockTyped'       => '<!-- wp:reseaupro/finder {"src":"' . $data_url . '","layout":"all","pageSize":"2"} /-->',
	'blockTypedByAuthor' => '<!-- wp:reseaupro/finder {"src":"' . $data_url . '","layout":"all","pageSize":"2"} /-->',
	// Saved by the administrator (kses would write an author's "&#0;" as "&amp;#0;"): numbers a browser reads
	// otherwise than html_entity_decode, and CR LF line breaks, which the page and the editor read alike.
	'blockReferences'  => '<!-- wp:reseaupro/finder {"src":"' . $relative_data . '","near":"\u0026#128; \u0026#0;\u0026#xD800;\u0026#x110000; \u0026#13;","answers":"{\r\n\u0022famille\u0022: [\u0022territorial\u0022]\r}","layout":"all","pageSize":"2"} /-->',
	// Raw block markup may give any JSON: lists and objects where texts are expected are left out.
	// A scheme written with a character reference ("data&#58;" is "data:" to a browser) is still not http(s).
	'blockDataSrc'     => '<!-- wp:reseaupro/finder {"src":"data\u0026#58;application/json,[]","layout":"all"} /-->',
	'blockLists'       => '<!-- wp:reseaupro/finder {"src":"' . $data_url . '","headingLevel":[1],"remember":[],"lang":{"fr":1},"pageSize":"2","layout":"all"} /-->',
);
$posts_not_pages = array( 'blockTypedByAuthor' );
$saved_by_admin  = array( 'blockReferences' );
$urls = array( 'data' => $data_url, 'relativeData' => $relative_data );
foreach ( $pages as $name => $content ) {
	$by_admin = in_array( $name, $saved_by_admin, true );
	wp_set_current_user( $by_admin ? $admin : $author ); // kses filters what the author saves.
	$id = wp_insert_post(
		array(
			'post_type'    => in_array( $name, $posts_not_pages, true ) ? 'post' : 'page',
			'post_status'  => 'publish',
			'post_title'   => 'Page ' . $name,
			'post_content' => wp_slash( $content ), // wp_insert_post unslashes what it is given.
			'post_author'  => $by_admin ? $admin : $author,
		),
		true
	);
	if ( is_wp_error( $id ) ) {
		stop( "page $name: " . $id->get_error_message() );
	}
	$urls[ $name ] = get_permalink( $id );
	$urls[ $name . 'Id' ] = $id;
	$urls[ $name . 'Saved' ] = get_post_field( 'post_content', $id );
}
echo wp_json_encode( $urls, JSON_UNESCAPED_SLASHES | JSON_PRETTY_PRINT ), "\n";
