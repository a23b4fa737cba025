// The settings page for admins: workspace (routing, hours, bot), knowledge base, team.
import type { KefuClient } from '../../create-kefu-client.ts';
import { describeError } from '../../kefu-client-error.ts';
import { h } from '../../ui/create-element.ts';
import type { Locale } from '../../ui/translate.ts';
import type { AdminTranslate } from './admin-text.ts';
import { createKnowledgeSettings } from './settings-knowledge.ts';
import { createTeamSettings } from './settings-team.ts';
import { createWorkspaceSettings } from './settings-workspace.ts';

export function createSettingsPage(deps: { client: KefuClient; t: AdminTranslate; locale: Locale }): { element: HTMLElement; load(): void } {
  const { t } = deps;
  const notice = h('p', { class: 'notice', role: 'status' });
  const onError = (error: unknown) => {
    notice.className = 'notice error';
    notice.textContent = describeError(error, deps.locale);
  };
  const onSaved = () => {
    notice.className = 'notice';
    notice.textContent = t('saved');
  };
  const sections = [
    createWorkspaceSettings({ client: deps.client, t, onError, onSaved }),
    createKnowledgeSettings({ client: deps.client, t, onError }),
    createTeamSettings({ client: deps.client, t, onError }),
  ];
  const element = h('section', { class: 'page settings', 'aria-labelledby': 'settings-title' }, h('h2', { id: 'settings-title' }, t('settings')), notice, ...sections.map((s) => s.element));
  return {
    element,
    load() {
      notice.textContent = '';
      for (const section of sections) section.load();
    },
  };
}
