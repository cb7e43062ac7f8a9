/**
 * A small horizontal bar chart in plain SVG, with its data table. Each row is an HTML button (Enter and Space work,
 * its name is its text) holding the label, an aria-hidden SVG of its bar(s) with the value printed at each bar's
 * end, and the values again as hidden text; a row without a filter is plain text. Bars and value positions are
 * percentages of the SVG's width, so the chart follows its container while the text keeps its size (a viewBox
 * would scale the printed values with the width). Series differ by fill — solid, patterned, hollow-hatched —
 * and the legend names them, so nothing rests on colour.
 */
import type { ComponentChildren } from 'preact';
import type { ChartFilter } from '../../domain/summary_charts.ts';
import type { Lang } from '../../domain/zone.ts';
import { tCharts } from './strings.ts';

/** How a bar part is drawn: colours (hex or `var(--…)`), a pattern, and hollow (hatch on paper, outlined) or filled. */
export interface Paint {
  color: string;
  stroke: string;
  pattern: 'solid' | 'hatch' | 'dots' | 'cross' | 'lines';
  hollow?: boolean;
}

/** One bar: its parts (stacked), the text printed at its end, and what a screen reader hears for it. */
export interface Bar {
  parts: Array<{ value: number; paint: Paint }>;
  text: string;
  srText: string;
}

export interface BarRow {
  key: string;
  label: string;
  /** Shown before the label (e.g. a stage swatch); decorative. */
  icon?: ComponentChildren;
  bars: Bar[];
  /** A short line under the label (counts apart, unconfirmed…). */
  note?: string;
  /** What a click filters to; null: not clickable. */
  filter: ChartFilter | null;
  /** The row's table cells, in `columns` order. */
  cells: string[];
}

export interface BarChartProps {
  /** Unique on the page: names pattern ids and the hint. */
  name: string;
  lang: Lang;
  /** The table caption and the name of the group of bars. */
  caption: string;
  legend: Array<{ label: string; paint: Paint }>;
  rows: BarRow[];
  /** Header of the row-label column, then of each cell column. */
  rowHead: string;
  columns: string[];
  onBar: (filter: ChartFilter) => void;
}

/** The share of the width the longest bar takes; the rest keeps room for the value printed after it. */
const SPAN = 62;
const BAR_H = 14;
const GAP = 5;

const paintKey = (p: Paint): string => `${p.color}|${p.stroke}|${p.pattern}|${p.hollow ? 1 : 0}`;

function PatternDef({ id, paint }: { id: string; paint: Paint }) {
  const line = { stroke: paint.stroke };
  return (
    <pattern id={id} width="6" height="6" patternUnits="userSpaceOnUse">
      {paint.hollow && <rect width="6" height="6" class="chart-paper" />}
      {paint.pattern === 'hatch' && <path d="M-1,1 l2,-2 M0,6 l6,-6 M5,7 l2,-2" style={line} stroke-width="1.3" />}
      {paint.pattern === 'cross' && <path d="M-1,1 l2,-2 M0,6 l6,-6 M5,7 l2,-2 M-1,5 l2,2 M0,0 l6,6 M5,-1 l2,2" style={line} stroke-width="1" />}
      {paint.pattern === 'dots' && <circle cx="3" cy="3" r="1.1" style={{ fill: paint.stroke }} />}
      {paint.pattern === 'lines' && <path d="M0,3 h6" style={line} stroke-width="1.2" />}
    </pattern>
  );
}

/** A bar part, or a legend sample: fill, pattern over it, outline. */
function Part({ x, y, width, height, paint, pat }: { x: string; y: number; width: string; height: number; paint: Paint; pat: string | undefined }) {
  return (
    <g>
      {!paint.hollow && <rect x={x} y={y} width={width} height={height} style={{ fill: paint.color }} fill-opacity={paint.pattern === 'solid' ? 1 : 0.75} />}
      {pat && <rect x={x} y={y} width={width} height={height} fill={`url(#${pat})`} />}
      <rect x={x} y={y} width={width} height={height} fill="none" style={{ stroke: paint.stroke }} stroke-width="1" />
    </g>
  );
}

