package gazette

import "testing"

// TestColophonLabel: a recorded label replaces the standard one for its
// field only; recording the standard label, or none, removes it.
func TestColophonLabel(t *testing.T) {
	var c Colophon
	for _, s := range []struct {
		key, label, labels string
		want               map[string]string
	}{
		{"phone", "电话", "phone=电话", map[string]string{"phone": "电话", "sponsor": "主管主办"}},
		{"sponsor", "主管", "phone=电话\nsponsor=主管", map[string]string{"phone": "电话", "sponsor": "主管"}},
		{"phone", "联系电话", "sponsor=主管", map[string]string{"phone": "联系电话", "sponsor": "主管"}},
		{"sponsor", "", "", map[string]string{"sponsor": "主管主办", "email": "投稿邮箱", "nothing": ""}},
		{"nothing", "某", "", map[string]string{"nothing": ""}},
	} {
		c.SetLabel(s.key, s.label)
		if c.Labels != s.labels {
			t.Errorf("SetLabel(%q, %q): labels %q, want %q", s.key, s.label, c.Labels, s.labels)
		}
		for k, want := range s.want {
			if got := c.Label(k); got != want {
				t.Errorf("after SetLabel(%q, %q): Label(%q) = %q, want %q", s.key, s.label, k, got, want)
			}
		}
	}
}
