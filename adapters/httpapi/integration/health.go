package integration

import (
	"context"

	"github.com/ministryofjustice/hmpps-backbone/adapters/health"
	api "github.com/ministryofjustice/hmpps-backbone/gen/integrationapi"
)

func (s *Server) healthResponse(ctx context.Context) (api.HealthResponse, bool) {
	report := s.health.Run(ctx)
	components := make(map[string]api.HealthComponent, len(report.Components))
	for name, c := range report.Components {
		comp := api.HealthComponent{Status: api.HealthStatus(c.Status)}
		if len(c.Details) > 0 {
			details := c.Details
			comp.Details = &details
		}
		components[name] = comp
	}
	groups := []string{"liveness", "readiness"}
	return api.HealthResponse{Status: api.HealthStatus(report.Status), Components: &components, Groups: &groups}, report.Status == health.Up
}

// GetHealth implements GET /health: every component, 503 when a critical one is down.
func (s *Server) GetHealth(ctx context.Context, _ api.GetHealthRequestObject) (api.GetHealthResponseObject, error) {
	body, up := s.healthResponse(ctx)
	if !up {
		return api.GetHealth503JSONResponse(body), nil
	}
	return api.GetHealth200JSONResponse(body), nil
}

// GetHealthPing implements GET /health/ping.
func (s *Server) GetHealthPing(context.Context, api.GetHealthPingRequestObject) (api.GetHealthPingResponseObject, error) {
	return api.GetHealthPing200JSONResponse{Status: health.Up}, nil
}

// GetHealthLiveness implements GET /health/liveness: the process is serving.
func (s *Server) GetHealthLiveness(context.Context, api.GetHealthLivenessRequestObject) (api.GetHealthLivenessResponseObject, error) {
	return api.GetHealthLiveness200JSONResponse{Status: health.Up}, nil
}

// GetHealthReadiness implements GET /health/readiness: critical components are up.
func (s *Server) GetHealthReadiness(ctx context.Context, _ api.GetHealthReadinessRequestObject) (api.GetHealthReadinessResponseObject, error) {
	if _, up := s.healthResponse(ctx); !up {
		return api.GetHealthReadiness503JSONResponse{Status: health.Down}, nil
	}
	return api.GetHealthReadiness200JSONResponse{Status: health.Up}, nil
}

// GetInfo implements GET /info.
func (s *Server) GetInfo(context.Context, api.GetInfoRequestObject) (api.GetInfoResponseObject, error) {
	name, version := "HMPPS Integration API", s.build.Version
	return api.GetInfo200JSONResponse{
		App:   &api.InfoApp{Name: &name, Version: &version},
		Build: &api.InfoBuild{Version: &s.build.Version, GitCommit: &s.build.GitCommit, Time: &s.build.BuildTime},
	}, nil
}
