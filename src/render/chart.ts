/**
 * The /stats picture: services by month, stacked by category, and progress bars against the
 * targets. Pure: data and already translated labels in, an SVG string out; then resvg turns
 * the SVG into a PNG with the one bundled font and no system fonts, so the same data gives the
 * same bytes on any machine, including a server with no fonts installed.
 */
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';

export const CHART_WIDTH = 1000;
export const CHART_HEIGHT = 720;
/** Resolved from the working directory, like the locales and migrations (a build moves import.meta.url). */
export const CHART_FONT_FILE = path.resolve('src/render/fonts/DejaVuSans-subset.ttf');
export const CHART_FONT_FAMILY = 'DejaVu Sans';

/** Okabe–Ito colours: told apart by people with the common forms of colour blindness. */
export const SERIES_COLOURS = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00'] as const;
export const OTHER_COLOUR = '#9E9E9E';
export const OTHER_KEY = 'other';

export interface ChartInput {
  locale: string;
  title: string;
  subtitle: string;
  /** Stacked series, bottom first; the key `other` is drawn grey. */
  series: readonly { key: string; label: string }[];
  /** One bar per month, chronological; `values` aligned with `series`. */
  months: readonly { key: string; label: string; values: readonly number[] }[];
  /** Shown in the plot when there is no service at all. */
  emptyText: string;
  progressTitle: string;
  /** `value` null: hidden (a count of fewer than 5 people); the bar stays empty and `text` says why. */
  progress: readonly { key: string; label: string; value: number | null; target: number; text: string }[];
}

/**
 * Keeps the `max` biggest categories (in the order given, e.g. the indicators' byCategory) and
 * folds the rest into `other`, so the legend stays readable.
 */
export function stackSeries(
  byMonth: ReadonlyMap<string, ReadonlyMap<string, number>>,
  categoryOrder: readonly string[],
  max: number = SERIES_COLOURS.length,
): { keys: string[]; months: { key: string; values: number[] }[] } {
  const named = categoryOrder.length > max ? categoryOrder.slice(0, max - 1) : [...categoryOrder];
  const folded = categoryOrder.length > named.length;
  const keys = folded ? [...named, OTHER_KEY] : named;
  const months = [...byMonth.entries()].map(([key, counts]) => {
    const values = named.map((c) => counts.get(c) ?? 0);
    if (folded) {
      let rest = 0;
      for (const [c, n] of counts) if (!named.includes(c)) rest += n;
      values.push(rest);
    }
    return { key, values };
  });
  return { keys, months };
}

/** "nov 26" / "Nov 26": short enough for three years of bars. */
export function monthLabel(month: string, locale: string): string {
  const [y, m] = month.split('-').map(Number);
  return new Intl.DateTimeFormat(locale, { month: 'short', year: '2-digit', timeZone: 'UTC' }).format(new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, 15)));
}

function xml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : '&#39;'));
}

/** A round step so that about four gridlines cover `max`. */
export function niceStep(max: number): number {
  if (max <= 4) return 1;
  const raw = max / 4;
  const pow = 10 ** Math.floor(Math.log10(raw));
  for (const k of [1, 2, 5, 10]) if (k * pow >= raw) return k * pow;
  return 10 * pow;
}

const r1 = (n: number) => Math.round(n * 10) / 10;
/** Width of a text in the bundled font, roughly: enough to lay out the legend. */
const textWidth = (s: string, size: number) => s.length * size * 0.62;

