// Plain-JavaScript entry of an extraction worker thread: Node cannot start a worker on a .ts
// file, so this registers tsx's loader in the thread and then loads the TypeScript worker.
import { register } from 'tsx/esm/api';

register();
await import('./extract-worker.ts');
