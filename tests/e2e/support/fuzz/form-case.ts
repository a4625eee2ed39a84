import fc from "fast-check";
import { type FieldValue, unknownFieldName, values } from "./values";

// One fuzzed form submission: each field left out, sent once, or sent
// several times (as a checkbox group would), plus fields no form has, plus
// the previous state React sends first (which the actions ignore; a hostile
// one must not matter).

export type FormCase = { fields: [string, FieldValue][]; previousState: unknown };

const previousState = fc.oneof(
  { weight: 6, arbitrary: fc.constant<unknown>({ status: "idle" }) },
  { weight: 1, arbitrary: fc.constantFrom<unknown>(null, "$K1", [], { status: "success", message: "\u0000" }, { __proto__: { admin: true } }) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
);

const occurrences = <T>(arbitrary: fc.Arbitrary<T>) =>
  fc.oneof(
    { weight: 2, arbitrary: fc.constant<T[]>([]) },
    { weight: 12, arbitrary: arbitrary.map((value) => [value]) },
    { weight: 1, arbitrary: fc.array(arbitrary, { minLength: 2, maxLength: 3 }) },
  );

export function formCase(fieldValues: Record<string, fc.Arbitrary<FieldValue>>, dynamicFields?: fc.Arbitrary<[string, FieldValue][]>): fc.Arbitrary<FormCase> {
  const named = Object.entries(fieldValues).map(([name, arbitrary]) =>
    occurrences(arbitrary).map((list) => list.map((value): [string, FieldValue] => [name, value])),
  );
  const unknown = fc.array(fc.tuple(unknownFieldName, values.text), { maxLength: 2 });
  return fc
    .tuple(fc.tuple(...named), dynamicFields ?? fc.constant([]), unknown, previousState)
    .map(([fields, dynamic, extra, state]) => ({ fields: [...fields.flat(), ...dynamic, ...extra], previousState: state }));
}

// Shortened for a report: long values cut, references left as they are.
export function describeFields(fields: [string, unknown][]): string {
  return JSON.stringify(
    fields.map(([name, value]) => {
      const shown = typeof value === "object" && value && "text" in value ? (value as { text: string }).text : value;
      return [name, typeof shown === "string" && shown.length > 80 ? `${shown.slice(0, 60)}…(${shown.length} chars)` : shown];
    }),
  );
}
