// The sign-in picker's labels when one email and password open several workspaces: the name,
// and for names that repeat, the creation date (the server lists them oldest first).
import type { Locale } from '../ui/translate.ts';

export interface WorkspaceChoice {
  id: string;
  name: string;
  createdAt?: string;
}

const CREATED = { zh: '创建于', en: 'created' } as const;

export function workspaceChoiceLabels(choices: readonly WorkspaceChoice[], locale: Locale): { id: string; label: string }[] {
  const counts = new Map<string, number>();
  for (const { name } of choices) counts.set(name, (counts.get(name) ?? 0) + 1);
  return choices.map(({ id, name, createdAt }) => {
    if ((counts.get(name) ?? 0) < 2) return { id, label: name };
    // A date alone may repeat too (two made the same day): then the time says which.
    const sameDay = createdAt && choices.filter((c) => c.name === name && c.createdAt?.slice(0, 10) === createdAt.slice(0, 10)).length > 1;
    const when = createdAt ? (sameDay ? createdAt.slice(0, 16).replace('T', ' ') : createdAt.slice(0, 10)) : id;
    return { id, label: `${name} (${CREATED[locale]} ${when})` };
  });
}
