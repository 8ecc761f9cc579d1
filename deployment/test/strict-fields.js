// The models' JSON schemas, like the API server's OpenAPI, accept fields they do not define, which the
// API server then rejects (kubectl's strict field validation) or silently drops (CRDs prune them). The
// models' type declarations, generated from the same schemas, do define every field: type-checking each
// object as a TypeScript literal of its kind finds every field that its schema does not have.
import ts from "typescript";
import { join } from "node:path";
import { deploymentDir, describeObject } from "./render.js";
import { modelModule } from "./models.js";

const options = {
  strict: true,
  noEmit: true,
  skipLibCheck: true,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  target: ts.ScriptTarget.ES2022,
};

/** One message per field that no schema defines, naming the object and the field. */
export function undefinedFields(objects) {
  const file = join(deploymentDir, "test", "rendered-objects.mts");
  const lines = objects.map((object, index) =>
    `// ${describeObject(object)}\n` +
    `import type { I${object.kind} as Kind${index} } from "${modelModule(object)}";\n` +
    `export const object${index}: Kind${index} = ${JSON.stringify(object, null, 1)};`);
  const source = lines.join("\n");
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  host.fileExists = (name) => name === file || ts.sys.fileExists(name);
  host.readFile = (name) => (name === file ? source : readFile(name));
  host.getSourceFile = (name, version, ...rest) =>
    name === file ? ts.createSourceFile(name, source, version) : getSourceFile(name, version, ...rest);
  const program = ts.createProgram([file], options, host);
  return ts.getPreEmitDiagnostics(program).map((diagnostic) => {
    const text = ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n");
    if (diagnostic.file?.fileName !== file) {
      return text;
    }
    const before = source.slice(0, diagnostic.start);
    const object = objects[before.match(/^export const object/gm).length - 1];
    return `${describeObject(object)}: ${text}`;
  });
}
