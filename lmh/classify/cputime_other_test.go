//go:build !linux

package classify

import "time"

func threadCPU() (time.Duration, bool) { return 0, false }
