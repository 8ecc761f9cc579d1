// Which published model package holds the schema of an apiVersion: kubernetes-models for Kubernetes
// itself, @kubernetes-models/* for the operators' CRDs, all generated from the upstream OpenAPI and CRDs.
const packageByGroup = {
  "": "kubernetes-models",
  apps: "kubernetes-models",
  policy: "kubernetes-models",
  autoscaling: "kubernetes-models",
  "networking.k8s.io": "kubernetes-models",
  "monitoring.coreos.com": "@kubernetes-models/prometheus-operator",
  "kafka.strimzi.io": "@kubernetes-models/strimzi-kafka-operator",
  "postgresql.cnpg.io": "@kubernetes-models/cloudnative-pg",
};

/** The module of an object's kind, e.g. kubernetes-models/apps/v1/Deployment; undefined when none is known. */
export function modelModule({ apiVersion, kind }) {
  const group = apiVersion.includes("/") ? apiVersion.slice(0, apiVersion.lastIndexOf("/")) : "";
  const owner = packageByGroup[group];
  return owner && `${owner}/${apiVersion}/${kind}`;
}

/** The model class of an object's kind, checked to be that exact apiVersion and kind. */
export async function modelClass(object) {
  const module = modelModule(object);
  if (!module) {
    throw new Error(`no schema is installed for ${object.apiVersion} ${object.kind}`);
  }
  const model = (await import(module))[object.kind];
  if (model?.apiVersion !== object.apiVersion || model?.kind !== object.kind) {
    throw new Error(`${module} is not the model of ${object.apiVersion} ${object.kind}`);
  }
  return model;
}
