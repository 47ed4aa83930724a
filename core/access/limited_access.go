package access

import (
	"context"
	"slices"

	"github.com/ministryofjustice/hmpps-backbone/core/apperr"
	"github.com/ministryofjustice/hmpps-backbone/core/person"
	"github.com/ministryofjustice/hmpps-backbone/ports"
)

// PersonResolver finds the person behind an HMPPS id within a consumer's
// filters. integration.Resolver is the one to pass: the resolution every
// person operation uses, so the LAO check sees the person the operation does.
type PersonResolver interface {
	ResolveWithin(ctx context.Context, filters Filters, raw string) (person.Identity, error)
}

// LimitedAccess decides who is a Limited Access Offender: a person whose
// probation case nDelius limits (some users excluded, or only some allowed).
type LimitedAccess struct {
	people PersonResolver
	cases  ports.CaseAccessChecker
}

// NewLimitedAccess builds the LAO check over the person resolver and nDelius.
func NewLimitedAccess(people PersonResolver, cases ports.CaseAccessChecker) *LimitedAccess {
	return &LimitedAccess{people: people, cases: cases}
}

// IsLimited is today's rule: excluded or restricted.
func IsLimited(a person.CaseAccess) bool { return a.Excluded || a.Restricted }

// Person reports whether the person behind raw is a Limited Access Offender.
//   - An id of no known shape, or a person the consumer may not see, is not:
//     the operation itself then answers 400 or 404, as it would without a
//     policy, so a policy never tells a consumer more than the operation does.
//   - A person with no CRN (known to prison only) is not: there is no
//     probation case to limit.
//   - A CRN nDelius gives no answer for is an upstream failure (500), as
//     today: LAO status must never be guessed.
func (l *LimitedAccess) Person(ctx context.Context, filters Filters, raw string) (bool, error) {
	identity, err := l.people.ResolveWithin(ctx, filters, raw)
	switch {
	case apperr.Is(err, apperr.Invalid), apperr.Is(err, apperr.NotFound):
		return false, nil
	case err != nil:
		return false, err
	}
	crn := identity.CRN()
	if crn == "" {
		return false, nil
	}
	limited, err := l.Cases(ctx, []string{crn})
	if err != nil {
		return false, err
	}
	return limited[crn], nil
}

// Cases returns which of crns are limited, asking nDelius once. Every CRN
// must be answered for.
func (l *LimitedAccess) Cases(ctx context.Context, crns []string) (map[string]bool, error) {
	crns = slices.Compact(slices.Sorted(slices.Values(crns)))
	if len(crns) == 0 {
		return map[string]bool{}, nil
	}
	access, err := l.cases.CaseAccess(ctx, crns)
	if err != nil {
		return nil, err
	}
	out := make(map[string]bool, len(crns))
	for _, crn := range crns {
		a, ok := access[crn]
		if !ok {
			return nil, &apperr.Error{Kind: apperr.Upstream, Message: "nDelius gave no access answer for CRN " + crn}
		}
		out[crn] = IsLimited(a)
	}
	return out, nil
}

// Redaction is one request's redaction: the consumer's rules for the routed
// operation and the person's LAO status, asked for at most once and only
// when a rule needs it.
type Redaction struct {
	rules   Redactions
	lao     *LimitedAccess
	filters Filters
	subject string
	named   bool

	known   bool
	limited bool
}

// Begin starts the redaction of one request routed to an operation with
// path parameters params, by a consumer with filters.
func (l *LimitedAccess) Begin(rules Redactions, filters Filters, params map[string]string) *Redaction {
	r := &Redaction{rules: rules, lao: l, filters: filters}
	if rules.namePerson {
		r.subject, r.named = PersonOf(params)
	}
	return r
}

func (r *Redaction) personLimited(ctx context.Context) (bool, error) {
	if !r.known {
		limited, err := r.lao.Person(ctx, r.filters, r.subject)
		if err != nil {
			return false, err
		}
		r.known, r.limited = true, limited
	}
	return r.limited, nil
}

// Refusal is the Denied error when a reject rule applies, an error when the
// LAO check fails, or nil when the operation may run.
func (r *Redaction) Refusal(ctx context.Context) error {
	for _, rule := range r.rules.rules {
		if rule.action != Reject {
			continue
		}
		if rule.laoOnly {
			limited, err := r.personLimited(ctx)
			if err != nil {
				return err
			}
			if !limited {
				continue
			}
			return apperr.New(apperr.Denied, "Access to %s is limited: the case is a Limited Access Offender's", r.subject)
		}
		return apperr.New(apperr.Denied, "This operation is withheld from the consumer by its redaction policy")
	}
	return nil
}

// RewritesBody reports whether a successful response must be buffered and
// passed to Rewrite.
func (r *Redaction) RewritesBody() bool {
	return slices.ContainsFunc(r.rules.rules, func(rule rule) bool { return rule.action != Reject })
}

// Rewrite applies the mask and remove rules to a decoded JSON body, in
// place where it can, and returns the result and whether any rule applied
// (if none did, the body can go out as it came).
func (r *Redaction) Rewrite(ctx context.Context, body any) (any, bool, error) {
	var laoRules []rule
	applied := false
	for _, rule := range r.rules.rules {
		switch {
		case rule.action == Reject:
		case rule.laoOnly:
			laoRules = append(laoRules, rule)
		default:
			applyRule(rule, body)
			applied = true
		}
	}
	if len(laoRules) == 0 {
		return body, applied, nil
	}
	if r.named {
		limited, err := r.personLimited(ctx)
		if err != nil || !limited {
			return body, applied, err
		}
		for _, rule := range laoRules {
			applyRule(rule, body)
		}
		return body, true, nil
	}
	// No person in the path (person search): each listed person is judged
	// on their own case.
	items := dataItems(body)
	crns := make([]string, 0, len(items))
	for _, item := range items {
		if crn := itemCRN(item); crn != "" {
			crns = append(crns, crn)
		}
	}
	limited, err := r.lao.Cases(ctx, crns)
	if err != nil {
		return body, applied, err
	}
	for _, item := range items {
		if limited[itemCRN(item)] {
			for _, rule := range laoRules {
				applyRule(rule, item)
			}
			applied = true
		}
	}
	return body, applied, nil
}

func applyRule(r rule, doc any) {
	for _, f := range r.fields {
		f.apply(r.action, doc)
	}
}

// dataItems are the people a response lists: the elements of its data list,
// or its data object.
func dataItems(body any) []map[string]any {
	obj, _ := body.(map[string]any)
	var out []map[string]any
	switch data := obj["data"].(type) {
	case []any:
		for _, v := range data {
			if item, ok := v.(map[string]any); ok {
				out = append(out, item)
			}
		}
	case map[string]any:
		out = append(out, data)
	}
	return out
}

// itemCRN is the probation case of a listed person (identifiers.deliusCrn).
func itemCRN(item map[string]any) string {
	ids, _ := item["identifiers"].(map[string]any)
	crn, _ := ids["deliusCrn"].(string)
	return crn
}
