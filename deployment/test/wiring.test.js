// The rendered overlays agree with each other and with the service: selectors select, names resolve,
// probes and metrics ask the service's endpoints, the environment names the settings the service reads,
// and PostgreSQL, Kafka and the topics are the ones configured.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { overlays, render, describeObject } from "./render.js";
import {
  applicationProperties, bytes, configurationTable, dockerfile, seconds, serviceDependsOn,
} from "./service-facts.js";

const TRACKER = "negotiation-tracker";
// Read by the JVM itself, not by the service's configuration.
const JVM_VARIABLES = new Set(["JAVA_TOOL_OPTIONS"]);
// CloudNativePG's documented names: the read-write Service <cluster>-rw and the application user's
// Secret <cluster>-app with the keys username and password.
const cnpgService = (cluster) => `${cluster.metadata.name}-rw`;
const cnpgSecret = (cluster) => `${cluster.metadata.name}-app`;
// Strimzi's documented name of a Kafka cluster's bootstrap Service.
const strimziBootstrap = (kafka) => `${kafka.metadata.name}-kafka-bootstrap`;

const ofKind = (objects, kind) => objects.filter((object) => object.kind === kind);
function named(objects, kind, name) {
  const found = objects.find((object) => object.kind === kind && object.metadata.name === name);
  assert.ok(found, `there is no ${kind}/${name}`);
  return found;
}

function selects(selector, labels) {
  const matchLabels = selector.matchLabels ?? selector;
  assert.equal(selector.matchExpressions, undefined, "matchExpressions are not checked here");
  return Object.keys(matchLabels).length > 0 &&
    Object.entries(matchLabels).every(([key, value]) => labels?.[key] === value);
}
const workloads = (objects) => [...ofKind(objects, "Deployment"), ...ofKind(objects, "StatefulSet")];
function selectedWorkloads(objects, selector, by) {
  const selected = workloads(objects).filter((workload) => selects(selector, workload.spec.template.metadata.labels));
  assert.ok(selected.length > 0, `${by} selects no pod`);
  return selected;
}

const trackerDeployment = (objects) => named(objects, "Deployment", TRACKER);
const EXTRACTOR = `${TRACKER}-extractor`;
const extractorDeployment = (objects) => named(objects, "Deployment", EXTRACTOR);
/** A Kubernetes memory quantity (`1Gi`, `512Mi`) in bytes. */
function quantity(memory) {
  const [, amount, unit = ""] = memory.match(/^(\d+)(Ki|Mi|Gi)?$/);
  return Number(amount) * { "": 1, Ki: 1024, Mi: 1024 ** 2, Gi: 1024 ** 3 }[unit];
}
const trackerContainer = (objects) =>
  trackerDeployment(objects).spec.template.spec.containers.find((container) => container.name === "tracker");

/** The container's environment: name -> {value} or {secretKeyRef}, the ConfigMaps of envFrom resolved. */
function environment(objects, container) {
  const variables = new Map();
  for (const source of container.envFrom ?? []) {
    assert.ok(source.configMapRef, "envFrom takes ConfigMaps only: Secrets are named variable by variable");
    const configMap = named(objects, "ConfigMap", source.configMapRef.name);
    Object.entries(configMap.data).forEach(([name, value]) => variables.set(name, { value }));
  }
  for (const variable of container.env ?? []) {
    assert.ok(!variables.has(variable.name), `${variable.name} is set twice`);
    variables.set(variable.name, variable.valueFrom ?? { value: variable.value });
  }
  return variables;
}

/** A setting of the tracker as the pod sees it: its variable, else the service's default. */
function setting(objects, variable) {
  const value = environment(objects, trackerContainer(objects)).get(variable)?.value ?? configurationTable().get(variable);
  assert.ok(value !== undefined, `${variable} has neither a value nor a default`);
  return value;
}

function hostAndPort(address) {
  const [, host, port] = address.match(/^([a-z0-9.-]+):(\d+)$/);
  return { host, port: Number(port) };
}
const datasource = (objects) => {
  const url = new URL(setting(objects, "QUARKUS_DATASOURCE_JDBC_URL").replace(/^jdbc:/, ""));
  assert.equal(url.protocol, "postgresql:", "the image is the PostgreSQL build");
  return { host: url.hostname, port: Number(url.port || 5432), database: url.pathname.slice(1) };
};
const kafkaBootstrap = (objects) => {
  const servers = setting(objects, "TRACKER_KAFKA_BOOTSTRAP_SERVERS").split(",");
  assert.equal(servers.length, 1, "one bootstrap Service");
  return hostAndPort(servers[0]);
};
const topicVariables = ["TRACKER_KAFKA_EVENTS_TOPIC", "TRACKER_KAFKA_STATE_TOPIC", "TRACKER_KAFKA_INGEST_TOPIC",
  "TRACKER_KAFKA_DEAD_LETTER_TOPIC"];

