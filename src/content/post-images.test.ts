import { describe, expect, it } from 'vitest';
import { withImageText } from './post-images.ts';

describe("a post's text with its images' text", () => {
  it('follows the caption after a blank line', () => {
    expect(withImageText('Inbox me 👇', ' HIRING: chat support in Cambodia \n')).toBe('Inbox me 👇\n\nHIRING: chat support in Cambodia');
  });
  it('is the image text alone under an empty caption, and the caption alone when the images held no text', () => {
    expect(withImageText('  ', 'HIRING')).toBe('HIRING');
    expect(withImageText('Inbox me', '  \n ')).toBe('Inbox me');
  });
});