const pct = (v: number): string => `${Math.round(v * 100) / 100}%`;

export function BarChart({ name, lang, caption, legend, rows, rowHead, columns, onBar }: BarChartProps) {
  const paints = new Map<string, Paint>();
  for (const p of [...legend.map((l) => l.paint), ...rows.flatMap((r) => r.bars.flatMap((b) => b.parts.map((x) => x.paint)))]) {
    if (p.pattern !== 'solid' || p.hollow) paints.set(paintKey(p), p);
  }
  const ids = new Map([...paints.keys()].map((k, i) => [k, `chart-${name}-p${i}`]));
  const patOf = (p: Paint) => ids.get(paintKey(p));
  const max = Math.max(0, ...rows.flatMap((r) => r.bars.map((b) => b.parts.reduce((s, x) => s + x.value, 0))));
  const hintId = `chart-${name}-hint`;

  const svgOf = (r: BarRow) => (
    <svg class="chart-svg" width="100%" height={r.bars.length * (BAR_H + GAP)} aria-hidden="true" focusable="false">
      {r.bars.map((b, i) => {
        const y = i * (BAR_H + GAP) + 1;
        let at = 0;
        const parts = b.parts.filter((p) => p.value > 0).map((p, j) => {
          // A value too small to see still gets a sliver, so "some" never reads as "none".
          const w = max > 0 ? Math.max(0.8, (p.value / max) * SPAN) : 0;
          const x = at;
          at += w;
          return <Part key={j} x={pct(x)} y={y} width={pct(w)} height={BAR_H} paint={p.paint} pat={patOf(p.paint)} />;
        });
        return (
          <g key={i}>
            {parts}
            <text x={pct(at)} dx={at > 0 ? 5 : 0} y={y + BAR_H - 3}>{b.text}</text>
          </g>
        );
      })}
    </svg>
  );

  const body = (r: BarRow) => (
    <>
      <span class="chart-label">{r.icon}<span>{r.label}</span></span>
      {r.note && <span class="chart-note">{r.note}</span>}
      {svgOf(r)}
      <span class="visually-hidden">: {r.bars.map((b) => b.srText).join('; ')}</span>
    </>
  );

  return (
    <div class="bar-chart">
      <svg class="chart-defs" width="0" height="0" aria-hidden="true" focusable="false">
        <defs>{[...paints].map(([k, p]) => <PatternDef key={k} id={ids.get(k) ?? ''} paint={p} />)}</defs>
      </svg>
      {legend.length > 0 && (
        <ul class="chart-legend">
          {legend.map((l) => (
            <li key={l.label}>
              <svg width="22" height="12" aria-hidden="true" focusable="false"><Part x="1" y={1} width="20" height={10} paint={l.paint} pat={patOf(l.paint)} /></svg>
              <span>{l.label}</span>
            </li>
          ))}
        </ul>
      )}
      <p id={hintId} class="visually-hidden">{tCharts(lang, 'barHint')}</p>
      <ul class="chart-rows" aria-label={caption}>
        {rows.map((r) => (
          <li key={r.key}>
            {r.filter ? (
              <button type="button" class="chart-row" data-testid="chart-bar" data-key={r.key} aria-describedby={hintId}
                onClick={() => r.filter && onBar(r.filter)}>
                {body(r)}
              </button>
            ) : (
              <div class="chart-row chart-row-static" data-testid="chart-bar" data-key={r.key} data-static="true">{body(r)}</div>
            )}
          </li>
        ))}
      </ul>
      <details class="chart-table-toggle">
        <summary>{tCharts(lang, 'dataTable')}</summary>
        <div class="chart-table-scroll">
          <table data-testid="chart-table">
            <caption>{caption}</caption>
            <thead>
              <tr>
                <th scope="col">{rowHead}</th>
                {columns.map((c) => <th key={c} scope="col" class="num">{c}</th>)}
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.key} data-key={r.key}>
                  <th scope="row">{r.label}</th>
                  {r.cells.map((c, i) => <td key={i} class="num">{c}</td>)}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </div>
  );
}