function servicePort(objects, host, port) {
  const service = named(objects, "Service", host);
  assert.ok(service.spec.ports.some((candidate) => candidate.port === port), `Service/${host} has no port ${port}`);
  return service;
}

function secretKeys(objects, name) {
  const secret = objects.find((object) => object.kind === "Secret" && object.metadata.name === name);
  if (secret) {
    return Object.keys(secret.data ?? secret.stringData);
  }
  const cluster = ofKind(objects, "Cluster").find((candidate) => cnpgSecret(candidate) === name);
  assert.ok(cluster, `no Secret ${name} and no CloudNativePG Cluster that writes it`);
  return ["username", "password"];
}

for (const overlay of overlays) {
  describe(`overlays/${overlay}`, () => {
    const objects = render(`overlays/${overlay}`);

    test("every selector selects pods of this overlay, and every named port exists", () => {
      for (const workload of workloads(objects)) {
        assert.ok(selects(workload.spec.selector, workload.spec.template.metadata.labels),
          `${describeObject(workload)} does not select its own pods`);
        if (workload.spec.serviceName) {
          named(objects, "Service", workload.spec.serviceName);
        }
      }
      for (const service of ofKind(objects, "Service")) {
        const containers = selectedWorkloads(objects, service.spec.selector, describeObject(service))
          .flatMap((workload) => workload.spec.template.spec.containers);
        for (const { targetPort } of service.spec.ports) {
          assert.ok(containers.some((container) => container.ports?.some((port) =>
            port.name === targetPort || port.containerPort === targetPort)),
            `${describeObject(service)}: no selected container has port ${targetPort}`);
        }
      }
      for (const kind of ["PodDisruptionBudget", "NetworkPolicy"]) {
        for (const object of ofKind(objects, kind)) {
          const selector = kind === "NetworkPolicy" ? object.spec.podSelector : object.spec.selector;
          const expected = kind === "NetworkPolicy" && object.metadata.name === EXTRACTOR
            ? extractorDeployment(objects) : trackerDeployment(objects);
          assert.deepEqual(selectedWorkloads(objects, selector, describeObject(object)), [expected]);
        }
      }
      for (const monitor of ofKind(objects, "ServiceMonitor")) {
        const services = ofKind(objects, "Service").filter((service) => selects(monitor.spec.selector, service.metadata.labels));
        assert.deepEqual(services.map(describeObject), [`Service/${TRACKER}`]);
        monitor.spec.endpoints.forEach(({ port }) => assert.ok(services[0].spec.ports.some((candidate) => candidate.name === port),
          `${describeObject(monitor)} scrapes port ${port}, which Service/${TRACKER} does not have`));
      }
      for (const autoscaler of ofKind(objects, "HorizontalPodAutoscaler")) {
        named(objects, autoscaler.spec.scaleTargetRef.kind, autoscaler.spec.scaleTargetRef.name);
      }
      for (const ingress of ofKind(objects, "Ingress")) {
        for (const path of ingress.spec.rules.flatMap((rule) => rule.http.paths)) {
          const service = named(objects, "Service", path.backend.service.name);
          assert.ok(service.spec.ports.some((port) => port.name === path.backend.service.port.name),
            `${describeObject(ingress)}: ${describeObject(service)} has no port ${path.backend.service.port.name}`);
        }
      }
    });

    test("every Secret key a container reads exists", () => {
      for (const container of workloads(objects).flatMap((workload) => workload.spec.template.spec.containers)) {
        for (const { secretKeyRef } of (container.env ?? []).map((variable) => variable.valueFrom ?? {})) {
          if (secretKeyRef) {
            assert.ok(secretKeys(objects, secretKeyRef.name).includes(secretKeyRef.key),
              `${container.name}: Secret ${secretKeyRef.name} has no key ${secretKeyRef.key}`);
          }
        }
      }
    });

    test("the probes ask the service's health endpoints on its HTTP port, and Prometheus its metrics", () => {
      const properties = applicationProperties();
      assert.ok(serviceDependsOn("quarkus-smallrye-health"), "the health endpoints come from quarkus-smallrye-health");
      assert.ok(!properties.has("quarkus.http.non-application-root-path") && !properties.has("quarkus.smallrye-health.root-path"),
        "the health endpoints are at their default root, /q/health");
      const container = trackerContainer(objects);
      const httpPort = Number(setting(objects, "QUARKUS_HTTP_PORT"));
      const portName = container.ports.find((port) => port.containerPort === httpPort)?.name;
      assert.ok(portName, `the container does not declare the service's port ${httpPort}`);
      assert.match(dockerfile(), new RegExp(`^EXPOSE ${httpPort}$`, "m"));
      for (const [probe, check] of [["startupProbe", "started"], ["livenessProbe", "live"], ["readinessProbe", "ready"]]) {
        assert.deepEqual(container[probe]?.httpGet, { path: `/q/health/${check}`, port: portName }, probe);
      }
      for (const monitor of ofKind(objects, "ServiceMonitor")) {
        monitor.spec.endpoints.forEach(({ path }) => assert.equal(path, properties.get("quarkus.micrometer.export.prometheus.path")));
      }
    });

    test("the tracker container sets only variables the service (or the JVM) reads", () => {
      const variables = [...environment(objects, trackerContainer(objects)).keys()];
      const read = configurationTable();
      assert.deepEqual(variables.filter((name) => !read.has(name) && !JVM_VARIABLES.has(name)), []);
      for (const required of ["QUARKUS_DATASOURCE_JDBC_URL", "QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD",
        "TRACKER_KAFKA_BOOTSTRAP_SERVERS"]) {
        assert.ok(variables.includes(required), `${required} is not set`);
      }
    });

    test("the extractor runs alone in its own Deployment, with the models' memory, and the API replicas without it", () => {
      assert.equal(setting(objects, "TRACKER_EXTRACTOR_ENABLED"), "false", "the API replicas do not extract");
      const deployment = extractorDeployment(objects);
      const [container] = deployment.spec.template.spec.containers;
      const variables = environment(objects, container);
      const read = configurationTable();
      assert.deepEqual([...variables.keys()].filter((name) => !read.has(name) && !JVM_VARIABLES.has(name)), []);
      assert.equal(variables.get("TRACKER_EXTRACTOR_ENABLED")?.value ?? read.get("TRACKER_EXTRACTOR_ENABLED"), "true");
      assert.equal(deployment.spec.replicas, 1, "one extracts at a time; another would only stand by");
      assert.equal(container.image, trackerContainer(objects).image, "the same service");
      const api = environment(objects, trackerContainer(objects));
      for (const name of ["QUARKUS_DATASOURCE_JDBC_URL", "QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD"]) {
        assert.deepEqual(variables.get(name), api.get(name), `${name}: the same database as the API`);
      }
      assert.deepEqual(container.volumeMounts, trackerContainer(objects).volumeMounts, "the same files (the token key)");
      const memory = (of) => quantity(of.resources.limits.memory);
      assert.ok(memory(container) >= 4 * 1024 ** 3 && memory(container) > memory(trackerContainer(objects)),
        `the extractor's memory limit ${container.resources.limits.memory} holds the models`);
      assert.equal(container.resources.requests.memory, container.resources.limits.memory);
      const portName = container.ports.find((port) => port.containerPort === Number(setting(objects, "QUARKUS_HTTP_PORT")))?.name;
      for (const [probe, check] of [["startupProbe", "started"], ["livenessProbe", "live"], ["readinessProbe", "ready"]]) {
        assert.deepEqual(container[probe]?.httpGet, { path: `/q/health/${check}`, port: portName }, probe);
      }
      assert.ok(deployment.spec.template.spec.terminationGracePeriodSeconds >
        seconds(setting(objects, "TRACKER_EVENT_LOG_APPEND_TIMEOUT")) + seconds(setting(objects, "TRACKER_KAFKA_SEND_TIMEOUT")));
    });

    test("writes need a token, verified with a key the pod can read", () => {
      assert.notEqual(setting(objects, "TRACKER_AUTH_ENABLED"), "false", "authentication is on");
      const container = trackerContainer(objects);
      const mounted = (path) => container.volumeMounts.some(({ mountPath }) => path.startsWith(`${mountPath}/`));
      const key = setting(objects, "MP_JWT_VERIFY_PUBLICKEY_LOCATION");
      if (key.startsWith("${tracker.data-dir}/")) {
        assert.ok(mounted(setting(objects, "TRACKER_DATA_DIR")), "the development key pair needs a writable data folder");
        assert.equal(trackerDeployment(objects).spec.replicas, 1, "each replica would make a key pair of its own");
      } else {
        assert.ok(mounted(key), `${key} is in no mounted volume`);
        const issuer = environment(objects, container).get("MP_JWT_VERIFY_ISSUER")?.value;
        assert.ok(issuer || setting(objects, "TRACKER_AUTH_ANY_ISSUER") === "true",
          "a configured key needs MP_JWT_VERIFY_ISSUER (or TRACKER_AUTH_ANY_ISSUER=true), else the service does not start");
      }
    });

    test("the image is the PostgreSQL build and runs as the user the Dockerfile sets", () => {
      const pod = trackerDeployment(objects).spec.template.spec;
      assert.match(trackerContainer(objects).image, new RegExp(`^([^/]+/)*${TRACKER}(:|@|$)`));
      assert.match(dockerfile(), /-Dquarkus\.profile=postgres/);
      assert.equal(`USER ${pod.securityContext.runAsUser}`, dockerfile().match(/^USER .*$/m)[0]);
    });

    test("the datasource is this overlay's PostgreSQL", () => {
      const { host, port, database } = datasource(objects);
      const user = environment(objects, trackerContainer(objects)).get("QUARKUS_DATASOURCE_USERNAME").secretKeyRef;
      const cluster = ofKind(objects, "Cluster").find((candidate) => cnpgService(candidate) === host);
      if (cluster) {
        assert.equal(port, 5432);
        assert.equal(database, cluster.spec.bootstrap.initdb.database);
        assert.equal(user.name, cnpgSecret(cluster), "the tracker logs in as the Cluster's application user");
        return;
      }
      const [postgres] = selectedWorkloads(objects, servicePort(objects, host, port).spec.selector, `Service/${host}`);
      const env = new Map(postgres.spec.template.spec.containers[0].env.map((variable) => [variable.name, variable]));
      assert.equal(env.get("POSTGRES_DB").value, database);
      assert.deepEqual(env.get("POSTGRES_USER").valueFrom.secretKeyRef, user, "the tracker logs in as the user created");
    });

    test("Kafka is this overlay's broker, with enough brokers for the replication factor", () => {
      const { host, port } = kafkaBootstrap(objects);
      const replicationFactor = Number(setting(objects, "TRACKER_KAFKA_REPLICATION_FACTOR"));
      const kafka = ofKind(objects, "Kafka").find((candidate) => strimziBootstrap(candidate) === host);
      if (kafka) {
        const listener = kafka.spec.kafka.listeners.find((candidate) => candidate.port === port);
        assert.ok(listener, `${describeObject(kafka)} has no listener on ${port}`);
        assert.deepEqual([listener.type, listener.tls], ["internal", false], "the service connects in plain text");
        const brokers = ofKind(objects, "KafkaNodePool")
          .filter((pool) => pool.metadata.labels["strimzi.io/cluster"] === kafka.metadata.name && pool.spec.roles.includes("broker"))
          .reduce((sum, pool) => sum + pool.spec.replicas, 0);
        assert.ok(replicationFactor <= brokers, `replication factor ${replicationFactor}, ${brokers} brokers`);
        assert.ok(kafka.spec.kafka.config["min.insync.replicas"] < replicationFactor,
          "acks=all sends still succeed with one replica down");
        return;
      }
      const [broker] = selectedWorkloads(objects, servicePort(objects, host, port).spec.selector, `Service/${host}`);
      const env = new Map(broker.spec.template.spec.containers[0].env.map((variable) => [variable.name, variable.value]));
      assert.ok(env.get("KAFKA_ADVERTISED_LISTENERS").split(",").includes(`PLAINTEXT://${host}:${port}`),
        "the broker advertises the address the service bootstraps from");
      assert.equal(env.get("KAFKA_PROCESS_ROLES"), "broker,controller", "KRaft, no ZooKeeper");
      assert.ok(replicationFactor <= broker.spec.replicas);
    });

    test("the Kafka topics are the ones the service is configured with, the state topic compacted", () => {
      const configured = topicVariables.map((variable) => setting(objects, variable));
      assert.equal(new Set(configured).size, configured.length, "four distinct topics");
      const topics = ofKind(objects, "KafkaTopic");
      if (topics.length === 0) {
        assert.equal(ofKind(objects, "Kafka").length, 0, "a Strimzi cluster without KafkaTopics");
        return;
      }
      const kafka = ofKind(objects, "Kafka").find((candidate) => strimziBootstrap(candidate) === kafkaBootstrap(objects).host);
      const topicName = (topic) => topic.spec.topicName ?? topic.metadata.name;
      assert.deepEqual(topics.map(topicName).sort(), [...configured].sort());
      for (const topic of topics) {
        assert.equal(topic.metadata.labels["strimzi.io/cluster"], kafka.metadata.name, describeObject(topic));
        assert.equal(topic.spec.partitions, Number(setting(objects, "TRACKER_KAFKA_PARTITIONS")), describeObject(topic));
        assert.equal(topic.spec.replicas, Number(setting(objects, "TRACKER_KAFKA_REPLICATION_FACTOR")), describeObject(topic));
        const compacted = topic.spec.config?.["cleanup.policy"] === "compact";
        assert.equal(compacted, topicName(topic) === setting(objects, "TRACKER_KAFKA_STATE_TOPIC"),
          `${topicName(topic)} compacted: ${compacted}`);
      }
    });

    test("the NetworkPolicy lets HTTP in and PostgreSQL, Kafka and DNS out", () => {
      const [policy] = ofKind(objects, "NetworkPolicy");
      const portName = trackerContainer(objects).readinessProbe.httpGet.port;
      assert.deepEqual(policy.spec.ingress.flatMap((rule) => rule.ports.map((port) => port.port)), [portName]);
      const outPorts = policy.spec.egress.flatMap((rule) => rule.ports.map((port) => port.port));
      for (const port of [datasource(objects).port, kafkaBootstrap(objects).port, 53]) {
        assert.ok(outPorts.includes(port), `egress to port ${port} is not allowed`);
      }
    });

    test("the Ingress passes SSE streams on unbuffered and keeps them open between heartbeats", () => {
      const annotations = named(objects, "Ingress", TRACKER).metadata.annotations;
      const heartbeat = seconds(setting(objects, "TRACKER_STREAM_HEARTBEAT"));
      assert.equal(annotations["nginx.ingress.kubernetes.io/proxy-buffering"], "off");
      for (const timeout of ["proxy-read-timeout", "proxy-send-timeout"]) {
        assert.ok(Number(annotations[`nginx.ingress.kubernetes.io/${timeout}`]) > heartbeat, `${timeout} > ${heartbeat} s`);
      }
      assert.ok(bytes(annotations["nginx.ingress.kubernetes.io/proxy-body-size"]) >
        bytes(setting(objects, "TRACKER_API_MAX_BODY_SIZE")), "the service, not the proxy, refuses large bodies");
    });

    test("a stopping replica leaves the Service before it closes its streams, and has time to drain", () => {
      const pod = trackerDeployment(objects).spec.template.spec;
      const [command, pause] = trackerContainer(objects).lifecycle.preStop.exec.command;
      assert.equal(command, "sleep");
      const shutdown = Number(pause) + seconds(setting(objects, "TRACKER_EVENT_LOG_APPEND_TIMEOUT")) +
        seconds(setting(objects, "TRACKER_KAFKA_SEND_TIMEOUT"));
      assert.ok(pod.terminationGracePeriodSeconds > shutdown,
        `terminationGracePeriodSeconds ${pod.terminationGracePeriodSeconds}, preStop and shutdown take up to ${shutdown} s`);
      assert.ok(trackerDeployment(objects).spec.strategy.rollingUpdate.maxUnavailable === 0, "a rollout keeps every replica until its successor is ready");
    });

    test(overlay === "dev" ? "one replica, nothing to keep available or scale" : "two replicas or more, kept through drains and scaled", () => {
      const replicas = trackerDeployment(objects).spec.replicas;
      const autoscalers = ofKind(objects, "HorizontalPodAutoscaler");
      const budgets = ofKind(objects, "PodDisruptionBudget");
      if (overlay === "dev") {
        assert.deepEqual([replicas, autoscalers.length, budgets.length], [1, 0, 0]);
        return;
      }
      assert.ok(replicas >= 2);
      assert.ok(autoscalers[0].spec.minReplicas >= 2 && autoscalers[0].spec.maxReplicas > autoscalers[0].spec.minReplicas);
      assert.ok(budgets[0].spec.maxUnavailable < autoscalers[0].spec.minReplicas);
    });
  });
}
