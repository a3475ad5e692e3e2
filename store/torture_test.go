//go:build torture

package store

import "testing"

// The long fault campaign: go test -tags torture -run Torture ./store/
// (make torture). Not part of make test.

// TestTortureGrowth: 10,000 saves over 69 simulated days and 50 replaces.
func TestTortureGrowth(t *testing.T) {
	g := simulateWork(t, 10000, 50)
	t.Logf("10000 saves, 50 replaces: database %.2f MB (%.2f MB compacted), %d revisions; %d backups, %.2f MB in all",
		mb(g.dbSize), mb(g.compacted), g.revisions, g.nBackups, mb(g.backups))
	checkGrowth(t, g, 10000, 50)
}
