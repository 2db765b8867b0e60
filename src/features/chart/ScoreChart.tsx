// Live anomaly score per frame, with the card's threshold, optional appearance and motion parts,
// and the source's labelled anomalous frames shaded. The data is the store's downsampled view.
import {
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ReferenceArea,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { useViewerStore } from '../../store/viewerStore';

const COLOURS = {
  score: '#f5a524',
  appearance: '#4ea8de',
  motion: '#b388eb',
  threshold: '#ff5c5c',
  label: '#ff5c5c',
};

export function ScoreChart() {
  const points = useViewerStore((state) => state.chartPoints);
  const threshold = useViewerStore((state) => state.card?.scoring.threshold ?? null);
  const source = useViewerStore((state) => state.source);
  const showAppearance = useViewerStore((state) => state.showAppearance);
  const showMotion = useViewerStore((state) => state.showMotion);
  const lastFrame = source?.frameCount ? source.frameCount - 1 : 'dataMax';

  return (
    <div className="score-chart" data-testid="score-chart">
      <ResponsiveContainer width="100%" height={320}>
        <ComposedChart data={points} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
          <CartesianGrid stroke="#2a3240" strokeDasharray="3 3" />
          <XAxis
            dataKey="frame"
            type="number"
            domain={[0, lastFrame]}
            allowDecimals={false}
            stroke="#9aa4b2"
            label={{ value: 'frame', position: 'insideBottomRight', offset: -4, fill: '#9aa4b2' }}
          />
          <YAxis
            stroke="#9aa4b2"
            width={56}
            domain={['auto', 'auto']}
            tickFormatter={(value: number) => value.toFixed(1)}
            label={{ value: 'anomaly score', angle: -90, position: 'insideLeft', offset: 10, fill: '#9aa4b2' }}
          />
          <Tooltip
            contentStyle={{ background: '#161b22', border: '1px solid #2a3240' }}
            formatter={(value) => (typeof value === 'number' ? value.toFixed(3) : String(value))}
            labelFormatter={(frame) => `frame ${frame}`}
          />
          <Legend />
          {source?.labelRanges.map((range) => (
            <ReferenceArea
              key={`${range.start}-${range.end}`}
              x1={range.start}
              x2={range.end}
              fill={COLOURS.label}
              fillOpacity={0.12}
              ifOverflow="hidden"
            />
          ))}
          {threshold !== null && (
            <ReferenceLine
              y={threshold}
              stroke={COLOURS.threshold}
              strokeDasharray="6 4"
              // Widen the y axis to include the line, so it stays visible when every score lies
              // on one side of it.
              ifOverflow="extendDomain"
              label={{ value: `threshold ${threshold.toFixed(2)}`, fill: COLOURS.threshold, position: 'insideTopRight' }}
            />
          )}
          <Line
            name="score"
            dataKey="score"
            stroke={COLOURS.score}
            dot={false}
            strokeWidth={2}
            isAnimationActive={false}
          />
          {showAppearance && (
            <Line
              name="appearance part"
              dataKey="appearancePart"
              stroke={COLOURS.appearance}
              dot={false}
              isAnimationActive={false}
            />
          )}
          {showMotion && (
            <Line name="motion part" dataKey="motionPart" stroke={COLOURS.motion} dot={false} isAnimationActive={false} />
          )}
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}

export function SeriesToggles() {
  const showAppearance = useViewerStore((state) => state.showAppearance);
  const showMotion = useViewerStore((state) => state.showMotion);
  const hasLabels = useViewerStore((state) => (state.source?.labelRanges.length ?? 0) > 0);
  return (
    <div className="series-toggles">
      <label>
        <input
          type="checkbox"
          checked={showAppearance}
          data-testid="toggle-appearance"
          onChange={(event) => useViewerStore.setState({ showAppearance: event.target.checked })}
        />
        appearance part −w<sub>a</sub>z<sub>a</sub>
      </label>
      <label>
        <input
          type="checkbox"
          checked={showMotion}
          data-testid="toggle-motion"
          onChange={(event) => useViewerStore.setState({ showMotion: event.target.checked })}
        />
        motion part −w<sub>m</sub>z<sub>m</sub>
      </label>
      {hasLabels && <span className="legend-label">shaded: labelled anomalous frames</span>}
    </div>
  );
}
