package store

import (
	"os"
	"os/user"
	"strings"
)

// currentUser names the person saving: the OS user name, else $USER, else
// $USERNAME, else 未知用户.
func currentUser() string {
	if u, err := user.Current(); err == nil && strings.TrimSpace(u.Username) != "" {
		return u.Username
	}
	for _, k := range []string{"USER", "USERNAME"} {
		if v := strings.TrimSpace(os.Getenv(k)); v != "" {
			return v
		}
	}
	return "未知用户"
}
