// JSON nested thousands of levels deep (`{"a":{"a":…}}`) is read by JSON.parse, but every walk
// that calls itself per level, JSON.stringify among them, runs out of stack on it. No directory
// nests a field more than a few levels: past MAX_DEPTH, the tools say so instead of walking it.

/** How deep a field's value may nest: far more than any directory needs, far less than a call stack holds. */
export const MAX_DEPTH = 100;

/** Whether `value` nests objects or lists more than `limit` levels deep; walked with a stack of its own, never recursively. */
export function nestsTooDeep(value: unknown, limit = MAX_DEPTH): boolean {
  const pending: [unknown, number][] = [[value, 0]];
  while (pending.length) {
    const [current, depth] = pending.pop() as [unknown, number];
    if (typeof current !== 'object' || current === null) continue;
    if (depth >= limit) return true;
    for (const inner of Array.isArray(current) ? current : Object.values(current)) pending.push([inner, depth + 1]);
  }
  return false;
}
