package main

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
)

// dataDir returns where the index of corpus name is kept: cfg.Data, or a
// folder keyed by the corpus under the user's cache directory. Without a
// cache directory (HOME unset) it is a private folder of this user in the
// shared temporary directory, created 0700; one that another user owns,
// or that is a link, is refused, since whoever owns it could plant or read
// the index.
func dataDir(cfg Config, name string) (string, error) {
	if cfg.Data != "" {
		return cfg.Data, nil
	}
	sum := sha256.Sum256([]byte(name))
	base, err := cacheRoot()
	if err != nil {
		return "", err
	}
	return filepath.Join(base, hex.EncodeToString(sum[:8])), nil
}

// privateDir makes sure dir is a directory that only this user can use:
// it is created 0700 when missing and its permissions are narrowed when
// they are wider; a link, a file, or a folder owned by another user is an
// error that says to set --data.
func privateDir(dir string) error {
	if err := os.Mkdir(dir, 0o700); err != nil && !os.IsExist(err) {
		return fmt.Errorf("data folder %s: %w (set --data or CITEBOT_DATA)", dir, err)
	}
	fi, err := os.Lstat(dir)
	if err != nil {
		return fmt.Errorf("data folder %s: %w (set --data or CITEBOT_DATA)", dir, err)
	}
	if !fi.IsDir() {
		return fmt.Errorf("data folder %s is not a folder of yours (a link or a file): set --data or CITEBOT_DATA", dir)
	}
	if uid, ok := ownerOf(fi); ok && uid != os.Getuid() {
		return fmt.Errorf("data folder %s belongs to another user (uid %d): set --data or CITEBOT_DATA", dir, uid)
	}
	if fi.Mode().Perm()&0o077 != 0 {
		if err := os.Chmod(dir, 0o700); err != nil {
			return fmt.Errorf("data folder %s: %w", dir, err)
		}
	}
	return nil
}

// cacheRoot is the folder that holds one index folder per corpus.
func cacheRoot() (string, error) {
	if base, err := os.UserCacheDir(); err == nil {
		return filepath.Join(base, "citebot"), nil
	}
	base := filepath.Join(os.TempDir(), "citebot-"+strconv.Itoa(os.Getuid()))
	if err := privateDir(base); err != nil {
		return "", err
	}
	return base, nil
}
