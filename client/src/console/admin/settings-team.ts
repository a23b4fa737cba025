// Settings › Team: agents (invite, deactivate / reactivate, password reset link), departments,
// canned replies and API keys. Secrets (a new key, a reset link) are shown once, here.
import type { KefuClient } from '../../create-kefu-client.ts';
import {
  ConsoleApiKeysDocument,
  ConsoleCreateAgentDocument,
  ConsoleCreateApiKeyDocument,
  ConsoleCreateDepartmentDocument,
  ConsoleDeactivateAgentDocument,
  ConsoleDeleteCannedReplyDocument,
  ConsoleIssuePasswordResetDocument,
  ConsoleReactivateAgentDocument,
  ConsoleRevokeApiKeyDocument,
  ConsoleSaveCannedReplyDocument,
  ConsoleTeamDocument,
  type AgentRole,
  type ApiKeyRole,
} from '../../generated/graphql.ts';
import { h, replaceChildren } from '../../ui/create-element.ts';
import type { AdminTranslate } from './admin-text.ts';
import { field } from './form-field.ts';

type Deps = { client: KefuClient; t: AdminTranslate; onError(error: unknown): void };

/** A form whose submit runs `save`, then clears the form and reloads the page's data. */
function formFor(name: string, deps: Deps, controls: HTMLElement[], save: () => Promise<unknown>, reload: () => void): HTMLFormElement {
  const form = h('form', { class: 'row wrap', 'data-form': name }, ...controls, h('button', { type: 'submit', class: 'primary' }, deps.t('add')));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    save().then(() => {
      form.reset();
      reload();
    }, deps.onError);
  });
  return form;
}

export function createTeamSettings(deps: Deps): { element: HTMLElement; load(): void } {
  const { client, t } = deps;
  const agents = h('ul', { class: 'rows', 'data-list': 'agents' });
  const departments = h('ul', { class: 'rows' });
  const canned = h('ul', { class: 'rows' });
  const keys = h('ul', { class: 'rows' });
  const secret = h('p', { class: 'secret', role: 'status', hidden: true });
  const showSecret = (text: string) => {
    secret.hidden = false;
    secret.textContent = text;
    // Shown once: the form that made it may be far below, so the secret comes into view.
    secret.scrollIntoView({ block: 'nearest' });
  };

  const email = h('input', { type: 'email', name: 'agent-email', required: true });
  const name = h('input', { name: 'agent-name', required: true });
  const password = h('input', { type: 'password', name: 'agent-password', required: true, minlength: 10, autocomplete: 'new-password' });
  const role = h('select', { name: 'agent-role' }, ...['AGENT', 'ADMIN'].map((r) => h('option', { value: r }, t(r as 'AGENT'))));
  const invite = formFor('invite', deps, [field(t('email'), email), field(t('name'), name), field(t('initialPassword'), password), field(t('role'), role)], () =>
    client.request(ConsoleCreateAgentDocument, { input: { email: email.value, name: name.value, password: password.value, role: role.value as AgentRole } }), load);

  const departmentName = h('input', { name: 'department-name', required: true, maxlength: 100 });
  const newDepartment = formFor('department', deps, [field(t('name'), departmentName)], () => client.request(ConsoleCreateDepartmentDocument, { input: { name: departmentName.value } }), load);

  const shortcut = h('input', { name: 'shortcut', required: true, maxlength: 50 });
  const cannedBody = h('textarea', { name: 'canned-body', required: true, rows: 2 });
  const newCanned = formFor('canned', deps, [field(t('shortcut'), shortcut), field(t('replyText'), cannedBody)], () => client.request(ConsoleSaveCannedReplyDocument, { input: { shortcut: shortcut.value, body: cannedBody.value } }), load);

  const keyName = h('input', { name: 'key-name', required: true });
  const keyRole = h('select', { name: 'key-role' }, h('option', { value: 'BOT' }, 'BOT'), h('option', { value: 'ADMIN' }, 'ADMIN'));
  const newKey = formFor('api-key', deps, [field(t('name'), keyName), field(t('role'), keyRole)], () =>
    client.request(ConsoleCreateApiKeyDocument, { input: { name: keyName.value, role: keyRole.value as ApiKeyRole } }).then(({ createApiKey }) => showSecret(t('keyOnce', { token: createApiKey.token }))), load);

  const button = (label: string, run: () => Promise<unknown>) => h('button', { type: 'button', onclick: () => void run().then(load, deps.onError) }, label);

  function load() {
    Promise.all([client.request(ConsoleTeamDocument, {}), client.request(ConsoleApiKeysDocument, {})]).then(([team, { apiKeys }]) => {
      replaceChildren(
        agents,
        ...team.agents.edges.map(({ node: a }) =>
          h(
            'li',
            { 'data-agent': a.email },
            h('div', { class: 'grow' }, h('strong', {}, a.name), ' ', h('span', { class: 'muted' }, `${a.email} · ${t(a.role)}${a.deactivatedAt ? ` · ${t('deactivated')}` : ''}`)),
            a.role === 'OWNER'
              ? null
              : a.deactivatedAt
                ? button(t('reactivate'), () => client.request(ConsoleReactivateAgentDocument, { input: { agentId: a.id } }))
                : button(t('deactivate'), () => client.request(ConsoleDeactivateAgentDocument, { input: { agentId: a.id } })),
            button(t('resetPassword'), () =>
              client.request(ConsoleIssuePasswordResetDocument, { input: { agentId: a.id } }).then(({ issuePasswordReset }) => showSecret(t('resetOnce', { token: issuePasswordReset.token, time: new Date(String(issuePasswordReset.expiresAt)).toLocaleString() })))),
          ),
        ),
      );
      replaceChildren(departments, ...team.departments.map((d) => h('li', {}, h('strong', {}, d.name), ' ', h('span', { class: 'muted' }, d.members.map((m) => m.name).join(', ') || t('noMembers')))));
      replaceChildren(canned, ...team.cannedReplies.map((c) => h('li', {}, h('div', { class: 'grow' }, h('strong', {}, `/${c.shortcut}`), ' ', h('span', { class: 'muted' }, c.body)), button(t('delete'), () => client.request(ConsoleDeleteCannedReplyDocument, { input: { id: c.id } })))));
      replaceChildren(
        keys,
        ...apiKeys.edges.map(({ node: k }) =>
          h('li', {}, h('div', { class: 'grow' }, h('strong', {}, k.name), ' ', h('span', { class: 'muted' }, `${k.prefix}… · ${k.role}${k.revokedAt ? ` · ${t('revoked')}` : ''}`)), k.revokedAt ? null : button(t('revoke'), () => client.request(ConsoleRevokeApiKeyDocument, { input: { id: k.id } }))),
        ),
      );
    }, deps.onError);
  }

  const section = (id: string, title: string, ...children: HTMLElement[]) => h('section', { class: 'settings-section', 'aria-labelledby': id }, h('h3', { id }, title), ...children);
  const element = h(
    'div',
    {},
    secret,
    section('agents-title', t('agents'), agents, invite),
    section('departments-title', t('departments'), departments, newDepartment),
    section('canned-title', t('cannedReplies'), canned, newCanned),
    section('keys-title', t('apiKeys'), keys, newKey),
  );
  return { element, load };
}
