// The keepers' page's script: dist/keepers.js, loaded by dist/keepers.html.
import { mountKeepersPage } from './page.js';

mountKeepersPage(document);
