// The keepers' page's script: dist/keepers.js, loaded by dist/keepers.html. The finder comes inside:
// the page works from a file opened from the disk, where a module script cannot load another file.
import '../reseaupro-finder.js';
import { mountKeepersPage } from './page.js';

mountKeepersPage(document);
