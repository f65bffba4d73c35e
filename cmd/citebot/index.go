package main

import "context"

func runIndex(ctx context.Context, cfg Config, e *env, args []string) error {
	return usageError("index: not available yet")
}
