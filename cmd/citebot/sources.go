package main

import "context"

func runSources(ctx context.Context, cfg Config, e *env, args []string) error {
	return usageError("sources: not available yet")
}
