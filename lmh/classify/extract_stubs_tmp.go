package classify

import "github.com/lmhkit/lmhkit/lmh"

func (x *xstate) readProvider(o *lmh.Offering) {}
func (x *xstate) readContact(o *lmh.Offering)  {}
