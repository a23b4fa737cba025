// The plugin system of one process, as it sits in Deps: the loaded plugins and the workspaces'
// switches. Built in app.ts after the bus, closed before it.
import type { Config } from '../config.ts';
import type { Bus } from '../events/bus.ts';
import type { Logger } from '../log.ts';
import type { Metrics } from '../metrics.ts';
import type { Db } from '../storage/open-database.ts';
import { createPluginRegistry, type PluginRegistry } from './plugin-registry.ts';
import { createWorkspacePluginCache, type WorkspacePluginCache } from './workspace-plugins.ts';

export interface Plugins {
  readonly isEnabled: boolean;
  readonly registry: PluginRegistry;
  readonly workspaces: WorkspacePluginCache;
  close(): Promise<void>;
}

export async function createPlugins(config: Config, log: Logger, metrics: Metrics, db: Db, bus: Bus): Promise<Plugins> {
  const registry = await createPluginRegistry(config, log, metrics);
  const workspaces = await createWorkspacePluginCache(db, bus);
  return {
    isEnabled: config.plugins.enabled,
    registry,
    workspaces,
    async close() {
      workspaces.close();
      await registry.close();
    },
  };
}
