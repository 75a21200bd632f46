import type { JsonFault } from './messages.js';

/** What JSON.parse's message tells of the fault; a keeper needs a line and a column, not a character position. */
export function jsonFault(text: string, engineMessage: string): JsonFault {
  // V8 quotes the text around the fault, line breaks and all: one line is easier to read.
  const message = engineMessage.replace(/\s+/g, ' ');
  const position = /at position (\d+)/.exec(message);
  const before = position ? text.slice(0, Number(position[1])) : undefined;
  const token = /Unexpected token '(.+?)'/.exec(message)?.[1];
  return {
    engineMessage: message,
    ...(before !== undefined && { line: before.split('\n').length, column: before.length - before.lastIndexOf('\n') }),
    endOfText: /Unexpected end of JSON input/.test(message),
    ...(token !== undefined && { token }),
  };
}
