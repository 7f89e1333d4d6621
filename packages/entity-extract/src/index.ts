/**
 * `@newsparse/entity-extract`: people, organizations, places, nationalities
 * and more, with roles, resolved within and across documents.
 *
 * @packageDocumentation
 */
export { EntityType, Mention, Alias, Role, Entity } from "./schema.js";
export { extractEntities, type ExtractEntitiesOptions, type EntityExtraction } from "./extract-entities.js";
