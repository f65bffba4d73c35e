package main

import "context"

func runCite(ctx context.Context, cfg Config, e *env, args []string) error {
	return usageError("cite: not available yet")
}
