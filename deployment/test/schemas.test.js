// Every object of every overlay, and of the base, against the Kubernetes and CRD schemas, offline.
import { test } from "node:test";
import assert from "node:assert/strict";
import { overlays, render, describeObject, kustomizeVersion, pinnedKustomizeVersion } from "./render.js";
import { modelClass } from "./models.js";
import { undefinedFields } from "./strict-fields.js";

test("renders with the kustomize that package.json pins", (t) => {
  const pinned = pinnedKustomizeVersion();
  t.diagnostic(kustomizeVersion());
  assert.match(kustomizeVersion(), new RegExp(`Version:kustomize/v${pinned.replaceAll(".", "\\.")} `));
});

for (const folder of ["base", ...overlays.map((overlay) => `overlays/${overlay}`)]) {
  test(`${folder}: every object is valid against its schema`, async () => {
    const objects = render(folder);
    assert.ok(objects.length > 0, `${folder} renders nothing`);
    const faults = [];
    for (const object of objects) {
      try {
        new (await modelClass(object))(object).validate();
      } catch (error) {
        faults.push(`${describeObject(object)}: ${error.message}`);
      }
    }
    assert.deepEqual(faults, []);
  });

  test(`${folder}: no object has a field its schema does not define`, () => {
    assert.deepEqual(undefinedFields(render(folder)), []);
  });
}
