<?php
/**
 * The block on the page: the <reseaupro-finder> tag, printed by the server from the block's
 * attributes, so that no author needs the unfiltered_html right.
 *
 * @var array $attributes The block's attributes (src, lang, layout, pageSize, answers).
 * @package reseaupro-finder
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}
?>
<div <?php echo get_block_wrapper_attributes(); ?>><?php echo reseaupro_finder_tag( $attributes ); ?></div>
