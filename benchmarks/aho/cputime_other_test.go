//go:build !linux

package aho

import "time"

func threadCPU() (time.Duration, bool) { return 0, false }
