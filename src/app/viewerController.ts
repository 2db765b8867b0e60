// Orchestration of the viewer page outside React: the model, the current video source, live
// capture, whole-file analysis and the routing of worker results into the score feed and store.
import { FrameAnalysis } from '../features/playback/frameAnalysis';
import { NoFramesError, probeFps } from '../features/playback/fpsProbe';
import { LiveCapture, type CapturedFrame, type FrameIndexing } from '../features/playback/liveCapture';
import { VideoDecodeError, describeMediaError, nextVideoFrame, seekTo, waitForFirstFrameData } from '../features/playback/videoFrames';
import { loadDefaultSampleClip } from '../features/sources/sampleClip';
import { WebcamError, openWebcam, stopStream } from '../features/sources/webcam';
import { InferenceClient } from '../inference/inferenceClient';
import { DEFAULT_CARD_PATH, loadModel } from '../inference/loadModel';
import { frameCountFor } from '../lib/frameTiming';
import { labelRanges } from '../lib/labelRanges';
import { frameGeometry, type ModelCard } from '../lib/modelCard';
import { parsePageOptions } from '../lib/pageOptions';
import {
  emptyFileMessage,
  looksLikeVideo,
  multipleFilesNotice,
  notVideoMessage,
  truncatedVideoMessage,
  undecodableVideoMessage,
} from '../lib/videoFiles';
import { ScoreFeed } from '../store/scoreFeed';
import { useViewerStore, type SourceInfo, type ViewerState } from '../store/viewerStore';
import type { WorkerResponse } from '../worker/protocol';

/** How long a started video may take to present its first frame before it counts as undecodable. */
const FIRST_FRAME_TIMEOUT_MS = 5000;

interface CurrentSource {
  info: SourceInfo;
  mimeType: string;
  objectUrl: string | null;
  stream: MediaStream | null;
  /** Aborted when this source stops: cancels its listeners and pending steps. */
  abort: AbortController;
  /** Set when the source could not be loaded or decoded, so whole-file analysis cannot run. */
  loadFailed: boolean;
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function setState(partial: Partial<ViewerState>): void {
  useViewerStore.setState(partial);
}

export class ViewerController {
  readonly feed = new ScoreFeed();
  private readonly client = new InferenceClient();
  private video: HTMLVideoElement | null = null;
  private card: ModelCard | null = null;
  private current: CurrentSource | null = null;
  private capture: LiveCapture | null = null;
  private analysis: FrameAnalysis | null = null;
  private workerSourceId: number | null = null;

  constructor() {
    this.client.subscribe((message) => this.handleWorkerMessage(message));
  }

  attachVideo(video: HTMLVideoElement | null): void {
    this.video = video;
  }

  /** Loads the model card named by the page URL and starts the worker session. */
  async loadModel(pageUrl: string): Promise<void> {
    setState({ activity: 'loading-model', loadingStage: 'loading the model card' });
    try {
      const options = parsePageOptions(pageUrl, DEFAULT_CARD_PATH);
      console.info(`[viewer] loading model card ${options.cardUrl} (execution provider: ${options.provider})`);
      const loaded = await loadModel(this.client, options.cardUrl, options.provider, (card) => setState({ card }));
      this.card = loaded.card;
      const { executionProvider, fallbackReason, wasmThreads } = loaded.ready;
      console.info(`[viewer] model "${loaded.card.name}" ready on ${executionProvider}`);
      setState({ executionProvider, fallbackReason, wasmThreads, loadingStage: null });
      if (useViewerStore.getState().activity === 'loading-model') {
        setState({ activity: 'ready' });
      }
      this.startLiveScoring();
    } catch (error) {
      const message = `The model could not be loaded: ${errorText(error)}`;
      console.error(`[viewer] ${message}`);
      setState({ modelError: message, loadingStage: null });
    }
  }

  /** Loads and plays `file`; `droppedFileCount` is how many files the drop contained. */
  async loadFile(file: File, droppedFileCount = 1): Promise<void> {
    const source = this.beginSource(
      { kind: 'file', name: file.name, citation: null, labels: null, labelRanges: [], fps: null, frameCount: null },
      file.type,
    );
    if (droppedFileCount > 1) {
      const notice = multipleFilesNotice(droppedFileCount, file.name);
      console.info(`[viewer] ${notice}`);
      setState({ sourceNotice: notice });
    }
    if (file.size === 0) {
      this.failLoad(source, emptyFileMessage(file.name));
      return;
    }
    if (!looksLikeVideo(file.name, file.type)) {
      this.failLoad(source, notVideoMessage(file.name, file.type));
      return;
    }
    source.objectUrl = URL.createObjectURL(file);
    await this.playLive(source, source.objectUrl);
  }

