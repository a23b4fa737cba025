// Depth, alias, token, directive and cost limits (graphql-armor) plus the introspection policy.
// They run at parse and validation, so HTTP and the WebSocket path (which parses and validates
// through the same envelop) share them. A rejection is a QUERY_TOO_COMPLEX error that names the
// limit (armor's own errors have no code and pose as "Syntax Error").
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import type { Plugin } from 'graphql-yoga';
import { isIntrospectionType, NoSchemaIntrospectionCustomRule, type ASTVisitor, type GraphQLError, type ValidationContext } from 'graphql';
import type { Config } from '../../config.ts';
import { KefuError } from '../../errors.ts';

function rejectAsTooComplex(_context: unknown, error: GraphQLError): never {
  throw new KefuError('QUERY_TOO_COMPLEX', `${error.message.replace(/^Syntax Error: /, '')} Ask for less in one operation.`);
}

const reject = { propagateOnRejection: false, onReject: [rejectAsTooComplex] };

/**
 * One `__schema` per operation, and no aliases inside it. Each is the whole schema (about 250 KB
 * of JSON, tens of ms), and the depth and cost limits leave introspection out (the standard
 * introspection query is deeper than any app query), so aliases of `__schema` multiplied that work
 * for an anonymous caller; so did aliases of `types` or `fields` inside one `__schema` (14 of them:
 * 3.6 MB and about 0.4 s a request). The standard introspection queries use no aliases.
 */
function oneSchemaPerOperation(context: ValidationContext): ASTVisitor {
  let schemas = 0;
  return {
    Field(node) {
      if (node.name.value === '__schema' && ++schemas === 2) context.reportError(new KefuError('QUERY_TOO_COMPLEX', 'Ask for __schema once per operation: it returns the whole schema.'));
      const parent = context.getParentType();
      if (node.alias && node.alias.value !== node.name.value && parent && isIntrospectionType(parent)) {
        context.reportError(new KefuError('QUERY_TOO_COMPLEX', `Ask for ${parent.name}.${node.name.value} without an alias: each alias of an introspection field repeats its work.`));
      }
    },
  };
}

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
      addValidationRule(isIntrospectionAllowed ? oneSchemaPerOperation : NoSchemaIntrospectionCustomRule);
    },
  };
  return [armor, introspection];
}
