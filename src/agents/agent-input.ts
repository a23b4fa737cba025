import { z } from 'zod';
import { newPasswordSchema } from '../auth/password-policy.ts';

/** Fields every new agent account needs; shared by createWorkspace (owner) and createAgent. */
export function agentFields(textMaxLength: number) {
  return {
    email: z.string().trim().toLowerCase().email('Enter a valid email address').max(254),
    name: z.string().trim().min(1, 'Enter the agent’s name').max(textMaxLength),
    password: newPasswordSchema(),
  };
}
