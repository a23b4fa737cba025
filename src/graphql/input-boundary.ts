// The one input boundary (issue 12 item 5): before any resolver runs, every argument of every
// operation — inline literals and the variables where they are used — is checked for what the
// stores cannot hold, and every connection field for page arguments it cannot serve. Strings:
// a lone UTF-16 surrogate is not Unicode text (no UTF-8 encoding exists, so Prisma fails on it),
// and NUL (U+0000) is refused by PostgreSQL text columns. Other control characters are stored and
// returned as sent (a vertical tab is how Word marks a line break in pasted text). Used by
// use-input-boundary.ts (HTTP and WebSocket execution) and by the WebSocket subscribe path.
import { getNamedType, isObjectType, Kind, TypeInfo, valueFromASTUntyped, visit, visitWithTypeInfo, type DocumentNode, type GraphQLSchema, type ValueNode } from 'graphql';
import type { InputIssue } from '../errors.ts';
import { MAX_PAGE_SIZE } from './builder.ts';

const MAX_ISSUES = 20;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
// Cursors of Kefu connections: Pothos' prisma cursor of a cuid id ("GPC:S:<id>"), base64-encoded.
const CURSOR = /^GPC:S:[A-Za-z0-9_-]{1,100}$/;

/** Why `text` cannot be stored, or null when it can. */
function unstorableReason(text: string): string | null {
  if (text.includes('\u0000')) return 'contains a NUL character (U+0000), which cannot be stored; remove it';
  if (LONE_SURROGATE.test(text)) return 'contains a lone UTF-16 surrogate, which is not valid Unicode text; send well-formed UTF-8';
  return null;
}

/**
 * What JSON makes: an uploaded File is an object too, and walking its fields walked its bytes one
 * entry each (a 5 MB upload took 20 s and 1.8 GB; 27 MB ran the process out of memory).
 */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (!value || typeof value !== 'object') return false;
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
}

/** Strings (keys included) anywhere in a variable's value that cannot be stored. Iterative: depth is unbounded in JSON. */
function checkValue(root: unknown, rootPath: string, report: (path: string, message: string) => void): void {
  const stack: [unknown, string][] = [[root, rootPath]];
  while (stack.length > 0) {
    const [value, path] = stack.pop()!;
    if (typeof value === 'string') {
      const reason = unstorableReason(value);
      if (reason) report(path, reason);
    } else if (Array.isArray(value)) {
      value.forEach((item, i) => stack.push([item, `${path}.${i}`]));
    } else if (isPlainObject(value)) {
      for (const [key, item] of Object.entries(value)) {
        const reason = unstorableReason(key);
        // A bad key is named escaped, so the error message itself stays storable and printable.
        const keyPath = reason ? `${path}[${JSON.stringify(key)}]` : `${path}.${key}`;
        if (reason) report(keyPath, `key ${reason}`);
        stack.push([item, keyPath]);
      }
    }
  }
}

function literalOrVariable(node: ValueNode, variables: Record<string, unknown>): unknown {
  if (node.kind === Kind.VARIABLE) return variables[node.name.value];
  if (node.kind === Kind.INT) return Number(node.value);
  if (node.kind === Kind.STRING) return node.value;
  return node.kind === Kind.NULL ? null : undefined;
}

function checkPageArgument(name: string, value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (name === 'first' || name === 'last') {
    return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= MAX_PAGE_SIZE ? null : `${name} must be between 0 and ${MAX_PAGE_SIZE}; got ${JSON.stringify(value)}`;
  }
  if (name === 'after' || name === 'before') {
    const isCursor = typeof value === 'string' && value.length <= 200 && CURSOR.test(Buffer.from(value, 'base64').toString('utf8'));
    return isCursor ? null : `${name} is not a cursor of this list; pass a cursor from pageInfo or an edge, or leave it out`;
  }
  return null;
}

