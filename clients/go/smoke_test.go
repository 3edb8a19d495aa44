package kzelections_test

import (
	"context"
	"errors"
	"net/http"
	"os"
	"strings"
	"testing"

	kz "kzelections/clients/go"
)

// newClient connects to the running server at KZ_API_URL (see ../run-smoke-tests.sh).
func newClient(t *testing.T) *kz.ClientWithResponses {
	t.Helper()
	baseURL := os.Getenv("KZ_API_URL")
	if baseURL == "" {
		t.Fatal("set KZ_API_URL to the base URL of a running server, e.g. http://127.0.0.1:3000")
	}
	c, err := kz.NewClientWithResponses(baseURL)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestListElections(t *testing.T) {
	res, err := newClient(t).ListElectionsWithResponse(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := kz.CheckResponse(res.HTTPResponse, res.Body); err != nil {
		t.Fatal(err)
	}
	if res.JSON200.Total != 5 {
		t.Fatalf("total = %d, want 5", res.JSON200.Total)
	}
	found := false
	for _, e := range res.JSON200.Data {
		found = found || e.ID == kz.ElectionIDPRESIDENTIAL2022
	}
	if !found {
		t.Fatal("2022-presidential is not listed")
	}
}

func TestResults2022Presidential(t *testing.T) {
	res, err := newClient(t).ListElectionResultsWithResponse(context.Background(), "2022-presidential", nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := kz.CheckResponse(res.HTTPResponse, res.Body); err != nil {
		t.Fatal(err)
	}
	for _, row := range res.JSON200.Data {
		if row.ContestantID != "tokayev-kassym-jomart" {
			continue
		}
		if row.Votes.Value == nil || *row.Votes.Value != 6456393 {
			t.Fatalf("Tokayev votes = %v, want 6456393", row.Votes.Value)
		}
		if row.Votes.Status == nil || *row.Votes.Status != kz.ClaimStatusFinal {
			t.Fatalf("Tokayev votes status = %v, want final", row.Votes.Status)
		}
		if row.Pct.Value == nil || *row.Pct.Value != 81.31 {
			t.Fatalf("Tokayev pct = %v, want 81.31 exactly (float64)", row.Pct.Value)
		}
		return
	}
	t.Fatal("tokayev-kassym-jomart is not in the results")
}

func TestUnknownElectionIsATypedProblem(t *testing.T) {
	res, err := newClient(t).GetElectionWithResponse(context.Background(), "does-not-exist", nil)
	if err != nil {
		t.Fatal(err)
	}
	if res.StatusCode() != http.StatusNotFound {
		t.Fatalf("status = %d, want 404", res.StatusCode())
	}
	if res.ApplicationProblemJSON404 == nil || res.ApplicationProblemJSON404.Code != "election-not-found" {
		t.Fatalf("404 problem body = %+v, want code election-not-found", res.ApplicationProblemJSON404)
	}

	err = kz.CheckResponse(res.HTTPResponse, res.Body)
	var problem *kz.ProblemError
	if !errors.As(err, &problem) {
		t.Fatalf("CheckResponse = %v, want a *ProblemError", err)
	}
	if problem.Problem.Code != "election-not-found" || problem.StatusCode != 404 ||
		problem.Problem.Instance != "/v1/elections/does-not-exist" {
		t.Fatalf("problem = %+v", problem)
	}
}

func TestElectionsAsCSV(t *testing.T) {
	c := newClient(t)
	format := kz.ResponseFormatCsv
	byQuery, err := c.ListElectionsWithResponse(context.Background(), &kz.ListElectionsParams{Format: &format})
	if err != nil {
		t.Fatal(err)
	}
	acceptCSV := func(_ context.Context, req *http.Request) error {
		req.Header.Set("Accept", "text/csv")
		return nil
	}
	byAccept, err := c.ListElectionsWithResponse(context.Background(), nil, acceptCSV)
	if err != nil {
		t.Fatal(err)
	}
	for name, res := range map[string]*kz.ListElectionsResponse{"?format=csv": byQuery, "Accept: text/csv": byAccept} {
		if err := kz.CheckResponse(res.HTTPResponse, res.Body); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		// The generated parser leaves text/csv bodies unparsed: the CSV is res.Body.
		if ct := res.HTTPResponse.Header.Get("Content-Type"); !strings.HasPrefix(ct, "text/csv") {
			t.Fatalf("%s: Content-Type = %q", name, ct)
		}
		if header, _, _ := strings.Cut(string(res.Body), "\n"); !strings.HasPrefix(header, "id,kind,name,date") {
			t.Fatalf("%s: header line = %q", name, header)
		}
	}
}
