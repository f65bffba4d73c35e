//go:build !unix

package measure

import "time"

// cpuTime is zero where getrusage is missing: CPU figures read 0.
func cpuTime() time.Duration { return 0 }