  async loadSample(): Promise<void> {
    const source = this.beginSource(
      { kind: 'sample', name: 'sample clip', citation: null, labels: null, labelRanges: [], fps: null, frameCount: null },
      'video/mp4',
    );
    try {
      const clip = await loadDefaultSampleClip();
      if (source.abort.signal.aborted) {
        return;
      }
      this.updateSourceInfo(source, {
        name: clip.meta.title,
        citation: clip.meta.citation,
        labels: clip.meta.labels,
        labelRanges: clip.meta.labels ? labelRanges(clip.meta.labels) : [],
        fps: clip.meta.fps,
        frameCount: clip.meta.frameCount,
      });
      await this.playLive(source, clip.videoUrl);
    } catch (error) {
      if (!source.abort.signal.aborted) {
        this.failLoad(source, `The sample clip could not be loaded: ${errorText(error)}`);
      }
    }
  }

  async connectWebcam(): Promise<void> {
    const source = this.beginSource(
      { kind: 'webcam', name: 'webcam', citation: null, labels: null, labelRanges: [], fps: null, frameCount: null },
      '',
    );
    let stream: MediaStream;
    try {
      stream = await openWebcam();
    } catch (error) {
      if (!source.abort.signal.aborted) {
        this.failSource(error instanceof WebcamError ? error.message : `The camera could not be opened: ${errorText(error)}`);
      }
      return;
    }
    if (source.abort.signal.aborted) {
      stopStream(stream);
      return;
    }
    source.stream = stream;
    const video = this.requireVideo();
    video.removeAttribute('src');
    video.srcObject = stream;
    try {
      await waitForFirstFrameData(video, source.abort.signal);
      this.startCapture(source, { kind: 'sequential' });
      await video.play();
    } catch (error) {
      if (!source.abort.signal.aborted) {
        this.failSource(`The webcam stream could not be played: ${errorText(error)}`);
      }
    }
  }

  /** Scores every frame of the current file or sample exactly once, seeking frame by frame. */
  async analyseCurrentFile(): Promise<void> {
    const source = this.current;
    const card = this.card;
    if (!source || source.info.kind === 'webcam' || !card || !this.client.readyMessage) {
      return;
    }
    // A source that failed to load keeps its load error instead of getting an analysis error on top.
    if (source.loadFailed) {
      return;
    }
    // A second request before the running analysis settles, such as a double click within one
    // tick (before the button re-renders as disabled), must not cancel and restart it.
    if (this.analysis !== null) {
      return;
    }
    this.stopScoring();
    const video = this.requireVideo();
    video.pause();
    this.feed.clear();
    setState({ activity: 'analysing', sourceError: null, analysisProgress: null });
    console.info(`[viewer] analysis of "${source.info.name}" started`);

    const analysis = new FrameAnalysis(video, frameGeometry(card), this.client);
    this.analysis = analysis;
    try {
      const fps = source.info.fps ?? (await probeFps(video)).fps;
      const total = source.info.frameCount ?? frameCountFor(video.duration, fps);
      if (analysis.cancelled) {
        return;
      }
      this.updateSourceInfo(source, { fps, frameCount: total });
      this.workerSourceId = this.client.startSource('analysis');
      const completed = await analysis.run(this.workerSourceId, fps, total, (current) => {
        if (this.analysis === analysis) {
          setState({ analysisProgress: { current, total } });
        }
      });
      if (completed && this.analysis === analysis) {
        this.analysis = null;
        console.info(`[viewer] analysis of "${source.info.name}" finished: ${total} frames`);
        setState({ activity: 'done' });
      }
    } catch (error) {
      if (!analysis.cancelled) {
        this.failSource(`Analysis of "${source.info.name}" failed: ${errorText(error)}`);
      }
    } finally {
      this.feed.publishNow();
    }
  }

  private beginSource(info: SourceInfo, mimeType: string): CurrentSource {
    this.stopSource();
    const source: CurrentSource = { info, mimeType, objectUrl: null, stream: null, abort: new AbortController(), loadFailed: false };
    this.current = source;
    this.feed.clear();
    setState({
      source: info,
      sourceError: null,
      sourceLoadFailed: false,
      sourceNotice: null,
      analysisProgress: null,
      activity: 'playing',
    });
    console.info(`[viewer] source started: ${info.kind} "${info.name}"`);
    return source;
  }

  private stopSource(): void {
    this.stopScoring();
    const source = this.current;
    if (!source) {
      return;
    }
    source.abort.abort();
    if (source.stream) {
      stopStream(source.stream);
    }
    if (this.video) {
      this.video.pause();
      this.video.srcObject = null;
      this.video.removeAttribute('src');
      this.video.load();
    }
    if (source.objectUrl) {
      URL.revokeObjectURL(source.objectUrl);
    }
    this.current = null;
    console.info(`[viewer] source stopped: ${source.info.kind} "${source.info.name}"`);
  }

  /** Stops live capture, a running analysis and the worker's scoring of the current source. */
  private stopScoring(): void {
    this.capture?.stop();
    this.capture = null;
    this.analysis?.cancel();
    this.analysis = null;
    if (this.workerSourceId !== null) {
      this.client.stopSource(this.workerSourceId);
      this.workerSourceId = null;
    }
  }

