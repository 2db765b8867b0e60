import { describe, expect, it } from 'vitest';
import { FrameScheduler } from './frameScheduler';

describe('FrameScheduler in live mode', () => {
  it('drops the waiting frame when a newer one arrives', () => {
    const scheduler = new FrameScheduler<number>('live');
    scheduler.enqueue(1);
    expect(scheduler.enqueue(2)).toEqual([1]);
  });

  it('scores only the newest waiting frame', () => {
    const scheduler = new FrameScheduler<number>('live');
    [1, 2, 3].forEach((frame) => scheduler.enqueue(frame));
    expect([scheduler.next(), scheduler.next()]).toEqual([3, undefined]);
  });

  it('drops nothing when the queue was empty', () => {
    expect(new FrameScheduler<number>('live').enqueue(1)).toEqual([]);
  });
});

describe('FrameScheduler in analysis mode', () => {
  it('keeps every frame in arrival order', () => {
    const scheduler = new FrameScheduler<number>('analysis');
    [1, 2, 3].forEach((frame) => scheduler.enqueue(frame));
    expect([scheduler.next(), scheduler.next(), scheduler.next()]).toEqual([1, 2, 3]);
  });

  it('never drops', () => {
    const scheduler = new FrameScheduler<number>('analysis');
    scheduler.enqueue(1);
    expect(scheduler.enqueue(2)).toEqual([]);
  });
});

describe('FrameScheduler.reset', () => {
  it('returns the waiting frames', () => {
    const scheduler = new FrameScheduler<number>('analysis');
    [1, 2].forEach((frame) => scheduler.enqueue(frame));
    expect(scheduler.reset('live')).toEqual([1, 2]);
  });

  it('switches the mode', () => {
    const scheduler = new FrameScheduler<number>('analysis');
    scheduler.reset('live');
    expect(scheduler.scoringMode).toBe('live');
  });
});
