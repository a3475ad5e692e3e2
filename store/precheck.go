package store

import (
	"encoding/binary"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"os"
)

// The on-disk format of bbolt v1.5.0 (internal/common): a 16-byte page
// header (id u64, flags u16, count u16, overflow u32), meta pages 0 and 1,
// 16-byte branch and leaf elements whose key offset is relative to the
// element itself. bbolt writes native-endian integers.
const (
	boltMagic      = 0xED0CDAED
	boltVersion    = 2
	pageHeaderSize = 16
	elemSize       = 16
	metaChecked    = 56 // meta bytes covered by the checksum
	bucketHeader   = 16 // root pgid u64 + sequence u64
	flagBranch     = 0x01
	flagLeaf       = 0x02
	flagFreelist   = 0x10
	bucketLeafFlag = 0x01
	noFreelist     = ^uint64(0)
	minPageSize    = 1024
	maxPageSize    = 1 << 24
)

var ne = binary.NativeEndian

// boltMeta is a decoded meta page.
type boltMeta struct {
	pageSize uint32
	root     uint64
	freelist uint64
	pgid     uint64 // high-water mark: pages [0, pgid) are in use or free
	txid     uint64
}

// fileFacts is what checkFile learnt of a sound file.
type fileFacts struct {
	size     int64
	empty    bool // zero length
	pageSize int
	meta     boltMeta
	// lost is set (wrapping ErrLostCommit) when one meta page is damaged:
	// bbolt would silently open the file on the other, older one.
	lost error
}

// parseMeta decodes and validates the meta page at the start of page: magic
// 0xED0CDAED, version 2 and the FNV-64a checksum of the meta fields.
func parseMeta(page []byte) (boltMeta, error) {
	if len(page) < pageHeaderSize+metaChecked+8 {
		return boltMeta{}, errors.New("元数据页不完整")
	}
	m := page[pageHeaderSize:]
	if ne.Uint32(m[0:]) != boltMagic {
		return boltMeta{}, errors.New("元数据页标记不对，不是 bbolt 文件")
	}
	if v := ne.Uint32(m[4:]); v != boltVersion {
		return boltMeta{}, fmt.Errorf("元数据页版本 %d 不是 %d", v, boltVersion)
	}
	h := fnv.New64a()
	h.Write(m[:metaChecked])
	if h.Sum64() != ne.Uint64(m[metaChecked:]) {
		return boltMeta{}, errors.New("元数据页校验和不符")
	}
	return boltMeta{
		pageSize: ne.Uint32(m[8:]),
		root:     ne.Uint64(m[16:]),
		freelist: ne.Uint64(m[32:]),
		pgid:     ne.Uint64(m[40:]),
		txid:     ne.Uint64(m[48:]),
	}, nil
}

// checkFile reads the database at path with bounds-checked reads and makes
// sure bbolt can open it and walk it without faulting: a valid meta page, a
// page size bbolt would find, every page of the tree the newest valid meta
// points at inside the file with the id, type and element bounds bbolt
// assumes, and a sane freelist. It never writes.
func checkFile(path string) (fileFacts, error) {
	f, err := os.Open(path)
	if err != nil {
		return fileFacts{}, err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return fileFacts{}, err
	}
	ff := fileFacts{size: st.Size()}
	if ff.size == 0 {
		ff.empty = true
		return ff, nil
	}
	ps, err := discoverPageSize(f, ff.size)
	if err != nil {
		return ff, err
	}
	ff.pageSize = ps
	if ff.size < int64(2*ps) {
		return ff, fmt.Errorf("文件只有 %d 字节，容不下两个元数据页", ff.size)
	}
	var metas [2]boltMeta
	var errs [2]error
	for i := range metas {
		buf := make([]byte, ps)
		if _, err := f.ReadAt(buf, int64(i*ps)); err != nil {
			return ff, readErr(fmt.Sprintf("读元数据页 %d", i), err)
		}
		metas[i], errs[i] = parseMeta(buf)
		if errs[i] == nil && int(metas[i].pageSize) != ps {
			errs[i] = fmt.Errorf("元数据页的页大小 %d 与 %d 不一致", metas[i].pageSize, ps)
		}
	}
	// bbolt uses the valid meta with the higher txid (meta 0 on a tie).
	switch {
	case errs[0] != nil && errs[1] != nil:
		return ff, fmt.Errorf("两个元数据页都无效：%v；%v", errs[0], errs[1])
	case errs[0] != nil:
		ff.meta = metas[1]
		ff.lost = lostCommit(0, errs[0], metas[1].txid)
	case errs[1] != nil:
		ff.meta = metas[0]
		ff.lost = lostCommit(1, errs[1], metas[0].txid)
	case metas[1].txid > metas[0].txid:
		ff.meta = metas[1]
	default:
		ff.meta = metas[0]
	}
	w := &walker{f: f, size: ff.size, ps: uint64(ps), m: ff.meta, seen: map[uint64]bool{0: true, 1: true}}
	if err := w.walkAll(); err != nil {
		return ff, err
	}
	return ff, nil
}

