// Copy the exported models (ONNX, model card, test vector) from models/exported into
// public/models, where Vite serves and bundles them. models/exported is the one committed copy;
// public/models is generated and ignored by git. Runs before dev, build and the unit tests.
import { copyFileSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const source = join(root, 'models', 'exported');
const target = join(root, 'public', 'models');
const shipped = /\.(onnx|json)$/;

if (!existsSync(source)) {
  // A working tree with models placed in public/models by hand (during an export) still builds.
  if (existsSync(target) && readdirSync(target).some((name) => name.endsWith('.onnx'))) {
    console.warn(`sync-models: ${source} not found; using the models already in public/models`);
    process.exit(0);
  }
  console.error(`sync-models: ${source} not found; export a model first (see README)`);
  process.exit(1);
}
mkdirSync(target, { recursive: true });
let copied = 0;
for (const name of readdirSync(source)) {
  if (!shipped.test(name)) continue;
  copyFileSync(join(source, name), join(target, name));
  copied += 1;
}
console.log(`sync-models: ${copied} file(s) copied from models/exported to public/models`);
