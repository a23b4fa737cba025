// configurePlugin: an admin switches a plugin on or off in their workspace and sets its settings,
// checked against the types the plugin declared.
import { z } from 'zod';
import { requireAdmin } from '../auth/access.ts';
import type { Principal } from '../auth/principal.ts';
import type { Deps } from '../deps.ts';
import { KefuError } from '../errors.ts';
import { topics } from '../events/topics.ts';
import type { Prisma } from '../storage/models.ts';
import { parseInput } from '../validation.ts';
import type { SettingSpec } from './plugin-api.ts';
import type { PluginStatus } from './plugin-registry.ts';
import { fitsType } from './validate-manifest.ts';

function settingsSchema(name: string, specs: Record<string, SettingSpec>) {
  const shape = Object.fromEntries(
    Object.entries(specs).map(([key, spec]) => [
      key,
      z
        .unknown()
        .refine((v) => fitsType(v, spec.type), `${key} must be a ${spec.type === 'list' ? 'list of strings' : spec.type}`)
        .refine((v) => !spec.choices || spec.choices.includes(v as string), `${key} must be one of ${spec.choices?.join(', ')}`)
        .optional(),
    ]),
  );
  return z.object(shape).strict(`${name} has no such setting; its settings are ${Object.keys(specs).join(', ') || 'none'}`);
}

/** Admins: switches a plugin on or off in their workspace and sets its settings (omitted keys keep their value). */
export async function configurePlugin(deps: Deps, principal: Principal | null, input: unknown): Promise<PluginStatus> {
  const admin = requireAdmin(principal);
  const data = parseInput(z.object({ name: z.string().min(1).max(63), enabled: z.boolean().optional(), settings: z.record(z.unknown()).optional() }), input);
  const status = deps.plugins.registry.list().find((p) => p.name === data.name);
  if (!status?.runtime) throw new KefuError('NOT_FOUND', `No plugin named ${JSON.stringify(data.name)} is loaded on this server; the plugins query lists those that are.`);
  const current = (await deps.plugins.workspaces.get(admin.workspaceId)).get(data.name);
  const settings = data.settings === undefined ? undefined : parseInput(settingsSchema(data.name, status.runtime.manifest.settings ?? {}), data.settings);
  const merged = { ...(current?.settings ?? {}), ...(settings ?? {}) } as Prisma.InputJsonValue;
  await deps.db.workspacePlugin.upsert({
    where: { workspaceId_name: { workspaceId: admin.workspaceId, name: data.name } },
    create: { workspaceId: admin.workspaceId, name: data.name, enabled: data.enabled ?? false, settings: merged },
    update: { ...(data.enabled !== undefined ? { enabled: data.enabled } : {}), settings: merged },
  });
  deps.plugins.workspaces.invalidate(admin.workspaceId);
  await deps.bus.publish(topics.plugins(), { workspaceId: admin.workspaceId });
  return status;
}
