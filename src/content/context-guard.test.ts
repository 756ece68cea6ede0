import { describe, expect, it, vi } from 'vitest';
import { guardContextAgainstPage } from './context-guard.ts';

const NAME = 'abc:content:wxt:content-script-started';

describe('guardContextAgainstPage', () => {
  it("stops the 'script started' event while the extension is alive, lets it pass once it is gone", () => {
    const win = new EventTarget();
    let alive = true;
    const stop = guardContextAgainstPage(win as unknown as Window, NAME, () => alive);
    const wxt = vi.fn();
    win.addEventListener(NAME, wxt);
    win.dispatchEvent(new CustomEvent(NAME, { detail: { contentScriptName: 'content', messageId: 'spoof' } }));
    expect(wxt).not.toHaveBeenCalled();
    alive = false; // updated or reloaded: this copy is orphaned and should stop
    win.dispatchEvent(new CustomEvent(NAME, { detail: { contentScriptName: 'content', messageId: 'newer' } }));
    expect(wxt).toHaveBeenCalledTimes(1);
    alive = true;
    stop();
    win.dispatchEvent(new CustomEvent(NAME));
    expect(wxt).toHaveBeenCalledTimes(2);
  });

  it('leaves other events alone', () => {
    const win = new EventTarget();
    guardContextAgainstPage(win as unknown as Window, NAME, () => true);
    const other = vi.fn();
    win.addEventListener('message', other);
    win.dispatchEvent(new Event('message'));
    expect(other).toHaveBeenCalledTimes(1);
  });
});
