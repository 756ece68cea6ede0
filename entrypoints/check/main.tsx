import { render } from 'preact';
import { getBrowserEngine } from '../../src/detect/browser-engine.ts';
import { CheckPage } from '../../src/ui/CheckPage.tsx';

const root = document.getElementById('app');
if (root) render(<CheckPage loadEngine={getBrowserEngine} />, root);
