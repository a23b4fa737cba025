// Settings › Knowledge base: the workspace's questions and answers, and a "test a question" box
// that asks botPreview what the bot would answer now, with the saved entries.
import type { KefuClient } from '../../create-kefu-client.ts';
import { ConsoleDeleteKnowledgeDocument, ConsoleKnowledgeDocument, ConsoleSaveKnowledgeDocument, ConsoleTestQuestionDocument } from '../../generated/graphql.ts';
import { h, replaceChildren } from '../../ui/create-element.ts';
import type { AdminTranslate } from './admin-text.ts';
import { field } from './form-field.ts';

export function createKnowledgeSettings(deps: { client: KefuClient; t: AdminTranslate; onError(error: unknown): void }): { element: HTMLElement; load(): void } {
  const { client, t } = deps;
  const list = h('ul', { class: 'rows' });
  const id = h('input', { type: 'hidden', name: 'id' });
  const question = h('input', { name: 'question', required: true, maxlength: 500 });
  const alternates = h('textarea', { name: 'alternates', rows: 2 });
  const answer = h('textarea', { name: 'answer', required: true, rows: 3 });
  const language = h('select', { name: 'language' }, h('option', { value: 'zh' }, '中文'), h('option', { value: 'en' }, 'English'));
  const form = h(
    'form',
    { class: 'stack', 'data-form': 'knowledge' },
    h('h4', {}, t('addEntry')),
    id,
    field(t('question'), question),
    field(t('alternates'), alternates),
    field(t('answer'), answer),
    field(t('language'), language),
    h('button', { type: 'submit', class: 'primary' }, t('save')),
  );
  const reset = () => {
    form.reset();
    id.value = '';
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

  const testText = h('input', { name: 'test-question', placeholder: t('testPlaceholder') });
  const testAnswer = h('div', { class: 'test-answer', role: 'status' });
  const testForm = h('form', { class: 'row', 'data-form': 'test-question' }, field(t('testQuestion'), testText), h('button', { type: 'submit' }, t('ask')));
  testForm.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!testText.value.trim()) return;
    client.request(ConsoleTestQuestionDocument, { text: testText.value }).then(({ botPreview }) => {
      replaceChildren(testAnswer, h('strong', { 'data-result': botPreview.result.__typename }, t(botPreview.result.__typename)), ' ', h('span', { class: 'test-body' }, botPreview.body));
    }, deps.onError);
  });

  function load() {
    client.request(ConsoleKnowledgeDocument, {}).then(({ knowledgeEntries }) => {
      const entries = knowledgeEntries.edges.map((e) => e.node);
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
                    id.value = entry.id;
                    question.value = entry.question;
                    answer.value = entry.answer;
                    language.value = entry.language;
                    alternates.value = entry.alternates.join('\n');
                    question.focus();
                  },
                }, t('edit')),
                h('button', { type: 'button', onclick: () => void client.request(ConsoleDeleteKnowledgeDocument, { id: entry.id }).then(load, deps.onError) }, t('delete')),
              ),
            )),
      );
    }, deps.onError);
  }

  const element = h('section', { class: 'settings-section', 'aria-labelledby': 'kb-title' }, h('h3', { id: 'kb-title' }, t('knowledge')), testForm, testAnswer, list, form);
  return { element, load };
}
