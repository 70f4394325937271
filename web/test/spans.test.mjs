// node --test web/test: the byte-offset conversion and the run cutting.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { byteToIndex, segment, spanToRange } from '../src/spans.js';

const utf8 = (s) => new TextEncoder().encode(s).length;

test('ASCII offsets are indexes', () => {
  const toIndex = byteToIndex('Putin spoke.');
  assert.equal(toIndex(0), 0);
  assert.equal(toIndex(5), 5);
  assert.equal(toIndex(12), 12);
  assert.equal(toIndex(99), 12);
});

test('multi-byte characters, including astral ones', () => {
  // é: 2 bytes, 1 unit; 日: 3 bytes, 1 unit; 😀: 4 bytes, 2 units.
  const cases = [
    { text: 'Macron’s visit', word: 'visit' },
    { text: 'Élysée: Zelensky met Erdoğan', word: 'Erdoğan' },
    { text: '日本 and Россия signed', word: 'signed' },
    { text: '😀 Putin 😀 called Trump', word: 'Trump' },
  ];
  for (const { text, word } of cases) {
    const toIndex = byteToIndex(text);
    const i = text.indexOf(word);
    const begin = utf8(text.slice(0, i));
    const end = begin + utf8(word);
    const range = spanToRange(toIndex, [begin, end]);
    assert.deepEqual(range, [i, i + word.length], text);
    assert.equal(text.slice(...range), word);
  }
});

test('an offset inside a character maps to its start', () => {
  const toIndex = byteToIndex('aéb');
  assert.equal(toIndex(1), 1);
  assert.equal(toIndex(2), 1);
  assert.equal(toIndex(3), 2);
});

test('bad spans are null', () => {
  const toIndex = byteToIndex('abc');
  assert.equal(spanToRange(toIndex, null), null);
  assert.equal(spanToRange(toIndex, [2, 2]), null);
  assert.equal(spanToRange(toIndex, [1]), null);
});

test('runs tile the text and carry the marks over them', () => {
  const runs = segment(10, [
    { begin: 2, end: 6, kind: 'actor' },
    { begin: 4, end: 8, kind: 'time' },
  ]);
  assert.deepEqual(
    runs.map((r) => [r.begin, r.end, r.marks.map((m) => m.kind).join('+')]),
    [
      [0, 2, ''],
      [2, 4, 'actor'],
      [4, 6, 'actor+time'],
      [6, 8, 'time'],
      [8, 10, ''],
    ],
  );
});
