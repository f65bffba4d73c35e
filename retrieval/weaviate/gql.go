package weaviate

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/weaviate/weaviate-go-client/v5/weaviate/data/replication"
	"github.com/weaviate/weaviate-go-client/v5/weaviate/filters"
	"github.com/weaviate/weaviate-go-client/v5/weaviate/graphql"
)

// Consistency levels: reads are answered by one replica, so that queries
// go on when a node is down; writes wait for a quorum of replicas (both,
// with replication factor 2), so that any replica answers the same.
var (
	readLevel  = replication.ConsistencyLevel.ONE
	writeLevel = replication.ConsistencyLevel.QUORUM
)

// additional are the object's _additional fields.
type additional struct {
	ID       string    `json:"id"`
	Score    string    `json:"score"`
	Distance float64   `json:"distance"`
	Vector   []float32 `json:"vector"`
}

// chunkObj is a chunk object as queries return it.
type chunkObj struct {
	Path       string     `json:"path"`
	Hash       string     `json:"hash"`
	Sig        string     `json:"sig"`
	N          int        `json:"n"`
	Start      int        `json:"start"`
	End        int        `json:"end"`
	Line       int        `json:"line"`
	Text       string     `json:"text"`
	Additional additional `json:"_additional"`
}

// docObj is a document object as queries return it.
type docObj struct {
	Path       string     `json:"path"`
	Hash       string     `json:"hash"`
	Text       string     `json:"text"`
	Title      string     `json:"title"`
	Author     string     `json:"author"`
	Date       string     `json:"date"`
	Publisher  string     `json:"publisher"`
	Chunks     int        `json:"chunks"`
	Bytes      int        `json:"bytes"`
	Words      string     `json:"words"`
	Format     int        `json:"format"`
	Additional additional `json:"_additional"`
}

// fields makes the field list of a query: property names, and names of
// _additional fields after "_additional".
func fields(names ...string) []graphql.Field {
	var out []graphql.Field
	for i, n := range names {
		if n == "_additional" {
			var sub []graphql.Field
			for _, a := range names[i+1:] {
				sub = append(sub, graphql.Field{Name: a})
			}
			return append(out, graphql.Field{Name: n, Fields: sub})
		}
		out = append(out, graphql.Field{Name: n})
	}
	return out
}

// get runs a Get query of class made by gb and decodes the objects into
// out, a pointer to a slice.
func (s *Store) get(ctx context.Context, what, class string, gb *graphql.GetBuilder, out any) error {
	gb = gb.WithClassName(class)
	if s.cfg.Replicas > 1 { // the argument exists only for replicated classes
		gb = gb.WithConsistencyLevel(readLevel)
	}
	resp, err := gb.Do(ctx)
	if err != nil {
		return classify(what, err)
	}
	if len(resp.Errors) > 0 {
		return gqlError(what, resp.Errors[0].Message)
	}
	raw, err := json.Marshal(resp.Data["Get"])
	if err != nil {
		return fmt.Errorf("%s: %w", what, err)
	}
	var byClass map[string]json.RawMessage
	if err := json.Unmarshal(raw, &byClass); err != nil {
		return fmt.Errorf("%s: decode: %w", what, err)
	}
	if err := json.Unmarshal(byClass[class], out); err != nil {
		return fmt.Errorf("%s: decode: %w", what, err)
	}
	return nil
}

// where filters.

func eqText(prop, v string) *filters.WhereBuilder {
	return filters.Where().WithPath([]string{prop}).WithOperator(filters.Equal).WithValueText(v)
}

func anyText(prop string, vs ...string) *filters.WhereBuilder {
	return filters.Where().WithPath([]string{prop}).WithOperator(filters.ContainsAny).WithValueText(vs...)
}

func eqInt(prop string, v int) *filters.WhereBuilder {
	return filters.Where().WithPath([]string{prop}).WithOperator(filters.Equal).WithValueInt(int64(v))
}

func and(ws ...*filters.WhereBuilder) *filters.WhereBuilder {
	return filters.Where().WithOperator(filters.And).WithOperands(ws)
}

func filtersInt(prop string, v int, op filters.WhereOperator) *filters.WhereBuilder {
	return filters.Where().WithPath([]string{prop}).WithOperator(op).WithValueInt(int64(v))
}
