// Benchmark: per-frame model time in Debian's Chromium, WASM and (optionally) WebGPU.
//
// Builds nothing: run `npm run build` first. Starts `vite preview` on a free loopback port, opens
// the viewer, analyses the bundled sample clip frame by frame (no drops) and prints the median,
// 10th and 90th percentile of the worker's per-frame inference time (session.run alone).
//
// Usage: node bench/browser-inference.mjs [--ep wasm|webgpu] [--runs N]
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { chromium } from '@playwright/test';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : fallback;
};
const ep = option('--ep', 'wasm');
const runs = Number(option('--runs', '1'));
if (!['wasm', 'webgpu'].includes(ep)) throw new Error(`--ep ${ep} is invalid: use wasm or webgpu`);

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

function quantile(sorted, q) {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

async function waitForServer(url, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`vite preview did not respond at ${url} within ${timeoutMs} ms`);
}

const port = await freePort();
const baseUrl = `http://127.0.0.1:${port}`;
// Started with node directly (not npx) so that killing this process stops the server.
const viteCli = new URL('../node_modules/vite/bin/vite.js', import.meta.url).pathname;
const server = spawn(process.execPath, [viteCli, 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
  stdio: 'ignore',
});
const browserArgs = ['--no-sandbox', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-quic'];
if (ep === 'webgpu') browserArgs.push('--enable-unsafe-webgpu');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: browserArgs });

try {
  await waitForServer(baseUrl, 60_000);
  const page = await browser.newPage();
  await page.goto(`${baseUrl}/?ep=${ep}`);
  await page.getByTestId('status').filter({ hasText: 'ready' }).waitFor({ timeout: 120_000 });
  const provider = (await page.getByTestId('execution-provider').textContent())?.trim();
  const times = [];
  for (let run = 0; run < runs; run++) {
    await page.getByTestId('load-sample').click();
    await page.getByTestId('analyse-file').click();
    await page.getByTestId('status').filter({ hasText: 'done' }).waitFor({ timeout: 600_000 });
    const scores = await page.evaluate(() => window.__m2s2lViewer.getScores());
    times.push(...scores.map((s) => s.inferenceMs));
  }
  times.sort((a, b) => a - b);
  const hardware = `${(await import('node:os')).cpus().length} CPU cores`;
  console.log(`execution provider: ${provider}; ${hardware}; frames timed: ${times.length}`);
  console.log(`inference ms per frame: median ${quantile(times, 0.5).toFixed(1)}, ` +
    `p10 ${quantile(times, 0.1).toFixed(1)}, p90 ${quantile(times, 0.9).toFixed(1)}`);
  console.log(`frames per second at the median: ${(1000 / quantile(times, 0.5)).toFixed(1)}`);
} finally {
  await browser.close();
  server.kill();
}
