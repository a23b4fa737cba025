// The knee: step the delivery rate up ×1.5 until p99 passes the limit (or deliveries fall
// behind, or sends fail), then try once halfway between the last pass and the first failure.
// The answer is the highest rate that passed, as actually delivered.
import { formatStep } from '../bench-result.ts';
import type { BenchOptions } from '../options.ts';
import type { ProgressDisplay } from '../report/progress-display.ts';
import type { Session } from '../run-session.ts';
import { isStepWithinLimit, runStep, type StepResult } from './run-step.ts';

export interface MaxRate {
  best: StepResult | null;
  steps: StepResult[];
}

export async function findMaxRate(session: Session, options: BenchOptions, display: ProgressDisplay): Promise<MaxRate> {
  const steps: StepResult[] = [];
  const step = async (rate: number) => {
    display.phase(`${session.label}: step ${steps.length + 1} at ${Math.round(rate)} deliveries/s`);
    const result = await runStep(session, Math.round(rate), options.stepSec, options.agents);
    steps.push(result);
    display.log(formatStep(`  ${session.label}`, result));
    return result;
  };
  let best: StepResult | null = null;
  let failedAt: number | null = null;
  let rate = options.rate;
  while (steps.length < options.maxSteps) {
    const result = await step(rate);
    if (isStepWithinLimit(result, options.p99LimitMs)) {
      best = result;
      rate *= 1.5;
    } else {
      failedAt = rate;
      if (best) break;
      rate /= 2;
      if (rate < 50) break;
    }
  }
  if (best && failedAt && failedAt > best.targetDeliveriesPerSec && steps.length < options.maxSteps + 1) {
    const result = await step((best.targetDeliveriesPerSec + failedAt) / 2);
    if (isStepWithinLimit(result, options.p99LimitMs)) best = result;
  }
  return { best, steps };
}
