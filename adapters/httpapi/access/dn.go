package access

import (
	"strings"
	"unicode/utf8"
)

// ConsumerFromDN returns the consumer name in a subject distinguished name as
// the gateway forwards it (C=GB,ST=London,L=London,O=Home Office,CN=consumer):
// the value of the CN attribute, which must be the last RDN and follow at
// least one other, as the original service's ^.*,CN=(.*)$ required.
//
// Unlike that regular expression it reads the DN's structure: escaped commas
// (\,) and hex escapes (\2C) stay inside a value, so a value containing
// ",CN=" cannot smuggle in a second name; spaces around RDNs are allowed; a
// multi-valued last RDN (CN=a+UID=b), a hex-encoded (#...) value, control
// characters and invalid UTF-8 are refused.
func ConsumerFromDN(dn string) (string, bool) {
	rdns, ok := splitRDNs(dn)
	if !ok || len(rdns) < 2 {
		return "", false
	}
	attrType, rawValue, ok := strings.Cut(rdns[len(rdns)-1], "=")
	if !ok || !strings.EqualFold(strings.TrimSpace(attrType), "CN") {
		return "", false
	}
	return unescapeValue(rawValue)
}

// splitRDNs cuts dn at every comma that is not escaped, leaving escapes in place.
func splitRDNs(dn string) ([]string, bool) {
	var rdns []string
	start := 0
	for i := 0; i < len(dn); i++ {
		switch dn[i] {
		case '\\':
			i++ // the escaped byte, whatever it is, is not a separator
			if i >= len(dn) {
				return nil, false
			}
		case ',':
			rdns = append(rdns, dn[start:i])
			start = i + 1
		}
	}
	return append(rdns, dn[start:]), true
}

// unescapeValue decodes one attribute value (RFC 4514 escapes) and trims the
// unescaped spaces around it.
func unescapeValue(raw string) (string, bool) {
	raw = strings.TrimLeft(raw, " ")
	if strings.HasPrefix(raw, "#") {
		return "", false // a BER-encoded value is not a name
	}
	var b strings.Builder
	keep := 0 // length of b that trailing-space trimming must not cut into
	for i := 0; i < len(raw); i++ {
		c := raw[i]
		switch {
		case c == '\\':
			switch {
			case i+2 < len(raw) && isHex(raw[i+1]) && isHex(raw[i+2]):
				b.WriteByte(unhex(raw[i+1])<<4 | unhex(raw[i+2]))
				i += 2
			case i+1 < len(raw) && strings.IndexByte(`,=+<>#;\" `, raw[i+1]) >= 0:
				b.WriteByte(raw[i+1])
				i++
			default:
				return "", false
			}
			keep = b.Len()
		case c == '+':
			return "", false // multi-valued RDN
		case c < 0x20 || c == 0x7f:
			return "", false
		default:
			b.WriteByte(c)
			if c != ' ' {
				keep = b.Len()
			}
		}
	}
	name := b.String()[:keep]
	if name == "" || !utf8.ValidString(name) || strings.ContainsFunc(name, isControl) {
		return "", false
	}
	return name, true
}

func isControl(r rune) bool { return r < 0x20 || r >= 0x7f && r < 0xa0 }

func isHex(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}

func unhex(c byte) byte {
	switch {
	case c >= '0' && c <= '9':
		return c - '0'
	case c >= 'a' && c <= 'f':
		return c - 'a' + 10
	}
	return c - 'A' + 10
}
