import { test as base, expect } from '@playwright/test';
import { SelfTestPage } from './selftest-page';
import { ViewerPage } from './viewer-page';

interface Fixtures {
  /**
   * Console errors that a test expects, as patterns matched against the message text. Each
   * spec that sets it explains why in a comment. Every other console error or uncaught page error (the page's
   * own or a worker's) fails the test.
   */
  allowedConsoleErrors: RegExp[];
  failOnConsoleErrors: void;
  viewer: ViewerPage;
  selfTest: SelfTestPage;
}

export const test = base.extend<Fixtures>({
  allowedConsoleErrors: [[], { option: true }],

  failOnConsoleErrors: [
    async ({ page, allowedConsoleErrors }, use) => {
      const unexpected: string[] = [];
      const isAllowed = (text: string) => allowedConsoleErrors.some((pattern) => pattern.test(text));

      page.on('console', (message) => {
        if (message.type() !== 'error' || isAllowed(message.text())) return;
        const location = message.location().url;
        unexpected.push(`console.error: ${message.text()}${location ? ` (${location})` : ''}`);
      });
      page.on('pageerror', (error) => {
        if (isAllowed(error.message)) return;
        unexpected.push(`uncaught ${error.name}: ${error.message}`);
      });

      await use();

      expect(unexpected, 'the page should log no unexpected console errors or uncaught errors').toEqual([]);
    },
    { auto: true },
  ],

  viewer: async ({ page }, use) => {
    await use(new ViewerPage(page));
  },

  selfTest: async ({ page }, use) => {
    await use(new SelfTestPage(page));
  },
});

export { expect };
