package basm

// PublicOperations exposes publicOperations to the tests.
func PublicOperations() []string {
	public, err := publicOperations()
	if err != nil {
		panic(err)
	}
	ops := make([]string, 0, len(public))
	for op := range public {
		ops = append(ops, op)
	}
	return ops
}
