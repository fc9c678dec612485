// The byte order mark is taken off once: a U+FEFF after it is text.
import { strict as assert } from 'node:assert';
import { decodePlanBytes } from '../../server/src/input/decode';
import { encodePlanText } from '../../server/src/node/encode';

describe('input/decode: byte order marks', () => {
  const text = '\ufeff红桥区2025年食品安全监督管理计划\n';
  for (const encoding of ['utf8-bom', 'utf16le', 'utf16be'] as const) {
    it(`${encoding}: a second U+FEFF after the mark stays in the text, and writing it back gives the same bytes`, () => {
      const bytes = encodePlanText(text, encoding);
      const d = decodePlanBytes(bytes);
      assert.equal(d.encoding, encoding);
      assert.equal(d.text, text);
      assert.ok(Buffer.from(encodePlanText(d.text, d.encoding)).equals(Buffer.from(bytes)));
    });
  }
});
