// The browser entry of widget.js: <script src="https://kefu.example.com/widget.js" data-workspace="WIDGET_KEY">.
// Optional: data-prechat="name,email,phone", data-locale="zh-CN", data-graphql-path="/graphql", and for
// a signed-in user of your site data-external-id="USER_ID" data-identity-hash="HMAC from your server".
import { mountWidget } from './mount-widget.ts';
import { pickLocale } from '../ui/translate.ts';
import type { PrechatField } from './widget-view.ts';

const PRECHAT_FIELDS: readonly PrechatField[] = ['name', 'email', 'phone'];

function startFromScriptTag(script: HTMLScriptElement | null): void {
  const widgetKey = script?.dataset.workspace;
  if (!script || !widgetKey) throw new Error('Kefu widget: add data-workspace="<widget key>" to the <script> tag (the key is in the workspace settings, or printed by `kefu demo`).');
  const graphqlUrl = new URL(script.dataset.graphqlPath ?? '/graphql', script.src).href;
  const prechatFields = (script.dataset.prechat ?? '')
    .split(',')
    .map((field) => field.trim())
    .filter((field): field is PrechatField => (PRECHAT_FIELDS as readonly string[]).includes(field));
  const { externalId, identityHash } = script.dataset;
  const identity = externalId && identityHash ? { externalId, identityHash } : undefined;
  const mount = () => mountWidget({ graphqlUrl, widgetKey, prechatFields, identity, locale: pickLocale(script.dataset.locale, navigator.languages), storage: localStorage });
  if (document.body) mount();
  else document.addEventListener('DOMContentLoaded', mount, { once: true });
}

startFromScriptTag(document.currentScript as HTMLScriptElement | null);
