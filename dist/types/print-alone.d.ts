/**
 * Prints only `element`, not the host page around it: "Imprimer" in "Ma sélection" is asked for
 * the selection, not for the town hall's menus and footer. The rule is an adopted style sheet, not
 * a `<style>`, so a page whose Content-Security-Policy forbids inline styles allows it; it is taken
 * away once the browser has printed (`afterprint`), so that the page's own printing is untouched.
 * An element inside another component's shadow root is printed with that component, the outermost
 * one in the page: the page's selectors do not see into shadow roots.
 */
export declare function printAlone(element: Element): void;
