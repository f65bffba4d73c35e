package main

import "context"

func runEval(ctx context.Context, cfg Config, e *env, args []string) error {
	return usageError("eval: not available yet")
}
