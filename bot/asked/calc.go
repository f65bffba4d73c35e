package asked

import (
	"regexp"
	"strings"

	"github.com/citebot/citebot/text"
)

// number is a number as a calculation writes it: "48", "1,000", "2.5",
// "$64", "15%".
const number = `\$?\d[\d,.]*%?`

// unit is a unit of measure that a conversion names.
const unit = `(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|inch(?:es)?|feet|foot|yards?|miles?|met(?:er|re)s?|` +
	`(?:centi|milli|kilo)met(?:er|re)s?|ounces?|pounds?|(?:kilo)?grams?|cups?|pints?|quarts?|gallons?|` +
	`(?:milli)?lit(?:er|re)s?|tablespoons?|teaspoons?|(?:kilo|mega|giga)?bytes?|bits?|acres?|hectares?)`

// reCalculation is a folded message that asks for a calculation and for
// nothing else: "what's 48 divided by 6", "how much is 23 times 17",
// "2 to the power of 10", "3/8 as a percentage", "17 squared", "15% of
// 80", "the square root of 81", or a conversion of units ("how many feet
// are in a mile?").
var reCalculation = regexp.MustCompile(`^(?:how many ` + unit + ` (?:are )?(?:there )?in (?:a|an|one|\d+) ` + unit + `(?: again| exactly)?` +
	`|(?:(?:what(?:'s| is)|whats|wats|how much is|calculate|compute)\s+)?(?:` +
	number + `(?:\s*(?:\+|plus|-|minus|\*|x|×|times|multiplied by|/|÷|divided by|over|to the power of|\^)\s*` + number + `)+(?:\s+as a (?:percentage|percent|fraction|decimal))?` +
	`|` + number + `\s+(?:squared|cubed)` +
	`|` + number + `\s+of\s+` + number +
	`|(?:the )?square root of ` + number + `))\s*[?.!]*$`)

// calculation is Message.Calculation of a message saying plain without
// its chatter.
func calculation(plain string) bool {
	return reCalculation.MatchString(strings.TrimSpace(text.Fold(plain)))
}
