package e2e

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"testing"
	"time"
)

// The start-up markers of the workstation (main.startupEnv).
const (
	startupEnv        = "GAZETTE_STARTUP_MARKERS=1"
	startupFirstFrame = "gazette: first frame"
	startupFullFaces  = "gazette: full faces"
)

// startupTimes is one start of the workstation: wall time from exec and the
// process's CPU time (user + system) when its first frame was on screen, and
// when it had switched to the whole faces.
type startupTimes struct {
	firstWall, firstCPU time.Duration
	fullWall, fullCPU   time.Duration
}

// startOnce runs the gazette binary once on a fresh home under display until
// it has printed both start-up markers and quit.
func startOnce(tb testing.TB, bin, display string) startupTimes {
	tb.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin)
	cmd.Env = append(freshHome(tb.TempDir(), display), startupEnv)
	out, err := cmd.StdoutPipe()
	if err != nil {
		tb.Fatal(err)
	}
	var stderr strings.Builder
	cmd.Stderr = &stderr
	start := time.Now()
	if err := cmd.Start(); err != nil {
		tb.Fatal(err)
	}
	var st startupTimes
	sc := bufio.NewScanner(out)
	for sc.Scan() {
		switch sc.Text() {
		case startupFirstFrame:
			st.firstWall, st.firstCPU = time.Since(start), processCPU(tb, cmd.Process.Pid)
		case startupFullFaces:
			st.fullWall, st.fullCPU = time.Since(start), processCPU(tb, cmd.Process.Pid)
		}
	}
	if err := cmd.Wait(); err != nil {
		tb.Fatalf("workstation: %v\n%s", err, stderr.String())
	}
	if st.firstWall == 0 || st.fullWall == 0 {
		tb.Fatalf("workstation quit without its start-up markers\n%s", stderr.String())
	}
	return st
}

// processCPU returns the user + system CPU time of a running process, read
// from /proc/PID/stat (fields 14 and 15, in clock ticks of 1/100 s).
func processCPU(tb testing.TB, pid int) time.Duration {
	tb.Helper()
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		tb.Fatal(err)
	}
	s := string(b)
	f := strings.Fields(s[strings.LastIndexByte(s, ')')+1:])
	utime, err1 := strconv.Atoi(f[11])
	stime, err2 := strconv.Atoi(f[12])
	if err1 != nil || err2 != nil {
		tb.Fatalf("/proc/%d/stat: %q", pid, s)
	}
	return time.Duration(utime+stime) * 10 * time.Millisecond
}

// BenchmarkFirstWindow starts the real workstation (the gazette binary, cgo
// and GL) under Xvfb on a fresh home, as a new user's first start (a new
// database seeded with the demo issue), and reports the wall and CPU time
// from exec until its first frame is on screen (first-ms, first-cpu-ms; the
// target is 1.5 s), and until it draws with the whole faces (full-ms,
// full-cpu-ms).
func BenchmarkFirstWindow(b *testing.B) {
	bin := gazetteBinary(b)
	display := startXvfb(b)
	var sum startupTimes
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		st := startOnce(b, bin, display)
		sum.firstWall += st.firstWall
		sum.firstCPU += st.firstCPU
		sum.fullWall += st.fullWall
		sum.fullCPU += st.fullCPU
	}
	n := float64(b.N)
	b.ReportMetric(float64(sum.firstWall.Milliseconds())/n, "first-ms")
	b.ReportMetric(float64(sum.firstCPU.Milliseconds())/n, "first-cpu-ms")
	b.ReportMetric(float64(sum.fullWall.Milliseconds())/n, "full-ms")
	b.ReportMetric(float64(sum.fullCPU.Milliseconds())/n, "full-cpu-ms")
}

// TestStartupMarkers checks the start-up markers the benchmark relies on: the
// workstation on a fresh home paints its first frame, then switches to the
// whole faces, in that order.
func TestStartupMarkers(t *testing.T) {
	st := startOnce(t, gazetteBinary(t), startXvfb(t))
	if st.fullWall < st.firstWall {
		t.Errorf("whole faces at %v, before the first frame at %v", st.fullWall, st.firstWall)
	}
}
