'use client';

import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { ChartRow } from './view-model';

/**
 * Gaps and single points of failure per month. Hidden from assistive technology: the table
 * beside it carries the same numbers. Lines differ by dash pattern too, not only by colour.
 */
export function TrendChart({
  rows,
  labels,
}: {
  rows: ChartRow[];
  labels: { gaps: string; spof: string; totalGap: string };
}) {
  return (
    <div aria-hidden="true" className="h-80 w-full">
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={rows} margin={{ top: 8, right: 16, bottom: 8, left: 0 }} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
          <XAxis dataKey="label" tick={{ fontSize: 12, fill: '#334155' }} />
          <YAxis allowDecimals={false} tick={{ fontSize: 12, fill: '#334155' }} width={36} />
          <Tooltip />
          <Legend />
          <Line
            type="monotone"
            dataKey="gaps"
            name={labels.gaps}
            stroke="var(--color-gap)"
            strokeWidth={3}
            dot={{ r: 3 }}
            isAnimationActive={false}
          />
          <Line
            type="monotone"
            dataKey="spof"
            name={labels.spof}
            stroke="var(--color-spof)"
            strokeWidth={3}
            strokeDasharray="6 4"
            dot={{ r: 3 }}
            isAnimationActive={false}
          />
          <Line
            type="monotone"
            dataKey="totalGap"
            name={labels.totalGap}
            stroke="var(--color-brand-700)"
            strokeWidth={2}
            strokeDasharray="2 3"
            dot={false}
            isAnimationActive={false}
          />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
