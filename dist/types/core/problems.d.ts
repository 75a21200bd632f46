/** Why a record, a question or a field of one could not be used. */
export type ProblemCode = 
/** The record is not a JSON object. */
'not-object'
/** A required field is absent, null or empty. */
 | 'missing'
/** `family` is not one of the four families. */
 | 'unknown-family'
/** A field holds a value of the wrong type; `expected` says which. */
 | 'wrong-type'
/** A list field holds something other than strings. */
 | 'not-text-list'
/** Another record or question already has this id; the first wins. */
 | 'duplicate-id';
export type ExpectedType = 'text' | 'number' | 'list' | 'object' | 'label' | 'boolean' | 'mode' | 'options' | 'position';
/** One thing wrong with the data, in a form each language can phrase. */
export interface Problem {
    /** What was skipped: a network or a question; `document` for a top-level field that was ignored. */
    subject: 'network' | 'question' | 'document';
    /** Position in its list, from 0 (0 for the document). */
    index: number;
    /** The record's id, when it has a usable one. */
    id?: string;
    field?: string;
    code: ProblemCode;
    expected?: ExpectedType;
    /** The offending value, as text, when it helps (an unknown family). */
    value?: string;
}
