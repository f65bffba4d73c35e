package openai

import (
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
	"unicode/utf8"

	"github.com/citebot/citebot"
	goopenai "github.com/sashabaranov/go-openai"
)

// DefaultMaxReplyBytes is the cap on a reply's text when
// Config.MaxReplyBytes is zero.
const DefaultMaxReplyBytes = 16 << 10

// ErrReplyTruncated classifies the *Error returned, with the text up to
// the cap, when a reply is longer than Config.MaxReplyBytes. It is the
// domain's citebot.ErrReplyTooLong, so answerers need not know this package.
var ErrReplyTruncated = citebot.ErrReplyTooLong

// errBodyTooLarge ends the reading of a response body past its limit.
var errBodyTooLarge = errors.New("response body too large")

// truncated is the error returned with a reply cut at limit bytes.
func truncated(op string, limit int) *Error {
	return &Error{Op: op, Msg: fmt.Sprintf("reply longer than %d bytes; cut there", limit), kind: ErrReplyTruncated}
}

// tooLarge is the error returned when a response body passes its limit
// before its text does.
func tooLarge(op string, limit int64) *Error {
	return &Error{Op: op, Msg: fmt.Sprintf("response body longer than %d bytes; reading stopped", limit), kind: ErrReplyTruncated}
}

// cutAt returns s cut to at most n bytes at a rune boundary, and whether
// it was cut.
func cutAt(s string, n int) (string, bool) {
	if len(s) <= n {
		return s, false
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n], true
}

// limitDoer bounds the bytes read from chat completion responses, so
// that a server cannot make the client buffer an unbounded body: the
// reply text is capped at text bytes, and the body, with its JSON or SSE
// envelope, at a generous multiple of that.
type limitDoer struct {
	next goopenai.HTTPDoer
	body int64
}

// bodyLimit is the most bytes read of a chat response whose text is
// capped at n bytes: streams spend a hundred bytes or more of envelope on
// every few bytes of text.
func bodyLimit(n int) int64 { return 64*int64(n) + 1<<20 }

// Do implements go-openai's HTTPDoer.
func (d limitDoer) Do(req *http.Request) (*http.Response, error) {
	resp, err := d.next.Do(req)
	if err != nil || !strings.HasSuffix(req.URL.Path, "/chat/completions") {
		return resp, err
	}
	resp.Body = &limitedBody{rc: resp.Body, left: d.body}
	return resp, nil
}

// limitedBody reads at most left bytes, then fails with errBodyTooLarge.
type limitedBody struct {
	rc   io.ReadCloser
	left int64
}

func (b *limitedBody) Read(p []byte) (int, error) {
	if b.left <= 0 {
		return 0, errBodyTooLarge
	}
	if int64(len(p)) > b.left {
		p = p[:b.left]
	}
	n, err := b.rc.Read(p)
	b.left -= int64(n)
	return n, err
}

func (b *limitedBody) Close() error { return b.rc.Close() }
