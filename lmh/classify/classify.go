package classify

import (
	"sync"

	"github.com/lmhkit/lmhkit/glossary"
	"github.com/lmhkit/lmhkit/taxonomy"
)

// Result is what a course listing says about itself, in the codes of
// the vocabulary. A facet the text does not support is left at its zero
// value (or nil), never guessed. The facets are read whatever InScope
// says: a page that is not an offering may still name a condition or an
// arena, and a caller who draws the in-scope line elsewhere than the
// classifier does (Confidence.InScope) keeps what the text says.
//
// A Result is a plain value; the classifier keeps no reference to
// it, so the caller may keep or change it, but it is not safe to change
// from several goroutines at once.
type Result struct {
	// InScope reports whether the text is a learning-and-coping offering (or
	// the learning-and-coping work of a service) for patients, users or
	// next of kin. Confidence.InScope is the confidence of this decision,
	// at least 0.5 either way, and the evidence of the decision comes first
	// in Evidence (Facet zero).
	InScope bool
	// The facets: the codes of each taxonomy facet the text supports. A
	// zero value or an empty list is a facet the text does not state (a
	// value the text does not support is worse than none); the facets are
	// read on every listing, in scope or not.
	Concept    taxonomy.Concept     // which of the field's defined concepts the text describes
	Format     taxonomy.Format      // run for a group or one-to-one
	Roles      []taxonomy.Role      // whom it is for: patients, next of kin, service users
	AgeGroups  []taxonomy.AgeGroup  // the ages it is for
	Arena      taxonomy.Arena       // the part of society that runs it
	Delivery   taxonomy.Delivery    // physical, digital or both
	Methods    []taxonomy.Method    // its pedagogical ways of working
	Scope      taxonomy.Scope       // how wide its content is drawn
	Conditions []taxonomy.Condition // the conditions it is organised around
	Themes     []taxonomy.Theme     // the subjects it covers
	Programme  taxonomy.Programme   // the named course model it runs
	// Confidence holds a score in [0, 1] per facet: how strongly the text
	// supports the value given (0 for an empty facet). For InScope it is the
	// confidence of the decision either way.
	Confidence Scores
	// Evidence lists what decided each value: the glossary matches and
	// the cues with their byte spans, and the rule that used them.
	Evidence []Evidence
}

// Scores holds one score in [0, 1] per facet of a Result. It
// is a plain value, safe to copy and to read concurrently.
type Scores struct {
	// InScope is the confidence of the in-scope decision, either way;
	// each other field is the score of the Result field of its name.
	InScope, Concept, Format, Roles, AgeGroups, Arena, Delivery, Methods,
	Scope, Conditions, Themes, Programme float64
}

// Of returns the score of a facet (taxonomy.FacetRole for Roles, and so
// on); for the zero Facet it returns the InScope score. Facets a
// Result does not have give 0.
func (s Scores) Of(f taxonomy.Facet) float64 {
	switch f {
	case 0:
		return s.InScope
	case taxonomy.FacetConcept:
		return s.Concept
	case taxonomy.FacetFormat:
		return s.Format
	case taxonomy.FacetRole:
		return s.Roles
	case taxonomy.FacetAgeGroup:
		return s.AgeGroups
	case taxonomy.FacetArena:
		return s.Arena
	case taxonomy.FacetDelivery:
		return s.Delivery
	case taxonomy.FacetMethod:
		return s.Methods
	case taxonomy.FacetScope:
		return s.Scope
	case taxonomy.FacetCondition:
		return s.Conditions
	case taxonomy.FacetTheme:
		return s.Themes
	case taxonomy.FacetProgramme:
		return s.Programme
	}
	return 0
}

func (s *Scores) set(f taxonomy.Facet, v float64) {
	switch f {
	case 0:
		s.InScope = v
	case taxonomy.FacetConcept:
		s.Concept = v
	case taxonomy.FacetFormat:
		s.Format = v
	case taxonomy.FacetRole:
		s.Roles = v
	case taxonomy.FacetAgeGroup:
		s.AgeGroups = v
	case taxonomy.FacetArena:
		s.Arena = v
	case taxonomy.FacetDelivery:
		s.Delivery = v
	case taxonomy.FacetMethod:
		s.Methods = v
	case taxonomy.FacetScope:
		s.Scope = v
	case taxonomy.FacetCondition:
		s.Conditions = v
	case taxonomy.FacetTheme:
		s.Themes = v
	case taxonomy.FacetProgramme:
		s.Programme = v
	}
}

// Part names the part of a listing a span lies in. Values are safe for
// concurrent use.
type Part uint8

// The parts of a listing.
const (
	PartText  Part = iota // the body (the only part for Classify)
	PartTitle             // the title given to Listing
)

// String returns "text" or "title".
func (p Part) String() string {
	if p == PartTitle {
		return "title"
	}
	return "text"
}

// Evidence is one reason for one value of a Result: a span of the
// listing, the term or cue found there, and the rule that turned it into the
// value. Part[Start:End] is the evidence as the author wrote it. An Evidence
// is a plain comparable value, safe to copy and to read concurrently.
type Evidence struct {
	// Facet and Value say what was decided. For the in-scope decision Facet
	// is the zero value and Value is zero; InScope then says which way the
	// evidence pointed.
	Facet   taxonomy.Facet
	Value   taxonomy.Ref // the code decided; zero for the in-scope decision
	InScope bool         // for the in-scope decision: the way it pointed
	// Part, Start and End locate the span: byte offsets into the title or
	// the text.
	Part       Part
	Start, End int // byte offsets of the span in Part, End exclusive
	// Term is the glossary term, or the cue, found in the span.
	Term string
	// Sense is the glossary sense of Term the value came from (zero for a
	// cue that is not a glossary term).
	Sense taxonomy.Ref
	// Basis names the rule (see rules.go), such as "term" or
	// "programme_implies_format".
	Basis Basis
}

