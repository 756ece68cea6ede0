import { render } from 'preact';
import { Options } from '../../src/ui/Options.tsx';
import { applyPageLanguage } from '../../src/ui/page-language.ts';

const root = document.getElementById('app');
// The UI language chosen in the options applies before the first render.
void applyPageLanguage().then(() => {
  if (root) render(<Options />, root);
});
