import { defineBackground } from 'wxt/utils/define-background';
import { keepAllSitesScriptInSync } from '../src/background/all-sites.ts';
import { keepChatScriptsInSync } from '../src/background/chat-sites.ts';
import { sendToContentScript } from '../src/background/content-script.ts';
import { registerCheckMenu } from '../src/background/context-menu.ts';
import { openImageCheck } from '../src/background/image-menu.ts';
import { createHandlers } from '../src/background/handlers.ts';
import { createPostImageReader, defaultOcrHost, defaultReadBudget } from '../src/background/post-images.ts';
import { createReportQueue } from '../src/background/reports.ts';
import { keepTabResultsCurrent, tabResults } from '../src/background/tab-results-store.ts';
import { getBrowserEngine, prepareBrowserPatterns } from '../src/detect/browser-engine.ts';
import { listen } from '../src/shared/messaging.ts';
import { getSettings, reportsItem, updateSettings } from '../src/shared/storage.ts';
import { markOnce } from '../src/shared/timeline-marks.ts';

export default defineBackground(() => {
  markOnce('workerStart');
  const saveReport = createReportQueue(reportsItem);
  // (The benchmark's build without image ads leaves all of it out: wxt.config.ts.)
  const readPostImages = __SJR_NO_IMAGES__ ? undefined : createPostImageReader({ getSettings, host: defaultOcrHost(), budget: defaultReadBudget() });
  listen(
    createHandlers({
      getEngine: getBrowserEngine,
      getSettings,
      updateSettings,
      tabResults,
      saveReport,
      sendToContentScript,
      readPostImages,
      preparePatterns: prepareBrowserPatterns,
    }),
  );
  keepTabResultsCurrent();
  keepAllSitesScriptInSync();
  keepChatScriptsInSync();
  registerCheckMenu({ images: !__SJR_NO_IMAGES__ });
  // The local-test build lets the end-to-end tests run the image menu's click handler (a test cannot click a native menu).
  if (import.meta.env.MODE === 'e2e') Object.assign(globalThis, { sjrTestOpenImageCheck: openImageCheck });
});
