// Bar charts as inline SVG. Hand-rolled rather than a chart library: the reports need bars only,
// the small libraries draw on canvas (uPlot) or weigh 60–200 KB (Chart.js, ECharts) for one
// console bundle, and SVG keeps the text selectable and readable by screen readers. Each chart
// carries a <title> and a visually hidden table with the same figures.
import { h } from '../../ui/create-element.ts';

const SVG = 'http://www.w3.org/2000/svg';

export interface Bar {
  label: string;
  value: number;
}

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attributes: Record<string, string | number>, text?: string): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  if (text !== undefined) element.textContent = text;
  return element;
}

/** A vertical bar chart that scales to its container's width; `format` writes a value. */
export function createBarChart(title: string, bars: Bar[], format: (value: number) => string = String): HTMLElement {
  const width = Math.max(240, bars.length * 28);
  const height = 160;
  const top = 16;
  const bottom = 22;
  const max = Math.max(1, ...bars.map((b) => b.value));
  const slot = width / Math.max(1, bars.length);
  const chart = svg('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': title, preserveAspectRatio: 'none', class: 'chart-svg' });
  chart.appendChild(svg('title', {}, title));
  bars.forEach((bar, i) => {
    const barHeight = ((height - top - bottom) * bar.value) / max;
    const x = i * slot + slot * 0.15;
    const y = height - bottom - barHeight;
    const rect = svg('rect', { x, y, width: slot * 0.7, height: Math.max(barHeight, bar.value > 0 ? 1 : 0), rx: 2, class: 'bar' });
    rect.appendChild(svg('title', {}, `${bar.label}: ${format(bar.value)}`));
    chart.appendChild(rect);
    if (bar.value > 0) chart.appendChild(svg('text', { x: x + slot * 0.35, y: y - 3, 'text-anchor': 'middle', class: 'bar-value' }, format(bar.value)));
    // Every label when they fit, else every few, so dates do not overlap.
    const every = Math.ceil(bars.length / 12);
    if (i % every === 0) chart.appendChild(svg('text', { x: x + slot * 0.35, y: height - 6, 'text-anchor': 'middle', class: 'bar-label' }, bar.label));
  });
  // Hidden in a div: a table ignores the 1 px height, and a long one stretched the page's scroll area.
  const table = h(
    'div',
    { class: 'visually-hidden' },
    h('table', {}, h('caption', {}, title), ...bars.map((bar) => h('tr', {}, h('th', { scope: 'row' }, bar.label), h('td', {}, format(bar.value))))),
  );
  const figure = h('figure', { class: 'chart' }, h('figcaption', {}, title), table);
  figure.insertBefore(chart, table);
  return figure;
}
