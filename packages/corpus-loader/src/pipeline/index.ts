export type { PipelineContext, Parser, Refiner, PipelineConfiguration } from "./stage.js";
export { createMessage, type MessageOptions } from "./create-message.js";
export { spanProblem, type SpanLike } from "./check-span.js";
export { runPipeline, type RunPipelineOptions } from "./run-pipeline.js";
export { extendConfiguration } from "./extend-configuration.js";
