// Refuses, with BAD_USER_INPUT, operations whose inputs the stores cannot hold (input-boundary.ts)
// before anything executes. HTTP and WebSocket operations execute through the same envelop.
import type { Plugin } from 'graphql-yoga';
import { badInput } from '../../errors.ts';
import { findInputIssues } from '../input-boundary.ts';

export function useInputBoundary(): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const issues = findInputIssues(args.schema, args.document, args.variableValues);
      if (issues.length > 0) setResultAndStopExecution({ errors: [badInput(issues)] });
    },
    onSubscribe({ args, setResultAndStopExecution }) {
      const issues = findInputIssues(args.schema, args.document, args.variableValues);
      if (issues.length > 0) setResultAndStopExecution({ errors: [badInput(issues)] });
    },
  };
}
