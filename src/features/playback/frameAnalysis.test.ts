import { describe, expect, it, vi } from 'vitest';
import type { InferenceClient } from '../../inference/inferenceClient';
import { FrameAnalysis } from './frameAnalysis';

vi.mock('./videoFrames', () => ({
  seekTo: async () => 0,
  grabFrame: async () => ({ close: () => undefined }),
}));

const geometry = { channels: 1, height: 128, width: 192 };

/** A client whose frame outcomes resolve only when the test calls `resolveNext`. */
function fakeClient() {
  const pending: Array<() => void> = [];
  const client = {
    waitForFrame: () => new Promise<void>((resolve) => pending.push(resolve)),
    sendBitmap: () => undefined,
  };
  return { client: client as unknown as InferenceClient, pending };
}

function fakeVideo(): HTMLVideoElement {
  return { pause: () => undefined, duration: 10 } as unknown as HTMLVideoElement;
}

async function settle(): Promise<void> {
  for (let i = 0; i < 10; i++) {
    await Promise.resolve();
  }
}

describe('FrameAnalysis', () => {
  it('reports progress for every frame', async () => {
    const { client, pending } = fakeClient();
    const progress: number[] = [];
    const run = new FrameAnalysis(fakeVideo(), geometry, client).run(1, 25, 3, (done) => progress.push(done));
    for (let i = 0; i < 3; i++) {
      await settle();
      pending.shift()?.();
    }
    expect(await run).toBe(true);
    expect(progress).toEqual([1, 2, 3]);
  });

  it('reports no progress after cancel mid-frame', async () => {
    const { client, pending } = fakeClient();
    const progress: number[] = [];
    const analysis = new FrameAnalysis(fakeVideo(), geometry, client);
    const run = analysis.run(1, 25, 3, (done) => progress.push(done));
    await settle();
    analysis.cancel();
    pending.shift()?.();
    expect(await run).toBe(false);
    expect(progress).toEqual([]);
  });

  it('reports no final progress after cancel', async () => {
    const { client, pending } = fakeClient();
    const progress: number[] = [];
    const analysis = new FrameAnalysis(fakeVideo(), geometry, client);
    const run = analysis.run(1, 25, 1, (done) => progress.push(done));
    await settle();
    analysis.cancel();
    pending.shift()?.();
    expect(await run).toBe(false);
    expect(progress).toEqual([]);
  });
});
