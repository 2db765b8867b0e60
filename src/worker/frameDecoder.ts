// Conversion of incoming frame pixels into model frames (Float32Array, CHW, values in [0, 1]).
import { rgbaToModelFrame, bytesToModelFrame } from '../lib/pixels';
import type { FrameGeometry, ModelCard } from '../lib/modelCard';
import type { BitmapPixels, RawPixels } from './protocol';

export class FrameDecoder {
  private readonly card: ModelCard;
  private readonly geometry: FrameGeometry;
  private context: OffscreenCanvasRenderingContext2D | null = null;

  constructor(card: ModelCard, geometry: FrameGeometry) {
    this.card = card;
    this.geometry = geometry;
  }

  decode(pixels: BitmapPixels | RawPixels): Float32Array {
    return pixels.kind === 'raw' ? this.decodeRaw(pixels) : this.decodeBitmap(pixels.bitmap);
  }

  private decodeRaw(pixels: RawPixels): Float32Array {
    const { channels, height, width } = this.geometry;
    if (pixels.channels !== channels || pixels.height !== height || pixels.width !== width) {
      throw new Error(
        `Raw frame is ${pixels.channels}x${pixels.height}x${pixels.width} (CxHxW), ` +
          `the model expects ${channels}x${height}x${width}.`,
      );
    }
    if (pixels.data.length !== channels * height * width) {
      throw new Error(`Raw frame has ${pixels.data.length} bytes, expected ${channels * height * width}.`);
    }
    return bytesToModelFrame(pixels.data);
  }

  /** Draws the bitmap stretched to the model size (bilinear) and converts its pixels. */
  private decodeBitmap(bitmap: ImageBitmap): Float32Array {
    const { height, width } = this.geometry;
    try {
      const context = this.getContext();
      context.drawImage(bitmap, 0, 0, width, height);
      const { data } = context.getImageData(0, 0, width, height);
      return rgbaToModelFrame(data, width * height, this.card.input.colourMode, this.card.input.greyWeights);
    } finally {
      bitmap.close();
    }
  }

  private getContext(): OffscreenCanvasRenderingContext2D {
    if (this.context === null) {
      const canvas = new OffscreenCanvas(this.geometry.width, this.geometry.height);
      const context = canvas.getContext('2d', { willReadFrequently: true });
      if (!context) {
        throw new Error('OffscreenCanvas 2D context is not available in this worker.');
      }
      context.imageSmoothingEnabled = true;
      context.imageSmoothingQuality = 'low';
      this.context = context;
    }
    return this.context;
  }
}
