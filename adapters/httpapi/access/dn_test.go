package access_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/ministryofjustice/hmpps-backbone/adapters/httpapi/access"
)

func TestConsumerFromDN(t *testing.T) {
	t.Parallel()
	tests := []struct {
		dn   string
		want string // "" = no consumer
	}{
		{"C=GB,ST=London,L=London,O=Home Office,CN=full-access", "full-access"},
		{"O=K8s,CN=kubernetes-health-check-client", "kubernetes-health-check-client"},
		{"C=GB, O=Home Office, CN=spaced out ", "spaced out"}, // spaces around RDNs, as openssl prints them
		{"O=x,cn=lower-case-type", "lower-case-type"},
		{`O=x,CN=comma\, escaped`, "comma, escaped"},
		{`O=x,CN=hex\2Cescaped`, "hex,escaped"},
		{`O=x,CN=trailing\ `, "trailing "},
		{`O=x,CN=a=b`, "a=b"},
		{"O=x,CN=Zoë", "Zoë"},
		{`CN=evil,O=a\,CN=good`, ""},       // the last RDN is O: an escaped ",CN=" is not a separator
		{"CN=alone", ""},                   // CN must follow another RDN, as the original required
		{"C=GB,O=Home Office", ""},         // no CN
		{"C=GB,CN=name,O=Home Office", ""}, // CN not last
		{"O=x,CN=", ""},
		{"O=x,CN=   ", ""},
		{"O=x,CN=a+UID=b", ""}, // multi-valued RDN
		{"O=x,CN=#0403616263", ""},
		{`O=x,CN=bad\escape`, ""},
		{`O=x,CN=dangling\`, ""},
		{"O=x,CN=new\nline", ""},
		{"O=x,CN=\xff\xfe", ""},
		{`O=x,CN=\00nul`, ""},
		{"", ""},
		{",", ""},
		{"O=x,CNX=name", ""},
	}
	for _, tt := range tests {
		t.Run(tt.dn, func(t *testing.T) {
			t.Parallel()
			got, ok := access.ConsumerFromDN(tt.dn)
			assert.Equal(t, tt.want, got)
			assert.Equal(t, tt.want != "", ok)
		})
	}
}

// FuzzParseDN: no header value panics the parser, a name it returns is
// usable (non-empty, trimmed, printable), and any such name survives being
// escaped into a DN and read back.
func FuzzParseDN(f *testing.F) {
	for _, seed := range []string{
		"C=GB,ST=London,L=London,O=Home Office,CN=consumer",
		"O=K8s,CN=kubernetes-health-check-client",
		`O=a\,CN=b,CN=c\2C\20d`,
		"CN=x",
		`,CN=\`,
		",,,CN=+",
		"O=x,CN=#00",
		"O=x,CN=\xff",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, dn string) {
		name, ok := access.ConsumerFromDN(dn)
		if !ok {
			if name != "" {
				t.Fatalf("%q: refused but named %q", dn, name)
			}
			return
		}
		if name == "" || strings.ContainsAny(name, "\x00\n\r") {
			t.Fatalf("%q: unusable name %q", dn, name)
		}
		again, ok := access.ConsumerFromDN("O=fuzz,CN=" + escape(name))
		if !ok || again != name {
			t.Fatalf("%q: name %q does not round-trip (got %q)", dn, name, again)
		}
	})
}

// escape writes a value as RFC 4514 would, hex-escaping every special byte.
func escape(v string) string {
	var b strings.Builder
	for i := 0; i < len(v); i++ {
		c := v[i]
		if strings.IndexByte(`,=+<>#;\" `, c) >= 0 {
			b.WriteString(`\`)
			b.WriteString(strings.ToUpper(string("0123456789abcdef"[c>>4]) + string("0123456789abcdef"[c&15])))
			continue
		}
		b.WriteByte(c)
	}
	return b.String()
}
