// Checks what a plugin declared (name, order, settings, hook names), in one place for Lua and JS,
// so a typo in a hook name fails the load with a message instead of silently never running.
import { z } from 'zod';
import { HOOK_NAMES, type HookName } from './plugin-api.ts';
import type { PluginManifest } from './plugin-runtime.ts';

const settingSpecSchema = z
  .object({
    type: z.enum(['string', 'number', 'boolean', 'list']),
    default: z.union([z.string(), z.number(), z.boolean(), z.array(z.string())]).optional(),
    description: z.string().max(500).optional(),
    choices: z.array(z.string()).optional(),
  })
  .strict();

const manifestSchema = z
  .object({
    name: z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'name must be lower-case letters, digits and dashes (and equal its folder name)'),
    version: z.string().max(50).optional(),
    description: z.string().max(500).optional(),
    order: z.number().int().min(0).max(10_000).optional(),
    settings: z.record(z.string().regex(/^[A-Za-z][A-Za-z0-9_]*$/), settingSpecSchema).optional(),
    hooks: z.array(z.string()),
  })
  .strict();

/** Lua tables arrive as objects with numeric keys, or as arrays; both become arrays. */
export function toList(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  if (value && typeof value === 'object') {
    return Object.entries(value)
      .sort(([a], [b]) => Number(a) - Number(b))
      .map(([, v]) => v);
  }
  return [];
}

export function validateManifest(raw: Record<string, unknown>, folder: string): PluginManifest {
  const settings = raw.settings && typeof raw.settings === 'object' ? Object.fromEntries(Object.entries(raw.settings).map(([k, v]) => [k, normalizeSpec(v)])) : raw.settings;
  const parsed = manifestSchema.safeParse({ ...raw, settings: Object.keys(settings ?? {}).length === 0 ? undefined : settings });
  if (!parsed.success) throw new Error(`invalid plugin definition: ${parsed.error.issues.map((i) => `${i.path.join('.') || 'plugin'}: ${i.message}`).join('; ')}`);
  const manifest = parsed.data;
  if (manifest.name !== folder) throw new Error(`the plugin is named ${JSON.stringify(manifest.name)} but its folder is ${JSON.stringify(folder)}; make them equal`);
  const unknown = manifest.hooks.filter((h) => !(HOOK_NAMES as readonly string[]).includes(h));
  if (unknown.length > 0) throw new Error(`unknown hook ${unknown.map((h) => JSON.stringify(h)).join(', ')}; hooks are ${HOOK_NAMES.join(', ')}`);
  if (manifest.hooks.length === 0) throw new Error(`the plugin declares no hooks; give it a hooks table with one of ${HOOK_NAMES.join(', ')}`);
  for (const [key, spec] of Object.entries(manifest.settings ?? {})) {
    if (spec.default !== undefined && !fitsType(spec.default, spec.type)) throw new Error(`setting ${key}: default does not match type ${spec.type}`);
  }
  return { ...manifest, hooks: manifest.hooks as HookName[] };
}

function normalizeSpec(value: unknown): unknown {
  if (!value || typeof value !== 'object') return value;
  const spec = value as Record<string, unknown>;
  return { ...spec, ...(spec.type === 'list' && spec.default !== undefined ? { default: toList(spec.default) } : {}), ...(spec.choices !== undefined ? { choices: toList(spec.choices) } : {}) };
}

export function fitsType(value: unknown, type: string): boolean {
  if (type === 'list') return Array.isArray(value) && value.every((v) => typeof v === 'string');
  return typeof value === type;
}
