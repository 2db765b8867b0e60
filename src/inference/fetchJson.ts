// Fetching of the JSON documents the viewer reads (model card, test vector, sample index and
// sidecars), with errors that name the document, the URL and the cause.

export async function fetchJson(url: string, what: string): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch (error) {
    throw new Error(`Could not load the ${what} from ${url}: ${error instanceof Error ? error.message : String(error)}.`);
  }
  if (!response.ok) {
    throw new Error(`Could not load the ${what} from ${url}: HTTP ${response.status} ${response.statusText}.`);
  }
  const text = await response.text();
  try {
    return JSON.parse(text) as unknown;
  } catch {
    const contentType = response.headers.get('content-type') ?? 'unknown';
    throw new Error(
      `The ${what} at ${url} is not valid JSON (content type ${contentType}). ` +
        'Check that the file exists at that path.',
    );
  }
}