// discoverPageSize finds the page size as bbolt does: from meta page 0, or
// else from a valid meta 1 found at 1 KiB << i.
// A file with the bbolt mark in neither place is no database at all
// (errNotBolt); one with the mark but no valid meta page is damaged.
func discoverPageSize(f io.ReaderAt, size int64) (int, error) {
	buf := make([]byte, 4096)
	marked := false
	if n, _ := f.ReadAt(buf, 0); n >= pageHeaderSize+4 {
		marked = hasBoltMark(buf[:n])
		if m, err := parseMeta(buf[:n]); err == nil && n == len(buf) {
			return validPageSize(m.pageSize)
		}
	}
	for i := 0; i <= 14; i++ {
		pos := int64(minPageSize) << i
		if pos >= size-minPageSize {
			break
		}
		n, _ := f.ReadAt(buf, pos)
		marked = marked || hasBoltMark(buf[:n])
		if m, err := parseMeta(buf[:n]); err == nil {
			return validPageSize(m.pageSize)
		}
	}
	if !marked {
		return 0, errNotBolt
	}
	return 0, errors.New("两个元数据页都无效，不是可用的 gazette 数据库")
}

// errNotBolt: the file has no bbolt mark at all — some other file (a text,
// a PDF) named as the database, or one whose first pages were overwritten.
var errNotBolt = errors.New("文件开头没有数据库标记，不是 gazette 数据库")

// hasBoltMark reports whether page starts like a bbolt meta page (its magic
// number after the page header).
func hasBoltMark(page []byte) bool {
	return len(page) >= pageHeaderSize+4 && ne.Uint32(page[pageHeaderSize:]) == boltMagic
}

func validPageSize(ps uint32) (int, error) {
	if ps < minPageSize || ps > maxPageSize || ps&(ps-1) != 0 {
		return 0, fmt.Errorf("元数据页的页大小 %d 无效", ps)
	}
	return int(ps), nil
}

// walker visits every page reachable from a meta page.
type walker struct {
	f    io.ReaderAt
	size int64
	ps   uint64
	m    boltMeta
	seen map[uint64]bool
}

func (w *walker) walkAll() error {
	if w.m.pgid < 3 || w.m.pgid > uint64(w.size)/w.ps {
		return fmt.Errorf("文件被截断：元数据页说有 %d 页，文件只容得下 %d 页", w.m.pgid, uint64(w.size)/w.ps)
	}
	var free []uint64
	if w.m.freelist != noFreelist {
		p, err := w.page(w.m.freelist, flagFreelist)
		if err != nil {
			return fmt.Errorf("空闲页表：%w", err)
		}
		if free, err = w.freeIDs(p); err != nil {
			return fmt.Errorf("空闲页表（第 %d 页）：%w", w.m.freelist, err)
		}
	}
	if err := w.walk(w.m.root, 0); err != nil {
		return err
	}
	for _, id := range free {
		if w.seen[id] {
			return fmt.Errorf("第 %d 页既在使用中又登记为空闲", id)
		}
	}
	return nil
}

// page reads page id (with its overflow pages), checking that it lies below
// the high-water mark and inside the file, names itself id and has type want
// (0: branch or leaf). It marks the pages seen and refuses a second visit.
func (w *walker) page(id uint64, want uint16) ([]byte, error) {
	if id < 2 || id >= w.m.pgid {
		return nil, fmt.Errorf("页号 %d 越界（应在 2 至 %d 之间）", id, w.m.pgid-1)
	}
	head := make([]byte, pageHeaderSize)
	if _, err := w.f.ReadAt(head, int64(id*w.ps)); err != nil {
		return nil, readErr(fmt.Sprintf("读第 %d 页", id), err)
	}
	if got := ne.Uint64(head); got != id {
		return nil, fmt.Errorf("第 %d 页的页头写着第 %d 页", id, got)
	}
	flags := ne.Uint16(head[8:])
	switch {
	case want != 0 && flags != want:
		return nil, fmt.Errorf("第 %d 页类型 %#x 不对（应为 %#x）", id, flags, want)
	case want == 0 && flags != flagBranch && flags != flagLeaf:
		return nil, fmt.Errorf("第 %d 页类型 %#x 不是分支页或叶页", id, flags)
	}
	over := uint64(ne.Uint32(head[12:]))
	if id+over >= w.m.pgid {
		return nil, fmt.Errorf("第 %d 页的溢出页（%d 页）越界", id, over)
	}
	for i := id; i <= id+over; i++ {
		if w.seen[i] {
			return nil, fmt.Errorf("第 %d 页被引用了不止一次", i)
		}
		w.seen[i] = true
	}
	buf := make([]byte, (over+1)*w.ps)
	if _, err := w.f.ReadAt(buf, int64(id*w.ps)); err != nil {
		return nil, readErr(fmt.Sprintf("读第 %d 页", id), err)
	}
	return buf, nil
}

