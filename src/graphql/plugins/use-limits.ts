// Depth, alias, token, directive and cost limits (graphql-armor) plus the introspection policy.
// They run at parse and validation, so HTTP and the WebSocket path (which parses and validates
// through the same envelop) share them. A rejection is a QUERY_TOO_COMPLEX error that names the
// limit (armor's own errors have no code and pose as "Syntax Error").
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import type { Plugin } from 'graphql-yoga';
import { NoSchemaIntrospectionCustomRule, type GraphQLError } from 'graphql';
import type { Config } from '../../config.ts';
import { KefuError } from '../../errors.ts';

function rejectAsTooComplex(_context: unknown, error: GraphQLError): never {
  throw new KefuError('QUERY_TOO_COMPLEX', `${error.message.replace(/^Syntax Error: /, '')} Ask for less in one operation.`);
}

const reject = { propagateOnRejection: false, onReject: [rejectAsTooComplex] };

export function useLimits(limits: Config['limits'], { isIntrospectionAllowed }: { isIntrospectionAllowed: boolean }): Plugin[] {
  const armor = EnvelopArmorPlugin({
    maxDepth: { n: limits.queryMaxDepth, ignoreIntrospection: true, flattenFragments: true, ...reject },
    maxAliases: { n: limits.queryMaxAliases, ...reject },
    maxTokens: { n: limits.queryMaxTokens, ...reject },
    costLimit: { maxCost: limits.queryMaxCost, ignoreIntrospection: true, ...reject },
    maxDirectives: { n: 50, ...reject },
    // "Did you mean" hints of every kind are removed by useErrorCodes instead.
    blockFieldSuggestion: { enabled: false },
  }) as Plugin;
  const introspection: Plugin = {
    onValidate({ addValidationRule }) {
      if (!isIntrospectionAllowed) addValidationRule(NoSchemaIntrospectionCustomRule);
    },
  };
  return [armor, introspection];
}
