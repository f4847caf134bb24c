// Module hook for Lighthouse 12.2.3 (registered by lighthouse_register.mjs): its trace engine
// (@paulirish/trace_engine 0.0.32) reads the frame number of a PipelineReporter trace event from
// `args.chrome_frame_reporter`, which newer Chromium (156 here) names `args.frame_reporter`. On
// such a trace it throws, and six audits go with it: render-blocking-resources, layout-shifts,
// largest-contentful-paint-element, lcp-lazy-loaded, prioritize-lcp-image and
// non-composited-animations. The trace engine of later Lighthouse versions reads either name, as
// this does; but Lighthouse 12.3 and later need Node 22. The source is changed as it is loaded:
// node_modules stays as npm installed it, and a version without the old line is left alone.
const HANDLER = "/@paulirish/trace_engine/models/trace/handlers/ScreenshotsHandler.js";
const OLD = "evt.args.data.beginEvent.args.chrome_frame_reporter.frame_sequence";
const NEW =
  "(evt.args.data.beginEvent.args.chrome_frame_reporter ??" +
  " evt.args.data.beginEvent.args.frame_reporter).frame_sequence";

export async function load(url, context, nextLoad) {
  const result = await nextLoad(url, context);
  if (!url.endsWith(HANDLER)) {
    return result;
  }
  const source = String(result.source);
  return source.includes(OLD) ? { ...result, source: source.replace(OLD, NEW) } : result;
}
