package synth

import (
	"fmt"
	"strconv"
	"strings"
)

// ParseSize reads a size such as "50MB", "1.5GB", "500KB" or "200" (MB);
// units are decimal (1 MB = 1,000,000 bytes) and case does not matter.
func ParseSize(s string) (int64, error) {
	u := strings.ToUpper(strings.TrimSpace(s))
	mult := 1e6
	for _, x := range []struct {
		suffix string
		mult   float64
	}{{"GB", 1e9}, {"MB", 1e6}, {"KB", 1e3}, {"B", 1}} {
		if strings.HasSuffix(u, x.suffix) {
			u, mult = strings.TrimSuffix(u, x.suffix), x.mult
			break
		}
	}
	f, err := strconv.ParseFloat(strings.TrimSpace(u), 64)
	if err != nil || f <= 0 {
		return 0, fmt.Errorf("size %q: want e.g. 50MB", s)
	}
	return int64(f * mult), nil
}
