import { browser } from 'wxt/browser';
import { getBrowserEngine } from '../detect/browser-engine.ts';
import { retier, thresholdsFor } from '../detect/sensitivity.ts';
import { t } from '../shared/i18n.ts';
import { getSettings, settingsItem } from '../shared/storage.ts';
import { applyUiLanguage } from '../shared/ui-language.ts';
import { sendToContentScript } from './content-script.ts';
import { openImageCheck } from './image-menu.ts';

const CHECK_SELECTION_MENU = 'sjr-check-selection';
const CHECK_IMAGE_MENU = 'sjr-check-image';

/** The context menu in the UI language chosen in the options (its title is set once, in the browser's language, at install). */
async function syncMenuLanguage(): Promise<void> {
  await applyUiLanguage((await getSettings()).uiLanguage);
  await browser.contextMenus.update(CHECK_SELECTION_MENU, { title: t('menuCheckSelection') });
  await browser.contextMenus.update(CHECK_IMAGE_MENU, { title: t('menuCheckImage') });
}

/**
 * "Check this job ad" on selected text: score it, then show the result on the page. The menu
 * click grants activeTab, so the content script can be injected even where it does not run.
 */
async function checkSelection(text: string, tabId: number | undefined): Promise<void> {
  const engine = await getBrowserEngine();
  const verdict = retier(await engine.score({ text }), thresholdsFor((await getSettings()).sensitivity, engine.meta.thresholds));
  if (tabId === undefined) return;
  await sendToContentScript(tabId, 'show-verdict', { verdict, text });
}

/**
 * "Check this job ad" on a link: the content script finds the posting the link belongs to on
 * this page and shows its verdict. The linked page itself is never fetched.
 */
async function checkLink(linkUrl: string, tabId: number | undefined): Promise<void> {
  if (tabId === undefined) return;
  const { ok } = await sendToContentScript(tabId, 'check-link', { url: linkUrl });
  if (!ok) console.warn('[Scam Job Radar] no job ad found around the link', linkUrl);
}

/** The "Check this job ad" menu on selections and links: created at install, kept in the UI language, answered on click. */
export function registerCheckMenu(opts: { images: boolean } = { images: true }): void {
  const menuLanguage = () => void syncMenuLanguage().catch((err: unknown) => console.warn('[Scam Job Radar] could not update the menu language:', err));
  settingsItem.watch((next, prev) => {
    if (next?.uiLanguage !== prev?.uiLanguage) menuLanguage();
  });
  browser.runtime.onStartup.addListener(menuLanguage);
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create(
      { id: CHECK_SELECTION_MENU, title: browser.i18n.getMessage('menuCheckSelection'), contexts: ['selection', 'link'] },
      menuLanguage,
    );
    // "Check this image ad": a flyer or chat screenshot, read with OCR on the check page (image-menu.ts).
    if (opts.images) browser.contextMenus.create({ id: CHECK_IMAGE_MENU, title: browser.i18n.getMessage('menuCheckImage'), contexts: ['image'] }, menuLanguage);
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === CHECK_IMAGE_MENU) {
      if (info.srcUrl && tab?.id !== undefined)
        openImageCheck(info.srcUrl, { id: tab.id, windowId: tab.windowId, index: tab.index }, info.frameId ?? 0).catch((err: unknown) =>
          console.warn('[Scam Job Radar] could not check the image:', err),
        );
      return;
    }
    if (info.menuItemId !== CHECK_SELECTION_MENU) return;
    if (info.selectionText?.trim()) {
      checkSelection(info.selectionText, tab?.id).catch((err: unknown) => console.warn('[Scam Job Radar] could not check the selection:', err));
    } else if (info.linkUrl) {
      checkLink(info.linkUrl, tab?.id).catch((err: unknown) => console.warn('[Scam Job Radar] could not check the link:', err));
    }
  });
}
