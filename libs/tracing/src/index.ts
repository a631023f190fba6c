export { loadConfigBeforeTracing, nameHttpSpan, startTracing, type Tracing, type TracingSettings } from './tracing.js';
