// The bytes of a file as text, whatever Excel or LibreOffice saved them as. No Node here: the
// keepers' page in the browser reads files with the same code.

/** How a file's bytes were read. */
export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | SingleByteEncoding;

/**
 * The code pages Excel saves a CSV in, besides UTF-8: Windows-1252 ("CSV (séparateur :
 * point-virgule)"), CP850 ("CSV (MS-DOS)") and Mac Roman ("CSV (Macintosh)").
 */
export type SingleByteEncoding = 'windows-1252' | 'cp850' | 'mac-roman';

export interface DecodedText {
  text: string;
  encoding: Encoding;
  /** The file began with a byte order mark. */
  bom: boolean;
  /**
   * The lines (from 1) holding bytes that are not UTF-8 in a file whose BOM says it is: read as
   * "�" there, and to be saved again rather than guessed at.
   */
  invalidLines?: number[];
}

/**
 * Windows-1252 from 0x80 to 0x9F: "€", "’", "œ", "…" and the other letters French Excel writes
 * there. The five bytes it leaves undefined are read as the control characters of the same
 * number, as browsers do, so that no byte is ever lost or turned into "�".
 */
const WINDOWS_1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8d, 0x017d, 0x8f, 0x90, 0x2018,
  0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x9d, 0x017e, 0x0178,
];

/** CP850 from 0x80 to 0xFF: the MS-DOS code page of Western Europe, where "é" is 0x82. */
const CP850_HIGH =
  'ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜø£Ø×ƒáíóúñÑªº¿®¬½¼¡«»░▒▓│┤ÁÂÀ©╣║╗╝¢¥┐└┴┬├─┼ãÃ╚╔╩╦╠═╬¤ðÐÊËÈıÍÎÏ┘┌█▄¦Ì▀ÓßÔÒõÕµþÞÚÛÙýÝ¯´\u00ad±‗¾¶§÷¸°¨·¹³²■\u00a0';

/** Mac Roman from 0x80 to 0xFF, where "é" is 0x8E; 0xF0 is the Apple logo, in Unicode's private area. */
const MAC_ROMAN_HIGH =
  'ÄÅÇÉÑÖÜáàâäãåçéèêëíìîïñóòôöõúùûü†°¢£§•¶ß®©™´¨≠ÆØ∞±≤≥¥µ∂∑∏π∫ªºΩæø¿¡¬√ƒ≈∆«»…\u00a0ÀÃÕŒœ–—“”‘’÷◊ÿŸ⁄€‹›ﬁﬂ‡·‚„‰ÂÊÁËÈÍÎÏÌÓÔ\uf8ffÒÚÛÙıˆ˜¯˘˙˚¸˝˛ˇ';

/** Each code page's characters for the bytes 0x80 to 0xFF; below, all three are ASCII. */
export const HIGH_HALVES: Record<SingleByteEncoding, string> = {
  'windows-1252': String.fromCharCode(...WINDOWS_1252_HIGH, ...Array.from({ length: 0x60 }, (_, i) => 0xa0 + i)),
  cp850: CP850_HIGH,
  'mac-roman': MAC_ROMAN_HIGH,
};

function decodeSingleByte(bytes: Uint8Array, encoding: SingleByteEncoding): string {
  const high = HIGH_HALVES[encoding];
  let text = '';
  // In slices: joining a string a character at a time costs more on a large sheet.
  for (let start = 0; start < bytes.length; start += 8192) {
    const characters = Array.from(bytes.subarray(start, start + 8192), (byte) =>
      byte < 0x80 ? String.fromCharCode(byte) : high[byte - 0x80],
    );
    text += characters.join('');
  }
  return text;
}

