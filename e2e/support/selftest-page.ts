import { expect, type Page } from '@playwright/test';

/** Result of selftest.html, stored in window.__m2s2lSelfTest. */
export interface SelfTestResult {
  status: 'running' | 'pass' | 'fail' | 'error';
  executionProvider: string | null;
  maxDiff: { appearance_psnr: number; motion_psnr: number; score: number } | null;
  results: unknown[] | null;
  error: string | null;
}

declare global {
  interface Window {
    __m2s2lSelfTest?: SelfTestResult;
  }
}

/** Page object for selftest.html, which runs the model's test vector through the worker. */
export class SelfTestPage {
  constructor(readonly page: Page) {}

  async goto(executionProvider: 'wasm' | 'webgpu'): Promise<void> {
    await this.page.goto(`/selftest.html?ep=${executionProvider}`);
  }

  /** Wait until the self-test leaves `running` and return its final result. */
  async waitForResult(timeout: number): Promise<SelfTestResult> {
    await expect
      .poll(() => this.page.evaluate(() => window.__m2s2lSelfTest?.status ?? 'not started'), {
        message: 'self-test should finish with pass, fail or error',
        timeout,
      })
      .toMatch(/^(pass|fail|error)$/);
    return this.page.evaluate(() => window.__m2s2lSelfTest as SelfTestResult);
  }
}
