package org.negotiationtracker.kafka;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;

/** Creates the service's topics when they are missing; existing ones are left as they are. */
final class KafkaTopics {

    private KafkaTopics() {
    }

    /** The names of the topics it created; a topic someone else created meanwhile is not among them. */
    static Set<String> ensure(Admin admin, KafkaConfig settings, long timeoutMillis)
            throws InterruptedException, ExecutionException, TimeoutException {
        Set<String> existing = admin.listTopics().names().get(timeoutMillis, TimeUnit.MILLISECONDS);
        List<NewTopic> missing = List.of(
                topic(settings, settings.eventsTopic(), Map.of()),
                // a dashboard bootstraps from this one: compaction keeps the latest state of every topic
                topic(settings, settings.stateTopic(),
                        Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)),
                topic(settings, settings.ingestTopic(), Map.of()),
                topic(settings, settings.deadLetterTopic(), Map.of()))
                .stream().filter(topic -> !existing.contains(topic.name())).toList();
        Set<String> created = new HashSet<>();
        if (missing.isEmpty()) {
            return created;
        }
        for (Map.Entry<String, KafkaFuture<Void>> creation : admin.createTopics(missing).values().entrySet()) {
            try {
                creation.getValue().get(timeoutMillis, TimeUnit.MILLISECONDS);
                created.add(creation.getKey());
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw e;
                }
            }
        }
        return created;
    }

    private static NewTopic topic(KafkaConfig settings, String name, Map<String, String> config) {
        return new NewTopic(name, settings.partitions(), settings.replicationFactor()).configs(config);
    }
}
