import { describe, expect, it } from 'vitest';
import { bytesToModelFrame, rgbaToGrey, rgbaToModelFrame } from './pixels';

const BT601: [number, number, number] = [0.299, 0.587, 0.114];

describe('rgbaToGrey', () => {
  it('weights R, G and B and scales to [0, 1]', () => {
    const grey = rgbaToGrey([100, 150, 200, 255], 1, BT601);
    // (0.299 * 100 + 0.587 * 150 + 0.114 * 200) / 255 = 140.75 / 255, without rounding.
    expect(grey[0]).toBeCloseTo(140.75 / 255, 6);
  });

  it('maps white to 1', () => {
    expect(rgbaToGrey([255, 255, 255, 0], 1, BT601)[0]).toBeCloseTo(1, 6);
  });

  it('ignores alpha', () => {
    const opaque = rgbaToGrey([10, 20, 30, 255], 1, BT601)[0];
    const transparent = rgbaToGrey([10, 20, 30, 0], 1, BT601)[0];
    expect(transparent).toBe(opaque);
  });

  it('converts every pixel in order', () => {
    const grey = rgbaToGrey([255, 0, 0, 255, 0, 0, 255, 255], 2, BT601);
    expect(Array.from(grey).map((value) => value.toFixed(4))).toEqual(['0.2990', '0.1140']);
  });
});

describe('rgbaToModelFrame', () => {
  it('writes RGB as three planes', () => {
    const frame = rgbaToModelFrame([255, 0, 51, 255, 0, 255, 0, 255], 2, 'rgb', null);
    expect(Array.from(frame)).toEqual([1, 0, 0, 1, 0.2, 0].map(Math.fround));
  });

  it('rejects a byte count that does not match the pixels', () => {
    expect(() => rgbaToModelFrame([1, 2, 3], 1, 'grey', BT601)).toThrow(/got 3 bytes, expected 4/);
  });

  it('rejects grey mode without weights', () => {
    expect(() => rgbaToModelFrame([1, 2, 3, 4], 1, 'grey', null)).toThrow(/needs grey weights/);
  });
});

describe('bytesToModelFrame', () => {
  it('divides each byte by 255', () => {
    expect(Array.from(bytesToModelFrame([0, 51, 255]))).toEqual([0, 0.2, 1].map(Math.fround));
  });
});