const VOWELS = new Set('aeiouy');
/** The words French ends with "à"; "ù" ends "où" alone. */
const ENDING_IN_A_GRAVE = new Set(['là', 'voilà', 'holà', 'déjà', 'delà', 'çà']);
const isLetter = (character: string | undefined) => character !== undefined && /\p{L}/u.test(character);
const isUpper = (character: string) => /\p{Lu}/u.test(character);
const isDigit = (character: string | undefined) => character !== undefined && character >= '0' && character <= '9';
/** A space (a no-break one too) or the start or end of the text. */
const isSpace = (character: string | undefined) => character === undefined || /\s/u.test(character);
/** Where a cell or a sentence stops: a space, punctuation, a separator of the sheet. */
const isBreak = (character: string | undefined) => isSpace(character) || /[.,;:!?"')\]|\t]/.test(character as string);

/**
 * How French a lower-case letter looks at `at` in `word` (lower case too). "é" is the commonest
 * accent and may stand anywhere but before a vowel at a word's start; "à" ends "là", "déjà",
 * "voilà", and "ù" ends "où", nowhere else; circumflexes stand before a consonant or at the end
 * ("hôtel", "dû"), after a vowel only as "î" and "û" do ("boîte", "août"), and begin a few words
 * only ("âge", "être", "île", "ôter": "être" rather than CP850's "Étre", byte 0x90); "ç" stands
 * before a, o, u, and begins "ça" alone; a diaeresis follows a vowel ("Noël", "naïf"); "œ" comes before u or i ("cœur",
 * "œil"). A letter French does not use (ñ, ð, ı) is the mark of a wrong code page.
 */
function lowerCasePlausibility(character: string, word: string, at: number): number {
  const before = word[at - 1];
  const after = word[at + 1];
  const first = at === 0;
  switch (character) {
    case 'é':
      // Not before a vowel at a word's start ("éa"), nor at its end after one but "é" ("créé", not "elleé").
      if (first) return after !== undefined && VOWELS.has(after) ? 2 : 10;
      return after === undefined && before !== 'é' && VOWELS.has(before) ? 2 : 10;
    case 'è':
      // "-ère" and "-ès" ("première", "très"): CP850's "PREMIÈRE" rather than Windows-1252's "PREMIÔRE", byte 0xD4.
      if (after === undefined || first) return first ? 1 : 2;
      return word.slice(at + 1, at + 3) === 're' || word.slice(at + 1) === 's' ? 7 : 5;
    case 'à':
      return ENDING_IN_A_GRAVE.has(word) ? 10 : -2;
    case 'ù':
      return word === 'où' ? 8 : -2;
    case 'â':
    case 'ê':
    case 'î':
    case 'ô':
    case 'û':
      if (after !== undefined && VOWELS.has(after)) return -1;
      // After a vowel, "î" and "û" ("boîte", "août"), hardly the others.
      if (before !== undefined && VOWELS.has(before)) return character === 'î' || character === 'û' ? 5 : 2;
      if (!first) return 5;
      // The words French begins with a circumflex: "âge", "âme"; "être", "êtes"; "île", "îlot"; "ôter".
      if (character === 'ê') return /^(être|êtes|êtres)$/.test(word) ? 11 : 1;
      return character === 'â' ? 4 : character === 'î' ? (after === 'l' ? 5 : 1) : character === 'ô' ? 3 : 0;
    case 'ç':
      if (first) return word === 'ça' || word === 'çà' ? 8 : -1;
      return after !== undefined && 'aou'.includes(after) ? 6 : -1;
    case 'ë':
    case 'ï':
    case 'ü':
      return before !== undefined && VOWELS.has(before) ? 6 : 0;
    case 'œ':
      return after === 'u' || after === 'i' ? 6 : -1;
    case 'æ':
    case 'ÿ':
      return 1;
  }
  return -2;
}

/**
 * How French a letter looks where it stands, in the word around it. A letter alone between spaces
 * is French "à" or "ô" ("À vous") and nothing else ("200 Ç"); a capital begins a word ("Économie")
 * or stands in a word all of capitals ("ÉCOLE"), and is then as plausible as its small letter;
 * a capital inside a word of small letters ("SociÚtÚ") or a small letter among capitals ("êCOLE")
 * is the mark of a wrong code page.
 */
function letterPlausibility(text: string, i: number): number {
  let start = i;
  while (start > 0 && i - start < 30 && isLetter(text[start - 1])) start--;
  let end = i + 1;
  while (end < text.length && end - i < 30 && isLetter(text[end])) end++;
  const word = text.slice(start, end);
  const at = i - start;
  const character = text[i];
  if (word.length === 1) return 'àÀôÔ'.includes(character) ? 10 : -4;
  const laterCapital = /\p{Lu}/u.test(word.slice(1));
  if (isUpper(character)) {
    const allCapitals = !/\p{Ll}/u.test(word);
    if (!allCapitals && (at > 0 || laterCapital)) return -4;
  } else if (laterCapital) {
    return -3;
  }
  const lower = Array.from(word, (letter) => (letter.toLowerCase().length === 1 ? letter.toLowerCase() : letter)).join('');
  return lowerCasePlausibility(lower[at], lower, at);
}

/**
 * How French a character that is no letter looks between the characters before and after it.
 * Windows-1252 and Mac Roman put French typographic marks where CP850 has letters: "€" after a
 * number, "…" at a word's end, "“" and "”" around words, "–" between spaces, "’" between letters
 * ("d’Arles"), "«" and "»" around words, with or without spaces inside. Any mark or symbol
 * between two letters ("Soci‚t‚") is the mark of a wrong code page.
 */
function markPlausibility(character: string, before: string | undefined, after: string | undefined): number {
  const letterBefore = isLetter(before);
  const letterAfter = isLetter(after);
  if (letterBefore && letterAfter) return character === '’' ? 8 : -3;
  switch (character) {
    case '€':
      return isDigit(before) || (isSpace(before) && before !== undefined) ? 6 : isDigit(after) ? 3 : 0;
    case '…':
      return (letterBefore || isDigit(before) || /[.!?»”"]/.test(before ?? ' ')) && isBreak(after) ? 6 : 0;
    case '’':
      return letterBefore ? 1 : -1;
    case '‘':
      return letterAfter && isBreak(before) ? 2 : -1;
    case '“':
      return (letterAfter || isDigit(after)) && isBreak(before) ? 6 : 0;
    case '”':
      return (letterBefore || isDigit(before) || /[.!?…]/.test(before ?? ' ')) && isBreak(after) ? 6 : 0;
    case '–':
    case '—':
      return isSpace(before) && isSpace(after) ? 6 : isDigit(before) && isDigit(after) ? 3 : 0;
    case '«':
      return isSpace(after) && after !== undefined ? 6 : letterAfter && isBreak(before) ? 4 : 0;
    case '»':
      return isSpace(before) && before !== undefined ? 6 : letterBefore && isBreak(after) ? 4 : 0;
    case '°':
      return isDigit(before) || before === 'n' || before === 'N' ? 3 : 0;
    case '\u00a0':
    case '\u202f':
      return isDigit(before) || isDigit(after) || /[;:!?»€]/.test(after ?? '') || before === '«' ? 2 : 0;
    case '·':
      return 0;
  }
  return isSpace(character) ? 0 : -1;
}

/** The sum of the plausibility of the characters the code pages read differently: those of bytes from 0x80. */
function frenchness(bytes: Uint8Array, text: string): number {
  let score = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] < 0x80) continue;
    score += isLetter(text[i]) ? letterPlausibility(text, i) : markPlausibility(text[i], text[i - 1], text[i + 1]);
  }
  return score;
}

