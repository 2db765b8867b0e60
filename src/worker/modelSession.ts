// One onnxruntime-web inference session for a model card: creation, the check of the graph's
// input and output names against the card, warm-up, and inference on one model input.
import type { ModelCard } from '../lib/modelCard';
import type { OrtModule } from './ortRuntime';
import type { ExecutionProvider } from './protocol';

type Session = Awaited<ReturnType<OrtModule['InferenceSession']['create']>>;

export interface ModelOutputs {
  appearance: Float32Array;
  motion: Float32Array;
}

export class ModelSession {
  private readonly ort: OrtModule;
  private readonly session: Session;
  private readonly card: ModelCard;

  private constructor(ort: OrtModule, session: Session, card: ModelCard) {
    this.ort = ort;
    this.session = session;
    this.card = card;
  }

  static async create(
    ort: OrtModule,
    provider: ExecutionProvider,
    modelBytes: Uint8Array,
    card: ModelCard,
  ): Promise<ModelSession> {
    const session = await ort.InferenceSession.create(modelBytes, {
      executionProviders: [provider],
      graphOptimizationLevel: 'all',
    });
    try {
      checkNamesAgainstCard(session, card);
    } catch (error) {
      await session.release();
      throw error;
    }
    return new ModelSession(ort, session, card);
  }

  /** Runs the model once on zeros so that the first real frame does not pay for compilation. */
  async warmUp(): Promise<number> {
    const started = performance.now();
    const size = this.card.input.shape.reduce((product, dimension) => product * dimension, 1);
    await this.run(new Float32Array(size));
    return performance.now() - started;
  }

  /** Runs the model on one input laid out as the card's input shape. */
  async run(input: Float32Array): Promise<ModelOutputs> {
    const { input: inputSpec, outputs } = this.card;
    const tensor = new this.ort.Tensor('float32', input, inputSpec.shape);
    const results = await this.session.run({ [inputSpec.name]: tensor });
    try {
      return {
        appearance: readFloat32(results[outputs.appearance.name], outputs.appearance.name),
        motion: readFloat32(results[outputs.motion.name], outputs.motion.name),
      };
    } finally {
      tensor.dispose();
      for (const value of Object.values(results)) {
        value.dispose();
      }
    }
  }

  async release(): Promise<void> {
    await this.session.release();
  }
}

function readFloat32(tensor: { data: unknown; type: string } | undefined, name: string): Float32Array {
  if (!tensor) {
    throw new Error(`The model returned no output named "${name}".`);
  }
  if (!(tensor.data instanceof Float32Array)) {
    throw new Error(`Model output "${name}" has type ${tensor.type}, expected float32.`);
  }
  // Copy, because disposing the tensor may release the buffer behind `data`.
  return tensor.data.slice();
}

function checkNamesAgainstCard(session: Session, card: ModelCard): void {
  const expectedInputs = [card.input.name];
  const expectedOutputs = [card.outputs.appearance.name, card.outputs.motion.name];
  const missingInputs = expectedInputs.filter((name) => !session.inputNames.includes(name));
  const missingOutputs = expectedOutputs.filter((name) => !session.outputNames.includes(name));
  if (missingInputs.length > 0 || missingOutputs.length > 0 || session.inputNames.length !== 1) {
    throw new Error(
      `The ONNX model does not match its card "${card.name}": ` +
        `the model has inputs ${JSON.stringify(session.inputNames)} and outputs ${JSON.stringify(session.outputNames)}, ` +
        `the card expects input ${JSON.stringify(expectedInputs)} and outputs ${JSON.stringify(expectedOutputs)}. ` +
        'Export the model and its card together.',
    );
  }
}
