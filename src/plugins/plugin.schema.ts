// GraphQL of the plugin system (admins only): what this server loaded, why a load failed, and
// each workspace's switches and settings.
import { builder } from '../graphql/builder.ts';
import { HOOK_NAMES, type SettingSpec } from './plugin-api.ts';
import type { PluginStatus } from './plugin-registry.ts';
import { configurePlugin } from './configure-plugin.ts';
import { settingsWithDefaults } from './workspace-plugins.ts';

const PluginLanguageEnum = builder.enumType('PluginLanguage', {
  description: 'What a plugin is written in.',
  values: { LUA: { description: 'plugin.lua, run in a Lua 5.4 VM in WebAssembly.' }, JAVASCRIPT: { description: 'plugin.js or plugin.mjs, an ES module.' }, TYPESCRIPT: { description: 'plugin.ts, an ES module.' } },
});

const PluginSettingRef = builder.objectRef<SettingSpec & { key: string }>('PluginSetting').implement({
  description: 'A setting a plugin declares.',
  fields: (t) => ({
    key: t.exposeString('key', { description: 'Name in the settings object.' }),
    type: t.exposeString('type', { description: 'string, number, boolean or list (of strings).' }),
    description: t.string({ nullable: true, description: 'What it does.', resolve: (s) => s.description ?? null }),
    choices: t.stringList({ nullable: true, description: 'Allowed values of a string setting.', resolve: (s) => s.choices ?? null }),
    default: t.field({ type: 'JSON', nullable: true, description: 'Value when the workspace sets none.', resolve: (s) => s.default ?? null }),
  }),
});

const PluginRef = builder.objectRef<PluginStatus>('Plugin').implement({
  description: 'A plugin found in the plugins folder of the server that answered (every server process loads the same folder).',
  fields: (t) => ({
    name: t.exposeString('name', { description: 'Its folder name.' }),
    language: t.field({ type: PluginLanguageEnum, nullable: true, description: 'Null while no version has loaded.', resolve: (p) => p.language }),
    version: t.string({ nullable: true, description: 'Version the running plugin declares.', resolve: (p) => p.runtime?.manifest.version ?? null }),
    description: t.string({ nullable: true, description: 'What the running plugin says it does.', resolve: (p) => p.runtime?.manifest.description ?? null }),
    order: t.int({ description: 'Plugins run in ascending order, then by name.', resolve: (p) => p.runtime?.manifest.order ?? 100 }),
    hooks: t.stringList({ description: `Hooks it declares: ${HOOK_NAMES.join(', ')}.`, resolve: (p) => p.runtime?.manifest.hooks ?? [] }),
    isRunning: t.boolean({ description: 'A version of the plugin is loaded and runs where enabled.', resolve: (p) => p.runtime !== null }),
    loadedAt: t.field({ type: 'DateTime', nullable: true, description: 'When the running version was loaded.', resolve: (p) => p.loadedAt }),
    loadError: t.string({ nullable: true, description: 'Why the plugin’s current files failed to load; the previous version, if any, keeps running.', resolve: (p) => p.loadError }),
    failedAt: t.field({ type: 'DateTime', nullable: true, description: 'When that load failed.', resolve: (p) => p.failedAt }),
    settingsSchema: t.field({
      type: [PluginSettingRef],
      description: 'The settings it declares.',
      resolve: (p) => Object.entries(p.runtime?.manifest.settings ?? {}).map(([key, spec]) => ({ key, ...spec })),
    }),
    enabled: t.boolean({
      description: 'Whether it runs in your workspace.',
      resolve: async (p, _args, ctx) => (await ctx.deps.plugins.workspaces.get(ctx.principal!.workspaceId)).get(p.name)?.enabled ?? false,
    }),
    settings: t.field({
      type: 'JSON',
      description: 'Your workspace’s settings, defaults filled in.',
      resolve: async (p, _args, ctx) => settingsWithDefaults(p.runtime?.manifest.settings, (await ctx.deps.plugins.workspaces.get(ctx.principal!.workspaceId)).get(p.name)?.settings ?? {}),
    }),
  }),
});

builder.queryField('plugins', (t) =>
  t.field({
    type: [PluginRef],
    description: 'Admins: every plugin in the server’s plugins folder, in run order, with load errors and your workspace’s switches.',
    authScopes: { admin: true },
    resolve: (_root, _args, ctx) => ctx.deps.plugins.registry.list(),
  }),
);

const ConfigurePluginInput = builder.inputType('ConfigurePluginInput', {
  description: 'Input of configurePlugin. Omitted fields keep their value.',
  fields: (t) => ({
    name: t.string({ required: true, description: 'The plugin’s name (its folder).' }),
    enabled: t.boolean({ description: 'Run it in this workspace.' }),
    settings: t.field({ type: 'JSON', description: 'Settings to change, by key; each is checked against the type the plugin declares.' }),
  }),
});

const ConfigurePluginPayload = builder.objectRef<{ plugin: PluginStatus }>('ConfigurePluginPayload').implement({
  description: 'Result of configurePlugin.',
  fields: (t) => ({ plugin: t.field({ type: PluginRef, description: 'The plugin, as your workspace now has it.', resolve: (p) => p.plugin }) }),
});

builder.mutationField('configurePlugin', (t) =>
  t.field({
    type: ConfigurePluginPayload,
    description: 'Admins: switch a plugin on or off in your workspace and set its settings. Every server process picks the change up at once.',
    authScopes: { admin: true },
    args: { input: t.arg({ type: ConfigurePluginInput, required: true }) },
    resolve: async (_root, { input }, ctx) => ({
      plugin: await configurePlugin(ctx.deps, ctx.principal, { name: input.name, ...(input.enabled != null ? { enabled: input.enabled } : {}), ...(input.settings != null ? { settings: input.settings } : {}) }),
    }),
  }),
);
