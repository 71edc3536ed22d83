import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { MonthFiguresTable } from './month-figures-table';

describe('MonthFiguresTable', () => {
  it('writes a row a month with the month as row header, the last column unpadded, gaps marked', () => {
    const html = renderToStaticMarkup(
      createElement(MonthFiguresTable, {
        caption: 'Per maand',
        captionClassName: 'sr-only',
        monthHeader: 'Maand',
        columns: [{ header: 'Tekorten', gapWhenPositive: true }, { header: 'Eisen' }],
        rows: [
          { month: '2026-11', label: 'november 2026', values: [0, 4] },
          { month: '2026-12', label: 'december 2026', values: [2, 4] },
        ],
      }),
    );
    expect(html).toBe(
      '<table class="w-full text-sm"><caption class="sr-only">Per maand</caption>' +
        '<thead class="text-left text-xs uppercase tracking-wide text-slate-600"><tr>' +
        '<th scope="col" class="py-1 pr-3">Maand</th>' +
        '<th scope="col" class="py-1 pr-3 text-right">Tekorten</th>' +
        '<th scope="col" class="py-1 text-right">Eisen</th></tr></thead><tbody>' +
        '<tr class="border-t border-slate-100"><th scope="row" class="py-1 pr-3 text-left font-normal">november 2026</th>' +
        '<td class="py-1 pr-3 text-right tabular-nums ">0</td><td class="py-1 text-right tabular-nums">4</td></tr>' +
        '<tr class="border-t border-slate-100"><th scope="row" class="py-1 pr-3 text-left font-normal">december 2026</th>' +
        '<td class="py-1 pr-3 text-right tabular-nums font-semibold text-gap">2</td><td class="py-1 text-right tabular-nums">4</td></tr>' +
        '</tbody></table>',
    );
  });
});
