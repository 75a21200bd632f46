/** The mark of the element being printed alone: the page's print style sheet below keeps only it. */
const PRINTING = 'data-reseaupro-printing';

/**
 * Everything of the page but the marked element, its ancestors (which hold it) and what it holds is
 * left off the paper. A browser without `:has()` drops the rule and prints the page whole, as before.
 * The ancestors draw no box of their own on paper: a fixed sidebar or a modal dialog that scrolls
 * printed one sheet of a long selection, cut at the box's end. `all: unset` takes off what a modal
 * dialog keeps in the top layer (fixed, with a maximum height), where `display: contents` does not apply.
 */
const PAGE_RULE = `@media print{body :not(:has([${PRINTING}]),[${PRINTING}],[${PRINTING}] *){display:none!important}body :has([${PRINTING}]){all:unset!important;display:contents!important}}`;

/** Takes away the rule and the mark of the last print, when the browser has not said it printed. */
let undoLastPrint: (() => void) | undefined;

/**
 * Prints only `element`, not the host page around it: "Imprimer" in "Ma sélection" is asked for
 * the selection, not for the town hall's menus and footer. The rule is an adopted style sheet, not
 * a `<style>`, so a page whose Content-Security-Policy forbids inline styles allows it; it is taken
 * away once the browser has printed (`afterprint`), so that the page's own printing is untouched.
 * An element inside another component's shadow root is printed with that component, the outermost
 * one in the page: the page's selectors do not see into shadow roots.
 */
export function printAlone(element: Element): void {
  undoLastPrint?.();
  let printed = element;
  for (let root = printed.getRootNode(); root instanceof ShadowRoot; root = printed.getRootNode()) printed = root.host;
  const page = printed.ownerDocument;
  const view = page.defaultView;
  if (!view || printed.getRootNode() !== page) {
    // Not in a page (removed meanwhile): there is nothing around it to leave off.
    view?.print();
    return;
  }
  const sheet = new view.CSSStyleSheet();
  sheet.replaceSync(PAGE_RULE);
  printed.setAttribute(PRINTING, '');
  page.adoptedStyleSheets = [...page.adoptedStyleSheets, sheet];
  const undo = () => {
    view.removeEventListener('afterprint', undo);
    printed.removeAttribute(PRINTING);
    page.adoptedStyleSheets = page.adoptedStyleSheets.filter((adopted) => adopted !== sheet);
    if (undoLastPrint === undo) undoLastPrint = undefined;
  };
  undoLastPrint = undo;
  view.addEventListener('afterprint', undo);
  view.print();
}
