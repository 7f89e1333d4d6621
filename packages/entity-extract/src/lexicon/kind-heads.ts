/**
 * Words that name the kind of a place or body after its own name ("Cliffside Rehab Center",
 * "Wasilla Bible Church", "Staunton Police Department"). When a collection writes one such long
 * form, its name without the kind words ("Cliffside", "Wasilla Bible", "Staunton Police") is the
 * same place or body (see resolve-entities' short forms). Lower case, as data. Kinds whose name
 * is often another entity's ("Kraft" / "Kraft Plant", "Harvard" / "Harvard University" the
 * team) are left out.
 *
 * @packageDocumentation
 */
export const KIND_HEADS: readonly string[] = [
  "center", "centre", "clinic", "hospital", "church", "cathedral", "chapel", "mosque", "synagogue", "temple",
  "department", "dept", "precinct", "academy", "institute", "foundation", "museum", "library", "treatment",
  "recovery", "rehab", "rehabilitation", "facility", "shelter", "hotel", "resort", "motel",
];
