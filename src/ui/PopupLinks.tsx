import { browser, type PublicPath } from 'wxt/browser';
import { t } from '../shared/i18n.ts';

/** Opens one of the extension's own pages in a new tab. */
function openPage(path: string): void {
  // learn.html is built by its own entrypoint; WXT only types the pages it has already generated.
  void browser.tabs.create({ url: browser.runtime.getURL(path as PublicPath) });
}

/** The popup's links to the learn page and the options page. */
export function PopupLinks() {
  const learn = browser.runtime.getURL('/learn.html' as PublicPath);
  return (
    <nav class="sjr-links">
      <a
        class="sjr-learn"
        href={learn}
        onClick={(e) => {
          e.preventDefault();
          openPage('/learn.html');
        }}
      >
        {t('popupLearn')}
      </a>
      <a
        class="sjr-options"
        href={browser.runtime.getURL('/options.html')}
        onClick={(e) => {
          e.preventDefault();
          void browser.runtime.openOptionsPage();
        }}
      >
        {t('popupOptions')}
      </a>
    </nav>
  );
}
