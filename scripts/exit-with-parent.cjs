/**
 * Loaded with `node --require` into every service that `scripts/processes.ts`
 * starts. The launcher keeps the service's stdin open; when the launcher
 * ends, however it ends (a crash, SIGKILL), the pipe closes and the service
 * ends too, so no process is left behind.
 */
'use strict';

const { isMainThread } = require('node:worker_threads');

// Preloads also run in the module loader's worker thread, whose stdin is not the pipe.
if (isMainThread) watchParent();

function watchParent() {
  const stdin = process.stdin;
  const die = () => process.kill(process.pid, 'SIGKILL');
  stdin.on('end', die);
  stdin.on('close', die);
  stdin.on('error', die);
  stdin.on('data', () => {});
  stdin.resume();
  // The pipe alone does not keep the service running.
  if (typeof stdin.unref === 'function') stdin.unref();
}
