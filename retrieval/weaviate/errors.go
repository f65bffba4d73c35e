package weaviate

import (
	"context"
	"errors"
	"fmt"
	"net"
	"strings"

	"github.com/citebot/citebot"
	"github.com/weaviate/weaviate-go-client/v5/weaviate/fault"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"
)

// ErrUnavailable is wrapped by every error that comes from the server or
// cluster being unreachable or failing (connection refused, time-outs,
// 5xx, gRPC Unavailable), as opposed to a request it refused. Such errors
// also match citebot.ErrUnavailable (errors.Is), so that callers that know
// only the root package (the Discord bot) can tell a cluster that is down.
var ErrUnavailable error = unavailableError{}

type unavailableError struct{}

func (unavailableError) Error() string { return "weaviate unavailable" }

// Is makes ErrUnavailable match citebot.ErrUnavailable.
func (unavailableError) Is(target error) bool { return target == citebot.ErrUnavailable }

// classify wraps err with what, and with ErrUnavailable when it means the
// server could not be reached or failed rather than refused the request.
func classify(what string, err error) error {
	if err == nil {
		return nil
	}
	if unavailable(err) {
		return fmt.Errorf("%s: %w: %v", what, ErrUnavailable, err)
	}
	return fmt.Errorf("%s: %w", what, err)
}

func unavailable(err error) bool {
	var ne net.Error
	var we *fault.WeaviateClientError
	switch {
	case errors.Is(err, context.DeadlineExceeded), errors.As(err, &ne):
		return true
	case errors.As(err, &we):
		if we.StatusCode == 0 || we.StatusCode >= 500 || we.DerivedFromError != nil && unavailable(we.DerivedFromError) {
			return true
		}
	}
	if st, ok := status.FromError(errors.Unwrap(err)); ok && (st.Code() == codes.Unavailable || st.Code() == codes.DeadlineExceeded) {
		return true
	}
	msg := err.Error()
	return strings.Contains(msg, "connection refused") || strings.Contains(msg, "Unavailable") ||
		strings.Contains(msg, "no such host") || strings.Contains(msg, "broken pipe")
}

// gqlError is a GraphQL error; those that say a node or shard could not
// be reached mean the cluster is unavailable.
func gqlError(what, msg string) error {
	low := strings.ToLower(msg)
	for _, w := range []string{"connection refused", "unavailable", "no such host", "timeout", "cannot reach", "not reachable", "broadcast", "replica"} {
		if strings.Contains(low, w) {
			return fmt.Errorf("%s: %w: %s", what, ErrUnavailable, msg)
		}
	}
	return fmt.Errorf("%s: %s", what, msg)
}
