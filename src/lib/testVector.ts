// Test vector (format "m2s2l-test-vector"): pre-converted frames and the per-frame results that
// onnxruntime in Python computed for them, used to check an execution provider end to end.
import { decodeBase64 } from './base64';
import { FieldReader, JsonFieldError, isJsonObject } from './jsonFields';

export const TEST_VECTOR_FORMAT = 'm2s2l-test-vector';
const DOCUMENT = 'test vector';

export interface ExpectedFrame {
  frame: number;
  appearancePsnr: number;
  motionPsnr: number;
  score: number;
}

export interface TestVector {
  card: string | undefined;
  source: string | undefined;
  width: number;
  height: number;
  channels: number;
  /** One CHW byte array per frame; the model input value is byte / 255. */
  frames: Uint8Array[];
  tolerance: { psnr: number; score: number };
  expected: ExpectedFrame[];
}

export function parseTestVector(json: unknown): TestVector {
  const root = FieldReader.fromRoot(DOCUMENT, json);
  root.constant('format', TEST_VECTOR_FORMAT);
  const width = root.number('width', { integer: true, min: 1 });
  const height = root.number('height', { integer: true, min: 1 });
  const channels = root.number('channels', { integer: true, min: 1 });
  const frameCount = root.number('n_frames', { integer: true, min: 1 });

  const bytes = decodeFrameBytes(root);
  const frameSize = channels * height * width;
  if (bytes.length !== frameCount * frameSize) {
    throw new JsonFieldError(
      DOCUMENT,
      'frames_base64',
      `${bytes.length} bytes`,
      `n_frames * channels * height * width = ${frameCount * frameSize} bytes`,
    );
  }
  const frames: Uint8Array[] = [];
  for (let i = 0; i < frameCount; i++) {
    frames.push(bytes.subarray(i * frameSize, (i + 1) * frameSize));
  }

  const tolerance = root.child('tolerance');
  return {
    card: root.optionalString('card'),
    source: root.optionalString('source'),
    width,
    height,
    channels,
    frames,
    tolerance: {
      psnr: tolerance.number('psnr', { min: 0 }),
      score: tolerance.number('score', { min: 0 }),
    },
    expected: parseExpected(root, frameCount),
  };
}

function decodeFrameBytes(root: FieldReader): Uint8Array {
  const text = root.string('frames_base64');
  try {
    return decodeBase64(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new JsonFieldError(DOCUMENT, 'frames_base64', `${text.length} characters`, `valid base64 (${reason})`);
  }
}

function parseExpected(root: FieldReader, frameCount: number): ExpectedFrame[] {
  const items = root.array('expected');
  if (items.length === 0) {
    root.fail('expected', 'at least one expected frame');
  }
  return items.map((item, i) => {
    if (!isJsonObject(item)) {
      throw new JsonFieldError(DOCUMENT, `expected[${i}]`, item, 'an object');
    }
    const reader = new FieldReader(DOCUMENT, item, `expected[${i}].`);
    return {
      frame: reader.number('frame', { integer: true, min: 0, max: frameCount - 1 }),
      appearancePsnr: reader.number('appearance_psnr'),
      motionPsnr: reader.number('motion_psnr'),
      score: reader.number('score'),
    };
  });
}
