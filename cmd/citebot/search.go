package main

import "context"

func runSearch(ctx context.Context, cfg Config, e *env, args []string) error {
	return usageError("search: not available yet")
}
