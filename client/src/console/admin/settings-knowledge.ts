// Settings › Knowledge base: the workspace's questions and answers, an import of rows pasted from
// a spreadsheet (importKnowledgeEntries), and a "test a question" box that asks botPreview what
// the bot would answer now, with the saved entries.
import type { KefuClient } from '../../create-kefu-client.ts';
import { KefuClientError } from '../../kefu-client-error.ts';
import { ConsoleDeleteKnowledgeDocument, ConsoleImportKnowledgeDocument, ConsoleKnowledgeDocument, ConsoleSaveKnowledgeDocument, ConsoleTestQuestionDocument, type ConsoleKnowledgeQuery } from '../../generated/graphql.ts';
import { h, replaceChildren } from '../../ui/create-element.ts';
import type { AdminTranslate } from './admin-text.ts';
import { field } from './form-field.ts';
import { parseDelimited } from './parse-delimited.ts';

export interface FaqRow {
  question: string;
  answer: string;
  language: 'zh' | 'en';
  alternates: string[];
}

const HEADER_CELLS = new Set(['question', 'questions', '问题']);

/**
 * Rows copied from a spreadsheet, or CSV text (parse-delimited.ts): question, answer, then
 * optionally the language (zh or en; empty guesses it from the question) and other wordings
 * separated by "|". A header row is skipped, blank rows ignored. `rows` is each entry's row
 * (1-based), `badRow` the first row it cannot read.
 */
export function parseFaqRows(text: string): { entries: FaqRow[]; rows: number[]; badRow?: number } {
  const entries: FaqRow[] = [];
  const rows: number[] = [];
  for (const [i, cells] of parseDelimited(text).entries()) {
    if (cells.every((cell) => cell.trim() === '')) continue;
    const [question = '', answer = '', language = '', alternates = ''] = cells.map((cell) => cell.trim());
    if (entries.length === 0 && HEADER_CELLS.has(question.toLowerCase())) continue;
    const lang = language.toLowerCase();
    const isKnownLanguage = lang === '' || lang === 'zh' || lang === 'en';
    if (question === '' || answer === '' || !isKnownLanguage) return { entries, rows, badRow: i + 1 };
    rows.push(i + 1);
    entries.push({
      question,
      answer,
      language: lang === 'zh' || lang === 'en' ? lang : /[\u3400-\u9fff]/.test(question) ? 'zh' : 'en',
      alternates: alternates.split('|').map((cell) => cell.trim()).filter(Boolean),
    });
  }
  return { entries, rows };
}

/** The first entry the server refused by its index (`entries.3.question`), and why. */
function refusedEntry(error: unknown): { index: number; message: string } | null {
  if (!(error instanceof KefuClientError) || error.code !== 'BAD_USER_INPUT') return null;
  const issues = (error.errors[0]?.extensions?.issues ?? []) as { path: string; message: string }[];
  for (const { path, message } of issues) {
    const index = /^entries\.(\d+)\./.exec(path)?.[1];
    if (index !== undefined) return { index: Number(index), message };
  }
  return null;
}

