package store

import (
	"encoding/binary"
	"encoding/json"
	"fmt"
	"hash/crc32"
	"strings"

	bolt "go.etcd.io/bbolt"

	"gazette/gazette"
)

// describeRecord names the record at path/key for a person: the issue (刊名,
// year and number, ID) and the article it belongs to, or the setting.
func describeRecord(tx *bolt.Tx, path [][]byte, key []byte) string {
	if len(path) == 0 {
		return fmt.Sprintf("记录 %q", key)
	}
	switch string(path[0]) {
	case string(bIssues):
		return issueName(tx, string(key)) + "的记录" + changedArticles(tx, string(key))
	case string(bRevisions):
		switch len(path) {
		case 1:
			return fmt.Sprintf("历史版本桶中的 %q", key)
		case 2:
			return issueName(tx, string(path[1])) + fmt.Sprintf("的历史版本桶中的 %q", key)
		}
		what := fmt.Sprintf("第 %d 个历史版本", seqOf(key))
		if string(key) == string(kStamp) {
			what = "当前版本的保存记录"
		}
		return issueName(tx, string(path[1])) + "中" + articleName(tx, string(path[1]), string(path[2])) + "的" + what
	case string(bSignoffs):
		if len(path) >= 3 {
			return issueName(tx, string(path[1])) + fmt.Sprintf("第 %d 次签发的%s", seqOf(path[2]), map[string]string{"snapshot": "快照", "pdf": "PDF", "user": "操作系统用户", "signer": "签发人"}[string(key)])
		}
		return fmt.Sprintf("签发记录 %q", key)
	case string(bSettings):
		return fmt.Sprintf("设置“%s”", key)
	case string(bImports):
		return issueName(tx, string(key)) + "的导入记录"
	}
	return fmt.Sprintf("%s 桶中的记录 %q", path[0], key)
}

// rawIssue decodes an issue record without trusting its checksum (to name
// it in a message); nil when it does not decode.
func rawIssue(tx *bolt.Tx, id string) *gazette.Issue {
	b := tx.Bucket(bIssues)
	if b == nil {
		return nil
	}
	v := b.Get([]byte(id))
	if len(v) < recHeader {
		return nil
	}
	var is gazette.Issue
	if json.Unmarshal(v[recHeader:], &is) != nil {
		return nil
	}
	return &is
}

// issueName is "刊期《刊名》2020年第8期（ID …）", or "刊期 ID …" when the
// record cannot be read.
func issueName(tx *bolt.Tx, id string) string {
	if is := rawIssue(tx, id); is != nil && is.ID == id {
		return fmt.Sprintf("刊期《%s》%s（ID %s）", is.Title, is.Label(), id)
	}
	return fmt.Sprintf("刊期（ID %s）", id)
}

// articleName is "文章“标题”（ID …）" or "文章（ID …）".
func articleName(tx *bolt.Tx, issueID, articleID string) string {
	if is := rawIssue(tx, issueID); is != nil {
		if a, _ := is.Article(articleID); a != nil && a.Title != "" {
			return fmt.Sprintf("文章“%s”（ID %s）", a.Title, articleID)
		}
	}
	var title string
	if ab := revBucket(tx, issueID, articleID); ab != nil {
		if k, v := ab.Cursor().Last(); len(k) == 8 && len(v) > recHeader {
			if r, err := decodeRevision(v[recHeader:]); err == nil {
				title = r.Article.Title
			}
		}
	}
	if title != "" {
		return fmt.Sprintf("文章“%s”（ID %s）", title, articleID)
	}
	return fmt.Sprintf("文章（ID %s）", articleID)
}

// articleCRC is the checksum of an article's content kept in its stamp.
func articleCRC(a *gazette.Article) uint32 {
	j, _ := json.Marshal(a)
	return crc32.Checksum(j, castagnoli)
}

// changedArticles compares each article of a damaged issue record with the
// checksum its last save stamped, and names those that differ.
func changedArticles(tx *bolt.Tx, id string) string {
	is := rawIssue(tx, id)
	if is == nil {
		return "（内容已无法解读）"
	}
	var names []string
	is.Articles(func(_, _ int, a *gazette.Article) bool {
		ab := revBucket(tx, id, a.ID)
		if ab == nil {
			names = append(names, fmt.Sprintf("“%s”（ID %s）", a.Title, a.ID))
			return true
		}
		v := ab.Get(kStamp)
		var st stamp
		if len(v) <= recHeader || json.Unmarshal(v[recHeader:], &st) != nil || st.CRC != articleCRC(a) {
			names = append(names, fmt.Sprintf("“%s”（ID %s）", a.Title, a.ID))
		}
		return true
	})
	if len(names) == 0 {
		return "（各篇文章内容与保存时一致，变的是刊期信息）"
	}
	return "（内容与保存时不同的文章：" + strings.Join(names, "、") + "）"
}

// seqKey and seqOf convert revision and sign-off numbers to keys.
func seqKey(n uint64) []byte { return binary.BigEndian.AppendUint64(nil, n) }

func seqOf(k []byte) uint64 {
	if len(k) != 8 {
		return 0
	}
	return binary.BigEndian.Uint64(k)
}
