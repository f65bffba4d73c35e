package discord

import (
	"container/list"
	"sync"
)

// lru is a map bounded to max entries that evicts the least recently used.
// It is safe for concurrent use.
type lru[K comparable, V any] struct {
	mu  sync.Mutex
	max int
	ll  *list.List // of *entry[K, V], most recent first
	m   map[K]*list.Element
}

type entry[K comparable, V any] struct {
	key K
	val V
}

func newLRU[K comparable, V any](max int) *lru[K, V] {
	return &lru[K, V]{max: max, ll: list.New(), m: map[K]*list.Element{}}
}

// get returns the value of k and marks it used.
func (c *lru[K, V]) get(k K) (V, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if e, ok := c.m[k]; ok {
		c.ll.MoveToFront(e)
		return e.Value.(*entry[K, V]).val, true
	}
	var zero V
	return zero, false
}

// put sets k to v, evicting the least recently used entry when full.
func (c *lru[K, V]) put(k K, v V) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.putLocked(k, v)
}

// update sets k to f of its current value (the zero value and false when
// absent), atomically.
func (c *lru[K, V]) update(k K, f func(v V, ok bool) V) V {
	c.mu.Lock()
	defer c.mu.Unlock()
	var old V
	e, ok := c.m[k]
	if ok {
		old = e.Value.(*entry[K, V]).val
	}
	v := f(old, ok)
	c.putLocked(k, v)
	return v
}

func (c *lru[K, V]) putLocked(k K, v V) {
	if e, ok := c.m[k]; ok {
		e.Value.(*entry[K, V]).val = v
		c.ll.MoveToFront(e)
		return
	}
	c.m[k] = c.ll.PushFront(&entry[K, V]{k, v})
	for c.ll.Len() > c.max {
		last := c.ll.Back()
		c.ll.Remove(last)
		delete(c.m, last.Value.(*entry[K, V]).key)
	}
}

// len returns the number of entries.
func (c *lru[K, V]) len() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.ll.Len()
}
