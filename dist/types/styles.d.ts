export declare const styles: import("lit").CSSResult;
export declare const themes: import("lit").CSSResult;
/** Data in a language written right to left, marked with its lang, runs that way inside the interface's left to right. */
export declare const rightToLeftData: import("lit").CSSResult;
