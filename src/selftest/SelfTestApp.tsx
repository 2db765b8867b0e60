// The self-test page: runs the model on its test vector and shows PASS or FAIL per frame.
import { useEffect, useState } from 'react';
import type { ComparedFrame } from '../lib/vectorComparison';
import type { ExecutionProvider } from '../worker/protocol';
import { runSelfTest, type SelfTestReport } from './runSelfTest';

export type SelfTestStatus = 'running' | 'pass' | 'fail' | 'error';

export interface SelfTestHandle {
  status: SelfTestStatus;
  executionProvider: ExecutionProvider | null;
  maxDiff: { appearance_psnr: number; motion_psnr: number; score: number } | null;
  results: ComparedFrame[];
  error: string | null;
}

declare global {
  interface Window {
    __m2s2lSelfTest?: SelfTestHandle;
  }
}

function publish(handle: SelfTestHandle): void {
  window.__m2s2lSelfTest = handle;
}

function formatDiff(value: number): string {
  return Number.isFinite(value) ? value.toExponential(2) : 'missing';
}

export function SelfTestApp() {
  const [stage, setStage] = useState('starting');
  const [executionProvider, setExecutionProvider] = useState<ExecutionProvider | null>(null);
  const [report, setReport] = useState<SelfTestReport | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    publish({ status: 'running', executionProvider: null, maxDiff: null, results: [], error: null });
    runSelfTest(location.href, (progress) => {
      if (current) {
        setStage(progress.stage);
        setExecutionProvider(progress.executionProvider);
      }
    }).then(
      (result) => {
        if (!current) {
          return;
        }
        const status = result.comparison.pass ? 'pass' : 'fail';
        console.info(
          `[selftest] ${status.toUpperCase()} on ${result.executionProvider}: max differences ` +
            JSON.stringify(result.comparison.maxDiff),
        );
        setReport(result);
        setExecutionProvider(result.executionProvider);
        publish({
          status,
          executionProvider: result.executionProvider,
          maxDiff: result.comparison.maxDiff,
          results: result.comparison.rows,
          error: null,
        });
      },
      (failure: unknown) => {
        if (!current) {
          return;
        }
        const message = failure instanceof Error ? failure.message : String(failure);
        console.error(`[selftest] ${message}`);
        setError(message);
        publish({ status: 'error', executionProvider: null, maxDiff: null, results: [], error: message });
      },
    );
    return () => {
      current = false;
    };
  }, []);

  const status = currentStatus(error, report);
  return (
    <main className="selftest">
      <h1>Model self-test</h1>
      <p>
        Runs the model on the test vector its card names, through the same worker as the viewer, and compares the
        appearance PSNR, motion PSNR and score of every expected frame.
      </p>
      <p className={`verdict verdict-${status}`} data-testid="selftest-status">
        {status === 'running' ? `running: ${stage}` : status.toUpperCase()}
      </p>
      <p>
        Execution provider: <span data-testid="execution-provider">{executionProvider ?? '–'}</span>
      </p>
      {error && (
        <div className="error-banner" role="alert" data-testid="error-message">
          {error}
        </div>
      )}
      {report && <ReportDetails report={report} />}
    </main>
  );
}

function currentStatus(error: string | null, report: SelfTestReport | null): SelfTestStatus {
  if (error !== null) {
    return 'error';
  }
  if (report === null) {
    return 'running';
  }
  return report.comparison.pass ? 'pass' : 'fail';
}

function ReportDetails({ report }: { report: SelfTestReport }) {
  const { comparison, vector } = report;
  return (
    <>
      <p>
        Model <code>{report.card.name}</code>, vector <code>{report.vectorUrl}</code> ({vector.frames.length} frames,
        tolerance PSNR {vector.tolerance.psnr}, score {vector.tolerance.score}). Median inference time{' '}
        {report.medianInferenceMs?.toFixed(1) ?? '–'} ms per frame.
      </p>
      <p data-testid="max-diff">
        Max differences: appearance PSNR {formatDiff(comparison.maxDiff.appearance_psnr)} dB, motion PSNR{' '}
        {formatDiff(comparison.maxDiff.motion_psnr)} dB, score {formatDiff(comparison.maxDiff.score)}
      </p>
      <table className="selftest-table">
        <thead>
          <tr>
            <th>frame</th>
            <th>appearance PSNR expected / actual</th>
            <th>motion PSNR expected / actual</th>
            <th>score expected / actual</th>
            <th>result</th>
          </tr>
        </thead>
        <tbody>
          {comparison.rows.map((row) => (
            <tr key={row.frame} className={row.pass ? 'pass' : 'fail'}>
              <td>{row.frame}</td>
              <td>{pair(row.expected.appearancePsnr, row.actual?.appearancePsnr)}</td>
              <td>{pair(row.expected.motionPsnr, row.actual?.motionPsnr)}</td>
              <td>{pair(row.expected.score, row.actual?.score)}</td>
              <td>{row.pass ? 'pass' : 'FAIL'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

function pair(expected: number, actual: number | undefined): string {
  return `${expected.toFixed(4)} / ${actual === undefined ? 'missing' : actual.toFixed(4)}`;
}
