package fontsubset

// fnv is a 64-bit FNV-1a hash, for deterministic names (subset tags).
type fnv struct{ sum uint64 }

func fnv64() *fnv { return &fnv{sum: 14695981039346656037} }

func (h *fnv) byte(c byte) {
	h.sum ^= uint64(c)
	h.sum *= 1099511628211
}

func (h *fnv) str(s string) {
	for i := 0; i < len(s); i++ {
		h.byte(s[i])
	}
	h.byte(0)
}

func (h *fnv) u64(v uint64) {
	for i := 0; i < 8; i++ {
		h.byte(byte(v >> (8 * i)))
	}
}
