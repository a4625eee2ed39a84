import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";

// Validates values against a component of an OpenAPI 3.1 document with a
// JSON Schema 2020-12 validator (OpenAPI 3.1's schema dialect): a check of
// the generated document itself, independent of the zod schemas it came from.
// Returns the validator's errors, empty when the value fits. Formats (date,
// date-time, uri...) are checked as well as the patterns zod writes.
export function documentValidator(openApi: object) {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  // The whole document as one schema, so "#/components/…" resolves inside it.
  ajv.addSchema({ ...openApi, $id: "https://onrecord.test/openapi.json" });
  return (component: string, value: unknown) => {
    const validate = ajv.getSchema(`https://onrecord.test/openapi.json#/components/schemas/${component}`);
    if (!validate) throw new Error(`No component ${component} in the document`);
    return validate(value) ? [] : validate.errors!;
  };
}
