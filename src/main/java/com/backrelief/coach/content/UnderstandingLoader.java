package com.backrelief.coach.content;

import com.backrelief.coach.domain.advice.TopicGuide;
import com.backrelief.coach.domain.safety.RedFlagScreen;
import com.backrelief.coach.domain.stretching.Routine;
import com.backrelief.coach.domain.stretching.Stretch;
import com.backrelief.coach.domain.stretching.StretchCatalogue;
import com.backrelief.coach.domain.understanding.Cue;
import com.backrelief.coach.domain.understanding.Understanding;
import com.backrelief.coach.domain.understanding.Understanding.FlagCues;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Loads the skill's ears: the patterns of {@code content/understanding.json} and the question
 * patterns of {@code content/topics.json}, plus the names of the exercises and routines.
 */
final class UnderstandingLoader {

    private UnderstandingLoader() {
    }

    /** The topics file, read once for both its answers and its patterns. */
    static JsonNode topicsFile() {
        return ContentLoader.read("topics.json");
    }

    static Understanding understanding(RedFlagScreen screen, StretchCatalogue catalogue, JsonNode topicsFile) {
        JsonNode root = ContentLoader.read("understanding.json");
        Map<String, String> lists = new LinkedHashMap<>();
        root.path("words").fields().forEachRemaining(field -> lists.put(field.getKey(), field.getValue().asText()));
        Map<String, FlagCues> flags = new LinkedHashMap<>();
        root.path("redFlags").fields().forEachRemaining(field -> flags.put(field.getKey(), new FlagCues(
                cues(field.getValue().path("when"), lists, "red flag " + field.getKey()),
                cues(field.getValue().path("unless"), lists, "red flag " + field.getKey()),
                field.getValue().path("minAge").asInt(0), field.getValue().path("minOnsetDays").asInt(0),
                field.getValue().path("youngerThan").asInt(0), field.getValue().path("olderThan").asInt(0),
                cues(field.getValue().path("whenNotYounger").path("cues"), lists, "red flag " + field.getKey()),
                field.getValue().path("whenNotYounger").path("age").asInt(0))));
        Map<String, Understanding.Confirm> confirm = new LinkedHashMap<>();
        root.path("confirm").fields().forEachRemaining(field -> {
            if (!field.getKey().equals("about")) {
                confirm.put(field.getKey(), new Understanding.Confirm(new FlagCues(
                        cues(field.getValue().path("when"), lists, "confirming " + field.getKey()),
                        cues(field.getValue().path("unless"), lists, "confirming " + field.getKey())),
                        ContentLoader.required(field.getValue(), "ask", "confirming " + field.getKey()),
                        field.getValue().path("no").isTextual() ? field.getValue().path("no").asText() : null,
                        field.getValue().path("whenAsk").isTextual() ? field.getValue().path("whenAsk").asText() : null,
                        field.getValue().path("whenNo").isTextual() ? field.getValue().path("whenNo").asText() : null));
            }
        });
        Map<String, List<Cue>> topics = new LinkedHashMap<>();
        for (JsonNode topic : topicsFile.path("topics")) {
            String id = ContentLoader.required(topic, "id", "topic");
            topics.put(id, cues(topic.path("when"), lists, "topic " + id));
        }
        Map<String, List<Cue>> stretches = new LinkedHashMap<>();
        for (Stretch stretch : catalogue.stretches()) {
            stretches.put(stretch.id(), names(stretch.name(), stretch.synonyms(), lists));
        }
        Map<String, List<Cue>> routines = new LinkedHashMap<>();
        for (Routine routine : catalogue.routines()) {
            routines.put(routine.id(), names(routine.name(), routine.synonyms(), lists));
        }
        try {
            Map<String, Understanding.Carrier> freeText = new LinkedHashMap<>();
            root.path("freeText").fields().forEachRemaining(field -> {
                if (!field.getKey().equals("about")) {
                    freeText.put(field.getKey(), new Understanding.Carrier(field.getValue().path("words").asText(""),
                            field.getValue().path("question").asBoolean(false)));
                }
            });
            return new Understanding(screen, freeText, flags, confirm, group(root.path("facts"), lists), group(root.path("asks"), lists),
                    topics, stretches, routines);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("Invalid content: understanding.json: " + e.getMessage(), e);
        }
    }

    static TopicGuide topics(JsonNode topicsFile) {
        Map<String, String> answers = new LinkedHashMap<>();
        Set<String> ids = new LinkedHashSet<>();
        for (JsonNode topic : topicsFile.path("topics")) {
            String id = ContentLoader.required(topic, "id", "topic");
            ContentLoader.check(ids.add(id), "topics.json: topic " + id + " twice");
            String answer = ContentLoader.optional(topic, "answer");
            if (answer != null) {
                answers.put(id, answer);
            }
        }
        try {
            return new TopicGuide(answers, ids);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("Invalid content: topics.json: " + e.getMessage(), e);
        }
    }

    private static Map<String, List<Cue>> group(JsonNode node, Map<String, String> lists) {
        Map<String, List<Cue>> cues = new LinkedHashMap<>();
        node.fields().forEachRemaining(field -> cues.put(field.getKey(), cues(field.getValue(), lists, field.getKey())));
        return cues;
    }

    private static List<Cue> cues(JsonNode patterns, Map<String, String> lists, String where) {
        List<Cue> cues = new ArrayList<>();
        for (JsonNode pattern : patterns) {
            try {
                cues.add(Cue.parse(pattern.asText(), lists));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("Invalid content: understanding of " + where + ": " + e.getMessage(), e);
            }
        }
        return cues;
    }

    /** A name and its synonyms, each said as whole words in order. */
    private static List<Cue> names(String name, List<String> synonyms, Map<String, String> lists) {
        List<Cue> cues = new ArrayList<>();
        cues.add(Cue.parse(name.replace("&", " "), lists));
        synonyms.forEach(synonym -> cues.add(Cue.parse(synonym.replace("&", " ").replace("|", " "), lists)));
        return cues;
    }
}
