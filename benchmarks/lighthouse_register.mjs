// Loaded into Lighthouse's Node process by benchmarks/lighthouse.py (NODE_OPTIONS=--import):
// registers benchmarks/lighthouse_hooks.mjs, which fixes Lighthouse 12.2.3 for Chromium 156.
import { register } from "node:module";

register("./lighthouse_hooks.mjs", import.meta.url);
