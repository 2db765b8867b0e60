import { defineConfig, type LaunchOptions } from '@playwright/test';

// End-to-end tests run in Debian's Chromium (`apt-get install chromium`), not in a browser that
// Playwright downloads: set PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 when installing and never run
// `npx playwright install`. CHROMIUM_PATH overrides the executable.
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// The preview server's port; E2E_PORT moves it when 4173 is taken.
const port = Number(process.env.E2E_PORT ?? 4173);
const baseURL = `http://127.0.0.1:${port}`;

// Flags for every launch: no sandbox (containers and CI runners usually lack the namespaces it
// needs) and nothing that reaches the network on its own. Playwright already gives each browser
// context a fresh, temporary profile.
const baseArgs = [
  '--no-sandbox',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
];

function launchWith(extraArgs: string[]): LaunchOptions {
  return { executablePath, headless: true, args: [...baseArgs, ...extraArgs] };
}

// Each file below needs its own browser flags, so it runs in its own project. All other specs
// run in the plain `chromium` project, where Chromium offers no WebGPU adapter and no camera.
const webgpuSpec = /selftest-webgpu\.spec\.ts$/;
const webcamFakeSpec = /webcam-fake\.spec\.ts$/;
const webcamDeniedSpec = /webcam-denied\.spec\.ts$/;

export default defineConfig({
  testDir: './e2e',
  // The model runs on the CPU (WASM, or WebGPU on SwiftShader) and the timeouts assume one
  // browser at a time, so the tests run serially.
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 120_000,
  expect: { timeout: 15_000 },
  reporter: [['list'], ['html', { open: 'never' }]],
  outputDir: 'test-results',
  use: {
    baseURL,
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
  },
  webServer: {
    command: `npm run preview -- --host 127.0.0.1 --port ${port} --strictPort`,
    url: baseURL,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
  projects: [
    {
      name: 'chromium',
      testIgnore: [webgpuSpec, webcamFakeSpec, webcamDeniedSpec],
      use: { launchOptions: launchWith([]) },
    },
    {
      // `--enable-unsafe-webgpu` alone makes Chromium 156 on Linux without a GPU offer its
      // SwiftShader (CPU) adapter, reported with isFallbackAdapter = true. Without it,
      // navigator.gpu.requestAdapter() resolves to null.
      name: 'webgpu',
      testMatch: webgpuSpec,
      use: { launchOptions: launchWith(['--enable-unsafe-webgpu']) },
    },
    {
      // A fake camera that draws a moving test pattern, with the permission prompt accepted.
      name: 'webcam-fake',
      testMatch: webcamFakeSpec,
      use: {
        launchOptions: launchWith([
          '--use-fake-device-for-media-stream',
          '--use-fake-ui-for-media-stream',
        ]),
      },
    },
    {
      // A camera exists but every permission prompt is denied, so getUserMedia rejects with
      // NotAllowedError.
      name: 'webcam-denied',
      testMatch: webcamDeniedSpec,
      use: {
        launchOptions: launchWith([
          '--use-fake-device-for-media-stream',
          '--deny-permission-prompts',
        ]),
      },
    },
  ],
});
