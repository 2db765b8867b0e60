// Fetching of the JSON documents the viewer reads (model card, test vector, sample index and
// sidecars), with errors that name the document, the URL and the cause.

export async function fetchJson(url: string, documentName: string): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch (error) {
    throw new Error(`Could not load the ${documentName} from ${url}: ${error instanceof Error ? error.message : String(error)}.`);
  }
  if (!response.ok) {
    throw new Error(`Could not load the ${documentName} from ${url}: HTTP ${response.status} ${response.statusText}.`);
  }
  const contentType = response.headers.get('content-type') ?? 'unknown';
  // Vite's preview and dev servers return the app's index.html for a missing path.
  if (contentType.startsWith('text/html')) {
    throw new Error(`Could not load the ${documentName} from ${url}: the server returned an HTML page, so the file is probably missing.`);
  }
  const text = await response.text();
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`The ${documentName} at ${url} is not valid JSON (content type ${contentType}): ${reason}.`);
  }
}
