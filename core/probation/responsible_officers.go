package probation

// ResponsibleOfficers are the two people who manage an offender: the prison
// offender manager (POM) while in custody and the community offender manager
// (COM) from probation.
type ResponsibleOfficers struct {
	Prison    PrisonOffenderManager
	Community Manager
}

// PrisonOffenderManager is the primary POM the Manage POM Cases service
// allocates, and the prison they work in.
type PrisonOffenderManager struct {
	Forename   string
	Surname    string
	PrisonCode string
}
