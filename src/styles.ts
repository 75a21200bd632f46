import { css, unsafeCSS } from 'lit';

// The --reseaupro-* custom properties are the theme's public contract: each is documented with @cssprop on
// the element. Private --_ copies hold their defaults in one place.
export const styles = css`
  :host {
    --_accent: var(--reseaupro-accent, #1d4f91);
    --_accent-fg: var(--reseaupro-accent-fg, #ffffff);
    --_fg: var(--reseaupro-fg, #1b1b1b);
    --_bg: var(--reseaupro-bg, #ffffff);
    --_muted: var(--reseaupro-muted, #4f5661);
    --_surface: var(--reseaupro-surface, #f4f6f9);
    --_border: var(--reseaupro-border, #767676);
    --_focus: var(--reseaupro-focus, var(--_accent));
    --_radius: var(--reseaupro-radius, 0.375em);
    --_space: var(--reseaupro-space, 1em);
    --_error: #b00020;
    /* Native checkboxes, radios and scroll bars follow the widget's theme, not a dark host page's. */
    color-scheme: light;

    display: block;
    color: var(--_fg);
    background: var(--_bg);
    font-family: var(--reseaupro-font, inherit);
    /* Inherited, never below 12px: a row of inline-block cells sets font-size: 0 to close their gaps, and
       the widget in it showed nothing. A size set on the element itself wins over this, as any does. */
    font-size: max(1em, 12px);
    line-height: 1.5;
    /* A page that centres its text (Vite's React template centres its #root) would centre every
       question, result and field: the widget's text starts at the start of the line, as it is drawn.
       The last line's alignment is a property of its own: a centred last line is every one-line label. */
    text-align: start;
    text-align-last: auto;
    /* What else a page's text passes down and the widget's layout does not survive: capitals, spacing,
       no wrapping, an indent, italics, small capitals, a shadow, words broken anywhere, right to left, vertical. */
    text-transform: none;
    letter-spacing: normal;
    word-spacing: normal;
    white-space: normal;
    text-indent: 0;
    font-style: normal;
    font-variant: normal;
    text-shadow: none;
    word-break: normal;
    direction: ltr;
    writing-mode: horizontal-tb;
    /* A word longer than the line (a web address, a name written without spaces) is broken rather
       than make a phone's page scroll sideways (WCAG 1.4.10); cards and grid tracks shrink with it. */
    overflow-wrap: anywhere;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  .finder {
    padding: var(--_space);
  }
  /* The widget's width is queried on .body, which so has no width of its own to give; the probe gives
     one where the page sizes the widget to its content (a dialog, a flex or grid item, a float): up to
     60em, and as narrow as need be. Measured for layout="auto": the width, with no height the layout could change. */
  .width-probe {
    height: 0;
    display: grid;
    grid-template-columns: minmax(0, 60em);
  }
  .body {
    container-type: inline-size;
  }
  /* Headings are styled by role, not tag: the host chooses their levels (heading-level). */
  .title,
  .section-heading,
  .profile-title,
  .result-name {
    line-height: 1.25;
    margin: 0 0 calc(var(--_space) / 2);
  }
  .title {
    font-size: 1.375em;
  }
  .section-heading,
  .profile-title {
    font-size: 1.125em;
  }
  /* Headings take focus from script (Retry, a profile, "see the results"), not from a click. */
  [tabindex='-1']:focus {
    outline: none;
  }
  [tabindex='-1']:focus-visible {
    outline: 3px solid var(--_focus);
    box-shadow: 0 0 0 2px var(--_fg);
  }
  [hidden] {
    display: none !important;
  }
  p {
    margin: 0 0 calc(var(--_space) / 2);
  }
  button,
  input {
    font: inherit;
    color: inherit;
  }
  button {
    cursor: pointer;
    border-radius: var(--_radius);
    border: 1px solid var(--_accent);
    background: var(--_bg);
    color: var(--_accent);
    padding: 0.375em 0.75em;
    min-height: 2.75em;
  }
  button.primary {
    background: var(--_accent);
    color: var(--_accent-fg);
  }
  /* "Comparer" with one network: it must not look like a button that would do something. */
  button:disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }
  button.link {
    border: none;
    background: none;
    min-height: auto;
    padding: 0;
    text-align: start;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    font-weight: inherit;
  }
  a {
    color: var(--_accent);
    text-underline-offset: 0.15em;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
    /* A ring of the text colour inside the accent's: the focus shows at 3:1 even when a page picks a light accent. */
    box-shadow: 0 0 0 2px var(--_fg);
  }
  /* A control focused from below (Shift+Tab) scrolls clear of the sticky count bar, whose height is measured. */
  * {
    scroll-margin-top: calc(var(--_bar-height, 0px) + 0.5em);
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  .muted {
    color: var(--_muted);
  }

  .layout {
    display: grid;
    gap: var(--_space);
  }
  /* Queried on .body, narrower than the element by its padding: 44em there is about 46em of the element. */
  @container (min-width: 44em) {
    .layout {
      grid-template-columns: minmax(15em, 1fr) 2fr;
      align-items: start;
    }
  }

  /* One question at a time: one column, never wider than reads well. */
  .layout.steps {
    display: block;
    max-width: 44em;
  }
  /* The last step: the search panel above the results (the steps layout is no grid, with no gap). */
  .steps .results-pane {
    margin-top: var(--_space);
  }
  .step-progress p {
    font-weight: 600;
    margin: 0;
  }
  .step-progress progress {
    display: block;
    width: 100%;
    height: 0.5em;
    margin: 0.25em 0 0.5em;
    accent-color: var(--_accent);
  }
  .step-heading {
    font-size: 1.125em;
    line-height: 1.25;
    margin: 0 0 0.25em;
  }
  .step-nav {
    display: grid;
    gap: 0.5em;
    margin-top: var(--_space);
  }
  .step-buttons {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .step-buttons button:last-child {
    margin-inline-start: auto;
  }
  .near {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 0.25em 0.5em;
    margin-bottom: var(--_space);
  }
  .near-place {
    margin: 0;
    /* In em: with the text at 200 % "— choose —" is not cut, "Near me" goes under it. */
    flex: 1 1 12em;
  }
  .near-place label {
    display: block;
    font-weight: 600;
  }
  .near select {
    width: 100%;
    min-height: 2.75em;
    font: inherit;
    color: inherit;
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.25em 0.5em;
  }
  .near .hint {
    flex-basis: 100%;
  }
  .near .hint:empty {
    display: none;
  }

  .questions {
    background: var(--_surface);
    border-radius: var(--_radius);
    padding: var(--_space);
  }
  .search {
    margin-bottom: var(--_space);
  }
  .search label {
    display: block;
    font-weight: 600;
  }
  .option-filter {
    margin: 0.25em 0 0.5em;
  }
  .option-filter label {
    display: block;
    font-size: 0.875em;
  }
  .option-filter input,
  .search input,
  .copy-by-hand input {
    width: 100%;
    min-height: 2.75em;
    padding: 0.375em 0.5em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
  }
  .hint {
    font-size: 0.875em;
    color: var(--_muted);
    margin: 0.25em 0 0;
  }
  fieldset {
    border: none;
    border-top: 1px solid var(--_border);
    margin: 0;
    padding: calc(var(--_space) / 2) 0;
    min-width: 0;
  }
  legend {
    font-weight: 600;
    padding: 0;
    float: left;
    width: 100%;
  }
  legend + * {
    clear: both;
  }
  .options {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    /* In em, not rem: with the widget's text at 200 % a column still holds "Réseau territorial" whole. */
    grid-template-columns: repeat(auto-fill, minmax(min(12em, 100%), 1fr));
    column-gap: var(--_space);
  }
  .option {
    display: flex;
    align-items: flex-start;
    gap: 0.5em;
    padding: 0.25em 0;
    cursor: pointer;
  }
  .option input {
    margin: 0.25em 0 0;
    width: 1.125em;
    height: 1.125em;
    flex: none;
    accent-color: var(--_accent);
  }
  .option-label {
    flex: 1;
  }
  /* The count is smaller than the label: on the label's baseline, not 2px above it. */
  .option-label,
  .option-count {
    align-self: baseline;
  }
  .option-count {
    color: var(--_muted);
    font-size: 0.875em;
    font-variant-numeric: tabular-nums;
  }
  .show-all {
    margin-top: 0.25em;
    min-height: 2.75em;
  }
  .option.empty .option-label {
    color: var(--_muted);
  }

  /* The count stays in view while a person scrolls through the questions. */
  .summary-bar {
    position: sticky;
    /* Under the page's own sticky header, whose height the page gives. Taller than a third of the screen
       (a phone with its text at 200 %), it does not stick: its top is then far above. */
    top: min(var(--reseaupro-sticky-top, 0px), (33vh - var(--_bar-height, 0px)) * 999);
    z-index: 1;
    background: var(--_bg);
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2);
    align-items: center;
    padding: calc(var(--_space) / 2) 0;
    margin-bottom: calc(var(--_space) / 2);
    border-bottom: 1px solid var(--_surface);
  }
  .count {
    font-weight: 600;
    margin: 0;
    flex: 1 1 auto;
  }
  .chips-row {
    display: flex;
    margin-bottom: var(--_space);
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
  }
  /* Beside the questions the results are in view: the shortcut stays, for the keyboard, shown when focused. */
  @container (min-width: 44em) {
    .jump:not(:focus) {
      position: absolute;
      width: 1px;
      height: 1px;
      min-height: 0;
      overflow: hidden;
      clip: rect(0 0 0 0);
      white-space: nowrap;
    }
  }
  /* On a short screen a sticky bar would hide too much of what is around it. */
  @media (max-height: 32rem) {
    .summary-bar {
      position: static;
    }
    * {
      scroll-margin-top: 0;
    }
  }
  .chips {
    list-style: none;
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin: 0;
    padding: 0;
  }
  .chip {
    border-radius: 999px;
    min-height: 2.25em;
    padding: 0.125em 0.75em;
    background: var(--_accent);
    color: var(--_accent-fg);
  }
  .chip span[aria-hidden] {
    margin-inline-start: 0.375em;
  }

  .results {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: calc(var(--_space) / 2);
  }
  /* A result's card; a profile's next step and a selected network are framed alike. */
  .result,
  .next-step,
  .selected-network {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 0.75);
  }
  .result-name {
    font-size: 1.0625em;
  }
  .result-name .link {
    color: var(--_accent);
  }
  .meta {
    font-size: 0.875em;
    color: var(--_muted);
  }
  .why {
    font-size: 0.9375em;
  }
  .why strong {
    font-weight: 600;
  }
  .more {
    margin-top: var(--_space);
  }
  .no-results {
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
  }
  .footnote {
    margin-top: var(--_space);
    font-size: 0.875em;
    color: var(--_muted);
  }
  .footnote ul {
    margin: 0.25em 0 0;
    padding-inline-start: 1.25em;
  }

  /* "Retour à la liste", above a profile or the selection, and at its end. */
  .back {
    margin-bottom: var(--_space);
  }
  .back:last-child {
    margin: var(--_space) 0 0;
  }
  /* What to do next comes before the long description: write, join, visit, call. */
  .next-step {
    background: var(--_surface);
    margin: var(--_space) 0;
  }
  .next-step-heading {
    font-size: 1em;
    margin: 0 0 0.5em;
  }
  .actions {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  a.action {
    display: inline-flex;
    align-items: center;
    min-height: 2.75em;
    padding: 0.375em 0.75em;
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_bg);
    text-decoration: none;
  }
  a.action.primary {
    background: var(--_accent);
    color: var(--_accent-fg);
  }
  /* The toggle is inline: without this, the profile's summary touches it. Half the widget's spacing:
     an em default is the toggle's own, smaller (0.9375em), text's. */
  .profile .shortlist-toggle {
    margin-bottom: calc(var(--_space) / 2 / 0.9375);
  }
  .next-step .fields {
    margin-bottom: 0;
  }

  .shortlist-toggle {
    min-height: 2.25em;
    font-size: 0.9375em;
  }
  .shortlist-toggle[aria-pressed='true'] {
    background: var(--_accent);
    color: var(--_accent-fg);
  }
  .shortlist-entry {
    margin-inline-start: auto;
  }
  .selection-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin: var(--_space) 0 0.25em;
  }
  .selection-list {
    list-style: none;
    margin: var(--_space) 0;
    padding: 0;
    display: grid;
    gap: calc(var(--_space) / 2);
  }
  /* A long selection lays out only what is in view: 100 networks with their contacts are about 2,000
     elements, which cost a cheap phone most of a second to open and again to compare. */
  .selected-network {
    content-visibility: auto;
    contain-intrinsic-size: auto 10em;
  }
  /* The comparison scrolls within its own box on a narrow screen, never the page sideways. */
  .table-scroll {
    overflow-x: auto;
    max-width: 100%;
    /* Holds the cells' visually hidden text, which is positioned: else it widens the page past the box. */
    position: relative;
    container-type: inline-size;
  }
  table {
    border-collapse: collapse;
    min-width: 100%;
    /* The table scrolls in its box: its columns keep whole words ("anywhere" made them 8em, cutting "Groupement"). */
    overflow-wrap: break-word;
  }
  /* As wide as the box, not the table, and kept in it as the table scrolls: on a phone it was cut mid-word. */
  caption {
    position: sticky;
    left: 0;
    max-width: 100cqi;
    text-align: start;
    color: var(--_muted);
    font-size: 0.875em;
    padding-bottom: 0.25em;
  }
  th,
  td {
    border: 1px solid var(--_border);
    padding: 0.375em 0.5em;
    text-align: start;
    vertical-align: top;
    min-width: 8em;
  }
  /* A name written without a space is broken past this width, in a column that fits a phone's box. */
  thead th {
    max-width: 15em;
  }
  tbody th {
    background: var(--_surface);
  }
  .print-only {
    display: none;
  }
  /* Printed: what shows (the list, a profile, the selection), in dark ink whatever the theme; no questionnaire, no buttons, every address written out.
     "Contacter ce réseau" opens a message already written: on paper, the e-mail address written in the next step says where to write. */
  @media print {
    :host {
      --_accent: #1d4f91;
      --_fg: #1b1b1b;
      --_muted: #4f5661;
      --_bg: #fff;
      --_surface: #f4f6f9;
    }
    .questions,
    button:not(.link),
    .next-step .primary,
    .selection-actions,
    .hint,
    .copy-by-hand {
      display: none !important;
    }
    .print-only {
      display: block;
    }
    .table-scroll {
      overflow: visible;
    }
    /* A network, a row, and the comparison (its heading and caption with its table) are not cut between two pages. */
    .selected-network,
    .comparison,
    tr {
      break-inside: avoid;
    }
    .selected-network {
      content-visibility: visible;
    }
    /* A focus ring is not printed. */
    .section-heading {
      outline: 0 !important;
      box-shadow: none !important;
    }
    /* The list takes the whole width; the next step's actions are links, not buttons, on paper: "Site web" is followed by its address. */
    .layout,
    .actions {
      display: block;
    }
    .next-step a.action {
      display: inline;
      border: 0;
      padding: 0;
      color: var(--_accent);
      background: none;
    }
    a.action[target]::after {
      content: ' ' attr(href);
    }
    [data-to]::after {
      content: ' ' attr(data-to);
    }
    /* A network's name is a button on screen; on paper, its title. */
    .result-name .link {
      text-decoration: none;
      color: inherit;
    }
  }
  .fields {
    display: grid;
    grid-template-columns: minmax(8em, max-content) 1fr;
    gap: 0.25em var(--_space);
    margin: var(--_space) 0;
  }
  .fields dt {
    font-weight: 600;
  }
  .fields dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  @container (max-width: 28em) {
    .fields {
      grid-template-columns: 1fr;
    }
    .fields dd {
      margin-bottom: 0.5em;
    }
  }
  .error {
    border: 2px solid var(--_error);
    border-radius: var(--_radius);
    padding: var(--_space);
  }

  @media (forced-colors: active) {
    .chip,
    button.primary {
      border: 1px solid ButtonText;
    }
    .result,
    .questions {
      border: 1px solid CanvasText;
    }
    /* Pressed, in the system's own colours for what is selected: the accent fill is gone in forced colours.
       Not forced, its focus ring keeps the accent, dark on a dark theme's canvas: the system's text colour instead. */
    .shortlist-toggle[aria-pressed='true'] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
      outline-color: CanvasText;
    }
  }
`;

/**
 * The dark palette (`theme="dark"`, or `theme="auto"` when the system prefers dark): defaults of the
 * public custom properties, set on the host, so that a page's own values on the element still win.
 * Each pair meets WCAG AA: text 4.5:1 or more, borders and the focus ring 3:1 or more.
 */
const DARK_PALETTE =
  '--reseaupro-accent:#8ab4f8;--reseaupro-accent-fg:#0b1220;--reseaupro-fg:#e8eaed;--reseaupro-bg:#15181d;' +
  '--reseaupro-muted:#b0b6c0;--reseaupro-surface:#1f232a;--reseaupro-border:#8a919c;--_error:#ff8a80;color-scheme:dark';

export const themes = unsafeCSS(
  `:host([theme=dark]){${DARK_PALETTE}}@media (prefers-color-scheme:dark){:host([theme=auto]){${DARK_PALETTE}}}`,
);
