package proof

import "testing"

// BenchmarkCheckCorpus proofreads the 40 corpus documents as one issue.
func BenchmarkCheckCorpus(b *testing.B) {
	_, clean := cleanSet(b)
	is := clean[2]
	b.ResetTimer()
	for b.Loop() {
		Check(is, nil)
	}
}
