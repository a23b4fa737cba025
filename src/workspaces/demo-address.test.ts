// /demo and `kefu demo` find the demo workspace by its owner's address, so nobody may sign up
// with that address through the API: on a server that never ran `kefu demo`, a stranger's
// workspace would become the /demo page of the server's origin (its name and its chat), and
// `kefu demo` would then hand out the stranger's workspace as the demo.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { gql } from '../testing/graphql-client.ts';
import { describeEachStorage } from '../testing/services.ts';
import { startTestApp, type TestApp } from '../testing/start-test-app.ts';
import { createDemoWorkspace, DEMO_OWNER } from './create-demo-workspace.ts';

const CREATE_WORKSPACE = 'mutation($input: CreateWorkspaceInput!) { createWorkspace(input: $input) { workspace { widgetKey } } }';

describeEachStorage('the demo address', (provider) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ provider });
  });
  afterAll(() => t?.close());

  it('is refused to public sign-up, so /demo stays the demo workspace', async () => {
    for (const email of [DEMO_OWNER.email, ' Owner@Demo.Kefu.Dev ']) {
      const { errors } = await gql(t.url, CREATE_WORKSPACE, { input: { name: 'Official Support', owner: { email, name: 'X', password: 'stranger-password-1' } } });
      expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', issues: [{ path: 'owner.email' }] });
    }
    const demoUrl = new URL('/demo', t.url);
    expect(await (await fetch(demoUrl)).text()).not.toContain('Official Support');
    const { workspace } = await createDemoWorkspace(t.app.deps);
    expect(await (await fetch(demoUrl)).text()).toContain(workspace.widgetKey);
  });
});
