// @ts-check
/**
 * TypeDoc plugin: keep the names of the zod-inferred types in signatures and
 * properties, so an API page leads with its description and links to
 * `Document`, `Entity`, … instead of printing their expanded object types.
 *
 * Why: TypeDoc converts a parameter, return or property type from the type
 * checker's type and uses the written type only as a hint. A type declared as
 * `type Document = z.infer<typeof Document>` is, to the checker, an anonymous
 * object type without an alias symbol, so TypeDoc writes it out in full
 * (about 120 lines for `Document`, twice in `extractEntities(input: string |
 * Document | readonly Document[])`). When that conversion produced an inline
 * object type and the declaration has a written type, this plugin converts the
 * written type instead, which keeps references by name (and links them).
 */
import ts from "typescript";
import { Converter, ReflectionKind } from "typedoc";

/**
 * Whether a converted type contains an inline object type.
 *
 * @param {import("typedoc").SomeType | undefined} type
 * @returns {boolean}
 */
function hasInlineObject(type) {
  if (!type) return false;
  switch (type.type) {
    case "reflection":
      return true;
    case "union":
    case "intersection":
      return type.types.some(hasInlineObject);
    case "array":
      return hasInlineObject(type.elementType);
    case "typeOperator":
      return hasInlineObject(type.target);
    case "tuple":
      return type.elements.some(hasInlineObject);
    case "optional":
    case "rest":
      return hasInlineObject(type.elementType);
    case "reference":
      return (type.typeArguments ?? []).some(hasInlineObject);
    default:
      return false;
  }
}

/**
 * Whether a written type is worth converting instead: it names types rather
 * than spelling out an object itself.
 *
 * @param {ts.TypeNode | undefined} node
 * @returns {node is ts.TypeNode}
 */
function namesTypes(node) {
  return !!node && !ts.isTypeLiteralNode(node) && !ts.isMappedTypeNode(node);
}

/**
 * Convert a type anew, dropping the reflections of the inline object types it
 * replaces (they would otherwise stay in the project without a parent).
 *
 * @param {import("typedoc").Context} context
 * @param {import("typedoc").SomeType | undefined} old
 * @param {() => import("typedoc").SomeType} convert
 * @returns {import("typedoc").SomeType}
 */
function replace(context, old, convert) {
  if (old) context.project.removeTypeReflections(old);
  return convert();
}

/** @param {import("typedoc").Application} app */
export function load(app) {
  app.converter.on(Converter.EVENT_CREATE_SIGNATURE, (context, signature, declaration) => {
    if (!declaration || !("parameters" in declaration) || !Array.isArray(declaration.parameters)) return;
    const nodes = /** @type {readonly ts.ParameterDeclaration[]} */ (declaration.parameters);
    if (nodes.length !== (signature.parameters?.length ?? 0)) return;
    const scope = context.withScope(signature);
    for (const [i, parameter] of (signature.parameters ?? []).entries()) {
      const node = nodes[i]?.type;
      if (hasInlineObject(parameter.type) && namesTypes(node)) parameter.type = replace(context, parameter.type, () => context.converter.convertType(scope.withScope(parameter), node));
    }
    const returns = /** @type {{ type?: ts.TypeNode }} */ (declaration).type;
    if (hasInlineObject(signature.type) && namesTypes(returns) && !ts.isTypePredicateNode(returns)) signature.type = replace(context, signature.type, () => context.converter.convertType(scope, returns));
  });

  app.converter.on(Converter.EVENT_CREATE_DECLARATION, (context, reflection) => {
    if (!reflection.kindOf(ReflectionKind.Property) || !hasInlineObject(reflection.type)) return;
    const declaration = context.getSymbolFromReflection(reflection)?.valueDeclaration;
    if (!declaration || !(ts.isPropertySignature(declaration) || ts.isPropertyDeclaration(declaration))) return;
    const node = declaration.type;
    if (namesTypes(node)) reflection.type = replace(context, reflection.type, () => context.converter.convertType(context.withScope(reflection), node));
  });
}
