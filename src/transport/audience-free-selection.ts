// Whether a subscription's per-event result can differ between callers. It can only through
// resolvers that read the context (the principal) or auth scopes; a selection made only of
// exposed properties, resolvers that take no context argument and __typename reads the event
// alone, so visitors and agents may share its execution (issue 19: the audience leaves the share
// key). What each caller may receive (internal notes, access) is still decided per subscriber by
// its own stream, before the shared result is used.
import { getNamedType, isAbstractType, isObjectType, Kind, type DocumentNode, type GraphQLCompositeType, type GraphQLField, type GraphQLSchema, type SelectionSetNode } from 'graphql';

interface PothosExtensions {
  pothosExposedField?: string;
  pothosOriginalResolve?: (...args: unknown[]) => unknown;
  pothosOptions?: { authScopes?: unknown; grantScopes?: unknown; resolveType?: (...args: unknown[]) => unknown };
}

/** True when no field under the root subscription field's selection can see who is asking. */
export function isSelectionAudienceFree(schema: GraphQLSchema, document: DocumentNode, rootField: GraphQLField<unknown, unknown>, selectionSet: SelectionSetNode | undefined): boolean {
  if (!selectionSet) return true;
  const fragments = new Map(document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [])));
  const visited = new Set<string>();

  const isFree = (parent: GraphQLCompositeType, set: SelectionSetNode): boolean => {
    if (isAbstractType(parent) && (((parent.extensions as PothosExtensions).pothosOptions?.resolveType ?? parent.resolveType)?.length ?? 2) > 1) return false;
    if (hasScopes(parent.extensions as PothosExtensions)) return false;
    for (const selection of set.selections) {
      if (selection.directives?.length) return false;
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value === '__typename') continue;
        if (!isObjectType(parent)) return false;
        const field = parent.getFields()[selection.name.value];
        if (!field || !isFieldFree(field)) return false;
        const named = getNamedType(field.type);
        if (selection.selectionSet && !isFree(named as GraphQLCompositeType, selection.selectionSet)) return false;
        continue;
      }
      const fragment = selection.kind === Kind.INLINE_FRAGMENT ? selection : fragments.get(selection.name.value);
      if (!fragment) return false;
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        if (visited.has(selection.name.value)) continue;
        visited.add(selection.name.value);
      }
      const typeName = fragment.typeCondition?.name.value;
      const type = typeName ? schema.getType(typeName) : parent;
      if (!type || !isFree(type as GraphQLCompositeType, fragment.selectionSet)) return false;
    }
    return true;
  };
  return isFree(getNamedType(rootField.type) as GraphQLCompositeType, selectionSet);
}

function isFieldFree(field: GraphQLField<unknown, unknown>): boolean {
  const extensions = field.extensions as PothosExtensions;
  if (hasScopes(extensions)) return false;
  if (extensions.pothosExposedField !== undefined) return true;
  // A resolver declared as (parent) or (parent, args) cannot read the context.
  const resolve = extensions.pothosOriginalResolve ?? field.resolve;
  return resolve !== undefined && resolve.length < 3;
}

function hasScopes(extensions: PothosExtensions | null | undefined): boolean {
  const options = extensions?.pothosOptions;
  return options?.authScopes !== undefined || options?.grantScopes !== undefined;
}