/**
 * What the walk of one document found, in document order: literal strings already judged,
 * variable uses to check, and page arguments (literal or variable) to check. The walk depends on
 * the document only, so it is done once per document (a trusted document or a cached parse comes
 * back as the same object) and each operation only checks its values.
 */
type Check =
  | { kind: 'string'; path: string; reason: string }
  | { kind: 'variable'; path: string; name: string }
  | { kind: 'page'; path: string; argument: string; value: ValueNode };

interface Plan {
  schema: GraphQLSchema;
  /** Defaults of the variable definitions (`$n: Int = -1`), which reach resolvers just the same. */
  defaults: Record<string, unknown>;
  checks: Check[];
}

const plans = new WeakMap<DocumentNode, Plan>();

function planOf(schema: GraphQLSchema, document: DocumentNode): Plan {
  let plan = plans.get(document);
  if (plan?.schema !== schema) plans.set(document, (plan = walk(schema, document)));
  return plan;
}

function walk(schema: GraphQLSchema, document: DocumentNode): Plan {
  const defaults: Record<string, unknown> = {};
  for (const definition of document.definitions) {
    for (const variable of definition.kind === Kind.OPERATION_DEFINITION ? (definition.variableDefinitions ?? []) : []) {
      if (variable.defaultValue) defaults[variable.variable.name.value] = valueFromASTUntyped(variable.defaultValue);
    }
  }
  const checks: Check[] = [];
  const typeInfo = new TypeInfo(schema);
  const fieldPath: string[] = [];
  const valuePath: string[] = [];
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field: {
        enter: (node) => void fieldPath.push(node.alias?.value ?? node.name.value),
        leave: () => void fieldPath.pop(),
      },
      Argument: {
        enter(node) {
          valuePath.push([...fieldPath, node.name.value].join('.'));
          const returned = typeInfo.getFieldDef()?.type;
          const named = returned ? getNamedType(returned) : null;
          const isConnection = isObjectType(named) && named.name.endsWith('Connection') && 'pageInfo' in named.getFields();
          if (isConnection) checks.push({ kind: 'page', path: valuePath.at(-1)!, argument: node.name.value, value: node.value });
        },
        leave: () => void valuePath.pop(),
      },
      ObjectField: {
        enter: (node) => void valuePath.push(`${valuePath.at(-1) ?? ''}.${node.name.value}`),
        leave: () => void valuePath.pop(),
      },
      StringValue(node) {
        const reason = unstorableReason(node.value);
        if (reason) checks.push({ kind: 'string', path: valuePath.at(-1) ?? 'query', reason });
      },
      Variable(node) {
        // Variable definitions name variables too; only uses inside arguments carry values to resolvers.
        if (valuePath.length > 0) checks.push({ kind: 'variable', path: valuePath.at(-1)!, name: node.name.value });
      },
    }),
  );
  return { schema, defaults, checks };
}

/** Problems with the inputs of one operation, each naming its argument path (field.argument.inner.path). */
export function findInputIssues(schema: GraphQLSchema, document: DocumentNode, variableValues: Record<string, unknown> | null | undefined): InputIssue[] {
  const { defaults, checks } = planOf(schema, document);
  if (checks.length === 0) return [];
  // A variable left out takes its default.
  const variables: Record<string, unknown> = { ...defaults, ...variableValues };
  const issues = new Map<string, InputIssue>();
  const report = (path: string, message: string) => {
    if (issues.size < MAX_ISSUES && !issues.has(path)) issues.set(path, { path, message });
  };
  for (const check of checks) {
    if (check.kind === 'string') report(check.path, check.reason);
    else if (check.kind === 'variable') checkValue(variables[check.name], check.path, report);
    else {
      const problem = checkPageArgument(check.argument, literalOrVariable(check.value, variables));
      if (problem) report(check.path, problem);
    }
  }
  return issues.size === 0 ? [] : [...issues.values()];
}
