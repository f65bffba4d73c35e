package main

import "context"

func runDiscord(ctx context.Context, cfg Config, e *env, args []string) error {
	return usageError("discord: not available yet")
}
