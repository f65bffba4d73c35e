package retrieval

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"os"
	"path/filepath"
)

// graphFile is the file beside the index that keeps the HNSW graph of its
// stored vectors (annGraph). It is not a section of the index: the index
// is whole without it, and a graph is only made from a certain size.
//
//	header  magic "citehnsw", graphKey (16 bytes, little-endian)
//	body    the graph in coder/hnsw's encoding (Graph.Export)
//	footer  CRC-32C (Castagnoli) of every byte before it, uint32
const graphFile = "vectors.hnsw"

var graphMagic = [8]byte{'c', 'i', 't', 'e', 'h', 'n', 's', 'w'}

const graphHeaderBytes = 8 + 16 // magic, graphKey, a reserved uint32

var (
	// errNoGraph marks a data dir without a graph file.
	errNoGraph = errors.New("no stored vector graph")
	// errStaleGraph marks a graph file made for other vectors.
	errStaleGraph = errors.New("stored vector graph is of another index")
	// errBadGraph marks a graph file that is damaged or unreadable.
	errBadGraph = errors.New("stored vector graph is damaged")
)

// graphKey names the vectors a graph was made from: the embedder, the
// chunk table (the chunks' order, spans and content hashes) and the
// vectors' count and dimension.
type graphKey struct {
	Sum    uint32 // CRC-32C of the embedder's name and then the chunk table
	Chunks uint32
	Dim    uint32
}

// keyOf returns the key of st's vectors, made by embedder.
func keyOf(st *state, embedder string) graphKey {
	sum := crc32.Checksum([]byte(embedder), castagnoli)
	sum = crc32.Update(sum, castagnoli, bytesOf(st.chunks))
	return graphKey{Sum: sum, Chunks: uint32(len(st.chunks)), Dim: uint32(st.dim)}
}

func (k graphKey) bytes() []byte {
	b := make([]byte, 0, graphHeaderBytes)
	b = append(b, graphMagic[:]...)
	b = binary.LittleEndian.AppendUint32(b, k.Sum)
	b = binary.LittleEndian.AppendUint32(b, k.Chunks)
	b = binary.LittleEndian.AppendUint32(b, k.Dim)
	return binary.LittleEndian.AppendUint32(b, 0)
}

// saveGraph writes g, the graph of the vectors of key, to dir atomically
// (a temporary file renamed over the old one).
func saveGraph(dir string, key graphKey, g *annGraph) error {
	return writeAtomic(filepath.Join(dir, graphFile), func(w *bufio.Writer) error {
		sum := crc32.New(castagnoli)
		mw := io.MultiWriter(w, sum)
		if _, err := mw.Write(key.bytes()); err != nil {
			return err
		}
		if err := g.export(mw); err != nil {
			return err
		}
		return binary.Write(w, binary.LittleEndian, sum.Sum32())
	})
}

// graphCurrent reports whether dir holds a graph file whose header names
// key; its body is checked when it is loaded.
func graphCurrent(dir string, key graphKey) bool {
	f, err := os.Open(filepath.Join(dir, graphFile))
	if err != nil {
		return false
	}
	defer f.Close()
	head := make([]byte, graphHeaderBytes)
	_, err = io.ReadFull(f, head)
	return err == nil && bytes.Equal(head, key.bytes())
}

// loadGraph reads the graph of the vectors of key from dir: errNoGraph
// when there is none, errStaleGraph when it is another index's, errBadGraph
// when its checksum or contents are wrong.
func loadGraph(dir string, key graphKey) (*annGraph, error) {
	f, err := os.Open(filepath.Join(dir, graphFile))
	if errors.Is(err, os.ErrNotExist) {
		return nil, errNoGraph
	}
	if err != nil {
		return nil, fmt.Errorf("open vector graph: %w", err)
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return nil, fmt.Errorf("open vector graph: %w", err)
	}
	body := fi.Size() - graphHeaderBytes - 4
	head := make([]byte, graphHeaderBytes)
	if _, err := io.ReadFull(f, head); err != nil || body < 0 || !bytes.Equal(head[:8], graphMagic[:]) {
		return nil, fmt.Errorf("%w: not a graph file", errBadGraph)
	}
	if !bytes.Equal(head, key.bytes()) {
		return nil, errStaleGraph
	}
	if err := checkGraphSum(f, fi.Size()); err != nil {
		return nil, err
	}
	if _, err := f.Seek(graphHeaderBytes, io.SeekStart); err != nil {
		return nil, fmt.Errorf("read vector graph: %w", err)
	}
	g, err := importANNGraph(bufio.NewReaderSize(io.LimitReader(f, body), 1<<16), int(key.Chunks), int(key.Dim))
	if err != nil {
		return nil, fmt.Errorf("%w: %v", errBadGraph, err)
	}
	return g, nil
}

// checkGraphSum checks the CRC-32C that ends f, a file of size bytes.
func checkGraphSum(f *os.File, size int64) error {
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		return fmt.Errorf("read vector graph: %w", err)
	}
	sum := crc32.New(castagnoli)
	if _, err := io.Copy(sum, io.LimitReader(f, size-4)); err != nil {
		return fmt.Errorf("read vector graph: %w", err)
	}
	var want uint32
	if err := binary.Read(f, binary.LittleEndian, &want); err != nil {
		return fmt.Errorf("read vector graph: %w", err)
	}
	if sum.Sum32() != want {
		return fmt.Errorf("%w: checksum mismatch", errBadGraph)
	}
	return nil
}
