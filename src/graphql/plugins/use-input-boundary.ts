// Refuses, with BAD_USER_INPUT, operations whose inputs the stores cannot hold (input-boundary.ts)
// before anything executes. HTTP and WebSocket operations validate and execute through the same
// envelop. Inline literals are already checked at validation, ahead of the cost limit, so a
// literal `first: 100000` is reported as the bad argument it is; variables are checked at execution.
import type { Plugin } from 'graphql-yoga';
import { badInput } from '../../errors.ts';
import { findInputIssues } from '../input-boundary.ts';

export function useInputBoundary(): Plugin {
  return {
    onValidate({ params, setResult }) {
      // armor's cost rule throws rather than reports, so this answers in place of validation.
      const issues = findInputIssues(params.schema, params.documentAST, {});
      if (issues.length > 0) setResult([badInput(issues)]);
    },
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
