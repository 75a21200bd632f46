<?php
/**
 * The plugin's reading of character references (reseaupro_finder_references_read, which every block
 * and shortcode value goes through) against test/fixtures/wordpress-references.json, the list that
 * test/wordpress-editor.test.ts holds the block editor's reading to: the page and the editor agree.
 * Run with PHP alone, no WordPress: php .ci/wordpress-references.php RESULTS.json
 */
define( 'ABSPATH', __DIR__ . '/' );
// The plugin's file registers its hooks when loaded: none is needed to read a value.
function add_filter() {}
function add_action() {}
function add_shortcode() {}
require __DIR__ . '/../wordpress/reseaupro-finder/reseaupro-finder.php';

$cases  = json_decode( file_get_contents( __DIR__ . '/../test/fixtures/wordpress-references.json' ), true )['cases'];
$passed = 0;
$failed = 0;
foreach ( $cases as $case ) {
	$read = reseaupro_finder_references_read( $case['html'] );
	if ( $read === $case['text'] ) {
		$passed++;
		echo 'ok: PHP, ', $case['why'], "\n";
	} else {
		$failed++;
		echo 'FAILED: PHP, ', $case['why'], ': ', json_encode( $case['html'] ), ' is ', json_encode( $read ), ', not ', json_encode( $case['text'] ), "\n";
	}
}
echo "PHP's reading of references: $passed passed, $failed failed\n";
if ( isset( $argv[1] ) ) {
	file_put_contents( $argv[1], json_encode( array( 'passed' => $passed, 'failed' => $failed ) ) . "\n" );
}
exit( $failed ? 1 : 0 );
