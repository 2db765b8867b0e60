// The model self-test: feed a test vector's frames through the inference worker (raw-frame path,
// analysis mode, so no frame is dropped) and compare every expected frame within tolerance.
import { fetchJson } from '../inference/fetchJson';
import { InferenceClient, type FrameOutcome } from '../inference/inferenceClient';
import { DEFAULT_CARD_PATH, WASM_THREADS, loadModelCard } from '../inference/loadModel';
import { median } from '../lib/median';
import { frameGeometry, resolveCardRelative, type ModelCard } from '../lib/modelCard';
import { parsePageOptions } from '../lib/pageOptions';
import { parseTestVector, type TestVector } from '../lib/testVector';
import { compareWithVector, type MeasuredFrame, type VectorComparison } from '../lib/vectorComparison';
import type { ExecutionProvider } from '../worker/protocol';

export interface SelfTestReport {
  card: ModelCard;
  vectorUrl: string;
  vector: TestVector;
  executionProvider: ExecutionProvider;
  comparison: VectorComparison;
  medianInferenceMs: number | null;
}

export interface SelfTestProgress {
  stage: string;
  executionProvider: ExecutionProvider | null;
}

function checkVectorFitsCard(vector: TestVector, card: ModelCard): void {
  const { channels, height, width } = frameGeometry(card);
  if (vector.channels !== channels || vector.height !== height || vector.width !== width) {
    throw new Error(
      `The test vector holds ${vector.channels}x${vector.height}x${vector.width} (CxHxW) frames, ` +
        `but the card "${card.name}" expects ${channels}x${height}x${width}.`,
    );
  }
}

export async function runSelfTest(
  pageUrl: string,
  onProgress: (progress: SelfTestProgress) => void,
): Promise<SelfTestReport> {
  const options = parsePageOptions(pageUrl, DEFAULT_CARD_PATH);
  onProgress({ stage: `loading the model card ${options.cardUrl}`, executionProvider: null });
  const card = await loadModelCard(options.cardUrl);
  if (!card.testVector) {
    throw new Error(`The model card "${card.name}" names no test_vector, so there is nothing to compare with.`);
  }
  const vectorUrl = resolveCardRelative(options.cardUrl, card.testVector);
  onProgress({ stage: `loading the test vector ${vectorUrl}`, executionProvider: null });
  const vector = parseTestVector(await fetchJson(vectorUrl, 'test vector'));
  checkVectorFitsCard(vector, card);

  const client = new InferenceClient();
  try {
    onProgress({ stage: 'loading the model', executionProvider: null });
    const ready = await client.init(card, resolveCardRelative(options.cardUrl, card.modelFile), options.provider, WASM_THREADS);
    const executionProvider = ready.executionProvider;
    console.info(`[selftest] model "${card.name}" ready on ${executionProvider}; scoring ${vector.frames.length} frames`);
    onProgress({ stage: `scoring ${vector.frames.length} frames`, executionProvider });

    const outcomes = await scoreVectorFrames(client, vector);
    const failures = outcomes.flatMap((outcome) => (outcome.type === 'error' ? [outcome.message] : []));
    if (failures.length > 0) {
      throw new Error(`${failures.length} frame(s) failed in the worker. The first: ${failures[0]}`);
    }
    const measured = new Map<number, MeasuredFrame>();
    const inferenceMs: number[] = [];
    for (const outcome of outcomes) {
      if (outcome.type === 'scored') {
        const { appearancePsnr, motionPsnr, score } = outcome.metrics;
        measured.set(outcome.frameIndex, { frame: outcome.frameIndex, appearancePsnr, motionPsnr, score });
        inferenceMs.push(outcome.inferenceMs);
      }
    }
    return {
      card,
      vectorUrl,
      vector,
      executionProvider,
      comparison: compareWithVector(measured, vector),
      medianInferenceMs: median(inferenceMs),
    };
  } finally {
    client.terminate();
  }
}

async function scoreVectorFrames(client: InferenceClient, vector: TestVector): Promise<FrameOutcome[]> {
  const sourceId = client.startSource('analysis');
  const pending = vector.frames.map((data, frameIndex) => {
    const outcome = client.waitForFrame(sourceId, frameIndex);
    client.sendRaw(
      { sourceId, frameIndex, timestamp: frameIndex, capturedAt: performance.now() },
      { kind: 'raw', data, channels: vector.channels, height: vector.height, width: vector.width },
    );
    return outcome;
  });
  return Promise.all(pending);
}
