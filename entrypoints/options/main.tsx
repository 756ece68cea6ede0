import { render } from 'preact';
import { Options } from '../../src/ui/Options.tsx';

const root = document.getElementById('app');
if (root) render(<Options />, root);