export function createKnowledgeSettings(deps: { client: KefuClient; t: AdminTranslate; onError(error: unknown): void }): { element: HTMLElement; load(): void } {
  const { client, t } = deps;
  const list = h('ul', { class: 'rows' });
  const id = h('input', { type: 'hidden', name: 'id' });
  const question = h('input', { name: 'question', required: true, maxlength: 500 });
  const alternates = h('textarea', { name: 'alternates', rows: 2 });
  const answer = h('textarea', { name: 'answer', required: true, rows: 3 });
  const language = h('select', { name: 'language' }, h('option', { value: 'zh' }, '中文'), h('option', { value: 'en' }, 'English'));
  const heading = h('h4', {}, t('addEntry'));
  const cancel = h('button', { type: 'button', hidden: true, onclick: () => reset() }, t('cancel'));
  const form = h(
    'form',
    { class: 'stack', 'data-form': 'knowledge' },
    heading,
    id,
    field(t('question'), question),
    field(t('alternates'), alternates),
    field(t('answer'), answer),
    field(t('language'), language),
    h('div', { class: 'row' }, h('button', { type: 'submit', class: 'primary' }, t('save')), cancel),
  );
  /** Editing an entry (its id in the form) or adding one: the heading and Cancel say which. */
  const setEditing = (entryId: string) => {
    id.value = entryId;
    heading.textContent = t(entryId ? 'editEntry' : 'addEntry');
    cancel.hidden = !entryId;
  };
  const reset = () => {
    form.reset();
    setEditing('');
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const input = {
      ...(id.value ? { id: id.value } : {}),
      question: question.value,
      answer: answer.value,
      language: language.value,
      alternates: alternates.value.split('\n').map((line) => line.trim()).filter(Boolean),
    };
    client.request(ConsoleSaveKnowledgeDocument, { input }).then(() => {
      reset();
      load();
    }, deps.onError);
  });

  const rows = h('textarea', { name: 'import-rows', rows: 5, placeholder: t('importPlaceholder') });
  const replaceAll = h('input', { type: 'checkbox', name: 'replace-all' });
  const importStatus = h('p', { class: 'import-status', role: 'status' });
  const importForm = h(
    'form',
    { class: 'stack', 'data-form': 'knowledge-import' },
    h('h4', {}, t('importEntries')),
    h('p', { class: 'muted' }, t('importHelp')),
    field(t('importRows'), rows),
    field(t('replaceAll'), replaceAll),
    h('button', { type: 'submit' }, t('import')),
  );
  importForm.addEventListener('submit', (event) => {
    event.preventDefault();
    const { entries, rows: rowOf, badRow } = parseFaqRows(rows.value);
    if (badRow !== undefined || entries.length === 0) {
      importStatus.textContent = badRow !== undefined ? t('importBadRow', { row: badRow }) : t('importEmpty');
      return;
    }
    client.request(ConsoleImportKnowledgeDocument, { input: { entries, replaceAll: replaceAll.checked } }).then(({ importKnowledgeEntries: done }) => {
      importStatus.textContent = t('imported', { created: done.created, updated: done.updated, deleted: done.deleted });
      importForm.reset();
      load();
    }, (error: unknown) => {
      const refused = refusedEntry(error);
      if (refused) importStatus.textContent = t('importRefusedRow', { row: rowOf[refused.index] ?? '?', reason: refused.message });
      else deps.onError(error);
    });
  });

  const testText = h('input', { name: 'test-question', placeholder: t('testPlaceholder') });
  const testAnswer = h('div', { class: 'test-answer', role: 'status' });
  const testForm = h('form', { class: 'row', 'data-form': 'test-question' }, field(t('testQuestion'), testText), h('button', { type: 'submit' }, t('ask')));
  testForm.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!testText.value.trim()) return;
    client.request(ConsoleTestQuestionDocument, { text: testText.value }).then(({ botPreview, botSettings }) => {
      replaceChildren(
        testAnswer,
        h('strong', { 'data-result': botPreview.result.__typename }, t(botPreview.result.__typename)),
        ' ',
        h('span', { class: 'test-body' }, botPreview.body),
        // The preview answers either way, so a test while the bot is off does not mislead.
        ...(botSettings.enabled ? [] : [h('p', { class: 'muted', 'data-notice': 'bot-off' }, t('botOffPreview'))]),
      );
    }, deps.onError);
  });

  /** Every entry, a page of 100 at a time (an import takes up to 500, and each must be editable here). */
  async function readAllEntries() {
    const entries = [];
    let after: string | undefined;
    for (;;) {
      const { knowledgeEntries: page }: ConsoleKnowledgeQuery = await client.request(ConsoleKnowledgeDocument, { after });
      entries.push(...page.edges.map((e) => e.node));
      if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) return entries;
      after = page.pageInfo.endCursor;
    }
  }

  function load() {
    readAllEntries().then((entries) => {
      replaceChildren(
        list,
        ...(entries.length === 0
          ? [h('li', {}, t('nothingYet'))]
          : entries.map((entry) =>
              h(
                'li',
                {},
                h('div', { class: 'grow' }, h('strong', {}, entry.question), h('div', { class: 'muted' }, entry.answer)),
                h('button', {
                  type: 'button',
                  onclick: () => {
                    setEditing(entry.id);
                    question.value = entry.question;
                    answer.value = entry.answer;
                    language.value = entry.language;
                    alternates.value = entry.alternates.join('\n');
                    question.focus();
                  },
                }, t('edit')),
                h('button', {
                  type: 'button',
                  onclick: () =>
                    confirm(t('confirmDelete', { question: entry.question })) &&
                    void client.request(ConsoleDeleteKnowledgeDocument, { id: entry.id }).then(() => {
                      // The entry being edited is gone: the form starts a new one instead of saving to it.
                      if (id.value === entry.id) reset();
                      load();
                    }, deps.onError),
                }, t('delete')),
              ),
            )),
      );
    }, deps.onError);
  }

  const element = h('section', { class: 'settings-section', 'aria-labelledby': 'kb-title' }, h('h3', { id: 'kb-title' }, t('knowledge')), testForm, testAnswer, list, form, importForm, importStatus);
  return { element, load };
}
