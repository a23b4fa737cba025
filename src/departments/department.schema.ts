import { builder } from '../graphql/builder.ts';
import type { Department } from '../storage/models.ts';
import { AgentRef } from '../agents/agent.schema.ts';
import { stripNulls } from '../graphql/strip-nulls.ts';
import { RoutingStrategyEnum } from '../routing/routing-settings.schema.ts';
import { createDepartment, updateDepartment } from './manage-departments.ts';

const DepartmentRef = builder.prismaObject('Department', {
  description: 'A team of agents; conversations routed to it go only to its members.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Stable id.' }),
    name: t.exposeString('name', { description: 'Unique name in the workspace.' }),
    strategy: t.expose('strategy', { type: RoutingStrategyEnum, nullable: true, description: 'Overrides the workspace strategy; null uses it.' }),
    members: t.field({
      type: [AgentRef],
      description: 'Member agents (staff).',
      authScopes: { staff: true },
      select: { members: { select: { agent: true } } },
      resolve: (d) => d.members.map((m) => m.agent),
    }),
  }),
});

builder.queryField('departments', (t) =>
  t.prismaField({
    type: ['Department'],
    description: 'Departments of the workspace, by name (everyone signed in, so widgets can offer a choice).',
    authScopes: { signedIn: true },
    resolve: (query, _root, _args, ctx) => ctx.deps.db.department.findMany({ ...query, where: { workspaceId: ctx.principal!.workspaceId }, orderBy: { name: 'asc' }, take: 500 }),
  }),
);

const CreateDepartmentInput = builder.inputType('CreateDepartmentInput', {
  description: 'Input of createDepartment.',
  fields: (t) => ({
    name: t.string({ required: true, description: 'Unique name.' }),
    strategy: t.field({ type: RoutingStrategyEnum, description: 'Overrides the workspace strategy.' }),
    memberIds: t.idList({ description: 'Member agent ids.' }),
  }),
});

const UpdateDepartmentInput = builder.inputType('UpdateDepartmentInput', {
  description: 'Input of updateDepartment. Omitted fields keep their value.',
  fields: (t) => ({
    departmentId: t.id({ required: true, description: 'The department.' }),
    name: t.string({ description: 'New name.' }),
    strategy: t.field({ type: RoutingStrategyEnum, description: 'New strategy override.' }),
    memberIds: t.idList({ description: 'Replaces the members.' }),
  }),
});

const DepartmentPayload = builder.objectRef<{ department: Department }>('DepartmentPayload').implement({
  description: 'A created or changed department.',
  fields: (t) => ({ department: t.field({ type: DepartmentRef, description: 'The department.', resolve: (p) => p.department }) }),
});

builder.mutationField('createDepartment', (t) =>
  t.field({
    type: DepartmentPayload,
    description: 'Admins: add a department.',
    authScopes: { admin: true },
    args: { input: t.arg({ type: CreateDepartmentInput, required: true }) },
    resolve: async (_root, { input }, ctx) => ({ department: await createDepartment(ctx.deps, ctx.principal, { ...stripNulls(input), memberIds: input.memberIds?.map(String) }) }),
  }),
);

builder.mutationField('updateDepartment', (t) =>
  t.field({
    type: DepartmentPayload,
    description: 'Admins: rename, change the strategy or replace the members.',
    authScopes: { admin: true },
    args: { input: t.arg({ type: UpdateDepartmentInput, required: true }) },
    resolve: async (_root, { input }, ctx) => ({
      department: await updateDepartment(ctx.deps, ctx.principal, { ...stripNulls(input), departmentId: String(input.departmentId), memberIds: input.memberIds?.map(String) }),
    }),
  }),
);
