package main

import "context"

func runChat(ctx context.Context, cfg Config, e *env, args []string) error {
	return usageError("chat: not available yet")
}
