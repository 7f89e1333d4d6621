import type { Document, Message } from "@newsparse/corpus-loader";
import type { ClaimGroup, Conflict } from "../schema.js";

/** What the grouping phases read and fill: documents by id, and the groups, conflicts and messages so far (ids count on from them). */
export interface GroupingState {
  readonly documents: ReadonlyMap<string, Document>;
  readonly groups: ClaimGroup[];
  readonly conflicts: Conflict[];
  readonly messages: Message[];
}
