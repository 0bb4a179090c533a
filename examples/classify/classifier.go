package main

// classifyListing is the classifier the program uses.
// TODO(phase 2): wire to lmh.ClassifyListing.
func classifyListing(title, text string) result {
	return result{}
}