  private async playLive(source: CurrentSource, url: string): Promise<void> {
    const video = this.requireVideo();
    const { signal } = source.abort;
    video.srcObject = null;
    video.muted = true;
    video.src = url;
    try {
      await waitForFirstFrameData(video, signal);
      if (video.videoWidth === 0) {
        throw new VideoDecodeError('the file has no video track');
      }
      let fps = source.info.fps;
      if (fps === null) {
        fps = (await probeFps(video)).fps;
        await seekTo(video, 0);
      }
      if (signal.aborted) {
        return;
      }
      this.updateSourceInfo(source, { fps, frameCount: source.info.frameCount ?? frameCountFor(video.duration, fps) });
      this.watchPlayback(source, video);
      this.startCapture(source, { kind: 'media-time', fps });
      const firstFrame = nextVideoFrame(video, FIRST_FRAME_TIMEOUT_MS);
      await video.play();
      if ((await firstFrame) === null && !video.ended && !signal.aborted) {
        throw new NoFramesError();
      }
    } catch (error) {
      if (signal.aborted) {
        return;
      }
      if (error instanceof VideoDecodeError || error instanceof NoFramesError) {
        const reason = error instanceof VideoDecodeError ? error.reason : 'no frame was decoded';
        this.failLoad(source, undecodableVideoMessage(source.info.name, source.mimeType, reason));
      } else {
        this.failLoad(source, `Playback of "${source.info.name}" failed: ${errorText(error)}`);
      }
    }
  }

  private watchPlayback(source: CurrentSource, video: HTMLVideoElement): void {
    const options = { signal: source.abort.signal };
    video.addEventListener('ended', () => {
      if (this.analysis) {
        return;
      }
      this.capture?.stop();
      this.feed.publishNow();
      console.info(`[viewer] playback of "${source.info.name}" ended`);
      setState({ activity: 'done' });
    }, options);
    // The listener is added after `loadeddata`, so an error here comes from a file whose first
    // frames decoded and that failed further on.
    video.addEventListener('error', () => {
      this.failLoad(source, truncatedVideoMessage(source.info.name, video.currentTime, describeMediaError(video)));
    }, options);
  }

  private startCapture(source: CurrentSource, indexing: FrameIndexing): void {
    const card = this.card;
    const video = this.requireVideo();
    this.capture?.stop();
    // Without a model yet, frames are still captured (and discarded) so playback is checked.
    const geometry = card ? frameGeometry(card) : { channels: 1, height: 128, width: 192 };
    this.capture = new LiveCapture(
      video,
      geometry,
      indexing,
      (frame) => this.forwardFrame(frame),
      (error) => {
        if (!source.abort.signal.aborted) {
          this.failSource(`A frame of "${source.info.name}" could not be captured: ${errorText(error)}`);
        }
      },
    );
    this.startLiveScoring();
    this.capture.start();
  }

  /** Starts the worker's live scoring when a live capture and a ready model both exist. */
  private startLiveScoring(): void {
    if (this.capture && this.card && this.client.readyMessage && this.workerSourceId === null) {
      this.workerSourceId = this.client.startSource('live');
    }
  }

  private forwardFrame(frame: CapturedFrame): void {
    if (this.workerSourceId === null) {
      frame.bitmap.close();
      return;
    }
    const { bitmap, ...meta } = frame;
    this.client.sendBitmap({ ...meta, sourceId: this.workerSourceId }, bitmap);
  }

  private handleWorkerMessage(message: WorkerResponse): void {
    switch (message.type) {
      case 'loading':
        setState({ loadingStage: message.stage });
        return;
      case 'scored':
        if (message.sourceId === this.workerSourceId) {
          this.feed.addScored({
            ...message.metrics,
            frame: message.frameIndex,
            timestamp: message.timestamp,
            inferenceMs: message.inferenceMs,
            latencyMs: performance.now() - message.capturedAt,
          });
        }
        return;
      case 'unscored':
        if (message.sourceId === this.workerSourceId && message.reason === 'dropped') {
          this.feed.addDropped();
        }
        return;
      case 'error':
        if (!message.fatal && message.sourceId === this.workerSourceId) {
          console.error(`[viewer] worker error on frame ${message.frameIndex}: ${message.message}`);
          setState({ sourceError: message.message });
        }
        return;
      case 'ready':
        return;
    }
  }

  /** Shows a load or decode error of `source` and disables whole-file analysis for it. */
  private failLoad(source: CurrentSource, message: string): void {
    source.loadFailed = true;
    if (this.current === source) {
      setState({ sourceLoadFailed: true });
    }
    this.failSource(message);
  }

  private failSource(message: string): void {
    console.error(`[viewer] ${message}`);
    this.stopScoring();
    this.video?.pause();
    const modelSettled = this.client.readyMessage !== null || useViewerStore.getState().modelError !== null;
    setState({ sourceError: message, analysisProgress: null, activity: modelSettled ? 'ready' : 'loading-model' });
  }

  private updateSourceInfo(source: CurrentSource, changes: Partial<SourceInfo>): void {
    source.info = { ...source.info, ...changes };
    if (this.current === source) {
      setState({ source: source.info });
    }
  }

  private requireVideo(): HTMLVideoElement {
    if (!this.video) {
      throw new Error('The video element is not mounted.');
    }
    return this.video;
  }
}