// freeIDs decodes a freelist page and checks every id.
func (w *walker) freeIDs(p []byte) ([]uint64, error) {
	start, count := uint64(pageHeaderSize), uint64(ne.Uint16(p[10:]))
	if count == 0xFFFF {
		if len(p) < pageHeaderSize+8 {
			return nil, errors.New("页不完整")
		}
		count = ne.Uint64(p[pageHeaderSize:])
		start += 8
	}
	if count > (uint64(len(p))-start)/8 {
		return nil, fmt.Errorf("登记了 %d 个空闲页，页里放不下", count)
	}
	ids := make([]uint64, count)
	dup := make(map[uint64]bool, count)
	for i := range ids {
		id := ne.Uint64(p[start+uint64(i)*8:])
		if id < 2 || id >= w.m.pgid || dup[id] {
			return nil, fmt.Errorf("空闲页号 %d 无效或重复", id)
		}
		dup[id] = true
		ids[i] = id
	}
	return ids, nil
}

// walk checks the branch or leaf page id and everything below it.
func (w *walker) walk(id uint64, depth int) error {
	if depth > 64 {
		return errors.New("页树过深")
	}
	p, err := w.page(id, 0)
	if err != nil {
		return err
	}
	if ne.Uint16(p[8:]) == flagBranch {
		return w.branch(id, p, depth)
	}
	return w.leaf(fmt.Sprintf("第 %d 页", id), p, depth)
}

// elements returns the number of elements of p after checking they fit.
func elements(where string, p []byte) (int, error) {
	n := int(ne.Uint16(p[10:]))
	if pageHeaderSize+n*elemSize > len(p) {
		return 0, fmt.Errorf("%s登记了 %d 个元素，页里放不下", where, n)
	}
	return n, nil
}

func (w *walker) branch(id uint64, p []byte, depth int) error {
	where := fmt.Sprintf("第 %d 页", id)
	n, err := elements(where, p)
	if err != nil {
		return err
	}
	if n == 0 {
		return fmt.Errorf("%s是空的分支页", where)
	}
	for i := 0; i < n; i++ {
		off := uint64(pageHeaderSize + i*elemSize)
		pos, ksize := uint64(ne.Uint32(p[off:])), uint64(ne.Uint32(p[off+4:]))
		if off+pos+ksize > uint64(len(p)) {
			return fmt.Errorf("%s第 %d 个键越出页面", where, i)
		}
		if err := w.walk(ne.Uint64(p[off+8:]), depth+1); err != nil {
			return err
		}
	}
	return nil
}

// leaf checks a leaf page (or an inline bucket's page) and the buckets it
// holds.
func (w *walker) leaf(where string, p []byte, depth int) error {
	if len(p) < pageHeaderSize {
		return fmt.Errorf("%s不完整", where)
	}
	if ne.Uint16(p[8:]) != flagLeaf {
		return fmt.Errorf("%s不是叶页", where)
	}
	n, err := elements(where, p)
	if err != nil {
		return err
	}
	for i := 0; i < n; i++ {
		off := uint64(pageHeaderSize + i*elemSize)
		flags := ne.Uint32(p[off:])
		pos, ksize, vsize := uint64(ne.Uint32(p[off+4:])), uint64(ne.Uint32(p[off+8:])), uint64(ne.Uint32(p[off+12:]))
		start := off + pos
		if start+ksize+vsize > uint64(len(p)) {
			return fmt.Errorf("%s第 %d 个键值越出页面", where, i)
		}
		if flags&bucketLeafFlag == 0 {
			continue
		}
		v := p[start+ksize : start+ksize+vsize]
		if len(v) < bucketHeader {
			return fmt.Errorf("%s第 %d 个桶头不完整", where, i)
		}
		if root := ne.Uint64(v); root != 0 {
			if err := w.walk(root, depth+1); err != nil {
				return err
			}
		} else if err := w.leaf(where+"的内嵌桶", v[bucketHeader:], depth+1); err != nil {
			return err
		}
	}
	return nil
}

// lostCommit describes a damaged meta page: bbolt writes the two meta pages
// in turn and never leaves one invalid by itself (a kill cannot tear a page
// write), so the damaged one is the newer — the last commit is lost.
func lostCommit(page int, why error, txid uint64) error {
	return fmt.Errorf("元数据页 %d 已损坏（%v），bbolt 会改用另一页记下的第 %d 次提交：%w", page, why, txid, ErrLostCommit)
}

// readErr says why reading part of the file failed: the end of the file
// (a truncated file: damage) or an I/O error (kept as a *fs.PathError, so
// isDamage tells it apart).
func readErr(what string, err error) error {
	if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
		return fmt.Errorf("%s：文件提前结束（文件被截断）", what)
	}
	return ioErr(err, "%s", what)
}
