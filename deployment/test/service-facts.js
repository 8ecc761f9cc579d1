// What the service itself says it reads and serves, taken from the repository rather than restated here.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { repositoryDir } from "./render.js";

const read = (path) => readFileSync(join(repositoryDir, path), "utf8");

/**
 * The Configuration table of docs/operations.md (checked against the @ConfigMapping interfaces by ConfigurationTableTest):
 * environment variable -> its default, as written in the table (undefined for a row of several variables).
 */
export function configurationTable() {
  const page = read("docs/operations.md");
  const section = page.slice(page.indexOf("\n## Configuration\n"));
  const table = section.slice(0, section.indexOf("\n#", 1));
  const variables = new Map();
  for (const line of table.split("\n").filter((row) => row.startsWith("| `"))) {
    const [, , variableCell, defaultCell] = line.split("|");
    const names = [...variableCell.matchAll(/`([A-Z0-9_]+)`/g)].map((match) => match[1]);
    const value = names.length === 1 ? defaultCell.match(/^\s*`([^`]*)`/)?.[1] : undefined;
    names.forEach((name) => variables.set(name, value));
  }
  return variables;
}

/** tracker-service's application.properties as a map (profile-prefixed keys kept as written). */
export function applicationProperties() {
  return new Map(read("src/tracker-service/src/main/resources/application.properties").split("\n")
    .filter((line) => /^[^#\s].*=/.test(line))
    .map((line) => [line.slice(0, line.indexOf("=")).trim(), line.slice(line.indexOf("=") + 1).trim()]));
}

export const serviceDependsOn = (artifactId) =>
  read("src/tracker-service/pom.xml").includes(`<artifactId>${artifactId}</artifactId>`);

export const dockerfile = () => read("src/tracker-service/src/main/docker/Dockerfile");

/** A duration of the service's configuration (`15s`, `30s`, `500ms`) in seconds. */
export function seconds(duration) {
  const [, amount, unit] = duration.match(/^(\d+)(ms|s|m|h)$/);
  return Number(amount) * { ms: 0.001, s: 1, m: 60, h: 3600 }[unit];
}

/** A size of the service's configuration (`1M`, `256K`) or of nginx (`2m`) in bytes. */
export function bytes(size) {
  const [, amount, unit = ""] = size.match(/^(\d+)([kKmMgG]?)$/);
  return Number(amount) * { "": 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[unit.toLowerCase()];
}
