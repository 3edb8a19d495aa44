/** The committed form of the OpenAPI document: stable two-space JSON with a final newline. */
export function renderOpenApi(document: unknown): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}
