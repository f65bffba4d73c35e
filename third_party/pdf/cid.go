package pdf

import "strings"

// citebot patch: the widths of a composite (Type0) font's glyphs. Such a
// font shows two-byte codes (Identity-H and the UCS-2 encodings), and its
// widths are in its descendant CIDFont's W array, not in Widths: without
// them every glyph had width 0, the text position did not advance, and a
// reader that rebuilds words from positions saw a space wherever the text
// was placed anew ("st ats" for "stats").

// cidWidths are a composite font's glyph widths, in thousandths of the
// font size, by two-byte code (the CID under Identity encodings).
type cidWidths struct {
	dw float64         // DW, the default width
	w  map[int]float64 // from W
}

// maxCIDWidths bounds the widths read from one font's W array, which a
// range entry ("0 65535 500") could otherwise make as large as it says.
const maxCIDWidths = 1 << 16

// newCIDWidths reads the widths of font, or returns nil when font is not a
// composite font.
func newCIDWidths(font Font) *cidWidths {
	if font.V.Key("Subtype").Name() != "Type0" {
		return nil
	}
	d := font.V.Key("DescendantFonts").Index(0)
	c := &cidWidths{dw: 1000, w: map[int]float64{}}
	if v := d.Key("DW"); v.Kind() == Integer || v.Kind() == Real {
		c.dw = v.Float64()
	}
	w := d.Key("W")
	for i := 0; i+1 < w.Len() && len(c.w) < maxCIDWidths; {
		first := int(w.Index(i).Int64())
		if next := w.Index(i + 1); next.Kind() == Array {
			for j := 0; j < next.Len() && len(c.w) < maxCIDWidths; j++ {
				c.w[first+j] = next.Index(j).Float64()
			}
			i += 2
			continue
		}
		if i+2 >= w.Len() {
			break
		}
		last, width := int(w.Index(i+1).Int64()), w.Index(i+2).Float64()
		for code := first; code <= last && len(c.w) < maxCIDWidths; code++ {
			c.w[code] = width
		}
		i += 3
	}
	return c
}

// width returns the width of code.
func (c *cidWidths) width(code int) float64 {
	if w, ok := c.w[code]; ok {
		return w
	}
	return c.dw
}

// showCodes shows s, two-byte codes in g's composite font, appending a Text
// for each code that decodes to text and moving the text position by each
// code's width (citebot patch).
func showCodes(g *gstate, enc TextEncoding, s string, text *[]Text) {
	f := g.Tf.BaseFont()
	if i := strings.Index(f, "+"); i >= 0 {
		f = f[i+1:]
	}
	for i := 0; i+1 < len(s); i += 2 {
		w0 := g.cid.width(int(s[i])<<8 | int(s[i+1]))
		Trm := matrix{{g.Tfs * g.Th, 0, 0}, {0, g.Tfs, 0}, {0, g.Trise, 1}}.mul(g.Tm).mul(g.CTM)
		if ch := enc.Decode(s[i : i+2]); ch != "" {
			*text = append(*text, Text{f, Trm[0][0], Trm[2][0], Trm[2][1], w0 / 1000 * Trm[0][0], ch})
		}
		tx := (w0/1000*g.Tfs + g.Tc) * g.Th
		g.Tm = matrix{{1, 0, 0}, {0, 1, 0}, {tx, 0, 1}}.mul(g.Tm)
	}
}