export function chartSvg(input: ChartInput): string {
  const nf = new Intl.NumberFormat(input.locale);
  const pf = new Intl.NumberFormat(input.locale, { style: 'percent', maximumFractionDigits: 1 });
  const out: string[] = [];
  const text = (x: number, y: number, s: string, attrs = '') => out.push(`<text x="${r1(x)}" y="${r1(y)}"${attrs ? ` ${attrs}` : ''}>${xml(s)}</text>`);

  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CHART_WIDTH}" height="${CHART_HEIGHT}" viewBox="0 0 ${CHART_WIDTH} ${CHART_HEIGHT}" font-family="${CHART_FONT_FAMILY}" fill="#1a1a1a">`,
    `<rect width="${CHART_WIDTH}" height="${CHART_HEIGHT}" fill="#ffffff"/>`,
  );
  text(40, 48, input.title, 'font-size="26"');
  text(40, 78, input.subtitle, 'font-size="16" fill="#555555"');

  // The bars.
  const plot = { left: 90, right: 960, top: 110, bottom: 400 };
  const plotH = plot.bottom - plot.top;
  const totals = input.months.map((m) => m.values.reduce((a, b) => a + b, 0));
  const maxTotal = Math.max(0, ...totals);
  const step = niceStep(maxTotal);
  const top = Math.max(step, Math.ceil(maxTotal / step) * step);
  const y = (v: number) => plot.bottom - (v / top) * plotH;
  for (let v = 0; v <= top; v += step) {
    out.push(`<line x1="${plot.left}" y1="${r1(y(v))}" x2="${plot.right}" y2="${r1(y(v))}" stroke="${v === 0 ? '#888888' : '#e3e3e3'}" stroke-width="1"/>`);
    text(plot.left - 10, y(v) + 5, nf.format(v), 'font-size="13" text-anchor="end" fill="#555555"');
  }
  const n = Math.max(1, input.months.length);
  const band = (plot.right - plot.left) / n;
  const barW = Math.min(64, band * 0.72);
  const labelEvery = Math.ceil(n / 12);
  input.months.forEach((m, i) => {
    const cx = plot.left + band * (i + 0.5);
    let base = 0;
    m.values.forEach((v, s) => {
      if (v <= 0) return;
      const key = input.series[s]?.key ?? OTHER_KEY;
      const colour = key === OTHER_KEY ? OTHER_COLOUR : SERIES_COLOURS[s % SERIES_COLOURS.length];
      out.push(
        `<rect class="bar" data-month="${xml(m.key)}" data-series="${xml(key)}" data-value="${v}" x="${r1(cx - barW / 2)}" y="${r1(y(base + v))}" width="${r1(barW)}" height="${r1(y(base) - y(base + v))}" fill="${colour}"/>`,
      );
      base += v;
    });
    const total = totals[i] ?? 0;
    if (total > 0 && band >= 26) text(cx, y(total) - 6, nf.format(total), 'class="total" font-size="12" text-anchor="middle"');
    if (i % labelEvery === 0) text(cx, plot.bottom + 20, m.label, 'class="month" font-size="13" text-anchor="middle" fill="#333333"');
  });
  if (maxTotal === 0) text((plot.left + plot.right) / 2, (plot.top + plot.bottom) / 2, input.emptyText, 'font-size="18" text-anchor="middle" fill="#777777"');

  // The legend, wrapped.
  let lx = plot.left;
  let ly = 448;
  input.series.forEach((s, i) => {
    const w = 22 + textWidth(s.label, 14) + 24;
    if (lx + w > plot.right + 20 && lx > plot.left) {
      lx = plot.left;
      ly += 24;
    }
    const colour = s.key === OTHER_KEY ? OTHER_COLOUR : SERIES_COLOURS[i % SERIES_COLOURS.length];
    out.push(`<rect class="legend" data-series="${xml(s.key)}" x="${r1(lx)}" y="${ly - 12}" width="14" height="14" fill="${colour}"/>`);
    text(lx + 20, ly, s.label, 'font-size="14"');
    lx += w;
  });

  // Progress against the targets.
  const py = Math.max(530, ly + 56);
  text(40, py, input.progressTitle, 'font-size="18"');
  const bar = { x: 300, w: 420, h: 22 };
  input.progress.forEach((p, i) => {
    const rowY = py + 34 + i * 48;
    const ratio = p.value === null || p.target <= 0 ? 0 : Math.min(1, p.value / p.target);
    text(40, rowY + 16, p.label, 'font-size="15"');
    out.push(`<rect x="${bar.x}" y="${rowY}" width="${bar.w}" height="${bar.h}" rx="4" fill="#e8eef5"/>`);
    if (ratio > 0) {
      out.push(`<rect class="progress" data-key="${xml(p.key)}" data-ratio="${Math.round(ratio * 1000) / 1000}" x="${bar.x}" y="${rowY}" width="${r1(Math.max(2, ratio * bar.w))}" height="${bar.h}" rx="4" fill="#0b5fa5"/>`);
    } else {
      out.push(`<rect class="progress" data-key="${xml(p.key)}" data-ratio="0" x="${bar.x}" y="${rowY}" width="0" height="${bar.h}" fill="#0b5fa5"/>`);
    }
    text(bar.x + bar.w + 14, rowY + 16, p.text || (p.value === null ? '' : `${nf.format(p.value)} / ${nf.format(p.target)} · ${pf.format(p.value / p.target)}`), 'font-size="15"');
  });
  out.push('</svg>');
  return out.join('\n');
}

/**
 * SVG → PNG with resvg: system fonts off and only the bundled font loaded, so the picture does
 * not depend on what the machine has installed.
 */
export function svgToPng(svg: string, fontFile = CHART_FONT_FILE): Buffer {
  const resvg = new Resvg(svg, {
    font: { loadSystemFonts: false, fontFiles: [fontFile], defaultFontFamily: CHART_FONT_FAMILY, sansSerifFamily: CHART_FONT_FAMILY },
    fitTo: { mode: 'original' },
    background: '#ffffff',
    logLevel: 'off',
  });
  return resvg.render().asPng();
}
