// The API's spans are [begin, end) byte offsets into the UTF-8 text; the
// page works in JavaScript string (UTF-16) indexes. These helpers convert
// between the two and cut a text into the runs that a set of marks covers.

const encoder = new TextEncoder();

/**
 * A converter from UTF-8 byte offsets in `text` to UTF-16 indexes.
 * An offset inside a multi-byte character maps to the start of that
 * character; offsets past the end map to text.length.
 * @param {string} text
 * @returns {(byteOffset: number) => number}
 */
export function byteToIndex(text) {
  const bytes = encoder.encode(text).length;
  const map = new Uint32Array(bytes + 1);
  let b = 0;
  let i = 0;
  while (i < text.length) {
    const cp = text.codePointAt(i);
    const width = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    for (let k = 0; k < width; k++) map[b + k] = i;
    b += width;
    i += cp > 0xffff ? 2 : 1;
  }
  map[bytes] = text.length;
  return (offset) => {
    if (!Number.isFinite(offset) || offset <= 0) return 0;
    return offset >= bytes ? text.length : map[offset];
  };
}

/**
 * Converts an API span [begin, end) in bytes to [begin, end) in UTF-16
 * indexes, or null when the span is missing or empty.
 * @param {(n: number) => number} toIndex from byteToIndex
 * @param {unknown} span
 * @returns {[number, number] | null}
 */
export function spanToRange(toIndex, span) {
  if (!Array.isArray(span) || span.length !== 2) return null;
  const begin = toIndex(span[0]);
  const end = toIndex(span[1]);
  return end > begin ? [begin, end] : null;
}

/**
 * Cuts [0, text.length) at every mark's ends: each run lists the marks that
 * cover it. Runs without marks are included, so the runs tile the text.
 * @template M
 * @param {number} length
 * @param {Array<{begin: number, end: number} & M>} marks
 * @returns {Array<{begin: number, end: number, marks: M[]}>}
 */
export function segment(length, marks) {
  const cuts = new Set([0, length]);
  for (const m of marks) {
    cuts.add(Math.max(0, Math.min(length, m.begin)));
    cuts.add(Math.max(0, Math.min(length, m.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const runs = [];
  for (let k = 0; k + 1 < points.length; k++) {
    const begin = points[k];
    const end = points[k + 1];
    if (end <= begin) continue;
    runs.push({
      begin,
      end,
      marks: marks.filter((m) => m.begin < end && m.end > begin),
    });
  }
  return runs;
}
