//go:build !linux

package glossary

import "time"

func threadCPU() (time.Duration, bool) { return 0, false }
