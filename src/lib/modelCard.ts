// Model card (format "m2s2l-model-card", version 1): the contract between an exported ONNX model
// and every consumer. Field meanings are documented in models/CARD_FORMAT.md.
import { FieldReader, JsonFieldError } from './jsonFields';

export const CARD_FORMAT = 'm2s2l-model-card';
export const CARD_FORMAT_VERSION = 1;
const DOCUMENT = 'model card';

export type ColourMode = 'grey' | 'rgb';

export interface CardInput {
  name: string;
  /** [batch, time, channels, height, width]; batch is 1. */
  shape: [number, number, number, number, number];
  layout: 'NTCHW';
  dtype: 'float32';
  valueRange: [number, number];
  colourMode: ColourMode;
  /** Weights of R, G and B in the grey conversion; present when colourMode is "grey". */
  greyWeights: [number, number, number] | null;
  resize: 'bilinear';
  /** Offsets from the target frame t of the frames the input holds, oldest first, all < 0. */
  frameOffsets: number[];
}

export interface CardOutput {
  name: string;
  /** [batch, channels, height, width]. */
  shape: [number, number, number, number];
  valueRange: [number, number];
  meaning: string | undefined;
}

export interface PsnrStatistics {
  mean: number;
  std: number;
}

export interface CardScoring {
  appearancePeak: number;
  motionPeak: number;
  mseFloor: number;
  weights: { appearance: number; motion: number };
  calibration: {
    appearancePsnr: PsnrStatistics;
    motionPsnr: PsnrStatistics;
    source: string | undefined;
    frames: number | undefined;
  };
  /** Weight of the newest frame in the exponential moving average; 1 disables smoothing. */
  smoothingAlpha: number;
  /** Live score above which a frame is flagged. */
  threshold: number;
}

export interface ModelCard {
  name: string;
  /** Path of the ONNX file, relative to the card. */
  modelFile: string;
  /** Path of the test vector, relative to the card. */
  testVector: string | undefined;
  architecture: Record<string, unknown> | undefined;
  opset: number | undefined;
  input: CardInput;
  outputs: { appearance: CardOutput; motion: CardOutput };
  scoring: CardScoring;
}

/** Frame geometry the model consumes, derived from the card's input shape. */
export interface FrameGeometry {
  channels: number;
  height: number;
  width: number;
}

export function frameGeometry(card: ModelCard): FrameGeometry {
  const [, , channels, height, width] = card.input.shape;
  return { channels, height, width };
}

/** Number of past frames the model needs: frame t is scorable once t >= history. */
export function historyLength(card: ModelCard): number {
  return -Math.min(...card.input.frameOffsets);
}

/**
 * Parses and validates a model card. Throws a JsonFieldError that names the first field
 * that does not match the format.
 */
export function parseModelCard(json: unknown): ModelCard {
  const root = FieldReader.fromRoot(DOCUMENT, json);
  root.constant('format', CARD_FORMAT);
  root.constant('format_version', CARD_FORMAT_VERSION);

  const input = parseInput(root.child('input'));
  const outputsReader = root.child('outputs');
  const appearance = parseOutput(outputsReader.child('appearance'), input);
  const motion = parseOutput(outputsReader.child('motion'), input);

  return {
    name: root.string('name'),
    modelFile: root.string('model_file'),
    testVector: root.optionalString('test_vector'),
    architecture: root.optionalChild('architecture')?.object,
    opset: root.has('opset') ? root.number('opset', { integer: true, min: 1 }) : undefined,
    input,
    outputs: { appearance, motion },
    scoring: parseScoring(root.child('scoring')),
  };
}

function parseInput(reader: FieldReader): CardInput {
  const shape = reader.numberArray('shape', 5, { integer: true, min: 1 });
  if (shape[0] !== 1) {
    throw new JsonFieldError(DOCUMENT, reader.path('shape'), shape, 'batch size 1 in shape[0]');
  }

  const colourMode = reader.oneOf<ColourMode>('colour_mode', ['grey', 'rgb']);
  const expectedChannels = colourMode === 'grey' ? 1 : 3;
  if (shape[2] !== expectedChannels) {
    throw new JsonFieldError(
      DOCUMENT,
      reader.path('shape'),
      shape,
      `${expectedChannels} channel(s) in shape[2] for colour_mode "${colourMode}"`,
    );
  }

  const frameOffsets = reader.numberArray('frame_offsets', shape[1], { integer: true, max: -1 });
  const increasing = frameOffsets.every((offset, i) => i === 0 || offset > frameOffsets[i - 1]);
  if (!increasing) {
    reader.fail('frame_offsets', 'strictly increasing offsets (oldest first)');
  }

  const valueRange = reader.numberArray('value_range', 2);
  if (valueRange[0] !== 0 || valueRange[1] !== 1) {
    reader.fail('value_range', '[0, 1]');
  }

  const greyWeights =
    colourMode === 'grey' ? (reader.numberArray('grey_weights', 3, { min: 0 }) as [number, number, number]) : null;

  return {
    name: reader.string('name'),
    shape: shape as CardInput['shape'],
    layout: reader.constant('layout', 'NTCHW'),
    dtype: reader.constant('dtype', 'float32'),
    valueRange: [0, 1],
    colourMode,
    greyWeights,
    resize: reader.constant('resize', 'bilinear'),
    frameOffsets,
  };
}

function parseOutput(reader: FieldReader, input: CardInput): CardOutput {
  const shape = reader.numberArray('shape', 4, { integer: true, min: 1 });
  const [, , channels, height, width] = input.shape;
  const expected = [1, channels, height, width];
  if (shape.some((size, i) => size !== expected[i])) {
    reader.fail('shape', `${JSON.stringify(expected)} to match the input's channels, height and width`);
  }
  const valueRange = reader.numberArray('value_range', 2);
  if (valueRange[0] >= valueRange[1]) {
    reader.fail('value_range', '[min, max] with min < max');
  }
  return {
    name: reader.string('name'),
    shape: shape as CardOutput['shape'],
    valueRange: valueRange as [number, number],
    meaning: reader.optionalString('meaning'),
  };
}

function parseScoring(reader: FieldReader): CardScoring {
  const weights = reader.child('weights');
  const calibration = reader.child('calibration');
  return {
    appearancePeak: reader.number('appearance_peak', { above: 0 }),
    motionPeak: reader.number('motion_peak', { above: 0 }),
    mseFloor: reader.number('mse_floor', { above: 0 }),
    weights: {
      appearance: weights.number('appearance'),
      motion: weights.number('motion'),
    },
    calibration: {
      appearancePsnr: parsePsnrStatistics(calibration.child('appearance_psnr')),
      motionPsnr: parsePsnrStatistics(calibration.child('motion_psnr')),
      source: calibration.optionalString('source'),
      frames: calibration.has('frames') ? calibration.number('frames', { integer: true, min: 0 }) : undefined,
    },
    smoothingAlpha: reader.number('smoothing_alpha', { above: 0, max: 1 }),
    threshold: reader.number('threshold'),
  };
}

function parsePsnrStatistics(reader: FieldReader): PsnrStatistics {
  return {
    mean: reader.number('mean'),
    std: reader.number('std', { above: 0 }),
  };
}

/** Resolves a path that the card gives relative to itself. */
export function resolveCardRelative(cardUrl: string, relativePath: string): string {
  return new URL(relativePath, cardUrl).href;
}
