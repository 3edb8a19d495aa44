type Doc = {
  paths?: Record<string, Record<string, { operationId?: string; responses?: Record<string, ResponseObject> }>>;
};
type ResponseObject = { content?: Record<string, { example?: unknown }> };

/**
 * Puts an example on the 200 response of the named operations, per media type. The examples are read from the
 * store when the document is built, so they are real data and change with it, never a hand-copied figure.
 */
export function withResponseExamples<T>(document: T, examples: Record<string, Record<string, unknown>>): T {
  const doc = document as Doc;
  for (const methods of Object.values(doc.paths ?? {})) {
    for (const op of Object.values(methods)) {
      const wanted = op.operationId ? examples[op.operationId] : undefined;
      const content = op.responses?.['200']?.content;
      if (!wanted || !content) continue;
      for (const [type, value] of Object.entries(wanted)) if (content[type]) content[type].example = value;
    }
  }
  return document;
}
