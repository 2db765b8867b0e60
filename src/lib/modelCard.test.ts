import { describe, expect, it } from 'vitest';
import { JsonFieldError } from './jsonFields';
import { frameGeometry, historyLength, parseModelCard, resolveCardRelative } from './modelCard';
import { validCardJson, withField } from './testing/cardFixture';

function rejection(json: unknown): JsonFieldError {
  try {
    parseModelCard(json);
  } catch (error) {
    if (error instanceof JsonFieldError) {
      return error;
    }
    throw error;
  }
  throw new Error('parseModelCard accepted the card');
}

describe('parseModelCard', () => {
  it('accepts the documented example card', () => {
    const card = parseModelCard(validCardJson());
    expect(card.name).toBe('m2s2l-lite-ped2');
    expect(card.input.shape).toEqual([1, 8, 1, 128, 192]);
    expect(card.input.frameOffsets).toEqual([-13, -9, -7, -5, -4, -3, -2, -1]);
    expect(card.outputs.motion.name).toBe('motion');
    expect(card.scoring.calibration.motionPsnr).toEqual({ mean: 35.0, std: 4.0 });
    expect(card.scoring.threshold).toBe(2.5);
  });

  it('accepts a card without the optional fields', () => {
    let json = validCardJson();
    for (const field of ['test_vector', 'architecture', 'opset', 'training', 'evaluation']) {
      json = withField(json, field, undefined);
    }
    expect(parseModelCard(json).testVector).toBeUndefined();
  });

  it('rejects a value that is not an object', () => {
    expect(() => parseModelCard([1, 2])).toThrow(/expected a JSON object/);
  });

  const invalidCases: [string, unknown, RegExp][] = [
    ['format', 'onnx-card', /"format" is "onnx-card", expected "m2s2l-model-card"/],
    ['format_version', 2, /"format_version" is 2, expected 1/],
    ['name', '', /"name" is "", expected a non-empty string/],
    ['model_file', undefined, /"model_file" is missing/],
    ['input.layout', 'NCHW', /"input.layout" is "NCHW", expected "NTCHW"/],
    ['input.dtype', 'float16', /"input.dtype" is "float16", expected "float32"/],
    ['input.shape', [1, 8, 1, 128], /"input.shape" is \[1,8,1,128\], expected an array of 5 items/],
    ['input.shape', [2, 8, 1, 128, 192], /"input.shape" .* expected batch size 1/],
    ['input.shape', [1, 8, 3, 128, 192], /"input.shape" .* expected 1 channel\(s\) in shape\[2\] for colour_mode "grey"/],
    ['input.colour_mode', 'hsv', /"input.colour_mode" is "hsv", expected one of "grey", "rgb"/],
    ['input.frame_offsets', [-13, -9, -7, -5, -4, -3, -2], /"input.frame_offsets" .* expected an array of 8 items/],
    ['input.frame_offsets', [-13, -9, -7, -5, -4, -3, -2, 0], /"input.frame_offsets" .* each an integer <= -1/],
    ['input.frame_offsets', [-1, -2, -3, -4, -5, -7, -9, -13], /expected strictly increasing offsets/],
    ['input.value_range', [0, 255], /"input.value_range" is \[0,255\], expected \[0, 1\]/],
    ['input.grey_weights', [0.3, 0.6], /"input.grey_weights" .* expected an array of 3 items/],
    ['input.resize', 'nearest', /"input.resize" is "nearest", expected "bilinear"/],
    ['outputs.motion', undefined, /"outputs.motion" is missing, expected an object/],
    ['outputs.appearance.shape', [1, 1, 64, 96], /"outputs.appearance.shape" .* to match the input/],
    ['scoring.mse_floor', 0, /"scoring.mse_floor" is 0, expected a finite number > 0/],
    ['scoring.calibration.motion_psnr.std', -1, /"scoring.calibration.motion_psnr.std" is -1, expected a finite number > 0/],
    ['scoring.weights.appearance', 'half', /"scoring.weights.appearance" is "half", expected a finite number/],
    ['scoring.smoothing_alpha', 1.5, /"scoring.smoothing_alpha" is 1.5, expected a finite number > 0 <= 1/],
    ['scoring.threshold', undefined, /"scoring.threshold" is missing, expected a finite number/],
  ];

  it.each(invalidCases)('rejects an invalid %s', (field, value, message) => {
    const error = rejection(withField(validCardJson(), field, value));
    expect(error.message).toMatch(message);
  });

  it('names the field path in the error', () => {
    const error = rejection(withField(validCardJson(), 'input.layout', 'NCHW'));
    expect(error.field).toBe('input.layout');
  });
});

describe('card helpers', () => {
  it('historyLength is minus the oldest offset', () => {
    expect(historyLength(parseModelCard(validCardJson()))).toBe(13);
  });

  it('frameGeometry reads channels, height and width', () => {
    expect(frameGeometry(parseModelCard(validCardJson()))).toEqual({ channels: 1, height: 128, width: 192 });
  });

  it('resolveCardRelative resolves beside the card', () => {
    expect(resolveCardRelative('http://localhost/models/a.json', 'a.onnx')).toBe('http://localhost/models/a.onnx');
  });
});
