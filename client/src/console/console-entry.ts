// The browser entry of /console.js: sign in (token kept in localStorage), then the console.
import { createKefuClient } from '../create-kefu-client.ts';
import { ConsoleResetPasswordDocument, SignInDocument } from '../generated/graphql.ts';
import { describeError, KefuClientError } from '../kefu-client-error.ts';
import { h, replaceChildren } from '../ui/create-element.ts';
import { pickLocale } from '../ui/translate.ts';
import { createConsoleTranslator } from './console-text.ts';
import { startConsole } from './start-console.ts';
import { workspaceChoiceLabels, type WorkspaceChoice } from './workspace-choice-labels.ts';

const TOKEN_KEY = 'kefu:console:token';
const root = document.getElementById('kefu-console')!;
const graphqlPath = document.querySelector<HTMLMetaElement>('meta[name="kefu-graphql-path"]')?.content || '/graphql';
const graphqlUrl = new URL(graphqlPath, location.href).href;
const locale = pickLocale(undefined, navigator.languages);
const t = createConsoleTranslator(locale);
// console.html says zh-CN; a screen reader reads the English console with a Chinese voice unless told.
document.documentElement.lang = locale === 'zh' ? 'zh-CN' : 'en';

/** An agent with a reset token from an admin (Settings › Team) sets a new password, then signs in. */
function showResetPassword(): void {
  const token = h('input', { name: 'reset-token', placeholder: t('resetToken'), 'aria-label': t('resetToken'), required: true, autocomplete: 'off' });
  const password = h('input', { type: 'password', name: 'new-password', placeholder: t('newPassword'), 'aria-label': t('newPassword'), required: true, minlength: 10, autocomplete: 'new-password' });
  const error = h('div', { class: 'error', role: 'alert' });
  const back = h('button', { type: 'button', class: 'link', onclick: () => showSignIn() }, t('backToSignIn'));
  const form = h('form', { class: 'sign-in', 'data-form': 'reset-password' }, h('h1', {}, 'Kefu'), token, password, error, h('button', { class: 'primary', type: 'submit' }, t('setPassword')), back);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const anonymous = createKefuClient({ url: graphqlUrl });
    anonymous
      .request(ConsoleResetPasswordDocument, { input: { token: token.value.trim(), newPassword: password.value } })
      .then(() => showSignIn({ notice: t('passwordSet') }), (failure: unknown) => (error.textContent = describeError(failure, locale)))
      .finally(() => void anonymous.close());
  });
  replaceChildren(root, form);
  token.focus();
}

function showSignIn(prefill: { notice?: string } = {}): void {
  const email = h('input', { type: 'email', name: 'email', placeholder: t('email'), 'aria-label': t('email'), required: true, autocomplete: 'username' });
  const password = h('input', { type: 'password', name: 'password', placeholder: t('password'), 'aria-label': t('password'), required: true, autocomplete: 'current-password' });
  const error = h('div', { class: 'error', role: 'alert' });
  // Shown only when one email and password open several workspaces (agent emails are per workspace).
  const workspace = h('select', { name: 'workspace', 'aria-label': t('workspace'), hidden: true });
  const notice = h('p', { class: 'notice', role: 'status' }, prefill.notice ?? '');
  const toReset = h('button', { type: 'button', class: 'link', 'data-action': 'reset-password', onclick: () => showResetPassword() }, t('haveResetToken'));
  const form = h('form', { class: 'sign-in' }, h('h1', {}, 'Kefu'), notice, email, password, workspace, error, h('button', { class: 'primary', type: 'submit' }, t('signIn')), toReset);
  const offerWorkspaces = (failure: unknown): boolean => {
    const choices = failure instanceof KefuClientError ? failure.errors[0]?.extensions?.workspaces : undefined;
    if (!Array.isArray(choices)) return false;
    replaceChildren(workspace, ...workspaceChoiceLabels(choices as WorkspaceChoice[], locale).map(({ id, label }) => h('option', { value: id }, label)));
    workspace.hidden = false;
    error.textContent = t('chooseWorkspace');
    return true;
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const anonymous = createKefuClient({ url: graphqlUrl });
    anonymous
      .request(SignInDocument, { input: { email: email.value.trim(), password: password.value, ...(workspace.hidden ? {} : { workspaceId: workspace.value }) } })
      .then(({ signIn }) => {
        localStorage.setItem(TOKEN_KEY, signIn.token);
        start(signIn.token);
      }, (failure: unknown) => offerWorkspaces(failure) || (error.textContent = describeError(failure, locale)))
      .finally(() => void anonymous.close());
  });
  replaceChildren(root, form);
  email.focus();
}

function start(token: string): void {
  const signOut = (reason?: 'ended') => {
    localStorage.removeItem(TOKEN_KEY);
    showSignIn(reason === 'ended' ? { notice: t('sessionEnded') } : {});
  };
  startConsole({ graphqlUrl, token, locale, t, root, onSignOut: signOut }).catch((failure: unknown) => {
    // Only a refused token ends the session: a server that cannot be reached (restarting, the
    // network down) keeps it, and the agent tries again without signing in.
    if (failure instanceof KefuClientError && failure.isRetryable) showUnreachable(token, failure);
    else signOut('ended');
  });
}

/** The console could not load: says why and offers to try again with the same session. */
function showUnreachable(token: string, failure: KefuClientError): void {
  const retry = h('button', { class: 'primary', type: 'button', onclick: () => start(token) }, t('tryAgain'));
  replaceChildren(root, h('div', { class: 'sign-in', 'data-form': 'unreachable' }, h('h1', {}, 'Kefu'), h('div', { class: 'error', role: 'alert' }, describeError(failure, locale)), retry));
  retry.focus();
  // The error text promises a retry once the network is back.
  window.addEventListener('online', () => root.contains(retry) && start(token), { once: true });
}

const saved = localStorage.getItem(TOKEN_KEY);
if (saved) start(saved);
else showSignIn();
