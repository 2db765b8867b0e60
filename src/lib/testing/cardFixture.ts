// A valid model card as parsed JSON, for tests that change one field at a time.

export function validCardJson(): Record<string, unknown> {
  return {
    format: 'm2s2l-model-card',
    format_version: 1,
    name: 'm2s2l-lite-ped2',
    model_file: 'm2s2l-lite-ped2.onnx',
    test_vector: 'm2s2l-lite-ped2.vectors.json',
    architecture: { name: 'M2S2L', config: 'lite', parameters: 2350000, gmacs: 0.71 },
    opset: 18,
    input: {
      name: 'frames',
      shape: [1, 8, 1, 128, 192],
      layout: 'NTCHW',
      dtype: 'float32',
      value_range: [0, 1],
      colour_mode: 'grey',
      grey_weights: [0.299, 0.587, 0.114],
      resize: 'bilinear',
      frame_offsets: [-13, -9, -7, -5, -4, -3, -2, -1],
    },
    outputs: {
      appearance: { name: 'appearance', shape: [1, 1, 128, 192], value_range: [0, 1], meaning: 'prediction of frame t' },
      motion: { name: 'motion', shape: [1, 1, 128, 192], value_range: [-1, 1], meaning: 'prediction of I_t - I_{t-1}' },
    },
    scoring: {
      appearance_peak: 1.0,
      motion_peak: 2.0,
      mse_floor: 1e-10,
      weights: { appearance: 0.5, motion: 0.5 },
      calibration: {
        appearance_psnr: { mean: 30.0, std: 2.0 },
        motion_psnr: { mean: 35.0, std: 4.0 },
        source: 'test statistics',
        frames: 100,
      },
      smoothing_alpha: 1.0,
      threshold: 2.5,
    },
    training: {},
    evaluation: {},
  };
}

/** Sets `value` at a dotted path such as "input.layout"; `undefined` deletes the field. */
export function withField(card: Record<string, unknown>, path: string, value: unknown): Record<string, unknown> {
  const copy = structuredClone(card);
  const keys = path.split('.');
  let target = copy as Record<string, unknown>;
  for (const key of keys.slice(0, -1)) {
    target = target[key] as Record<string, unknown>;
  }
  const last = keys[keys.length - 1];
  if (value === undefined) {
    delete target[last];
  } else {
    target[last] = value;
  }
  return copy;
}
