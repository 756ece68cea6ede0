// A worker thread of `scam-job-radar scan --jobs N`: loads TypeScript through tsx, as bin/ does.
import { register } from 'tsx/esm/api';

register();
await import('./score-worker.ts');
