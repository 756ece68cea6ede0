/**
 * WXT stops an older copy of a content script when a newer one starts: the newer one
 * dispatches a `<extension id>:<entrypoint>:wxt:content-script-started` event on the document,
 * and every context that hears it (with another id in it) invalidates itself. A page can
 * dispatch the same event (the name is easy to learn), and would switch our script off.
 *
 * This guard listens first (capture phase on the window, before the document's listeners) and
 * stops every such event while our extension is alive. A copy of our script only ever needs
 * stopping when the extension was updated or reloaded (the old copy is orphaned: its runtime id
 * is gone), and then the event passes. A second copy injected while the extension is alive
 * ("Check this page" where the script already runs) does nothing anyway (the content script's
 * run-once flag), so the running copy must not stop for it either.
 */
export function guardContextAgainstPage(win: Window, eventName: string, extensionAlive: () => boolean): () => void {
  const stop = (event: Event) => {
    if (extensionAlive()) event.stopImmediatePropagation();
  };
  win.addEventListener(eventName, stop, { capture: true });
  return () => win.removeEventListener(eventName, stop, { capture: true });
}
