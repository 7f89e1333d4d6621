import { packageBuild } from "../../config/tsup.package.js";

export default packageBuild({ entry: ["src/index.ts", "src/node.ts"] });
