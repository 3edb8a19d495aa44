package kzelections

import (
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
)

// ProblemError is an RFC 9457 problem answer (application/problem+json) as a Go error.
type ProblemError struct {
	StatusCode int
	Problem    Problem
}

func (e *ProblemError) Error() string {
	return fmt.Sprintf("%d %s: %s", e.StatusCode, e.Problem.Code, e.Problem.Detail)
}

// CheckResponse returns nil for a response below 400, a *ProblemError for a problem answer and a plain
// error for anything else. Use it with any XxxWithResponse result: CheckResponse(res.HTTPResponse, res.Body).
func CheckResponse(resp *http.Response, body []byte) error {
	if resp == nil {
		return fmt.Errorf("no response")
	}
	if resp.StatusCode < 400 {
		return nil
	}
	if strings.Contains(resp.Header.Get("Content-Type"), "json") {
		var p Problem
		if err := json.Unmarshal(body, &p); err == nil && p.Code != "" {
			return &ProblemError{StatusCode: resp.StatusCode, Problem: p}
		}
	}
	return fmt.Errorf("%s: %.200s", resp.Status, body)
}
