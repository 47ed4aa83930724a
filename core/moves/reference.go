package moves

import (
	"context"
	"errors"
)

const (
	referenceLetters  = "ACEFHJKMNPRTUVWXY"
	referenceDigits   = "123456789"
	maxReferenceTries = 100
)

// NewReference makes a move reference such as AHN7936K: three letters, four
// digits and a letter, each block drawn without repetition (as the original
// does), with intn returning a uniform int in [0, n).
func NewReference(intn func(n int) int) string {
	b := make([]byte, 0, 8)
	b = append(b, sample(referenceLetters, 3, intn)...)
	b = append(b, sample(referenceDigits, 4, intn)...)
	b = append(b, sample(referenceLetters, 1, intn)...)
	return string(b)
}

func sample(alphabet string, k int, intn func(n int) int) []byte {
	pool := []byte(alphabet)
	out := make([]byte, k)
	for i := range k {
		j := i + intn(len(pool)-i)
		pool[i], pool[j] = pool[j], pool[i]
		out[i] = pool[i]
	}
	return out
}

// ErrNoFreeReference is returned when no unused reference was found.
var ErrNoFreeReference = errors.New("moves: no free reference found")

// UniqueReference draws references until taken reports one unused.
func UniqueReference(ctx context.Context, intn func(n int) int, taken func(context.Context, string) (bool, error)) (string, error) {
	for range maxReferenceTries {
		ref := NewReference(intn)
		used, err := taken(ctx, ref)
		if err != nil {
			return "", err
		}
		if !used {
			return ref, nil
		}
	}
	return "", ErrNoFreeReference
}
