// Package lmh is the domain model of læring og mestring i helse: offerings
// (lærings- og mestringstilbud), their target groups and frames, and a
// person's needs, with validation that explains itself.
//
//	o := lmh.SampleCatalogue()[0]
//	if err := lmh.ValidateOffering(&o); err != nil {
//		var verr *lmh.ValidationError
//		if errors.As(err, &verr) {
//			for _, p := range verr.Problems {
//				fmt.Println(p.Field, p.Rule, p.Message(taxonomy.NB))
//			}
//		}
//	}
//
// # Model
//
// An Offering is described the way the field plans one: its TargetGroup
// (roles, ages, conditions, health-literacy adaptations), goals, Frames
// (sessions, hours, capacity, cost, referral and registration), content
// (themes, scope, programme), methods, Schedule, Place and Coverage, user
// participation and evaluation. Every facet value is a typed code of package
// taxonomy. A Need is what a person brings; it is health data and never
// prints its values.
//
// # Concurrency
//
// Model values are plain data: safe for concurrent reads, not for writes.
// Every function of the package is safe for concurrent use.
package lmh
