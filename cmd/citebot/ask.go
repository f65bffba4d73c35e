package main

import "context"

func runAsk(ctx context.Context, cfg Config, e *env, args []string) error {
	return usageError("ask: not available yet")
}
