package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"

	"github.com/citebot/citebot/bot/extract"
	"github.com/citebot/citebot/eval"
)

// writeFloor chooses the floor of the embedded model's second look on qs
// (eval.FitFloor) and writes the model with it to out.
func writeFloor(ctx context.Context, qs []eval.Question, out string, opts eval.FitOptions) error {
	m, err := extract.DefaultModel()
	if err != nil {
		return err
	}
	rep, err := eval.FitFloor(ctx, qs, m, opts)
	if err != nil {
		return err
	}
	printFloor(rep, "in sample")
	m.Meaning.Floor = rep.Floor
	return writeModel(out, m)
}

// printFloor prints how a floor was chosen.
func printFloor(r eval.FloorReport, how string) {
	fmt.Printf("  floor %.2f (%s): refuses %d unanswerable and %d answerable questions the first look answers; the first look refuses %d of %d answerable\n",
		r.Floor, how, r.FarUnanswerable, r.FarAnswerable, r.Refused, r.Answerable)
}

// writeModel writes a model as confidence.json is written.
func writeModel(out string, model extract.Model) error {
	data, err := json.MarshalIndent(model, "", "  ")
	if err != nil {
		return err
	}
	if err := os.WriteFile(out, append(data, '\n'), 0o644); err != nil {
		return err
	}
	fmt.Printf("wrote %s\n", out)
	return nil
}
