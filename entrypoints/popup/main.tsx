import { render } from 'preact';
import { Popup } from '../../src/ui/Popup.tsx';
import { applyPageLanguage } from '../../src/ui/page-language.ts';

const root = document.getElementById('app');
// The UI language chosen in the options applies before the first render.
void applyPageLanguage().then(() => {
  if (root) render(<Popup />, root);
});
