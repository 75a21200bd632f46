export declare const styles: import("lit").CSSResult;
export declare const themes: import("lit").CSSResult;
