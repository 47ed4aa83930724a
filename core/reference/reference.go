// Package reference holds the Book a Secure Move reference data: locations,
// suppliers and the small lookup lists people and moves point at.
package reference

import "time"

// LocationType is the kind of place a location is.
type LocationType string

// Location types, as the original API names them.
const (
	Court                          LocationType = "court"
	Police                         LocationType = "police"
	Prison                         LocationType = "prison"
	SecureTrainingCentre           LocationType = "secure_training_centre"
	SecureChildrensHome            LocationType = "secure_childrens_home"
	ApprovedPremises               LocationType = "approved_premises"
	ProbationOffice                LocationType = "probation_office"
	CommunityRehabilitationCompany LocationType = "community_rehabilitation_company"
	ForeignNationalPrison          LocationType = "foreign_national_prison"
	VoluntaryHostel                LocationType = "voluntary_hostel"
	HighSecurityHospital           LocationType = "high_security_hospital"
	Hospital                       LocationType = "hospital"
	ImmigrationDetentionCentre     LocationType = "immigration_detention_centre"
)

// Detained reports whether people at this kind of location are held in custody.
func (t LocationType) Detained() bool {
	return t == Prison || t == SecureTrainingCentre || t == SecureChildrensHome
}

// Location is a place a person can be moved from or to.
type Location struct {
	ID                       string
	Key                      string
	Title                    string
	Type                     LocationType
	NomisAgencyID            string
	CanUploadDocuments       bool
	YoungOffenderInstitution bool
	Premise                  string
	Locality                 string
	City                     string
	Country                  string
	Postcode                 string
	Latitude                 *float64
	Longitude                *float64
	ExtraditionCapable       bool
	CreatedAt                time.Time
	DisabledAt               *time.Time
	SupplierIDs              []string
}

// Active reports whether the location may be used for new moves.
func (l Location) Active() bool { return l.DisabledAt == nil }

// LocationFilter narrows a location listing; empty fields do not filter.
type LocationFilter struct {
	LocationTypes            []string
	NomisAgencyIDs           []string
	SupplierIDs              []string
	LocationIDs              []string
	YoungOffenderInstitution *bool
	ExtraditionCapable       *bool
}

// Supplier is a contracted escort supplier.
type Supplier struct {
	ID   string
	Key  string
	Name string
}

// Item is an entry of a simple lookup list (genders, ethnicities, ...).
type Item struct {
	ID          string
	Key         string
	Title       string
	Description string
	NomisCode   string
	DisabledAt  *time.Time
}

// AssessmentCategory groups assessment questions.
type AssessmentCategory string

// The question categories.
const (
	HealthQuestions AssessmentCategory = "health"
	RiskQuestions   AssessmentCategory = "risk"
	CourtQuestions  AssessmentCategory = "court"
)

// AssessmentQuestion is a question a profile's assessment answers refer to.
type AssessmentQuestion struct {
	ID         string
	Key        string
	Category   AssessmentCategory
	Title      string
	DisabledAt *time.Time
}

// Category is a prisoner security category; some cannot be moved by this service.
type Category struct {
	ID            string
	Key           string
	Title         string
	MoveSupported bool
	CreatedAt     time.Time
	UpdatedAt     time.Time
}
