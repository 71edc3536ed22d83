'use client';

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { ChartDatum, DemandColumn } from './view-model';
import { KIND_COLOURS } from './view-model';

/**
 * Stacked bars per area (people per kind). Decorative for assistive technology: the same numbers are
 * in the table beside it, which the figure caption points to.
 */
export function DemandChart({
  data,
  kinds,
  kindLabels,
  peopleLabel,
}: {
  data: ChartDatum[];
  kinds: DemandColumn[];
  kindLabels: Record<string, string>;
  peopleLabel: string;
}) {
  const height = Math.max(280, data.length * 44 + 80);
  return (
    <div aria-hidden="true" style={{ width: '100%', height }}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart
          data={data}
          layout="vertical"
          margin={{ top: 8, right: 24, bottom: 8, left: 8 }}
          accessibilityLayer={false}
        >
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis
            type="number"
            allowDecimals={false}
            label={{ value: peopleLabel, position: 'insideBottom', offset: -4 }}
          />
          <YAxis type="category" dataKey="label" width={220} tick={{ fontSize: 12 }} />
          <Tooltip />
          <Legend
            verticalAlign="top"
            height={36}
            formatter={(value: string) => <span style={{ color: '#334155' }}>{value}</span>}
          />
          {kinds.map((kind) => (
            <Bar
              key={kind}
              dataKey={kind}
              name={kindLabels[kind] ?? kind}
              stackId="demand"
              fill={KIND_COLOURS[kind]}
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
