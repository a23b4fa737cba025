// Final delivery accounting over every client process: lost, duplicated, reordered by seq.
import type { AccountingReport } from '../load/client-protocol.ts';
import type { Session } from '../run-session.ts';

export type DeliveryAccount = Omit<AccountingReport, 'connections' | 'cpuUs'>;

export async function accountDeliveries(session: Session): Promise<DeliveryAccount> {
  const reports = await session.pool.report();
  const account: DeliveryAccount = { deliveries: 0, botDeliveries: 0, lost: 0, duplicated: 0, reordered: 0, unexpectedCloses: {}, firstErrors: [] };
  for (const r of reports) {
    account.deliveries += r.deliveries;
    account.botDeliveries += r.botDeliveries;
    account.lost += r.lost;
    account.duplicated += r.duplicated;
    account.reordered += r.reordered;
    for (const [code, n] of Object.entries(r.unexpectedCloses)) account.unexpectedCloses[code] = (account.unexpectedCloses[code] ?? 0) + n;
    account.firstErrors.push(...r.firstErrors);
  }
  account.firstErrors = account.firstErrors.slice(0, 5);
  return account;
}
