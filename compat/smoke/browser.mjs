// Headless Chromium: the page's ESM bundle (run.mjs bundles this file with esbuild, conditions browser) runs the
// scenario against the API server on another origin (CORS, with the Authorization preflight), plus the
// browser-only step: an API key without dangerouslyAllowBrowser is refused before any request.
// The page (browser.html) counts fetch calls in window.__compatFetches before this module loads.
import * as sdk from "openrouter-fetch";
import * as testing from "openrouter-fetch/testing";
import { resultLine, runScenario } from "./scenario.mjs";

const baseURL = new URL(location.href).searchParams.get("api");
runScenario(sdk, { testing, baseURL, browser: true, fetchCount: () => window.__compatFetches })
  .then((results) => resultLine(results, { runtime: navigator.userAgent }))
  .catch((error) => resultLine([{ step: "page", ok: false, ms: 0, error: String(error?.stack ?? error) }]))
  .then((line) => {
    window.__compatResult = line;
  });
