// Package risks holds what OASys (via Assess Risks and Needs) says about a
// person: the risk of serious harm (ROSH) assessment, the reoffending
// predictor scores, the risk management plans and the criminogenic needs.
package risks

import (
	"strings"
	"time"
	"unicode"
)

// SeriousHarm is the latest ROSH assessment.
type SeriousHarm struct {
	AssessedOn *time.Time
	RiskToSelf RiskToSelf
	OtherRisks OtherRisks
	Summary    Summary
}

// RiskToSelf groups the five risk-to-self questions.
type RiskToSelf struct {
	Suicide, SelfHarm, Custody, HostelSetting, Vulnerability Answer
}

// Answer is one risk-to-self answer: YES, NO, DK (don't know) or NA, now and
// before, with the assessor's concerns.
type Answer struct {
	Risk                 string
	Previous             string
	PreviousConcernsText string
	Current              string
	CurrentConcernsText  string
}

// OtherRisks are the custody-related risk answers.
type OtherRisks struct {
	EscapeOrAbscond                  string
	ControlIssuesDisruptiveBehaviour string
	BreachOfTrust                    string
	RiskToOtherPrisoners             string
}

// Summary is the ROSH summary. RiskInCommunity and RiskInCustody map each
// group at risk (camel-cased, e.g. knownAdult) to its level.
type Summary struct {
	WhoIsAtRisk           string
	NatureOfRisk          string
	RiskImminence         string
	RiskIncreaseFactors   string
	RiskMitigationFactors string
	OverallRiskLevel      string
	RiskInCommunity       map[string]string
	RiskInCustody         map[string]string
}

// ByGroup inverts OASys's grouping of risk levels. OASys lists, per level,
// the groups at that level ({"HIGH": ["Children", "Known Adult"]}); consumers
// ask "how at risk is this group?", so the API keys by group instead
// ({"children": "HIGH", "knownAdult": "HIGH"}). A nil input stays nil.
func ByGroup(byLevel map[string][]string) map[string]string {
	if byLevel == nil {
		return nil
	}
	out := make(map[string]string)
	for level, groups := range byLevel {
		for _, g := range groups {
			out[camelCase(g)] = level
		}
	}
	return out
}

// camelCase turns "Known Adult" into "knownAdult".
func camelCase(s string) string {
	var b strings.Builder
	for i, word := range strings.Fields(s) {
		runes := []rune(strings.ToLower(word))
		if i > 0 {
			runes[0] = unicode.ToUpper(runes[0])
		}
		b.WriteString(string(runes))
	}
	return b.String()
}
