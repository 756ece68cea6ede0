/** The CLI's synchronous cache key is the extension's Web Crypto key, character for character. */
import { describe, expect, it } from 'vitest';
import { textKey } from './engine.ts';
import { nodeTextKey } from './node-engine.ts';

describe('nodeTextKey', () => {
  const texts = [
    '',
    'Customer service in Cambodia, free visa, contact Telegram',
    '高薪招聘 柬埔寨 客服 月薪 2万',
    'T\u200Be\uFE0Fl\u{E0020}e\u180Bgram \u{1F6EB}\u{1F6C2}',
    'lone surrogates \uD800 and \uDFFF, reversed \uDFFF\uD800',
    'x'.repeat(150_000),
  ];
  for (const t of texts) {
    it(`equals textKey for ${JSON.stringify(t.slice(0, 30))} (${t.length} chars)`, async () => {
      expect(nodeTextKey(t)).toBe(await textKey(t));
    });
  }

  it('tells different texts apart', () => {
    expect(nodeTextKey('a')).not.toBe(nodeTextKey('b'));
  });
});
