// Which plugins a workspace has switched on, with its settings. Read on the message path, so each
// process caches a workspace's rows and drops them when any process publishes a change on the
// `plugins` topic (over Redis between machines, over the cluster relay between workers).
import type { Bus } from '../events/bus.ts';
import { topics } from '../events/topics.ts';
import type { Db } from '../storage/open-database.ts';
import type { SettingSpec, SettingsValues } from './plugin-api.ts';

export interface WorkspacePluginState {
  enabled: boolean;
  settings: SettingsValues;
}

export interface WorkspacePluginCache {
  get(workspaceId: string): Promise<Map<string, WorkspacePluginState>>;
  invalidate(workspaceId: string): void;
  close(): void;
}

export async function createWorkspacePluginCache(db: Db, bus: Bus): Promise<WorkspacePluginCache> {
  const cache = new Map<string, Promise<Map<string, WorkspacePluginState>>>();
  const unsubscribe = await bus.subscribe(topics.plugins(), ({ workspaceId }) => cache.delete(workspaceId));
  const dropAll = bus.onGap(() => cache.clear());
  return {
    get(workspaceId) {
      let entry = cache.get(workspaceId);
      if (!entry) {
        entry = db.workspacePlugin.findMany({ where: { workspaceId } }).then((rows) => new Map(rows.map((r) => [r.name, { enabled: r.enabled, settings: (r.settings ?? {}) as SettingsValues }])));
        entry.catch(() => cache.delete(workspaceId));
        cache.set(workspaceId, entry);
      }
      return entry;
    },
    invalidate: (workspaceId) => cache.delete(workspaceId),
    close() {
      unsubscribe();
      dropAll();
    },
  };
}

/** The values a hook sees: the workspace's, else the declared defaults. */
export function settingsWithDefaults(specs: Record<string, SettingSpec> | undefined, values: SettingsValues): SettingsValues {
  const out: SettingsValues = {};
  for (const [key, spec] of Object.entries(specs ?? {})) {
    const value = values[key] ?? spec.default;
    if (value !== undefined) out[key] = value;
  }
  return out;
}
