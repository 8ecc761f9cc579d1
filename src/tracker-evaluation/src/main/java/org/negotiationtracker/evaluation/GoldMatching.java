package org.negotiationtracker.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.negotiationtracker.article.ExtractedEvent;
import org.negotiationtracker.domain.Actor;
import org.negotiationtracker.domain.PartialDate;

/**
 * When an extracted event is an annotated one: the same type, the same date at the gold's precision (the planned
 * date for a plan), and at least one common actor (any when the gold names none). People are compared by surname,
 * since articles and gazetteers spell first names differently ("Sergei"/"Sergey") and some articles never give
 * one; institutions and countries by their name or its tail ("State Department" is "U.S. State Department").
 */
final class GoldMatching {

    private GoldMatching() {
    }

    static boolean matches(JsonNode gold, ExtractedEvent event) {
        if (!gold.get("type").asText().equals(event.type().wireName())) {
            return false;
        }
        String goldDate = gold.get("date").asText();
        String date = eventDate(event).toString();
        if (date.length() < goldDate.length() || !date.startsWith(goldDate)) {
            return false;
        }
        JsonNode goldActors = gold.get("actors");
        if (goldActors.isEmpty()) {
            return true;
        }
        for (JsonNode goldActor : goldActors) {
            if (event.actors().stream().anyMatch(actor -> sameActor(goldActor.asText(), actor))) {
                return true;
            }
        }
        return false;
    }

    static boolean exact(JsonNode gold, ExtractedEvent event) {
        return eventDate(event).toString().equals(gold.get("date").asText());
    }

    static PartialDate eventDate(ExtractedEvent event) {
        return event.plannedFor() != null ? event.plannedFor() : event.occurredAt();
    }

    static boolean sameActor(String goldName, Actor actor) {
        List<String> gold = words(goldName);
        List<String> found = words(actor.name());
        if (gold.isEmpty() || found.isEmpty()) {
            return false;
        }
        if (isPerson(actor)) {
            return gold.get(gold.size() - 1).equals(found.get(found.size() - 1));
        }
        return endsWith(gold, found) || endsWith(found, gold);
    }

    /** The extractor gives people their office as role; countries act as "government", institutions have none. */
    private static boolean isPerson(Actor actor) {
        return actor.role() != null && !actor.role().equals("government");
    }

    private static boolean endsWith(List<String> words, List<String> tail) {
        return words.size() >= tail.size() && words.subList(words.size() - tail.size(), words.size()).equals(tail);
    }

    private static List<String> words(String name) {
        String key = new Actor(name, null, null).key();
        return key.isEmpty() ? List.of() : List.of(key.split(" "));
    }
}