/**
 * The code page whose reading of bytes that are not UTF-8 looks most like French: Windows-1252
 * unless CP850 or Mac Roman reads better ("Société" rather than "Soci‚t‚" or "SociŽtŽ"; but "200 €"
 * rather than "200 Ç", "visites…" rather than "visitesà"). Windows-1252, by far the commonest,
 * wins a tie: a file whose only characters beyond ASCII are marks, or whose bytes read as French
 * in both (Mac Roman's "CHEFS…" or Windows-1252's "CHEFSÉ", byte 0xC9), is read as Windows-1252.
 * One character a byte, in every one of them: no byte is lost.
 */
function decodeCodePage(bytes: Uint8Array): { text: string; encoding: SingleByteEncoding } {
  let best: { text: string; encoding: SingleByteEncoding; score: number } | undefined;
  // In this order: on a tie, the commoner code page.
  for (const encoding of ['windows-1252', 'cp850', 'mac-roman'] as const) {
    const text = decodeSingleByte(bytes, encoding);
    const score = frenchness(bytes, text);
    if (best === undefined || score > best.score) best = { text, encoding, score };
  }
  const { text, encoding } = best as { text: string; encoding: SingleByteEncoding };
  return { text, encoding };
}

/** The lines (from 1) of UTF-8 bytes that hold something that is not UTF-8; a line break is LF, CRLF or CR. */
function invalidUtf8Lines(bytes: Uint8Array): number[] {
  const lines: number[] = [];
  let line = 1;
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    const end = i === bytes.length || bytes[i] === 0x0a || bytes[i] === 0x0d;
    if (!end) continue;
    // No byte of a multi-byte UTF-8 character is a line break: a line is a whole run of characters.
    if (decodeUtf8(bytes.subarray(start, i)) === undefined) lines.push(line);
    if (bytes[i] === 0x0d && bytes[i + 1] === 0x0a) i++;
    line++;
    start = i + 1;
  }
  return lines;
}