// Classifier classifies listings. Build one with New or use the
// package functions Classify and Listing, which share a default one.
//
// A Classifier is immutable after it is built and safe for concurrent use by
// any number of goroutines.
type Classifier struct {
	g *glossary.Glossary
	// gc is g with the cue phrases (see cuephrases.go), read instead of g
	// so that one walk finds the terms and the cues; cm turns the phrases
	// found into cues. If g cannot take the phrases, gc is nil and cues
	// finds the cues in a walk of its own.
	gc   *glossary.Glossary
	cm   *cueMatcher
	cues *cueScanner
	pool sync.Pool // *scratch
}

// Option configures New.
type Option func(*Classifier)

// Glossary makes the classifier read text through g (for example one
// built with glossary.New with a user's local terms) instead of
// glossary.Default.
func Glossary(g *glossary.Glossary) Option {
	return func(c *Classifier) {
		if g != nil {
			c.g = g
		}
	}
}

// New builds a classifier.
func New(opts ...Option) *Classifier {
	c := &Classifier{cm: defaultCueMatcher()}
	for _, o := range opts {
		o(c)
	}
	if c.g == nil {
		c.g = defaultGlossary()
	}
	if gc, err := withCues(c.g, c.cm); err == nil {
		c.gc = gc
	} else {
		c.cues = defaultCues()
	}
	c.pool.New = func() any { return newScratch() }
	return c
}

var (
	extrasOnce sync.Once
	extras     *glossary.Glossary
)

// defaultGlossary is glossary.Default with the classifier's extra terms.
func defaultGlossary() *glossary.Glossary {
	extrasOnce.Do(func() {
		g, err := glossaryWithExtras()
		if err != nil {
			panic(err) // the table is checked by the package's tests
		}
		extras = g
	})
	return extras
}

var (
	defaultClassifierOnce sync.Once
	defaultClassifier     *Classifier
)

func theClassifier() *Classifier {
	defaultClassifierOnce.Do(func() { defaultClassifier = New() })
	return defaultClassifier
}

// Classify classifies one listing given as a single text (title and body
// together, or a free-text description). It is safe for concurrent use.
func Text(text string) Result {
	return theClassifier().Text(text)
}

// Listing classifies a listing with a title and a body. Words in the
// title weigh more than words in the body; evidence spans say which part
// they lie in. It is safe for concurrent use.
func Listing(title, text string) Result {
	return theClassifier().Listing(title, text)
}

// Classify classifies one text; see the package function Classify.
func (c *Classifier) Text(text string) Result {
	return c.Listing("", text)
}

// Listing classifies a listing; see the package function
// Listing.
func (c *Classifier) Listing(title, text string) Result {
	return c.classify(title, text)
}

// NeedText reads the facets of a person's own words: "pårørende til mor
// med demens, vil helst ha kurs på nett" names roles, conditions and a
// delivery but no offering; "jeg har kols" makes the writer a patient, "min
// mann har demens" next of kin. InScope is still decided and reported. It
// is safe for concurrent use.
//
// Text about a person is health data, and so is what is read from it: the
// Reading prints no value under any fmt verb. Read its fields only where
// you need them, and do not log them.
func NeedText(text string) Reading {
	return theClassifier().NeedText(text)
}

// NeedText reads the facets of a person's own words; see the package
// function NeedText.
func (c *Classifier) NeedText(text string) Reading {
	return Reading{r: c.classify("", text)}
}

func (c *Classifier) classify(title, text string) (out Result) {
	s := c.pool.Get().(*scratch)
	c.scan(s, title, text)
	decide(s, &out)
	s.title, s.text = "", ""
	c.pool.Put(s)
	return
}

// scan reads title and text once through each scanner into s: the
// glossary's matches, the cues and the age ranges, each in order of
// position, title first.
func (c *Classifier) scan(s *scratch, title, text string) {
	s.reset()
	s.title, s.text = title, text
	s.cueSrc = c.cm.cues
	s.ages = scanAgeRanges(s.ages, title, PartTitle)
	s.ages = scanAgeRanges(s.ages, text, PartText)
	if c.gc != nil {
		// One walk per part finds the terms and the cues.
		s.matches, s.phrases = c.gc.ScanAppendPhrases(s.matches, s.phrases[:0], title)
		s.cues = c.cm.hits(s.cues, title, PartTitle, s.phrases, &s.bpos, &s.pend)
		s.nTitle = len(s.matches)
		s.matches, s.phrases = c.gc.ScanAppendPhrases(s.matches, s.phrases[:0], text)
		s.cues = c.cm.hits(s.cues, text, PartText, s.phrases, &s.bpos, &s.pend)
	} else {
		// The cues first and the glossary last: the rules start from the
		// glossary's matches, which are then the freshest in the cache.
		s.cues = c.cues.scanListing(s.cues, title, text, &s.cueScratch)
		s.matches = c.g.ScanAppend(s.matches, title)
		s.nTitle = len(s.matches)
		s.matches = c.g.ScanAppend(s.matches, text)
	}
	s.textLen, s.titleLen = len(text), len(title)
}
