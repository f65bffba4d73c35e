//go:build !unix

package main

import "io/fs"

// ownerOf does not know owners here: the folder's permissions are all
// that is checked.
func ownerOf(fs.FileInfo) (int, bool) { return 0, false }
