// Package core holds the domain and use cases, free of transport, storage and
// generated code (architecture_test.go keeps it that way).
package core
