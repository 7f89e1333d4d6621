import { packageProject } from "../../config/vitest.package.js";

export default packageProject("timeline");
