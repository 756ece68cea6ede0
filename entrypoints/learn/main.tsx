import { render } from 'preact';
import { getBrowserEngine } from '../../src/detect/browser-engine.ts';
import { LearnPage } from '../../src/ui/LearnPage.tsx';
import { applyPageLanguage } from '../../src/ui/page-language.ts';

const root = document.getElementById('app');
// The UI language chosen in the options applies before the first render.
void applyPageLanguage().then(() => {
  if (root) render(<LearnPage loadEngine={getBrowserEngine} />, root);
});
