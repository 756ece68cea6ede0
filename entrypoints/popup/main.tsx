import { render } from 'preact';
import { Popup } from '../../src/ui/Popup.tsx';

const root = document.getElementById('app');
if (root) render(<Popup />, root);
