import module from 'node:module';

// The Action's entry (dist/index.js), kept tiny for the same reason as the CLI's: Node ≥ 22.1
// keeps V8's compiled code of everything imported below on disk between runs of one job (a
// no-op on older Node). The services' toolkits are imported only by the code that uses them.
(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();
await import('./main.js');
