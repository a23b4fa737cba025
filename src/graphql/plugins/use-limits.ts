// Depth, alias, token and cost limits (graphql-armor) plus the introspection policy. They run at
// validation, so HTTP and the WebSocket path (which validates through the same envelop) share them.
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import type { Plugin } from 'graphql-yoga';
import { NoSchemaIntrospectionCustomRule } from 'graphql';
import type { Config } from '../../config.ts';

export function useLimits(limits: Config['limits'], { isIntrospectionAllowed }: { isIntrospectionAllowed: boolean }): Plugin[] {
  const armor = EnvelopArmorPlugin({
    maxDepth: { n: limits.queryMaxDepth, ignoreIntrospection: true, flattenFragments: true },
    maxAliases: { n: limits.queryMaxAliases },
    maxTokens: { n: limits.queryMaxTokens },
    costLimit: { maxCost: limits.queryMaxCost, ignoreIntrospection: true },
    maxDirectives: { n: 50 },
    blockFieldSuggestion: { enabled: !isIntrospectionAllowed },
  }) as Plugin;
  const introspection: Plugin = {
    onValidate({ addValidationRule }) {
      if (!isIntrospectionAllowed) addValidationRule(NoSchemaIntrospectionCustomRule);
    },
  };
  return [armor, introspection];
}
