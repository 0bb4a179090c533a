package classify

import (
	"unsafe"

	"github.com/lmhkit/lmhkit/taxonomy"
)

// The lists of a Result (Roles, AgeGroups, Methods, Conditions, Themes)
// are built in the scratch's lists buffer while the rules run, and copied
// at the end into one block of exact size that the Result owns (ownLists):
// one allocation a listing instead of one a list. Every code type has
// uint16 as its underlying type, so the block is a []uint16 seen as each
// list's type.

// listCap is the room the scratch keeps for the lists: every value of
// every facet, so that the buffer never moves while the rules hold views
// of it (it would still be correct if it did: a view keeps its old array).
const listCap = facetCap << refBits

// codesOf returns u seen as a list of C, with no room past its end.
func codesOf[C taxonomy.Code](u []uint16) []C {
	if len(u) == 0 {
		return nil
	}
	return unsafe.Slice((*C)(unsafe.Pointer(unsafe.SliceData(u))), len(u))
}

// ownLists gives out's lists memory of their own: one block for all of
// them, each list's capacity its length so that a caller's append to one
// cannot write over the next. A nil list stays nil.
func ownLists(out *Result) {
	n := len(out.Roles) + len(out.AgeGroups) + len(out.Methods) + len(out.Conditions) + len(out.Themes)
	if n == 0 {
		out.Roles, out.AgeGroups, out.Methods = out.Roles[:0:0], out.AgeGroups[:0:0], out.Methods[:0:0]
		out.Conditions, out.Themes = out.Conditions[:0:0], out.Themes[:0:0]
		return
	}
	blk := make([]uint16, n)
	out.Roles = ownList(&blk, out.Roles)
	out.AgeGroups = ownList(&blk, out.AgeGroups)
	out.Methods = ownList(&blk, out.Methods)
	out.Conditions = ownList(&blk, out.Conditions)
	out.Themes = ownList(&blk, out.Themes)
}

// ownList copies cs to the front of *blk and returns the copy, advancing
// *blk past it; an empty cs is returned with no capacity (nil stays nil).
func ownList[C taxonomy.Code](blk *[]uint16, cs []C) []C {
	if len(cs) == 0 {
		return cs[:0:0]
	}
	b := (*blk)[:len(cs):len(cs)]
	for i, c := range cs {
		b[i] = uint16(c)
	}
	*blk = (*blk)[len(cs):]
	return codesOf[C](b)
}
