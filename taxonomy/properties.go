package taxonomy

// This file holds the facet-specific properties of codes.

// MaxAge is the upper bound used for the open-ended age group (elderly).
const MaxAge = 130

// MinAge returns the lowest age in years the group covers.
func (g AgeGroup) MinAge() int {
	if c := g.Ref().info(); c != nil {
		return c.minAge
	}
	return 0
}

// MaxAge returns the highest age in years the group covers; for the
// open-ended group of older people it is the package constant MaxAge.
func (g AgeGroup) MaxAge() int {
	if c := g.Ref().info(); c != nil {
		return c.maxAge
	}
	return 0
}

// AgeGroupOf returns the age group an age in years falls in, or the zero
// value for a negative age or one above MaxAge.
func AgeGroupOf(age int) AgeGroup {
	for _, g := range All[AgeGroup]() {
		if age >= g.MinAge() && age <= g.MaxAge() {
			return g
		}
	}
	return 0
}

// AgeGroupsBetween returns the age groups that overlap the closed range
// [minAge, maxAge], in order from youngest. It returns nil if the range is
// empty (minAge > maxAge).
func AgeGroupsBetween(minAge, maxAge int) []AgeGroup {
	var out []AgeGroup
	for _, g := range All[AgeGroup]() {
		if minAge <= g.MaxAge() && maxAge >= g.MinAge() && minAge <= maxAge {
			out = append(out, g)
		}
	}
	return out
}

// FromDefinition reports whether the method is one of the five named in the
// official definition of the activity (information, teaching, guidance,
// counselling, experience sharing).
func (m Method) FromDefinition() bool {
	if c := m.Ref().info(); c != nil {
		return c.fromDefinition
	}
	return false
}

// Format returns the format a concept implies: group for group_offering,
// individual for individual_offering, and the zero value otherwise.
func (c Concept) Format() Format {
	return firstOf[Format](c.Ref(), func(i *conceptInfo) []uint16 { return i.formats })
}

// Concept returns the concept of an offering in this format:
// group_offering or individual_offering.
func (f Format) Concept() Concept {
	for _, c := range All[Concept]() {
		if c.Format() == f && f != 0 {
			return c
		}
	}
	return 0
}

// Format returns the programme's usual format.
func (p Programme) Format() Format {
	return firstOf[Format](p.Ref(), func(i *conceptInfo) []uint16 { return i.formats })
}

// Arena returns the arena that usually runs the programme, or the zero value
// when it is run in several.
func (p Programme) Arena() Arena {
	return firstOf[Arena](p.Ref(), func(i *conceptInfo) []uint16 { return i.arenas })
}

// Roles returns the programme's usual target roles, where the sources say.
func (p Programme) Roles() []Role {
	return listOf[Role](p.Ref(), func(i *conceptInfo) []uint16 { return i.roles })
}

// AgeGroups returns the programme's usual age groups, where the sources say.
func (p Programme) AgeGroups() []AgeGroup {
	return listOf[AgeGroup](p.Ref(), func(i *conceptInfo) []uint16 { return i.ageGroups })
}

// Conditions returns the conditions the programme is made for.
func (p Programme) Conditions() []Condition {
	return listOf[Condition](p.Ref(), func(i *conceptInfo) []uint16 { return i.conditions })
}

// Themes returns the themes the programme is built around.
func (p Programme) Themes() []Theme {
	return listOf[Theme](p.Ref(), func(i *conceptInfo) []uint16 { return i.themes })
}

func firstOf[C Code](r Ref, field func(*conceptInfo) []uint16) C {
	if c := r.info(); c != nil {
		if f := field(c); len(f) > 0 {
			return C(f[0])
		}
	}
	return 0
}

func listOf[C Code](r Ref, field func(*conceptInfo) []uint16) []C {
	if c := r.info(); c != nil {
		return toCodes[C](field(c))
	}
	return nil
}