/** UTF-16 without a byte order mark: a text of Latin letters has a zero byte in every other place. */
function utf16WithoutBom(bytes: Uint8Array): Encoding | undefined {
  if (bytes.length < 4 || bytes.length % 2) return undefined;
  const sample = bytes.subarray(0, Math.min(bytes.length, 4096));
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] !== 0) continue;
    if (i % 2) oddZeros++;
    else evenZeros++;
  }
  const pairs = sample.length / 2;
  if (oddZeros > pairs * 0.4 && evenZeros === 0) return 'utf-16le';
  if (evenZeros > pairs * 0.4 && oddZeros === 0) return 'utf-16be';
  return undefined;
}

/**
 * Reads UTF-8 (with or without a BOM), UTF-16 (Excel's "Texte Unicode": little-endian with a BOM)
 * and, when the bytes are not valid UTF-8, the code page that reads them most like French:
 * Windows-1252 (French Excel's "CSV (séparateur : point-virgule)"), CP850 ("CSV (MS-DOS)") or Mac
 * Roman ("CSV (Macintosh)"). A file whose BOM says UTF-8 is read as UTF-8 whatever it holds:
 * the lines where it is not are named in `invalidLines`.
 */
export function decodeBytes(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const body = bytes.subarray(3);
    const text = decodeUtf8(body);
    if (text !== undefined) return { text, encoding: 'utf-8', bom: true };
    return {
      text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(body),
      encoding: 'utf-8',
      bom: true,
      invalidLines: invalidUtf8Lines(body),
    };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le', bom: true };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be', bom: true };
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return { text: new TextDecoder(utf16).decode(bytes), encoding: utf16, bom: false };
  const utf8 = decodeUtf8(bytes);
  return utf8 === undefined ? { ...decodeCodePage(bytes), bom: false } : { text: utf8, encoding: 'utf-8', bom: false };
}

function decodeUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/**
 * A workbook is not text: an .xlsx or .ods is a ZIP archive, beginning with "PK\x03\x04"; an .xls
 * (Excel 97-2003) is a compound file, beginning with D0 CF 11 E0 A1 B1 1A E1.
 */
export const isWorkbook = (bytes: Uint8Array): boolean =>
  (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) || OLE2.every((byte, i) => bytes[i] === byte);
