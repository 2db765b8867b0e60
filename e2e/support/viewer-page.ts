import { expect, type Locator, type Page } from '@playwright/test';

/** One scored frame, as window.__m2s2lViewer.getScores() returns it. */
export interface ScoreRow {
  frame: number;
  timestamp: number;
  appearancePsnr: number;
  motionPsnr: number;
  score: number;
}

/** The viewer session state, as window.__m2s2lViewer.getState() returns it. */
export interface ViewerState {
  status: string;
  executionProvider: string | null;
  droppedFrames: number;
  framesScored: number;
  error: string | null;
}

declare global {
  interface Window {
    __m2s2lViewer?: { getScores(): ScoreRow[]; getState(): ViewerState };
  }
}

/** Estimated upper bound for loading and warming up the model on WASM on a slow, shared CPU. */
const MODEL_READY_TIMEOUT_MS = 90_000;

/** Page object for the viewer at `/`, built on the app's data-testid hooks. */
export class ViewerPage {
  readonly fileInput: Locator;
  readonly dropZone: Locator;
  readonly loadSampleButton: Locator;
  readonly connectWebcamButton: Locator;
  readonly analyseFileButton: Locator;
  readonly status: Locator;
  readonly executionProvider: Locator;
  readonly inferenceFps: Locator;
  readonly droppedFrames: Locator;
  readonly framesScored: Locator;
  readonly errorMessage: Locator;
  readonly scoreChart: Locator;
  readonly sampleCitation: Locator;

  constructor(readonly page: Page) {
    const byTestId = (id: string) => page.getByTestId(id);
    this.fileInput = byTestId('file-input');
    this.dropZone = byTestId('drop-zone');
    this.loadSampleButton = byTestId('load-sample');
    this.connectWebcamButton = byTestId('connect-webcam');
    this.analyseFileButton = byTestId('analyse-file');
    this.status = byTestId('status');
    this.executionProvider = byTestId('execution-provider');
    this.inferenceFps = byTestId('inference-fps');
    this.droppedFrames = byTestId('dropped-frames');
    this.framesScored = byTestId('frames-scored');
    this.errorMessage = byTestId('error-message');
    this.scoreChart = byTestId('score-chart');
    this.sampleCitation = byTestId('sample-citation');
  }

  async goto(): Promise<void> {
    await this.page.goto('/');
  }

  /** Open the viewer and wait until the model is loaded and warmed up. */
  async gotoReady(): Promise<void> {
    await this.goto();
    await expect(this.status, 'the model should load and the viewer report ready').toContainText('ready', {
      timeout: MODEL_READY_TIMEOUT_MS,
    });
  }

  /**
   * Wait until the status text contains one of `statuses` and return the one it contains.
   * Unless `statuses` includes `error`, an error status ends the wait with the page's message.
   */
  async waitForStatus(statuses: string[], timeout: number): Promise<string> {
    const watched = statuses.includes('error') ? statuses : [...statuses, 'error'];
    let reached = '';
    await expect
      .poll(
        async () => {
          const text = (await this.status.textContent()) ?? '';
          reached = watched.find((status) => text.includes(status)) ?? '';
          return reached;
        },
        { message: `status should reach ${statuses.join(' or ')}`, timeout },
      )
      .not.toBe('');

    if (!statuses.includes(reached)) {
      const message = await this.errorMessage.textContent().catch(() => null);
      throw new Error(`viewer reported an error while waiting for ${statuses.join(' or ')}: ${message}`);
    }
    return reached;
  }

  /**
   * Wait until frame-by-frame analysis reports `done`. Analysis speed depends on the CPU, so
   * the wait has no fixed length: it fails when frames-scored stops growing for
   * `stallTimeoutMs`, when the viewer reports an error, or after `maxTimeoutMs` in all.
   */
  async waitForAnalysisDone(stallTimeoutMs: number, maxTimeoutMs: number): Promise<void> {
    const started = Date.now();
    let lastCount = -1;
    let lastProgress = started;

    for (;;) {
      const status = (await this.status.textContent()) ?? '';
      if (status.includes('done')) return;
      if (status.includes('error')) {
        const message = await this.errorMessage.textContent().catch(() => null);
        throw new Error(`viewer reported an error during analysis: ${message}`);
      }

      const count = await this.readCount(this.framesScored).catch(() => lastCount);
      const now = Date.now();
      if (count > lastCount) {
        lastCount = count;
        lastProgress = now;
      }
      if (now - lastProgress > stallTimeoutMs) {
        throw new Error(
          `analysis stalled: frames-scored stayed at ${lastCount} for ${stallTimeoutMs / 1000} s (status "${status}")`,
        );
      }
      if (now - started > maxTimeoutMs) {
        throw new Error(`analysis timed out after ${maxTimeoutMs / 1000} s at ${lastCount} frames scored`);
      }
      await this.page.waitForTimeout(1_000);
    }
  }

  async getScores(): Promise<ScoreRow[]> {
    return this.page.evaluate(() => {
      if (!window.__m2s2lViewer) throw new Error('window.__m2s2lViewer is missing');
      return window.__m2s2lViewer.getScores();
    });
  }

  async getState(): Promise<ViewerState> {
    return this.page.evaluate(() => {
      if (!window.__m2s2lViewer) throw new Error('window.__m2s2lViewer is missing');
      return window.__m2s2lViewer.getState();
    });
  }

  /** Parse an integer from a counter's text, for example "167" or "Frames scored: 167". */
  async readCount(counter: Locator): Promise<number> {
    const text = (await counter.textContent()) ?? '';
    const match = text.match(/\d+/);
    if (!match) throw new Error(`counter text "${text}" contains no number`);
    return Number(match[0]);
  }

  /**
   * Drop a file on the page the way a user's drag and drop does: build a File in the page,
   * wrap it in a DataTransfer and dispatch dragenter, dragover and drop on the drop zone.
   */
  async dropFile(bytes: Buffer, fileName: string, mimeType: string): Promise<void> {
    const target = await this.dropZone.elementHandle();
    if (!target) throw new Error('drop-zone element not found');
    await this.page.evaluate(
      ({ element, base64, name, type }) => {
        const binary = atob(base64);
        const data = new Uint8Array(binary.length);
        for (let i = 0; i < binary.length; i += 1) data[i] = binary.charCodeAt(i);
        const file = new File([data], name, { type });
        const dataTransfer = new DataTransfer();
        dataTransfer.items.add(file);
        for (const eventType of ['dragenter', 'dragover', 'drop']) {
          element.dispatchEvent(new DragEvent(eventType, { bubbles: true, cancelable: true, dataTransfer }));
        }
      },
      { element: target, base64: bytes.toString('base64'), name: fileName, type: mimeType },
    );
  }
}
