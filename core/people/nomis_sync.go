package people

import (
	"time"

	"github.com/ministryofjustice/hmpps-backbone/core/prison"
)

// The NOMIS sync turns a prisoner's alerts into risk answers and their personal
// care needs into health answers. These tables are the whole mapping.

// alertQuestion maps NOMIS alert codes to risk question keys; any other code is "other_risks".
var alertQuestion = func() map[string]string {
	m := map[string]string{}
	for key, codes := range map[string][]string{
		"self_harm":          {"HA", "HA1", "HA2", "HC", "HS", "F1"},
		"hold_separately":    {"CC1", "CC2", "CC3", "CC4", "CPC", "CPRC", "CSIP", "V45", "VOP", "V46", "VJOP", "V49G", "V49P", "VI", "VIP", "VLES", "RCC", "RCS", "REG", "RDP", "RLG", "ROP", "RRV", "RTP", "RYP", "XGANG", "HPI", "XHT", "XR", "XRF", "RNO121"},
		"violent":            {"PC1", "PC2", "PC3", "PL1", "PL2", "PL3", "PVN", "CA", "OCVM", "RDV", "ROH", "ROM", "ROV", "RPB", "RPC", "RST", "RSS", "XB", "XSA", "XTACT", "XVL", "XSC"},
		"escape":             {"XC", "XCU", "XEBM", "XEL", "XER"},
		"not_to_be_released": {"TAP", "TAH", "TCPA", "TG", "TM", "TPR", "TSE", "WO", "XSDEPORT", "XILLENT", "XNR", "XLDEPORT"},
		"health_issue":       {"MAS", "MHT", "MSP", "HID", "UPIU", "URCU", "URS", "USU"},
		"special_vehicle":    {"MEP", "MFL", "PEEP", "MSI"},
	} {
		for _, c := range codes {
			m[c] = key
		}
	}
	return m
}()

// careNeedQuestion maps personal-care problem codes to health question keys; any other is "health_issue".
var careNeedQuestion = func() map[string]string {
	m := map[string]string{}
	for key, codes := range map[string][]string{
		"pregnant":        {"PREG", "NO9U18", "NU9", "NU9U18", "ACCU18", "ACCU9", "AU9U18"},
		"special_vehicle": {"BRK", "SPR", "ARTH", "EPI", "FALS", "VI", "RM", "PC", "RC", "SD", "OD"},
	} {
		for _, c := range codes {
			m[c] = key
		}
	}
	return m
}()

var careNeedDomain = map[string]string{"PHY": "Medical", "DISAB": "Disability", "MATSTAT": "Maternity Status"}

// QuestionKeyForAlert names the risk question a NOMIS alert code answers.
func QuestionKeyForAlert(code string) string {
	if key, ok := alertQuestion[code]; ok {
		return key
	}
	return "other_risks"
}

// QuestionKeyForCareNeed names the health question a personal-care problem code answers.
func QuestionKeyForCareNeed(code string) string {
	if key, ok := careNeedQuestion[code]; ok {
		return key
	}
	return "health_issue"
}

// QuestionIDs finds a question id by key; ok=false when none exists. Alert
// codes mostly answer risk questions, but some answer health ones (MAS →
// health_issue), so the key alone decides.
type QuestionIDs func(key string) (id string, ok bool)

// AnswersFromAlerts builds imported answers from a prisoner's active alerts.
func AnswersFromAlerts(alerts []prison.Alert, questionID QuestionIDs, today time.Time) []AssessmentAnswer {
	var out []AssessmentAnswer
	for _, a := range alerts {
		if a.Expired {
			continue
		}
		id, ok := questionID(QuestionKeyForAlert(a.Code))
		if !ok {
			continue
		}
		created := dateOf(today)
		if a.DateCreated != nil {
			created = dateOf(*a.DateCreated)
		}
		out = append(out, AssessmentAnswer{
			QuestionID:                id,
			Comments:                  a.Comment,
			CreatedAt:                 created,
			ExpiresAt:                 a.DateExpired,
			NomisAlertType:            a.Type,
			NomisAlertCode:            a.Code,
			NomisAlertTypeDescription: a.TypeDescription,
			NomisAlertDescription:     a.CodeDescription,
			ImportedFromNomis:         true,
		})
	}
	return out
}

// AnswersFromCareNeeds builds imported health answers from personal care needs.
func AnswersFromCareNeeds(needs []prison.PersonalCareNeed, questionID QuestionIDs, today time.Time) []AssessmentAnswer {
	var out []AssessmentAnswer
	for _, n := range needs {
		id, ok := questionID(QuestionKeyForCareNeed(n.ProblemCode))
		if !ok {
			continue
		}
		typeDescription, known := careNeedDomain[n.ProblemType]
		if !known {
			typeDescription = "Unknown"
		}
		created := dateOf(today)
		if n.StartDate != nil {
			created = dateOf(*n.StartDate)
		}
		out = append(out, AssessmentAnswer{
			QuestionID:                id,
			Comments:                  n.ProblemDescription,
			CreatedAt:                 created,
			ExpiresAt:                 n.EndDate,
			NomisAlertType:            n.ProblemType,
			NomisAlertCode:            n.ProblemCode,
			NomisAlertTypeDescription: typeDescription,
			NomisAlertDescription:     n.ProblemDescription,
			ImportedFromNomis:         true,
		})
	}
	return out
}
