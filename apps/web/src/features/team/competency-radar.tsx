'use client';

import { PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart, ResponsiveContainer } from 'recharts';

export type RadarPoint = { label: string; average: number };

/** The team's average per competency (1–5) as a radar; decorative — the table beside it carries the data. */
export function CompetencyRadar({ data }: { data: RadarPoint[] }) {
  return (
    <div aria-hidden="true" className="h-72 w-full">
      <ResponsiveContainer width="100%" height="100%">
        <RadarChart data={data} outerRadius="70%" accessibilityLayer={false}>
          <PolarGrid />
          <PolarAngleAxis dataKey="label" tick={{ fontSize: 11, fill: '#334155' }} />
          <PolarRadiusAxis domain={[0, 5]} tickCount={6} tick={{ fontSize: 10 }} angle={90} />
          <Radar
            dataKey="average"
            stroke="var(--color-brand-700)"
            fill="var(--color-brand-600)"
            fillOpacity={0.35}
            isAnimationActive={false}
          />
        </RadarChart>
      </ResponsiveContainer>
    </div>
  );
}
