import { describe, expect, it } from 'vitest';
import { CHART_HEIGHT, CHART_WIDTH, chartSvg, monthLabel, niceStep, OTHER_KEY, stackSeries, svgToPng, type ChartInput } from '../../../src/render/chart.js';

const months = new Map([
  ['2026-09', new Map([['spid', 4], ['cie', 2]])],
  ['2026-10', new Map<string, number>()],
  ['2026-11', new Map([['spid', 6], ['fse', 1], ['cie', 3]])],
]);

function input(over: Partial<ChartInput> = {}): ChartInput {
  const stacked = stackSeries(months, ['spid', 'cie', 'fse']);
  return {
    locale: 'it',
    title: 'Servizi per mese · DigiPASS Foligno',
    subtitle: 'Quest\'anno, dal 01/01/2026 al 30/11/2026',
    series: stacked.keys.map((k) => ({ key: k, label: k.toUpperCase() })),
    months: stacked.months.map((m) => ({ ...m, label: monthLabel(m.key, 'it') })),
    emptyText: 'Nessun servizio',
    progressTitle: 'Traguardi PNRR',
    progress: [
      { key: 'centres', label: 'Centri attivi', value: 21, target: 42, text: '21 su 42 · 50%' },
      { key: 'uniqueCitizens', label: 'Persone aiutate', value: null, target: 33_000, text: 'meno di 5 persone' },
      { key: 'services', label: 'Servizi dati', value: 16, target: 49_500, text: '16 su 49.500 · 0%' },
    ],
    ...over,
  };
}

/** The bars of an SVG as month/series/value triples, in drawing order. */
function bars(svg: string): string[] {
  return [...svg.matchAll(/<rect class="bar" data-month="([^"]+)" data-series="([^"]+)" data-value="(\d+)"/g)].map((m) => `${m[1]} ${m[2]} ${m[3]}`);
}

function pngSize(png: Buffer): { width: number; height: number } {
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe('the stats chart', () => {
  it('stacks services by month and category, bottom first, skipping empty cells', () => {
    const svg = chartSvg(input());
    expect(bars(svg)).toEqual(['2026-09 spid 4', '2026-09 cie 2', '2026-11 spid 6', '2026-11 cie 3', '2026-11 fse 1']);
    // Totals above the bars, every month labelled (October too, with no bar), a legend entry per series.
    expect([...svg.matchAll(/class="total"[^>]*>([^<]+)</g)].map((m) => m[1])).toEqual(['6', '10']);
    expect([...svg.matchAll(/class="month"[^>]*>([^<]+)</g)].map((m) => m[1])).toEqual(['set 26', 'ott 26', 'nov 26']);
    expect([...svg.matchAll(/class="legend" data-series="([^"]+)"/g)].map((m) => m[1])).toEqual(['spid', 'cie', 'fse']);
    expect(svg).toContain('>SPID</text>');
    expect(svg).not.toContain('Nessun servizio');
  });

  it('draws taller bars for bigger numbers on the same scale', () => {
    const svg = chartSvg(input());
    const height = (month: string, series: string) => Number(new RegExp(`data-month="${month}" data-series="${series}"[^>]*height="([\\d.]+)"`).exec(svg)?.[1]);
    expect(height('2026-11', 'spid')).toBeCloseTo(height('2026-09', 'spid') * 1.5, 0);
    expect(height('2026-09', 'spid')).toBeCloseTo(height('2026-09', 'cie') * 2, 0);
  });

  it('shows progress against the targets, with an empty bar for a hidden count', () => {
    const svg = chartSvg(input());
    expect([...svg.matchAll(/class="progress" data-key="([^"]+)" data-ratio="([\d.]+)"/g)].map((m) => `${m[1]}=${m[2]}`)).toEqual(['centres=0.5', 'uniqueCitizens=0', 'services=0']);
    expect(svg).toContain('>meno di 5 persone</text>');
    expect(svg).toContain('>21 su 42 · 50%</text>');
  });

  it('says so when there is nothing to draw', () => {
    const svg = chartSvg(input({ months: [{ key: '2026-11', label: 'nov 26', values: [0, 0, 0] }] }));
    expect(bars(svg)).toEqual([]);
    expect(svg).toContain('>Nessun servizio</text>');
  });

  it('escapes every label', () => {
    const svg = chartSvg(input({ title: '<b>Tom & "Jerry"</b>' }));
    expect(svg).toContain('&lt;b&gt;Tom &amp; &quot;Jerry&quot;&lt;/b&gt;');
    expect(svg).not.toContain('<b>');
  });

  it('folds small categories into "other" so the legend stays short', () => {
    const many = new Map([['2026-11', new Map([['a', 9], ['b', 8], ['c', 7], ['d', 1], ['e', 1]])]]);
    expect(stackSeries(many, ['a', 'b', 'c', 'd', 'e'], 3)).toEqual({ keys: ['a', 'b', OTHER_KEY], months: [{ key: '2026-11', values: [9, 8, 9] }] });
    expect(stackSeries(many, ['a', 'b', 'c'], 3)).toEqual({ keys: ['a', 'b', 'c'], months: [{ key: '2026-11', values: [9, 8, 7] }] });
  });

  it('uses round gridline steps', () => {
    expect([0, 3, 10, 42, 99, 1234].map(niceStep)).toEqual([1, 1, 5, 20, 50, 500]);
  });

  it('renders a real PNG of the expected size, the same bytes every time', () => {
    const svg = chartSvg(input());
    const png = svgToPng(svg);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(pngSize(png)).toEqual({ width: CHART_WIDTH, height: CHART_HEIGHT });
    expect(png.length).toBeGreaterThan(10_000);
    expect(svgToPng(svg).equals(png)).toBe(true);
  });

  it('draws text with the bundled font alone (system fonts off)', () => {
    const frame = (body: string) => `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="60"><rect width="200" height="60" fill="#fff"/>${body}</svg>`;
    const withText = frame('<text x="10" y="40" font-size="24" font-family="DejaVu Sans">Perù àèìòù €</text>');
    const blank = svgToPng(frame(''));
    // With the bundled font the text is drawn; without any font it would vanish.
    expect(svgToPng(withText).equals(blank)).toBe(false);
    expect(svgToPng(withText, '/nonexistent/font.ttf').equals(blank)).toBe(true);
  });
});
