// The reports page: a date range, the totals, bar charts of the series, status, channel and CSAT,
// and a table per agent (the report query, src/reports/).
import type { KefuClient } from '../../create-kefu-client.ts';
import { ConsoleReportDocument, type ConsoleReportFiguresFragment, type ConsoleReportQuery, type ReportInterval } from '../../generated/graphql.ts';
import { describeError } from '../../kefu-client-error.ts';
import { h, replaceChildren } from '../../ui/create-element.ts';
import type { Locale } from '../../ui/translate.ts';
import type { AdminTranslate } from './admin-text.ts';
import { createBarChart } from './bar-chart.ts';

const DAY_MS = 86_400_000;
const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** "1 h 05 min", "42 s": durations as people read them. */
export function formatDuration(seconds: number | null | undefined): string {
  if (seconds === null || seconds === undefined) return '–';
  if (seconds < 60) return `${Math.round(seconds)} s`;
  if (seconds < 3600) return `${Math.round(seconds / 60)} min`;
  return `${Math.floor(seconds / 3600)} h ${String(Math.round((seconds % 3600) / 60)).padStart(2, '0')} min`;
}

export function createReportsPage(deps: { client: KefuClient; t: AdminTranslate; locale: Locale }): { element: HTMLElement; load(): void } {
  const { t } = deps;
  const today = new Date();
  const from = h('input', { type: 'date', name: 'from', value: isoDay(new Date(today.getTime() - 13 * DAY_MS)), 'aria-label': t('from') });
  const to = h('input', { type: 'date', name: 'to', value: isoDay(today), 'aria-label': t('to') });
  const interval = h('select', { name: 'interval', 'aria-label': t('interval') }, h('option', { value: 'DAY' }, t('byDay')), h('option', { value: 'WEEK' }, t('byWeek')));
  const error = h('p', { class: 'error', role: 'alert' });
  const body = h('div', { class: 'report-body', 'aria-live': 'polite' });
  const form = h('form', { class: 'toolbar' }, h('label', {}, t('from'), ' ', from), h('label', {}, t('to'), ' ', to), interval, h('button', { type: 'submit', class: 'primary' }, t('show')));
  const element = h('section', { class: 'page reports', 'aria-labelledby': 'reports-title' }, h('h2', { id: 'reports-title' }, t('reports')), form, error, body);

  // A refused range leaves no figures on screen: the last report's would read as the answer.
  const fail = (text: string) => {
    error.textContent = text;
    replaceChildren(body);
  };
  const load = () => {
    error.textContent = '';
    // A cleared date input has an empty value; the end day is included: the range runs to the next midnight (UTC).
    if (!from.value || !to.value || from.value > to.value) return fail(t('pickRange'));
    const input = { from: `${from.value}T00:00:00Z`, to: new Date(Date.parse(`${to.value}T00:00:00Z`) + DAY_MS).toISOString(), interval: interval.value as ReportInterval };
    deps.client.request(ConsoleReportDocument, { input }).then(({ report }) => render(report), (failure: unknown) => fail(describeError(failure, deps.locale)));
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    load();
  });

  const card = (label: string, value: string, detail?: string) => h('div', { class: 'card' }, h('div', { class: 'card-label' }, label), h('div', { class: 'card-value', 'data-figure': label }, value), detail ? h('div', { class: 'card-detail' }, detail) : null);
  const csat = (f: ConsoleReportFiguresFragment) => (f.csatAverage === null || f.csatAverage === undefined ? '–' : f.csatAverage.toFixed(2));

  function render(report: ConsoleReportQuery['report']) {
    const { totals } = report;
    const periodLabel = (start: string) => start.slice(5, 10);
    replaceChildren(
      body,
      h(
        'div',
        { class: 'cards' },
        card(t('conversations'), String(totals.conversations)),
        card(t('firstResponse'), formatDuration(totals.firstResponseAverageSeconds), t('measured', { n: totals.firstResponseCount })),
        card(t('resolution'), formatDuration(totals.resolutionAverageSeconds), t('measured', { n: totals.resolvedCount })),
        card(t('csat'), csat(totals), t('ratings', { n: totals.csatCount })),
      ),
      h(
        'div',
        { class: 'charts' },
        createBarChart(t('conversationsOverTime'), report.periods.map((p) => ({ label: periodLabel(String(p.start)), value: p.figures.conversations }))),
        createBarChart(t('firstResponseOverTime'), report.periods.map((p) => ({ label: periodLabel(String(p.start)), value: p.figures.firstResponseAverageSeconds ?? 0 })), formatDuration),
        createBarChart(t('byStatus'), report.byStatus.map((s) => ({ label: t(s.status), value: s.count }))),
        createBarChart(t('byChannel'), report.byChannel.map((c) => ({ label: t(c.channel), value: c.count }))),
        createBarChart(t('csatDistribution'), report.csatDistribution.map((s) => ({ label: '★'.repeat(s.score), value: s.count }))),
      ),
      h('h3', {}, t('perAgent')),
      h(
        'div',
        { class: 'table-wrap' },
        h(
          'table',
          { class: 'agents-table' },
          h('thead', {}, h('tr', {}, ...[t('agent'), t('conversations'), t('firstResponse'), t('resolution'), t('csat')].map((label) => h('th', { scope: 'col' }, label)))),
          h(
            'tbody',
            {},
            ...(report.agents.length === 0
              ? [h('tr', {}, h('td', { colspan: 5 }, t('nothingYet')))]
              : report.agents.map((a) =>
                  h('tr', {}, h('th', { scope: 'row' }, a.name), h('td', {}, String(a.figures.conversations)), h('td', {}, formatDuration(a.figures.firstResponseAverageSeconds)), h('td', {}, formatDuration(a.figures.resolutionAverageSeconds)), h('td', {}, csat(a.figures))),
                )),
          ),
        ),
      ),
    );
  }
  return { element, load };
}
