// The XML tokenizer of the .docx reader: tokens, entities, and linear time
// on unclosed constructs (which made the former regex tokenizer quadratic).
import { strict as assert } from 'node:assert';
import { tokenize, XmlToken } from '../../server/src/input/xml';

const all = (s: string): XmlToken[] => [...tokenize(s)];

describe('xml tokenizer', () => {
  it('reads tags, attributes, self-closing tags, text, CDATA and entities', () => {
    assert.deepEqual(all(`<?xml version="1.0"?><!DOCTYPE x><a b="1" c = '&lt;2&gt;'><!-- c --><d/>x &amp; y<![CDATA[<z>]]></a>`), [
      { kind: 'open', name: 'a', attrs: { b: '1', c: '<2>' }, selfClosing: false },
      { kind: 'open', name: 'd', attrs: {}, selfClosing: true },
      { kind: 'text', text: 'x & y' },
      { kind: 'text', text: '<z>' },
      { kind: 'close', name: 'a' },
    ]);
  });

  it('keeps a < that starts no tag as text, and ends at an unclosed construct', () => {
    assert.deepEqual(all('<w:t>a < b</w:t>'), [
      { kind: 'open', name: 'w:t', attrs: {}, selfClosing: false },
      { kind: 'text', text: 'a < b' },
      { kind: 'close', name: 'w:t' },
    ]);
    assert.deepEqual(all('<a>x<!-- never closed <b>y</b>'), [{ kind: 'open', name: 'a', attrs: {}, selfClosing: false }, { kind: 'text', text: 'x' }]);
    assert.deepEqual(all('<a b="never closed>x</a>'), []);
  });

  // the former tokenizer took minutes on these; the time is measured by the
  // backtracking guard (test/property/backtracking.test.ts), here mocha's timeout catches a hang
  for (const unit of ['<!--', '<?', '<!DOCTYPE', '<![CDATA[', '<a b="', "<a b='", '<a ', '<a b', '<a b=', '<', '</a', '<a/', '<a b="1"']) {
    it(`is linear on 250,000 × ${JSON.stringify(unit)}`, function () {
      this.timeout(20_000);
      let n = 0;
      for (const _ of tokenize(unit.repeat(250_000))) n++;
      assert.ok(n <= 250_000 * 2, `${n} tokens`);
    });
  }
});
